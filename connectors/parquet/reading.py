"""Read random row groups of one file, projected to the needed top-level fields and typed as the dataset's unified
schema; `flatten` then turns rows into column paths, once per sample rather than once per batch.

Memory is bounded by about one record batch, whatever the file or row-group size: row groups are decoded batch by
batch, and their byte ranges are pre-buffered (fetched in a few coalesced requests) only when they are small."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from connectors.base import ConnectorError
from connectors.parquet.discovery import DatasetLocator
from connectors.parquet.footers import FooterCache, footer_for
from connectors.parquet.layout import LakeFile
from connectors.parquet.nested import flatten_array
from connectors.parquet.store import Store
from scanner.model import TableRef

_READ_BUFFER_BYTES = 1 << 20
# Row groups read together whose total size stays under this are fetched whole: one request instead of one per
# column chunk on object stores, and fewer, larger reads on disk.
_PRE_BUFFER_MAX_BYTES = 8 << 20
_CAST_ERRORS = (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError)


@dataclass(frozen=True)
class ReadLimits:
    """How much one sample or distinct estimate may read. Defaults keep a sample to a few MB of I/O."""

    files: int = 4  # files a sample is spread over
    max_files: int = 16  # files tried at most (small or unreadable files)
    row_groups_per_file: int = 4
    distinct_row_groups: int = 32  # row groups an HLL estimate may read in all
    batch_rows: int = 8192


def locator_of(table: TableRef, columns: Sequence[str]) -> DatasetLocator:
    locator = table.locator
    if not isinstance(locator, DatasetLocator):
        raise ConnectorError(f"{table.fqn}: not a table discovered by this Parquet connector")
    unknown = [c for c in columns if c not in locator.top_level and c not in locator.partition_types]
    if unknown:
        raise ConnectorError(f"{table.fqn}: no column(s) {', '.join(map(repr, unknown))}")
    return locator


def read_random_row_groups(store: Store, footers: FooterCache, locator: DatasetLocator, lake_file: LakeFile,
                           columns: Sequence[str], rng: random.Random, max_rows: int | None, max_row_groups: int,
                           batch_rows: int) -> Iterator[pa.Table]:
    """Unflattened batches from random row groups of `lake_file`, as `unflattened_rows` shapes them; stops after
    the row group that brings the rows read to `max_rows` (None: no row limit) or after `max_row_groups`."""
    target = _file_fields(locator, columns)
    with store.filesystem.open_input_file(lake_file.path) as handle:
        footer = footer_for(store, footers, lake_file, handle)
        groups = _chosen_groups(footer, rng, max_rows, max_row_groups)
        in_file = set(footer.schema.to_arrow_schema().names)
        present = [field.name for field in target if field.name in in_file]
        if not present:
            # Only partition columns, or fields this file predates: the footer says how many rows, no page is read.
            for group in groups:
                rows = footer.row_group(group).num_rows
                if rows:
                    yield unflattened_rows(None, rows, locator, lake_file, columns)
            return
        small = sum(footer.row_group(group).total_byte_size for group in groups) <= _PRE_BUFFER_MAX_BYTES
        parquet = pq.ParquetFile(handle, metadata=footer, pre_buffer=small, buffer_size=_READ_BUFFER_BYTES)
        # One thread per file: the caller already samples several tables at once, and Arrow's decoding threads
        # cost more CPU to hand work to than a few small row groups take to decode.
        for batch in parquet.iter_batches(batch_size=batch_rows, row_groups=groups, columns=present,
                                          use_threads=False):
            yield unflattened_rows(batch, batch.num_rows, locator, lake_file, columns)


def _chosen_groups(footer: pq.FileMetaData, rng: random.Random, max_rows: int | None,
                   max_row_groups: int) -> list[int]:
    groups = list(range(footer.num_row_groups))
    rng.shuffle(groups)
    chosen, rows = [], 0
    for group in groups[:max_row_groups]:
        if max_rows is not None and rows >= max_rows:
            break
        chosen.append(group)
        rows += footer.row_group(group).num_rows
    return chosen


def unflattened_rows(batch: pa.RecordBatch | None, num_rows: int, locator: DatasetLocator, lake_file: LakeFile,
                     columns: Sequence[str]) -> pa.Table:
    """The top-level fields `columns` need, typed as the unified schema (nulls where the file lacks a field), then
    the partition columns among `columns`: every file's rows get this same schema, so they concatenate."""
    fields = _file_fields(locator, columns)
    arrays = [_unified_column(batch, field, num_rows) for field in fields]
    names = [field.name for field in fields]
    partition = dict(lake_file.partition)
    for key in _partition_keys(locator, columns):
        arrays.append(_partition_column(partition.get(key), locator.partition_types[key], num_rows))
        names.append(key)
    return pa.Table.from_arrays(arrays, names=names)


def flatten(rows: pa.Table, locator: DatasetLocator, columns: Sequence[str], max_cell_bytes: int) -> pa.Table:
    """`columns` (flattened names) from rows shaped by `unflattened_rows`, long values cut."""
    wanted = set(columns)
    arrays: dict[str, pa.Array] = {}
    for field in _file_fields(locator, columns):
        for name, array in flatten_array(field.name, rows.column(field.name).combine_chunks(), max_cell_bytes):
            if name in wanted:
                arrays[name] = array
    for key in _partition_keys(locator, columns):
        arrays[key] = rows.column(key).combine_chunks()
    return pa.table([arrays[c] for c in columns], names=list(columns))


def _file_fields(locator: DatasetLocator, columns: Sequence[str]) -> list[pa.Field]:
    tops = dict.fromkeys(locator.top_level[c] for c in columns if c in locator.top_level)
    return [locator.schema.field(top) for top in tops]


def _partition_keys(locator: DatasetLocator, columns: Sequence[str]) -> list[str]:
    wanted = set(columns)
    return [key for key in locator.partition_types if key in wanted]


def _partition_column(value: str | None, dtype: pa.DataType, num_rows: int) -> pa.Array:
    if value is None:
        return pa.nulls(num_rows, dtype)
    return pa.repeat(pa.scalar(int(value) if dtype == pa.int64() else value, dtype), num_rows)


def _unified_column(batch: pa.RecordBatch | None, field: pa.Field, num_rows: int) -> pa.Array:
    index = -1 if batch is None else batch.schema.get_field_index(field.name)
    if batch is None or index < 0:
        return pa.nulls(num_rows, field.type)  # a file written before the field existed
    column = batch.column(index)
    if column.type == field.type:
        return column
    try:
        return column.cast(field.type)
    except _CAST_ERRORS:
        # Incompatible drift (string vs int64): the majority type won; these values cannot be shown as it.
        return pa.nulls(num_rows, field.type)
