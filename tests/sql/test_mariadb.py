"""SqlConnector against a real MariaDB server (the MySQL dialect with MariaDB's timeout variable)."""
from __future__ import annotations

import decimal
import time

import pytest
from sqlalchemy.engine import Engine

from connectors.base import ConnectorError, SourceOptions
from connectors.sql import SqlConnector
from scanner.model import ScanError, TableRef

pytestmark = pytest.mark.mariadb

HOSTILE = 'x"; DROP TABLE y; --'
TICK = "a`b; select"
LONG_TABLE = "t" * 64
LONG_COLUMN = "c" * 64
SMALL_CELL = 64


def q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


SETUP_A = [
    """CREATE TABLE vehicles (id int AUTO_INCREMENT PRIMARY KEY, vin varchar(17) NOT NULL COMMENT '车架号 VIN',
       plate varchar(20), fuel enum('petrol','electric'), flags bit(8), made year, opts set('abs','esp'),
       price decimal(12,2), bought datetime) COMMENT='车辆 vehicles'""",
    """INSERT INTO vehicles (vin, plate, fuel, flags, made, opts, price, bought)
       SELECT CONCAT('LSVAU2180N', LPAD(seq, 7, '0')), CONCAT('京A', seq), IF(seq MOD 2 = 0, 'petrol', 'electric'),
              b'00000101', 2020 + seq MOD 5, 'abs,esp', 1000.5 + seq, '2026-01-01 08:00:00'
       FROM seq_1_to_50""",
    "CREATE TABLE big (id bigint PRIMARY KEY, marker varchar(10), payload char(32), KEY by_marker (marker))",
    "INSERT INTO big SELECT seq, IF(seq <= 1000, 'first', 'later'), MD5(seq) FROM seq_1_to_100000",
    "CREATE TABLE nokey (code varchar(10), n int)",
    "INSERT INTO nokey SELECT CONCAT('c', seq MOD 300), seq FROM seq_1_to_5000",
    """CREATE TABLE trips (id int, started date) PARTITION BY RANGE (YEAR(started))
       (PARTITION p2025 VALUES LESS THAN (2026), PARTITION p2026 VALUES LESS THAN (2027))""",
    "INSERT INTO trips SELECT seq, DATE('2025-06-01') + INTERVAL seq DAY FROM seq_1_to_400",
    "CREATE VIEW v_vehicles AS SELECT id, vin FROM vehicles",
    "CREATE VIEW slow AS SELECT SLEEP(3) AS s, 1 AS a",
    """CREATE TABLE odd (id int PRIMARY KEY, doc json, raw longblob, big_text longtext, nothing text,
       amount decimal(30,6), huge bigint unsigned, spot point, cn varchar(50))""",
    """INSERT INTO odd VALUES (1, '{"vin": "LSVAU2180N1234567", "车": "京A12345"}',
       CONCAT(UNHEX('89504E470D0A1A0A'), REPEAT(UNHEX('00'), 1000000)), REPEAT('车', 1000000), NULL,
       123456789012345678901234.123456, 18446744073709551615, ST_GeomFromText('POINT(116.397 39.908)'),
       '京A·12345 行驶轨迹'),
       (2, NULL, '', '', NULL, -0.5, 0, NULL, '')""",
    f"CREATE TABLE {q(HOSTILE)} (`select` text, `order` int, {q(TICK)} text, `车架号` text)",
    f"INSERT INTO {q(HOSTILE)} VALUES ('s1', 1, 'q`uote', 'LSV1'), ('s2', 2, NULL, 'LSV2')",
    "CREATE TABLE y (a int)",
    "INSERT INTO y VALUES (1)",
    "CREATE TABLE `车辆轨迹` (`经度` double, `纬度` double, `时间` datetime) COMMENT='轨迹'",
    "INSERT INTO `车辆轨迹` VALUES (116.397, 39.908, '2026-01-01 00:00:00')",
    f"CREATE TABLE {q(LONG_TABLE)} ({q(LONG_COLUMN)} int)",
    f"INSERT INTO {q(LONG_TABLE)} VALUES (7)",
    "ANALYZE TABLE vehicles, big, nokey, trips, odd",
]


@pytest.fixture(scope="module")
def maria(maria_admin: Engine, maria_databases: tuple[str, str], script) -> str:  # noqa: ANN001
    script(maria_admin, SETUP_A)
    script(maria_admin, [f"CREATE TABLE {q(maria_databases[1])}.parts_list (part_no varchar(20))"])
    return f"mysql+pymysql://root:@127.0.0.1:3306/{maria_databases[0]}"


def connect(url: str, **options: object) -> SqlConnector:
    return SqlConnector(url, SourceOptions(**options))  # type: ignore[arg-type]


def discovered(connector: SqlConnector, name: str) -> TableRef:
    for item in connector.discover():
        if isinstance(item, TableRef) and item.name == name:
            return item
    raise AssertionError(f"{name} not discovered")


def test_discovery_of_one_database(maria: str, maria_databases: tuple[str, str]) -> None:
    connector = connect(maria)
    try:
        items = list(connector.discover())
    finally:
        connector.close()
    assert not [e for e in items if isinstance(e, ScanError)]
    tables = {t.name: t for t in items if isinstance(t, TableRef)}
    assert {t.parts[0] for t in tables.values()} == {maria_databases[0]}
    assert {"vehicles", "big", "nokey", "trips", "odd", HOSTILE, "车辆轨迹", LONG_TABLE} <= set(tables)
    assert "v_vehicles" not in tables and "slow" not in tables
    vehicles = tables["vehicles"]
    assert vehicles.parts == (maria_databases[0], "vehicles") and vehicles.comment == "车辆 vehicles"
    columns = {c.name: c for c in vehicles.columns}
    assert columns["vin"].type == "varchar(17)" and not columns["vin"].nullable
    assert columns["vin"].comment == "车架号 VIN"
    assert columns["fuel"].type == "enum('petrol','electric')" and columns["flags"].type == "bit(8)"
    assert columns["opts"].type == "set('abs','esp')" and columns["made"].type.startswith("year")
    assert vehicles.locator.primary_key == ("id",)
    assert tables["trips"].row_estimate is not None  # partitioned: one table, partitions not listed
    assert 50_000 < (tables["big"].row_estimate or 0) < 200_000
    assert tables["车辆轨迹"].comment == "轨迹"


def test_url_without_database_discovers_all_databases(maria: str, maria_databases: tuple[str, str]) -> None:
    server = maria.rsplit("/", 1)[0] + "/"
    connector = connect(server, include=(f"re:^{maria_databases[0][:-2]}_",), include_views=True)
    try:
        tables = {t.fqn: t for t in connector.discover() if isinstance(t, TableRef)}
    finally:
        connector.close()
    assert f"{maria_databases[1]}.parts_list" in tables and f"{maria_databases[0]}.vehicles" in tables
    assert tables[f"{maria_databases[0]}.v_vehicles"].kind == "view"
    assert not any(t.parts[0] in {"mysql", "information_schema", "performance_schema", "sys"}
                   for t in tables.values())


def test_random_key_windows_in_one_query(maria: str, statements) -> None:  # noqa: ANN001
    connector = connect(maria)
    try:
        big = discovered(connector, "big")
        with statements(connector.engine) as seen:
            first = connector.sample(big, ["id", "marker"], 100)
        reads = [s for s in seen if "big" in s]
        second = connector.sample(big, ["id", "marker"], 100)
    finally:
        connector.close()
    assert len(reads) == 1 and "RAND(" not in reads[0].upper()
    assert first.method == "random_window" and first.random and 90 <= first.rows <= 100
    ids = first.table.column("id").to_pylist()
    assert max(ids) > 1000 and "later" in first.table.column("marker").to_pylist()
    assert set(ids) != set(second.table.column("id").to_pylist())


def test_table_without_key_is_flagged_first_rows(maria: str) -> None:
    connector = connect(maria)
    try:
        sample = connector.sample(discovered(connector, "nokey"), ["code"], 100)
    finally:
        connector.close()
    assert (sample.method, sample.random, sample.rows) == ("first_rows", False, 100)


def test_session_read_only_with_timeout(maria: str) -> None:
    connector = connect(maria)
    try:
        with connector.session(2.5) as conn:
            assert conn.exec_driver_sql("SELECT @@session.max_statement_time").scalar() == 2.5
            assert conn.exec_driver_sql("SELECT @@session.tx_read_only").scalar() == 1
        with pytest.raises(Exception, match="READ ONLY transaction"):
            with connector.session() as conn:
                conn.exec_driver_sql("INSERT INTO y VALUES (2)")
    finally:
        connector.close()


def test_a_sample_is_one_statement_and_timeouts_are_restored(maria: str, statements) -> None:  # noqa: ANN001
    connector = connect(maria, extra={"pool_size": 1})
    try:
        vehicles = discovered(connector, "vehicles")
        connector.sample(vehicles, ["vin"], 5)  # the connection now has the sampling timeout
        with statements(connector.engine) as seen:
            connector.sample(vehicles, ["vin", "plate"], 5)
        assert len(seen) == 1 and seen[0].lstrip().upper().startswith("SELECT")
        with connector.session(2.5) as conn:
            assert conn.exec_driver_sql("SELECT @@session.max_statement_time").scalar() == 2.5
        with connector.session() as conn:
            assert conn.exec_driver_sql("SELECT @@session.max_statement_time").scalar() == 5
            assert conn.exec_driver_sql("SELECT @@session.tx_read_only").scalar() == 1
        with pytest.raises(Exception, match="READ ONLY transaction"):
            with connector.session() as conn:
                conn.exec_driver_sql("CREATE TABLE should_not_exist (a int)")
    finally:
        connector.close()


def test_percent_and_colon_in_names_are_text(maria: str, maria_admin: Engine) -> None:
    # exec_driver_sql hands pymysql an empty parameter set, so the fixture's own `%` is written doubled.
    with maria_admin.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE `pct%%s` (`id` int PRIMARY KEY, `100%%s :x` text, `:y` int)")
        conn.exec_driver_sql("INSERT INTO `pct%%s` VALUES (1, 'p1', 1)")
        conn.commit()
    connector = connect(maria)
    try:
        sample = connector.sample(discovered(connector, "pct%s"), ["100%s :x", ":y"], 5)
        assert sample.table.to_pylist() == [{"100%s :x": "p1", ":y": 1}]
    finally:
        connector.close()
        with maria_admin.connect() as conn:
            conn.exec_driver_sql("DROP TABLE `pct%%s`")
            conn.commit()


def test_key_windows_over_long_and_repeated_looking_names(maria: str, maria_admin: Engine) -> None:
    with maria_admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE TABLE windowed (id int PRIMARY KEY, {q(LONG_COLUMN)} text, `b1` bit(8), "
                             "`b2` bit(8))")
        conn.exec_driver_sql("INSERT INTO windowed SELECT seq, CONCAT('v', seq), b'00000001', b'00000010' "
                             "FROM seq_1_to_200")
        conn.exec_driver_sql("ANALYZE TABLE windowed")
    connector = connect(maria)
    try:
        sample = connector.sample(discovered(connector, "windowed"), [LONG_COLUMN, "b1", "b2"], 5)
    finally:
        connector.close()
        with maria_admin.connect() as conn:
            conn.exec_driver_sql("DROP TABLE windowed")
    assert sample.method == "random_window" and 1 <= sample.rows <= 5
    assert set(sample.table.column("b1").to_pylist()) == {1} and set(sample.table.column("b2").to_pylist()) == {2}


def test_timeout_fires_and_next_table_is_sampled(maria: str) -> None:
    connector = connect(maria, include_views=True, statement_timeout_s=0.3)
    try:
        slow = discovered(connector, "slow")
        started = time.monotonic()
        with pytest.raises(ConnectorError, match=r"slow: sample failed: statement timeout after 0\.3 s"):
            connector.sample(slow, ["s", "a"], 10)
        assert time.monotonic() - started < 2.5
        assert connector.sample(discovered(connector, "vehicles"), ["vin"], 5).rows == 5
    finally:
        connector.close()


def test_hostile_identifiers(maria: str, maria_admin: Engine) -> None:
    connector = connect(maria)
    try:
        hostile = discovered(connector, HOSTILE)
        sample = connector.sample(hostile, ["select", "order", TICK, "车架号"], 10)
        assert sample.table.column_names == ["select", "order", TICK, "车架号"]
        assert sorted(sample.table.column("select").to_pylist()) == ["s1", "s2"]
        assert "q`uote" in sample.table.column(TICK).to_pylist()
        track = connector.sample(discovered(connector, "车辆轨迹"), ["经度", "纬度", "时间"], 5)
        assert track.table.column("纬度").to_pylist() == [39.908]
        long = connector.sample(discovered(connector, LONG_TABLE), [LONG_COLUMN], 5)
        assert long.table.column(LONG_COLUMN).to_pylist() == [7]
    finally:
        connector.close()
    with maria_admin.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM y").scalar() == 1


def test_odd_types_and_huge_values(maria: str) -> None:
    connector = connect(maria, max_cell_bytes=SMALL_CELL)
    try:
        odd = discovered(connector, "odd")
        sample = connector.sample(odd, [c.name for c in odd.columns], 10)
        vehicles = connector.sample(discovered(connector, "vehicles"), ["flags", "made", "opts", "price"], 5)
    finally:
        connector.close()
    rows = {r["id"]: r for r in sample.table.to_pylist()}
    one = rows[1]
    assert "京A12345" in one["doc"]
    assert isinstance(one["raw"], bytes) and one["raw"].startswith(b"\x89PNG") and len(one["raw"]) == SMALL_CELL
    assert len(one["big_text"].encode()) <= SMALL_CELL and one["big_text"].startswith("车")
    assert sample.table.column("nothing").null_count == 2
    assert one["amount"] == decimal.Decimal("123456789012345678901234.123456")
    assert str(one["huge"]) == "18446744073709551615"
    assert one["spot"] == "POINT(116.397 39.908)" and one["cn"] == "京A·12345 行驶轨迹"
    assert set(vehicles.table.column("flags").to_pylist()) == {5}
    assert set(vehicles.table.column("opts").to_pylist()) == {"abs,esp"}
    assert all(2020 <= y <= 2024 for y in vehicles.table.column("made").to_pylist())


def test_estimate_distinct(maria: str) -> None:
    connector = connect(maria, include_views=True)
    try:
        indexed = connector.estimate_distinct(discovered(connector, "big"), ["marker"], 5)
        unindexed = connector.estimate_distinct(discovered(connector, "nokey"), ["code"], 5)
        view = connector.estimate_distinct(discovered(connector, "v_vehicles"), ["vin"], 5)
        slow = connector.estimate_distinct(discovered(connector, "slow"), ["s"], 0.3)
    finally:
        connector.close()
    assert indexed.method == "index_cardinality" and indexed.value is not None and indexed.value >= 1
    assert (unindexed.value, unindexed.method, unindexed.exact) == (300, "count_distinct", True)
    assert view.method == "hll_sample" and 45 <= (view.value or 0) <= 55
    assert slow.value is None


def test_bad_password_is_masked(maria_databases: tuple[str, str]) -> None:
    with pytest.raises(ConnectorError) as denied:
        SqlConnector(f"mysql+pymysql://root:WrongPw99@127.0.0.1:3306/{maria_databases[0]}")
    message = str(denied.value)
    assert "WrongPw99" not in message and "root:***@127.0.0.1" in message and "Access denied" in message
