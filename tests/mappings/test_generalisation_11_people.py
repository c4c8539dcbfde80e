"""Cases behind the people decisions of round 8 (held-out corpora 11-14), written with the general vocabulary of whole
domains (auto-finance and consumer-loan forms, motor-insurance claims, forums and member apps, bus fare terminals,
card payments, carriers' permits), not the corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

LESSEE = (("full_name", "姓名"), ("mobile", "手机号"), ("cert_type", "证件类型"), ("driving_license_no", "驾驶证号"),
          ("permitted_class", "准驾车型"))
GUARANTOR = (("guarantor_name", "担保人姓名"), ("phone", "联系电话"), ("cert_type", "证件类型"))
INJURED = ("claim_no", "person_name", "person_age", "hospital")
FORUM_USER = (("user_name", "用户名"), ("nick_name", "昵称"), ("avatar", "头像"), ("email", "邮箱"),
              ("password", "密码"))
RUOYI_USER = (("user_name", "用户账号"), ("nick_name", "用户昵称"), ("avatar", "头像地址"), ("dept_id", "部门ID"),
              ("phonenumber", "手机号码"), ("login_ip", "最后登录IP"))
ADMIN_USER = (("account", "账号"), ("password", "密码"), ("avatar", "头像地址"), ("user_type", "用户类型"),
              ("last_login_time", "最后登录时间"))
BUS_FARE = (("line_no", "线路号"), ("pos_id", "机具号"), ("fare", "票价"), ("trade_amount", "交易金额"))
TACHO = (("vehicle_registration", "车牌"), ("card_insertion_time", "插卡时间"), ("odometer_begin", "起始里程"))
CARD_TXN = (("card_no", "卡号"), ("trade_amount", "交易金额"), ("terminal_no", "终端号"))
CARRIER_DRIVER = (("driver_name", "驾驶员姓名"), ("id_card_no", "身份证号"), ("qualification_no", "从业资格证号"))

EXACT = [
    # A lessee's, a borrower's or a policyholder's own record: marriage, ethnic group, household registration,
    # education, QQ, profession, residence situation, licence class and first-issue date (P01).
    ("customer_person", LESSEE, "marriage_status", "varchar(2)", None, {"P01"}),
    ("customer_person", LESSEE, "ethnic_type", "varchar(2)", None, {"P01"}),
    ("customer_person", LESSEE, "census_type", "varchar(2)", None, {"P01"}),
    ("customer_person", LESSEE, "edu_bg_type", "varchar(2)", None, {"P01"}),
    ("customer_person", LESSEE, "qq_no", "varchar(20)", None, {"P01"}),
    ("customer_person", LESSEE, "mail", "varchar(60)", None, {"P01"}),
    ("customer_person", LESSEE, "first_issue_date", "date", "初次领证日期", {"P01"}),
    ("customer_person", LESSEE, "quasi_drive_model", "varchar(10)", "准驾车型", {"P01"}),
    ("customer_person", LESSEE, "actual_car_user", "varchar(20)", "实际用车人", {"P01"}),
    ("guarantor", GUARANTOR, "profession", "varchar(20)", "职业", {"P01"}),
    ("guarantor", GUARANTOR, "relation", "varchar(20)", "与承租人关系", {"P01"}),
    ("guarantor", GUARANTOR, "reside_cond", "varchar(20)", "居住状况", {"P01"}),
    ("guarantor", GUARANTOR, "unit_address", "varchar(200)", "单位详细地址", {"P01"}),
    ("passenger_info", ("passenger_name", "mobile"), "nation", "varchar(10)", "民族", {"P01"}),
    # The person's certificate (ID document) number in such a record: P02, not a platform certificate.
    ("customer_person", LESSEE, "certif_no", "varchar(30)", None, {"P02"}),
    ("guarantor", GUARANTOR, "spouse_certif_no", "varchar(30)", "配偶证件号码", {"P02"}),
    ("claim_driver", ("driver_name", "driving_license_no"), "identify_number", "varchar(30)", None, {"P02"}),
    # An injured person's injuries, treatment and death are health data (P02).
    ("loss_person_injured", INJURED, "injury_part", "varchar(50)", None, {"P02"}),
    ("loss_person_injured", INJURED, "wound_code", "varchar(10)", None, {"P02"}),
    ("casualty", INJURED, "treat_situation", "varchar(50)", None, {"P02"}),
    ("accident_injured", INJURED, "disability_grade", "varchar(10)", "伤残等级", {"P02"}),
    ("loss_person_injured", INJURED, "person_name", "varchar(20)", None, {"P01"}),
    # A forum's or an app's members under `sys_user` are users (P01; password P02), not staff.
    ("sys_user", FORUM_USER, "phone_number", "varchar(20)", "手机号", {"P01"}),
    ("sys_user", FORUM_USER, "sex", "int", "用户性别", {"P01"}),
    ("sys_user", FORUM_USER, "pwd", "varchar(64)", "密码", {"P02"}),
    ("sys_user", (("nick_name", "昵称"), ("fans_count", "粉丝数"), ("post_count", "发帖数")), "mobile",
     "varchar(20)", "手机号", {"P01"}),
    # … while a back office's logins stay staff: with a department (RuoYi), or an avatar without member signs.
    ("sys_user", RUOYI_USER, "email", "varchar(50)", "用户邮箱", {"P03"}),
    ("sys_user", RUOYI_USER, "sex", "char(1)", "用户性别", {"P03"}),
    ("sys_user", ADMIN_USER, "phone", "varchar(20)", "手机号码", {"P03"}),
    ("employee", (("emp_name", "员工姓名"), ("avatar", "头像"), ("nickname", "昵称")), "mobile", "varchar(20)",
     "手机", {"P03"}),
    # A bus driver's card on the fare terminal is the operator's staff card (P03).
    ("fare_upload", BUS_FARE, "driver", "varchar(20)", "司机卡号", {"P03"}),
    ("qr_fare_record", BUS_FARE, "driver_card_no", "varchar(20)", "司机卡号", {"P03"}),
    # A tachograph driver card stays the driver's ID (P02).
    ("card_activity", TACHO, "driver_card_number", "varchar(20)", None, {"P02"}),
    # Magnetic-stripe tracks and EMV field 55 of a card payment are the card's account (P02), no vehicle track.
    ("card_payment", CARD_TXN, "track2_data", "varchar(40)", "二磁道数据", {"P02"}),
    ("card_payment", CARD_TXN, "track_3_data", "varchar(120)", "三磁道数据", {"P02"}),
    ("pos_transaction", CARD_TXN, "field55", "varchar(512)", "55域", {"P02"}),
]

ABSENT = [
    # A certificate's or a document's type is empty; a platform's certificate stays a credential.
    ("customer_person", LESSEE, "certif_type", "varchar(2)", None, {"P02"}),
    ("device_certificate", ("device_sn", "issuer"), "certificate_no", "varchar(64)", "证书编号", {"P02"}),
    # A vehicle's transport certificate and a carrier's business permit are no driver's document (P02).
    ("driver", CARRIER_DRIVER, "business_permit_no", "varchar(30)", "经营许可证号", {"P02"}),
    ("driver_credit", CARRIER_DRIVER, "vehicle_cert_no", "varchar(30)", "网络预约出租汽车运输证号", {"P02"}),
    # How many were injured, a part's damage and heat treatment are no health data.
    ("accident", ("accident_time", "location"), "injured_count", "int", "受伤人数", {"P02"}),
    ("part_damage", ("part_no", "part_name"), "damage_part", "varchar(50)", "损伤部位", {"P02"}),
    ("process_step", ("step_no", "furnace"), "treatment", "varchar(50)", "热处理", {"P02"}),
    # A bare relation outside a person's record is a database relation; a bare census is a traffic count.
    ("entity_relation", ("source_entity", "target_entity"), "relation", "varchar(20)", None, {"P01"}),
    ("traffic_census", ("station_id", "vehicle_count"), "census_type", "varchar(10)", None, {"P01"}),
    # A back office's user grade is the login's permission, no member sign: its department keeps it staff.
    ("user", (("user_name", "用户名"), ("department", "所属部门"), ("user_grade", "用户等级")), "telephone",
     "varchar(20)", "电话", {"P01"}),
    # A bus schedule's driver number is a staff number, a key (§1.7).
    ("bus_schedule", BUS_FARE, "driver_no", "varchar(20)", "司机号", {"P03", "P02"}),
    # An avatar named only in the comment of a bare owner-user login table is not given P01 (corpus 4: staff).
    ("owner_user", (("account", "账号"), ("password", "密码")), "img_url", "varchar(128)", "用户头像", {"P01"}),
    # The minor part of a version or revision number is no child (P02).
    ("header", ("rev_major", "version"), "rev_minor", "int", None, {"P02"}),
    ("firmware", ("major_version", "build"), "minor_version", "int", "次版本号", {"P02"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
