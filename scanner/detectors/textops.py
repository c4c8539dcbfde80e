"""Vectorised building blocks shared by the detectors: cached text forms, length and regex masks, numbers.

Every mask here is a numpy bool array aligned to the array it was computed on (see `base.Mask`). Work that only
some values need (a regex after a length check, a checksum after a shape check) runs on those values alone and is
scattered back, so a mask never changes length.
"""
from __future__ import annotations

import threading
from typing import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import Mask, as_text, type_family

# Derived forms of the last array a detector received (its trimmed text, upper-cased text, numbers, ...), per thread.
# The detectors of a column, or of a batch of columns, all receive the same array one after another, and each form
# costs an Arrow call that would otherwise be paid again by every detector that starts from it.
_derived = threading.local()


def derived(values: pa.Array, form: str, compute: Callable[[pa.Array], object]) -> object:
    """`compute(values)`, computed once per array and form name. Key it on the array a detector received."""
    entry = getattr(_derived, "entry", None)
    if entry is None or entry[0] is not values:
        entry = (values, {})  # holding `values` keeps its id from being reused
        _derived.entry = entry
    forms = entry[1]
    if form not in forms:
        forms[form] = compute(values)
    return forms[form]


def texts(values: pa.Array) -> pa.Array:
    """String or integer values as trimmed strings.

    View types are cast to plain ones first because many string kernels (regex, length) have no view kernels.
    """
    return derived(values, "text", _text)


def _text(values: pa.Array) -> pa.Array:
    if pa.types.is_string_view(values.type):
        values = values.cast(pa.large_string())
    return as_text(values)


def upper_texts(values: pa.Array) -> pa.Array:
    """`texts(values)` upper-cased."""
    return derived(values, "upper", lambda v: pc.utf8_upper(texts(v)))


def as_bytes(values: pa.Array) -> pa.Array:
    """String or binary values as a binary array (zero-copy for strings), for magic-byte and marker checks.

    Binary never goes through a string cast: invalid UTF-8 would then reach kernels that assume valid text.
    """
    return derived(values, "bytes", _bytes)


def _bytes(values: pa.Array) -> pa.Array:
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


def _offsets(values: pa.Array) -> np.ndarray | None:
    """The n + 1 value offsets of a null-free string or binary array, or None for other layouts."""
    kind = values.type
    if values.null_count:
        return None
    if pa.types.is_string(kind) or pa.types.is_binary(kind):
        dtype = np.int32
    elif pa.types.is_large_string(kind) or pa.types.is_large_binary(kind):
        dtype = np.int64
    else:
        return None
    buffer = values.buffers()[1]
    if buffer is None:
        return np.zeros(len(values) + 1, dtype=dtype)
    return np.frombuffer(buffer, dtype=dtype, count=len(values) + 1, offset=values.offset * np.dtype(dtype).itemsize)


_lengths = threading.local()  # the byte lengths of the last few arrays, per thread: text, upper case, bytes


def byte_lengths(values: pa.Array) -> np.ndarray:
    """Each value's length in bytes as float64 (NaN for a null), read from the offsets buffer where there is one.

    On 100 values a kernel call costs ~20x more than the arithmetic, and detectors ask for lengths all the time:
    the last few arrays' lengths are kept (read-only) so each array's are computed once."""
    recent = getattr(_lengths, "recent", None)
    if recent is None:
        recent = _lengths.recent = []
    for array, lengths in recent:
        if array is values:
            return lengths
    offsets = _offsets(values)
    if offsets is not None:
        lengths = np.diff(offsets).astype(np.float64)
    else:
        lengths = pc.binary_length(values).to_numpy(zero_copy_only=False).astype(np.float64)
    lengths.flags.writeable = False
    recent.insert(0, (values, lengths))  # holding `values` keeps its id from being reused
    del recent[4:]
    return lengths


def length_between(values: pa.Array, low: int, high: int) -> Mask:
    length = byte_lengths(values)
    return (length >= low) & (length <= high)


# Byte classes for `byte_classes`: a value's profile has a class's bit when one of its bytes is in the class.
# SPACE is exactly RE2's \s ([\t\n\f\r ]); every byte of a multi-byte UTF-8 character is NON_ASCII.
DIGIT, HEX_LOWER, HEX_UPPER, LOWER, UPPER, SPACE, NON_ASCII, OTHER = (1 << i for i in range(8))
_PUNCTUATION = "-.:/@_+()#%$,;[]{}\"<"  # the ones detectors ask about; any other is OTHER
PUNCT = {char: 1 << (8 + i) for i, char in enumerate(_PUNCTUATION)}
LETTER_LOWER, LETTER_UPPER = HEX_LOWER | LOWER, HEX_UPPER | UPPER
LETTER = LETTER_LOWER | LETTER_UPPER
HEX = DIGIT | HEX_LOWER | HEX_UPPER
ALNUM = DIGIT | LETTER


def punct(chars: str) -> int:
    """The class bits of ASCII punctuation characters."""
    bits = 0
    for char in chars:
        bits |= PUNCT[char]
    return bits


def _class_table() -> np.ndarray:
    table = np.full(256, OTHER, dtype=np.uint32)
    table[0x80:] = NON_ASCII
    for low, high, bit in (("0", "9", DIGIT), ("a", "f", HEX_LOWER), ("g", "z", LOWER), ("A", "F", HEX_UPPER),
                           ("G", "Z", UPPER)):
        table[ord(low):ord(high) + 1] = bit
    table[[ord(c) for c in "\t\n\f\r "]] = SPACE
    for char, bit in PUNCT.items():
        table[ord(char)] = bit
    return table


_CLASS_OF_BYTE = _class_table()


def byte_classes(values: pa.Array) -> np.ndarray:
    """Per value, the OR of its bytes' class bits (uint32): one numpy pass over the data buffer, no Arrow call.

    A detector tests a necessary condition of its pattern here (only digits, has an '@') and runs its regex only on
    the values that meet it, or not at all: the regex call's fixed cost (up to ~0.6 ms to compile the IP pattern)
    is most of what a detector costs on a table that holds nothing it looks for."""
    offsets = _offsets(values)
    if offsets is None:
        values = values.cast(pa.large_binary()).fill_null(b"")
        offsets = _offsets(values)
    starts, ends = offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)
    classes = np.zeros(len(values), dtype=np.uint32)
    filled = ends > starts
    if filled.any():
        base = int(starts[0])
        data = np.frombuffer(values.buffers()[2], dtype=np.uint8, count=int(ends[-1]) - base, offset=base)
        classes[filled] = np.bitwise_or.reduceat(_CLASS_OF_BYTE[data], starts[filled] - base)
    return classes


def text_classes(values: pa.Array) -> np.ndarray:
    """`byte_classes` of `texts(values)`, once per array."""
    return derived(values, "text_classes", _text_classes)


def bytes_classes(values: pa.Array) -> np.ndarray:
    """`byte_classes` of `as_bytes(values)`, once per array."""
    return derived(values, "bytes_classes", lambda v: _read_only(byte_classes(as_bytes(v))))


def upper_classes(values: pa.Array) -> np.ndarray:
    """`byte_classes` of `upper_texts(values)`, once per array."""
    return derived(values, "upper_classes", _upper_classes)


# Byte classes cost a table look-up per byte, and a batch asks for those of the raw, trimmed and upper-cased text of
# the same strings. Most values are their own trimmed text, and ASCII upper-cases by moving two bits, so the other
# forms are derived from the raw bytes' classes and computed afresh only for the values where they may differ.


def _plain_strings(values: pa.Array) -> bool:
    return (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)) and not values.null_count


def _text_classes(values: pa.Array) -> np.ndarray:
    if not _plain_strings(values):
        return _read_only(byte_classes(texts(values)))
    classes = bytes_classes(values)
    trimmable = ~_untrimmable(values)
    if not trimmable.any():
        return classes
    classes = classes.copy()
    classes[trimmable] = byte_classes(texts(values).filter(pa.array(trimmable)))
    return _read_only(classes)


def _untrimmable(values: pa.Array) -> Mask:
    """Values that trimming leaves as they are: empty, or first and last byte printable ASCII other than space (an
    ASCII byte is a whole character in UTF-8, and no whitespace character is printable)."""
    offsets = _offsets(values)
    starts, ends = offsets[:-1], offsets[1:]
    filled = ends > starts
    kept = np.ones(len(values), dtype=bool)
    if filled.any():
        data = np.frombuffer(values.buffers()[2], dtype=np.uint8)
        first, last = data[starts[filled]], data[ends[filled] - 1]
        kept[filled] = (first >= 0x21) & (first <= 0x7E) & (last >= 0x21) & (last <= 0x7E)
    return kept


def _upper_classes(values: pa.Array) -> np.ndarray:
    if not _plain_strings(values):
        return _read_only(byte_classes(upper_texts(values)))
    classes = text_classes(values)
    # ASCII text upper-cases a-z to A-Z and leaves every other byte: a-f become A-F, g-z become G-Z.
    upper = (classes & np.uint32(~(HEX_LOWER | LOWER) & 0xFFFF_FFFF)) \
        | np.where((classes & np.uint32(HEX_LOWER)) != 0, np.uint32(HEX_UPPER), np.uint32(0)) \
        | np.where((classes & np.uint32(LOWER)) != 0, np.uint32(UPPER), np.uint32(0))
    beyond_ascii = (classes & np.uint32(NON_ASCII)) != 0
    if beyond_ascii.any():
        upper[beyond_ascii] = byte_classes(pc.utf8_upper(texts(values).filter(pa.array(beyond_ascii))))
    return _read_only(upper)


def _read_only(classes: np.ndarray) -> np.ndarray:
    """Derived forms are shared by every detector of an array (and one form may be another's very array)."""
    classes.flags.writeable = False
    return classes


def only(classes: np.ndarray, allowed: int) -> Mask:
    """Values all of whose bytes are in the `allowed` classes."""
    return (classes & np.uint32(~allowed & 0xFFFF_FFFF)) == 0


def has(classes: np.ndarray, wanted: int) -> Mask:
    """Values with a byte in one of the `wanted` classes."""
    return (classes & np.uint32(wanted)) != 0


def as_mask(flags: pa.Array) -> Mask:
    """An Arrow boolean result as a mask; a null (no match possible) is False."""
    if flags.null_count:
        flags = flags.fill_null(False)
    return flags.to_numpy(zero_copy_only=False)


def on_rows(values: pa.Array, rows: Mask | None, kernel: Callable[[pa.Array], pa.Array | Mask]) -> Mask:
    """`kernel`'s boolean result (Arrow or a mask), computed only for the values where `rows` is True (all when
    None) and False elsewhere.

    The kernel sees the selected values alone: a regex then never reads free text that a length check excluded."""
    if rows is None:
        rows = np.ones(len(values), dtype=bool)
    picked = int(np.count_nonzero(rows))
    if picked == 0:
        return np.zeros(len(values), dtype=bool)
    if picked == len(values):
        return _as_mask(kernel(values))
    mask = np.zeros(len(values), dtype=bool)
    mask[rows] = _as_mask(kernel(values.filter(pa.array(rows))))
    return mask


def _as_mask(result: pa.Array | Mask) -> Mask:
    return result if isinstance(result, np.ndarray) else as_mask(result)


def regex_mask(values: pa.Array, pattern: str, rows: Mask | None = None) -> Mask:
    """Values (among `rows`) that match the RE2 pattern."""
    return on_rows(values, rows, lambda v: pc.match_substring_regex(v, pattern))


def matches(values: pa.Array, pattern: str, low: int = 1, high: int = 4096, where: Mask | None = None) -> Mask:
    """Values (among `where`) whose byte length lies in [low, high] and that match the RE2 pattern.

    The length check comes first: it costs no Arrow call and spares the regex engine long free text. `where` is a
    necessary condition of the pattern computed without Arrow (see `byte_classes`): it never changes the result,
    only how many values, often none, the regex has to read.
    """
    rows = length_between(values, low, high)
    if where is not None:
        rows &= where
    return regex_mask(values, pattern, rows)


def text_matches(values: pa.Array, pattern: str, low: int = 1, high: int = 4096, where: Mask | None = None) -> Mask:
    """`matches` on the trimmed text of the values."""
    return matches(texts(values), pattern, low, high, where)


def strip_separators(values: pa.Array, pattern: str) -> pa.Array:
    return pc.replace_substring_regex(values, pattern, "")


def stripped_matches(text: pa.Array, classes: np.ndarray, separators: str, separator_classes: int, pattern: str,
                     low: int, high: int, where: Mask) -> Mask:
    """`matches(strip_separators(text, separators), pattern, low, high)`, for the values at `where` (False elsewhere).

    `where` must hold for every value whose stripped form matches, e.g. "only digits and separators, at least `low`
    bytes". The stripping runs only on those values, and not at all when none of them holds a separator byte
    (`separator_classes`, a superset of what `separators` removes)."""
    stripping = bool(has(classes[where], separator_classes).any())
    return on_rows(text, where, lambda v: matches(strip_separators(v, separators) if stripping else v,
                                                  pattern, low, high))


# A plain decimal number as text: optional sign, digits, optional fraction. No exponents, no thousands separators.
DECIMAL_TEXT = r"^[+-]?\d{1,15}(?:\.\d{1,20})?$"


def decimal_numbers(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Float, decimal and numeric-string values as (float64 value, count of significant decimals), aligned to
    `values`; a string that is not a plain decimal number is NaN with 0 decimals.

    Decimals are counted on the text form with trailing zeros dropped, so a DECIMAL(10,6) holding 40.500000
    counts one decimal, like the float 40.5: precision is what the value carries, not what the column declares.
    """
    return derived(values, "decimal_numbers", _decimal_numbers)


def _decimal_numbers(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    family = type_family(values.type)
    numbers = np.full(len(values), np.nan)
    decimals = np.zeros(len(values), dtype=np.int64)
    if family == "string":
        text = texts(values)
        classes = text_classes(values)
        shaped = matches(text, DECIMAL_TEXT, 1, 40, only(classes, DIGIT | punct("+-.")) & has(classes, DIGIT))
        if shaped.any():
            picked = text.filter(pa.array(shaped))
            numbers[shaped] = pc.cast(picked, pa.float64()).to_numpy(zero_copy_only=False)
            decimals[shaped] = _significant_decimals(picked)
    elif family == "float":
        numbers = as_float64(values)
        decimals = _significant_decimals(pc.cast(values, pa.string()))
    return numbers, decimals


def _significant_decimals(text: pa.Array) -> np.ndarray:
    """For ASCII number texts: the characters after the first '.' once trailing zeros are dropped (0 without a '.').

    The same as utf8_length(replace_substring_regex(text, r"^[^.]*\\.?|0+$", "")), computed on the data buffer."""
    offsets = _offsets(text)
    if offsets is None:
        text = text.cast(pa.large_string())
        offsets = _offsets(text)
    starts, ends = offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)
    base = int(starts[0]) if len(starts) else 0
    size = int(ends[-1]) - base if len(ends) else 0
    data = np.frombuffer(text.buffers()[2], dtype=np.uint8, count=size, offset=base) if size else np.zeros(0, np.uint8)
    starts, ends = starts - base, ends - base
    positions = np.arange(size, dtype=np.int64)
    # First '.' and last byte that is not '0' per value, as running extremes over a position array (a sentinel
    # at the end keeps reduceat's indices in range; empty values are masked out below).
    dots = np.append(np.where(data == ord("."), positions, size), size)
    kept = np.append(np.where(data != ord("0"), positions, -1), -1)
    nonempty = ends > starts
    first_dot = np.full(len(starts), size, dtype=np.int64)
    last_kept = np.full(len(starts), -1, dtype=np.int64)
    if nonempty.any():
        first_dot[nonempty] = np.minimum.reduceat(dots, starts[nonempty])[:]
        last_kept[nonempty] = np.maximum.reduceat(kept, starts[nonempty])[:]
    has_dot = first_dot < ends
    return np.where(has_dot, last_kept - first_dot, 0)


def as_float64(values: pa.Array) -> np.ndarray:
    """Integer, float or decimal values as float64, like an unsafe Arrow cast (beyond 2^53 integers round)."""
    kind = values.type
    if not values.null_count and (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
        return values.to_numpy(zero_copy_only=False).astype(np.float64)
    return pc.cast(values, pa.float64(), safe=False).to_numpy(zero_copy_only=False).astype(np.float64)


def between(numbers: pa.Array | np.ndarray, low: float, high: float) -> Mask:
    """Numbers in [low, high]; NaN is outside."""
    if isinstance(numbers, pa.Array):
        kind = numbers.type
        # Integers compare exactly as int64, except uint64, whose top half would wrap: as floats, the rounding
        # beyond 2^53 cannot move a value across bounds this small.
        if pa.types.is_integer(kind) and not pa.types.is_uint64(kind) and not numbers.null_count:
            numbers = numbers.to_numpy(zero_copy_only=False).astype(np.int64)
        else:
            numbers = as_float64(numbers)
    return (numbers >= low) & (numbers <= high)
