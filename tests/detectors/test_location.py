from __future__ import annotations

from decimal import Decimal

import pyarrow as pa
import pytest

from tests.detectors.helpers import passes, ratio

CASES = [
    ("latitude_cn", 39.904211, None, True),
    ("latitude_cn", "31.2304", None, True),
    ("latitude_cn", Decimal("22.543096"), pa.decimal128(9, 6), True),
    ("latitude_cn", Decimal("40.500000"), pa.decimal128(9, 6), False),  # one significant decimal
    ("latitude_cn", 39.9, None, False),
    ("latitude_cn", 116.397128, None, False),       # a longitude
    ("latitude_cn", 2024.0, None, False),          # a year
    ("latitude_cn", "1.2.3", None, False),         # a version
    ("latitude_cn", "-33.8688", None, False),      # Sydney
    ("latitude_cn", float("nan"), None, False),
    ("longitude_cn", 116.397128, None, True),
    ("longitude_cn", "121.4737", None, True),
    ("longitude_cn", -122.4194, None, False),
    ("longitude_cn", 39.904211, None, False),
    ("longitude_cn", 1999.0, None, False),
    ("coordinate_high_precision", 39.9042113, None, True),
    ("coordinate_high_precision", "116.39712834", None, True),
    ("coordinate_high_precision", 39.904211, None, False),
    ("coordinate_high_precision", 0.12345678, None, False),
    ("coordinate_scaled_int", 39904211, pa.int64(), True),
    ("coordinate_scaled_int", 116397128, pa.uint32(), True),
    ("coordinate_scaled_int", 2024, pa.int64(), False),
    ("coordinate_scaled_int", 1700000000, pa.int64(), False),  # epoch seconds
    ("coordinate_scaled_int", 39.904211, None, False),        # floats are not scaled integers
    ("coordinate_text", "POINT(116.397128 39.904211)", None, True),
    ("coordinate_text", "SRID=4326;LINESTRING Z (121.47 31.23 4.5, 121.48 31.24 4.6)", None, True),
    ("coordinate_text", '{"type":"Point","coordinates":[113.2644,23.1291]}', None, True),
    ("coordinate_text", "39.904211,116.397128", None, True),
    ("coordinate_text", "116.397128, 39.904211", None, True),
    ("coordinate_text", "POINT(-122.4194 37.7749)", None, False),
    ("coordinate_text", "POINT(39.904211 116.397128)", None, False),  # WKT is lon lat
    ("coordinate_text", "30,120", None, False),
    ("coordinate_text", "1.2.3", None, False),
    ("nmea", "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47", None, True),
    ("nmea", "$GNRMC,083559.00,A,3954.2526,N,11623.8278,E,0.004,77.52,091202,,,A*57", None, True),
    ("nmea", "GPGGA,123519", None, False),
    ("nmea", "$PUBX,00,081350.00", None, False),
    ("geohash", "wx4g0bm6", None, True),
    ("geohash", "wtw3sj", None, True),
    ("geohash", "9q8yyk8y", None, False),   # San Francisco
    ("geohash", "street", None, False),
    ("geohash", "wx4", None, False),
]


@pytest.mark.parametrize("name, value, arrow_type, expected", CASES)
def test_location_values(name: str, value: object, arrow_type: pa.DataType | None, expected: bool) -> None:
    assert passes(name, value, arrow_type) is expected


def test_years_and_versions_are_no_coordinates() -> None:
    years = [float(y) for y in range(1990, 2030)]
    versions = ["1.2.3", "2.10.1", "10.0.1", "3.14"]
    for name in ("latitude_cn", "longitude_cn", "coordinate_high_precision"):
        assert ratio(name, years) == 0.0, name
        assert ratio(name, versions) == 0.0, name


def test_float32_coordinates_keep_their_decimals() -> None:
    assert ratio("latitude_cn", [39.904211, 31.230416], pa.float32()) == 1.0
