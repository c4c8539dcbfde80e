"""Cases behind the business decisions taken after the ninth held-out corpus (bench/corpus-validation-9), written
with the general vocabulary of a whole domain (a tyre maker's catalogue and type-approval data, as every tyre
catalogue, fleet tyre ledger or tyre-data exchange names it), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

TYRE = ("tyre_id", "brand_name", ("section_width", "断面宽度"), ("load_index", "负荷指数"))
DEALER = ("dealer_code", "dealer_name")
DRIVER_BONUS = ("driver_id", ("driver_name", "司机姓名"))
CLIENT_DRIVER = ("driver_id", ("customer_id", "客户ID"), ("customer_name", "所属客户名称"))
SCHOOL_COACH = ("coach_id", ("school_id", "驾校ID"), ("school_name", "所属驾校"))
OWN_DRIVER = ("driver_id", ("company_id", "所属公司"), ("hire_date", "入职日期"))
TPMS = ("sensor_id", ("tyre_pressure", "胎压"), ("tyre_temperature", "胎温"))

EXACT = [
    # The size designation, indices and sidewall markings of a tyre product are its attributes (G01).
    ("tyre_catalogue", TYRE, "load_index", "int", "load index", {"G01"}),
    ("product_spec", TYRE, "speed_rating", "varchar(2)", None, {"G01"}),
    ("product_spec", TYRE, "ply_rating", "varchar(8)", None, {"G01"}),
    ("product_spec", TYRE, "tread_pattern", "varchar(40)", "花纹", {"G01"}),
    ("label_data", TYRE, "wet_grip_class", "char(1)", "EU label wet grip", {"G01"}),
    ("label_data", TYRE, "rolling_resistance_class", "char(1)", None, {"G01"}),
    ("markings", TYRE, "three_peak_mountain_snowflake", "boolean", None, {"G01"}),
    ("markings", TYRE, "run_flat", "boolean", "缺气保用", {"G01"}),
    ("tyre_info", TYRE, "speed_symbol", "varchar(4)", "速度级别", {"G01"}),
    # Bare size words count as the tyre's nominal dimensions in a table about tyres.
    ("tire", TYRE, "aspect_ratio", "int", None, {"G01"}),
    ("tire", TYRE, "rim_diameter", "decimal(4,1)", None, {"G01"}),
    ("轮胎", TYRE, "section_width", "int", "断面宽度", {"G01"}),
    # Drivers of a fleet platform's customers and coaches of the schools a platform supervises are the clients'
    # people, not the holder's staff.
    ("driver", CLIENT_DRIVER, "driver_name", "varchar(20)", "姓名", {"P01"}),
    ("driver", CLIENT_DRIVER, "gender", "tinyint", "性别", {"P01"}),
    ("teacher", SCHOOL_COACH, "full_name", "varchar(20)", "姓名", {"P01"}),
    ("teacher", SCHOOL_COACH, "phone", "varchar(20)", "电话号码", {"P01"}),
    # A carrier's own drivers (rows belong to the company, hired on a date) stay its staff.
    ("driver", OWN_DRIVER, "driver_name", "varchar(20)", "姓名", {"P03"}),
    # A maker's programmes for its dealers: targets, achievement, rebates and service contracts sold per type.
    ("dealer_quarter_result", DEALER, "sales_target", "int", None, {"G01"}),
    ("dealer_quarter_result", DEALER, "achievement_rate", "decimal(5,2)", "达成率", {"G01"}),
    ("dealer_quarter_result", DEALER, "rebate_amount", "decimal(12,2)", "返利金额", {"G01"}),
    ("service_plan_sales", DEALER, "contract_type", "varchar(20)", None, {"G01"}),
    ("service_plan_sales", DEALER, "claims_allowed", "int", None, {"G01"}),
]

ABSENT = [
    # A driver's bonus is about the driver, not a dealer's programme.
    ("driver_bonus", DRIVER_BONUS, "incentive_amount", "decimal(8,2)", "奖励金额", {"G01"}),
    # Without a dealer beside it, a target is anything's target.
    ("lane_change_plan", ("plan_id", "ego_speed"), "target", "int", None, {"G01"}),
    # An image's or a camera frame's aspect ratio is no tyre dimension.
    ("camera_frame", ("frame_id", "width_px", "height_px"), "aspect_ratio", "float", None, {"G01"}),
    ("video_clip", ("clip_id", "url"), "aspect_ratio", "varchar(8)", "画面比例", {"G01"}),
    # A tyre's pressure measured now, in a TPMS table, is a signal, not the rated pressure.
    ("tire_pressure_realtime", TPMS, "max_inflation_pressure", "int", None, {"G01"}),
    ("tyre", TPMS, "current_load_index", "int", None, {"G01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
