"""SqlConnector on SQLite and DuckDB files (read-only, timeouts, rowid windows, USING SAMPLE, generic path)."""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import duckdb
import pytest
from sqlalchemy import create_engine

from connectors import source_url
from connectors.base import ConnectorError, SourceOptions
from connectors.filters import TableFilter
from connectors.sql import SqlConnector
from connectors.sql.catalog import CatalogContext, InspectorCatalog
from connectors.sql.catalog_files import SqliteCatalog
from scanner.model import ScanError, TableRef

SLOW_SQLITE = """CREATE VIEW slow AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r
                 WHERE i < 1000000000) SELECT max(i) AS m FROM r"""


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "fleet data.db"
    con = sqlite3.connect(path)
    con.execute('CREATE TABLE big (id INTEGER PRIMARY KEY, marker TEXT, "select" TEXT, raw BLOB)')
    con.executemany('INSERT INTO big (marker, "select", raw) VALUES (?, ?, ?)',
                    [("first" if i < 1000 else "later", "车" * (3000 if i % 100 == 0 else 20),
                     b"\x89PNG" + bytes(5000 if i % 100 == 0 else 50)) for i in range(60000)])
    con.execute("CREATE TABLE mixed (v)")
    con.executemany("INSERT INTO mixed VALUES (?)", [(1,), ("text",), (b"\x00\x01",), (2.5,), (None,)])
    con.execute("CREATE TABLE empty_cols (a TEXT, b INTEGER)")
    con.execute("INSERT INTO empty_cols VALUES (NULL, NULL)")
    con.execute("CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
    con.executemany("INSERT INTO keyed VALUES (?, ?)", [(f"k{i:05d}", f"v{i}") for i in range(3000)])
    con.execute("CREATE TABLE gone (a INT)")
    con.execute("CREATE VIEW broken AS SELECT a FROM gone")
    con.execute("DROP TABLE gone")
    con.execute(SLOW_SQLITE)
    con.commit()
    con.close()
    return path


def test_sqlite_discovery_parts_and_broken_view(sqlite_file: Path) -> None:
    connector = SqlConnector(source_url(str(sqlite_file)), SourceOptions(include_views=True))
    try:
        items = list(connector.discover())
    finally:
        connector.close()
    errors = [e for e in items if isinstance(e, ScanError)]
    tables = {t.name: t for t in items if isinstance(t, TableRef)}
    assert [(e.target, e.stage) for e in errors] == [("fleet data.broken", "discover")]
    assert "no such table" in errors[0].reason
    assert tables["big"].parts == ("fleet data", "big") and tables["big"].row_estimate == 60000
    assert tables["keyed"].locator.rowid is None and tables["keyed"].locator.primary_key == ("k",)
    assert tables["slow"].kind == "view"


@pytest.fixture
def many_tables(tmp_path: Path) -> Path:
    """41 relations: rowid tables (some shadowing `rowid`), WITHOUT ROWID tables, a view; ANALYZEd."""
    path = tmp_path / "many.db"
    con = sqlite3.connect(path)
    for i in range(40):
        con.execute(f'CREATE TABLE "t {i}" (id INTEGER PRIMARY KEY, vin TEXT NOT NULL, "rowid" INT)' if i % 7 == 0
                    else f'CREATE TABLE "t {i}" (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID' if i % 5 == 0
                    else f'CREATE TABLE "t {i}" (a TEXT, b REAL)')
        con.execute(f'INSERT INTO "t {i}" VALUES ({", ".join(["1"] * (3 if i % 7 == 0 else 2))})')
    con.execute('CREATE VIEW "v 1" AS SELECT a FROM "t 1"')
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return path


def _discovered(path: Path, statements) -> tuple[list[TableRef], list[str]]:  # noqa: ANN001
    connector = SqlConnector(source_url(str(path)), SourceOptions(include_views=True))
    try:
        with statements(connector.engine) as seen:
            found = [t for t in connector.discover() if isinstance(t, TableRef)]
    finally:
        connector.close()
    return found, seen


def _described(tables: list[TableRef]) -> list[tuple]:
    return [(t.fqn, t.columns, t.row_estimate, t.fingerprint, t.locator) for t in tables]


def test_sqlite_discovery_reads_in_bulk_what_it_reads_table_by_table(many_tables: Path, statements,  # noqa: ANN001
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bulk, bulk_statements = _discovered(many_tables, statements)
    monkeypatch.setattr(SqliteCatalog, "_all_columns", staticmethod(lambda conn, schema, span: {}))
    one_by_one, per_table_statements = _discovered(many_tables, statements)
    assert len(bulk) == 41 and len(bulk_statements) < 10 < 41 < len(per_table_statements)
    assert _described(bulk) == _described(one_by_one)
    by_name = {t.name: t for t in bulk}
    assert by_name["t 0"].locator.rowid == "_rowid_" and by_name["t 5"].locator.rowid is None
    assert by_name["t 1"].row_estimate == 1 and by_name["v 1"].kind == "view"


def test_sqlite_discovery_in_pages_reads_each_table_once(many_tables: Path, statements,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    whole, _ = _discovered(many_tables, statements)
    monkeypatch.setattr(SqliteCatalog, "FIRST_PAGE_TABLES", 3)
    monkeypatch.setattr(SqliteCatalog, "PAGE_TABLES", 7)
    paged, seen = _discovered(many_tables, statements)
    assert _described(paged) == _described(whole)
    # 41 relations: pages of 3, then 7 × 5 and a last one of 3; each page lists its names once.
    assert len([s for s in seen if s.lstrip().startswith("SELECT name, type, sql")]) == 7
    assert sorted(t.name for t in paged) == sorted({t.name for t in paged})


def test_sqlite_rowid_windows_cut_cells_and_mixed_types(sqlite_file: Path, statements) -> None:  # noqa: ANN001
    connector = SqlConnector(str(sqlite_file) and source_url(str(sqlite_file)), SourceOptions(max_cell_bytes=32))
    try:
        tables = {t.name: t for t in connector.discover() if isinstance(t, TableRef)}
        with statements(connector.engine) as seen:
            sample = connector.sample(tables["big"], ["id", "marker", "select", "raw"], 50)
        other = connector.sample(tables["big"], ["id"], 50)
        mixed = connector.sample(tables["mixed"], ["v"], 10)
        empty_cols = connector.sample(tables["empty_cols"], ["a", "b"], 10)
        keyed = connector.sample(tables["keyed"], ["k"], 10)
    finally:
        connector.close()
    assert len([s for s in seen if "big" in s]) == 1
    assert sample.method == "random_window" and sample.rows == 50
    assert max(sample.table.column("id").to_pylist()) > 1000
    assert set(sample.table.column("id").to_pylist()) != set(other.table.column("id").to_pylist())
    assert all(len(v.encode()) <= 32 for v in sample.table.column("select").to_pylist())
    assert all(v.startswith(b"\x89PNG") and len(v) == 32 for v in sample.table.column("raw").to_pylist())
    assert mixed.rows == 5 and mixed.table.column("v").null_count == 1  # mixed types fell back to text
    assert empty_cols.table.column("a").null_count == 1 and empty_cols.table.column("b").null_count == 1
    assert (keyed.method, keyed.random, keyed.rows) == ("first_rows", False, 10)  # no rowid, no estimate


def test_sqlite_is_read_only_and_times_out(sqlite_file: Path) -> None:
    connector = SqlConnector(source_url(str(sqlite_file)), SourceOptions(include_views=True, statement_timeout_s=0.2))
    try:
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            with connector.session() as conn:
                conn.exec_driver_sql("INSERT INTO empty_cols VALUES ('x', 1)")
        tables = {t.name: t for t in connector.discover() if isinstance(t, TableRef)}
        with pytest.raises(ConnectorError, match=r"fleet data\.slow: sample failed: statement timeout after 0\.2 s"):
            connector.sample(tables["slow"], ["m"], 1)
        assert connector.sample(tables["big"], ["marker"], 5).rows == 5
    finally:
        connector.close()
    with sqlite3.connect(sqlite_file) as con:
        assert con.execute("SELECT count(*) FROM empty_cols").fetchone() == (1,)


def test_sqlite_distinct(sqlite_file: Path) -> None:
    connector = SqlConnector(source_url(str(sqlite_file)))
    try:
        tables = {t.name: t for t in connector.discover() if isinstance(t, TableRef)}
        marker = connector.estimate_distinct(tables["big"], ["marker"], 5)
    finally:
        connector.close()
    assert (marker.value, marker.method, marker.exact) == (2, "count_distinct", True)


def test_generic_inspector_path(sqlite_file: Path) -> None:
    """The path every other dialect takes, exercised on SQLite: tables, views, per-table reflection errors."""
    engine = create_engine(f"sqlite:///{sqlite_file}")
    ctx = CatalogContext(source="s", url=engine.url, include_views=True, table_filter=TableFilter(),
                         session=engine.connect)
    try:
        with engine.connect() as conn:
            items = list(InspectorCatalog(ctx).tables(conn))
    finally:
        engine.dispose()
    tables = {t.name: t for t in items if isinstance(t, TableRef)}
    errors = [e for e in items if isinstance(e, ScanError)]
    assert {"big", "mixed", "keyed", "slow"} <= set(tables) and tables["big"].parts == ("main", "big")
    assert [c.name for c in tables["big"].columns] == ["id", "marker", "select", "raw"]
    assert [e.target for e in errors] == ["main.broken"]


@pytest.fixture
def duckdb_file(tmp_path: Path) -> Path:
    path = tmp_path / "lake.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE telemetry AS SELECT i AS id, CASE WHEN i < 1000 THEN 'first' ELSE 'later' END AS marker,
                   {'lat': 39.9, 'lon': 116.4} AS pos, map(['k'], [i]) AS tags, [i, i + 1] AS seq,
                   repeat('车', CASE WHEN i < 100 THEN 5000 ELSE 20 END) AS note,
                   '\\x89PNG'::BLOB || repeat('x', CASE WHEN i < 100 THEN 5000 ELSE 50 END)::BLOB AS raw,
                   NULL::VARCHAR AS empty_cols, (i / 7)::DECIMAL(12, 3) AS amount
                   FROM range(200000) r(i)""")
    con.execute("COMMENT ON TABLE telemetry IS '遥测'")
    con.execute("COMMENT ON COLUMN telemetry.pos IS '位置'")
    con.execute("CREATE SCHEMA ods")
    con.execute('CREATE TABLE ods."车辆轨迹" ("select" INTEGER)')
    con.execute('INSERT INTO ods."车辆轨迹" VALUES (1), (2)')
    con.execute("CREATE VIEW slow AS SELECT count(*) AS c FROM range(100000000000) a")
    con.close()
    return path


def test_duckdb_discovery_sample_types_and_distinct(duckdb_file: Path, statements) -> None:  # noqa: ANN001
    connector = SqlConnector(source_url(str(duckdb_file)), SourceOptions(max_cell_bytes=40), rng=random.Random(7))
    try:
        tables = {t.fqn: t for t in connector.discover() if isinstance(t, TableRef)}
        assert set(tables) == {"lake.main.telemetry", "lake.ods.车辆轨迹"}
        telemetry = tables["lake.main.telemetry"]
        assert telemetry.comment == "遥测" and telemetry.row_estimate == 200000
        assert {c.name: c.comment for c in telemetry.columns}["pos"] == "位置"
        names = [c.name for c in telemetry.columns]
        with statements(connector.engine) as seen:
            sample = connector.sample(telemetry, names, 100)
        distinct = connector.estimate_distinct(telemetry, ["marker"], 5)
        cn = connector.sample(tables["lake.ods.车辆轨迹"], ["select"], 5)
    finally:
        connector.close()
    assert len([s for s in seen if "telemetry" in s]) == 1 and "USING SAMPLE 100 ROWS" in seen[-1]
    assert sample.method == "using_sample" and sample.rows == 100
    assert max(sample.table.column("id").to_pylist()) > 1000
    row = sample.table.to_pylist()[0]
    assert "39.9" in row["pos"] and "k" in row["tags"] and row["seq"].startswith("[")
    assert len(row["note"].encode()) <= 40 and row["raw"].startswith(b"\x89PNG") and len(row["raw"]) == 40
    assert sample.table.column("empty_cols").null_count == 100
    assert str(sample.table.schema.field("amount").type).startswith("decimal")
    assert distinct.method == "approx_count_distinct" and distinct.value == 2
    assert sorted(cn.table.column("select").to_pylist()) == [1, 2]


def test_duckdb_read_only_and_interrupt(duckdb_file: Path) -> None:
    connector = SqlConnector(f"duckdb:///{duckdb_file}", SourceOptions(include_views=True, statement_timeout_s=0.3))
    try:
        with pytest.raises(Exception, match="read-only"):
            with connector.session() as conn:
                conn.exec_driver_sql("CREATE TABLE nope (a INT)")
        tables = {t.name: t for t in connector.discover() if isinstance(t, TableRef)}
        with pytest.raises(ConnectorError, match=r"lake\.main\.slow: sample failed: statement timeout after 0\.3 s"):
            connector.sample(tables["slow"], ["c"], 1)
        assert connector.sample(tables["telemetry"], ["marker"], 5).rows == 5
    finally:
        connector.close()


def test_missing_files_and_bad_urls_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ConnectorError, match="cannot connect"):
        SqlConnector(f"sqlite:///{tmp_path / 'absent.db'}")
    with pytest.raises(ConnectorError, match="not a SQLAlchemy URL"):
        SqlConnector("definitely not a url")
    with pytest.raises(ConnectorError, match=r"^nosuchdb://user:\*\*\*@h/db: no driver for 'nosuchdb'"):
        SqlConnector("nosuchdb://user:pw1234@h/db")
