"""SqlConnector against a real PostgreSQL server."""
from __future__ import annotations

import decimal
import time

import pyarrow as pa
import pytest
from sqlalchemy.engine import Engine

from connectors.base import ConnectorError, SourceOptions
from connectors.sql import SqlConnector
from scanner.model import ScanError, TableRef

pytestmark = pytest.mark.postgres

HOSTILE = 'x"; DROP TABLE y; --'
LONG_TABLE = "t" * 63
LONG_COLUMN = "c" * 63
SMALL_CELL = 64

SETUP = [
    "CREATE SCHEMA fleet",
    'CREATE SCHEMA "other schema"',
    'CREATE SCHEMA "evil""schema; --"',
    "CREATE TYPE fleet.fuel AS ENUM ('petrol', 'electric')",
    """CREATE TABLE fleet.vehicles (id serial PRIMARY KEY, vin varchar(17) NOT NULL, plate text,
       fuel fleet.fuel, bought timestamptz, price numeric(12,2))""",
    "COMMENT ON TABLE fleet.vehicles IS '车辆 vehicles'",
    "COMMENT ON COLUMN fleet.vehicles.vin IS '车架号 VIN'",
    """INSERT INTO fleet.vehicles (vin, plate, fuel, bought, price)
       SELECT 'LSVAU2180N' || lpad(i::text, 7, '0'), '京A' || i,
              CASE WHEN mod(i, 2) = 0 THEN 'petrol'::fleet.fuel ELSE 'electric'::fleet.fuel END,
              '2025-01-01 08:00+08'::timestamptz + i * interval '1 day', 1000.5 + i
       FROM generate_series(1, 50) i""",
    "CREATE TABLE fleet.big (id bigint PRIMARY KEY, marker text, payload text)",
    """INSERT INTO fleet.big SELECT i, CASE WHEN i <= 1000 THEN 'first' ELSE 'later' END, md5(i::text)
       FROM generate_series(1, 100000) i""",
    "CREATE TABLE fleet.trips (id bigint, started date NOT NULL, km real) PARTITION BY RANGE (started)",
    "CREATE TABLE fleet.trips_2025 PARTITION OF fleet.trips FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
    "CREATE TABLE fleet.trips_2026 PARTITION OF fleet.trips FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
    """INSERT INTO fleet.trips SELECT i, DATE '2025-01-01' + mod(i, 700), i / 10.0
       FROM generate_series(1, 2000) i""",
    "CREATE VIEW fleet.v_vehicles AS SELECT id, vin FROM fleet.vehicles",
    "CREATE VIEW fleet.slow AS SELECT pg_sleep(3)::text AS s, 1 AS a",
    """CREATE TABLE fleet.odd (id int PRIMARY KEY, doc jsonb, tags int[], raw bytea, big_text text,
       fuel fleet.fuel, amount numeric(20,6), seen timestamptz, nothing text, cn text, u uuid,
       span interval, addr inet, period tsrange)""",
    """INSERT INTO fleet.odd VALUES
       (1, '{"vin": "LSVAU2180N1234567", "车": "京A12345"}', '{1,2,3}',
        decode('89504e470d0a1a0a', 'hex') || decode(repeat('00', 1000000), 'hex'),
        repeat('车', 1000000), 'petrol', 12345678901234.123456, '2026-03-01 12:00+08', NULL, '京A·12345 行驶轨迹',
        'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day 2 hours', '10.0.0.1', '[2026-01-01,2026-02-01)'),
       (2, 'null', '{}', '', '', NULL, -0.5, NULL, NULL, '', NULL, NULL, NULL, NULL)""",
    f'CREATE TABLE fleet."{HOSTILE.replace(chr(34), chr(34) * 2)}" ("select" text, "order" int, "a""b" text, "车架号" text)',
    f"""INSERT INTO fleet."{HOSTILE.replace(chr(34), chr(34) * 2)}" VALUES ('s1', 1, 'q"uote', 'LSV1'), ('s2', 2, NULL, 'LSV2')""",
    "CREATE TABLE fleet.y (a int)",
    "INSERT INTO fleet.y VALUES (1)",
    'CREATE TABLE fleet."车辆轨迹" ("经度" double precision, "纬度" double precision, "时间" timestamptz)',
    """INSERT INTO fleet."车辆轨迹" VALUES (116.397, 39.908, '2026-01-01 00:00+08')""",
    f'CREATE TABLE fleet."{LONG_TABLE}" ("{LONG_COLUMN}" int)',
    f'INSERT INTO fleet."{LONG_TABLE}" VALUES (7)',
    'CREATE TABLE "other schema".parts_list (part_no text)',
    'CREATE TABLE "evil""schema; --"."semi;colon `tick` space" ("col with space" text)',
    """INSERT INTO "evil""schema; --"."semi;colon `tick` space" VALUES ('ok')""",
    "CREATE TABLE fleet.secret (id int, face bytea)",
    "CREATE TABLE fleet.evolving (a int)",
    "ANALYZE",
]


@pytest.fixture(scope="module")
def pg(pg_admin: Engine, pg_url: str, pg_database: str, script) -> str:  # noqa: ANN001
    script(pg_admin, SETUP)
    reader = f"{pg_database}_reader"
    script(pg_admin, [
        f'CREATE ROLE "{reader}" LOGIN',
        f'GRANT CONNECT ON DATABASE "{pg_database}" TO "{reader}"',
        f'GRANT USAGE ON SCHEMA fleet TO "{reader}"',
        f'GRANT SELECT ON fleet.vehicles TO "{reader}"',
    ])
    return pg_url


def connect(url: str, **options: object) -> SqlConnector:
    return SqlConnector(url, SourceOptions(**options))  # type: ignore[arg-type]


def tables_by_fqn(items: list[TableRef | ScanError]) -> dict[str, TableRef]:
    return {t.fqn: t for t in items if isinstance(t, TableRef)}


def test_discovery_in_pages_finds_each_table_once_in_a_session_of_its_own(pg: str, monkeypatch) -> None:  # noqa: ANN001
    from connectors.sql.catalog_postgres import PostgresCatalog

    connector = connect(pg, include_views=True)
    try:
        whole = list(connector.discover())
        monkeypatch.setattr(PostgresCatalog, "FIRST_PAGE_TABLES", 1)
        monkeypatch.setattr(PostgresCatalog, "PAGE_TABLES", 2)
        checkouts = []
        session = connector.session

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            checkouts.append(1)
            return session(*args, **kwargs)

        monkeypatch.setattr(connector, "session", counted)
        paged = list(connector.discover())
    finally:
        connector.close()
    assert [t.fqn for t in paged] == [t.fqn for t in whole] and len(whole) > 6
    assert [t.columns for t in paged] == [t.columns for t in whole]
    assert [t.locator for t in paged] == [t.locator for t in whole]
    assert [t.fingerprint for t in paged] == [t.fingerprint for t in whole]
    # ceil(tables / 2) pages at most (views and partitions count in a page before they are filtered), each its own.
    assert len(checkouts) >= len(whole) // 2


def test_discovery_schemas_partitions_comments_types(pg: str, pg_database: str) -> None:
    connector = connect(pg)
    try:
        items = list(connector.discover())
    finally:
        connector.close()
    assert not [e for e in items if isinstance(e, ScanError)]
    tables = tables_by_fqn(items)
    db = pg_database
    assert f"{db}.fleet.vehicles" in tables and f"{db}.other schema.parts_list" in tables
    assert f'{db}.evil"schema; --.semi;colon `tick` space' in tables
    assert not any(p in {"pg_catalog", "information_schema", "pg_toast"} for t in tables.values() for p in t.parts)
    # The partitioned table once, with statistics summed over its partitions; partitions themselves absent.
    assert f"{db}.fleet.trips" in tables
    assert not any(name.startswith(f"{db}.fleet.trips_") for name in tables)
    assert tables[f"{db}.fleet.trips"].row_estimate == 2000
    # Views only with include_views.
    assert f"{db}.fleet.v_vehicles" not in tables and f"{db}.fleet.slow" not in tables
    vehicles = tables[f"{db}.fleet.vehicles"]
    assert vehicles.parts == (db, "fleet", "vehicles")
    assert vehicles.comment == "车辆 vehicles"
    columns = {c.name: c for c in vehicles.columns}
    assert [c.name for c in vehicles.columns] == ["id", "vin", "plate", "fuel", "bought", "price"]
    assert columns["vin"].type == "character varying(17)" and columns["vin"].nullable is False
    assert columns["vin"].comment == "车架号 VIN"
    assert columns["bought"].type == "timestamp with time zone"
    assert columns["price"].type == "numeric(12,2)"
    assert columns["fuel"].type.endswith("fuel")
    assert columns["plate"].nullable is True
    assert vehicles.row_estimate == 50
    assert tables[f"{db}.fleet.big"].row_estimate == 100000
    assert {c.type for c in tables[f"{db}.fleet.odd"].columns} >= {"jsonb", "integer[]", "bytea", "tsrange"}


def test_views_included_on_request_and_filters_apply(pg: str, pg_database: str) -> None:
    connector = connect(pg, include_views=True, include=("fleet.v_*", "fleet.vehicles"))
    try:
        tables = tables_by_fqn(list(connector.discover()))
    finally:
        connector.close()
    assert set(tables) == {f"{pg_database}.fleet.v_vehicles", f"{pg_database}.fleet.vehicles"}
    assert tables[f"{pg_database}.fleet.v_vehicles"].kind == "view"
    assert tables[f"{pg_database}.fleet.v_vehicles"].row_estimate is None


def test_fingerprint_is_stable_and_follows_schema_changes(pg: str, pg_admin: Engine, script) -> None:  # noqa: ANN001
    def evolving() -> TableRef:
        connector = connect(pg, include=("fleet.evolving",))
        try:
            (found,) = list(connector.discover())
        finally:
            connector.close()
        assert isinstance(found, TableRef)
        return found

    first, again = evolving(), evolving()
    assert first.fingerprint == again.fingerprint
    script(pg_admin, ["ALTER TABLE fleet.evolving ADD COLUMN b text"])
    assert evolving().fingerprint != first.fingerprint


def discovered(connector: SqlConnector, fqn_tail: str) -> TableRef:
    for item in connector.discover():
        if isinstance(item, TableRef) and item.fqn.endswith(fqn_tail):
            return item
    raise AssertionError(f"{fqn_tail} not discovered")


def test_one_query_per_table_random_not_first_rows(pg: str, statements) -> None:  # noqa: ANN001
    connector = connect(pg, include=("fleet.big",))
    try:
        big = discovered(connector, "fleet.big")
        with statements(connector.engine) as seen:
            first = connector.sample(big, ["id", "marker", "payload"], 100)
        reads = [s for s in seen if "big" in s]
        assert len(reads) == 1, reads
        assert "TABLESAMPLE" in reads[0].upper()
        second = connector.sample(big, ["id", "marker", "payload"], 100)
    finally:
        connector.close()
    assert first.method == "tablesample" and first.random is True
    assert first.table.column_names == ["id", "marker", "payload"]
    assert 50 <= first.rows <= 100
    ids = first.table.column("id").to_pylist()
    # Rows 1..1000 are special; a first-rows reader would return only those.
    assert max(ids) > 1000 and "later" in first.table.column("marker").to_pylist()
    assert set(ids) != set(second.table.column("id").to_pylist())


def test_small_table_read_whole_then_drawn(pg: str) -> None:
    connector = connect(pg, include=("fleet.vehicles",))
    try:
        vehicles = discovered(connector, "fleet.vehicles")
        sample = connector.sample(vehicles, ["vin", "fuel", "bought", "price"], 10)
    finally:
        connector.close()
    assert sample.method == "full_read" and sample.random and sample.rows == 10
    assert all(v.startswith("LSVAU2180N") for v in sample.table.column("vin").to_pylist())
    assert set(sample.table.column("fuel").to_pylist()) <= {"petrol", "electric"}
    assert pa.types.is_timestamp(sample.table.schema.field("bought").type)
    assert sample.table.schema.field("bought").type.tz is not None
    assert pa.types.is_decimal(sample.table.schema.field("price").type)


def test_session_is_read_only(pg: str) -> None:
    connector = connect(pg)
    try:
        with connector.session() as conn:
            assert conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "5s"
        with pytest.raises(Exception, match="read-only transaction"):
            with connector.session() as conn:
                conn.exec_driver_sql("INSERT INTO fleet.y VALUES (2)")
        with pytest.raises(Exception, match="read-only transaction"):
            with connector.session() as conn:
                conn.exec_driver_sql("CREATE TABLE fleet.should_not_exist (a int)")
        # Even a connection taken straight from the pool defaults to read-only transactions.
        with connector.engine.connect() as raw:
            assert raw.exec_driver_sql("SHOW default_transaction_read_only").scalar() == "on"
    finally:
        connector.close()


def test_a_sample_is_one_statement_and_timeouts_are_restored(pg: str, statements) -> None:  # noqa: ANN001
    connector = connect(pg, include=("fleet.vehicles", "fleet.big"), extra={"pool_size": 1})
    try:
        vehicles = discovered(connector, "fleet.vehicles")
        big = discovered(connector, "fleet.big")
        connector.sample(vehicles, ["vin"], 5)  # the connection now has the sampling timeout
        with statements(connector.engine) as seen:
            connector.sample(big, ["marker", "payload"], 5)
            connector.sample(vehicles, ["vin", "plate"], 5)
        assert len(seen) == 2 and all(s.lstrip().upper().startswith("SELECT") for s in seen)
        with connector.session(2.5) as conn:
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "2500ms"
        with connector.session() as conn:
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "5s"
            assert conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
    finally:
        connector.close()


def test_a_connection_the_server_dropped_is_replaced(pg: str, pg_admin: Engine) -> None:
    connector = connect(pg, include=("fleet.vehicles",), extra={"pool_size": 1})
    try:
        vehicles = discovered(connector, "fleet.vehicles")
        with connector.session() as conn:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with pg_admin.connect() as admin:
            admin.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
        assert connector.sample(vehicles, ["vin"], 5).rows == 5
        with connector.session() as conn:
            assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid
            assert conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
    finally:
        connector.close()


def test_statement_timeout_fires_and_scan_goes_on(pg: str) -> None:
    connector = connect(pg, include_views=True, include=("fleet.slow", "fleet.vehicles"), statement_timeout_s=0.3)
    try:
        slow = discovered(connector, "fleet.slow")
        vehicles = discovered(connector, "fleet.vehicles")
        started = time.monotonic()
        with pytest.raises(ConnectorError, match=r"fleet\.slow: sample failed: statement timeout after 0\.3 s"):
            connector.sample(slow, ["s", "a"], 10)
        assert time.monotonic() - started < 2.5
        assert connector.sample(vehicles, ["vin"], 5).rows == 5
    finally:
        connector.close()


def test_hostile_identifiers_are_names(pg: str, pg_admin: Engine, statements) -> None:  # noqa: ANN001
    connector = connect(pg)
    try:
        tables = tables_by_fqn(list(connector.discover()))
        hostile = next(t for t in tables.values() if t.name == HOSTILE)
        with statements(connector.engine) as seen:
            sample = connector.sample(hostile, ["select", "order", 'a"b', "车架号"], 10)
        assert sample.table.column_names == ["select", "order", 'a"b', "车架号"]
        assert sorted(sample.table.column("select").to_pylist()) == ["s1", "s2"]
        assert 'q"uote' in sample.table.column('a"b').to_pylist()
        assert not any("DROP" in s.upper().replace(HOSTILE.upper().replace('"', '""'), "") for s in seen)
        cn = next(t for t in tables.values() if t.name == "车辆轨迹")
        assert connector.sample(cn, ["经度", "纬度", "时间"], 5).table.column("经度").to_pylist() == [116.397]
        long = next(t for t in tables.values() if t.name == LONG_TABLE)
        assert connector.sample(long, [LONG_COLUMN], 5).table.column(LONG_COLUMN).to_pylist() == [7]
        evil = next(t for t in tables.values() if t.name == "semi;colon `tick` space")
        assert evil.parts[1] == 'evil"schema; --'
        assert connector.sample(evil, ["col with space"], 5).table.column(0).to_pylist() == ["ok"]
    finally:
        connector.close()
    with pg_admin.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM fleet.y").scalar() == 1


def test_percent_and_colon_in_names_are_text(pg: str, pg_admin: Engine) -> None:
    # exec_driver_sql hands psycopg an empty parameter set, so the fixture's own `%` is written doubled.
    with pg_admin.connect() as conn:
        conn.exec_driver_sql('CREATE TABLE fleet."pct%%s" ("100%%s :x" text, ":y" int)')
        conn.exec_driver_sql("""INSERT INTO fleet."pct%%s" VALUES ('p1', 1)""")
        conn.commit()
    connector = connect(pg, include=("fleet.pct*",))
    try:
        table = discovered(connector, "fleet.pct%s")
        sample = connector.sample(table, ["100%s :x", ":y"], 5)
        assert sample.table.to_pylist() == [{"100%s :x": "p1", ":y": 1}]
    finally:
        connector.close()
        with pg_admin.connect() as conn:
            conn.exec_driver_sql('DROP TABLE fleet."pct%%s"')
            conn.commit()


def test_odd_types_huge_values_and_null_only_columns(pg: str, statements) -> None:  # noqa: ANN001
    connector = connect(pg, include=("fleet.odd",), max_cell_bytes=SMALL_CELL)
    try:
        odd = discovered(connector, "fleet.odd")
        names = [c.name for c in odd.columns]
        with statements(connector.engine) as seen:
            sample = connector.sample(odd, names, 10)
    finally:
        connector.close()
    (read,) = [s for s in seen if "odd" in s]
    assert "substr(" in read  # huge values are cut by the server, not after the transfer
    rows = {r["id"]: r for r in sample.table.to_pylist()}
    assert sample.table.column_names == names and set(rows) == {1, 2}
    one = rows[1]
    assert "京A12345" in one["doc"] and one["tags"] == "{1,2,3}"
    assert isinstance(one["raw"], bytes) and one["raw"].startswith(b"\x89PNG") and len(one["raw"]) == SMALL_CELL
    assert len(one["big_text"].encode()) <= SMALL_CELL and one["big_text"].startswith("车车")
    assert one["fuel"] == "petrol" and one["cn"] == "京A·12345 行驶轨迹"
    assert one["amount"] == decimal.Decimal("12345678901234.123456")
    assert one["u"] == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
    assert one["period"].startswith("[\"2026-01-01")
    assert sample.table.column("nothing").null_count == 2
    assert rows[2]["raw"] == b"" and rows[2]["amount"] == decimal.Decimal("-0.5")


def test_permission_denied_table_reported_others_scanned(pg: str, pg_database: str) -> None:
    reader_url = pg.replace("postgres:s3cret@", f"{pg_database}_reader@")
    connector = connect(reader_url, include=("fleet.secret", "fleet.vehicles"))
    try:
        tables = {t.name: t for t in connector.discover() if isinstance(t, TableRef)}
        assert set(tables) == {"secret", "vehicles"}
        assert any("no SELECT privilege" in note for note in tables["secret"].notes)
        with pytest.raises(ConnectorError, match=r"fleet\.secret: sample failed: permission denied"):
            connector.sample(tables["secret"], ["id", "face"], 10)
        assert connector.sample(tables["vehicles"], ["vin"], 3).rows == 3
    finally:
        connector.close()


def test_estimate_distinct(pg: str) -> None:
    connector = connect(pg, include_views=True, include=("fleet.big", "fleet.v_vehicles"))
    try:
        big = discovered(connector, "fleet.big")
        view = discovered(connector, "fleet.v_vehicles")
        marker = connector.estimate_distinct(big, ["marker"], 5)
        ids = connector.estimate_distinct(big, ["id"], 5)
        pair = connector.estimate_distinct(big, ["id", "marker"], 5)
        via_view = connector.estimate_distinct(view, ["vin"], 5)
    finally:
        connector.close()
    assert (marker.value, marker.method, marker.exact) == (2, "pg_stats", False)
    assert ids.method == "pg_stats" and ids.value == 100000  # n_distinct = -1: a fraction of reltuples
    assert (pair.value, pair.method, pair.exact) == (100000, "count_distinct", True)
    assert via_view.method == "hll_sample" and 45 <= (via_view.value or 0) <= 55


def test_estimate_distinct_out_of_budget_is_none(pg: str) -> None:
    connector = connect(pg, include_views=True, include=("fleet.slow",))
    try:
        slow = discovered(connector, "fleet.slow")
        started = time.monotonic()
        result = connector.estimate_distinct(slow, ["s"], 0.3)
    finally:
        connector.close()
    assert result.value is None and result.method == "hll_sample"
    assert time.monotonic() - started < 2.5


def test_unreachable_and_bad_credentials_are_masked() -> None:
    with pytest.raises(ConnectorError) as refused:
        SqlConnector("postgresql+psycopg://scanner:Hunter2pw@127.0.0.1:1/fleet")
    message = str(refused.value)
    assert "Hunter2pw" not in message and "scanner:***@127.0.0.1:1/fleet" in message
    assert "cannot connect" in message
    with pytest.raises(ConnectorError) as denied:
        SqlConnector("postgresql+psycopg://no_such_role_vdscan:Hunter2pw@127.0.0.1:5432/postgres")
    assert "Hunter2pw" not in str(denied.value) and "no_such_role_vdscan" in str(denied.value)


def test_concurrent_samples_share_one_pool(pg: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    connector = connect(pg, include=("fleet.big", "fleet.vehicles"), extra={"pool_size": 3})
    try:
        tables = [t for t in connector.discover() if isinstance(t, TableRef)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            samples = list(pool.map(lambda t: connector.sample(t, [c.name for c in t.columns], 20), tables * 6))
        assert all(s.rows == 20 for s in samples)
        assert connector.engine.pool.checkedout() == 0  # short connections: all back in the pool
    finally:
        connector.close()
