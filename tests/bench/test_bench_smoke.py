"""Every benchmark runs at tiny scale, so the harness keeps working as the engine changes. No timing assertions:
figures belong to bench/results/, measured on a known machine, never to a test."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `bench` lives beside the packages, not in them

from bench import classify, common, floor, generate, growth, startup  # noqa: E402


@pytest.fixture(autouse=True)
def results_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "RESULTS_DIR", tmp_path / "results")
    monkeypatch.setattr(common, "WORK_DIR", tmp_path / "work")


def test_column_samples_are_json_and_classify_in_vdscan() -> None:
    samples = generate.column_samples(25, 10)
    assert len(samples) == 25 and all(len(s["values"]) == 10 for s in samples)
    json.dumps(samples)
    result = classify.vdscan_rate(samples, repeats=1)
    assert result["columns"] == 25 and result["tagged_columns"] > 0
    text = classify.markdown({"vdscan": result, "vdscan_on_peer_columns": result, "peer": {"error": "skipped"},
                              "vdscan_over_peer_time": None, "speedup_vs_peer": None})
    assert "columns / CPU s" in text and "Peer not measured" in text


def test_sqlite_estate_scans_without_errors(tmp_path: Path) -> None:
    built = generate.build_sqlite_estate(tmp_path / "estate.db", tables=3, rows=20, pool_rows=40)
    assert built["tables"] == 3
    counts = floor.vdscan_scan(str(tmp_path / "estate.db"), workers=2)
    assert counts == {"tables": 3, "errors": 0, "columns": 3 * generate.COLUMNS_PER_TABLE}


def test_first_table_is_timed_in_a_fresh_process_without_heavy_imports(tmp_path: Path) -> None:
    generate.build_sqlite_estate(tmp_path / "estate.db", tables=2, rows=20, pool_rows=40)
    result = startup.measure(str(tmp_path / "estate.db"), repeats=1)
    assert result["tables"] == 2 and 0 < result["first_table_s"] <= result["scan_s"]
    assert result["heavy_imports"] == []
    assert "first table s" in startup.markdown([{"label": "tiny", **result}])


def test_lake_floor_and_scan_read_the_same_datasets(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    built = generate.build_lake(root, datasets=2, files=3, rows=20, pool_rows=40)
    assert built["files"] == 6
    assert floor.lake_floor(str(root), workers=2, n=10) > 0
    counts = floor.vdscan_scan(str(root), workers=2)
    assert counts["tables"] == 2 and counts["errors"] == 0
    result = floor.compare("lake", lambda: floor.lake_floor(str(root), 2, n=10),
                           lambda: floor.vdscan_scan(str(root), 2), repeats=1,
                           sampling_fn=lambda: floor.vdscan_sampling(str(root), 2))
    assert {"floor_s", "vdscan_s", "ratio", "sampling_s", "sampling_ratio"} <= set(result)
    assert floor.vdscan_sampling(str(root), 2) == 2 * 3 * 20  # every row of both small datasets
    assert "vdscan / floor" in floor.markdown([result])


@pytest.mark.s3
def test_s3_lake_scans_through_moto(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    generate.build_lake(root, datasets=1, files=2, rows=20, pool_rows=40)
    server = generate.S3Lake()
    try:
        server.upload(root)
        assert floor.lake_floor(f"{server.bucket}/lake", 2, server.filesystem(), n=10) > 0
        counts = floor.vdscan_scan(server.location, 2, server.extra)
        assert counts["tables"] == 1 and counts["errors"] == 0
    finally:
        server.stop()


@pytest.mark.postgres
def test_pg_estate_floor_and_growth(monkeypatch: pytest.MonkeyPatch) -> None:
    db = "vdscan_bench_smoke_test"
    generate.build_pg_estate(db, tables=3, rows=20, big_tables=1, big_rows=2_000, pool_rows=40)
    try:
        tables, statements = floor.pg_floor_statements(db, n=10)
        assert tables == 5 and len(statements) == 5  # 3 tables, 1 big, the pool
        assert any("TABLESAMPLE" in s for s in statements)
        assert floor.pg_floor(db, workers=2, n=10) > 0
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}"
        assert floor.vdscan_scan(url, workers=2)["errors"] == 0
    finally:
        generate.drop_pg_database(db)
    monkeypatch.setattr(growth, "DB", db)
    monkeypatch.setattr(growth, "URL", f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}")
    rows = growth.rows_growth([100, 2_000], repeats=1)
    assert [r["rows"] for r in rows] == [100, 2_000] and all(r["rows_sampled"] > 0 for r in rows)
    assert "Sampling time vs rows" in growth.markdown([], rows)
