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
]

ABSENT = [
    ("vehicle", ("vin", "plate_no"), "picture", "varchar(255)", None, {"P01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
