"""Vehicle signals, GB/T 32960, charging and location cases of conventions.md (§3.2, §3.3, §3.6), metadata only.

Each row: table name, siblings (a name, or a (name, comment) pair: sibling comments count as context), column
name, SQL type, comment, expected codes. `EXACT` rows must get exactly these codes (order is the engine's
business); `ABSENT` rows must not get any of the listed codes (what else they get belongs to other rule files).
Written from conventions.md with general schema vocabulary (SAE J1979 PIDs, J1939 SPNs, COVESA VSS, GB/T 32960.3,
JT/T 808, OCPP 1.6, T/CEC 102 互联互通), not copied from the evaluation corpus."""
from __future__ import annotations

from tests.mappings.cases import case_tests

OBD = ("vin", "rpm", "speed", "coolant_temp")
J1939 = ("vin", "engine_speed", "wheel_based_vehicle_speed")
TRACK_808 = ("device_id", "plate_no", ("latitude", "纬度"), ("longitude", "经度"), ("speed", "速度"))
MOTOR_32960 = (("motor_count", "驱动电机个数"), ("motor_seq", "驱动电机序号"), ("ctl_temp", "电机控制器温度"),
               ("bus_current", "电机母线电流"))
MOTOR_32960_EN = ("vin", "drive_motor_count", "motor_controller_temperature", "motor_controller_input_voltage")
VEHICLE_32960 = (("zt", "车辆状态"), ("cs", "车速"), ("zdy", "总电压"), ("jyd", "绝缘电阻"), ("jsbd", "加速踏板行程值"))
ALARM_32960 = (("vin", "车辆识别代号"), ("wdcy", "温度差异报警"), ("jy", "绝缘报警"), ("gyhs", "高压互锁报警"))
CELL_EXTREMES = ("vin", "station_id", "connector_id")
CHARGE_BOX = ("charge_box_pk", "charge_box_id", "charge_point_serial_number", "fw_version", "last_heartbeat")
PROFILE = ("charging_profile_pk", "stack_level", "charging_profile_purpose", "charging_profile_kind")
METER_VALUE = ("connector_pk", "transaction_pk", "value_timestamp", "value", "measurand", "unit", "phase")
CEC = (("operator_id", "运营商id"), ("station_id", "充电站id"), ("connector_id", "设备接口编码"))

EXACT = [
    # §3.3 OBD-II mode 01 PIDs and J1939 SPNs are live signals, whatever unit the column is typed with
    ("obd_mode01", OBD, "intake_manifold_pressure", "kilopascal", None, {"C23.2"}),
    ("obd_mode01", OBD, "short_term_fuel_trim_1", "percent", None, {"C23.2"}),  # not a trim level (G01)
    ("obd_mode01", OBD, "long_term_fuel_trim_1", "percent", None, {"C23.2"}),  # `long` is no longitude here
    ("obd_mode01", OBD, "timing_advance", "degree", None, {"C23.2"}),
    ("obd_mode01", OBD, "barometric_pressure", "kilopascal", None, {"C23.2"}),
    ("obd_mode01", OBD, "catalyst_temp_b1s1", "celsius", None, {"C23.2"}),
    ("obd_mode01", OBD, "commanded_egr", "percent", None, {"C23.2"}),
    ("obd_mode01", OBD, "control_module_voltage", "volt", None, {"C23.2"}),
    ("obd_mode01", OBD, "mil_status", "status", None, {"C19.2"}),  # diagnostics, not also a signal
    ("j1939_log", J1939, "engine_fuel_rate", "float", None, {"C23.2"}),
    ("j1939_log", J1939, "engine_oil_pressure", "float", None, {"C23.2"}),
    ("j1939_log", J1939, "exhaust_gas_temperature", "float", None, {"C23.2"}),
    # §3.3 / corpus guide 8: battery condition (SOH, internal resistance, cell extremes) outside GB/T 32960 → C23.2
    ("bms_charge_analysis", CELL_EXTREMES, "soh", "int", "电池健康度", {"C23.2"}),  # not personal health
    ("bms_charge_analysis", CELL_EXTREMES, "esti_r", "int", "电池内阻估算", {"C23.2"}),
    ("bms_charge_analysis", CELL_EXTREMES, "voltage_h", "float", "单体最高电压", {"C23.2"}),
    ("bms_charge_analysis", CELL_EXTREMES, "remain_capacity", "int", "电池剩余容量", {"C23.2"}),
    ("battery_data", ("vin",), "internal_resistance", "float", None, {"C23.2"}),
    # §3.3 VSS: `IsActive` is a signal state; a charging start/stop actuator is remote control
    ("vss", ("vin",), "Vehicle.Body.Horn.IsActive", "boolean", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.Powertrain.TractionBattery.Charging.StartStopCharging", "string", None, {"C23.1"}),
    # §3.3 JT/T 808 0x0200 position report: alarm flag and status word are T-Box report items
    ("location", TRACK_808, "warning_mark", "int unsigned", "报警标志", {"C23.2"}),
    ("location", TRACK_808, "status", "int unsigned", "状态", {"C23.2"}),
    ("location", TRACK_808, "latitude", "int", "纬度", {"C16.1", "P02"}),  # no C26.1 without 32960 context
    # §3.3 GB/T 32960 mirror tables recognised by their item vocabulary (also in sibling comments)
    ("tb_electric_motor", MOTOR_32960, "rotate_speed_1", "varchar", "电机转速1", {"C26.1"}),
    ("tb_electric_motor", MOTOR_32960, "torque_1", "varchar", "电机转矩1", {"C26.1"}),
    ("tb_electric_motor", MOTOR_32960, "temperature_1", "varchar", "电机温度1", {"C26.1"}),
    ("motor_data", MOTOR_32960_EN, "motor_speed", "int", None, {"C26.1"}),
    ("tb_vehicle", VEHICLE_32960, "total_electricity", "varchar", "总电流", {"C26.1"}),
    ("tb_vehicle", VEHICLE_32960, "grade", "varchar", "档位", {"C26.1"}),
    ("tb_vehicle", VEHICLE_32960, "charge_status", "varchar", "充电状态", {"C26.1"}),
    ("tb_alarm", ALARM_32960, "alarm_level", "varchar", "报警等级", {"C26.1"}),  # not an incident priority
    ("tb_alarm", ALARM_32960, "soc_low", "varchar", "SOC低报警", {"C26.1"}),
    # §3.6 OCPP charge point: identity, status, configuration and location → C22.1; product attributes → G01
    ("charge_box", CHARGE_BOX, "registration_status", "varchar(255)", None, {"C22.1"}),
    ("charge_box", CHARGE_BOX, "diagnostics_status", "varchar(255)", None, {"C22.1"}),
    ("charge_box", CHARGE_BOX, "fw_update_status", "varchar(255)", None, {"C22.1"}),
    ("charge_box", CHARGE_BOX, "location_latitude", "decimal(11,8)", None, {"C22.1"}),
    ("charge_box", CHARGE_BOX, "imsi", "varchar(255)", None, {"C22.1"}),
    ("charge_box", CHARGE_BOX, "charge_point_vendor", "varchar(255)", None, {"G01"}),
    ("charge_box", CHARGE_BOX, "meter_type", "varchar(255)", None, {"G01"}),
    ("charging_profile", PROFILE, "stack_level", "int", None, {"C22.1"}),
    ("charging_profile", PROFILE, "min_charging_rate", "decimal(15,1)", None, {"C22.1"}),
    ("charging_schedule_period", PROFILE, "power_limit", "decimal(15,1)", None, {"C22.1"}),
    ("charging_schedule_period", PROFILE, "number_phases", "int", None, {"C22.1"}),
    # §3.6 enums, units, measurands, phases and measurement locations are empty
    ("charging_profile", PROFILE, "charging_profile_purpose", "varchar(255)", None, set()),
    ("charging_profile", PROFILE, "charging_profile_kind", "varchar(255)", None, set()),
    ("connector_meter_value", METER_VALUE, "location", "varchar(255)", "measurement location enum", set()),
    ("connector_meter_value", METER_VALUE, "measurand", "varchar(255)", None, set()),
    # §3.6 session values
    ("connector_meter_value", METER_VALUE, "value", "text", "sampled meter value", {"C22.2"}),
    ("bms_single_charge", CEC, "before_soc", "varchar", "充电前soc值", {"C22.2"}),
    ("charge_sessions", ("session_id", "evse_id"), "start_soc", "int", None, {"C22.2"}),
    ("battery_monthly", ("bms_code",), "history_charge_times", "int", "本月历史充电次数", {"C22.2"}),
    ("battery_monthly", ("bms_code",), "history_charge_time", "int", "本月历史充电时间长度，单位秒", {"C22.2"}),
    ("bms_single_charge", CEC, "statistical_date", "char(10)", "对应的日期(以结束时间为准)", set()),
    # §3.1 / §1.7 互联互通 equipment id beside station and connector ids is charger identity
    ("bms_single_charge", CEC, "equipment_id", "varchar(23)", "设备唯一编码", {"C22.1"}),
    # §3.9 a reservation is a booking
    ("reservation", ("id_tag", "connector_pk"), "start_datetime", "datetime", None, {"P04"}),
]

ABSENT = [
    # §3.4 / §3.8: driver monitoring, played media and product attributes are not vehicle signals
    ("vss", ("vin",), "Vehicle.Driver.FatigueLevel", "float", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.Driver.IsEyesOnRoad", "boolean", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.Occupant.Row1.DriverSide.HeadPosition.Yaw", "float", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.Cabin.Infotainment.Media.Played.Track", "string", None, {"C23.2", "C16.1", "P02"}),
    ("vss", ("vin",), "Vehicle.Cabin.Infotainment.Navigation.DestinationSet.Latitude", "double", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.VehicleIdentification.VehicleExteriorColor", "string", None, {"C23.2"}),
    ("vss", ("vin",), "Vehicle.Powertrain.CombustionEngine.EngineCode", "string", None, {"C23.2"}),
    ("obd_mode01", OBD, "obd_compliance", "string", None, {"C23.2"}),
    ("production_line", ("line_code", "work_center_id"), "speed", "double", "line speed", {"C23.2"}),
    # §3.5: a charge point's own endpoints are network data, not charger identity
    ("charge_box", CHARGE_BOX, "endpoint_address", "varchar(255)", "SOAP endpoint of the charge point", {"C22.1"}),
    ("charge_box", CHARGE_BOX, "admin_address", "varchar(255)", "web address of the charge point", {"C22.1"}),
    # §3.2: charger coordinates are C22.1, not a vehicle's whereabouts
    ("charge_box", CHARGE_BOX, "location_longitude", "decimal(11,8)", None, {"C16.1", "P02"}),
    # §3.7: annotation box centres are labels, not the ego pose
    ("sample_annotation", ("sample_token", "instance_token", "size"), "translation", "float[3]",
     "bounding box centre", {"C13.1", "C16.1"}),
    # §3.8: factory equipment ids are not charger ids
    ("machine", ("machine_name", "workshop_id"), "equipment_id", "bigint", None, {"C22.1"}),
]


test_exact, test_absent = case_tests(EXACT, ABSENT)
