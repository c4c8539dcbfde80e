"""Cases behind the people, business and charging decisions taken after the fifth held-out corpus
(bench/corpus-validation-5) and the cross-requests of the corpus-4 round, written with general schema vocabulary of
whole domains (public transport, recorded datasets, ROS messages, car carriers and finished-vehicle logistics, repair
shops, rentals), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

BUS_POSITION = ("route_id", "latitude", "longitude")
METRO_RUN = (("line_no", "线路编号"), ("train_no", "车次"), ("driver_id", "司机ID"))
RECORDING = (("frame_rate", "frames per second"), ("speed_limit", "speed limit of the site"))
FUEL_STATION = (("station_name", "加油站名称"), ("brand", "品牌"), ("address", "地址"))
FUEL_ORDER = (("order_no", "订单号"), ("litres", "加油升数"), ("grade", "油号"))
SERVICE_RESERVE = (("reserve_time", "预约时间"), ("customer_name", "客户姓名"), ("plate_no", "车牌号"))
ARRIVAL_CHECK = (("plate_no", "车牌号"), ("customer_name", "客户姓名"), ("odometer", "里程"))
FLEET_DRIVER = (("company_id", "所属公司ID"), ("name", "姓名"), ("licence_no", "驾驶证号"))
DRIVER_MONTH = (("driver_name", "司机姓名"), ("social_security_fee", "社保费"), ("month", "月份"))
CREDIT = ("customer_id", "age", "monthly_salary", "num_bank_accounts")
FUEL_CARD = (("card_no", "卡号"), ("balance", "余额"))
RENTAL = (("pickup_store", "取车门店"), ("return_store", "还车门店"), ("renter", "租车人"))

EXACT = [
    # Cross-requests: a transit table's station is a stop, its 运营状态 the service state; a dataset's location id
    # is the recording site; a dispatch request's start time is no charging session; a bare "recording" is no
    # cabin audio; a value carried with its covariance is the value.
    ("bus_position", BUS_POSITION, "station_id", "int", "站点表唯一ID", set()),
    ("bus_position", BUS_POSITION, "station_name", "varchar(32)", "站点名称", set()),
    ("metro_run", METRO_RUN, "run_state", "int", "运营状态", set()),
    ("recording_meta", RECORDING, "location_id", "int", "id of the recording location", set()),
    ("vehicle_dispatch_request", ("applicant", "destination"), "start_date_time", "datetime", "开始时间", set()),
    ("traffic_recording", RECORDING, "recording_note", "varchar(255)", "remarks on the recording", set()),
    ("kinematic_state", ("child_frame_id",), "accel_with_covariance", "nested", None, {"C23.2"}),
    # ... while the charging and cabin words keep their codes.
    ("ocpp_charge_point", ("charge_box_id", "status"), "station_id", "int", None, {"C22.1"}),
    ("sessions", ("kwh", "location_id"), "start_date_time", "datetime", None, {"C22.2"}),
    ("cabin_media", ("vehicle_id",), "recording", "blob", None, {"P02"}),
    ("voice_log", ("vehicle_id",), "cabin_recording_url", "varchar(255)", None, {"P02"}),
    ("gnss_fix", ("latitude", "longitude"), "position_covariance", "float[9]", None, set()),
    # Shop bookings: what was booked, when it was cancelled and why are the booking (P04); a rental order's booked
    # period and state are the renter's contract.
    ("service_reserve", SERVICE_RESERVE, "cancel_reason", "varchar(100)", "取消原因", {"P04"}),
    ("service_reserve", SERVICE_RESERVE, "cancel_time", "datetime", "取消时间", {"P04"}),
    ("orders", RENTAL, "begin", "datetime", None, {"P04"}),
    ("orders", RENTAL, "status", "int", None, {"P04"}),
    ("orders", RENTAL, "actual_return_time", "datetime", "实际还车时间", set()),
    ("orders", RENTAL, "pickup_at", "datetime", "实际取车时间", set()),
    # Technicians and inspectors named or signing are staff; the customer's signature is the customer's.
    ("service_reserve", SERVICE_RESERVE, "tech_name", "varchar(50)", "技师姓名", {"P03"}),
    ("vehicle_check", ARRIVAL_CHECK, "qc_sign", "varchar(255)", "质检签字", {"P03"}),
    ("vehicle_check", ARRIVAL_CHECK, "customer_sign", "varchar(255)", "客户签名", {"P01"}),
    # A company's or fleet's own drivers are staff, with their licence, photo and family contact; a row carrying
    # the social insurance paid for a person or the days on duty is an employee's.
    ("truck_driver", FLEET_DRIVER, "family_phone", "varchar(20)", "家属电话", {"P03"}),
    ("truck_driver", FLEET_DRIVER, "licence_class", "varchar(20)", "驾驶证级别", {"P03"}),
    ("truck_driver", FLEET_DRIVER, "photo", "varchar(200)", "司机照片", {"P03"}),
    ("driver_monthly", DRIVER_MONTH, "driver_name", "varchar(50)", "司机姓名", {"P03"}),
    ("driver_monthly", DRIVER_MONTH, "days_on_duty", "int", "出勤天数", {"P03"}),
    # Prepaid fuel cards are stored-value cards (P04).
    ("fuel_card", FUEL_CARD, "use_time", "datetime", "使用时间", {"P04"}),
    ("fuel_card", FUEL_CARD, "card_no", "varchar(32)", "卡号", {"P04"}),
]

ABSENT = [
    # A fuel station and its pumps are no charging infrastructure.
    ("fuel_station", FUEL_STATION, "longitude", "decimal(10,6)", "油站经度", {"C22.1"}),
    ("fuel_station", FUEL_STATION, "status", "int", "状态", {"C22.1"}),
    ("fuel_order", FUEL_ORDER, "nozzle_no", "int", "枪号", {"C22.1"}),
    # A credit applicant's salary is income, not a payroll: the person stays a customer.
    ("credit_applicant", CREDIT, "name", "varchar(50)", None, {"P03"}),
    ("gnss_fix", ("latitude", "longitude"), "covariance_xx", "float", None, {"C16.1", "P02"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
