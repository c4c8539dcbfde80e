"""The scan report's spool: the same JSON as the in-memory report it replaced, sorted tables, no file left behind,
and nothing in it that the report would not show."""
from __future__ import annotations

import json
import os
import random
import sqlite3
import tempfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from connectors import SourceOptions
from mappings.loader import load_taxonomy
from scanner import __version__
from scanner.cli import main
from scanner.model import KIND_ORDER, ColumnRef, ColumnVerdict, ScanError, TableRef, TableVerdict
from scanner.pipeline import ScanOptions, SourceSpec, scan_sources
from scanner.report_json import (
    TableSpool, error_to_dict, json_chunks, report_document, report_to_dict, table_to_dict,
)
from tests.engine.faults import classifier_fails_on

# Distinctive enough that finding either in the spool proves a leak.
VIN = "LSVAU2180N2123456"
RESIDENT_ID = "110101199003074514"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tables named out of order, a table the sampler fails on (a view over a missing table), known values."""
    path = tmp_path_factory.mktemp("spool") / "fleet.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE zz_owner (id INTEGER PRIMARY KEY, sfzh TEXT, vin TEXT, cphm TEXT, create_time TEXT)")
    db.execute("CREATE TABLE vehicle_track (vin TEXT, gps_time TEXT, latitude DOUBLE, longitude DOUBLE)")
    db.execute("CREATE TABLE aa_plain (id INTEGER, note TEXT)")
    db.execute("CREATE TABLE \"车辆 档案\" (\"VIN_Code\" TEXT, \"车牌号码\" TEXT)")
    db.execute("CREATE VIEW broken AS SELECT * FROM gone")
    for i in range(40):
        db.execute("INSERT INTO zz_owner VALUES (?,?,?,?,?)", (i, RESIDENT_ID, VIN, "京A12345", "2024-01-01"))
        db.execute("INSERT INTO vehicle_track VALUES (?,?,?,?)",
                   (VIN, f"2024-03-01 10:{i:02d}:00", 31.2304 + i * 1e-5, 121.4737 + i * 1e-5))
        db.execute("INSERT INTO aa_plain VALUES (?,?)", (i, f"note {i}"))
        db.execute("INSERT INTO \"车辆 档案\" VALUES (?,?)", (VIN, "沪B67890"))
    db.commit()
    db.close()
    return path


@pytest.fixture()
def failing_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier fails on tables named aa_plain: each is recorded as a table in error, the scan goes on."""
    classifier_fails_on(monkeypatch, "aa_plain")


def specs(warehouse: Path) -> list[SourceSpec]:
    # Two sources named against their order: recording order is not report order. The broken view is a
    # discovery error of the first source. Samples of 100 rows read these 40-row tables whole: scans repeat.
    return [SourceSpec(str(warehouse), SourceOptions(name="zeta", include_views=True)),
            SourceSpec(str(warehouse), SourceOptions(name="alpha"))]


def spec(warehouse: Path) -> SourceSpec:
    return SourceSpec(str(warehouse), SourceOptions())


def old_document(verdicts: list[TableVerdict], report) -> dict:
    """The report as vdscan built it before the spool: every verdict kept, sorted, turned into dicts at once."""
    ordered = sorted(verdicts, key=lambda v: (v.table.source, v.table.fqn))
    tables = [table_to_dict(v, load_taxonomy().duties_of) for v in ordered]
    errors = [error_to_dict(e) for e in report.errors]
    return {"vdscan": __version__, "taxonomy": load_taxonomy().version, "started_at": report.started_at,
            "finished_at": report.finished_at,
            "sources": [{"name": s.name, "url": s.url, "kind": s.kind} for s in report.sources],
            "tables": tables, "errors": errors, "summary": old_summary(tables, errors)}


def old_summary(tables: list[dict], errors: list[dict]) -> dict:
    """`summary_of` as it was before it counted incrementally."""
    by_code: dict[str, int] = {}
    by_kind: dict[str, int] = {k: 0 for k in KIND_ORDER}
    columns = tagged = 0
    for table in tables:
        by_kind[table["kind"]] = by_kind.get(table["kind"], 0) + 1
        for column in table["columns"]:
            columns += 1
            tagged += bool(column["codes"])
            for code in column["codes"]:
                by_code[code] = by_code.get(code, 0) + 1
    failed = sum(1 for t in tables if t["status"] == "error") + len(errors)
    return {"tables": len(tables), "columns": columns, "tagged_columns": tagged,
            "by_code": dict(sorted(by_code.items())), "by_kind": {k: v for k, v in by_kind.items() if v},
            "errors": failed}


def old_json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("show_samples", [False, True])
def test_written_report_is_byte_identical_to_the_in_memory_report(warehouse: Path, show_samples: bool,
                                                                  failing_table: None) -> None:
    live: list[TableVerdict] = []
    options = ScanOptions(show_samples=show_samples)
    with scan_sources(specs(warehouse), options, on_table=live.append) as report:
        expected = old_json(old_document(live, report))
        assert "".join(json_chunks(report_document(report))) == expected
        assert old_json(report_to_dict(report)) == expected
        assert "".join(json_chunks(report_document(report))) == expected  # the lazy tables read again
    document = json.loads(expected)
    assert len(document["tables"]) == 8 and [e["stage"] for e in document["errors"]] == ["discover"]
    assert document["summary"]["errors"] == 3  # two tables in error, one discovery error
    assert [t["source"] for t in document["tables"]] == ["alpha"] * 4 + ["zeta"] * 4
    assert any(c.get("samples") for t in document["tables"] for c in t["columns"]) == show_samples


def test_json_chunks_match_json_dumps_on_edge_shapes() -> None:
    for document in ({}, {"tables": []}, {"a": [], "tables": [{}], "b": {}, "c": None, "d": "x"},
                     {"tables": [{"x": [1, {"y": "多\n行"}]}, {}], "summary": {"n": 1.5, "e": None}}):
        expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        assert "".join(json_chunks(document)) == expected
        streamed = {k: iter(v) if isinstance(v, list) else v for k, v in document.items()}
        assert "".join(json_chunks(streamed)) == expected  # lists given as one-pass iterators


def test_cli_writes_the_same_bytes_to_a_file_and_to_stdout(warehouse: Path, tmp_path: Path,
                                                           failing_table: None) -> None:
    out = tmp_path / "report.json"
    runner = CliRunner()
    args = ["scan", str(warehouse), "--format", "json", "--include-views"]
    first = runner.invoke(main, [*args, "-o", str(out)], catch_exceptions=False)
    second = runner.invoke(main, args, catch_exceptions=False)
    assert first.exit_code == second.exit_code == 3
    assert first.stderr.splitlines() == [
        "vdscan: fleet.aa_plain: classify failed: ValueError: odd data",
        "vdscan: fleet.broken: discover failed: cannot read columns: no such table: main.gone",
    ]
    written, printed = json.loads(out.read_text(encoding="utf-8")), json.loads(second.stdout)
    for document in (written, printed):
        document.pop("started_at"), document.pop("finished_at")
    assert written == printed
    text = out.read_text(encoding="utf-8")
    assert text == old_json(json.loads(text))  # laid out as json.dumps(indent=2) lays it out


def test_terminal_and_csv_renderings_of_the_spooled_report(warehouse: Path) -> None:
    from scanner.output import render_csv, render_table

    runner = CliRunner()
    table = runner.invoke(main, ["scan", str(warehouse)], catch_exceptions=False)
    csv = runner.invoke(main, ["scan", str(warehouse), "--format", "csv"],
                        catch_exceptions=False)
    with scan_sources([spec(warehouse)], ScanOptions()) as report:
        document = report_to_dict(report)
    assert table.stdout == render_table(document)
    assert csv.stdout == render_csv(document)
    assert table.stdout.splitlines()[0].startswith("fleet:fleet.aa_plain")
    assert "fleet:fleet.zz_owner" in table.stdout and "tables by kind" in table.stdout.splitlines()[-1]


def test_inventory_from_the_lazy_document_equals_the_one_from_the_saved_report(warehouse: Path,
                                                                               tmp_path: Path) -> None:
    scanned, direct, saved = tmp_path / "scan.json", tmp_path / "direct.md", tmp_path / "saved.md"
    runner = CliRunner()
    result = runner.invoke(main, ["scan", str(warehouse), "--format", "json", "-o", str(scanned),
                                  "--report", str(direct)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(main, ["report", str(scanned), "-o", str(saved)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert direct.read_text(encoding="utf-8") == saved.read_text(encoding="utf-8")
    assert "zz_owner" in direct.read_text(encoding="utf-8")


def test_push_plans_the_same_from_the_lazy_document(warehouse: Path) -> None:
    from scanner.openmetadata.push import push_report
    from scanner.openmetadata.settings import PushSettings
    from tests.openmetadata.om_double import OMDouble

    double = OMDouble().start()
    try:
        double.add_table("wh", "default", "fleet", "zz_owner", [("id", "INT"), ("sfzh", "VARCHAR"),
                                                                ("vin", "VARCHAR"), ("cphm", "VARCHAR"),
                                                                ("create_time", "VARCHAR")])
        settings = PushSettings(url=double.url, token=double.state.token, service="wh", timeout_s=5, retries=1,
                                backoff_s=0.01)
        with scan_sources([spec(warehouse)], ScanOptions()) as report:
            lazy = push_report(report_document(report), settings, dry_run=True)
            whole = push_report(report_to_dict(report), settings, dry_run=True)
    finally:
        double.stop()
    assert lazy.plan.to_dict() == whole.plan.to_dict()
    assert any(t.ops for t in lazy.plan.tables)


def verdict(source: str, fqn: str, status: str = "ok") -> TableVerdict:
    table = TableRef(source, tuple(fqn.split(".")), (ColumnRef("vin", "TEXT"),))
    column = ColumnVerdict("vin", "TEXT", ("P01",), 0.9, "personal", "standard_contract_or_certification", ())
    error = ScanError(fqn, "sample", "boom") if status == "error" else None
    return TableVerdict(table, (column,) if status == "ok" else (), status=status, error=error,
                        notes=(f"recorded {source}:{fqn}",))


def test_spool_iterates_sorted_and_keeps_recording_order_among_equal_keys() -> None:
    keys = [(s, f"db.t{i:03d}") for s in ("b", "a", "c") for i in range(60)]
    random.Random(3).shuffle(keys)
    spool = TableSpool()
    try:
        for source, fqn in keys:
            spool.append(verdict(source, fqn))
        spool.append(verdict("a", "db.t007", status="error"))  # a second table of one key: after the first
        expected = sorted(keys) + [("a", "db.t007")]
        expected.sort()
        assert [(v.table.source, v.table.fqn) for v in spool] == expected
        assert [(e["source"], e["fqn"]) for e in spool.entries()] == expected
        same = [e["status"] for e in spool.entries() if (e["source"], e["fqn"]) == ("a", "db.t007")]
        assert same == ["ok", "error"]
        assert len(spool) == 181 and spool.failed == 1
        assert spool[0].table.fqn == "db.t000" and spool[-1].table.source == "c"
        spool.append(verdict("a", "aa.first"))  # recorded after a read: still sorted
        assert spool[0].table.fqn == "aa.first" and spool.entries()[0]["notes"] == ["recorded a:aa.first"]
    finally:
        spool.close()
    with pytest.raises(ValueError, match="closed"):
        list(spool.entries())


def spool_files(directory: Path) -> list[str]:
    """Open files of this process under `directory` (an unlinked file still shows, as `… (deleted)`)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(directory)):
            found.append(f"/proc/self/fd/{fd}")
    return found


needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd (Linux)")


@pytest.fixture()
def spool_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "tmp"
    directory.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


@needs_proc
def test_spool_is_private_and_gone_when_the_report_closes(warehouse: Path, spool_dir: Path) -> None:
    report = scan_sources([spec(warehouse)], ScanOptions())
    open_files = spool_files(spool_dir)
    assert len(open_files) == 1, "the spool is an open file in the temporary directory"
    assert os.stat(open_files[0]).st_mode & 0o077 == 0, "owner-only"
    assert os.listdir(spool_dir) == [], "never linked into the directory"
    report.close()
    assert spool_files(spool_dir) == []
    assert report.failed is False and len(report.tables) == 4  # the counts outlive the file


@needs_proc
def test_spool_is_gone_after_an_interrupted_scan(warehouse: Path, spool_dir: Path) -> None:
    seen: list[TableVerdict] = []

    def interrupt(verdict: TableVerdict) -> None:
        seen.append(verdict)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as raised:
        scan_sources([spec(warehouse)], ScanOptions(), on_table=interrupt)
    # `raised` keeps the traceback, hence the scan's frame and its report, alive: the file is gone because the
    # scan closed it, not because the report was collected.
    assert raised.traceback and len(seen) == 2
    assert spool_files(spool_dir) == [] and os.listdir(spool_dir) == []


@needs_proc
def test_spool_is_gone_when_writing_the_report_fails(warehouse: Path, spool_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import scanner.report_json

    def failing(document: dict):  # noqa: ANN202
        yield "{"
        raise OSError("disk full")

    monkeypatch.setattr(scanner.report_json, "json_chunks", failing)
    result = CliRunner().invoke(main, ["scan", str(warehouse), "--format", "json", "-o", str(tmp_path / "r.json")])
    assert isinstance(result.exception, OSError)
    assert spool_files(spool_dir) == [] and os.listdir(spool_dir) == []


def spool_text(directory: Path) -> tuple[bytes, str]:
    """The spool's bytes, as stored and decompressed (it is a run of zlib streams, one per table)."""
    (path,) = spool_files(directory)
    with open(path, "rb") as handle:
        raw = handle.read()
    parts, rest = [], raw
    while rest:
        stream = zlib.decompressobj()
        parts.append(stream.decompress(rest))
        rest = stream.unused_data
    return raw, b"".join(parts).decode("utf-8")


@needs_proc
@pytest.mark.parametrize("show_samples", [False, True])
def test_spool_holds_no_sampled_value_only_what_the_report_shows(warehouse: Path, spool_dir: Path,
                                                                  show_samples: bool) -> None:
    with scan_sources([spec(warehouse)], ScanOptions(show_samples=show_samples)) as report:
        raw, text = spool_text(spool_dir)
        document = report_to_dict(report)
    assert "zz_owner" in text and "vehicle_track" in text  # the decoding works: the tables are there
    for value in (VIN, RESIDENT_ID, "京A12345", "31.2304", "121.4737"):
        assert value not in text and value.encode() not in raw
    masked = [s for t in document["tables"] for c in t["columns"] for s in c.get("samples", ())]
    assert bool(masked) == show_samples
    assert all(s in text for s in masked) and ("LSVAU2****3456" in text) == show_samples


def test_pipeline_verdicts_read_back_as_the_report_records_them(warehouse: Path) -> None:
    live: list[TableVerdict] = []
    with scan_sources([spec(warehouse)], ScanOptions(show_samples=True),
                      on_table=live.append) as report:
        read = {v.table.fqn: v for v in report.tables}
    for verdict in live:
        again = read[verdict.table.fqn]
        assert again.table.parts == verdict.table.parts and again.status == verdict.status
        assert [(c.name, c.codes, c.confidence, c.masked_samples) for c in again.columns] == \
            [(c.name, c.codes, c.confidence, c.masked_samples) for c in verdict.columns]
