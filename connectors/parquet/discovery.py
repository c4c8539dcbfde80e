"""Describe one dataset from a bounded number of file footers: columns, drift, row estimate, fingerprint."""
from __future__ import annotations

import hashlib
from collections import deque
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from connectors.parquet.footers import FooterCache, read_footer
from connectors.parquet.layout import DatasetFiles, LakeFile
from connectors.parquet.schema import column_refs, schema_digest, table_comment, unify
from connectors.parquet.store import Store, describe
from scanner.model import ColumnRef, ScanError, TableRef


@dataclass(frozen=True)
class DatasetLocator:
    """What sample() and estimate_distinct() need, kept small: no footers, no data."""

    directory: str
    files: tuple[LakeFile, ...]  # readable as far as discovery knows
    schema: pa.Schema  # unified schema of the file columns
    top_level: Mapping[str, str] = field(default_factory=dict)  # flattened column → top-level field
    partition_types: Mapping[str, pa.DataType] = field(default_factory=dict)


def footer_order(files: tuple[LakeFile, ...], limit: int) -> list[LakeFile]:
    """`limit` files spread evenly over the sorted list (first and last included, so drift over time shows),
    then the others, tried only when those footers are all unreadable. Deterministic, for stable fingerprints."""
    if len(files) <= limit:
        return list(files)
    if limit == 1:
        chosen_idx = [0]
    else:
        chosen_idx = sorted({round(i * (len(files) - 1) / (limit - 1)) for i in range(limit)})
    chosen = set(chosen_idx)
    return [files[i] for i in chosen_idx] + [f for i, f in enumerate(files) if i not in chosen]


def describe_datasets(store: Store, datasets: Iterable[DatasetFiles], source: str, max_footers: int,
                      pool: Executor, cache: FooterCache, lookahead: int) -> Iterator[TableRef | ScanError]:
    """For each dataset in order: ScanErrors for unreadable files, then the TableRef (or a ScanError when no
    footer could be read). The footers of the next `lookahead` datasets are read meanwhile, so the caller, which
    samples and classifies between two tables, seldom waits for one; they are left in `cache` for sampling."""
    window: deque[_PendingFooters] = deque()
    try:
        for dataset in datasets:
            window.append(_start_footers(store, dataset, max_footers, pool, cache))
            if len(window) > lookahead:
                yield from _describe(store, window.popleft(), source, max_footers, pool, cache)
        while window:
            yield from _describe(store, window.popleft(), source, max_footers, pool, cache)
    finally:
        for pending in window:  # the caller stopped early: footers nobody will use are not read
            for future in pending.first:
                future.cancel()


@dataclass(frozen=True)
class _PendingFooters:
    dataset: DatasetFiles
    order: list[LakeFile]  # footer_order of the dataset's files
    first: list[Future]  # reads of the first max_footers of them, in that order


def _start_footers(store: Store, dataset: DatasetFiles, max_footers: int, pool: Executor,
                   cache: FooterCache) -> _PendingFooters:
    order = footer_order(dataset.files, max_footers)
    return _PendingFooters(dataset, order, [pool.submit(_try_footer, store, f, cache) for f in order[:max_footers]])


def _describe(store: Store, pending: _PendingFooters, source: str, max_footers: int, pool: Executor,
              cache: FooterCache) -> Iterator[TableRef | ScanError]:
    footers: dict[str, pq.FileMetaData] = {}
    broken: dict[str, str] = {}
    outcomes: Iterable[pq.FileMetaData | str] = (future.result() for future in pending.first)
    for start in range(0, len(pending.order), max_footers):
        chunk = pending.order[start:start + max_footers]
        if start:  # every footer of the chunks before was unreadable: try the next ones
            outcomes = pool.map(lambda f: _try_footer(store, f, cache), chunk)
        for lake_file, outcome in zip(chunk, outcomes):
            if isinstance(outcome, str):
                broken[lake_file.path] = outcome
            else:
                footers[lake_file.path] = outcome
        if footers:
            break
    for path, reason in broken.items():
        yield ScanError(target=store.display(path), stage="discover", reason=reason)
    dataset = pending.dataset
    if not footers:
        yield ScanError(target=store.display(dataset.directory), stage="discover",
                        reason=f"dataset {'.'.join(dataset.parts)}: no readable Parquet file among {len(broken)} "
                               "tried")
        return
    yield _table_ref(store, dataset, source, footers, broken)


def _try_footer(store: Store, lake_file: LakeFile, cache: FooterCache) -> pq.FileMetaData | str:
    try:
        footer = read_footer(store, lake_file)
    except (OSError, pa.ArrowException, ValueError) as exc:
        return f"unreadable Parquet file: {describe(exc, store.secrets)}"
    cache.put(lake_file, footer)
    return footer


def _table_ref(store: Store, dataset: DatasetFiles, source: str, footers: dict[str, pq.FileMetaData],
               broken: dict[str, str]) -> TableRef:
    readable = tuple(f for f in dataset.files if f.path not in broken)
    unified = unify(_distinct_schemas(footers.values()))
    columns, top_level = column_refs(unified.schema)
    partition_types = _partition_types(readable, set(unified.schema.names))
    columns += tuple(ColumnRef(key, str(dtype), None, _partition_nullable(readable, key))
                     for key, dtype in partition_types.items())
    notes = [unified.drift] if unified.drift else []
    rows_read = sum(footer.num_rows for footer in footers.values())
    if len(footers) == len(readable):
        row_estimate = rows_read
    else:
        bytes_read = sum(f.size for f in readable if f.path in footers) or 1
        row_estimate = round(rows_read * sum(f.size for f in readable) / bytes_read)
        notes.append(f"row_estimate extrapolated by file size from the footers of {len(footers)} of "
                     f"{len(readable)} files; schema read from those footers only")
    if broken:
        notes.append(f"{len(broken)} unreadable file(s) skipped (see discover errors)")
    return TableRef(
        source=source,
        parts=dataset.parts,
        columns=columns,
        comment=table_comment(unified.schema),
        kind="dataset",
        row_estimate=row_estimate,
        fingerprint=_fingerprint(dataset.files, unified.schema),
        notes=tuple(notes),
        locator=DatasetLocator(dataset.directory, readable, unified.schema, top_level, partition_types),
    )


def _distinct_schemas(footers: Iterable[pq.FileMetaData]) -> list[tuple[pa.Schema, int]]:
    """Each distinct Arrow schema with the number of footers that have it. Footers compare by Parquet schema and
    key-value metadata (where writers keep the Arrow schema and comments): far cheaper than converting each one,
    and a lake's files mostly share one schema."""
    firsts: list[pq.FileMetaData] = []
    counts: list[int] = []
    for footer in footers:
        metadata = footer.metadata
        same = next((i for i, seen in enumerate(firsts)
                     if seen.schema.equals(footer.schema) and seen.metadata == metadata), None)
        if same is None:
            firsts.append(footer)
            counts.append(1)
        else:
            counts[same] += 1
    return [(first.schema.to_arrow_schema(), count) for first, count in zip(firsts, counts)]


def _partition_types(files: tuple[LakeFile, ...], file_columns: set[str]) -> dict[str, pa.DataType]:
    """Hive keys in path order; int64 when every value is an integer, else string (the path's own text).
    A key the files also store as a column is read from the files, as Spark does."""
    values: dict[str, list[str]] = {}
    for lake_file in files:
        for key, value in lake_file.partition:
            if key not in file_columns:
                values.setdefault(key, [])
                if value is not None:
                    values[key].append(value)
    return {key: pa.int64() if seen and all(_is_int(v) for v in seen) else pa.string()
            for key, seen in values.items()}


def _partition_nullable(files: tuple[LakeFile, ...], key: str) -> bool:
    return any(dict(f.partition).get(key, None) is None for f in files)


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def _fingerprint(files: tuple[LakeFile, ...], schema: pa.Schema) -> str:
    digest = hashlib.sha256(schema_digest(schema).encode())
    for lake_file in files:
        digest.update(f"\n{lake_file.path}\t{lake_file.size}\t{lake_file.mtime_ns}".encode())
    return digest.hexdigest()
