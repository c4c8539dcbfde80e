from __future__ import annotations

import pyarrow as pa
import pytest

from tests.detectors.helpers import passes, ratio

CASES = [
    ("uuid", "123e4567-e89b-12d3-a456-426614174000", None, True), ("uuid", "{123e4567-e89b-12d3-a456-426614174000}", None, True),
    ("uuid", "123e4567e89b12d3a456426614174000", None, False),
    ("boolean_like", "是", None, True), ("boolean_like", "Y", None, True), ("boolean_like", "false", None, True),
    ("boolean_like", 1, pa.int8(), True), ("boolean_like", True, None, True), ("boolean_like", 2, pa.int64(), False),
    ("boolean_like", "maybe", None, False), ("boolean_like", "F", None, False),
    ("timestamp_like", "2024-01-05", None, True), ("timestamp_like", "2024-01-05T08:30:00+08:00", None, True),
    ("timestamp_like", "2024年01月05日", None, True), ("timestamp_like", "20240105083000", None, True),
    ("timestamp_like", 1704412800, pa.int64(), True), ("timestamp_like", 1704412800123, pa.int64(), True),
    ("timestamp_like", "1704412800123", None, True), ("timestamp_like", 12345, pa.int64(), False),
    ("timestamp_like", "13912638017", None, False), ("timestamp_like", "2024-13-05", None, False),
    ("year", 1999, pa.int64(), True), ("year", "2024", None, True), ("year", 1800, pa.int64(), False),
    ("year", "20245", None, False),
    ("small_int_code", 0, pa.int64(), True), ("small_int_code", 99, pa.int16(), True),
    ("small_int_code", 100, pa.int64(), False), ("small_int_code", -1, pa.int64(), False),
    ("cn_admin_code", "110105", None, True), ("cn_admin_code", 440305, pa.int64(), True),
    ("cn_admin_code", "990105", None, False), ("cn_admin_code", "1101050", None, False),
]


@pytest.mark.parametrize("name, value, arrow_type, expected", CASES)
def test_shape_values(name: str, value: object, arrow_type: pa.DataType | None, expected: bool) -> None:
    assert passes(name, value, arrow_type) is expected


@pytest.mark.parametrize("values, expected", [
    (list(range(1, 101)), 1.0),
    (list(range(1000, 100000, 997)), 1.0),
    ([5, 3, 9, 1, 7, 2, 8, 4, 6, 0], 0.4),
    ([1, 2, 3, 3, 4, 5], 0.0),
    ([7] * 10, 0.0),
    ([13912638017, 13512345678, 18812345678, 13012345678], 0.25),
])
def test_sequential_id(values: list[int], expected: float) -> None:
    assert ratio("sequential_id", values, pa.int64()) == pytest.approx(expected)


def test_flags_pass_only_boolean_like() -> None:
    from scanner.detectors import DETECTORS
    flags = pa.array([0, 1, 1, 0, 1] * 20, pa.int64())
    passing = {name for name, d in DETECTORS.items() if d.run(flags).ratio > 0.05}
    assert passing == {"boolean_like", "small_int_code"}, passing
    texts = pa.array(["0", "1", "1", "0", "Y", "N"] * 10)
    assert {name for name, d in DETECTORS.items() if d.run(texts).ratio > 0.05} == {"boolean_like"}
