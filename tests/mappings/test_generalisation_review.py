"""Cases behind the generalisation review of the rules added in rounds 4 and 5 (after a803cd1): table words and
keywords that fitted a held-out corpus but tagged unrelated schemas. Written with general schema vocabulary: each
ABSENT row is a table from another industry that must stay untagged; each EXACT row keeps the case the rule was
written for.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

HOLIDAY = ("package_name", "destination", "nights", "hotel_name", "price")
FILM_CREW = ("film_id", "role", "credit_order")
BUS_DEPARTURES = ("route_no", "plate_no", "driver_name", "depart_time", "passenger_count")
ECU_CONFIG = ("ecu_name", "engine", "transmission", "can_id", "baud_rate", "tx_period_ms")
DBC_PARAMS = ("engine", "gearbox", "abs", "signal_name", "start_bit", "factor")
MUSIC_CATALOGUE = ("title", "artist", "album", "duration", "genre", "isrc")
LORA = ("gateway_id", "frequency", "band", "spreading_factor", "rssi")

EXACT = [
    # Vacation tables: staff leave beside its type or days; a holiday package or rental is no staff record.
    ("schedule_vacation", (("vacation_type", "休假类型"), "vacation_days"), "start_time", "datetime", "休假开始日期",
     {"P03"}),
    ("vacation_package", HOLIDAY, "nights", "int", None, set()),
    ("vacation_rental", ("listing_title", "city", "bedrooms", "host_name"), "nightly_rate", "decimal", None, set()),
    # Crews: a transport operator's crew members are staff, a film's crew credits are not.
    ("film_crew", FILM_CREW, "credit_order", "int", None, set()),
    ("film_crew", FILM_CREW + ("department",), "department", "varchar(64)", None, set()),
    # 教练 alone: a driving school's training car is a car, not an instructor.
    ("教练车", (("plate_no", "车牌号"), ("brand", "品牌")), "seat_count", "int", "座位数", {"G01"}),
    ("教练车", (("plate_no", "车牌号"), ("brand", "品牌")), "brand", "varchar(32)", "品牌", {"G01"}),
    # `depart` is a department table only beside the department's name; a bus's departures keep their driver.
    ("t_s_depart", (("departname", "部门名称"),), "description", "varchar(200)", "描述", {"G01"}),
    ("bus_depart_record", BUS_DEPARTURES, "driver_name", "varchar(32)", None, {"P01"}),
    ("bus_depart_record", BUS_DEPARTURES, "passenger_count", "int", None, set()),
    ("bus_depart_record", BUS_DEPARTURES, "route_no", "varchar(16)", None, set()),
    # Configuration sheets: equipment only a buyer's sheet lists, or bare components in a table naming the model;
    # an ECU, DBC or calibration configuration with engine/transmission channels is none.
    ("car_config", ("sunroof", "airbags", "engine"), "seat_heating", "varchar(16)", None, {"G01"}),
    ("car_model_config", ("engine", "gearbox"), "transmission", "varchar(32)", None, {"G01"}),
    ("ecu_config", ECU_CONFIG, "baud_rate", "int", None, set()),
    ("ecu_config", ECU_CONFIG, "engine", "varchar(32)", None, set()),
    ("dbc_params", DBC_PARAMS, "start_bit", "int", None, set()),
    ("dbc_params", DBC_PARAMS, "factor", "float", None, set()),
    # Music: what a head unit played is media listened to; a music catalogue lists titles nobody has played.
    ("media_playback", ("artist", "album"), "title", "varchar(200)", None, {"P01"}),
    ("music_library", MUSIC_CATALOGUE, "title", "varchar(200)", None, set()),
    ("music_library", MUSIC_CATALOGUE, "artist", "varchar(200)", None, set()),
    # Radio: a car radio's tuned frequency is media listened to; a LoRa/IoT radio link's is not.
    ("radio_control_data", ("band", "rds_data"), "frequency", "int", None, {"P01"}),
    ("lora_radio", LORA, "frequency", "int", None, set()),
    ("lora_radio", LORA, "band", "varchar(16)", None, set()),
    # Bare `ac`: a hotel room or an electricity meter has AC too; the car's own HVAC state stays a signal.
    ("hotel_room", ("room_no", "tv", "wifi", "price"), "ac", "boolean", None, set()),
    ("power_meter", ("meter_no", "dc", "voltage"), "ac", "float", None, set()),
    ("vehicle_status", ("vin", "speed"), "hvac_ac_enabled", "boolean", None, {"C23.2"}),
    # A project's milestone is no malfunction indicator lamp (nor a distance).
    ("project_plan", ("project_name", "due_date"), "milestone", "varchar(64)", None, set()),
    ("project_plan", ("project_name", "due_date"), "milestones", "text", None, set()),
    ("project_plan", ("project_name", "due_date"), "lcb", "varchar(64)", "里程碑", set()),
    ("project_plan", ("project_name", "due_date"), "里程碑", "varchar(64)", None, set()),
]

ABSENT = [
    ("hotel_room", ("room_no", "price"), "ac", "varchar(16)", None, {"C23.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
