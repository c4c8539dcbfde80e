"""Cases behind the people, business and charging decisions taken after the sixth held-out corpus
(bench/corpus-validation-6) and the round-2 cross-requests, written with the general vocabulary of whole domains (EU
digital tachographs and their driver cards, infotainment media and radio, cabin sensing, batteries and their
specifications, MES routings, race timing), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

DRIVER_CARD = ("driver_identification", "card_holder_name", "card_holder_birth_date")
LICENCE = ("driving_license_number", "holder_name")
ROADSIDE_CHECK = ("check_time", "officer_id", "check_result")
NOW_PLAYING = ("media_title", "media_source")
TUNER = ("band", "station_name", "radio_enabled")
CABIN = ("vin", "cabin_temperature")
RACE_SESSION = ("lap_number", "session_name", "track_status")
CHARGE_SESSIONS = ("kwh", "connector_id", "meter_start")
UNIT_IDENTITY = ("serial_number", "manufacturer_name", "approval_number")
BOM = ("parent_part", "quantity_per", "bom_level")
ROUTING = ("operation_code", "operation_name", "work_center")

EXACT = [
    # The holder named on a personal card is a person (P01), not a payment card.
    ("driver_card", DRIVER_CARD, "holder_forenames", "varchar(40)", None, {"P01"}),
    ("bank_card_application", ("applicant_id", "card_type"), "cardholder_name", "varchar(40)", None, {"P01"}),
    # A tachograph driver card's number identifies the driver (P02), wherever it is recorded.
    ("tachograph_download", ("vehicle_vin", "download_time"), "driver_card_number", "varchar(20)", None, {"P02"}),
    ("border_event", ("gnss_latitude", "event_time"), "codriver_card_number", "varchar(20)", None, {"P02"}),
    # Who issued a driver's card or licence, in which state, until when it is valid and the holder's language.
    ("driver_card", DRIVER_CARD, "card_expiry_date", "date", None, {"P01"}),
    ("driver_card", DRIVER_CARD, "issuing_authority", "varchar(40)", None, {"P01"}),
    ("driver_card", DRIVER_CARD, "preferred_language", "char(2)", None, {"P01"}),
    ("driving_license_record", LICENCE, "driving_license_issuing_state", "varchar(3)", None, {"P01"}),
    # A vehicle's registration in EU usage is its plate, and a registration structure's number and nation too.
    ("roadside_check", ROADSIDE_CHECK, "vehicle_registration_number", "varchar(15)", None, {"P01"}),
    ("vehicle_registration_identification", ("registering_nation",), "number", "varchar(14)", None, {"P01"}),
    # The countries left and entered at a border and where a working day began are coarse locations of a person.
    ("border_event", ("gnss_latitude", "event_time"), "country_entered", "int", None, {"P01"}),
    ("work_shift_places", ("entry_time", "odometer"), "daily_work_period_region", "int", None, {"P01"}),
    # What a head unit plays and the station its radio is tuned to are media (P01).
    ("now_playing", NOW_PLAYING, "artist", "varchar(100)", None, {"P01"}),
    ("media_playback_state", NOW_PLAYING, "playback_progress", "int", None, {"P01"}),
    ("radio_tuner_state", TUNER, "frequency", "float", None, {"P01"}),
    # Which seats are occupied and whether the hands are off the wheel are cabin sensing (P02).
    ("cabin_occupancy", CABIN, "seats_occupied", "varchar(20)", None, {"P02"}),
    # A bare capacity in a production plan is production capacity; a bare session table with charging columns is
    # a charging session; an MES operation master is a routine record.
    ("production_plan", ("plan_date", "line_code"), "capacity", "int", None, {"C06.1"}),
    ("sessions", CHARGE_SESSIONS, "status", "varchar(20)", None, {"C22.2"}),
    ("bom_line", BOM, "part_number", "varchar(30)", None, {"C07.1"}),
]

ABSENT = [
    # A company's or a workshop's card is held in role; the date or state of a registration is not the mark.
    ("company_lock", ("company_name", "lock_in_time"), "company_card_number", "varchar(20)", None, {"P02"}),
    ("roadside_check", ROADSIDE_CHECK, "vehicle_registration_status", "varchar(10)", None, {"P01"}),
    ("charging_card", ("card_number", "balance"), "card_expiry_date", "date", None, {"P01"}),
    ("driving_license_record", LICENCE, "driving_license_issuing_state", "varchar(3)", None, {"P02"}),
    # A player's volume, a radio's signal strength and a V2X radio's frequency are not what was listened to.
    ("media_playback_state", NOW_PLAYING, "volume", "int", None, {"P01"}),
    ("radio_tuner_state", TUNER, "signal_strength", "int", None, {"P01"}),
    ("v2x_radio_config", ("channel", "tx_power"), "frequency", "float", None, {"P01"}),
    # A cargo space's temperature is measured by the vehicle; a vehicle's idle operation is no routing operation.
    ("reefer_telemetry", ("fuel_level", "engine_speed"), "cargo_ambient_temperature", "float", None, {"C06.2"}),
    ("engine_idle_operation", ("total_idle_hours",), "idle_fuel_used", "float", None, {"G01"}),
    # A tank's or a motor's bare capacity is a rating, a battery's expected cycles its specification.
    ("fuel_tank_info", ("fuel_type",), "capacity", "float", None, {"C06.1"}),
    ("battery_pack", ("batch_no", "rated_voltage"), "expected_charge_times", "int", "预计充放电次数", {"C22.2"}),
    # A race's session results are no charging session.
    ("race_session_results", RACE_SESSION, "status", "varchar(20)", None, {"C22.2"}),
    # A unit's own part number is its identity, not a bill of materials; an equipment constant is a calibration
    # parameter; an app's colour scheme is a UI setting (§2).
    ("ecu_identification", UNIT_IDENTITY, "part_number", "varchar(30)", None, {"C07.1"}),
    ("recording_equipment_calibration", ("tyre_size",), "equipment_constant", "int", None, {"G01"}),
    ("app_registration", ("app_name", "app_version"), "day_color_scheme", "varchar(20)", None, {"G01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
