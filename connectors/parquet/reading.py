"""Read random row groups of one file, projected to the needed top-level fields and flattened to column paths.

Memory is bounded by one record batch, whatever the file or row-group size: files are opened with buffered,
non-pre-buffered reads and decoded batch by batch."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from connectors.base import ConnectorError
from connectors.parquet.discovery import DatasetLocator, open_file
from connectors.parquet.layout import LakeFile
from connectors.parquet.nested import flatten_array
from connectors.parquet.store import Store
from scanner.model import TableRef

_READ_BUFFER_BYTES = 1 << 20
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


def read_random_row_groups(store: Store, locator: DatasetLocator, lake_file: LakeFile, columns: Sequence[str],
                           rng: random.Random, max_rows: int | None, max_row_groups: int, max_cell_bytes: int,
                           batch_rows: int) -> Iterator[pa.Table]:
    """Flattened batches from random row groups of `lake_file`, stopping after the row group that brings the
    rows read to `max_rows` (None: no row limit) or after `max_row_groups` row groups."""
    top_fields = list(dict.fromkeys(locator.top_level[c] for c in columns if c in locator.top_level))
    with open_file(store, lake_file) as handle:
        parquet = pq.ParquetFile(handle, pre_buffer=False, buffer_size=_READ_BUFFER_BYTES)
        present = [name for name in top_fields if name in parquet.schema_arrow.names]
        groups = list(range(parquet.metadata.num_row_groups))
        rng.shuffle(groups)
        rows_read = 0
        for group in groups[:max_row_groups]:
            if max_rows is not None and rows_read >= max_rows:
                return
            group_rows = parquet.metadata.row_group(group).num_rows
            if present:
                for batch in parquet.iter_batches(batch_size=batch_rows, row_groups=[group], columns=present):
                    yield flatten_batch(batch, batch.num_rows, locator, lake_file, columns, max_cell_bytes)
            elif group_rows:
                # Only partition columns were asked for: the footer says how many rows, no data page is read.
                yield flatten_batch(None, group_rows, locator, lake_file, columns, max_cell_bytes)
            rows_read += group_rows


def flatten_batch(batch: pa.RecordBatch | None, num_rows: int, locator: DatasetLocator, lake_file: LakeFile,
                  columns: Sequence[str], max_cell_bytes: int) -> pa.Table:
    """`columns` (flattened names) for the rows of `batch`, typed as the unified schema says."""
    wanted = set(columns)
    arrays: dict[str, pa.Array] = {}
    for top in dict.fromkeys(locator.top_level[c] for c in columns if c in locator.top_level):
        for name, array in flatten_array(top, _unified_column(batch, top, num_rows, locator), max_cell_bytes):
            if name in wanted:
                arrays[name] = array
    partition = dict(lake_file.partition)
    for key, dtype in locator.partition_types.items():
        if key in wanted:
            value = partition.get(key)
            arrays[key] = pa.array([None if value is None else int(value) if dtype == pa.int64() else value]
                                   * num_rows, dtype)
    return pa.table([arrays[c] for c in columns], names=list(columns))


def _unified_column(batch: pa.RecordBatch | None, top: str, num_rows: int, locator: DatasetLocator) -> pa.Array:
    dtype = locator.schema.field(top).type
    if batch is None or top not in batch.schema.names:
        return pa.nulls(num_rows, dtype)  # a file written before the field existed
    column = batch.column(top)
    if column.type == dtype:
        return column
    try:
        return column.cast(dtype)
    except _CAST_ERRORS:
        # Incompatible drift (string vs int64): the majority type won; these values cannot be shown as it.
        return pa.nulls(num_rows, dtype)
