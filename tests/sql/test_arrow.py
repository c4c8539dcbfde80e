"""Driver rows to Arrow: natural types where Arrow can hold them, text or nulls where not, long cells cut."""
from __future__ import annotations

import decimal
from datetime import date

import pyarrow as pa
import pytest

from connectors.sql.arrow import rows_to_table

LIMIT = 8


@pytest.mark.parametrize("cells, expected_type, expected", [
    ([1, None, 3], pa.int64(), [1, None, 3]),
    (["short", None], pa.string(), ["short", None]),
    # Longer than the limit together, not one by one: nothing is cut.
    (["abcdefg", "hijklmn"], pa.string(), ["abcdefg", "hijklmn"]),
    # Cut at a character boundary: 车 is three bytes, so 8 bytes hold two of them.
    (["车车车车", "ok"], pa.string(), ["车车", "ok"]),
    ([b"0123456789", None], pa.binary(), [b"01234567", None]),
    ([memoryview(b"0123456789"), bytearray(b"ab")], pa.binary(), [b"01234567", b"ab"]),
    ([decimal.Decimal("1.5"), decimal.Decimal("NaN")], pa.string(), ["1.5", "NaN"]),
    # Decimals keep every digit they carry, at the largest scale among them, whatever their exponents.
    ([decimal.Decimal("31.2304"), None, decimal.Decimal("-2.5"), decimal.Decimal("1E+3")], pa.decimal128(38, 4),
     [decimal.Decimal("31.2304"), None, decimal.Decimal("-2.5000"), decimal.Decimal("1000.0000")]),
    # More digits than 38 fit: Arrow's own inference picks the wider type.
    ([decimal.Decimal("1" * 40 + ".5")], pa.decimal256(41, 1), [decimal.Decimal("1" * 40 + ".5")]),
    ([decimal.Decimal("2.5"), 3], pa.decimal128(2, 1), [decimal.Decimal("2.5"), decimal.Decimal("3.0")]),
    # SQLite keeps a value's own type: a column mixing text and numbers becomes text.
    (["LSVAU218", 7, None], pa.string(), ["LSVAU218", "7", None]),
    ([date(2026, 1, 1), "0000-00-00"], pa.string(), ["2026-01-", "0000-00-"]),
    # An unsigned 64-bit value beyond int64 turns the column into text.
    ([2 ** 64 - 1, 1], pa.string(), ["18446744", "1"]),
])
def test_cells_become_one_typed_column(cells: list, expected_type: pa.DataType, expected: list) -> None:
    table = rows_to_table([(cell,) for cell in cells], ["c"], LIMIT)
    assert table.schema.field("c").type == expected_type
    assert table.column("c").to_pylist() == expected


def test_columns_keep_their_names_and_order_and_no_rows_give_empty_columns() -> None:
    rows = [(1, "a", b"x"), (2, "b", None)]
    table = rows_to_table(rows, ["z", "車 1", 'a"b'], LIMIT)
    assert table.column_names == ["z", "車 1", 'a"b']
    assert table.column("車 1").to_pylist() == ["a", "b"]
    empty = rows_to_table([], ["a", "b"], LIMIT)
    assert empty.column_names == ["a", "b"] and empty.num_rows == 0


def test_a_value_nothing_can_stringify_leaves_a_null_column() -> None:
    class Opaque:
        def __str__(self) -> str:
            raise ValueError("no text form")

    table = rows_to_table([(Opaque(),), (Opaque(),)], ["c"], LIMIT)
    assert table.column("c").null_count == 2
