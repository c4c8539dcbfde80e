"""The incremental-scan state: one SQLite file remembering each table's fingerprint and last verdict."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Mapping

from scanner.model import TableRef, TableVerdict

_SCHEMA = """
CREATE TABLE IF NOT EXISTS table_state (
    source TEXT NOT NULL,
    fqn TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rules TEXT NOT NULL,
    verdict TEXT NOT NULL,
    scanned_at TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (source, fqn)
)
"""


class ScanState:
    """A table is unchanged when its fingerprint and the rules fingerprint both equal the stored ones.

    Verdicts are stored without samples: the state file holds metadata and evidence only. Writes are committed every
    COMMIT_TABLES tables or COMMIT_SECONDS, and on close: a commit per table is a disk sync per table, and a scan
    that dies loses only the last few remembered verdicts, whose tables the next run scans again."""

    COMMIT_TABLES = 256
    COMMIT_SECONDS = 2.0

    def __init__(self, path: Path, rules_fingerprint: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute(_SCHEMA)
        self._rules = rules_fingerprint
        self._pending = 0
        self._committed_at = time.monotonic()

    def unchanged(self, table: TableRef) -> TableVerdict | None:
        from scanner.report_json import table_from_dict

        if not table.fingerprint:
            return None
        row = self._db.execute(
            "SELECT verdict FROM table_state WHERE source = ? AND fqn = ? AND fingerprint = ? AND rules = ?",
            (table.source, table.fqn, table.fingerprint, self._rules),
        ).fetchone()
        if row is None:
            return None
        return replace(table_from_dict(json.loads(row[0])), status="unchanged")

    def remember(self, table: TableRef, entry: Mapping[str, Any]) -> None:
        """Stores the report's entry of `table` (report_json.table_to_dict), its masked samples left out."""
        if not table.fingerprint:
            return
        stored = {**entry, "columns": [{k: v for k, v in column.items() if k != "samples"}
                                       for column in entry["columns"]]}
        self._db.execute(
            "INSERT OR REPLACE INTO table_state (source, fqn, fingerprint, rules, verdict) VALUES (?, ?, ?, ?, ?)",
            (table.source, table.fqn, table.fingerprint, self._rules, json.dumps(stored, ensure_ascii=False)),
        )
        self._pending += 1
        if self._pending >= self.COMMIT_TABLES or time.monotonic() - self._committed_at >= self.COMMIT_SECONDS:
            self._commit()

    def _commit(self) -> None:
        self._db.commit()
        self._pending = 0
        self._committed_at = time.monotonic()

    def close(self) -> None:
        self._commit()
        self._db.close()
