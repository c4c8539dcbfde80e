"""Shape detectors that rules use mostly as negative evidence: keys, flags, times, years, small codes."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import count_true, detector, type_family
from scanner.detectors.identity import PROVINCE
from scanner.detectors.textops import between, count_matching, keep, matching, texts


@detector("uuid", "UUID text, 8-4-4-4-12 hex digits (optionally in braces)")
def uuid(values: pa.Array) -> int:
    h = "[0-9A-Fa-f]"
    return count_matching(values, rf"^\{{?{h}{{8}}-{h}{{4}}-{h}{{4}}-{h}{{4}}-{h}{{12}}\}}?$", 36, 38)


# t/f are left out: as single letters they are as often gender F as false.
BOOLEAN_WORDS = pa.array(["0", "1", "y", "n", "yes", "no", "true", "false", "是", "否", "on", "off"])


@detector("boolean_like", "0/1, Y/N, yes/no, true/false, 是/否 flags (strings, integers, booleans)",
          families=("string", "integer", "boolean"))
def boolean_like(values: pa.Array) -> int:
    family = type_family(values.type)
    if family == "boolean":
        return len(values)
    if family == "integer":
        return count_true(pc.is_in(values, value_set=pa.array([0, 1], values.type)))
    text = texts(values)
    text = keep(text, pc.less_equal(pc.binary_length(text), 5))
    return count_true(pc.is_in(pc.utf8_lower(text), value_set=BOOLEAN_WORDS))


# Epoch seconds 2000-01-01 .. 2040-01-01, and the same in milliseconds.
EPOCH_LOW, EPOCH_HIGH = 946_684_800, 2_208_988_800
ISO_DATE = r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
CN_DATE = r"(?:19|20)\d{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日"
COMPACT_DATE = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
DATE_TEXT = rf"^(?:(?:{ISO_DATE}|{CN_DATE}){TIME}|{COMPACT_DATE}(?:[0-2]\d[0-5]\d[0-5]\d)?)$"


def _epoch_mask(numbers: pa.Array) -> pa.Array:
    return pc.or_(between(numbers, EPOCH_LOW, EPOCH_HIGH), between(numbers, EPOCH_LOW * 1000, EPOCH_HIGH * 1000))


@detector("timestamp_like", "dates and datetimes: ISO/Chinese/compact date text, epoch seconds or millis in 2000-2040",
          families=("string", "integer", "float", "temporal"))
def timestamp_like(values: pa.Array) -> int:
    family = type_family(values.type)
    if family == "temporal":
        return len(values)
    if family in ("integer", "float"):
        # An unsafe cast: integers beyond 2^53 lose digits but stay far outside the epoch window either way.
        return count_true(_epoch_mask(pc.cast(values, pa.float64(), safe=False)))
    text = texts(values)
    dated = len(matching(text, DATE_TEXT, 8, 40))
    epochs = matching(text, r"^\d{10}(?:\d{3})?(?:\.\d{1,6})?$", 10, 20)
    return dated + (count_true(_epoch_mask(pc.cast(epochs, pa.float64()))) if len(epochs) else 0)


@detector("year", "calendar years 1900-2100 (integers or 4-digit strings)", families=("string", "integer"))
def year(values: pa.Array) -> int:
    if type_family(values.type) == "integer":
        return count_true(between(values, 1900, 2100))
    return count_matching(values, r"^(?:19\d\d|20\d\d|2100)$", 4, 4)


@detector("small_int_code", "integers 0-99 (enumeration codes, counts, levels)", families=("integer",))
def small_int_code(values: pa.Array) -> int:
    return count_true(between(values, 0, 99))


@detector("sequential_id", "non-negative integers that increase from one sampled row to the next (surrogate keys)",
          families=("integer",), elementwise=False)
def sequential_id(values: pa.Array) -> int:
    # Samples keep storage order, and surrogate keys grow with it; each value that is larger than the one before
    # counts, and the first value counts when the second is larger. Keys are unique: one repeat (as in flags,
    # codes and measurements) rules the column out.
    if len(values) < 2 or pc.count_distinct(values).as_py() < len(values):
        return 0
    rising = pc.greater(values.slice(1), values.slice(0, len(values) - 1))
    rising = pc.and_(rising, pc.greater_equal(values.slice(1), 0))
    passed = count_true(rising)
    return passed + (1 if rising[0].as_py() else 0)


@detector("cn_admin_code", "6-digit GB/T 2260 administrative division codes with a valid province prefix",
          families=("string", "integer"))
def cn_admin_code(values: pa.Array) -> int:
    # Digits 3-4 (prefecture) run 01-70 or 90 (directly administered counties); digits 5-6 (county) 00-99.
    return count_matching(values, rf"^{PROVINCE}(?:[0-6]\d|70|90)\d{{2}}$", 6, 6)
