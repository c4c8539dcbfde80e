"""Cases behind the signal, position and ADAS decisions taken after the tenth held-out corpus
(bench/corpus-validation-10), written with the general vocabulary of a whole domain (a car portal's model
configuration sheet, a spec database's trim table, a fleet's vehicle register, a T-Box status report, a carpool
order), not the corpus's table or column names.

A model's configuration or specification sheet (one row per model or trim) says which features a model HAS and
what its nominal specifications are; a signal is a reading from one vehicle at a time. The sheet is recognised by
siblings no telemetry stream carries (guide price, launch date, trim, displacement, wheelbase, gears, body style),
whatever the table is called; the same feature words in a status report stay signals.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

# A Chinese car portal's configuration sheet (车型参数配置), in a table whose name says nothing about configuration.
SHEET_CN = ("id", ("car_name", "车型名称"), ("price", "厂商指导价"), ("market_time", "上市时间"),
            ("displacement", "排量"), ("gear_num", "档位数"), ("body_type", "车身结构"), ("lidar_num", "激光雷达数量"),
            ("vehicle_type", "车辆类型"), ("max_speed", "最高车速"))
# An English spec database's trim table.
SHEET_EN = ("trim_id", "make", "model", "trim_name", "msrp", "body_style", "engine_displacement", "wheelbase",
            "number_of_gears", "vehicle_type", "top_speed")
# A fleet's vehicle register: specifications on file beside the vehicle's last fix.
REGISTER = ("vehicle_id", ("plate_no", "车牌号"), ("displacement", "排量"), ("curb_weight", "整备质量"),
            ("seat_count", "座位数"))
# A cold-chain fleet's vehicle register with the refrigerated box's fittings.
REEFER_REGISTER = ("id", ("plate_no", "车牌号"), ("refrigerator_number", "冷机编号"), ("box_length", "车厢长度"))
# A T-Box status report.
STATUS = ("vin", ("collect_time", "采集时间"), ("speed", "车速"), ("lat", "纬度"), ("lng", "经度"))
TELEMETRY = ("vin", "timestamp", "vehicle_speed", "engine_rpm", "gear_position")
RIDE = ("order_id", ("passenger_id", "乘客ID"), ("passenger_phone", "乘客电话"), ("start_pos", "出发地点"))
WAYBILL = ("waybill_no", ("consignor", "发货人"), ("goods_name", "货物名称"))

EXACT = [
    # The same features in a vehicle's status report are its signals (§3.3).
    ("vehicle_status", STATUS, "door_status", "int", "车门状态", {"C23.2"}),
    ("vehicle_status", STATUS, "airbag_deployed", "int", "安全气囊状态", {"C23.2"}),
    ("vehicle_status", STATUS, "abs_active", "int", "ABS激活", {"C23.2"}),
    ("vehicle_status", STATUS, "wiper_state", "int", "雨刷状态", {"C23.2"}),
    ("vehicle_status", STATUS, "central_lock", "int", "中控锁", {"C23.2"}),
    ("vehicle_status", STATUS, "sunroof", "int", "天窗状态", {"C23.2"}),
    ("car_telemetry", TELEMETRY, "adaptive_cruise_control", "boolean", None, {"C23.2"}),
    ("car_telemetry", TELEMETRY, "lane_departure_warning", "boolean", None, {"C23.2"}),
    # A register's last fix stays a position: displacement and curb weight do not make it a model sheet.
    ("vehicle_info", REGISTER, "last_lat", "double", "最后纬度", {"C16.1", "P02"}),
    # A carpool's arrival place and the places it passes are the ride's (decision 64), beside its passenger.
    ("carpool_order", RIDE, "end_pos", "varchar(100)", "到达地点", {"C16.1", "P02"}),
    ("carpool_order", RIDE, "via_points", "varchar(255)", "途经地点", {"C16.1", "P02"}),
    ("carpool_order", RIDE, "passby_pos", "varchar(255)", "途径地点", {"C16.1", "P02"}),
    ("ride_request", RIDE, "arrival_address", "varchar(255)", None, {"C16.1", "P02"}),
]

ABSENT = [
    # A fix status (定位状态) is GNSS quality metadata (conventions §2), also in a status report.
    ("vehicle_status", STATUS, "gps_fix", "int", "定位状态", {"C16.1", "P02"}),
    # Features a model has, in its configuration sheet: no readings, whatever the table is called.
    ("car_model", SHEET_CN, "airbag", "tinyint", "主驾驶安全气囊", {"C23.2"}),
    ("car_model", SHEET_CN, "abs", "tinyint", "ABS防抱死", {"C23.2"}),
    ("car_model", SHEET_CN, "esc", "tinyint", "车身稳定控制", {"C23.2"}),
    ("car_model", SHEET_CN, "epb", "tinyint", "电子驻车", {"C23.2"}),
    ("car_model", SHEET_CN, "wiper", "tinyint", "感应雨刷", {"C23.2"}),
    ("car_model", SHEET_CN, "tpms", "tinyint", "胎压监测装置", {"C23.2"}),
    ("car_model", SHEET_CN, "central_locking", "tinyint", "车内中控锁", {"C23.2"}),
    ("car_model", SHEET_CN, "parking_sensor", "tinyint", "倒车雷达", {"C23.2"}),
    ("car_model", SHEET_CN, "power_tailgate", "tinyint", "电动后备厢", {"C23.2"}),
    ("car_model", SHEET_CN, "acc", "tinyint", "全速自适应巡航", {"C23.2"}),
    ("车型库", SHEET_CN, "door_cnt", "tinyint", "车门数", {"C23.2"}),
    ("车型库", SHEET_CN, "rpm1", "int", "最大功率转速", {"C23.2"}),
    ("车型库", SHEET_CN, "remote_start", "tinyint", "远程启动", {"C23.1", "C23.2"}),
    # ... nor positions: its GPS is navigation equipment, its engine position and track are layout and dimensions.
    ("car_model", SHEET_CN, "gps", "tinyint", "GPS导航系统", {"C16.1", "P02"}),
    ("car_model", SHEET_CN, "gps_is", "tinyint", "定位互动服务", {"C16.1", "P02"}),
    ("car_model", SHEET_CN, "engine_pos", "tinyint", "发动机位置", {"C16.1", "P02"}),
    ("car_model", SHEET_CN, "front_track", "int", "前轮距", {"C16.1", "P02"}),
    # ... nor map content or a test capture: HD-map driving and a lidar count are equipment.
    ("car_model", SHEET_CN, "hd_map", "tinyint", "高精地图", {"C13.2"}),
    ("car_model", SHEET_CN, "car_name", "varchar(64)", "车型名称", {"C04.1"}),
    # An English trim table, named like every spec database names it.
    ("trims", SHEET_EN, "lane_departure_warning", "boolean", None, {"C23.2"}),
    ("trims", SHEET_EN, "blind_spot_detection", "boolean", None, {"C23.2"}),
    ("trims", SHEET_EN, "adaptive_cruise_control", "boolean", None, {"C23.2"}),
    ("trims", SHEET_EN, "remote_start", "boolean", None, {"C23.1"}),
    ("trims", SHEET_EN, "driver_airbag", "boolean", None, {"C23.2"}),
    ("models", ("model_id", "model_trim", "model_engine_cc", "model_seats"), "model_engine_position", "varchar(8)",
     None, {"C16.1", "P02"}),
    ("models", ("model_id", "model_trim", "model_engine_cc", "model_seats"), "model_engine_power_rpm", "int", None,
     {"C23.2"}),
    ("trims", SHEET_EN, "front_track_width", "int", None, {"C16.1", "P02"}),
    ("trims", SHEET_EN, "engine_location", "varchar(16)", None, {"C16.1", "P02"}),
    # A body's fittings in a fleet register: how many door curtains, what their installation requires, whether
    # an inspector found them in order — not the state of a door.
    ("vehicle_info", REEFER_REGISTER, "door_num", "int", "门帘数量", {"C23.2"}),
    ("vehicle_info", REEFER_REGISTER, "door_require", "varchar(255)", "安装要求", {"C23.2"}),
    ("vehicle_info", REEFER_REGISTER, "door_num_qualified", "tinyint", "门帘数量是否合格", {"C23.2"}),
    ("vehicle_info", REEFER_REGISTER, "door_position_qualified", "tinyint", "门帘位置是否合格", {"C23.2", "C16.1"}),
    ("vehicle_info", REGISTER, "number_of_doors", "int", None, {"C23.2"}),
    # A goods delivery's arrival place is the consignee's, not a passenger's; a person's name is no place even
    # where a swapped comment says so.
    ("waybill", WAYBILL, "arrival_place", "varchar(100)", "到达地点", {"C16.1", "P02"}),
    ("carpool_order", RIDE, "real_name", "varchar(20)", "途经地点", {"C16.1", "P02"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
