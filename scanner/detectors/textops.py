"""Vectorised building blocks shared by the detectors: normalised text, length-then-regex filters, numbers."""
from __future__ import annotations

import threading

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import as_text, type_family


_texts = threading.local()  # the last array's trimmed text, per thread: most detectors of a column start here


def texts(values: pa.Array) -> pa.Array:
    """String or integer values as trimmed strings.

    View types are cast to plain ones first because many string kernels (regex, length) have no view kernels.
    """
    cached = getattr(_texts, "entry", None)
    if cached is not None and cached[0] is values:
        return cached[1]
    source = values
    if pa.types.is_string_view(values.type):
        values = values.cast(pa.large_string())
    result = as_text(values)
    _texts.entry = (source, result)  # holding `source` keeps its id from being reused
    return result


def as_bytes(values: pa.Array) -> pa.Array:
    """String or binary values as a binary array (zero-copy for strings), for magic-byte and marker checks.

    Binary never goes through a string cast: invalid UTF-8 would then reach kernels that assume valid text.
    """
    kind = values.type
    if pa.types.is_string_view(kind) or pa.types.is_binary_view(kind):
        values = values.cast(pa.large_binary())
    elif pa.types.is_fixed_size_binary(kind):
        values = values.cast(pa.binary())
    if pa.types.is_large_string(values.type):
        return values.cast(pa.large_binary())
    if pa.types.is_string(values.type):
        return values.cast(pa.binary())
    return values


def byte_length_between(values: pa.Array, low: int, high: int) -> pa.Array:
    # Compared in numpy: three Arrow calls with Python scalars cost ~20x more than the comparison on 100 values.
    # A null length compares as NaN, False, and pc.filter drops a false row as it dropped a null one.
    length = pc.binary_length(values).to_numpy(zero_copy_only=False)
    return pa.array((length >= low) & (length <= high), pa.bool_())


def keep(values: pa.Array, mask: pa.Array) -> pa.Array:
    return pc.filter(values, mask)


def matching(values: pa.Array, pattern: str, low: int = 1, high: int = 4096) -> pa.Array:
    """The values whose byte length lies in [low, high] and that match the RE2 pattern.

    The length filter runs first: it is O(1) per value and spares the regex engine long free text.
    """
    in_range = byte_length_between(values, low, high)
    shaped = values if in_range.true_count == len(values) else keep(values, in_range)
    if len(shaped) == 0:
        return shaped
    return keep(shaped, pc.match_substring_regex(shaped, pattern))


def count_matching(values: pa.Array, pattern: str, low: int = 1, high: int = 4096) -> int:
    return len(matching(texts(values), pattern, low, high))


def without(values: pa.Array, pattern: str) -> pa.Array:
    """Values that do not match pattern (used to drop look-alikes after a positive match)."""
    if len(values) == 0:
        return values
    return keep(values, pc.invert(pc.match_substring_regex(values, pattern)))


def strip_separators(values: pa.Array, pattern: str = r"[\s\-()·.]") -> pa.Array:
    return pc.replace_substring_regex(values, pattern, "")


# A plain decimal number as text: optional sign, digits, optional fraction. No exponents, no thousands separators.
DECIMAL_TEXT = r"^[+-]?\d{1,15}(?:\.\d{1,20})?$"


def decimal_numbers(values: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Float, decimal and numeric-string values as (float64 value, count of significant decimals).

    Decimals are counted on the text form with trailing zeros dropped, so a DECIMAL(10,6) holding 40.500000
    counts one decimal, like the float 40.5: precision is what the value carries, not what the column declares.
    """
    family = type_family(values.type)
    if family == "string":
        text = matching(texts(values), DECIMAL_TEXT, 1, 40)
        numbers = pc.cast(text, pa.float64())
    elif family == "float":
        numbers = pc.cast(values, pa.float64())
        text = pc.cast(values, pa.string())
    else:
        empty = pa.array([], pa.float64())
        return empty, pa.array([], pa.int32())
    decimals = pc.utf8_length(pc.replace_substring_regex(text, r"^[^.]*\.?|0+$", ""))
    return numbers, decimals


def between(numbers: pa.Array, low: float, high: float) -> pa.Array:
    if pa.types.is_uint64(numbers.type):
        # Compared with a Python int, uint64 is promoted to int64 and its top half overflows; as floats the
        # rounding beyond 2^53 cannot move a value across bounds this small.
        numbers = pc.cast(numbers, pa.float64(), safe=False)
    return pc.and_(pc.greater_equal(numbers, low), pc.less_equal(numbers, high))

