"""Synthetic estates of a chosen size for the benchmarks: PostgreSQL, SQLite, a Parquet lake on disk and on S3.

Every estate is built from one *pool* of realistic values (scanner/demo/values.py: VINs with check digit, resident
ids, plates, mobiles, coordinates in China…). A table is a random choice of column kinds, each under one of the
names real platforms use (`vin`, `clsbdh`, `VehicleVIN`…), filled from a random window of the pool. Building from
a pool keeps a 10,000-table PostgreSQL estate to one transaction of `CREATE TABLE … AS SELECT` and a
10^7-row table to one `generate_series` join, so generation costs a few minutes, not hours.

    python -m bench.generate pg --tables 10000            # database vdscan_bench_estate
    python -m bench.generate lake --datasets 2000 --files 20 --out /tmp/vdscan-bench/lake
    python -m bench.generate sqlite --tables 1000 --out /tmp/vdscan-bench/estate.db
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from scanner.demo import values as v

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{db}"
DEFAULT_POOL_ROWS = 2_000
COLUMNS_PER_TABLE = 30
COLUMNS_PER_DATASET = 16


@dataclass(frozen=True)
class Kind:
    """One kind of column: the names it goes by, its PostgreSQL type, and how to draw `n` values."""

    key: str
    names: tuple[str, ...]
    pg_type: str
    draw: Callable[[random.Random, int], pa.Array]


def _lat(rng: random.Random, n: int) -> pa.Array:
    return v.city_points(rng, n)[0]


def _lon(rng: random.Random, n: int) -> pa.Array:
    return v.city_points(rng, n)[1]


def _resident_ids(rng: random.Random, n: int) -> pa.Array:
    return v.resident_ids(rng, v.birth_dates(rng, n))


def _moments(rng: random.Random, n: int) -> pa.Array:
    return v.timestamps(rng, n, datetime(2025, 1, 1), datetime(2026, 1, 1))


# Names mix English, camelCase, pinyin initials and Chinese, as the estates vdscan meets do.
KINDS: tuple[Kind, ...] = (
    Kind("vin", ("vin", "clsbdh", "VehicleVIN", "vin_code"), "varchar(17)", v.vins),
    Kind("plate", ("plate_no", "cphm", "licensePlate", "车牌号码"), "varchar(10)", v.plates),
    Kind("mobile", ("mobile", "sjhm", "phoneNumber", "contact_tel"), "varchar(11)", v.mobiles),
    Kind("resident_id", ("id_card_no", "sfzh", "idNumber", "身份证号"), "varchar(18)", _resident_ids),
    Kind("person", ("owner_name", "xm", "driverName", "姓名"), "varchar(32)", v.person_names),
    Kind("email", ("email", "mail_addr", "contactEmail"), "varchar(64)", v.emails),
    Kind("address", ("address", "lxdz", "homeAddress", "联系地址"), "varchar(128)", v.addresses),
    Kind("lat", ("latitude", "lat", "gps_lat", "wd"), "double precision", _lat),
    Kind("lon", ("longitude", "lng", "gps_lon", "jd"), "double precision", _lon),
    Kind("imei", ("imei", "tbox_imei", "deviceImei"), "varchar(15)", v.imeis),
    Kind("iccid", ("iccid", "sim_iccid", "simIccid"), "varchar(20)", v.iccids),
    Kind("imsi", ("imsi", "sim_imsi"), "varchar(15)", v.imsis),
    Kind("bank_card", ("bank_card_no", "yhkh", "cardNumber"), "varchar(19)", v.bank_cards),
    Kind("uscc", ("credit_code", "tyshxydm", "supplierUscc"), "varchar(18)", v.social_credit_codes),
    Kind("company", ("company_name", "dwmc", "supplierName"), "varchar(64)", v.company_names),
    Kind("engine_no", ("engine_no", "fdjh", "engineNumber"), "varchar(20)", v.engine_numbers),
    Kind("battery", ("pack_code", "battery_code", "dcbm"), "varchar(32)", v.battery_pack_codes),
    Kind("dtc", ("dtc", "fault_code", "gzm"), "varchar(16)", v.dtcs),
    Kind("can_id", ("can_id", "frame_id", "arbitrationId"), "varchar(8)", v.can_ids),
    Kind("firmware", ("firmware_version", "sw_version", "ecuSwVersion"), "varchar(32)", v.firmware_versions),
    Kind("sha256", ("image_sha256", "package_hash", "fileDigest"), "varchar(64)", v.sha256_hexes),
    Kind("cve", ("cve_id", "vuln_id"), "varchar(20)", v.cve_ids),
    Kind("ip", ("client_ip", "ip_addr", "sourceIp"), "varchar(15)", v.ipv4s),
    Kind("station", ("station_id", "cdzbh"), "varchar(32)", v.station_ids),
    Kind("material", ("material_code", "wlbm", "partNo"), "varchar(32)", v.material_codes),
    Kind("user", ("created_by", "updated_by", "operator"), "varchar(32)", v.audit_users),
    Kind("time", ("create_time", "gps_time", "eventTime", "cjsj"), "timestamp", _moments),
    Kind("soc", ("soc", "battery_soc", "stateOfCharge"), "integer", lambda r, n: v.integers(r, n, 5, 100)),
    Kind("speed", ("speed", "vehicle_speed", "cs"), "double precision", lambda r, n: v.uniform(r, n, 0, 140, 1)),
    Kind("mileage", ("mileage", "odometer", "lc"), "double precision", lambda r, n: v.uniform(r, n, 0, 2e5, 1)),
    Kind("voltage", ("total_voltage", "pack_voltage", "zdy"), "double precision",
         lambda r, n: v.uniform(r, n, 300, 420, 1)),
    Kind("kwh", ("charged_kwh", "energy_kwh"), "double precision", v.charged_kwh),
    Kind("status", ("status", "state", "zt"), "integer", lambda r, n: v.integers(r, n, 0, 5)),
    Kind("flag", ("is_deleted", "enabled", "valid"), "smallint", lambda r, n: v.flags(r, n)),
    Kind("remark", ("remark", "bz", "comment_text", "note"), "text",
         lambda r, n: v.choice(r, n, ("正常", "待处理", "已完成", "ok", "pending", ""))),
    Kind("amount", ("amount", "price", "je"), "numeric(12,2)", lambda r, n: v.uniform(r, n, 0, 1e5, 2)),
)
KIND_BY_KEY = {k.key: k for k in KINDS}


def value_pool(rows: int = DEFAULT_POOL_ROWS, seed: int = 7) -> pa.Table:
    """`rows` values of every kind, one column per kind key (the whole estate is cut from this)."""
    rng = random.Random(seed)
    arrays = []
    for kind in KINDS:
        array = kind.draw(rng, rows)
        arrays.append(array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array)
    return pa.table(arrays, names=[k.key for k in KINDS])


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[tuple[str, Kind], ...]  # (column name, kind)


def table_shapes(count: int, columns: int = COLUMNS_PER_TABLE, seed: int = 11, prefix: str = "t") -> Iterator[TableShape]:
    """`count` deterministic table shapes: `columns` distinct kinds each, each kind under one of its names."""
    rng = random.Random(seed)
    width = len(str(count))
    for index in range(count):
        kinds = rng.sample(KINDS, min(columns, len(KINDS)))
        yield TableShape(f"{prefix}{index:0{width}d}", tuple((rng.choice(k.names), k) for k in kinds))


# ------------------------------------------------------------------------------------------------- PostgreSQL


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _pg_connect(db: str, autocommit: bool = False):
    import psycopg

    return psycopg.connect(f"host=127.0.0.1 port=5432 user=postgres dbname={db}", autocommit=autocommit)


def recreate_pg_database(db: str) -> None:
    if not db.startswith("vdscan_bench_"):
        raise ValueError("benchmark databases are named vdscan_bench_* so they never collide with others'")
    with _pg_connect("postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {_quote(db)} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {_quote(db)}")


def drop_pg_database(db: str) -> None:
    with _pg_connect("postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {_quote(db)} WITH (FORCE)")


def _load_pool(conn, pool: pa.Table) -> None:
    """The pool as table `bench_pool(pool_id, <kind>…)`, loaded with one COPY."""
    kinds = [KIND_BY_KEY[name] for name in pool.column_names]
    conn.execute("CREATE TABLE bench_pool (pool_id integer PRIMARY KEY, "
                 + ", ".join(f"{_quote(k.key)} {k.pg_type}" for k in kinds) + ")")
    columns = [pool.column(i).to_pylist() for i in range(pool.num_columns)]
    with conn.cursor().copy("COPY bench_pool FROM STDIN") as copy:
        for row in range(pool.num_rows):
            copy.write_row([row, *(c[row] for c in columns)])


def build_pg_estate(db: str, tables: int, rows: int = 200, big_tables: int = 0, big_rows: int = 10_000_000,
                    pool_rows: int = DEFAULT_POOL_ROWS, seed: int = 7) -> dict:
    """`tables` tables of `rows` rows plus `big_tables` of `big_rows`, in schema `estate`; ANALYZEd so the catalog
    statistics a scanner sizes its samples from are present. Returns what was built."""
    started = time.perf_counter()
    recreate_pg_database(db)
    pool_rows = max(pool_rows, rows)
    with _pg_connect(db) as conn:
        _load_pool(conn, value_pool(pool_rows, seed))
        conn.execute("CREATE SCHEMA estate")
        rng = random.Random(seed)
        # One round trip and one transaction per batch of statements: DDL over 10,000 tables in about a minute.
        # (One transaction for all of them runs out of lock slots: max_locks_per_transaction.)
        batch: list[str] = []
        for shape in table_shapes(tables, seed=seed):
            offset = rng.randrange(0, pool_rows - rows + 1)
            batch.append(_ctas(shape, f"FROM bench_pool WHERE pool_id >= {offset} AND pool_id < {offset + rows}"))
            if len(batch) >= 200:
                conn.execute(";".join(batch))
                conn.commit()
                batch.clear()
        if batch:
            conn.execute(";".join(batch))
        for shape in table_shapes(big_tables, seed=seed + 1, prefix="big"):
            conn.execute(_ctas(shape, f"FROM generate_series(0, {big_rows - 1}) g "
                                      f"JOIN bench_pool ON pool_id = g % {pool_rows}"))
        conn.commit()
    analyze_pg(db)
    return {"db": db, "tables": tables, "rows": rows, "big_tables": big_tables, "big_rows": big_rows,
            "columns": COLUMNS_PER_TABLE, "seconds": round(time.perf_counter() - started, 1)}


def build_pg_row_ladder(db: str, sizes: list[int], columns: int = 10, pool_rows: int = DEFAULT_POOL_ROWS,
                        seed: int = 7) -> list[str]:
    """One table per size in schema `ladder` (`rows_1000`, `rows_10000000`…), same shape, for sampling growth."""
    shape = next(table_shapes(1, columns=columns, seed=seed))
    names = []
    with _pg_connect(db) as conn:
        exists = conn.execute("SELECT to_regclass('bench_pool') IS NOT NULL").fetchone()[0]
        if not exists:
            _load_pool(conn, value_pool(pool_rows, seed))
        conn.execute("CREATE SCHEMA IF NOT EXISTS ladder")
        for size in sizes:
            name = f"rows_{size}"
            conn.execute(f"DROP TABLE IF EXISTS ladder.{name}")
            select = ", ".join(f"{_quote(k.key)} AS {_quote(c)}" for c, k in shape.columns)
            conn.execute(f"CREATE TABLE ladder.{name} AS SELECT {select} FROM generate_series(0, {size - 1}) g "
                         f"JOIN bench_pool ON pool_id = g % {pool_rows}")
            names.append(name)
        conn.commit()
    with _pg_connect(db, autocommit=True) as conn:
        conn.execute("ANALYZE")
    return names


def _ctas(shape: TableShape, source: str) -> str:
    select = ", ".join(f"{_quote(k.key)} AS {_quote(c)}" for c, k in shape.columns)
    return f"CREATE TABLE estate.{_quote(shape.name)} AS SELECT {select} {source}"


def analyze_pg(db: str) -> None:
    with _pg_connect(db, autocommit=True) as conn:
        conn.execute("ANALYZE")


# ----------------------------------------------------------------------------------------------------- SQLite


def build_sqlite_estate(path: Path, tables: int, rows: int = 200, pool_rows: int = DEFAULT_POOL_ROWS,
                        seed: int = 7) -> dict:
    """The PostgreSQL estate's shapes in one SQLite file (declared types as in PostgreSQL)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    pool_rows = max(pool_rows, rows)
    pool = value_pool(pool_rows, seed)
    columns = {name: _sqlite_values(pool.column(name)) for name in pool.column_names}
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    try:
        for shape in table_shapes(tables, seed=seed):
            offset = rng.randrange(0, pool_rows - rows + 1)
            connection.execute(f"CREATE TABLE {_quote(shape.name)} ("
                               + ", ".join(f"{_quote(c)} {k.pg_type}" for c, k in shape.columns) + ")")
            data = [columns[k.key][offset:offset + rows] for _, k in shape.columns]
            connection.executemany(f"INSERT INTO {_quote(shape.name)} VALUES ({', '.join('?' * len(data))})",
                                   zip(*data))
        connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()
    return {"path": str(path), "tables": tables, "rows": rows, "seconds": round(time.perf_counter() - started, 1)}


def _sqlite_values(column: pa.ChunkedArray) -> list:
    if pa.types.is_timestamp(column.type):
        return [None if x is None else x.isoformat(sep=" ") for x in column.to_pylist()]
    if pa.types.is_decimal(column.type):
        return [None if x is None else float(x) for x in column.to_pylist()]
    return column.to_pylist()


# ----------------------------------------------------------------------------------------------- Parquet lake


def build_lake(root: Path, datasets: int, files: int = 20, rows: int = 200, pool_rows: int = DEFAULT_POOL_ROWS,
               seed: int = 7) -> dict:
    """`datasets` Hive-partitioned datasets (`ds0001/dt=2026-01-01/part-0.parquet`), `files` files of `rows`
    rows each, `COLUMNS_PER_DATASET` columns; the partition key is the day."""
    started = time.perf_counter()
    pool_rows = max(pool_rows, rows)
    pool = value_pool(pool_rows, seed)
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    count = 0
    for shape in table_shapes(datasets, columns=COLUMNS_PER_DATASET, seed=seed, prefix="ds"):
        table = pa.table([pool.column(k.key) for _, k in shape.columns], names=[c for c, _ in shape.columns])
        for index in range(files):
            offset = rng.randrange(0, pool_rows - rows + 1)
            directory = root / shape.name / f"dt={date(2026, 1, 1) + timedelta(days=index)}"
            directory.mkdir(parents=True, exist_ok=True)
            pq.write_table(table.slice(offset, rows), directory / "part-0.parquet")
            count += 1
    return {"root": str(root), "datasets": datasets, "files": count, "rows_per_file": rows,
            "bytes": sum(p.stat().st_size for p in root.rglob("*.parquet")),
            "seconds": round(time.perf_counter() - started, 1)}


class S3Lake:
    """A loopback moto S3 server holding a copy of a local lake; `location` and `extra` feed a ParquetConnector."""

    bucket = "vdscan-bench"

    def __init__(self, port: int = 0) -> None:
        import logging

        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one log line per S3 request otherwise
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=port or _free_port(), verbose=False)
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        self.extra = {"endpoint_override": self.endpoint, "region": "us-east-1", "access_key": "bench",
                      "secret_key": "bench"}

    @property
    def location(self) -> str:
        return f"s3://{self.bucket}/lake"

    def filesystem(self):
        import pyarrow.fs as pafs

        return pafs.S3FileSystem(access_key="bench", secret_key="bench", region="us-east-1",
                                 allow_bucket_creation=True,
                                 endpoint_override=self.endpoint.split("://", 1)[1], scheme="http")

    def upload(self, local_root: Path) -> float:
        import pyarrow.fs as pafs

        started = time.perf_counter()
        fs = self.filesystem()
        fs.create_dir(self.bucket)
        pafs.copy_files(str(local_root), f"{self.bucket}/lake", source_filesystem=pafs.LocalFileSystem(),
                        destination_filesystem=fs, use_threads=True)
        return time.perf_counter() - started

    def stop(self) -> None:
        self._server.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------------------ column samples


def column_samples(columns: int, values: int = 100, seed: int = 13) -> list[dict]:
    """`columns` columns of `values` values each, grouped as tables of 20, as JSON-ready dicts
    ({table, column, type, values}) so vdscan and a peer classifier read exactly the same samples."""
    pool = value_pool(max(DEFAULT_POOL_ROWS, values), seed)
    rng = random.Random(seed)
    out = []
    for shape in table_shapes(-(-columns // 20), columns=20, seed=seed, prefix="s"):
        for name, kind in shape.columns:
            if len(out) == columns:
                return out
            offset = rng.randrange(0, pool.num_rows - values + 1)
            data = pool.column(kind.key).slice(offset, values)
            out.append({"table": shape.name, "column": name, "type": kind.pg_type,
                        "values": [_jsonable(x) for x in data.to_pylist()]})
    return out


def _jsonable(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    pg = sub.add_parser("pg")
    pg.add_argument("--db", default="vdscan_bench_estate")
    pg.add_argument("--tables", type=int, default=10_000)
    pg.add_argument("--rows", type=int, default=200)
    pg.add_argument("--big-tables", type=int, default=0)
    pg.add_argument("--big-rows", type=int, default=10_000_000)
    lite = sub.add_parser("sqlite")
    lite.add_argument("--out", type=Path, default=Path("/tmp/vdscan-bench/estate.db"))
    lite.add_argument("--tables", type=int, default=1_000)
    lite.add_argument("--rows", type=int, default=200)
    lake = sub.add_parser("lake")
    lake.add_argument("--out", type=Path, default=Path("/tmp/vdscan-bench/lake"))
    lake.add_argument("--datasets", type=int, default=2_000)
    lake.add_argument("--files", type=int, default=20)
    lake.add_argument("--rows", type=int, default=200)
    args = parser.parse_args(argv)
    if args.what == "pg":
        print(build_pg_estate(args.db, args.tables, args.rows, args.big_tables, args.big_rows))
    elif args.what == "sqlite":
        print(build_sqlite_estate(args.out, args.tables, args.rows))
    else:
        print(build_lake(args.out, args.datasets, args.files, args.rows))


if __name__ == "__main__":
    main()
