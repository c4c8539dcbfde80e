"""The incremental-scan state: what it remembers survives the scan, and it syncs to disk in batches."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scanner.model import ColumnRef, TableRef, TableVerdict
from scanner.state import ScanState


def verdict(name: str) -> TableVerdict:
    table = TableRef("src", ("db", name), (ColumnRef("vin", "varchar(17)"),), fingerprint=f"fp-{name}")
    return TableVerdict(table, ())


def stored(path: Path) -> int:
    """Rows another connection sees: only what was committed."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM table_state").fetchone()[0]


def test_remembered_tables_are_unchanged_in_the_next_scan(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    state = ScanState(path, "rules-1")
    for name in ("a", "b", "c"):
        state.remember(verdict(name))
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
    state.remember(verdict("a"))
    state.remember(verdict("b"))
    assert stored(path) == 0
    state.remember(verdict("c"))
    assert stored(path) == 3
    state.remember(verdict("d"))
    state.close()
    assert stored(path) == 4
