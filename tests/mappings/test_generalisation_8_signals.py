"""Round-5 cases for vehicle signals, diagnostics and key material (metadata only): the causes an eighth held-out
corpus showed (a digital car key's backend, end-of-line ECU diagnosis, a transport operator's vehicle technical
archive: technical parameters, fuel logs, repair-completion records and their paper certificates), written with
general vocabulary of those domains, not the corpus's names; plus the field-machine lift of the factory-equipment
negative on trouble codes (R3's round-4 request).

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

KEY = ("vin", "owner_id", "key_id")
PAIRING = ("vin", "phone_id")
FIELD_MACHINE = ("serial_number", "engine_hours")
FUEL_LOG = ("plate_no", "driver")

EXACT = [
    # A digital car key's key material: session key, pairing secrets, key pair halves, the vehicle's own password
    ("vehicle_key", KEY, "session_key", "varchar(100)", None, {"C20.2"}),
    ("vehicle_key", KEY, "tmp_key", "varchar(100)", "会话密钥", {"C20.2"}),
    ("vehicle_key", KEY, "vehicle_password", "varchar(64)", "车辆密码", {"C20.2"}),
    ("vehicle_key", KEY, "shared_secret", "varchar(64)", None, {"C20.2"}),
    ("ble_pairing", PAIRING, "link_key", "varchar(64)", None, {"C20.2"}),
    ("ble_pairing", PAIRING, "long_term_key", "varchar(64)", None, {"C20.2"}),
    ("phone_binding", ("user_id", "phone_model"), "rsakey", "varchar(4000)", "手机加密数据", {"C20.2"}),
    ("phone_binding", ("user_id", "phone_model"), "rsa_key", "varchar(4000)", None, {"C20.2"}),
    # The lock/unlock command a digital-key backend keeps per vehicle is a remote control
    ("car", ("vin", ("session_key", "会话密钥"), "pub_key"), "command", "int", None, {"C23.1"}),
    ("digital_key", ("vin", "owner_id"), "cmd", "int", None, {"C23.1"}),
    # An ECU's UDS negative response code is a diagnostic result
    ("eol_result", ("vin", "ecu", "dtc"), "nrc", "varchar(5)", "否定响应码", {"C19.2"}),
    ("ecu_flash_log", ("vin", "ecu_name"), "negative_response_code", "varchar(4)", None, {"C19.2"}),
    # A field machine's trouble codes and readings are its own, even in a `machine`/`equipment` table
    ("machine_telemetry", FIELD_MACHINE, "hydraulic_oil_temperature", "float", None, {"C23.2"}),
    ("machine_faults", FIELD_MACHINE, "fault_code", "varchar(16)", None, {"C19.2"}),
    ("equipment_diagnostics", ("equipment_serial", "engine_hours"), "fault_code", "varchar(16)", None, {"C19.2"}),
    # Live readings stay signals
    ("vehicle_status", ("vin", "gps_time", "speed"), "driving_mode", "varchar(16)", None, {"C23.2"}),
    ("vehicle_status", ("vin", "gps_time", "speed"), "mileage", "decimal(10,1)", None, {"C23.2"}),
    # A software package's code stays an OTA item
    ("ota_package", ("ecu", "version"), "package_code", "varchar(32)", None, {"C18.2"}),
]

ABSENT = [
    # The drive form and a vehicle's technical parameters on file are what it is
    ("vehicle_parameters", ("vehicle_id", "engine_model", "overall_length"), "driving_mode", "varchar(50)", "驱动形式",
     {"C23.2"}),
    ("vehicle_spec", ("model_code", "wheelbase"), "drive_type", "varchar(20)", "驱动方式", {"C23.2"}),
    # Certificates of conformity, quality and repair completion are paper documents, not credentials
    ("vehicle_parameters", ("vehicle_id", "engine_model"), "tank_certificate", "varchar(20)", "罐体质检合格证",
     {"C20.2"}),
    ("repair_record", ("plate_no", "repair_date"), "certificate_no", "varchar(50)", "竣工出厂合格证号", {"C20.2"}),
    ("vehicle", ("vin", "model"), "conformity_certificate", "varchar(50)", None, {"C20.2"}),
    ("vehicle", ("vin", "model"), "quality_certificate_no", "varchar(50)", None, {"C20.2"}),
    # Fuel logs, monthly totals, per-hundred-vehicle-km figures and odometers written at the workshop are bookkeeping
    ("fuel_log", ("plate_no", "driver", "fuel_quota"), "fuel_consumption", "decimal(18,3)", None, {"C23.2"}),
    ("vehicle_fuel", FUEL_LOG, "fuel_consumption_month", "decimal(18,3)", "本月燃油", {"C23.2"}),
    ("vehicle_fuel", FUEL_LOG, "mileage_month", "decimal(18,3)", "本月行驶", {"C23.2"}),
    ("vehicle_fuel", FUEL_LOG, "consumption_per_100", "decimal(18,3)", "百车公里油耗", {"C23.2"}),
    ("refuel_record", FUEL_LOG, "odometer", "decimal(18,1)", None, {"C23.2"}),
    ("repair_completion", ("plate_no", "repair_type"), "delivery_mileage", "decimal(18,3)", "出厂里程", {"C23.2"}),
    ("vehicle_qualification", ("plate_no", "repair_company"), "total_mileage", "decimal(18,3)", "行驶里程",
     {"C23.2"}),
    # A factory machine's speed and an MES equipment fault stay out
    ("machine", ("machine_code", "workshop"), "spindle_speed", "float", None, {"C23.2"}),
    ("equipment_fault", ("equipment_code", "production_line"), "fault_code", "varchar(16)", None, {"C19.2"}),
    # An option package of a trim is sold, not installed
    ("option_package", ("model_code", "feature_code"), "package_code", "varchar(32)", None, {"C18.2"}),
    ("vehicle_config", ("model_code", "trim"), "option_package_code", "varchar(32)", "选装包", {"C18.2"}),
    # A verification code is no key material; a command's label is no command
    ("app_user", ("user_id", "mobile"), "verify_code", "varchar(6)", "验证码", {"C20.2"}),
    ("digital_key", ("vin", "owner_id"), "command_name", "varchar(32)", None, {"C23.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
