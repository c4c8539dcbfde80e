"""Round-4 cases for vehicle signals, positions, diagnostics, software and endpoints (metadata only): the causes a
seventh held-out corpus showed (construction and agricultural machinery telematics, AEMP / ISO 15143-3 fleet feeds,
J1939 frames, toll-road trips, enforcement checkpoints, session-token stores, request logs), written with general
vocabulary of those domains, not the corpus's names; plus the round-4 precision review of table words that are
ambiguous on unseen estates (`incident`, `alert`, `finding`, `realtime`, `signal`, `pid`, bare `impact`, `ip`).

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

MACHINE = ("machine_serial", "recorded_at")
FLEET_ASSET = ("serial_number", "model", "engine_hours")
ELEMENT = ("equipment_serial", "reported_at")
TOLL = ("plate_no", "entry_time", "exit_time")

EXACT = [
    # Off-road machinery telemetry: engine, hydraulics, payload, boom and platform, tilt, shocks, generator output
    ("excavator_telemetry", MACHINE, "hydraulic_oil_temperature", "float", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "boom_angle", "float", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "engine_status", "varchar(8)", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "impact", "float", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "remaining_run_time", "float", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "battery_potential", "float", None, {"C23.2"}),
    ("aerial_work_platform_data", MACHINE, "platform_height", "float", None, {"C23.2"}),
    ("aerial_work_platform_data", MACHINE, "outriggers_deployed", "boolean", None, {"C23.2"}),
    ("equipment_telematics", MACHINE, "generator_phase_voltage", "float", None, {"C23.2"}),
    ("equipment_telematics", MACHINE, "reactive_power", "float", None, {"C23.2"}),
    ("工程机械工况", ("设备编号", "上报时间"), "yyyw", "float", "液压油温", {"C23.2"}),
    # A machine or equipment table whose columns carry an engine's hour meter is a machine in the field
    ("equipment", FLEET_ASSET, "fuel_level", "float", None, {"C23.2"}),
    # AEMP-style element records: the table names the reading, a bare field holds it
    ("cumulative_idle_hours", ELEMENT, "hour", "double", None, {"C23.2"}),
    ("fuel_remaining", ELEMENT, "percent", "double", None, {"C23.2"}),
    # A J1939 frame's source address is part of its identifier
    ("can_frames", ("timestamp", "can_id", "data"), "source_address", "int", None, {"C23.2"}),
    # A geohash in a vehicle's position report is its position
    ("vehicle_position", ("vin", "gps_time", "latitude", "longitude"), "geohash", "varchar(12)", None,
     {"C16.1", "P02"}),
    # Where a vehicle entered and left a tolled road, and where a checkpoint saw it pass
    ("toll_trip", TOLL, "entry_station", "varchar(36)", None, {"C16.1", "P02"}),
    ("toll_trip", TOLL, "exit_plaza", "varchar(36)", None, {"C16.1", "P02"}),
    ("overweight_record", ("plate_no", "gross_weight"), "pass_site", "varchar(50)", "过车地点", {"C16.1", "P02"}),
    # A session-token store kept per user, and an incident table with attack fields
    ("tokens", ("login_user", "create_time"), "token", "varchar(50)", None, {"C20.2"}),
    ("member_token", ("member_id", "expire_time"), "token", "varchar(50)", None, {"C20.2"}),
    ("security_incident", ("attack_type", "description"), "impact", "varchar(64)", None, {"C21.1"}),
    ("alerts", ("src_ip", "signature_id", "attack_type"), "severity", "varchar(16)", None, {"C21.1"}),
]

ABSENT = [
    # Rated and configured values of a machine are no readings; its position is no signal
    ("excavator_telemetry", MACHINE, "fuel_tank_capacity", "float", None, {"C23.2"}),
    ("excavator_telemetry", MACHINE, "overload_threshold", "float", None, {"C23.2"}),
    # A machine register's own status, and a factory machine's spindle speed, are no machine telemetry
    ("equipment", FLEET_ASSET, "status", "varchar(8)", None, {"C23.2"}),
    ("machine", ("machine_code", "workshop"), "spindle_speed", "float", None, {"C23.2"}),
    # A used-car check of the engine's status is an inspection record, not an element record
    ("check_engine_status", ("inspection_id",), "value", "varchar(16)", None, {"C23.2"}),
    # A toll station's per-station counts and the times of a trip are no whereabouts
    ("toll_station_stats", ("station_name", "plate_no"), "entry_station_count", "int", None, {"C16.1", "P02"}),
    ("toll_trip", TOLL, "entry_time", "datetime", None, {"C16.1", "P02"}),
    # `realtime`, `signal`, `pid`, `can` alone in a table name say nothing about a vehicle
    ("realtime_order", ("order_no", "amount"), "status", "varchar(8)", None, {"C23.2"}),
    ("meeting_room_realtime", ("room_no",), "status", "varchar(8)", None, {"C23.2"}),
    ("signal_strength_log", ("imei",), "level", "int", None, {"C23.2"}),
    ("process_pids", ("host",), "state", "varchar(8)", None, {"C23.2"}),
    ("can_do_list", ("user_id",), "status", "varchar(8)", None, {"C23.2"}),
    # An app's or a client's usage telemetry is no vehicle telemetry
    ("app_telemetry", ("user_id", "event_name"), "status", "varchar(8)", None, {"C23.2"}),
    ("client_telemetry", ("session_id",), "state", "varchar(8)", None, {"C23.2"}),
    # A traffic or fleet incident, a vehicle alert and an inspection finding are no security incident
    ("traffic_incident", ("incident_date", "location", "description"), "severity", "varchar(16)", None, {"C21.1"}),
    ("accident_incident", ("incident_date", "description"), "impact", "varchar(64)", None, {"C21.1"}),
    ("vehicle_alerts", ("vin", "alert_type", "alert_time"), "status", "varchar(8)", None, {"C21.1"}),
    ("inspection_findings", ("inspection_id", "part"), "description", "varchar(255)", None, {"C21.1"}),
    # A bare impact of a shock sensor is no incident
    ("shock_sensor_log", ("device_id", "ts"), "impact", "float", None, {"C21.1"}),
    # The IP an operation log or an SMS verification request writes down is the requester's, not topology
    ("admin_operation_log", ("admin_id", "url", "title"), "ip", "varchar(50)", None, {"C24.1"}),
    ("sms_log", ("mobile", "code"), "ip", "varchar(30)", None, {"C24.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
