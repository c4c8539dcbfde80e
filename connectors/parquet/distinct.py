"""Distinct-value estimates: exact from partition paths, from Parquet statistics when they settle it, else a
HyperLogLog over a bounded number of random row groups within the caller's time budget."""
from __future__ import annotations

import random
import time
from typing import Sequence

import pyarrow as pa
from connectors.base import ConnectorError, DistinctEstimate
from connectors.parquet.discovery import DatasetLocator
from connectors.parquet.footers import FooterCache, footer_for
from connectors.parquet.reading import ReadLimits, flatten, locator_of, read_random_row_groups
from connectors.parquet.store import Store
from scanner.model import TableRef

_HLL_PRECISION = 14  # 16,384 registers: about 0.8 % standard error
_NO_CUT = 1 << 31  # distinct values must not merge by being cut to a common prefix
# When nearly every value read was new, the column behaves like a key and its distinct count grows with the
# table; otherwise the values read have most likely already met the column's domain.
_KEY_LIKE_RATIO = 0.95


def estimate_distinct(store: Store, footers: FooterCache, table: TableRef, columns: Sequence[str], budget_s: float,
                      limits: ReadLimits, rng: random.Random) -> DistinctEstimate:
    locator = locator_of(table, columns)
    deadline = time.monotonic() + budget_s
    if all(c in locator.partition_types for c in columns):
        return _from_partitions(locator, columns)
    if len(columns) == 1 and _is_plain_field(locator, columns[0]) and len(locator.files) <= limits.max_files:
        from_stats = _from_statistics(store, footers, locator, columns[0], deadline)
        if from_stats is not None:
            return from_stats
    return _from_hll(store, footers, table, locator, columns, deadline, limits, rng)


def _from_partitions(locator: DatasetLocator, columns: Sequence[str]) -> DistinctEstimate:
    combos = {tuple(dict(f.partition).get(c) for c in columns) for f in locator.files}
    return DistinctEstimate(sum(1 for combo in combos if None not in combo), "partition_values", exact=True)


def _is_plain_field(locator: DatasetLocator, column: str) -> bool:
    return locator.top_level.get(column) == column and not pa.types.is_nested(locator.schema.field(column).type)


def _from_statistics(store: Store, footers: FooterCache, locator: DatasetLocator, column: str,
                     deadline: float) -> DistinctEstimate | None:
    """What the footers of every file settle: one row group with a written distinct_count, a column that is
    null throughout (0), or one whose min equals its max in every row group (1). None otherwise."""
    chunks = []
    for lake_file in locator.files:
        if time.monotonic() > deadline:
            return None
        try:
            with store.filesystem.open_input_file(lake_file.path) as handle:
                footer = footer_for(store, footers, lake_file, handle)
        except (OSError, pa.ArrowException, ValueError):
            return None
        for group in range(footer.num_row_groups):
            row_group = footer.row_group(group)
            for index in range(row_group.num_columns):
                chunk = row_group.column(index)
                if chunk.path_in_schema == column:
                    if chunk.statistics is None:
                        return None
                    chunks.append((row_group.num_rows, chunk.statistics))
    if len(chunks) == 1 and chunks[0][1].has_distinct_count:
        return DistinctEstimate(chunks[0][1].distinct_count, "parquet_stats")
    if all(stats.null_count == rows for rows, stats in chunks):
        return DistinctEstimate(0, "parquet_stats", exact=True)
    bounds = {(stats.min, stats.max) for rows, stats in chunks if stats.null_count < rows}
    if all(stats.has_min_max for _, stats in chunks) and len(bounds) == 1:
        low, high = bounds.pop()
        if low == high:
            return DistinctEstimate(1, "parquet_stats", exact=True)
    return None


def _from_hll(store: Store, footers: FooterCache, table: TableRef, locator: DatasetLocator, columns: Sequence[str],
              deadline: float, limits: ReadLimits, rng: random.Random) -> DistinctEstimate:
    try:
        # Optional (vdscan[report]) and slow to import: loaded only when an estimate needs it.
        from datasketch import HyperLogLog
    except ImportError as exc:
        raise ConnectorError("distinct estimates over Parquet need datasketch: pip install 'vdscan[report]'") from exc
    sketch = HyperLogLog(p=_HLL_PRECISION)
    rows_read = non_null = 0
    groups_left = limits.distinct_row_groups
    files = list(locator.files)
    rng.shuffle(files)
    out_of_time = False
    for lake_file in files:
        if groups_left <= 0 or out_of_time or time.monotonic() >= deadline:
            break
        groups_in_file = min(limits.row_groups_per_file, groups_left)
        groups_left -= groups_in_file
        batches = read_random_row_groups(store, footers, locator, lake_file, columns, rng, None, groups_in_file,
                                         limits.batch_rows)
        try:
            for rows in batches:
                batch = flatten(rows, locator, columns, _NO_CUT)
                rows_read += batch.num_rows
                for combo in zip(*(batch.column(c).to_pylist() for c in columns)):
                    if None not in combo:
                        non_null += 1
                        sketch.update(repr(combo).encode("utf-8"))
                if time.monotonic() > deadline:
                    out_of_time = True
                    break
        except (OSError, pa.ArrowException, ValueError):
            continue  # an unreadable file was reported by discovery; the estimate draws on the others
    if rows_read == 0:
        return DistinctEstimate(None, "hll_row_groups")
    distinct = min(int(round(sketch.count())), non_null)
    total = table.row_estimate or rows_read
    if rows_read < total and non_null and distinct >= _KEY_LIKE_RATIO * non_null:
        distinct = round(distinct * total / rows_read)
    return DistinctEstimate(distinct, "hll_row_groups")
