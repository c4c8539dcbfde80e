"""Shared test helpers: run a registered detector on a Python list."""
from __future__ import annotations

import pyarrow as pa

from scanner.detectors import run_detector


def passes(name: str, value: object, arrow_type: pa.DataType | None = None) -> bool:
    """Whether the single value passes detector `name`."""
    result = run_detector(name, pa.array([value], arrow_type))
    return result.checked == 1 and result.passed == 1


def ratio(name: str, values: list, arrow_type: pa.DataType | None = None) -> float:
    return run_detector(name, pa.array(values, arrow_type)).ratio
