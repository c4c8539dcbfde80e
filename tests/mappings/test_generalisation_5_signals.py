"""Round-2 cases for vehicle signals, positions, software and credentials (metadata only): the causes a fifth
held-out corpus showed (an OEM's streaming field catalogue, a heavy-duty J1939 parameter-group catalogue, fleet
events, login tokens), written with general vocabulary of those domains, not the corpus's names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

STREAM = ("vin", "created_at")
FIX = (("plate_no", "车牌"), ("start_lat", "起点纬度"), ("start_lng", "起点经度"), ("speed_limit", "限速值"))

EXACT = [
    # Heavy-duty parameter names (J1939 SPNs): aftertreatment, engine fluids, filters, brakes, transmission, PTO
    ("truck_snapshot", STREAM, "aftertreatment_scr_outlet_temperature", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "def_dosing_quantity", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "coolant_level", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "crankcase_pressure", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "oil_life_remaining", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "brake_primary_pressure", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "transmission_requested_range", "varchar(4)", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "pto_governor_state", "smallint", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "total_idle_hours", "float", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "accelerator_pedal_kickdown_switch", "smallint", None, {"C23.2"}),
    ("truck_snapshot", STREAM, "niaosu_nongdu", "float", "尿素浓度", {"C23.2"}),
    # What an OEM's connected-car stream reports: pack and drive-unit readings, charge state, modes
    ("vehicle_stream", STREAM, "pack_voltage", "float", None, {"C23.2"}),
    ("vehicle_stream", STREAM, "time_to_full_charge", "float", None, {"C23.2"}),
    ("vehicle_stream", STREAM, "sentry_mode", "varchar(16)", None, {"C23.2"}),
    ("vehicle_stream", STREAM, "lifetime_energy_used", "float", None, {"C23.2"}),
    # A feature's `*_enabled` state as the car reports it is a signal, not an enable flag
    ("vehicle_stream", STREAM, "valet_mode_enabled", "boolean", None, {"C23.2"}),
    ("vehicle_stream", STREAM, "rear_defrost_enabled", "boolean", None, {"C23.2"}),
    # When a reading was last seen is a time
    ("vehicle_stream", STREAM, "tpms_last_seen_pressure_time_fl", "bigint", None, set()),
    # A decoded parameter group names the subsystem; its fields say only switch, indicator, request
    ("electronic_brake_controller_1", ("abs_active",), "asr_off_road_switch", "smallint", None, {"C23.2"}),
    ("cab_message_1", ("seat_belt_switch",), "request_cab_zone_heating", "smallint", None, {"C23.2"}),
    ("electronic_engine_controller_1", ("engine_speed",), "source_address_of_controlling_device", "smallint",
     None, set()),
    # Operator indicators of a truck's dash are no indicators of compromise
    ("operator_indicators", ("engine_oil_life_remaining",), "engine_overloaded_indicator", "smallint", None,
     {"C23.2"}),
    ("indicator", ("pattern", "valid_from", "spec_version"), "description", "text", None, {"C21.1"}),
    # Lamp states, SPN, FMI and occurrence count of an active trouble-code message are diagnostics
    ("active_dtc", ("spn", "fmi"), "amber_warning_lamp", "smallint", None, {"C19.2"}),
    ("dm1_message", ("lamp_status",), "occurrence_count", "int", None, {"C19.2"}),
    ("dtc_status", ("dtc",), "count", "int", None, {"C19.2"}),
    # The software update a vehicle reports: its version and progress (OTA record); its scheduled start is a time
    ("vehicle_stream", STREAM, "software_update_download_percent_complete", "int", None, {"C18.2"}),
    ("vehicle_stream", STREAM, "software_update_version", "varchar(32)", None, {"C18.2"}),
    # A signed-in user's or member's token is a credential; when it expires is a time
    ("sys_user", ("username", "password"), "token", "varchar(255)", "用户令牌", {"C20.2"}),
    ("login_history", ("user_id", "login_time"), "token", "varchar(64)", None, {"C20.2"}),
    ("member", ("user_id", "mobile"), "partner_token", "varchar(64)", None, {"C20.2"}),
    ("sys_user", ("username", "password"), "token_expire_time", "datetime", None, set()),
    # An over-speed episode's maximum and average speed were measured; the limit it broke was configured
    ("overspeed_alarm", FIX, "max_speed", "int", "最大速度", {"C23.2"}),
    ("overspeed_alarm", FIX, "avg_speed", "int", "平均速度", {"C23.2"}),
    # Where a fleet's truck refuelled or crashed
    ("truck_refuel", ("truck_id", "refuel_time", "litres"), "lat", "decimal(10,6)", "纬度", {"C16.1", "P02"}),
    ("accident_report", ("report_no", "occurred_at"), "longitude", "decimal(10,6)", None, {"C16.1", "P02"}),
    # How far and how long to arrival is progress along the route
    ("vehicle_stream", STREAM, "minutes_to_arrival", "int", None, {"C16.1"}),
    ("vehicle_stream", STREAM, "route_traffic_delay", "int", None, {"C16.1"}),
    # A body cover's position is a signal, not the vehicle's whereabouts
    ("vehicle_stream", ("vin", "latitude", "longitude"), "tonneau_position", "int", None, {"C23.2"}),
]

ABSENT = [
    ("overspeed_alarm", FIX, "speed_limit", "int", "限速值", {"C23.2"}),
    ("user_settings", ("user_id", "language"), "remote_start_enabled", "boolean", None, {"C23.2"}),
    ("vehicle_options", ("vin", "trim"), "charge_port", "varchar(16)", None, {"C23.2"}),
    ("kpi_indicators", ("indicator_name", "target_value"), "actual_value", "float", None, {"C21.1"}),
    ("aftertreatment_outlet_gas", ("outlet_nox",), "nox_sensor_preliminary_fmi", "smallint", None, {"C19.2"}),
    ("user_order", ("user_id", "amount"), "order_token", "varchar(64)", None, {"C20.2"}),
    ("trip_event", ("passenger_id", "vin"), "lane_departure_warning", "smallint", None, {"C16.1", "P02"}),
    ("vehicle_stream", STREAM, "software_update_scheduled_start_time", "bigint", None, {"C18.2"}),
    ("vehicle_model", ("brand", "seats"), "max_speed", "int", "最高车速", {"C23.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
