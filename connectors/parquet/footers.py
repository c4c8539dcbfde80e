"""File footers read once: discovery keeps the footers it parses so sampling and distinct estimates need not fetch
and parse them again (on object stores a footer costs a request). Bounded by the footers' serialized size, least
recently used first out, so memory stays flat whatever the lake's size."""
from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from connectors.parquet.layout import LakeFile
from connectors.parquet.store import Store

# The pipeline samples a table about 2 x workers + 4 tables after discovering it: with 32 footers per table, a few
# hundred footers. A parsed footer takes about ten times its serialized size in memory (2 MiB: some 20 MB).
DEFAULT_MAX_BYTES = 2 << 20

_Key = tuple[str, int, "int | None"]


class FooterCache:
    """Footers keyed by path, size and mtime as listed, so a rewritten file never matches an old footer.
    Thread-safe: discovery's footer threads fill it while sampling workers read it."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._footers: OrderedDict[_Key, pq.FileMetaData] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, lake_file: LakeFile) -> pq.FileMetaData | None:
        key = _key(lake_file)
        with self._lock:
            footer = self._footers.get(key)
            if footer is not None:
                self._footers.move_to_end(key)
            return footer

    def put(self, lake_file: LakeFile, footer: pq.FileMetaData) -> None:
        size = footer.serialized_size
        if size > self.max_bytes:
            return  # one huge footer would evict everything else and be evicted in turn
        key = _key(lake_file)
        with self._lock:
            old = self._footers.pop(key, None)
            if old is not None:
                self._bytes -= old.serialized_size
            self._footers[key] = footer
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, evicted = self._footers.popitem(last=False)
                self._bytes -= evicted.serialized_size

    def __len__(self) -> int:
        return len(self._footers)

    @property
    def bytes(self) -> int:
        return self._bytes

    def clear(self) -> None:
        with self._lock:
            self._footers.clear()
            self._bytes = 0


def _key(lake_file: LakeFile) -> _Key:
    return lake_file.path, lake_file.size, lake_file.mtime_ns


def read_footer(store: Store, lake_file: LakeFile) -> pq.FileMetaData:
    """The footer of the file as listed. On object stores, opening by path costs a HEAD request for the size the
    listing already gave: a fragment of the listed size reads the footer in one ranged GET instead."""
    if store.filesystem.type_name != "local":
        try:
            return _parquet_format().make_fragment(lake_file.path, store.filesystem,
                                                   file_size=lake_file.size).metadata
        except (OSError, pa.ArrowException, ValueError):
            pass  # broken, or rewritten since listed (the footer is not where the listed size says): read afresh
    with store.filesystem.open_input_file(lake_file.path) as handle:
        return pq.read_metadata(handle)


@functools.cache
def _parquet_format() -> Any:
    # pyarrow.dataset takes ~0.3 s to import: only scans of remote lakes, which save a request per footer, pay it.
    import pyarrow.dataset as ds

    return ds.ParquetFileFormat()


def footer_for(store: Store, cache: FooterCache, lake_file: LakeFile, handle: pa.NativeFile) -> pq.FileMetaData:
    """The footer of the open file: the cached one when the file is still the one listed, else read from it."""
    return _reusable(store, cache, lake_file, handle) or pq.read_metadata(handle)


def _reusable(store: Store, cache: FooterCache, lake_file: LakeFile, handle: pa.NativeFile) -> pq.FileMetaData | None:
    """A file rewritten since discovery must be read with its own footer, never with offsets from the old one:
    the cached footer serves only while size and mtime are those listed. Object stores tell both in the response
    to the request that opened the file; elsewhere the mtime costs a stat."""
    footer = cache.get(lake_file)
    if footer is None or handle.size() != lake_file.size:
        return None
    modified_s = _last_modified_s(handle)
    if modified_s is not None:
        # HTTP dates are whole seconds, while some stores list milliseconds.
        unchanged = lake_file.mtime_ns is not None and modified_s == lake_file.mtime_ns // 1_000_000_000
    else:
        unchanged = store.filesystem.get_file_info(lake_file.path).mtime_ns == lake_file.mtime_ns
    return footer if unchanged else None


def _last_modified_s(handle: pa.NativeFile) -> int | None:
    raw = handle.metadata().get("Last-Modified")
    if raw is None:
        return None
    try:
        return int(datetime.fromisoformat(raw.decode("ascii")).timestamp())
    except (UnicodeDecodeError, ValueError):
        return None
