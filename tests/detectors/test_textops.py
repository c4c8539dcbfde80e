"""Derived text forms: the shortcuts that derive one form from another give exactly the directly computed form."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from scanner.detectors.media import head_bytes
from scanner.detectors.textops import as_bytes, byte_classes, bytes_classes, text_classes, texts, upper_classes, \
    upper_texts
from tests.detectors.test_robustness import ODD_ARRAYS

TRICKY = ["abc", " ab", "cd ", "\tX", "ab\n", "x\x1f", "\x7fa", " ", "", "é", "Ab\u3000", "\u3000x", "ſtraße", "ı",
          "ǅ", "ﬀ", "ŉ", "ß", "ΐ", "粤B6K2Q1", "VIN LSVAU2180N2123456 ", "0xFF", "a-f g-z A-F G-Z"]
ARRAYS = {
    "tricky": pa.array(TRICKY),
    "tricky large": pa.array(TRICKY, pa.large_string()),
    "tricky slice": pa.array(TRICKY).slice(3, 9),
    "ascii only": pa.array(["abc", "DEF", "g_h-1", "zz"]),
    "with nulls": pa.array(["  hello  ", None, "x"]),
    "empty strings": pa.array(["", ""]),
    "no values": pa.array([], pa.string()),
    **{name: array for name, array in ODD_ARRAYS.items() if isinstance(array, pa.Array)},
}


@pytest.mark.parametrize("name", sorted(ARRAYS))
def test_derived_classes_equal_the_classes_of_the_derived_text(name: str) -> None:
    values = ARRAYS[name]
    for derived, direct in ((text_classes, lambda v: byte_classes(texts(v))),
                            (upper_classes, lambda v: byte_classes(upper_texts(v))),
                            (bytes_classes, lambda v: byte_classes(as_bytes(v)))):
        try:
            expected = direct(values)
        except (pa.ArrowException, TypeError, ValueError) as error:
            with pytest.raises(type(error)):
                derived(values)
            continue
        found = derived(values)
        assert found.dtype == expected.dtype and np.array_equal(found, expected)


def test_upper_classes_of_text_that_upper_cases_beyond_ascii() -> None:
    # The long s upper-cases to an ASCII 'S': its classes cannot be derived from its bytes' classes.
    values = pa.array(["ſ", "s"])
    assert np.array_equal(upper_classes(values), byte_classes(pc.utf8_upper(values)))


def test_head_bytes_pad_past_a_values_end() -> None:
    head = head_bytes(pa.array([b"\xff\xd8", b"", b"0123456789abcdef"]))
    assert head.dtype == np.int16 and head.shape == (3, 12)
    assert list(head[0, :3]) == [0xFF, 0xD8, 255] and set(head[1]) == {255}
    assert bytes(head[2].astype(np.uint8)) == b"0123456789ab"
    assert (head_bytes(pa.array([b"", b""])) == -1).all()
