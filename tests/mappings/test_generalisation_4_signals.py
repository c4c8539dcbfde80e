"""Cases behind the vehicle-signal, location and software/network decisions taken on a fourth held-out corpus
(bench/corpus-validation-4), written with the general vocabulary of drive-by-wire stacks, driver-assistance logs,
on-board terminals and GNSS receivers, not the corpus's names (metadata only).

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

FIX = ("terminal_phone", "plate_no", "latitude", "longitude", "gps_time")
DBW = ("stamp", "frame_id")  # a drive-by-wire message: header fields beside the one value

EXACT = [
    # Drive-by-wire and driver-assistance vocabulary: steering at the tyre, pedal presses, blinkers, hazard lights,
    # cruise set speed, ego speed, body rates
    ("chassis_feedback", DBW, "steering_tire_angle", "float", None, {"C23.2"}),
    ("chassis_feedback", DBW, "front_wheel_angle_rad", "float", None, {"C23.2"}),
    ("car_signals", ("v_ego",), "brake_pressed", "boolean", None, {"C23.2"}),
    ("car_signals", ("v_ego",), "left_blinker", "boolean", None, {"C23.2"}),
    ("car_signals", ("v_ego",), "hazard_lights", "int", None, {"C23.2"}),
    ("car_signals", ("brake_pressed",), "a_ego", "float", None, {"C23.2"}),
    ("imu_sample", ("sensor_time",), "angular_velocity_z", "float", None, {"C23.2"}),
    # Commands and reports of the vehicle's own actuators, named by the message
    ("turn_signal_command", DBW, "command", "int", None, {"C23.2"}),
    ("velocity_report", DBW, "heading_rate", "float", None, {"C23.2"}),
    ("lateral_control", DBW, "rate", "float", None, {"C23.2"}),
    ("controller_state", ("v_cruise", "enabled"), "active", "boolean", None, {"C23.2"}),
    ("turn_signal_command", DBW, "stamp", "varchar(32)", None, set()),
    ("longitudinal_command", ("jerk", "stamp"), "is_defined_jerk", "boolean", None, set()),
    ("controller_state", ("v_cruise", "enabled"), "alert_sound", "int", None, set()),
    ("hazard_status", ("level", "emergency"), "latent_faults", "nested", None, {"C23.2"}),
    ("can_frames", ("bus", "recv_time"), "address", "int", None, {"C23.2"}),
    ("can_frames", ("bus", "recv_time"), "data", "blob", None, {"C23.2"}),
    ("can_frames", ("address", "data"), "bus", "int", None, set()),
    ("live_parameters", ("valid",), "steer_ratio", "float", None, {"C23.2"}),
    ("live_parameters", ("valid",), "stiffness_factor_std", "float", None, set()),
    ("vehicle_model_spec", ("model_code",), "steer_ratio", "float", None, set()),
    ("fused_localizer", ("position_ecef", "status"), "velocity_device", "float", None, {"C23.2"}),
    ("sensor_health", ("sensor_name",), "radar_errors", "nested", None, {"C23.2"}),
    ("driving_event", ("plate_no", "start_time"), "speeding_duration", "int", None, {"C23.2"}),
    # A terminal's alarm and position reports
    ("terminal_alarm_log", FIX, "alarm_level", "int", "报警级别", {"C23.2"}),
    ("terminal_alarm_log", FIX, "alarm_details", "varchar(128)", None, {"C23.2"}),
    ("gps_location_report", FIX, "warn", "int", "报警状态", {"C23.2"}),
    ("gps_location_report", FIX, "st", "int", "车辆状态", {"C23.2"}),
    ("gps_location_report", FIX, "extra_info", "varchar(256)", "附加信息", {"C23.2"}),
    ("gps_location_report", FIX, "odometer", "decimal(11,3)", None, {"C23.2"}),
    ("alarm_rule_setting", ("rule_name",), "alarm_type", "int", "报警类型", set()),
    ("tracker_device", ("name", "latitude", "longitude"), "attributes", "text", "device settings", set()),
    # Earth-frame velocity and orientation are GNSS-grade speed and heading; orientation alone is no position;
    # GPS week and time of week are times; frames and lane changes of a recorded track are no positions
    ("fused_localizer", ("position_ecef", "status"), "velocity_ned", "float", None, {"C16.1"}),
    ("fused_localizer", ("position_ecef", "status"), "orientation_ecef", "float", None, {"C16.1"}),
    ("gnss_receiver_fix", ("latitude", "longitude"), "v_ned", "float", None, {"C16.1"}),
    ("gnss_receiver_fix", ("latitude", "longitude"), "gps_week", "int", None, set()),
    ("gnss_receiver_fix", ("latitude", "longitude"), "gps_time_of_week", "double", None, set()),
    ("localization_result", ("stamp", "position_x"), "orientation", "float", None, {"C13.1", "C16.1"}),
    ("model_outputs", ("frame_id", "timestamp"), "orientation", "float", None, set()),
    ("ins_solution", ("orientation",), "rotation_rmse_x", "float", None, set()),
    ("drone_tracks", ("vin", "speed"), "num_frames", "int", "number of frames of the track", set()),
    # A heading rate is a yaw rate; a transit run's direction is its line's up/down, beside a route
    ("trajectory_point", ("pose",), "heading_rate_rps", "float", None, {"C23.2"}),
    ("bus_gps", ("route_id", "latitude", "longitude", "azimuth"), "direction", "smallint", "方向", set()),
    ("bus_gps", ("route_id", "latitude", "longitude", "direction"), "azimuth", "smallint", "方位角", {"C16.1"}),
    ("gps_location_report", FIX, "direction", "smallint", "方向", {"C16.1"}),
    # Planned path poses and navigation progress; the height reported with a fix
    ("trajectory_point", ("heading_rate_rps",), "pose", "nested", None, {"C16.1", "P02"}),
    ("global_path", ("stamp",), "points", "nested", None, {"C16.1", "P02"}),
    ("navigation_route_point", ("sequence",), "latitude", "float", None, {"C16.1", "P02"}),
    ("navigation_step", ("instruction_text",), "distance_remaining", "float", None, {"C16.1"}),
    ("gps_location_report", FIX, "next_stop_distance", "double", "下一站距离", {"C16.1"}),
    ("gps_location_report", FIX, "height", "smallint", "高度", {"C16.1", "P02"}),
    # Software and network: a boot record's build, an OTA task's file path, a user's access token, relay servers
    ("boot_record", ("device_serial",), "git_branch", "text", None, {"C18.2"}),
    ("boot_record", ("device_serial",), "git_commit", "text", None, {"C18.2"}),
    ("firmware_upgrade_task", ("imei", "firmware_version"), "file_path", "varchar(128)", None, {"C18.2"}),
    ("firmware_upgrade_task", ("imei", "firmware_version"), "firmware_id", "varchar(16)", None, set()),
    ("app_user", ("nickname",), "access_token", "text", "token", {"C20.2"}),
    ("video_relay_node", ("node_name",), "rtmp_pull_url", "varchar(255)", None, {"C24.1"}),
    ("video_relay_node", ("node_name",), "rtp_tcp_port", "int", None, {"C24.1"}),
]

ABSENT = [
    # A model's equipment list says which features a car has, not their state
    ("model_configuration", ("model_id",), "curtain_airbag", "varchar(8)", "侧气帘", {"C23.2"}),
    ("vehicle_equipment", ("model_id",), "adaptive_cruise", "varchar(8)", None, {"C23.2"}),
    ("trim_spec", ("trim_id",), "rear_wiper", "varchar(8)", None, {"C23.2"}),
    # Other road users' motion is perception, not the vehicle's own state
    ("radar_object", ("object_id", "range"), "acceleration", "float", None, {"C23.2"}),
    ("obstacle_list", ("obstacle_id",), "speed", "float", None, {"C23.2"}),
    # A vehicle register, fleet master or sales listing keeps the odometer as an attribute of the record
    ("vehicle_archive", ("plate_no", "vin"), "mileage", "decimal(11,3)", "里程", {"C23.2"}),
    ("cars", ("vin", "model"), "odometer_km", "int", None, {"C23.2"}),
    ("listing", ("price", "title", "latitude", "longitude"), "status", "int", None, {"C23.2"}),
    # A platform's remote command to a vehicle stays remote control; a lookup of states names them
    ("vehicle_control_command", ("vin", "command_type"), "status", "int", None, {"C23.2"}),
    ("car_state", ("id",), "state_name", "varchar(32)", None, {"C23.2"}),
    # Traffic lights and signal controllers are roadside or perceived, not vehicle signals
    ("traffic_signal_phase", ("intersection_id",), "status", "int", None, {"C23.2"}),
    # Another road user's predicted path, a stop's orientation and height are not the vehicle's whereabouts
    ("predicted_path", ("object_id", "confidence"), "pose", "nested", None, {"C16.1", "P02"}),
    ("bus_stop", ("stop_name", "latitude", "longitude"), "azimuth", "smallint", "方位角", {"C16.1"}),
    ("bus_stop", ("stop_name", "latitude", "longitude"), "height", "smallint", "高度", {"C16.1", "P02"}),
    # A vehicle's turn indicators are no indicators of compromise; a camera's stream address is its imagery's
    ("turn_indicators_report", ("stamp",), "report", "int", None, {"C21.1"}),
    ("roadside_camera", ("camera_name",), "rtsp_url", "varchar(255)", None, {"C24.1"}),
    ("sys_login_record", ("account", "login_at"), "ip", "varchar(64)", "IP地址", {"C24.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
