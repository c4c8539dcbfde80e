"""The per-user cache of compiled rules (mappings/cache.py) saves time and nothing else: a cached classifier is the
freshly compiled one, and a cache that is corrupt, unwritable, foreign or stale is passed over without a word."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pytest

from mappings import cache
from mappings.loader import load_taxonomy
from scanner.classifier import Classifier
from scanner.model import ColumnRef, TableRef

USER_PACK = """
rules:
  - id: user.fleet_code
    code: P01
    name: {any: [fleet code], weight: 6}
"""


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("VDSCAN_CACHE_DIR", str(directory))
    monkeypatch.delenv("VDSCAN_NO_CACHE", raising=False)
    return directory


def entries(directory: Path, kind: str = "Classifier") -> list[Path]:
    return sorted(directory.glob(f"{kind}-*.pickle")) if directory.exists() else []


def verdicts(classifier: Classifier) -> list:
    table = TableRef("src", ("fleet", "vehicle_track"), (
        ColumnRef("vin", "TEXT"), ColumnRef("lat", "REAL"), ColumnRef("lng", "REAL"), ColumnRef("gps_time", "TEXT"),
        ColumnRef("车牌号码", "TEXT"), ColumnRef("fleet_code", "TEXT"), ColumnRef("sfzh", "TEXT", "身份证号")))
    sample = pa.table({
        "vin": ["LSVAU2180N2183294", "LFV2A21K657654321"] * 5, "lat": [31.2304, 39.9042] * 5,
        "lng": [121.4737, 116.4074] * 5, "gps_time": ["2026-01-01 08:00:00"] * 10,
        "车牌号码": ["沪A12345", "京B6789D"] * 5, "fleet_code": ["F1", "F2"] * 5, "sfzh": ["110101199003074578"] * 10})
    return [classifier.classify(table, sample, "full_read", 10), classifier.classify(table, None, "metadata_only")]


def test_cached_classifier_is_the_freshly_compiled_one(cache_home: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "user.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    first = Classifier.default([pack], explained_candidates=0)  # compiled, then stored
    assert len(entries(cache_home)) == 1
    second = Classifier.default([pack], explained_candidates=0)  # read back
    assert second is not first
    monkeypatch.setenv("VDSCAN_NO_CACHE", "1")
    fresh = Classifier.default([pack], explained_candidates=0)
    assert first.fingerprint() == second.fingerprint() == fresh.fingerprint()
    assert verdicts(second) == verdicts(fresh)
    assert "P01" in {code for column in verdicts(second)[1].columns if column.name == "fleet_code"
                     for code in column.codes}


def test_other_rules_or_arguments_are_other_entries(cache_home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "user.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    before = Classifier.default([pack]).fingerprint()
    pack.write_text(USER_PACK.replace("weight: 6", "weight: 5"), encoding="utf-8")
    after = Classifier.default([pack]).fingerprint()
    Classifier.default([pack], threshold=0.7)
    assert before != after and len(entries(cache_home)) == 3


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_corrupt_entry_is_rebuilt(cache_home: Path, damage: bytes) -> None:
    expected = Classifier.default().fingerprint()
    for entry in entries(cache_home):
        entry.write_bytes(damage)
    assert Classifier.default().fingerprint() == expected
    assert all(entry.stat().st_size > 1000 for entry in entries(cache_home))  # written anew


def test_entry_of_another_type_is_ignored(cache_home: Path) -> None:
    expected = Classifier.default().fingerprint()
    [entry] = entries(cache_home)
    cache._store(cache_home, entry, {"not": "a classifier"})
    assert Classifier.default().fingerprint() == expected


@pytest.mark.parametrize("failing", ["mkstemp", "replace"])
def test_unwritable_cache_changes_nothing(cache_home: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Patched, since chmod does not stop root: mkstemp fails in a read-only directory, replace on a full disk.
    monkeypatch.setattr(tempfile if failing == "mkstemp" else cache.os, failing, refuse)
    assert Classifier.default().fingerprint() == Classifier.default().fingerprint()
    assert entries(cache_home) == [] and list(cache_home.glob(".tmp-*")) == []


def test_object_that_does_not_pickle_is_returned_and_not_stored(cache_home: Path) -> None:
    def local() -> int:
        return 1

    assert cache.cached("k", lambda: local, type(local)) is local
    assert list(cache_home.iterdir()) == []


def test_cache_directory_that_cannot_exist_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("VDSCAN_CACHE_DIR", str(blocker / "cache"))
    assert Classifier.default().fingerprint() == Classifier.default().fingerprint()
    assert load_taxonomy.__wrapped__().version == load_taxonomy().version


def test_entries_others_can_write_are_not_loaded(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Classifier.default()
    [entry] = entries(cache_home)
    entry.chmod(0o666)
    loaded: list[bytes] = []
    real_loads = cache.pickle.loads
    monkeypatch.setattr(cache.pickle, "loads", lambda data: loaded.append(data) or real_loads(data))
    Classifier.default()
    assert loaded == []  # built afresh instead


def test_cache_can_be_turned_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VDSCAN_NO_CACHE", "1")
    Classifier.default()
    assert entries(cache_home) == []


def test_old_entries_are_pruned(cache_home: Path) -> None:
    cache_home.mkdir(mode=0o700)
    for i in range(cache._KEEP_ENTRIES + 3):
        (cache_home / f"Classifier-old{i}.pickle").write_bytes(b"x")
        os.utime(cache_home / f"Classifier-old{i}.pickle", ns=(i * 10**9, i * 10**9))
    Classifier.default()
    assert len(entries(cache_home, "*")) == cache._KEEP_ENTRIES
    assert not (cache_home / "Classifier-old0.pickle").exists()
