"""Exported suites run with Great Expectations 1.x: they pass on the data they were made from and fail when an
identifier is planted in an untagged column."""
from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import create_engine, text

from tests.inventory.scan_fixtures import IMPORTANT, PI, column, table
from scanner.gx import export_suites, run_suites
from scanner.gx.export import config_url
from scanner.gx.suites import mostly_for

pytestmark = pytest.mark.gx

ROWS = [(f"LSVAU2180N{2183000 + i:07d}", 31.2 + i / 1000, 121.4 + i / 1000, f"1381234{i:04d}",
         f"行程 {i} normal", f"粤B{i:05d}") for i in range(60)]
PLANTS = {
    "phone": "请联系车主 13912345678 取车",
    "resident_id": "driver 110101199003074514 on duty",
}


def _scan(source_url: str, schema: str | None, db: str) -> dict:
    parts = ".".join(p for p in (db, schema, "vehicle_track") if p)
    return {"vdscan": "0.1.0", "taxonomy": "2026.1", "started_at": "2026-11-25T04:00:00+00:00",
            "finished_at": "2026-11-25T04:01:00+00:00",
            "sources": [{"name": "fleet", "url": source_url, "kind": "sql"}],
            "tables": [table("fleet", parts, [
                column("vin", "VARCHAR(17)", ("P01",), checks=(("vin", 1.0, 60),), **PI),
                column("lat", "DOUBLE PRECISION", ("C16.1", "P02"), checks=(("latitude_cn", 1.0, 60),), **IMPORTANT),
                column("lon", "DOUBLE PRECISION", ("C16.1", "P02"), checks=(("longitude_cn", 1.0, 60),), **IMPORTANT),
                column("phone", "VARCHAR(20)", ("P01",), checks=(("cn_mobile", 1.0, 60),), **PI),
                column("remark", "TEXT"),
                column("plate", "VARCHAR(10)", ("P01",), checks=(("cn_plate", 1.0, 60),), **PI),
            ])], "errors": []}


def _failed(outcomes) -> set[tuple[str, str]]:
    return {(e.column, e.type) for o in outcomes for e in o.failures}


def test_suite_json_is_gx_format_and_guards_untagged_text(tmp_path):
    result = export_suites(_scan("sqlite:///x.db", None, "fleet"), tmp_path)
    suite = json.loads(result.suites[0].read_text(encoding="utf-8"))
    by_column: dict[str, list[dict]] = {}
    for e in suite["expectations"]:
        by_column.setdefault(e["kwargs"]["column"], []).append(e)
    assert {e["type"] for e in by_column["remark"]} == {"expect_column_to_exist",
                                                        "expect_column_values_to_not_match_regex"}
    assert len(by_column["remark"]) == 5  # exists + mobile, resident ID, VIN, plate
    lat = [e for e in by_column["lat"] if e["type"] == "expect_column_values_to_be_between"][0]
    assert lat["kwargs"] == {"column": "lat", "min_value": 3.8, "max_value": 53.6, "mostly": 0.95}
    assert all(e["type"] != "expect_column_values_to_not_match_regex" for e in by_column["vin"])

    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite

    context = gx.get_context(mode="ephemeral")
    loaded = context.suites.add(ExpectationSuite(**suite))
    assert len(loaded.expectations) == len(suite["expectations"])


@pytest.mark.parametrize("ratio, checked, mostly", [(1.0, 100, 0.95), (0.9, 100, 0.84), (0.5, 10, 0.18),
                                                    (1.0, 5, 0.95), (0.02, 50, 0.0)])
def test_mostly_sits_a_bit_below_the_observed_ratio(ratio, checked, mostly):
    assert mostly_for(ratio, checked) == pytest.approx(mostly)


def test_passwords_never_reach_the_stub():
    assert config_url("postgresql+psycopg://u:s3cret@h:5432/db") == \
        "postgresql+psycopg://u:${VDSCAN_GX_PASSWORD}@h:5432/db"
    assert config_url("postgresql://u:***@h/db") == "postgresql://u:${VDSCAN_GX_PASSWORD}@h/db"
    assert config_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def _run_and_plant(directory, url, insert) -> None:
    assert all(o.success for o in run_suites(directory, url)), "suites must pass on the data they came from"
    for what, value in PLANTS.items():
        insert(value)
        failed = _failed(run_suites(directory, url))
        assert failed == {("remark", "expect_column_values_to_not_match_regex")}, (what, failed)
        outcome = run_suites(directory, url)[0]
        guard = [e for e in outcome.failures][0]
        assert guard.unexpected_count == 1 and value not in repr(outcome)
        insert(None)


def test_suites_on_sqlite(tmp_path):
    path = tmp_path / "fleet.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE vehicle_track (vin VARCHAR(17), lat DOUBLE, lon DOUBLE, phone VARCHAR(20), "
                   "remark TEXT, plate VARCHAR(10))")
        db.executemany("INSERT INTO vehicle_track VALUES (?, ?, ?, ?, ?, ?)", ROWS)
    url = f"sqlite:///{path}"
    result = export_suites(_scan(url, None, "fleet"), tmp_path / "gx")
    # SQLite tables are (file, table): no schema, so GX uses the connection's default.
    assert "schema_name" not in result.config.read_text()

    def insert(value: str | None) -> None:
        with sqlite3.connect(path) as db:
            if value is None:
                db.execute("DELETE FROM vehicle_track WHERE vin = 'PLANTED'")
            else:
                db.execute("INSERT INTO vehicle_track VALUES ('PLANTED', NULL, NULL, NULL, ?, NULL)", (value,))

    # The VIN expectation tolerates the planted row (mostly 0.95), so only the guard on `remark` fails.
    _run_and_plant(tmp_path / "gx", None, insert)


def test_suites_on_postgresql(tmp_path, pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE SCHEMA telematics"))
        conn.execute(text("CREATE TABLE telematics.vehicle_track (vin VARCHAR(17), lat DOUBLE PRECISION, "
                          "lon DOUBLE PRECISION, phone VARCHAR(20), remark TEXT, plate VARCHAR(10))"))
        conn.execute(text("INSERT INTO telematics.vehicle_track VALUES (:a, :b, :c, :d, :e, :f)"),
                     [dict(zip("abcdef", row)) for row in ROWS])
    db = pg_url.rsplit("/", 1)[1]
    masked = pg_url.replace("postgres@", "postgres:***@")
    result = export_suites(_scan(masked, "telematics", db), tmp_path / "gx")
    assert "${VDSCAN_GX_PASSWORD}" in result.config.read_text()

    def insert(value: str | None) -> None:
        with engine.begin() as conn:
            if value is None:
                conn.execute(text("DELETE FROM telematics.vehicle_track WHERE vin = 'PLANTED'"))
            else:
                conn.execute(text("INSERT INTO telematics.vehicle_track (vin, remark) VALUES ('PLANTED', :r)"),
                             {"r": value})

    try:
        _run_and_plant(tmp_path / "gx", pg_url, insert)
    finally:
        engine.dispose()
