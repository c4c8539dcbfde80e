"""Perception, driving automation, maps, scene data and imagery (metadata only): causes the rules mistook on a fifth
held-out corpus (bench/corpus-validation-5) and the other engineers' cross-requests, written with the general
vocabulary of speed limiters, trajectory datasets, scene tags, rosters and car listings — not the corpus's names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

NGSIM = ("vehicle_id", "frame_id", "preceding", "following", "space_headway", "time_headway")
ROSTER = ("staff_name", "shift_date", "vehicle_id")
LISTING = ("car_id", "price", "first_registration")
SNAP = ("terminal_id", "channel", "alarm_time")

EXACT = [
    # A test vehicle's name counts in a drive log, a recording or beside the capture's sensors
    ("drive_logs", ("date_captured", "location"), "vehicle_name", "text", None, {"C04.1"}),
    ("recordings", ("lidar_topic", "duration"), "vehicle_name", "varchar(64)", "采集车辆", {"C04.1"}),
    # A road's or lane's speed limit in a map is road geometry
    ("lane", ("lane_id", "centerline"), "speed_limit", "double", "speed limit of the lane", {"C13.2"}),
    # A traffic sign as the camera recognises it is perception output, not the map
    ("traffic_sign_recognition", ("sign_type", "confidence"), "speed_limit", "int", None, {"C12.2"}),
    ("sign_detection", ("speed_limit", "bbox"), "sign_class", "int", "标志类型", {"C12.2"}),
    ("sign_detection", ("speed_limit", "sign_class"), "confidence", "float", None, set()),
    ("road_segments", ("segment_id", "geometry"), "speed_limit", "int", None, {"C13.2"}),
    # A road counting station's counts stay traffic flow
    ("traffic_count_station", ("station_id", "lane_no", "period_start"), "vehicle_count", "int", None, {"C17.1"}),
    # A scenario's identifier is a key; how panoptic labels are encoded is a parameter
    ("driving_scenarios", ("scenario_file", "map_name"), "scenario_id", "varchar(64)", "scenario identifier", set()),
    ("panoptic_labels", ("image", "instance_ids"), "label_divisor", "int", None, set()),
    # Turn-by-turn navigation's lane guidance comes from the navigation map
    ("route_guidance", ("maneuver_type", "distance_remaining"), "lanes", "json", None, {"C13.2"}),
    ("navigation_step", ("next_maneuver", "street_name"), "lane_info", "text", "车道信息", {"C13.2"}),
    # NGSIM-style trajectory columns (v_Vel, v_Acc, Global_X) are scenario tracks
    ("vehicle_trajectories", NGSIM, "v_vel", "float", None, {"C12.2", "C13.3"}),
    ("vehicle_trajectories", NGSIM, "v_acc", "float", None, {"C12.2", "C13.3"}),
    ("vehicle_trajectories", NGSIM, "global_x", "float", None, {"C12.2", "C13.3"}),
    # A driving segment's weather and time-of-day tags are scene annotations
    ("segment_stats", ("location", "time_of_day"), "weather", "string", "weather tag of the segment", {"C15.1"}),
    ("scene", ("scene_token", "weather"), "lighting", "varchar(16)", None, {"C15.1"}),
    # A terminal's snapshot files stay camera imagery
    ("terminal_snapshot", SNAP, "file_path", "varchar(255)", "文件存储路径", {"C11.1", "C11.2", "P02"}),
]

ABSENT = [
    # A bare vehicle name — a roster's display name, an owner's nickname for a connected car — is no road test
    ("driver_roster", ROSTER, "vehicle_name", "varchar(32)", "车辆名称", {"C04.1"}),
    ("vehicle_telemetry", ("vin", "odometer", "battery_level"), "vehicle_name", "varchar(64)", None, {"C04.1"}),
    ("dispatch_order", ("driver_name", "order_no"), "car_name", "varchar(32)", None, {"C04.1"}),
    # A car park's entries and exits are no road traffic
    ("car_park_entry", ("plate_no", "gate_no", "entry_time"), "vehicle_count", "smallint", None, {"C17.1"}),
    ("parking_lot_status", ("lot_id", "free_spaces"), "vehicle_count", "int", "场内车辆数", {"C17.1"}),
    # A toll plaza's or survey's lanes are no navigation guidance
    ("toll_plaza", ("plaza_id", "plaza_name"), "lanes", "int", "车道数", {"C13.2"}),
    # The vehicle's own speed-limiting function is a vehicle state or setting, not the map's limit
    ("engine_controller", ("engine_speed", "torque_mode"), "road_speed_limit_status", "int", None, {"C13.2"}),
    ("vehicle_settings", ("vin", "sentry_mode"), "speed_limit_mode", "int", None, {"C13.2"}),
    ("vehicle_settings", ("vin", "sentry_mode"), "speed_limit_warning", "int", None, {"C13.2"}),
    ("cab_message", ("seat_belt_switch",), "selected_maximum_vehicle_speed_limit", "float", None, {"C13.2"}),
    ("vehicle_speed_limiter", ("vin",), "top_speed_limit_active", "int", None, {"C13.2"}),
    ("fleet_config", ("vin",), "speed_limiter_setting", "int", "限速设置", {"C13.2"}),
    ("adas_status", ("acc_status", "lka_status"), "tsr_speed_limit", "int", None, {"C13.2"}),
    # Photos of the car as goods or as a record are no vehicle-camera imagery
    ("car_image", LISTING, "img_out", "text", "车辆外观", {"C11.1", "C11.2", "P02"}),
    ("car_image", LISTING, "img_in", "text", "中控内饰", {"C11.1", "C11.2", "P02"}),
    ("used_car_photos", ("car_id",), "cover_img", "varchar(255)", "封面", {"C11.1", "C11.2", "P02"}),
    ("repair_reception", ("plate_no", "vin", "customer_name"), "dashboard_img", "varchar(255)", "仪表盘照片",
     {"C11.1", "C11.2", "P02"}),
    ("vehicle_master", ("vin", "plate_no", "brand"), "img_url", "varchar(128)", "车辆图片", {"C11.1", "C11.2", "P02"}),
    ("technician_trip", ("plate_no", "start_mileage"), "start_odometer_img", "varchar(120)", "开始里程图片",
     {"C11.1", "C11.2", "P02"}),
    ("truck_info", ("plate_no", "truck_type"), "inspect_image", "varchar(100)", "检车照片", {"C11.1", "C11.2", "P02"}),
    # A vehicle's cold-weather mode, a trip's weather and a truck check's lights are no scene tags
    ("vehicle_state", ("vin", "charge_port_door_open", "front_camera_blocked"), "charge_port_cold_weather_mode",
     "int", None, {"C15.1"}),
    ("trip", ("vin", "start_time", "distance"), "weather", "varchar(16)", "天气", {"C15.1"}),
    ("truck_safety_check", ("brakes", "tyres"), "lighting", "tinyint(1)", "照明", {"C15.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
