"""Cases behind the signal, position and map decisions taken on the held-out corpora 11-14 (round 8), written with
the general vocabulary of whole domains (DBC signal catalogues of any make, OBD panels in pinyin initials, remote
emission terminals, UDS data identifiers of a T-Box, OpenDRIVE road networks), not the corpora's own names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

PLAN_VIEW = ("s", "x", "y", "hdg", "length")
LINK = ("elementType", "elementId", "contactPoint")
OBJECT = ("id", "s", "t", "zOffset", "validLength", "orientation")
HEADER = ("revMajor", "revMinor", "name", "version", "north", "south", "east", "west", "vendor")
OBD_PANEL = (("CoolantTmp", "冷却液温度"), ("Fdjfh", "发动机负荷"))
EMISSION = (("VehicleSpeed", "车速"), ("EngineTorque", "发动机净输出扭矩"), ("PositionStatus", "定位状态"),
            ("Longitude", "经度"), ("Latitude", "纬度"))
DID = (("did_vin", None), ("did_serial", None))
POSITION_REPORT = ("vin", "latitude", "longitude", "gps_time", "speed")

EXACT = [
    # OpenDRIVE road networks: the element path names the attribute (C13.2); the georeference offset is C13.1;
    # C05.1 is not inferred from a road-network schema.
    ("road_plan_view_geometry", PLAN_VIEW, "s", "double", None, {"C13.2"}),
    ("road_plan_view_geometry", PLAN_VIEW, "hdg", "double", None, {"C13.2"}),
    ("road_elevation_profile_elevation", ("s", "a", "b", "c", "d"), "a", "double", None, {"C13.2"}),
    ("lateral_profile_superelevation", ("s", "a", "b", "c", "d"), "d", "double", None, {"C13.2"}),
    ("lane_section_lane_width", ("sOffset", "a", "b", "c", "d"), "b", "double", None, {"C13.2"}),
    ("road_link_predecessor", LINK, "contactPoint", "varchar(8)", None, {"C13.2"}),
    ("road_link_successor", LINK, "elementId", "varchar(32)", None, {"C13.2"}),
    ("road_objects_object", OBJECT, "zOffset", "double", None, {"C13.2"}),
    ("road_objects_object_outline_corner_road", ("s", "t", "height", "dz"), "dz", "double", None, {"C13.2"}),
    ("junction", ("id", "name", "s", "contactPoint"), "name", "varchar(64)", None, {"C13.2"}),
    ("road", ("id", "name", "length", "junction"), "length", "double", None, {"C13.2"}),
    ("header", HEADER, "north", "double", None, {"C13.2"}),
    ("header_offset", ("x", "y", "z", "hdg"), "x", "double", None, {"C13.1"}),
    # DBC catalogues: bare signal names of brake, clutch, handbrake, steering wheel, park-distance sensors, fuel
    # sender, stability control; wheel channels of a wheel-speed message; steering-wheel buttons.
    ("TORQUE_0A8", ("EngineTorque", "Counter"), "BrakeStatus", "bool", None, {"C23.2"}),
    ("ENGINE_1D0", ("EngineCoolantTemp",), "ClutchPedal", "uint8", None, {"C23.2"}),
    ("BRAKE_34F", ("Counter",), "HandbrakeStatus", "uint8", None, {"C23.2"}),
    ("STEERING_0C4", ("SteeringSpeed",), "SteeringWheelPosition", "int16", "deg", {"C23.2"}),
    ("PARK_ASSIST_1C2", ("Counter",), "PdcSensorFrontLeft", "uint8", "cm", {"C23.2"}),
    ("FUEL_349", ("Counter",), "FuelSensorRight", "uint16", "litres", {"C23.2"}),
    ("ESP_316", ("EngineSpeed",), "Status_DSC", "bool", None, {"C23.2"}),
    ("WHEEL_SPEEDS", ("Checksum", "Counter"), "FL", "int16", "km/h", {"C23.2"}),
    ("WHL_SPD11", ("Checksum",), "WheelRearRight", "int16", "km/h", {"C23.2"}),
    ("STEERING_WHEEL_BUTTONS", ("Counter",), "VolumeUpBtn", "bool", None, {"C23.2"}),
    ("ACCEL_1A6", ("YawRate", "VehicleSpeed"), "AccX", "int12", None, {"C23.2"}),
    ("GEAR_1D2", ("Counter",), "ShiftLeverPosition", "uint4", None, {"C23.2"}),
    # An OBD panel named by pinyin initials with Chinese labels: the label names a live value.
    ("car_monitor_obd", OBD_PANEL, "Jqmwz", "varchar(16)", "节气门位置", {"C23.2"}),
    ("vehicle_monitor", OBD_PANEL, "Kqll", "varchar(16)", "空气流量", {"C23.2"}),
    ("car_monitor_obd", OBD_PANEL, "Bczgcs", "varchar(16)", "本次最高车速", {"C23.2"}),
    ("car_monitor_obd", OBD_PANEL, "Gzhxslc", "varchar(16)", "故障后行驶里程", {"C19.2"}),
    # A remote emission terminal's engine data (HJ 1239 / GB 17691): after-treatment and intake values are live
    # signals; readiness and the DTC count are OBD diagnostics.
    ("engine_data_scr", EMISSION, "scr_upstream_temp", "int", "SCR上游温度", {"C23.2"}),
    ("engine_data_scr", EMISSION, "air_flow", "int", "进气量", {"C23.2"}),
    ("engine_data_scr", EMISSION, "reagent_rate", "int", "反应剂剩余率", {"C23.2"}),
    ("vehicle_status", ("mil_status", "vin"), "diag_support_status", "int", "诊断支持状态", {"C19.2"}),
    ("vehicle_status", ("mil_status", "vin"), "dtc_count", "int", "故障码数量", {"C19.2"}),
    # Dynamic data identifiers of a T-Box read live values.
    ("did_common", DID, "FT_DID_VOLTAGE", "varchar(8)", None, {"C23.2"}),
    ("did_dynamic", DID, "DID_ODOMETER_READING", "varchar(8)", None, {"C23.2"}),
    # A real position report keeps its fix.
    ("gps_position", POSITION_REPORT, "latitude", "double", None, {"C16.1", "P02"}),
]

ABSENT = [
    # A perceived object's, a traffic light's and a tracker's attributes are no road-network elements.
    ("object_state", ("heading", "track_id", "center_x"), "center_x", "double", None, {"C13.2"}),
    ("traffic_signal", ("elements",), "traffic_signal_id", "bigint", None, {"C13.2"}),
    ("road_section", ("road_name", "length_km", "lane_count"), "road_name", "varchar(64)", None, {"C05.1"}),
    # The element's own id, the sign catalogue's country and units, the map's name and version stay empty.
    ("road_objects_object", OBJECT, "id", "varchar(32)", None, {"C13.2"}),
    ("road_signals_signal", ("s", "t", "hOffset", "country"), "country", "varchar(8)", None, {"C13.2"}),
    ("header", HEADER, "name", "varchar(64)", None, {"C13.2"}),
    # A motor designer's stator is not an outline corner's height difference (initials dz, 地址).
    ("road_objects_outline_corner_road", ("s", "t"), "dz", "double", None, {"C03.1"}),
    # DBC placeholders and protection nibbles are framing; buttons outside a steering-wheel message are no signal.
    ("GEAR_1D2", ("ShiftLeverPosition", "Counter"), "GearRelated_TBD", "uint4", None, {"C23.2"}),
    ("GEAR_1D2", ("ShiftLeverPosition", "Counter"), "ShiftLeverPositionXOR", "uint4", None, {"C23.2"}),
    ("web_page", ("page_id", "title"), "submit_btn", "varchar(32)", None, {"C23.2"}),
    ("wheel_catalogue", ("rim_size", "price"), "wheel", "varchar(32)", None, {"C23.2"}),
    ("lab_inventory", ("reagent_name", "supplier"), "reagent_remaining", "int", None, {"C23.2"}),
    # The positioning module's state, a coordinate's encryption flag, a tracker's IMEI, the number of GPS units
    # fitted and their seller, a card's magnetic-stripe tracks and a geofence boundary are not positions.
    ("engine_data_scr", EMISSION, "PositionStatus", "int", "定位状态", {"C16.1", "P02"}),
    ("did_dynamic", DID, "DID_GPS_MODULE_STATUS", "varchar(8)", None, {"C16.1", "P02"}),
    ("driver_location", ("driver_id", "longitude", "latitude"), "encrypt", "varchar(8)", "坐标加密标识",
     {"C16.1", "P02"}),
    ("gps_dispatch", ("vehicle_id", "install_time"), "gps_wireless_num", "int", "gps无线数量", {"C16.1", "P02"}),
    ("gps_dispatch", ("vehicle_id", "install_time"), "gps_seller", "varchar(64)", "gps厂商", {"C16.1", "P02"}),
    ("vehicle_info", ("vin", "plate_no"), "gps_imei", "varchar(20)", "卫星定位装置IMEI号", {"C16.1", "P02"}),
    ("card_swipe", ("card_no", "amount"), "three_track_data", "varchar(200)", "三磁道数据", {"C16.1"}),
    ("trip", ("vin", "start_time", "distance"), "location_count", "int", None, {"C16.1", "P02"}),
    # A DID that holds the VIN or the programming fingerprint is no diagnostic result; a calibration software
    # number is no sensor calibration.
    ("did_logistics", DID, "FT_DID_UDS_VIN", "varchar(17)", None, {"C19.2"}),
    ("did_logistics", DID, "FT_DID_FINGERPRINT_DATA_IDENTIFIER", "varchar(16)", None, {"C19.2"}),
    ("did_stored", DID, "DID_CALIBRATION_SOFTWARE_NUMBER", "varchar(8)", None, {"C04.2"}),
    ("ecu_info", ("ecu_name", "hw_version"), "calibration_software_version", "varchar(16)", None, {"C04.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
