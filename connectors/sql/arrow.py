"""Rows from a DBAPI cursor to a pyarrow.Table, one column at a time, defensively.

Drivers return whatever the engine holds: Decimals of mixed scale, NaN decimals, unsigned 64-bit integers,
zero dates as strings, memoryviews, mixed text/blob in one SQLite column. A column Arrow cannot type becomes
strings, and a column that cannot even be stringified becomes nulls; the sample goes on either way."""
from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.compute as pc

log = logging.getLogger(__name__)

_CONVERSION_ERRORS = (pa.ArrowException, TypeError, ValueError, OverflowError)


def bound_cell(value: Any, max_bytes: int) -> Any:
    """Text and binary cut to `max_bytes` (text at a character boundary); binary stays bytes."""
    if isinstance(value, str):
        encoded = value.encode("utf-8", "surrogatepass")
        return value if len(encoded) <= max_bytes else encoded[:max_bytes].decode("utf-8", "ignore")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value[:max_bytes])
    return value


def _as_text(value: Any, max_bytes: int) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return bound_cell(str(value), max_bytes)


def column_array(values: Sequence[Any], max_bytes: int, label: str = "") -> pa.Array:
    """An Arrow array for one column: its natural type, else strings, else nulls; cells over `max_bytes` cut."""
    try:
        # Most columns convert in one call with no Python work per value; only a column holding a cell over
        # max_bytes (SQL cuts characters, not bytes; generic dialects do not cut) takes the per-value path.
        array = _natural_array(values)
    except _CONVERSION_ERRORS:
        return _converted(values, max_bytes, label)
    return _converted(values, max_bytes, label) if _has_long_cells(array, max_bytes) else array


def _natural_array(values: Sequence[Any]) -> pa.Array:
    """`pa.array(values)`, but Decimals get their type up front: Arrow infers a decimal type value by value at
    some 15 µs each, twenty times the cost of converting to a given one. The scale is the largest the values
    carry; the precision, the widest Arrow allows (detectors read digits, never the declared precision)."""
    first = next((v for v in values if v is not None), None)
    if isinstance(first, Decimal):
        try:
            scale = max(0, max(-v.as_tuple().exponent for v in values if v is not None))
            return pa.array(values, pa.decimal128(38, scale))
        except (*_CONVERSION_ERRORS, AttributeError):
            pass  # NaN, a scale over 38, digits beyond 38, a non-Decimal among them: Arrow's own inference decides
    return pa.array(values)


def _has_long_cells(array: pa.Array, max_bytes: int) -> bool:
    kind = array.type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_binary(kind)
            or pa.types.is_large_binary(kind)):
        return False
    data = array.buffers()[2]
    if data is None or data.size <= max_bytes:
        return False  # all the cells together fit: no single one can be too long
    longest = pc.max(pc.binary_length(array)).as_py()
    return longest is not None and longest > max_bytes


def _converted(values: Sequence[Any], max_bytes: int, label: str) -> pa.Array:
    bounded = [bound_cell(v, max_bytes) for v in values]
    try:
        return pa.array(bounded)
    except _CONVERSION_ERRORS as exc:
        # Type names only: a sampled value must never reach a log line.
        log.debug("column %s: %s; converted to text", label, type(exc).__name__)
    try:
        return pa.array([None if v is None else _as_text(v, max_bytes) for v in bounded], pa.string())
    except _CONVERSION_ERRORS as exc:
        log.debug("column %s: %s; replaced by nulls", label, type(exc).__name__)
        return pa.nulls(len(bounded), pa.string())


def rows_to_table(rows: Sequence[Sequence[Any]], names: Sequence[str], max_bytes: int) -> pa.Table:
    """A table whose column names are exactly `names` (the source's own spelling, duplicates impossible)."""
    columns = list(zip(*rows)) if rows else [() for _ in names]
    arrays = [column_array(values, max_bytes, name) for values, name in zip(columns, names)]
    return pa.Table.from_arrays(arrays, names=list(names))
