"""Cases behind the people, business and charging decisions taken after the seventh held-out corpus
(bench/corpus-validation-7) and the round-3 cross-requests, written with the general vocabulary of whole domains
(factory machine masters against machines in the field, membership and stored-value cards, members' balances and
login addresses, cabin-sensing settings, staff trip logs, stations that are not charging stations), not the corpus's
table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

MES_MACHINE = ("machine_code", "machine_type_id", "workshop_id")
FIELD_MACHINE = ("serial_number", "engine_hours", "fuel_level")
MEMBER = ("username", "mobile", "nickname")
STAFF_TRIP = ("technician_id", "end_mileage", "trip_date")
TOLL_STATION = ("station_name", "province")

EXACT = [
    # Soft-delete flags written `flg` and insert-date stamps stay empty even in a staff table (abbreviation flg,
    # audit negative).
    ("sys_admin", ("username", "password", "dept_id"), "del_flg", "char(1)", None, set()),
    ("sys_admin", ("username", "password", "dept_id"), "insert_date", "datetime", None, set()),
    # A factory's machine master (beside work shops and machine types) and an equipment ledger are routine records.
    ("machine", MES_MACHINE, "status", "varchar(10)", "machine status", {"G01"}),
    ("equipment_ledger", ("equipment_code", "install_date"), "equipment_name", "varchar(40)", None, {"G01"}),
    # The IP a visitor or a member used is that person's; a member's login IP in a member table too.
    ("visitor_log", ("visit_time", "page_url"), "user_ip", "varchar(40)", "用户ip", {"P01"}),
    ("member", MEMBER, "last_login_ip", "varchar(40)", "登录IP", {"P01"}),
    # A membership card's number is the contract's token (P04), not an account name.
    ("member", MEMBER, "member_no", "varchar(20)", "会员卡号", {"P04"}),
    # A member's own balance and the before/after of a balance log are the prepaid account.
    ("users", MEMBER, "money", "decimal(10,2)", "余额", {"P04"}),
    ("user_balance_log", ("user_id", "memo"), "before", "decimal(10,2)", "变更前余额", {"P04"}),
    # Hands off the wheel sensed in the cabin stays driver monitoring.
    ("dms_state", ("gaze_direction",), "hands_off_detected", "boolean", None, {"P02"}),
    # A staff administrator's login IP stays staff data.
    ("admin_user", MEMBER, "last_login_ip", "varchar(40)", "登录IP", {"P03"}),
]

ABSENT = [
    # A machine in the field (a construction machine's insights or telemetry) is no MES machine master.
    ("machine_insights", FIELD_MACHINE, "hydraulic_oil_temperature", "float", None, {"G01"}),
    ("machine_insights", FIELD_MACHINE, "idle_minutes", "int", None, {"G01"}),
    ("machine_telemetry", FIELD_MACHINE, "boom_angle", "float", None, {"G01"}),
    ("machine", FIELD_MACHINE, "engine_coolant_temperature", "float", None, {"G01"}),
    # A configured warning threshold and a hands-free feature's availability are no cabin sensing (R1's request).
    ("adas_settings", ("acc_gap",), "hands_off_warning_threshold", "int", None, {"P02"}),
    ("adas_state", ("acc_mode", "lka_state"), "hands_free_available", "boolean", None, {"P02"}),
    # The odometer of a technician's trip is the trip's, not staff data (R2's request).
    ("technician_trip_log", STAFF_TRIP, "start_mileage", "int", None, {"P03"}),
    # Toll, detection and weather stations are no charging stations.
    ("toll_station", TOLL_STATION, "lat", "varchar(20)", "纬度", {"C22.1"}),
    ("overload_check_station", TOLL_STATION, "status", "int", None, {"C22.1"}),
    ("weather_station", TOLL_STATION, "longitude", "float", None, {"C22.1"}),
    # An administrator's login IP is no member's.
    ("admin_user", MEMBER, "last_login_ip", "varchar(40)", "登录IP", {"P01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
