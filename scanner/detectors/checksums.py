"""Check-digit rules computed on whole arrays at once.

Why not call the libraries per value: on a 100-value sample stdnum.luhn.is_valid costs ~12 µs a value,
stdnum.cn.uscc ~15 µs and vininfo.Vin() ~20 µs (it resolves the brand), i.e. 1-2 ms per column, which is over
the detector budget. The rules below are the same ones (stdnum / vininfo / GB 11643 / GB 32100 / ISO 3779) applied
to an (n, width) byte matrix; tests/detectors/test_checksums.py checks them value by value against those libraries.
Every function takes a string array and the positions of the values to check (all when None), which must all have
exactly `width` ASCII characters (Luhn: at most 20), and returns one bool per checked value.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa


def char_matrix(values: pa.Array, width: int, rows: np.ndarray | None = None, pad: int | None = None) -> np.ndarray:
    """The values at `rows` (all when None) as an (n, width) uint8 matrix gathered from the Arrow data buffer.

    Every selected value has exactly `width` bytes, or, given a `pad` byte, at most `width` bytes, right-aligned
    after padding. No Arrow call: the candidates of a detector are picked out of the whole array in numpy."""
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        values = values.cast(pa.large_string())
    _, offsets_buffer, data_buffer = values.buffers()
    dtype = np.int64 if pa.types.is_large_string(values.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=dtype, count=len(values) + 1,
                            offset=values.offset * np.dtype(dtype).itemsize).astype(np.int64)
    if rows is None:
        rows = np.arange(len(values))
    if len(rows) == 0 or data_buffer is None:
        return np.full((len(rows), width), pad if pad is not None else 0, dtype=np.uint8)
    data = np.frombuffer(data_buffer, dtype=np.uint8)
    ends = offsets[1:][rows]
    # Column j of a value ending at `end` is the byte at end - width + j; columns before its start are padding.
    index = ends[:, None] - width + np.arange(width)[None, :]
    if pad is None:
        return data[index]
    inside = index >= offsets[:-1][rows][:, None]
    return np.where(inside, data[np.maximum(index, 0)], np.uint8(pad)).astype(np.uint8)


def _table(mapping: dict[str, int]) -> np.ndarray:
    table = np.full(256, -1, dtype=np.int64)
    for char, value in mapping.items():
        table[ord(char)] = value
    return table


_DIGITS = _table({str(d): d for d in range(10)})
_LUHN_DOUBLED = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9], dtype=np.int64)
_LUHN_WIDTH = 20


def luhn_valid(values: pa.Array, rows: np.ndarray | None = None) -> np.ndarray:
    """Luhn (ISO/IEC 7812) on digit strings of up to 20 characters; left zero padding keeps the sum unchanged."""
    digits = _DIGITS[char_matrix(values, _LUHN_WIDTH, rows, pad=ord("0"))]
    total = digits[:, -1::-2].sum(axis=1) + _LUHN_DOUBLED[digits[:, -2::-2]].sum(axis=1)
    return total % 10 == 0


# ISO 3779 transliteration and position weights (the SAE J853 / GB 16735 check digit at position 9).
_VIN_VALUES = _table({**{str(d): d for d in range(10)},
                      **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
                      **dict(zip("STUVWXYZ", range(2, 10)))})
_VIN_WEIGHTS = np.array([8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2], dtype=np.int64)
_MOD11_CHARS = np.frombuffer(b"0123456789X", dtype=np.uint8)


def vin_check_digit_ok(values: pa.Array, rows: np.ndarray | None = None) -> np.ndarray:
    """Upper-case 17-character VINs (charset already checked) whose position-9 digit matches the weighted sum."""
    chars = char_matrix(values, 17, rows)
    total = (_VIN_VALUES[chars] * _VIN_WEIGHTS).sum(axis=1)
    return chars[:, 8] == _MOD11_CHARS[total % 11]


# GB 11643 / ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11.
_RIC_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
_RIC_CHECK = np.frombuffer(b"10X98765432", dtype=np.uint8)


def resident_id_check_ok(values: pa.Array, rows: np.ndarray | None = None) -> np.ndarray:
    """18-character resident IDs (17 digits + digit or upper-case X) whose last character is the MOD 11-2 check."""
    chars = char_matrix(values, 18, rows)
    total = (_DIGITS[chars[:, :17]] * _RIC_WEIGHTS).sum(axis=1)
    return chars[:, 17] == _RIC_CHECK[total % 11]


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = _table({c: i for i, c in enumerate(_USCC_ALPHABET)})
_USCC_WEIGHTS = np.array([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28], dtype=np.int64)
_USCC_CHARS = np.frombuffer(_USCC_ALPHABET.encode(), dtype=np.uint8)


def uscc_check_ok(values: pa.Array, rows: np.ndarray | None = None) -> np.ndarray:
    """18-character unified social credit codes (GB 32100 charset already checked) with a valid mod-31 check."""
    chars = char_matrix(values, 18, rows)
    total = (_USCC_VALUES[chars[:, :17]] * _USCC_WEIGHTS).sum(axis=1)
    return chars[:, 17] == _USCC_CHARS[(31 - total % 31) % 31]

