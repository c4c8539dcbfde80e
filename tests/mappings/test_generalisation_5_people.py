"""Cases behind the people, business and charging decisions taken after the fifth held-out corpus
(bench/corpus-validation-5) and the cross-requests of the corpus-4 round, written with general schema vocabulary of
whole domains (public transport, recorded datasets, ROS messages, car carriers and finished-vehicle logistics, repair
shops, rentals), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

BUS_POSITION = ("route_id", "latitude", "longitude")
METRO_RUN = (("line_no", "线路编号"), ("train_no", "车次"), ("driver_id", "司机ID"))
RECORDING = (("frame_rate", "frames per second"), ("speed_limit", "speed limit of the site"))

EXACT = [
    # Cross-requests: a transit table's station is a stop, its 运营状态 the service state; a dataset's location id
    # is the recording site; a dispatch request's start time is no charging session; a bare "recording" is no
    # cabin audio; a value carried with its covariance is the value.
    ("bus_position", BUS_POSITION, "station_id", "int", "站点表唯一ID", set()),
    ("bus_position", BUS_POSITION, "station_name", "varchar(32)", "站点名称", set()),
    ("metro_run", METRO_RUN, "run_state", "int", "运营状态", set()),
    ("recording_meta", RECORDING, "location_id", "int", "id of the recording location", set()),
    ("vehicle_dispatch_request", ("applicant", "destination"), "start_date_time", "datetime", "开始时间", set()),
    ("traffic_recording", RECORDING, "recording_note", "varchar(255)", "remarks on the recording", set()),
    ("kinematic_state", ("child_frame_id",), "accel_with_covariance", "nested", None, {"C23.2"}),
    # ... while the charging and cabin words keep their codes.
    ("ocpp_charge_point", ("charge_box_id", "status"), "station_id", "int", None, {"C22.1"}),
    ("sessions", ("kwh", "location_id"), "start_date_time", "datetime", None, {"C22.2"}),
    ("cabin_media", ("vehicle_id",), "recording", "blob", None, {"P02"}),
    ("voice_log", ("vehicle_id",), "cabin_recording_url", "varchar(255)", None, {"P02"}),
    ("gnss_fix", ("latitude", "longitude"), "position_covariance", "float[9]", None, set()),
]

ABSENT = [
    ("gnss_fix", ("latitude", "longitude"), "covariance_xx", "float", None, {"C16.1", "P02"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
