"""Round 6 (corpus 9) cases for vehicle signals: a bare status beside a fix is a terminal's status word only in a
position report; an order's or a ride offer's status beside its place is the record's own state."""
from tests.mappings.cases import case_tests

REPORT = ["device_id", "latitude", "longitude", "speed", "altitude", "gps_time"]
EXACT = [
    ("gps_report", REPORT, "status", "int", None, {"C23.2"}),
    ("gps_report", REPORT, "status_bit", "int", "状态位", {"C23.2"}),
    ("gps_report", REPORT, "warn_bit", "int", None, {"C23.2"}),
]
ABSENT = [
    ("ride_offer", ["origin", "origin_latitude", "origin_longitude", "latitude", "longitude", "departure_time",
                    "seats", "price"], "status", "smallint", "状态", {"C23.2"}),
    ("trip_destination", ["vehicle_id", "destination", "latitude", "longitude", "created_time"], "status",
     "varchar(32)", "状态", {"C23.2"}),
]
test_exact, test_absent = case_tests(EXACT, ABSENT)

TYRE_ALARM = ["vehicle_id", "plate_no", "wheel_position", "tire_sensor_id", "pressure_threshold", "alarm_time"]
EXACT_TPMS = [
    ("tyre_alarm", TYRE_ALARM, "pressure", "varchar", "压力", {"C23.2"}),
    ("tyre_alarm", TYRE_ALARM, "temperature", "varchar", "温度", {"C23.2"}),
    ("tpms_data", ["sensor_id", "wheel_position"], "tyre_temperature", "decimal", "胎温", {"C23.2"}),
]
ABSENT_TPMS = [
    ("tyre_alarm", TYRE_ALARM, "pressure_threshold", "varchar", "压力阈值", {"C23.2"}),
    ("boiler", ["plant", "operator", "shift"], "pressure", "decimal", "压力", {"C23.2"}),
]
test_exact_tpms, test_absent_tpms = case_tests(EXACT_TPMS, ABSENT_TPMS)
