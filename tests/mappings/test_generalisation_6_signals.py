"""Round-3 cases for vehicle signals, positions, diagnostics, software and endpoints (metadata only): the causes a
sixth held-out corpus showed (an infotainment stack's vehicle data and navigation, event data recorders and
emergency-call data, tachograph calibrations and events, motorsport telemetry and results, battery sample
platforms), written with general vocabulary of those domains, not the corpus's names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

STREAM = ("vin", "created_at")
EDR = ("vehicle_speed", "engine_rpm", "service_brake")
MSD = ("vin", "vehicle_location", "timestamp")
CALIBRATION = ("vin", "calibration_date", "calibration_purpose")

EXACT = [
    # Occupant restraint, crash pulse and stability vocabulary of vehicle data and crash records
    ("vehicle_snapshot", STREAM, "third_row_left_buckle_belted", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "driver_belt_pretensioner", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "max_delta_v_lateral", "float", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "fuel_cut_off_state", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "pitch_rate", "float", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "trailer_sway_control", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "vru_alert_rear", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "ecall_confirmation_state", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "ambient_light_sensor_status", "smallint", None, {"C23.2"}),
    ("vehicle_snapshot", STREAM, "daily_distance", "float", None, {"C23.2"}),
    # A vehicle-data structure named for a subsystem: its bare fields are the subsystem's state
    ("tyre_status", ("left_front", "right_front"), "inner_right_rear", "varchar(16)", None, {"C23.2"}),
    ("climate_control_data", ("fan_speed",), "recirculation_enable", "boolean", None, {"C23.2"}),
    ("seat_control_data", ("heating_level",), "lumbar_support_position", "int", None, {"C23.2"}),
    ("vehicle_data_response", ("speed", "rpm"), "emergency_event", "json", None, {"C23.2"}),
    ("vehicle_data_response", ("speed", "rpm"), "cluster_mode_status", "json", None, {"C23.2"}),
    # Where a door sits in the cabin grid is no state
    ("door_status", ("status",), "location", "varchar(16)", None, set()),
    # Event data recorders, emergency-call data and tachograph vehicle-unit records
    ("event_data_recorder", EDR, "crash_severity", "int", None, {"C23.2"}),
    ("event_data_recorder", EDR, "steering_input", "float", None, {"C23.2"}),
    ("ecall_msd", MSD, "automatic_activation", "boolean", None, {"C23.2"}),
    ("ecall_msd", MSD, "present_crash_severity", "boolean", None, set()),
    ("tachograph_events", ("begin_time", "end_time"), "event_type", "int", None, {"C23.2"}),
    ("tachograph_events", ("begin_time", "end_time"), "unrecognised_event_type", "int", None, set()),
    # A unit's self-test failures are diagnostics; the presence flag of an item is framing
    ("unit_self_test_result", ("unit_id",), "microphone_failure", "boolean", None, {"C19.2"}),
    ("unit_self_test_result", ("unit_id",), "gnss_antenna_fault", "boolean", None, {"C19.2"}),
    ("unit_self_test_result", ("unit_id",), "ignition_line_failure", "boolean", None, {"C19.2"}),
    ("unit_self_test_result", ("unit_id",), "present_microphone_failure", "boolean", None, set()),
    ("diagnostic_summary", ("unit_id",), "present_diagnostic_result", "boolean", None, set()),
    ("read_did_result", ("did", "ecu_name"), "data", "varchar(255)", None, {"C19.2"}),
    # A battery platform's sampled readings are signals; the master's design values are not
    ("battery_sample_data", ("battery_code", "sample_time"), "voltage", "float", "电压", {"C23.2"}),
    ("battery_sample_data", ("battery_code", "sample_time"), "cycle_count", "int", "循环次数", {"C23.2"}),
    ("battery_sample_data", ("battery_code", "sample_time"), "design_cycle_count", "int", None, set()),
    # Car telemetry names channels briefly
    ("car_telemetry", ("rpm", "throttle"), "drs", "int", None, {"C23.2"}),
    ("car_telemetry", ("rpm", "throttle"), "brake", "boolean", None, {"C23.2"}),
    ("car_telemetry", ("rpm", "throttle"), "distance_to_car_ahead", "float", None, {"C23.2"}),
    # Wind and weather are no vehicle signals; a feature being installed is no state
    ("weather_observation", ("station_id", "observed_at"), "wind_speed", "float", None, set()),
    ("vehicle_features", STREAM, "sunroof_installed", "boolean", None, set()),
    # A chassis' engagement state is a scalar ADAS state, not a logging trigger
    ("chassis", ("speed_mps", "driving_mode"), "disengage_status", "bool", "autonomy disengaged", {"C23.2"}),
    # A speed limiter's mode is a driver-assistance state; in a settings table it is a setting
    ("vehicle_state", ("vin", "sentry_mode"), "speed_limit_mode", "int", None, {"C23.2"}),
    ("vehicle_settings", ("vin", "sentry_mode"), "speed_limit_mode", "int", None, set()),
    # Calibration constants of a recording unit are calibration parameters, no measurement
    ("tachograph_calibration", CALIBRATION, "tyre_circumference", "int", None, {"C19.1"}),
    ("calibration_record", CALIBRATION, "characteristic_coefficient", "int", None, {"C19.1"}),
    ("calibration_record", CALIBRATION, "authorized_speed", "int", None, {"C19.1"}),
    ("vehicle_status", STREAM, "authorised_speed", "int", None, set()),
    # A recording unit's software identification is its installed software; its safety-system list is equipment
    ("recorder_unit", ("serial_number",), "Recorder Unit Software Part No.", "varchar(32)", None, {"C18.2"}),
    ("recorder_unit", ("serial_number",), "safety_system_manifest", "int", None, set()),
    # Odometer readings written down at a workshop's reception or on a technician's trip log are the record's
    ("workshop_receive_check", ("plate_no", "receive_time"), "odometer", "int", "进店里程", set()),
    # Navigation: the instruction, its prompt and origin are the route; its ETA and next distance are progress
    ("navigation_service_data", ("destination",), "origin", "json", None, {"C16.1", "P02"}),
    ("turn_by_turn_guidance", ("maneuver",), "prompt", "varchar(255)", None, {"C16.1", "P02"}),
    ("turn_by_turn_guidance", ("maneuver",), "next_instruction_distance", "float", None, {"C16.1"}),
    ("navigation_instruction", ("maneuver",), "eta", "datetime", None, {"C16.1"}),
    ("send_to_car", ("latitude", "longitude"), "address_lines", "varchar(255)", None, {"C16.1", "P02"}),
    ("gps_data", ("latitude", "longitude"), "compass_heading", "CompassHeading", None, {"C16.1"}),
    ("ecall_msd", MSD, "vehicle_direction", "smallint", None, {"C16.1"}),
]

ABSENT = [
    # A recorder's trigger threshold is a configured value, no recorded signal (its own rule may say C15.2)
    ("event_data_recorder", EDR, "trigger_threshold", "float", None, {"C23.2"}),
    # A technician's trip log writes the odometer down as the record's attribute
    ("technician_trip_log", ("technician_id", "end_mileage"), "start_mileage", "int", None, {"C23.2"}),
    # A place in a race or a ranking is a result; a race track's status is no trajectory
    ("race_results", ("driver_number", "points"), "grid_position", "int", None, {"C16.1", "P02"}),
    ("race_results", ("driver_number", "points"), "position", "int", None, {"C16.1", "P02"}),
    ("lap_timing", ("lap_number", "lap_time", "timestamp", "speed"), "track_status", "varchar(8)", None,
     {"C16.1", "P02"}),
    # A receiver's serial number and a picture of a place are no coordinates
    ("gps_track", ("vin", "latitude", "longitude"), "gnss_serial_number", "varchar(32)", None, {"C16.1", "P02"}),
    ("location_share", ("vin", "latitude", "longitude"), "location_image", "varchar(255)", None, {"C16.1", "P02"}),
    # Camera calibration factors are no ECU calibration
    ("camera_calibration", ("fx", "fy"), "conversion_factor", "float", None, {"C19.1"}),
    # An instrument cluster is no server cluster
    ("vehicle_data", ("speed",), "instrument_cluster_mode", "int", None, {"C24.1"}),
    # The kickdown switch of an engine controller is no integral gain
    ("engine_controller", (), "accelerator_pedal_kickdown_switch", "int", None, {"C19.1"}),
    # A visitor's IP is no platform topology
    ("visitor_log", ("visit_time", "page_url"), "user_ip", "varchar(64)", "用户ip", {"C24.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
