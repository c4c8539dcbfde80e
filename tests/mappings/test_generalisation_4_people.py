"""Cases behind the people-and-business decisions taken after the fourth held-out corpus
(bench/corpus-validation-4), written with general schema vocabulary of whole domains (back offices and HR, schools,
transport operators, warehouses and suppliers, used-car trading), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

ROSTER = (("staff_name", "姓名"), ("shift_date", "日期"), ("vehicle_id", "车辆ID"), ("line_id", "线路ID"))
LEAVE = (("employee_name", "姓名"), ("employee_no", "工号"))
INSTRUCTORS = ("name", "phone", "sex", "student_count")
STUDENTS = ("name", "phone", "id_card", "instructor_id")
COMPANY = (("company_name", "企业名称"), ("licence_no", "营业执照号"), ("reg_capital", "注册资本"),
           ("contact_person", "联系人"))
SUPPLIER = (("sup_code", "供应商编码"), ("sup_name", "供应商名称"), ("licence_no", "营业执照号"),
            ("legal_rep", "法定代表人"))
PARTY = (("party_role", "角色"), ("id_type", "证件类型：1-身份证、2-护照、3-营业执照、4-组织机构代码"),
         ("id_no", "证件号码"))
GOODS = ("sku", "goods_name", "barcode")
EQUIPMENT = (("model_id", "车型ID"), ("airbag_side", "侧气囊"), ("cruise_control", "定速巡航"), ("sunroof", "天窗"))
APPRAISAL = (("car_id", "车辆ID"), ("abnormal", "异常数量"))

EXACT = [
    # Staff: leave requests, a school's instructors and a transport operator's crews are staff records (P03);
    # the vehicle, line or stop a roster row names for display, its work date and the device used are not.
    ("leave_request", LEAVE, "leave_reason", "varchar(255)", "请假原因", {"P03"}),
    ("leave_request", LEAVE, "days", "int", "休假天数", {"P03"}),
    ("instructor", INSTRUCTORS, "email", "varchar(100)", None, {"P03"}),
    ("instructor", INSTRUCTORS, "introduction", "varchar(500)", "简介", {"P03"}),
    ("crew_attendance", ROSTER, "car_name", "varchar(32)", "车辆名称", set()),
    ("crew_attendance", ROSTER, "line_name", "varchar(64)", "线路名称", set()),
    ("crew_attendance", ROSTER, "work_date", "char(10)", "日期", set()),
    ("crew_attendance", ROSTER, "imei", "varchar(20)", "签到设备", {"P01"}),
    ("sys_admin", ("username", "password", "phone"), "register_time", "datetime", "注册时间", set()),
    ("sys_admin", ("username", "password", "phone"), "status", "int", "账号状态", set()),
    ("sys_admin", ("username", "password", "phone"), "token_expires_in", "varchar(32)", "token有效期", set()),
    # A student's photo is the person's photo (P01, §3.9 avatar/photo URL); a vehicle's picture is not.
    ("student", STUDENTS, "photo", "varchar(255)", "照片", {"P01"}),
    ("trainee", STUDENTS, "picture", "varchar(255)", None, {"P01"}),
    # How often a password must change is the account's policy, not the secret.
    ("app_user", ("username", "password"), "password_expire_days", "int", "定期修改密码天数", set()),
    # The spread of a face-pose estimate is quality; the age of a radar object or a frame is no person's age.
    ("driver_monitoring", ("face_orientation", "eye_closure"), "face_orientation_std", "float", None, set()),
    ("radar_object", ("range", "azimuth"), "age", "int", None, set()),
    ("model_output", ("lane_lines",), "frame_age", "int", None, set()),
    # A company's master record (a business licence beside registered capital): its channels and attributes are
    # company data (G01), under a supplier's code C07.1; contacts stay personal, lookups and audit names empty.
    ("partner", COMPANY, "fax", "varchar(32)", "传真", {"G01"}),
    ("partner", COMPANY, "telephone", "varchar(32)", "电话", {"G01"}),
    ("partner", COMPANY, "email", "varchar(64)", "邮箱", {"G01"}),
    ("partner", COMPANY, "industry", "varchar(32)", "所属行业", {"G01"}),
    ("partner", COMPANY, "contact_mobile", "varchar(32)", "联系人手机", {"P01"}),
    ("partner", COMPANY, "mnemonic_code", "varchar(32)", "助记码", set()),
    ("partner", COMPANY, "approval_status", "int", "审核状态", set()),
    ("t_party", SUPPLIER, "fax", "varchar(32)", "传真", {"C07.1"}),
    ("t_party", SUPPLIER, "main_business", "varchar(64)", "主营业务", {"C07.1"}),
    ("goods", GOODS, "create_name", "varchar(50)", "创建人名称", set()),
    ("goods", GOODS, "sys_org_code", "varchar(50)", "所属部门", set()),
    # Departments, stops, published content and complaints are routine records and sites (G01).
    ("department", ("dept_name", "parent_id"), "mobile", "varchar(32)", "手机号", {"G01"}),
    ("department", ("dept_name", "parent_id"), "description", "text", "描述", {"G01"}),
    ("department", ("dept_name", "parent_id"), "org_code", "varchar(32)", "机构编码", set()),
    ("bus_stop", ("stop_name", "route_id"), "address", "varchar(255)", "地址", {"G01"}),
    ("bus_stop", ("stop_name", "route_id"), "lat", "decimal(10,6)", "纬度", {"G01"}),
    ("article", ("title", "author_id"), "content", "text", "内容", {"G01"}),
    ("customer_complaint", ("complainant_name", "complainant_phone"), "complaint_content", "text", "投诉内容",
     {"G01"}),
    ("customer_complaint", ("complaint_no", "complaint_content"), "complainant_phone", "varchar(20)", "投诉人联系方式",
     {"P01"}),
    # What a stock list or listing says about the car itself, and a fleet vehicle's rated fuel figures.
    ("used_car", ("vin", "color", "price"), "drive", "varchar(20)", "驱动类型", {"G01"}),
    ("used_car", ("vin", "color", "price"), "turbo", "char(1)", "是否涡轮增压", {"G01"}),
    ("used_car", ("vin", "color", "price"), "service_count", "int", "保养次数", {"G01"}),
    ("listing", ("car_id", "price"), "transfer_count", "int", "过户次数", {"G01"}),
    ("listing", ("car_id", "price"), "purchase_tax", "decimal(10,2)", "购置税", {"G01"}),
    ("listing", ("car_id", "price"), "year_check", "varchar(20)", "年检到期", {"G01"}),
    ("vehicle_base", ("plate_no", "vin"), "tank_capacity", "decimal(11,3)", "油箱容量", {"G01"}),
    ("vehicle_base", ("plate_no", "vin"), "approved_passengers", "int", "核载人数", {"G01"}),
    ("vehicle_base", ("plate_no", "vin"), "mileage", "decimal(11,3)", "里程", {"G01"}),
    # A configuration sheet lists equipment (product attributes), a used car's appraisal results are routine records.
    ("model_config", EQUIPMENT, "keyless_start", "varchar(8)", "无钥匙启动", {"G01"}),
    ("model_config", EQUIPMENT, "gps", "varchar(8)", "GPS导航", {"G01"}),
    ("model_config", EQUIPMENT, "child_seat_interface", "varchar(8)", "儿童座椅接口", {"G01"}),
    ("check_flood_fire", APPRAISAL, "result_json", "text", "json数据保存", {"G01"}),
    ("vehicle_check_item", (("car_id", "车辆ID"), ("value", "检测数据")), "abnormal", "int", "异常数量", {"G01"}),
    # A crew's medical examination data is health data; the record names the employee, so the sex is staff's.
    ("pre_shift_check", (("employee_name", "姓名"), ("device_sn", "设备")), "exam_data", "text", "体检数据",
     {"P02"}),
    ("pre_shift_check", (("employee_name", "姓名"), ("device_sn", "设备")), "sex", "varchar(8)", "性别", {"P03"}),
    ("pre_shift_check", (("employee_name", "姓名"), ("device_sn", "设备")), "fleet_name", "varchar(32)", "车队",
     set()),
    # A passenger's transit-card swipe is a payment on a stored-value card (P04).
    ("bus_ic_card", ("terminal_id", "card_no"), "swipe_time", "datetime", "刷卡时间", {"P04"}),
    ("bus_ic_card", ("terminal_id", "card_no"), "balance", "decimal(10,2)", "余额", {"P04"}),
    ("bus_ic_card", ("terminal_id", "card_no"), "car_name", "varchar(32)", "车辆名称", set()),
    # A legal representative and a register's bare 所有人 are persons; a listing's first registration is the owner's.
    ("partner", COMPANY, "legal_rep_name", "varchar(32)", "法人代表", {"P01"}),
    ("vehicle_query", ("hphm", "clsbdh"), "syr", "varchar(64)", "所有人", {"P01"}),
    ("used_car_listing", ("car_id", "price"), "first_reg_year", "varchar(8)", "初次上牌年份", {"P01"}),
    ("used_car_listing", ("car_id", "price"), "licensed_city", "varchar(32)", "上牌所在地", {"P01"}),
    # A company's registration and end-of-cooperation dates are its attributes.
    ("partner", COMPANY, "registered_on", "datetime", "注册日期", {"G01"}),
    ("t_party", SUPPLIER, "coop_end_time", "datetime", "终止合作时间", {"C07.1"}),
    # A user table with office lines or signature files holds employees.
    ("t_user", (("office_phone", "办公座机"), ("signature_file", "签名文件")), "email", "varchar(64)", "邮箱", {"P03"}),
    ("t_user", (("office_phone", "办公座机"), ("signature_file", "签名文件")), "create_date", "datetime", "创建日期",
     set()),
    # Units of measure and category keys of a goods master are lookups.
    ("goods", GOODS, "pack_unit", "varchar(32)", "单位", set()),
    ("goods", GOODS, "category_code", "varchar(32)", "分类", set()),
]

ABSENT = [
    # A terminal's configuration table is no configuration sheet; a staff health check is no appraisal.
    ("terminal_config", ("vehicle_id", "server_ip", "server_port"), "report_interval", "int", "上报间隔", {"G01"}),
    ("health_check", (("employee_name", "姓名"), ("abnormal", "是否异常")), "data_item", "text", "体检数据", {"G01"}),
    ("vehicle", ("vin", "plate_no"), "picture", "varchar(255)", None, {"P01"}),
    # A person's record whose ID-type comment merely lists 营业执照 is no company record.
    ("order_party", PARTY, "name", "varchar(64)", "姓名", {"G01"}),
    ("order_party", PARTY, "mobile", "varchar(64)", "手机号", {"G01"}),
    # A neural model's run time, and the size or colour of a perceived object, are no product attributes.
    ("model_output", ("frame_id",), "model_execution_time", "float", None, {"G01"}),
    ("traffic_light_element", ("shape", "status"), "color", "int", None, {"G01"}),
    ("detected_object", ("classification",), "dimensions", "varchar(64)", None, {"G01"}),
    ("overspeed_event", ("plate_no", "start_time"), "max_speed", "int", "最大速度", {"G01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
