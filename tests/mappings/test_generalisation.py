"""Cases behind decisions 41–52 of mappings/README.md (metadata only): concepts the rules missed on schemas they
were not tuned on (bench/corpus-validation), written here with general schema vocabulary, not the corpus's names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

ARCHIVE = ("xm", ("rzrq", "入职日期"), ("lzrq", "离职日期"), "bmbh")
FRAME = ("timestamp", "camera_image", "lidar_points")
LABEL_BOX = ("center_x", "center_y", "length", "width")
SUPPLIER = ("supplier_code", "supplier_name", "address")
PILE = (("pile_code", "充电桩编码"), ("gun_no", "充电枪号"))
PASS = (("hphm", "号牌号码"), ("gcsj", "过车时间"))

EXACT = [
    # 41: a staff archive under another table name, recognised by its hire/leave dates
    ("t_archive_info", ARCHIVE, "mz", "varchar(10)", "民族", {"P03"}),
    ("t_archive_info", ARCHIVE, "id", "bigint", None, set()),
    ("t_archive_info", ARCHIVE, "gzkzh", "varchar(32)", "工资卡号", {"P03", "P02"}),
    ("t_archive_info", ARCHIVE, "updater", "varchar(32)", None, set()),
    ("t_archive_info", ARCHIVE, "remark", "varchar(255)", None, set()),
    # 42: credentials of a person's account; the strength of a password is not one
    ("app_user", ("user_id", "mobile"), "mfa_secret", "varchar(64)", None, {"P02"}),
    ("app_user", ("user_id", "mobile"), "pwd_strength", "varchar(4)", "密码强度", set()),
    # 43: driving-dataset columns beside images are not images; lidar called laser; calibration lists
    ("drive_frame", FRAME, "laser_scan", "blob", None, {"C12.1"}),
    ("drive_segment", ("segment_name",), "camera_calibrations", "json", None, {"C04.2"}),
    ("drive_frame", FRAME, "pose", "json", "vehicle pose in the world frame", {"C13.1", "C16.1", "P02"}),
    # 44: geometry and motion of a labelled box in a label table
    ("label_box", LABEL_BOX, "heading", "double", None, {"C15.1"}),
    ("object_labels", LABEL_BOX, "speed_x", "double", "labelled speed of the object", {"C15.1"}),
    ("obstacle_states", ("track_id", "timestamp"), "center_x", "double", None, {"C12.2"}),
    # 45: map features named by the table
    ("road_edge", ("type",), "polyline", "json", None, {"C13.2"}),
    ("crosswalk", ("id",), "polygon", "json", None, {"C13.2"}),
    ("map_features", ("id",), "speed_bump", "json", None, {"C13.2"}),
    # 46: type-approval data of a vehicle model is a product specification
    ("vehicle_filing", ("vin",), "max_torque", "int", "最大输出转矩", {"G01"}),
    ("vehicle_filing", ("vin",), "top_speed", "int", None, {"G01"}),
    ("vehicle_master", ("vin",), "exterior_code", "varchar(50)", None, {"G01"}),
    ("vehicle_master", ("vin",), "eol_time", "timestamp", "下线时间", {"G01"}),
    # 47: GB/T 32960 tables with the usual `gb` prefix; the alarm flag is an item
    ("gb_alarm_record", ("vin",), "alarm_level", "smallint", "报警级别", {"C26.1"}),
    ("gb_alarm_record", ("vin",), "alarm_flag", "int", "通用报警标志", {"C26.1"}),
    ("gb_message_log", ("vin",), "raw_data", "varchar(2048)", "消息数据", {"C26.1"}),
    # 48: platform-to-platform endpoints and accounts, certificates, install permits
    ("upstream_platform", ("name",), "port", "int", "平台端口", {"C24.1"}),
    ("client_platform_account", ("client_platform_id",), "password", "varchar(255)", None, {"C20.2"}),
    ("client_platform_account", ("client_platform_id",), "username", "varchar(255)", None, {"C20.2"}),
    ("tsp_certificate", ("cert_sn", "public_key"), "issuer", "varchar(255)", None, {"C20.2"}),
    ("ota_install", ("vin",), "permit_token", "varchar(512)", None, {"C20.2"}),
    # 49: OTA package attributes, the vehicle's software baseline, per-ECU install results
    ("ota_package", ("package_name",), "package_md5", "varchar(64)", None, {"C18.2"}),
    ("vehicle_ota_state", ("vin",), "baseline_version", "varchar(64)", "整车基线版本", {"C18.2"}),
    ("install_result", (("target_sw_ver", "目标软件版本"),), "fail_reason", "varchar(500)", "失败原因", {"C18.2"}),
    # 50: remote-command log state and failure; an account type is not an account
    ("tsp_cmd_record", ("vin", "cmd_type"), "cmd_state", "smallint", "指令状态", {"C23.1"}),
    ("tsp_cmd_record", ("vin", "cmd_type"), "account_type", "varchar(50)", "账号类型", set()),
    # 51: charging-pile protocol vocabulary (充电枪 = connector, GB/T 27930 BMS values)
    ("pile_status_report", PILE, "gun_idx", "int", "充电口号", {"C22.1"}),
    ("pile_status_report", PILE, "gun_type", "int", "充电枪类型", {"G01"}),
    ("charge_bill", ("pile_code",), "service_fee_amt", "decimal(10,2)", "服务费金额", {"C22.2"}),
    ("bms_report", ("vin",), "demand_voltage", "float", "需求电压", {"C23.2"}),
    ("bms_params", ("vin",), "max_allowed_charge_voltage", "float", "最高允许充电电压", {"G01"}),
    # 52: roadside checkpoint captures and ids; tracker and part serials; supplier legal representative
    ("pass_record", PASS, "tp1", "varchar(255)", "过车图片", {"C11.1", "C11.2", "P02"}),
    ("pass_record", PASS, "kkbh", "varchar(32)", "卡口编号", {"C17.2"}),
    ("loan_gps", ("vin",), "gps_device_no", "varchar(32)", None, {"P01"}),
    ("vehicle_component", ("vin", "part_no"), "part_sn", "varchar(64)", "零件序列号", {"P01"}),
    ("supplier", SUPPLIER, "legal_representative", "varchar(64)", None, {"P01"}),
    ("supplier", SUPPLIER, "enable", "tinyint", None, set()),
    ("supplier", SUPPLIER, "sort", "int", None, set()),
    ("vehicle_registration", ("vin", "plate_no"), "reg_finish_time", "timestamp", "上牌完成时间", {"P01"}),
    ("vehicle_part_binding", ("vin", "part_no"), "bind_time", "timestamp", "绑定时间", set()),
    ("gps_positions", ("device_id", "latitude", "longitude", "speed"), "cell_towers", "json", None, {"C16.1", "P02"}),
]

ABSENT = [
    ("id_area", ("area_no",), "area_name", "varchar(255)", "身份证区域名称", {"P02"}),
    ("driver_card", ("driver_name",), "rfid", "varchar(32)", None, {"P04"}),
    ("camera_frame", ("vin", "timestamp", "image_url"), "vehicle_velocity", "double",
     "vehicle velocity when the image was captured", {"C11.1", "C11.2", "P02"}),
    ("object_labels", LABEL_BOX, "accel_y", "double", None, {"C23.2"}),
    ("drive_frame", FRAME, "map_pose_offset", "json", "offset aligning the pose with the map", {"C16.1", "P02"}),
    ("drive_frame", FRAME, "lidar_labels", "json", None, {"C12.1"}),
    ("pile_record", ("pile_code",), "card_balance_before", "decimal(10,2)", "充电前卡余额", {"C22.2"}),
    ("traffic_pass", PASS, "cdh", "varchar(32)", "车道号", {"C22.2"}),
    ("loan_gps", ("vin", "gps_device_no"), "install_location", "varchar(64)", "安装位置", {"C16.1", "P02"}),
    ("supplier", SUPPLIER, "account_no", "varchar(64)", "账号", {"P01"}),
    ("data_quality_report", ("report_type",), "vehicle_count", "bigint", "车辆数", {"C17.1"}),
    ("sales_order", ("order_no",), "consultant_code", "varchar(64)", "销售顾问编码", {"P03"}),
    ("user_bank_card", ("bankcard_no",), "bind_mobile", "varchar(32)", "银行卡预留手机号", {"P02"}),
]


test_exact, test_absent = case_tests(EXACT, ABSENT)
