"""A per-user cache of compiled rules, so a scan's start skips parsing, validating and compiling them.

Parsing the YAML rule packs, validating them and compiling ~200 rules into a classifier is about a quarter of the
time a fresh `vdscan scan` takes to show its first table; unpickling the compiled result takes a tenth of that.

Entries live in `$VDSCAN_CACHE_DIR`, else `$XDG_CACHE_HOME/vdscan`, else `~/.cache/vdscan`, one file per key
(`Classifier-<key>.pickle`). The
key hashes everything the compiled object depends on: the content of every rule pack, the taxonomy and the shipped
pinyin table; the vdscan and Python versions; the constructor's arguments; and the size and modification time of
the `scanner` and `mappings` sources (as Python validates its own .pyc files), so an edited rule or classifier
never meets an entry compiled before the edit. The cache can only save time: a directory that cannot be written,
an entry that is corrupt, truncated, stale, or not owned by this user, is ignored and the object is built afresh.
`VDSCAN_NO_CACHE=1` turns it off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from scanner.gc_pause import collections_paused

T = TypeVar("T")

_FORMAT = b"vdscan compiled-rules cache 1"
_KEEP_ENTRIES = 8  # a few keys live side by side (several thresholds, user packs, versions); older ones go
_PACKAGE_ROOT = Path(__file__).resolve().parents[1]
_CODE_DIRS = ("scanner", "mappings")


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    if os.environ.get("VDSCAN_NO_CACHE", "").strip().lower() not in {"", "0", "false", "no"}:
        return None
    explicit = os.environ.get("VDSCAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vdscan"


def cache_key(data_files: Iterable[Path], *extra: object) -> str:
    """Hash of the data files' content, `extra`, the versions and the state of the code. Raises OSError when a
    data file cannot be read (the caller then builds without the cache and reports the real problem)."""
    from scanner import __version__

    digest = hashlib.sha256(_FORMAT)
    digest.update(repr((__version__, sys.version, sys.implementation.cache_tag, pickle.HIGHEST_PROTOCOL,
                        extra)).encode())
    for path in data_files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    for directory in _CODE_DIRS:
        for source in sorted((_PACKAGE_ROOT / directory).rglob("*.py")):
            info = source.stat()
            digest.update(f"{source}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:40]


def cached(key: str, build: Callable[[], T], kind: type[T]) -> T:
    """The object stored under `key`, else `build()` (then stored for the next run)."""
    directory = cache_dir()
    if directory is None:
        with collections_paused():
            return build()
    entry = directory / f"{kind.__name__}-{key}.pickle"
    found = _load(entry, kind)
    if found is not None:
        return found
    with collections_paused():
        built = build()
    _store(directory, entry, built)
    return built


def _load(entry: Path, kind: type[T]) -> T | None:
    try:
        with entry.open("rb") as handle:
            if not _trusted(os.fstat(handle.fileno())) or not _trusted(entry.parent.stat()):
                return None
            data = handle.read()
    except OSError:
        return None
    # Unpickling makes ~100,000 objects; collecting garbage among them would double its time, and none is garbage.
    try:
        with collections_paused():
            found = pickle.loads(data)
    except Exception:  # noqa: BLE001 — a corrupt or outdated entry of any kind means: build afresh
        return None
    return found if type(found) is kind else None


def _trusted(info: os.stat_result) -> bool:
    """Pickles run code when loaded: only entries this user wrote, in a place nobody else can write."""
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _store(directory: Path, entry: Path, value: object) -> None:
    """Written whole or not at all (a temporary file renamed into place); any failure leaves no entry."""
    import tempfile  # only a run that compiled its rules writes

    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(directory.stat()):
            return  # its entries would never be read
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    except OSError:  # read-only home, no such place: the scan goes on uncached, without pickling in vain
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, entry)
    except Exception:  # noqa: BLE001 — a full disk, or an object that does not pickle: the scan goes on uncached
        Path(temporary).unlink(missing_ok=True)
        return
    _prune(directory)


def _prune(directory: Path) -> None:
    """Keeps the newest entries; another process pruning at the same time is no error."""
    try:
        entries = sorted(((p.stat().st_mtime_ns, p) for p in directory.glob("*.pickle")), reverse=True)
        for _, old in entries[_KEEP_ENTRIES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
