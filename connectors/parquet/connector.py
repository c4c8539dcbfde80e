"""The Parquet lake connector: discovery, sampling and distinct estimates over any pyarrow filesystem."""
from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator, Sequence

import pyarrow.fs as pafs

from connectors.base import ConnectorError, DistinctEstimate, SourceOptions
from connectors.filters import TableFilter
from connectors.parquet.discovery import describe_datasets
from connectors.parquet.distinct import estimate_distinct
from connectors.parquet.footers import FooterCache
from connectors.parquet.layout import DatasetFiles, LakeFile, dataset_name, is_parquet_name, plan_lake
from connectors.parquet.reading import ReadLimits
from connectors.parquet.sampling import sample_table
from connectors.parquet.store import list_files, open_store, root_info
from scanner.model import Sample, ScanError, TableRef

_DEFAULT_MAX_FOOTERS = 32
_FOOTER_THREADS = 8  # footers are small ranged reads; on object stores latency, not bandwidth, bounds them
_MAX_STRAY_NAMES = 5
_LOOKAHEAD_DATASETS = 4  # datasets whose footers are read before the caller asks for them


class ParquetConnector:
    """A lake rooted at a file, directory or object-store prefix. options.extra keys: `endpoint_override`,
    `region`, `access_key`, `secret_key`, `session_token`, `anonymous`, `connect_timeout`, `request_timeout`,
    `max_attempts` (S3); `max_footers` (footers read per dataset during discovery, default 32).

    `filesystem` lets an embedding program pass a ready pyarrow filesystem; `location` is then a path in it."""

    kind = "parquet"

    def __init__(self, location: str, options: SourceOptions | None = None, *,
                 filesystem: pafs.FileSystem | None = None) -> None:
        self.options = options or SourceOptions()
        self._store = open_store(location, self.options, filesystem)
        self.url = self._store.url
        self.name = self.options.name or _last_component(self._store.root)
        self._filter = TableFilter(self.options.include, self.options.exclude)
        self._max_footers = max(1, int(self.options.extra.get("max_footers", _DEFAULT_MAX_FOOTERS)))
        self._limits = ReadLimits()
        self._pool: ThreadPoolExecutor | None = None
        self._footers = FooterCache()

    def discover(self) -> Iterator[TableRef | ScanError]:
        """One listing of the whole root, grouped in memory; footers read only for datasets the filter keeps.
        Raises ConnectorError when the root itself cannot be read."""
        info = root_info(self._store)
        if info.type == pafs.FileType.File:
            datasets = (self._single_file(info),)
            strays = ()
        else:
            layout = plan_lake(self._store.root, self.name, list_files(self._store))
            datasets, strays = layout.datasets, layout.strays
        for stray in strays:
            if self._filter.allows(stray.parts):
                shown = ", ".join(stray.names[:_MAX_STRAY_NAMES])
                more = f" and {len(stray.names) - _MAX_STRAY_NAMES} more" if len(stray.names) > _MAX_STRAY_NAMES else ""
                yield ScanError(target=self._store.display(stray.directory), stage="discover",
                                reason=f"{len(stray.names)} non-Parquet file(s) not scanned: {shown}{more}")
        kept = (dataset for dataset in datasets if self._filter.allows(dataset.parts))
        yield from describe_datasets(self._store, kept, self.name, self._max_footers, self._footer_pool(),
                                     self._footers, _LOOKAHEAD_DATASETS)

    def sample(self, table: TableRef, columns: Sequence[str], n: int) -> Sample:
        # A fresh generator per call: sample() runs concurrently from several threads.
        rows = sample_table(self._store, self._footers, table, columns, n, self.options.max_cell_bytes,
                            self._limits, random.Random(os.urandom(16)))
        return Sample(rows, method="row_groups")

    def estimate_distinct(self, table: TableRef, columns: Sequence[str], budget_s: float) -> DistinctEstimate:
        return estimate_distinct(self._store, self._footers, table, columns, budget_s, self._limits,
                                 random.Random(os.urandom(16)))

    def close(self) -> None:
        self._footers.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _footer_pool(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(_FOOTER_THREADS, thread_name_prefix="parquet-footers")
        return self._pool

    def _single_file(self, info: pafs.FileInfo) -> DatasetFiles:
        name = _last_component(info.path)
        if not is_parquet_name(name):
            raise ConnectorError(f"{self.url}: not a Parquet file (expected a .parquet, .parq or .pq name)")
        directory = info.path[: -len(name) - 1] or "/"
        return DatasetFiles((dataset_name(name),), directory, (LakeFile(info.path, info.size or 0, info.mtime_ns),))


def _last_component(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1] or path
