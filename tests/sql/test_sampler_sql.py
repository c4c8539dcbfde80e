"""The SQL each sampler emits, compiled per dialect: one line per case (sqlglot style)."""
from __future__ import annotations

import random

import pytest
from duckdb_engine import Dialect as DuckDbDialect
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.engine import Dialect

from connectors.sql.catalog import SqlLocator
from connectors.sql.samplers import Sampler, samplers
from connectors.sql.urls import mask_url
from scanner.model import ColumnRef, TableRef

HOSTILE = 'x"; DROP TABLE y; --'

DIALECTS: dict[str, Dialect] = {
    "postgresql": postgresql.dialect(), "mysql": mysql.dialect(), "mariadb": mysql.dialect(is_mariadb=True),
    "sqlite": sqlite.dialect(), "duckdb": DuckDbDialect(), "default": sqlite.dialect(),
}


def ref(name: str, rows: int | None, *columns: tuple[str, str], relation: str = "table", pk: tuple[str, ...] = (),
        schema: str | None = "s", pages: int | None = None, rowid: str | None = None) -> TableRef:
    return TableRef(source="t", parts=(schema or "", name), columns=tuple(ColumnRef(n, t) for n, t in columns),
                    kind="view" if relation == "view" else "table", row_estimate=rows,
                    locator=SqlLocator(schema=schema, name=name, relation=relation, primary_key=pk, pages=pages,
                                       rowid=rowid))


def compiled(key: str, table: TableRef, n: int = 100, cell: int = 64, seed: int = 1) -> tuple[str, str, bool]:
    sampler = samplers.lookup(key)(DIALECTS[key], random.Random(seed))
    plan = sampler.plan(table, table.columns, n, cell)
    statement = plan.statement
    sql = statement if isinstance(statement, str) else str(
        statement.compile(dialect=DIALECTS[key], compile_kwargs={"literal_binds": True}))
    return " ".join(sql.split()), plan.method, plan.random


CASES = [
    # (dialect, table, method, random, must contain, must not contain)
    ("postgresql", ref("big", 1_000_000, ("id", "bigint"), ("vin", "character varying(17)"), pages=10_000),
     "tablesample", True,
     ["SELECT id AS c0, substr(CAST(vin AS TEXT), 1, 64) AS c1 FROM s.big AS s TABLESAMPLE SYSTEM (0.16) "
      "ORDER BY random() LIMIT 100"], ["RAND", "count("]),
    ("postgresql", ref("small", 500, ("id", "integer"), ("raw", "bytea"), ("doc", "jsonb"), ("g", "geometry(Point,4326)")),
     "full_read", True,
     ["LIMIT 1001", "substr(raw, 1, 64)", "substr(CAST(doc AS TEXT), 1, 64)", "substr(ST_AsText(g), 1, 64)"],
     ["TABLESAMPLE"]),
    ("postgresql", ref("v", None, ("a", "text"), relation="view"), "first_rows", False, ["LIMIT 100"], ["TABLESAMPLE"]),
    ("postgresql", ref(HOSTILE, 10**7, ("select", "text"), ("车架号", "text"), ("Mixed Case", "integer"),
                       ("100%s :x", "integer"), schema="车辆"),
     "tablesample", True,
     ['FROM "车辆"."x""; DROP TABLE y; --" AS s TABLESAMPLE', 'CAST("select" AS TEXT)', 'CAST("车架号" AS TEXT)',
      # psycopg undoes the doubled percent sign, as for SQLAlchemy's own compiled statements.
      '"Mixed Case" AS c2, "100%%s :x" AS c3 FROM'], []),
    ("mysql", ref("big", 10**6, ("id", "bigint(20) unsigned"), ("vin", "varchar(17)"), ("b", "bit(8)"),
                  ("g", "point"), ("blob", "longblob"), pk=("id",)), "random_window", True,
     ["UNION ALL", "WHERE id >= (SELECT min(id) FROM s.big) + 0.", "ORDER BY id LIMIT 10) AS w0",
      "substring(vin, 1, 64)", "(b + 0)", "substring(ST_AsText(g), 1, 64)", "substring(`blob`, 1, 64)"],
     ["RAND(", "OFFSET"]),
    ("mariadb", ref("nokey", 10**6, ("code", "varchar(10)")), "first_rows", False, ["LIMIT 100"], ["UNION"]),
    ("mariadb", ref("strkey", 10**6, ("k", "varchar(10)"), pk=("k",)), "first_rows", False, ["LIMIT 100"], ["UNION"]),
    ("mysql", ref(HOSTILE, 10**6, ("id", "int"), ("select", "text"), ("a`b", "text"), pk=("id",), schema="车辆"),
     "random_window", True, ["FROM `车辆`.`x\"; DROP TABLE y; --` WHERE", "substring(`select`, 1, 64)", "`a``b`"],
     []),
    ("sqlite", ref("big", 10**6, ("v", "TEXT"), schema="main", rowid="rowid"), "random_window", True,
     ["WHERE rowid >= (SELECT min(rowid) FROM main.big)",
      "CASE WHEN typeof(v) IN ('text', 'blob') THEN substr(v, 1, 64) ELSE v END"], []),
    ("sqlite", ref("norowid", None, ("v", "TEXT"), schema="main"), "first_rows", False, ["LIMIT 100"], ["UNION"]),
    ("duckdb", ref("t", 10**8, ("pos", "STRUCT(lat DOUBLE)"), ("raw", "BLOB"), ("n", "DECIMAL(12,3)")),
     "using_sample", True,
     ["SELECT substr(CAST(pos AS VARCHAR), 1, 64) AS c0, array_slice(raw, 1, 64) AS c1, n AS c2 FROM s.t "
      "USING SAMPLE 100 ROWS"],
     ["LIMIT"]),
    ("default", ref("t", 10**8, ("a", "VARCHAR(10)")), "first_rows", False, ["SELECT s.t.a", "LIMIT 100"],
     ["substr"]),
]


@pytest.mark.parametrize("key, table, method, is_random, present, absent", CASES,
                         ids=[f"{c[0]}-{c[1].name[:10]}" for c in CASES])
def test_sampler_sql(key: str, table: TableRef, method: str, is_random: bool, present: list[str],
                     absent: list[str]) -> None:
    sql, got_method, got_random = compiled(key, table)
    assert (got_method, got_random) == (method, is_random)
    for fragment in present:
        assert fragment in sql, sql
    for fragment in absent:
        assert fragment not in sql, sql


def test_windows_are_one_statement_with_random_starts() -> None:
    table = ref("big", 10**6, ("id", "int"), pk=("id",))
    first, _, _ = compiled("mysql", table)
    assert first.count("UNION ALL") == 9 and first.count("LIMIT 10)") == 10
    assert compiled("mysql", table, seed=2)[0] != first


def test_tiny_tablesample_percentages_stay_positive() -> None:
    sql, method, _ = compiled("postgresql", ref("huge", 10**13, ("a", "int"), pages=10**11))
    assert method == "tablesample"
    percent = float(sql.split("TABLESAMPLE SYSTEM (")[1].split(")")[0])
    assert 0 < percent < 1e-6


def test_unknown_dialects_use_the_generic_sampler() -> None:
    assert samplers.lookup("snowflake") is Sampler and samplers.lookup("mariadb") is samplers.lookup("mysql")


@pytest.mark.parametrize("url, masked", [
    ("postgresql://scanner:p%40ss@db:5432/fleet", "postgresql://scanner:***@db:5432/fleet"),
    ("mysql+pymysql://root@h/db", "mysql+pymysql://root@h/db"),
    ("postgresql://u@h/db?password=secret&sslmode=require", "postgresql://u@h/db?password=***&sslmode=require"),
    ("not a url://user:pw@host", "not a url://user:***@host"),
    ("sqlite:////data/fleet.db", "sqlite:////data/fleet.db"),
])
def test_mask_url(url: str, masked: str) -> None:
    assert mask_url(url) == masked
