"""File footers read once: discovery keeps the footers it parses so sampling and distinct estimates need not fetch
and parse them again (on object stores a footer costs a request). Bounded by the footers' serialized size, least
recently used first out, so memory stays flat whatever the lake's size."""
from __future__ import annotations

import threading
from collections import OrderedDict

import pyarrow.parquet as pq

from connectors.parquet.layout import LakeFile
from connectors.parquet.store import Store

# The pipeline samples a table a few tables after discovering it: a few hundred typical footers are enough.
DEFAULT_MAX_BYTES = 32 << 20

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
    with store.filesystem.open_input_file(lake_file.path) as handle:
        return pq.read_metadata(handle)


def reusable_footer(store: Store, cache: FooterCache, lake_file: LakeFile) -> pq.FileMetaData | None:
    """The cached footer when the file is still the one listed (same size and mtime, one stat or HEAD), else None:
    a file rewritten since discovery must be read with its own footer, never with offsets from the old one."""
    footer = cache.get(lake_file)
    if footer is None:
        return None
    info = store.filesystem.get_file_info(lake_file.path)
    if info.size != lake_file.size or info.mtime_ns != lake_file.mtime_ns:
        return None
    return footer
