"""Cases behind the signal, position, map and V2X decisions taken on the held-out corpora 15-16 (round 9), written
with the general vocabulary of whole domains (the V2X message sets of SAE J2735, CSAE 53 and YD/T 3709 as database
mirrors or structs, OpenSCENARIO, connected two-wheelers, fleet live positions), not the corpora's own names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

BSM = ("msg_cnt", "sec_mark", "pos", "speed", "heading", "brakes", "accel_set", "transmission", "angle")
FPV = ("utc_time", "pos", "heading", "speed", "transmission")
BRAKES = ("brake_pedal", "wheel_brakes", "traction", "abs", "scs", "brake_boost", "aux_brakes")
ACCEL = ("long", "lat", "vert", "yaw")
PARTICIPANT = ("ptc_type", "ptc_id", "source", "sec_mark", "pos", "speed", "heading", "accel_set", "size")
RTE = ("rte_id", "event_type", "event_source", "event_pos", "event_radius", "description", "priority")
LANE = ("lane_id", "lane_width", "connects_to", "maneuvers", "speed_limits", "points")
LINK = ("name", "upstream_node_id", "speed_limits", "link_width", "points", "movements", "lanes")
GEO = ("latitude", "longitude", "altitude", "vertical_road_selection")
BIKE_LIVE = (("ign", "ignition status"), ("rng", "range available"), ("soc", "state of charge"))
SERVICE_VEHICLE = ("call_sign", "current_location", "fuel_level", "status")

EXACT = [
    # A vehicle's basic safety message: its own bus signals (C23.2), its position and path history (C16.1;P02),
    # its heading (C16.1); the speed of a fix in a full position vector or a path-history point is GNSS speed.
    ("basic_safety_message", BSM, "transmission", "int", None, {"C23.2"}),
    ("basic_safety_message", BSM, "angle", "int", "steering wheel angle", {"C23.2"}),
    ("basic_safety_message", BSM, "pos", "json", None, {"C16.1", "P02"}),
    ("basic_safety_message", BSM, "heading", "int", None, {"C16.1"}),
    ("bsm", BSM, "brakes", "json", None, {"C23.2"}),
    ("brake_system_status", BRAKES, "traction", "int", None, {"C23.2"}),
    ("brake_system_status", BRAKES, "brake_boost", "int", None, {"C23.2"}),
    ("acceleration_set_4way", ACCEL, "lat", "int", "along the lateral axis", {"C23.2"}),
    ("acceleration_set_4way", ACCEL, "long", "int", None, {"C23.2"}),
    ("acceleration_set_4way", ACCEL, "yaw", "int", None, {"C23.2"}),
    ("vehicle_emergency_extensions", ("response_type", "siren_use", "lights_use"), "siren_use", "int", None,
     {"C23.2"}),
    ("vehicle_safety_extensions", ("events", "path_history", "path_prediction", "lights"), "path_history", "json",
     None, {"C16.1", "P02"}),
    ("vehicle_safety_extensions", ("events", "path_history", "path_prediction", "lights"), "lights", "int", None,
     {"C23.2"}),
    ("full_position_vector", FPV, "speed", "int", None, {"C16.1"}),
    ("full_position_vector", FPV, "transmission", "int", None, {"C23.2"}),
    ("path_history_point", ("llv_offset", "time_offset", "speed", "heading"), "speed", "int", None, {"C16.1"}),
    # Roadside messages: RSM participants, RSI events and signs, SPaT phases and their timing (C17.2).
    ("rsm_participant_data", PARTICIPANT, "speed", "int", None, {"C17.2"}),
    ("participant_data", PARTICIPANT, "pos", "json", None, {"C17.2"}),
    ("participant_data", PARTICIPANT, "size", "json", None, {"C17.2"}),
    ("rte_data", RTE, "event_pos", "json", None, {"C17.2"}),
    ("rte_data", RTE, "description", "varchar(256)", None, {"C17.2"}),
    ("rts_data", ("rts_id", "sign_type", "sign_pos", "priority"), "sign_type", "int", None, {"C17.2"}),
    ("road_side_information", ("msg_cnt", "moy", "ref_pos", "rtes", "rtss"), "rtes", "json", None, {"C17.2"}),
    ("intersection_state", ("intersection_id", "status", "moy", "phases"), "status", "varchar(16)", None,
     {"C17.2"}),
    ("phase_state", ("light", "timing"), "timing", "datetime", None, {"C17.2"}),
    ("utc_timing", ("start_utc_time", "min_end_utc_time", "likely_end_utc_time"), "likely_end_utc_time", "bigint",
     None, {"C17.2"}),
    ("spat", ("intersection_id", "name", "light", "timing"), "timing", "datetime", "phase timing", {"C17.2"}),
    # A MAP message: lanes, links and nodes of the intersection topology (C13.2).
    ("lane", LANE, "lane_width", "int", None, {"C13.2"}),
    ("lane", LANE, "speed_limits", "json", None, {"C13.2"}),
    ("lane", LANE, "maneuvers", "int", None, {"C13.2"}),
    ("link", LINK, "upstream_node_id", "varchar(32)", None, {"C13.2"}),
    ("link", LINK, "movements", "json", None, {"C13.2"}),
    ("node", ("name", "id", "ref_pos", "in_links"), "in_links", "json", None, {"C13.2"}),
    ("map_data", ("msg_cnt", "time_stamp", "nodes"), "nodes", "json", None, {"C13.2"}),
    ("regulatory_speed_limit", ("type", "speed"), "speed", "int", None, {"C13.2"}),
    # OpenSCENARIO: a geo position beside its road selection, a position relative to a scenario entity.
    ("geo_position", GEO, "latitude", "double", None, {"C05.1", "C13.3"}),
    ("geo_position", GEO, "altitude", "double", None, {"C05.1", "C13.3"}),
    ("relative_object_position", ("entity_ref", "dx", "dy", "dz"), "dy", "double", None, {"C05.1"}),
    ("relative_object_position", ("entity_ref", "dx", "dy", "dz"), "dx", "double", None, {"C05.1"}),
    # A connected two-wheeler's live record; a fleet vehicle's heading and speed beside its current location.
    ("bike_live_data", BIKE_LIVE, "ign", "boolean", "ignition status", {"C23.2"}),
    ("bike_status", BIKE_LIVE, "rng_cvr", "int", "range covered", {"C23.2"}),
    ("scooter", ("battery_level", "odometer"), "pedal_assist_level", "int", None, {"C23.2"}),
    ("service_vehicles", SERVICE_VEHICLE, "current_heading", "decimal(5,2)", None, {"C16.1"}),
    ("service_vehicles", SERVICE_VEHICLE, "current_speed", "decimal(5,2)", "km/h", {"C16.1"}),
    # Earlier behaviour stays: a GPS table's lat/lon, an RSM's participant type, an OpenDRIVE lane width.
    ("gps_track", ("vin", "gps_time", "speed"), "lat", "double", None, {"C16.1", "P02"}),
    ("rsm_participants", ("ptc_type", "pos", "speed"), "ptc_type", "varchar(16)", None, {"C17.2"}),
    ("lane_section_lane_width", ("sOffset", "a", "b", "c", "d"), "b", "double", None, {"C13.2"}),
    ("junction", ("id", "name", "s", "t", "orientation"), "orientation", "varchar(8)", None, {"C13.2"}),
    ("road_objects_object", ("id", "s", "t", "zOffset", "validLength"), "zOffset", "double", None, {"C13.2"}),
]

ABSENT = [
    # A race track's name, layout and length describe the circuit (a sim or timing session), not where the car is.
    ("session_info", ("session_type", "timestamp"), "track", "varchar(64)", "Name of the track", {"C16.1", "P02"}),
    ("session_info", ("session_type", "timestamp"), "track_configuration", "varchar(64)", None, {"C16.1", "P02"}),
    ("race_event", ("event_date", "timestamp"), "circuit_name", "varchar(64)", None, {"C16.1", "P02"}),
    # Confidences, counters, local ids and names of a message stay empty; the BSM is no roadside message.
    ("basic_safety_message", BSM, "pos_confidence", "json", "position confidence", {"C16.1", "P02"}),
    ("basic_safety_message", BSM, "speed", "int", None, {"C17.2"}),
    ("basic_safety_message", BSM, "pos", "json", None, {"C17.2"}),
    ("participant_data", PARTICIPANT, "ptc_id", "int", "temporary id", {"C17.2", "P01"}),
    ("participant_data", PARTICIPANT, "speed", "int", None, {"C23.2", "C16.1"}),
    ("participant_data", PARTICIPANT, "pos", "json", None, {"C16.1", "P02"}),
    ("rte_data", RTE, "event_confidence", "int", None, {"C17.2"}),
    ("utc_timing", ("start_utc_time", "likely_end_utc_time"), "time_confidence", "int", None, {"C17.2"}),
    ("node", ("name", "id", "ref_pos", "in_links"), "id", "int", None, {"C13.2"}),
    ("lane", LANE, "lane_id", "int", None, {"C13.2"}),
    ("spat", ("intersection_id", "name", "light", "timing"), "desc", "varchar(255)", "description", {"C17.2"}),
    # Look-alikes: a project's phase description, a network node, a toll plaza's lanes, a DB connection, a
    # sensor's acceleration channels, a page heading beside an address, a weather station, a GPS unit's code.
    ("project_phase", ("phase_name", "start_date", "status"), "description", "varchar(255)", None, {"C17.2"}),
    ("project_phase", ("phase_name", "start_date"), "status", "int", None, {"C17.2"}),
    ("network_node", ("hostname", "ip", "status"), "links", "json", None, {"C13.2"}),
    ("toll_plaza", ("plaza_name", "lanes", "direction"), "lanes", "int", None, {"C13.2"}),
    ("connection", ("host", "port", "user"), "type", "varchar(16)", None, {"C13.2"}),
    ("imu_acceleration", ("lat", "long", "vert", "timestamp"), "lat", "double", None, {"C16.1", "P02"}),
    ("event_report", ("title", "description"), "priority", "int", None, {"C17.2"}),
    ("weather_station", ("station_name", "temperature", "pressure"), "latitude", "double", None, {"C05.1", "C13.3"}),
    ("world_position", ("x", "y", "z", "h", "p", "r"), "x", "double", None, {"C05.1"}),
    ("delta_offsets", ("dx", "dy", "label"), "dy", "double", None, {"C12.1"}),
    ("delta_offsets", ("dx", "dy", "label"), "dx", "double", None, {"C03.1"}),
    ("vehicle_list", ("plate_no", "vin", "driver"), "gps_code", "varchar(64)", None, {"C16.1", "P02"}),
    ("scenario_condition", ("coordinate_system", "value"), "coordinate_system", "varchar(16)", None,
     {"C16.1", "P02"}),
    ("ride_requests", ("rider_id", "pickup_address"), "traffic_light_countdown", "int", None, {"C17.2"}),
    # Round-9 review: an AUTOSAR software component's key is no steering-wheel button; `rz` (a rotation) is no
    # motor winding.
    ("swc", ("component_name", "port", "runnable"), "key", "varchar(32)", None, {"C23.2"}),
    ("pose_offsets", ("rx", "ry", "rz"), "rz", "double", None, {"C03.1"}),
    ("bike_shop_product", ("product_name", "price", "stock"), "range", "int", "range in km", {"C23.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
