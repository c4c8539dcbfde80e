"""Shape detectors that rules use mostly as negative evidence: keys, flags, times, years, small codes."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import Mask, detector, type_family
from scanner.detectors.identity import PROVINCE
from scanner.detectors.textops import (DIGIT, HEX, LETTER, NON_ASCII, SPACE, UPPER, as_float64, between, has,
                                       length_between, matches, on_rows, only, punct, text_classes, text_matches,
                                       texts)


@detector("uuid", "UUID text, 8-4-4-4-12 hex digits (optionally in braces)")
def uuid(values: pa.Array) -> Mask:
    h = "[0-9A-Fa-f]"
    return text_matches(values, rf"^\{{?{h}{{8}}-{h}{{4}}-{h}{{4}}-{h}{{4}}-{h}{{12}}\}}?$", 36, 38,
                        only(text_classes(values), HEX | punct("-{}")))


# t/f are left out: as single letters they are as often gender F as false.
BOOLEAN_WORDS = pa.array(["0", "1", "y", "n", "yes", "no", "true", "false", "是", "否", "on", "off"])


@detector("boolean_like", "0/1, Y/N, yes/no, true/false, 是/否 flags (strings, integers, booleans)",
          families=("string", "integer", "boolean"))
def boolean_like(values: pa.Array) -> Mask:
    family = type_family(values.type)
    if family == "boolean":
        return np.ones(len(values), dtype=bool)
    if family == "integer":
        return np.isin(values.to_numpy(zero_copy_only=False), (0, 1))
    text = texts(values)
    # Lower-casing keeps digits as they are and punctuation out of every flag word.
    candidates = length_between(text, 1, 5) & only(text_classes(values), DIGIT | LETTER | NON_ASCII)
    return on_rows(text, candidates, lambda v: pc.is_in(pc.utf8_lower(v), value_set=BOOLEAN_WORDS))


# Epoch seconds 2000-01-01 .. 2040-01-01, and the same in milliseconds.
EPOCH_LOW, EPOCH_HIGH = 946_684_800, 2_208_988_800
ISO_DATE = r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
CN_DATE = r"(?:19|20)\d{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日"
COMPACT_DATE = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
DATE_TEXT = rf"^(?:(?:{ISO_DATE}|{CN_DATE}){TIME}|{COMPACT_DATE}(?:[0-2]\d[0-5]\d[0-5]\d)?)$"


def _epoch_mask(numbers: np.ndarray) -> Mask:
    return between(numbers, EPOCH_LOW, EPOCH_HIGH) | between(numbers, EPOCH_LOW * 1000, EPOCH_HIGH * 1000)


@detector("timestamp_like", "dates and datetimes: ISO/Chinese/compact date text, epoch seconds or millis in 2000-2040",
          families=("string", "integer", "float", "temporal"))
def timestamp_like(values: pa.Array) -> Mask:
    family = type_family(values.type)
    if family == "temporal":
        return np.ones(len(values), dtype=bool)
    if family in ("integer", "float"):
        # As floats: integers beyond 2^53 lose digits but stay far outside the epoch window either way.
        return _epoch_mask(as_float64(values))
    text, classes = texts(values), text_classes(values)
    # Date texts hold digits, the separators - / . : , + and space, T and Z, and 年月日 (non-ASCII).
    dated = matches(text, DATE_TEXT, 8, 40, has(classes, DIGIT)
                    & only(classes, DIGIT | SPACE | UPPER | NON_ASCII | punct("-/.:,+")))
    # A date text is never an epoch number (a compact date has 8 or 14 digits, an epoch 10 or 13), so the two
    # masks never overlap and their union counts what their sum counted.
    epochs = matches(text, r"^\d{10}(?:\d{3})?(?:\.\d{1,6})?$", 10, 20, only(classes, DIGIT | punct(".")))
    picked = np.flatnonzero(epochs)
    if len(picked):
        epochs[picked] = _epoch_mask(pc.cast(text.take(pa.array(picked)), pa.float64()).to_numpy(zero_copy_only=False))
    return dated | epochs


@detector("year", "calendar years 1900-2100 (integers or 4-digit strings)", families=("string", "integer"))
def year(values: pa.Array) -> Mask:
    if type_family(values.type) == "integer":
        return between(values, 1900, 2100)
    return text_matches(values, r"^(?:19\d\d|20\d\d|2100)$", 4, 4, only(text_classes(values), DIGIT))


@detector("small_int_code", "integers 0-99 (enumeration codes, counts, levels)", families=("integer",))
def small_int_code(values: pa.Array) -> Mask:
    return between(values, 0, 99)


@detector("sequential_id", "non-negative integers that increase from one sampled row to the next (surrogate keys)",
          families=("integer",), elementwise=False)
def sequential_id(values: pa.Array) -> Mask:
    # Samples keep storage order, and surrogate keys grow with it; each value that is larger than the one before
    # passes, and the first value passes when the second does. Keys are unique: one repeat (as in flags, codes and
    # measurements) rules the column out. Not elementwise: a value's verdict depends on its neighbours, so the
    # batch runs this detector column by column.
    numbers = values.to_numpy(zero_copy_only=False)
    mask = np.zeros(len(numbers), dtype=bool)
    if len(numbers) < 2 or len(np.unique(numbers)) < len(numbers):
        return mask
    mask[1:] = (numbers[1:] > numbers[:-1]) & (numbers[1:] >= 0)
    mask[0] = mask[1]
    return mask


@detector("cn_admin_code", "6-digit GB/T 2260 administrative division codes with a valid province prefix",
          families=("string", "integer"))
def cn_admin_code(values: pa.Array) -> Mask:
    # Digits 3-4 (prefecture) run 01-70 or 90 (directly administered counties); digits 5-6 (county) 00-99.
    return text_matches(values, rf"^{PROVINCE}(?:[0-6]\d|70|90)\d{{2}}$", 6, 6, only(text_classes(values), DIGIT))
