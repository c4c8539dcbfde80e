"""One naming convention for nested Parquet columns, applied alike to types (discovery) and arrays (sampling).

A struct child is `parent.child`; a list element is `parent[]`; a map's keys and values are `parent{key}` and
`parent{value}`. So `objects: list<struct<bbox, label>>` gives `objects[].bbox` and `objects[].label`, and
`tags: map<string, string>` gives `tags{key}` and `tags{value}`. Brackets rather than Arrow's child names
(`item`, `element`, `entries`) because those differ between writers, and a real struct field named `item` must
never collide with a list element.

A path through a list samples as a list per row (one list level per `[]`), so every sampled column keeps one
value per row of the table; the ColumnRef type is the leaf type.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

LIST_ELEMENT = "[]"
MAP_KEY = "{key}"
MAP_VALUE = "{value}"
COMMENT_KEYS = (b"comment", b"description", b"doc")
# A cell of a list column counts roughly 8 bytes per element against max_cell_bytes: point clouds and CAN
# frame arrays can hold 100k elements per row, which would defeat the bounded-bytes promise.
_BYTES_PER_LIST_ELEMENT = 8


@dataclass(frozen=True)
class Leaf:
    name: str
    type: pa.DataType
    nullable: bool
    comment: str | None


def metadata_comment(metadata: dict[bytes, bytes] | None) -> str | None:
    """The first comment-like entry of field or schema metadata."""
    for key in COMMENT_KEYS:
        value = (metadata or {}).get(key)
        if value:
            return value.decode("utf-8", "replace").strip() or None
    return None


def _is_list(dtype: pa.DataType) -> bool:
    return pa.types.is_list(dtype) or pa.types.is_large_list(dtype) or pa.types.is_fixed_size_list(dtype)


def leaves(field: pa.Field, extra_comments: dict[str, str] | None = None) -> Iterator[Leaf]:
    """The leaf columns of a top-level field. A leaf without its own comment inherits the nearest ancestor's."""
    yield from _leaves(field.name, field.type, field.nullable, metadata_comment(field.metadata), extra_comments or {})


def _leaves(name: str, dtype: pa.DataType, nullable: bool, comment: str | None,
            extra: dict[str, str]) -> Iterator[Leaf]:
    comment = extra.get(name) or comment
    if pa.types.is_struct(dtype) and dtype.num_fields:
        for child in dtype:
            yield from _leaves(f"{name}.{child.name}", child.type, nullable or child.nullable,
                               metadata_comment(child.metadata) or comment, extra)
    elif _is_list(dtype):
        child = dtype.value_field
        yield from _leaves(name + LIST_ELEMENT, child.type, nullable or child.nullable,
                           metadata_comment(child.metadata) or comment, extra)
    elif pa.types.is_map(dtype):
        yield from _leaves(name + MAP_KEY, dtype.key_type, nullable, comment, extra)
        yield from _leaves(name + MAP_VALUE, dtype.item_type, nullable or dtype.item_field.nullable, comment, extra)
    else:
        yield Leaf(name, dtype, nullable, comment)


def flatten_array(name: str, array: pa.Array, max_cell_bytes: int) -> Iterator[tuple[str, pa.Array]]:
    """(leaf name, array) pairs with one value per row of `array`, names exactly as `leaves` spells them."""
    dtype = array.type
    if pa.types.is_struct(dtype) and dtype.num_fields:
        # StructArray.flatten() carries the struct's own nulls into its children; .field() would not.
        for child_field, child in zip(dtype, array.flatten()):
            yield from flatten_array(f"{name}.{child_field.name}", child, max_cell_bytes)
    elif _is_list(dtype) or pa.types.is_map(dtype):
        yield from _flatten_list(name, array, max_cell_bytes)
    else:
        yield name, cut_long_values(array, max_cell_bytes)


def _flatten_list(name: str, array: pa.Array, max_cell_bytes: int) -> Iterator[tuple[str, pa.Array]]:
    if pa.types.is_map(array.type):
        entries = array.values  # struct<key, value>, never null itself; offsets index into it
        children = ((name + MAP_KEY, entries.field(0)), (name + MAP_VALUE, entries.field(1)))
        offsets, builder = array.offsets, pa.ListArray
    else:
        if pa.types.is_fixed_size_list(array.type):
            array = array.cast(pa.list_(array.type.value_field))
        array = pc.list_slice(array, 0, max(1, max_cell_bytes // _BYTES_PER_LIST_ELEMENT))
        children = ((name + LIST_ELEMENT, array.values),)
        offsets = array.offsets
        builder = pa.LargeListArray if pa.types.is_large_list(array.type) else pa.ListArray
    mask = array.is_null() if array.null_count else None
    for child_name, child in children:
        for leaf_name, leaf in flatten_array(child_name, child, max_cell_bytes):
            yield leaf_name, builder.from_arrays(offsets, leaf, mask=mask)


def cut_long_values(array: pa.Array, max_bytes: int) -> pa.Array:
    """Strings and binaries cut to `max_bytes`; strings on a UTF-8 character boundary."""
    dtype = array.type
    is_text = pa.types.is_string(dtype) or pa.types.is_large_string(dtype)
    if not (is_text or pa.types.is_binary(dtype) or pa.types.is_large_binary(dtype)) or not len(array):
        return array
    if array.nbytes <= max_bytes:
        return array  # all the cells together fit: no single one can be too long, no kernel needed
    too_long = pc.fill_null(pc.greater(pc.binary_length(array), max_bytes), False)
    if not pc.any(too_long).as_py():
        return array
    if not is_text:
        return pc.if_else(too_long, pc.binary_slice(array, 0, max_bytes), array)
    # Only the few over-long values go through Python, to cut on a character boundary.
    long_values = pc.filter(array, too_long).to_pylist()
    cut = pa.array([v.encode("utf-8")[:max_bytes].decode("utf-8", "ignore") for v in long_values], dtype)
    return pc.replace_with_mask(array, too_long, cut)
