"""The incremental-scan state: what it remembers survives the scan, and it syncs to disk in batches."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mappings.loader import load_taxonomy
from scanner.model import ColumnRef, TableRef, TableVerdict
from scanner.report_json import table_to_dict
from scanner.state import ScanState


def verdict(name: str) -> TableVerdict:
    table = TableRef("src", ("db", name), (ColumnRef("vin", "varchar(17)"),), fingerprint=f"fp-{name}")
    return TableVerdict(table, ())


def remember(state: ScanState, name: str) -> None:
    found = verdict(name)
    state.remember(found.table, table_to_dict(found, load_taxonomy().duties_of))


def stored(path: Path) -> int:
    """Rows another connection sees: only what was committed."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM table_state").fetchone()[0]


def test_remembered_tables_are_unchanged_in_the_next_scan(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    state = ScanState(path, "rules-1")
    for name in ("a", "b", "c"):
        remember(state, name)
    state.close()
    again = ScanState(path, "rules-1")
    try:
        found = again.unchanged(verdict("b").table)
        assert found is not None and found.status == "unchanged" and found.table.fqn == "db.b"
        assert again.unchanged(TableRef("src", ("db", "b"), (), fingerprint="changed")) is None
    finally:
        again.close()
    other_rules = ScanState(path, "rules-2")
    try:
        assert other_rules.unchanged(verdict("b").table) is None
    finally:
        other_rules.close()


def test_writes_are_committed_in_batches_and_on_close(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ScanState, "COMMIT_TABLES", 3)
    monkeypatch.setattr(ScanState, "COMMIT_SECONDS", 3600.0)
    path = tmp_path / "state.db"
    state = ScanState(path, "rules-1")
    remember(state, "a")
    remember(state, "b")
    assert stored(path) == 0
    remember(state, "c")
    assert stored(path) == 3
    remember(state, "d")
    state.close()
    assert stored(path) == 4


def test_the_state_keeps_no_samples_even_masked_ones(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    found = verdict("a")
    entry = table_to_dict(found, load_taxonomy().duties_of)
    entry["columns"] = [{"name": "vin", "codes": [], "samples": ["LSVAU2****3456"]}]
    state = ScanState(path, "rules-1")
    state.remember(found.table, entry)
    state.close()
    with sqlite3.connect(path) as db:
        (text,) = db.execute("SELECT verdict FROM table_state").fetchone()
    assert "LSVAU2" not in text and '"name": "vin"' in text
    assert entry["columns"][0]["samples"] == ["LSVAU2****3456"]  # the report's own entry is left as it was
