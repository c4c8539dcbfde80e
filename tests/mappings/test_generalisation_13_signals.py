"""Cases behind the signal and position decisions taken on the held-out corpora 17-18 (round 10), written with the
general vocabulary of whole domains (simulator and race-car telemetry channels as F1-game UDP, iRacing, ACC and
MoTeC name them; the live report of a mine dump truck, a bus or a tipper in Chinese comments; container-terminal
jobs), not the corpora's own names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

# A simulator's or a race-car logger's physics frame: the driver's inputs beside the chassis channels.
PHYSICS = ("throttle", ("brake", "brake pedal"), ("clutch", "clutch pedal"), "steer_angle", "gear", "speed_kmh")
# A mine truck's, a tipper's or a bus's live report, columns named by pinyin or abbreviations, meaning in comments.
LIVE_CN = (("lng", "经度"), ("lat", "纬度"), ("sw_angle", "方向盘转角"), ("thr", "油门开度"), ("gear", "当前挡位"))
# A configuration or catalogue page of a game's car: what the car can do at most.
CAR_STATIC = ("car_model", "max_rpm", "max_torque", "max_power", "max_fuel", "tyre_radius")

EXACT = [
    # Chassis and tyre channels beside the driver's inputs (C23.2).
    ("car_physics_frame", PHYSICS, "wheel_slip", "float[4]", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "suspension_travel", "float[4]", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "tyre_core_temperature", "float[4]", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "ride_height", "float[2]", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "brake_bias", "float", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "tyre_wear", "float[4]", None, {"C23.2"}),
    ("packet_car_telemetry", ("engine_rpm", "gear", "drs"), "tyres_wear", "float", None, {"C23.2"}),
    ("lap_telemetry", ("speed", "throttle", "brake"), "suspension_position", "float", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "ers_recovery_level", "int", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "gas", "float", "value of gas pedal", {"C23.2"}),
    ("car_physics_frame", PHYSICS, "rpms", "int", "value of rpm", {"C23.2"}),
    ("car_physics_frame", PHYSICS, "acc_g", "float[3]", "G-force for each axis", {"C23.2"}),
    # A live report whatever the table is called: comment-only signal words beside the driver's inputs (C23.2).
    ("t_monitor", LIVE_CN, "rotspeed", "int", "发动机转速", {"C23.2"}),
    ("t_monitor", LIVE_CN, "llight", "int", "左转向灯状态", {"C23.2"}),
    ("t_monitor", LIVE_CN, "hydbrake", "double", "制动压力比例", {"C23.2"}),
    ("t_monitor", LIVE_CN, "marker_lamp", "int", "示廓灯状态", {"C23.2"}),
    ("t_monitor", LIVE_CN, "wheel_ang", "double", "前轮转向角", {"C23.2"}),
    ("bus_snapshot", ("accelerator_pedal", "brake_pedal", "lng", "lat"), "eng_st", "int", "发动机状态", {"C23.2"}),
]

ABSENT = [
    # What the car can do at most, and counts of its settings, are its specification, not a channel.
    ("car_static_info", CAR_STATIC, "suspension_max_travel", "float[4]", None, {"C23.2"}),
    ("car_physics_frame", PHYSICS, "engine_brake_settings_count", "int", None, {"C23.2"}),
    # Bare chassis words mean something else outside a telemetry frame: a rigid body's roll in a game engine, an
    # insurance claim's damage, a workshop's camber reading, a tax table's ERS, a gas utility's gas.
    ("rigid_body", ("mass", "inertia", "position"), "roll", "float", None, {"C23.2"}),
    ("insurance_claim", ("claim_no", "vin", "repair_cost"), "damage", "varchar(200)", None, {"C23.2"}),
    ("wheel_alignment_report", ("vin", "technician", "toe"), "camber", "float", None, {"C23.2"}),
    ("utility_meter", ("meter_no", "water", "electricity"), "gas", "float", None, {"C23.2"}),
    ("vehicle_telemetry_fields", ("brake_pedal", "steering_angle"), "rear_seat_heaters", "int", None, {"C23.2"}),
    # The weather of a session or a site is no sensor of the car.
    ("car_physics_frame", PHYSICS, "air_temp", "float", "ambient temperature", {"C23.2"}),
    ("car_physics_frame", PHYSICS, "road_temp", "float", "road temperature", {"C23.2"}),
    # The number of the device that produced a message is the device, not a signal.
    ("t_monitor", LIVE_CN, "msg_dev", "int", "报文产生设备编号", {"C23.2"}),
    # A container's door direction is cargo handling at a terminal, no vehicle door.
    ("agv_order", ("container_id", "container_iso", "to_bay", "to_tier"), "container_door_direction", "varchar(8)",
     None, {"C23.2"}),
    ("crane_job", ("container_no", "vessel_id", "bay"), "door_direction", "varchar(8)", None, {"C23.2"}),
    # An acceleration in a position report is the vehicle's acceleration, not the fix's speed.
    ("t_monitor", LIVE_CN, "addspeed", "double", "车辆加速度", {"C16.1"}),
    ("gps_track", ("latitude", "longitude", "speed"), "acceleration", "float", None, {"C16.1"}),
    # Without the driver's inputs, a comment-only signal word stays out (earlier behaviour).
    ("t_task", ("task_no", "points", "status"), "rotspeed", "int", "转速", {"C23.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)

# Review of round 9 and decision 298's weak spots (round 10).
REVIEW_EXACT = [
    # A traffic count by its Chinese comment stays C17.1 (earlier behaviour).
    ("road_section_flow", ("section_id", "stat_time", "lane_no"), "car_count", "int", "过车数", {"C17.1"}),
    # An OpenDRIVE signal along the reference line keeps C13.2 (earlier behaviour).
    ("road_signals_signal", ("s", "t", "z_offset", "h_offset", "country"), "h_offset", "float", None, {"C13.2"}),
    # The V2X roadside unit by its full Chinese word stays C17.2.
    ("rsu_device", ("device_sn", "ip"), "rsu_no", "varchar(32)", "路侧单元编号", {"C17.2"}),
]
REVIEW_ABSENT = [
    # `gcs` is a Glasgow Coma Scale score in a clinical record, not 过车数 (its initials).
    ("emergency_operation", ("patient_name", "diagnosis", "killip_score"), "gcs_score", "varchar(255)", "gcs评分",
     {"C17.1"}),
    ("patient_vitals", ("pulse", "blood_pressure", "spo2"), "gcs", "int", None, {"C17.1"}),
    # A bare `s` in a station or a CAN signal definition is no reference-line coordinate.
    ("bus_station", ("station_name", "line_no", "s"), "t", "int", None, {"C13.2"}),
    ("can_signal_definition", ("s", "start_bit", "length"), "factor", "float", None, {"C13.2"}),
    # `lc` (里程, 流程, 楼层) is no roadside word: the bare 路侧 left the positive list.
    ("vehicle_daily", ("vin", "day"), "lc", "int", None, {"C17.2"}),
    # `jd` (经度) is no siren or warning light.
    ("basic_safety_message", ("speed", "brakes", "pos"), "jd", "double", None, {"C23.2"}),
]

test_review_exact, test_review_absent = case_tests(REVIEW_EXACT, REVIEW_ABSENT)

# A dealer CRM's vehicle of interest keeps the mileage the salesperson wrote down (G01), no odometer signal; the
# odometer of a status report stays C23.2.
CRM_EXACT = [
    ("vehicle_status_report", ("vin", "speed", "soc", "report_time"), "odometer", "int", None, {"C23.2"}),
]
CRM_ABSENT = [
    ("crm_vehicle", ("vin", "make", "model", "price", "stock_number"), "mileage", "int", None, {"C23.2"}),
    ("trade_in_appraisal", ("vin", "make", "appraised_value"), "odometer", "int", None, {"C23.2"}),
]

test_crm_exact, test_crm_absent = case_tests(CRM_EXACT, CRM_ABSENT)
