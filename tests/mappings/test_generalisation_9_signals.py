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
