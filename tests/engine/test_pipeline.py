"""The scan pipeline: a table the classifier fails on is that table's error; the others are classified."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `bench` lives beside the packages, not in them

from bench import generate  # noqa: E402
from connectors import SourceOptions  # noqa: E402
from scanner.classifier import Classifier  # noqa: E402
from scanner.pipeline import ScanOptions, SourceSpec, scan_sources  # noqa: E402
from scanner.report_json import report_to_dict  # noqa: E402
from tests.engine.faults import classifier_fails_on  # noqa: E402


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("estate") / "estate.db"
    generate.build_sqlite_estate(path, tables=12, rows=40, pool_rows=80)
    return path


def tables_of(path: Path, **options: object) -> list[dict]:
    scan_options = ScanOptions(**options)  # type: ignore[arg-type]
    with scan_sources([SourceSpec(str(path), SourceOptions())], scan_options) as report:
        return report_to_dict(report)["tables"]


def test_a_table_the_classifier_fails_on_is_an_error_and_the_others_count(estate: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    classifier_fails_on(monkeypatch, "t03")
    tables = {t["fqn"].rsplit(".", 1)[-1]: t for t in tables_of(estate)}
    assert tables["t03"]["status"] == "error" and tables["t03"]["error"]["stage"] == "classify"
    assert "ValueError: odd data" in tables["t03"]["error"]["reason"]
    assert all(t["status"] == "ok" for name, t in tables.items() if name != "t03")


def test_a_scan_keeps_no_explained_candidates_that_no_report_shows(estate: Path) -> None:
    # The live verdicts (on_table): the report's own, read back from its spool, never carry candidates.
    live = []
    with scan_sources([SourceSpec(str(estate), SourceOptions())], ScanOptions(), on_table=live.append):
        pass
    columns = [c for t in live for c in t.columns]
    assert any(c.codes for c in columns) and all(c.candidates == () for c in columns)
    explained = Classifier.default().classify(live[0].table)
    assert any(c.candidates for c in explained.columns)
