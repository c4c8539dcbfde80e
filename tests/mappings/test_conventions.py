"""Representative columns per case of conventions.md → expected codes (metadata only, no samples).

Each row: table name, sibling columns, column name, SQL type, comment, expected codes (as a set; order is the
engine's business). Written from conventions.md, not from any evaluation corpus."""
from __future__ import annotations

import pytest

from scanner.model import ColumnRef, TableRef

TRACK = ("vin", "gps_time", "lat", "lng", "speed", "heading")
USER = ("user_id", "xm", "sjhm", "sfzh", "address")
G32960 = ("vin", "total_voltage", "insulation_resistance", "probe_temperatures", "longitude", "latitude")

CASES = [
    # §3.1 identifiers
    ("vehicle", (), "vin", "varchar(17)", None, {"P01"}),
    ("t_vehicle", (), "clsbdh", "varchar(17)", None, {"P01"}),
    ("t_vehicle", (), "cphm", "varchar(10)", None, {"P01"}),
    ("vehicle", (), "licensePlate", "varchar(10)", None, {"P01"}),
    ("t_vehicle", (), "col7", "varchar(10)", "车牌号码", {"P01"}),
    ("vehicle", (), "engine_no", "varchar(20)", None, {"P01"}),
    ("terminal", (), "iccid", "varchar(20)", None, {"P01"}),
    ("ocpp_charge_point", (), "charge_box_id", "varchar(36)", None, {"C22.1"}),
    # §3.2 location
    ("vehicle_track", TRACK, "lat", "double", None, {"C16.1", "P02"}),
    ("vehicle_track", TRACK, "Vehicle.CurrentLocation.Longitude", "double", None, {"C16.1", "P02"}),
    ("vehicle_track", TRACK, "heading", "int", None, {"C16.1"}),
    ("nav_history", ("vin",), "destination", "varchar", None, {"C16.1", "P02"}),
    ("fence", (), "geofence_points", "text", None, {"C14.1"}),
    ("heat", (), "heatmap_value", "int", None, {"C27.1"}),
    # §3.3 signals, diagnostics, control
    ("can_signals", ("vin",), "vehicle_speed", "double", None, {"C23.2"}),
    ("obd_live", ("vin",), "engine_rpm", "int", None, {"C23.2"}),
    ("realtime", ("vin",), "Vehicle.Cabin.Door.Row1.Left.IsOpen", "boolean", None, {"C23.2"}),
    ("gbt32960_realtime", G32960, "total_voltage", "double", None, {"C26.1"}),
    ("gbt32960_realtime", G32960, "longitude", "double", None, {"C16.1", "C26.1", "P02"}),
    ("diag", ("vin",), "dtc", "varchar", None, {"C19.2"}),
    ("diag", ("vin",), "freeze_frame", "json", None, {"C19.2"}),
    ("remote_control_log", ("vin",), "command_type", "varchar", None, {"C23.1"}),
    ("ecu_params", (), "pid_gain_kp", "double", None, {"C19.1"}),
    # §3.4 cabin and imagery
    ("camera_frames", ("vin", "timestamp"), "image_url", "varchar", None, {"C11.1", "C11.2", "P02"}),
    ("dms_events", ("vin",), "eye_gaze", "double", None, {"P02"}),
    # §3.5 software and security
    ("ota_campaign", (), "firmware_version", "varchar", None, {"C18.2"}),
    ("vuln", (), "cve_id", "varchar", None, {"C20.1"}),
    ("tsp_keys", (), "private_key", "text", None, {"C20.2"}),
    ("users", USER, "password", "varchar", None, {"P02"}),
    ("servers", (), "hostname", "varchar", None, {"C24.1"}),
    # §3.6 charging
    ("charging_session", (), "transaction_id", "int", None, {"C22.2"}),
    ("charging_session", (), "start_time", "timestamp", None, {"C22.2"}),
    ("ocpp_authorize", (), "id_tag", "varchar", None, {"P04"}),
    ("ocpi_tariffs", (), "price", "decimal", None, {"G01"}),
    # §3.7 AD datasets
    ("sample_annotation", ("sample_token", "category"), "bbox", "json", None, {"C15.1"}),
    ("lidar_sweeps", (), "point_cloud", "blob", None, {"C12.1"}),
    ("calibrated_sensor", (), "camera_intrinsic", "json", None, {"C04.2"}),
    ("log", ("vehicle", "date_captured"), "location", "varchar", None, {"X01"}),
    # §3.8 manufacturing
    ("supplier", (), "supplier_code", "varchar", None, {"C07.1"}),
    ("production_daily", (), "production_qty", "int", None, {"C06.1"}),
    ("quality", (), "defect_rate", "double", None, {"C10.2"}),
    ("recall", (), "recall_number", "varchar", None, {"C10.1"}),
    ("vehicle_model", (), "model_year", "int", None, {"G01"}),
    # §3.9 personal classes
    ("t_user", USER, "xm", "varchar", None, {"P01"}),
    ("t_user", USER, "sjhm", "varchar", None, {"P01"}),
    ("t_user", USER, "sfzh", "varchar(18)", None, {"P02"}),
    ("customer", (), "birthday", "date", None, {"P01"}),
    ("employee", ("emp_no", "name"), "salary", "decimal", None, {"P03"}),
    ("employee", ("emp_no", "salary"), "name", "varchar", None, {"P03"}),
    ("employee", ("emp_no", "salary"), "hire_date", "date", None, {"P03"}),
    ("test_drive_booking", (), "booking_time", "timestamp", None, {"P04"}),
    # classes fixed in the rule tuning (mappings/README.md decisions 13-20)
    ("staff", ("staff_no", "name"), "school", "varchar", "毕业学校", {"P03"}),  # every attribute of a staff record
    ("admin", ("username", "password"), "lastLoginIP", "varchar", "last login IP", {"P03"}),
    ("repair", ("number", "fault"), "getman", "varchar", "接车人", {"P03"}),  # staff role words
    ("tb_extremum", ("max_voltage", "max_temperature"), "min_temperature", "varchar", "最低温度值", {"C26.1"}),
    ("tb_alert", ("alter_level",), "insulation11", "varchar", "绝缘报警", {"C26.1"}),  # GB/T 32960 alarm flags
    ("tbox_terminal", ("vin",), "imei", "varchar", None, {"P01"}),
    ("vehicles", ("vin", "hphm"), "hpys", "varchar", None, {"P01"}),  # plate colour
    ("Vehicle.Chassis", (), "Vehicle.Chassis.Brake.PedalPosition", "float", None, {"C23.2"}),  # not a position
    ("malware", ("id", "type", "name"), "capabilities", "string[]", "malware capabilities", {"C21.1"}),
    ("manufacturer", ("number", "name"), "address", "varchar", "地址", {"C07.1"}),  # supplier master
    ("cabin_camera", ("vin", "timestamp"), "image_path", "varchar", None, {"P02"}),  # §3.4 cabin media
    ("can_signals", ("vin",), "can_id", "int", None, {"C23.2"}),
    ("vehicle_model", (), "rated_energy_kwh", "double", None, {"G01"}),
    ("commodity", ("commodityNo",), "barCode", "varchar", "条形码", {"G01"}),  # routine business record
    # decisions 21-30 (mappings/README.md)
    ("vehicle_spec", (), "Vehicle.VehicleIdentification.BodyType", "string", None, {"G01"}),
    ("vehicle_spec", (), "rated_voltage", "varchar", "额定电压", {"G01"}),
    ("battery_pack", ("vin",), "gross_capacity", "int", None, {"G01"}),
    ("car_model", ("brand",), "power", "varchar", "功率", {"G01"}),
    ("vehicle_archive", ("vin", "plate_no"), "next_service_date", "date", "下次保养日期", {"G01"}),
    ("vehicle_archive", ("vin", "plate_no"), "insurer", "varchar", "保险公司", {"P01"}),
    ("vehicle_archive", ("vin", "plate_no"), "bxdqsj", "date", "交强保险到期时间", {"P01"}),
    ("customer", ("name", "phone"), "shi", "varchar", "市", {"P01"}),
    ("customer", ("name", "phone"), "tax_no", "varchar", "纳税人识别号", {"P01"}),
    ("customer", ("name", "phone"), "bank_account", "varchar", "银行账号", {"P02"}),
    ("supplier", ("supplier_name",), "bank_account", "varchar", "银行账号", {"C07.1"}),
    ("member_type", (), "discount", "float", "折扣", {"G01"}),
    ("cashier", ("order_no",), "settle_time", "datetime", "结算时间", {"P04"}),
    ("credit_cards", ("holder",), "card_no", "varchar", None, {"P02"}),
    ("driver_signals", ("vin",), "Vehicle.Driver.IsEyesOnRoad", "boolean", None, {"P02"}),
    ("driver_signals", ("vin",), "Vehicle.Driver.FatigueLevel", "float", None, {"P02"}),
    ("infotainment", ("vin",), "Vehicle.Cabin.Infotainment.Media.Played.Track", "string", None, {"P01"}),
    ("bms_daily", ("vin",), "bms_code", "varchar", "BMS编码", {"P01"}),
    ("bms_daily", ("vin",), "bms_ver", "varchar", "BMS版本", {"C18.2"}),
    ("root", ("keyid", "expires"), "keys", "json", "public keys of the roles", {"C20.2"}),
    ("system_settings", ("mail_host",), "smtp_password", "varchar", None, {"C20.2"}),
    ("workstation", ("station_code",), "ip_address", "varchar", "IP of the station terminal", {"C09.1"}),
    ("log", ("logfile", "vehicle"), "location", "str", "where the log was recorded", {"X01"}),
    ("map", ("category",), "filename", "str", "semantic map mask", {"C13.2"}),
    ("battery_health", ("vin",), "soh", "float", "电池健康度", {"C23.2"}),  # not a person's health (P02)
]

TRAPS = [
    # §1.6 timestamps, §1.7 surrogate keys, §2 technical columns, peers.md §5 vague words
    ("vehicle_track", TRACK, "gps_time", "timestamp", None),
    ("vehicle_track", TRACK, "create_time", "datetime", None),
    ("vehicle", (), "vehicle_id", "bigint", "车辆ID"),
    ("employee", (), "emp_id", "bigint", "员工编号"),
    ("t_user", USER, "user_id", "bigint", None),
    ("t_user", USER, "email_verified", "int", None),
    ("t_user", USER, "is_deleted", "tinyint", None),
    ("can_frames", ("vin",), "alive_counter", "int", None),
    ("can_frames", ("vin",), "crc", "int", None),
    ("vehicle_track", TRACK, "hdop", "double", None),
    ("vehicle_track", TRACK, "satellites", "int", None),
    ("anything", (), "code", "varchar", None),
    ("anything", (), "name", "varchar", None),
    ("anything", (), "number", "varchar", None),
    ("anything", (), "status", "int", None),
    ("anything", (), "platform", "varchar", None),
    ("anything", (), "template_id", "int", None),
    ("app_release", (), "app_version", "varchar", None),
    ("users", USER, "password_salt", "varchar", None),
    ("settings", (), "font_size", "int", None),
    ("jtt808_frames", ("vin",), "msg_serial_no", "int", None),
    ("staff", ("name",), "staffNo", "varchar", "员工编号"),  # §1.7 staff numbers as keys
    ("exterior_camera", ("vin", "image"), "camera", "varchar", None),  # channel name
    ("vehicle_track", TRACK, "gps_status", "varchar", "GPS定位状态"),
    ("obd_mode09", (), "VIN_MESSAGE_COUNT", "int", None),
    ("sample_annotation", ("sample_token", "category"), "prev", "varchar", "foreign key to the previous annotation"),
    ("schema_version", (), "installed_by", "varchar", None),  # `by` = initials of 闭眼
    ("sys_operation_log", ("login_ip",), "module", "varchar", None),
    ("charge_box", ("charge_box_id",), "charge_box_pk", "int", "auto-increment key"),
    ("salary", ("staff_name", "salary"), "syear", "varchar", "salary year"),  # period of the payroll row
    ("ana_battery_operation_analysis", ("vin",), "statistical_month", "char(6)", "对应的月份"),
    ("machine_type", (), "machine_type_name", "varchar", "machine type name"),  # vocabulary
    ("work_order", ("order_no",), "if_outsource", "tinyint(1)", "outsourced operation"),
]


def _classify(classifier, table, siblings, name, sql_type, comment):
    columns = [ColumnRef(s, "varchar") for s in siblings if s != name] + [ColumnRef(name, sql_type, comment)]
    verdict = classifier.classify(TableRef("test", ("db", table), tuple(columns)), None)
    return verdict.columns[-1]


@pytest.mark.parametrize("table, siblings, name, sql_type, comment, expected", CASES,
                         ids=[f"{c[0]}.{c[2]}" for c in CASES])
def test_convention_case(classifier, table, siblings, name, sql_type, comment, expected):
    column = _classify(classifier, table, siblings, name, sql_type, comment)
    assert set(column.codes) == expected, [(e.rule, e.detail, e.weight) for e in column.evidence]


@pytest.mark.parametrize("table, siblings, name, sql_type, comment", TRAPS, ids=[f"{t[0]}.{t[2]}" for t in TRAPS])
def test_trap_gets_no_code(classifier, table, siblings, name, sql_type, comment):
    column = _classify(classifier, table, siblings, name, sql_type, comment)
    assert column.codes == (), [(e.rule, e.detail, e.weight) for e in column.evidence]


def test_kind_follows_codes(classifier):
    column = _classify(classifier, "vehicle_track", TRACK, "lat", "double", None)
    assert column.kind == "important"
    column = _classify(classifier, "t_user", USER, "sfzh", "varchar", None)
    assert column.kind == "sensitive_personal"
