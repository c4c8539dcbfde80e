"""Cases behind decisions 53 and on of mappings/README.md (metadata only): concepts the rules missed or mistook on a
second held-out corpus (bench/corpus-validation-2), written here with general schema vocabulary, not the corpus's
names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

REGISTER = (("hphm", "号牌号码"), ("clsbdh", "车辆识别代号"), ("pl", "排量"))
DEVICE = ("device_sn", "ip_address", "pole_no")
OBSTACLE = ("obstacle_id", "timestamp")
LANE = ("lane_id", "speed_limit")
FIX = ("latitude", "longitude", "fix_time")
RIDE = ("passenger_id", "passenger_phone", "driver_id")

EXACT = [
    # 53: two-letter initials are no staff evidence: `gl` here is 功率, not 工龄
    ("motor_vehicle_info", REGISTER, "gl", "varchar(16)", "功率", {"G01"}),
    ("motor_vehicle_info", REGISTER, "syr", "varchar(64)", "机动车所有人", {"P01"}),
    ("driver_archive", ("name", "dismissal_date"), "mobile", "varchar(20)", None, {"P03"}),
    # 54: roadside data — message content named by its table, where roadside sensors are installed
    ("rsm_participant", ("rsm_msg_id",), "pos", "json", "participant position", {"C17.2"}),
    ("spat_phase", ("intersection_code",), "light_state", "varchar(16)", None, {"C17.2"}),
    ("roadside_radar", DEVICE, "latitude", "double", None, {"C17.2"}),
    ("roadside_unit", ("rsu_code",), "unit_status", "varchar(16)", None, set()),
    ("rsu_message_config", ("name",), "bsm", "json", "BSM forwarding settings", set()),
    # 55: HD-map lane records: curves, boundaries and topology links named by the table
    ("lane", LANE, "center_curve", "json", None, {"C13.2"}),
    ("lane", LANE, "successor_id", "json", "lanes this lane leads to", {"C13.2"}),
    ("lane", LANE + ("left_boundary",), "turn", "varchar(16)", None, {"C13.2"}),
    ("lane_boundary", ("lane_id",), "boundary_type", "varchar(32)", None, {"C13.2"}),
    # 56: perception messages: the object's pose and extent; lane lines seen by the camera
    ("perception_obstacle", OBSTACLE, "position", "json", None, {"C12.2"}),
    ("perception_obstacle", OBSTACLE, "theta", "double", None, {"C12.2"}),
    ("perception_obstacle", OBSTACLE, "bbox2d", "json", "image box of the object", {"C12.2"}),
    ("lane_marker", ("lane_marker_id",), "longitude_start", "double", None, {"C12.2"}),
    ("lane_marker", ("lane_marker_id",), "c2_curvature", "double", None, {"C12.2"}),
    # 57: the spread of a fix is its quality, not a position
    ("gnss_fix", FIX, "latitude_std_dev", "float", None, set()),
    ("gnss_fix", FIX, "position_covariance", "json", None, set()),
    # 58: traditional characters read as simplified ones
    ("car_status", ("car_no", "gps_time"), "door_status", "varchar(10)", "車門狀態", {"C23.2"}),
    ("member", ("member_no",), "emergency_phone", "varchar(20)", "緊急聯絡人電話", {"P01"}),
    # 60: what a vehicle register says about the vehicle (G01) and about its owner (P01)
    ("motor_vehicle_info", REGISTER, "zs", "varchar(8)", "轴数", {"G01"}),
    ("motor_vehicle_info", REGISTER, "tyre_spec", "varchar(32)", "轮胎规格", {"G01"}),
    ("motor_vehicle_info", REGISTER, "inspect_valid_to", "date", "检验有效期", {"G01"}),
    ("motor_vehicle_info", REGISTER, "dybj", "varchar(2)", "抵押标记", {"P01"}),
    # 61: a driver's licence and qualification numbers under generic names
    ("ride_driver", ("driver_name", "driver_phone"), "licence_no", "varchar(64)", None, {"P02"}),
    ("ride_driver", ("driver_name", "driver_phone"), "cert_number", "varchar(64)", "从业资格证号", {"P02"}),
    # 62: chassis and vehicle-status readings
    ("vehicle_chassis", ("vin", "ts"), "horn", "boolean", None, {"C23.2"}),
    ("vehicle_chassis", ("vin", "ts"), "blind_spot_left_alert", "boolean", None, {"C23.2"}),
    ("car_status_report", ("car_no", "report_time"), "pack_voltage", "float", "电池包电压", {"C23.2"}),
    ("car_status_report", ("car_no", "report_time"), "motor_temp", "float", "电机温度", {"C23.2"}),
    # 63: the insurer's policy terms are the contract with the person
    ("motor_policy", ("policy_holder", "id_no"), "premium_amount", "decimal(12,2)", None, {"P04"}),
    ("motor_policy", ("policy_holder", "id_no"), "policy_number", "varchar(32)", None, {"P04"}),
    ("motor_policy", ("policy_holder", "id_no"), "expiry_date", "date", None, {"P04"}),
    # 64: where a ride departed from and set down its passenger
    ("ride_order", RIDE, "start_address", "varchar(128)", "出发地", {"C16.1", "P02"}),
    ("ride_order", RIDE, "alighting_place", "varchar(128)", None, {"C16.1", "P02"}),
    # 65: logins that belong to departments are staff accounts; their role and approval state are not the person
    ("sys_account", ("login_name", "department"), "real_name", "varchar(32)", None, {"P03"}),
    ("sys_account", ("login_name", "department"), "user_grade", "int", "用户等级", set()),
    # 66: a ride-hailing driver's licence dates, issuing body and contract company are the driver's (not staff)
    ("platform_driver", ("driver_name", "driver_mobile"), "licence_valid_to", "date", None, {"P01"}),
    ("platform_driver", ("driver_name", "driver_mobile"), "cert_issue_org", "varchar(128)", "资格证发证机构",
     {"P01"}),
    ("platform_driver", ("driver_name", "driver_mobile"), "contract_company", "varchar(128)", None, {"P01"}),
    # 67: fares and unit prices of a tariff
    ("taxi_tariff", ("city_code",), "base_fare", "decimal(6,2)", None, {"G01"}),
    ("taxi_tariff", ("city_code",), "unit_price_km", "decimal(6,2)", None, {"G01"}),
    ("taxi_tariff", ("city_code",), "fare_code", "varchar(16)", None, set()),
    # 68: on-board unit numbers, a monitoring archive's terminal code and JT/T 808 link keys
    ("rental_car_unit", ("car_no",), "machine_code", "varchar(16)", "车机编号", {"P01"}),
    ("vehicle_terminal", ("terminal_code", "sim_no"), "ia1", "bigint", None, {"C20.2"}),
    ("vehicle_archive", ("chepaihao",), "xiaqu_shi", "varchar(32)", "辖区市", {"P01"}),
    # 69: a roadside message's RSU code; a customer's postcode; comment-only signals in a vehicle-status table
    ("roadside_message", ("msg_type",), "rsu_code", "varchar(32)", None, {"C17.2"}),
    ("customer_address", ("customer_name", "address"), "zip_code", "varchar(10)", "邮编", {"P01"}),
    ("car_status_report", ("car_no", "report_time"), "acc_on", "tinyint", "引擎狀態", {"C23.2"}),
    # 70: a face photo is biometric; geofence geometry by its comment; an HR record's employment state stays staff
    ("member_face", ("member_id",), "face_pic", "varchar(255)", None, {"P02"}),
    ("fence_def", ("fence_name",), "shape", "text", "geofence geometry (WKT)", {"C14.1"}),
    ("employee", ("emp_name", "hire_date"), "state", "varchar(8)", "在职状态", {"P03"}),
    # 71: coordinates of an RTK/INS solution are high-precision; its solution type is quality
    ("ins_pva_solution", ("gps_week", "sol_status"), "lat", "double", None, {"C13.1", "C16.1", "P02"}),
    ("ins_pva_solution", ("gps_week", "lat"), "solution_type", "int", None, set()),
    # 72: registration and permit numbers of a vehicle; bookings counted and a lease's state
    ("fleet_vehicle_position", ("vin", "latest_gps_time"), "registration_number", "varchar(16)", None, {"P01"}),
    ("fleet_truck", ("vin",), "permit_no", "varchar(32)", "道路运输证号", {"P01"}),
    ("rental_member_stats", ("member_no",), "booking_count", "int", "预约次数", {"P04"}),
    # 73: the account a log upload uses is a service account
    ("device_log_upload", ("upload_url", "protocol"), "password", "varchar(255)", None, {"C20.2"}),
    ("device_log_upload", ("upload_url", "protocol"), "username", "varchar(64)", None, {"C20.2"}),
    # 74: a credit code is supplier master data in a supplier table
    ("parts_vendor", ("vendor_code", "vendor_name"), "credit_code", "varchar(18)", "统一社会信用代码", {"C07.1"}),
    # 75: the device a certificate was issued to; a lidar frame's ego pose is the vehicle's
    ("device_certificates", ("cert_serial", "cert_pem"), "terminal_serial", "varchar(32)", None, {"P01"}),
    ("lidar_sweeps", ("timestamp", "points_path"), "ego_latitude", "double", None, {"C16.1", "P02"}),
]

ABSENT = [
    ("motor_vehicle_info", REGISTER, "zzl", "varchar(16)", "总质量", {"P03"}),
    ("roadside_camera", DEVICE, "elevation", "double", None, {"C16.1", "P02"}),
    ("perception_obstacle", OBSTACLE, "position_covariance", "json", None, {"C16.1", "P02"}),
    ("lane_marker", ("lane_marker_id",), "c0_position", "double", None, {"C16.1", "P02"}),
    ("vehicle_archive", ("plate_no",), "gps_audit_status", "int", None, {"C16.1", "P02"}),
    ("listing", ("price",), "neighbourhood", "varchar(64)", None, {"C23.2"}),
    ("motor_vehicle_info", REGISTER, "pl", "varchar(8)", "排量", {"P02"}),
    ("motor_vehicle_info", REGISTER, "zjlx", "varchar(32)", "证件类型", {"P02"}),
    ("salary", ("emp_no", "base_pay"), "lb", "decimal(10,2)", "劳保", {"C23.2"}),
    ("ride_driver", ("driver_name",), "certificate_no", "varchar(64)", None, {"C20.2"}),
    ("delivery_order", ("consignee", "goods"), "pickup_address", "varchar(255)", None, {"C16.1", "P02"}),
    ("dealer_owner_record", ("vin", "plate_no"), "policy_number", "varchar(32)", None, {"P04"}),
    ("vehicle_status", ("vin",), "ambient_temp", "float", "环境温度", {"C19.2"}),
    ("operator_staff", ("name", ("hire_date", "入职日期")), "licence_valid_to", "date", None, {"P01"}),
    ("monthly_report", ("report_month",), "m1", "int", None, {"C20.2"}),
    ("signal_phase", DEVICE, "rsu_id", "int", "RSU foreign key", {"C17.2"}),
    ("wheel_speeds", ("wheel_spd_fl",), "is_wheel_spd_fl_valid", "boolean", None, {"C23.2"}),
    ("roadside_unit", ("rsu_code",), "firmware_version", "varchar(32)", None, {"C18.2"}),
    ("person_address", ("name",), "postcode", "varchar(10)", None, {"C08.2"}),
    ("battery_cell_design", ("cell_model",), "fazhengjigou", "varchar(64)", None, {"C03.1"}),
    ("fleet_vehicle", ("vin", "plate_no"), "org_type", "int", None, {"C25.1"}),
    ("prepaid_charge", ("card_no",), "rechargeFace", "decimal(10,2)", "充值面值", {"P02"}),
    ("fence_def", ("fence_name",), "label", "varchar(64)", "geofence name shown on the map", {"C14.1"}),
    ("device_positions", ("device_id", "latitude"), "extras", "json", "other values reported by the device", {"P03"}),
    ("staff_archive", ("emp_name", "hire_date"), "dept_code", "varchar(16)", "部门编号", {"P03"}),
    ("company_registry", ("company_name", "legal_person"), "registration_number", "varchar(32)", None, {"P01"}),
    ("taxi_vehicle", ("plate_no", "vin"), "gps_brand", "varchar(32)", None, {"C16.1", "P02"}),
    ("roadside_unit", ("rsu_code", "ip_address"), "imei", "varchar(20)", None, {"P01"}),
    ("roadside_lidar", DEVICE, "lidar_ip", "varchar(15)", None, {"C12.1"}),
    ("app_member", ("member_id", "mobile"), "need_change_pwd", "tinyint", None, {"P02"}),
    ("transport_operator", ("operator_name", "licence_no"), "uscc", "varchar(18)", None, {"C07.1"}),
    ("toll_lanes", ("lane_no", "plaza_code"), "direction", "varchar(8)", None, {"C13.2"}),
    ("meeting_participants", ("participant_name", "dept"), "position", "varchar(32)", "job position", {"C17.2"}),
]


test_exact, test_absent = case_tests(EXACT, ABSENT)
