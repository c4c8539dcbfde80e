"""Per-dialect samplers: each builds ONE SELECT per table that fetches every requested column.

Shared rules: a table whose row estimate is at most `SMALL_TABLE_FACTOR * n` is read whole (bounded by a LIMIT one
past that size) and `n` rows are drawn from it in Python; on the tested dialects text and binary cells are cut in
SQL to `max_cell_bytes` so huge values never travel. Dialects override only how a large table is drawn and how a
cell is cut. A plan whose draw is not random says so (`first_rows`, random=False) so reports can flag the bias."""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import column, select, table
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select

from connectors.sql.catalog import SqlLocator
from connectors.sql.registry import GENERIC, Registry
from scanner.model import ColumnRef, TableRef

SMALL_TABLE_FACTOR = 10  # read the whole table when it holds at most this many times the rows asked for
WINDOWS = 10  # random key-range windows per sample on MySQL/MariaDB and SQLite
OVERSAMPLE = 3  # TABLESAMPLE draws about this many times n rows, then ORDER BY random() keeps n
MIN_SAMPLE_PAGES = 16  # TABLESAMPLE SYSTEM picks whole pages; spread the draw over at least this many


@dataclass(frozen=True)
class SamplePlan:
    statement: Select | str  # SQL text: no bind parameters, identifiers quoted by the dialect's preparer
    method: str
    random: bool
    keep: int  # rows to keep: when more come back, a random subset of this size is kept
    bound: int | None = None  # a full read's LIMIT: reaching it means the estimate was stale, the read first-rows


def _type_word(spelling: str) -> str:
    """`character varying(17)` → `character varying`, `bigint(20) unsigned` → `bigint`, `INTEGER[]` stays."""
    return re.sub(r"\(.*", "", spelling.strip().lower()).strip()


def _is_full_read(ref: TableRef, n: int) -> bool:
    estimate = ref.row_estimate
    return ref.locator.relation != "view" and estimate is not None and estimate <= n * SMALL_TABLE_FACTOR


class Sampler:
    """Generic dialects: first rows (`LIMIT n`, or however the dialect spells it, through SQLAlchemy), never cut in
    SQL (the Arrow conversion cuts after the fetch)."""

    def __init__(self, dialect: Dialect, rng: random.Random | None = None) -> None:
        self.dialect = dialect
        self.rng = rng or random.Random()

    def plan(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, max_cell_bytes: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        rel = table(locator.name, *(column(c.name) for c in columns), schema=locator.schema)
        statement = select(*(rel.c[c.name] for c in columns)).select_from(rel)
        if _is_full_read(ref, n):
            bound = n * SMALL_TABLE_FACTOR + 1
            return SamplePlan(statement.limit(bound), "full_read", True, n, bound)
        return SamplePlan(statement.limit(n), "first_rows", False, n)


class TextSampler(Sampler):
    """Dialects with a tested sampler write their statement as SQL text, every identifier quoted by the dialect's
    own preparer. Building and compiling a SQLAlchemy expression of 30 cast-and-cut columns cost more than the
    server's whole answer for a small table, and every sample statement is new, so no cache could help.
    Subclasses say how a cell is cut (`project`) and how a large table is drawn (`large`)."""

    def plan(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, max_cell_bytes: int) -> SamplePlan:
        if _is_full_read(ref, n):
            bound = n * SMALL_TABLE_FACTOR + 1
            return SamplePlan(self.first_rows(ref, columns, bound, max_cell_bytes), "full_read", True, n, bound)
        return self.large(ref, columns, n, max_cell_bytes)

    def quote(self, name: str) -> str:
        return self.dialect.identifier_preparer.quote(name)

    def relation(self, locator: SqlLocator) -> str:
        name = self.quote(locator.name)
        return f"{self.dialect.identifier_preparer.quote_schema(locator.schema)}.{name}" if locator.schema else name

    def projection(self, columns: Sequence[ColumnRef], limit: int) -> str:
        # Labelled: a derived table (the key windows) needs unique, short column names whatever the expressions.
        return ", ".join(f"{self.project(self.quote(c.name), c, int(limit))} AS c{i}" for i, c in enumerate(columns))

    def project(self, quoted: str, ref: ColumnRef, limit: int) -> str:
        return quoted

    def first_rows(self, ref: TableRef, columns: Sequence[ColumnRef], rows: int, limit: int) -> str:
        return f"SELECT {self.projection(columns, limit)} FROM {self.relation(ref.locator)} LIMIT {int(rows)}"

    def large(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        return SamplePlan(self.first_rows(ref, columns, n, limit), "first_rows", False, n)

    def key_windows(self, ref: TableRef, key: str, columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        """`WINDOWS` random slices of the key range, each a short index range scan, in one UNION ALL.

        Each window starts at min + u·(max − min) for a random u drawn here; min/max of an indexed key are index
        end points, so the whole statement reads about n rows instead of sorting the table (ORDER BY RAND())."""
        k = max(1, min(WINDOWS, n))
        per_window = math.ceil(n / k)
        rel, key_q = self.relation(ref.locator), self.quote(key)
        # Separate single-aggregate subqueries: SQLite only answers a lone min() or max() from the index end.
        lo = f"(SELECT min({key_q}) FROM {rel})"
        hi = f"(SELECT max({key_q}) FROM {rel})"
        projected = self.projection(columns, limit)
        windows = [
            f"SELECT * FROM (SELECT {projected} FROM {rel} WHERE {key_q} >= {lo} + {self.rng.random()!r} * "
            f"({hi} - {lo}) ORDER BY {key_q} LIMIT {per_window}) AS w{index}"
            for index in range(k)
        ]
        return SamplePlan(" UNION ALL ".join(windows), "random_window", True, n)


samplers: Registry[Sampler] = Registry("sampler")
samplers.register(GENERIC)(Sampler)


@samplers.register("postgresql")
class PostgresSampler(TextSampler):
    """`TABLESAMPLE SYSTEM (p)` sized from reltuples/relpages, then `ORDER BY random() LIMIT n` over the draw."""

    _AS_IS = re.compile(r"^(smallint|integer|bigint|real|double precision|numeric|decimal|boolean|date|money|oid"
                        r"|time|timestamp|interval)( with(out)? time zone)?$")
    _SPATIAL = ("geometry", "geography")

    def project(self, quoted: str, ref: ColumnRef, limit: int) -> str:
        word = _type_word(ref.type)
        if self._AS_IS.match(word):
            return quoted
        if word == "bytea":
            return f"substr({quoted}, 1, {limit})"
        if word in self._SPATIAL:
            return f"substr(ST_AsText({quoted}), 1, {limit})"
        # Text, JSON, XML, arrays, enums, ranges, user types: their text form, cut; every type casts to text.
        return f"substr(CAST({quoted} AS TEXT), 1, {limit})"

    def large(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        rows = ref.row_estimate
        if locator.relation == "view" or not rows:
            return super().large(ref, columns, n, limit)
        percent = min(100.0, 100.0 * OVERSAMPLE * n / rows)
        if locator.pages:
            percent = max(percent, min(100.0, 100.0 * MIN_SAMPLE_PAGES / locator.pages))
        statement = (f"SELECT {self.projection(columns, limit)} FROM {self.relation(locator)} AS s "
                     f"TABLESAMPLE SYSTEM ({round(percent, 9)!r}) ORDER BY random() LIMIT {int(n)}")
        return SamplePlan(statement, "tablesample", True, n)


_MYSQL_INTEGER = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"}


@samplers.register("mysql", "mariadb")
class MySqlSampler(TextSampler):
    """Random windows of an integer primary key's range; tables without one are read from the start."""

    _AS_IS = _MYSQL_INTEGER | {"decimal", "numeric", "float", "double", "real", "date", "datetime", "timestamp",
                               "time", "year", "bool", "boolean"}
    _SPATIAL = {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                "geometrycollection", "geomcollection"}

    def project(self, quoted: str, ref: ColumnRef, limit: int) -> str:
        word = _type_word(ref.type).split(" ")[0]
        if word in self._AS_IS:
            return quoted
        if word == "bit":
            return f"({quoted} + 0)"  # BIT arrives as packed bytes otherwise; +0 makes it the integer it means
        if word in self._SPATIAL:
            return f"substring(ST_AsText({quoted}), 1, {limit})"
        # SUBSTRING counts bytes on binary strings and characters on text (enum, set and JSON included).
        return f"substring({quoted}, 1, {limit})"

    def large(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        types = {c.name: c.type for c in ref.columns}
        key = locator.primary_key[0] if locator.primary_key else None
        if locator.relation == "view" or key is None or _type_word(types.get(key, "")).split(" ")[0] \
                not in _MYSQL_INTEGER:
            return super().large(ref, columns, n, limit)
        return self.key_windows(ref, key, columns, n, limit)


@samplers.register("sqlite")
class SqliteSampler(TextSampler):
    """Random rowid windows; cells cut by their runtime type, since SQLite types belong to values, not columns."""

    def project(self, quoted: str, ref: ColumnRef, limit: int) -> str:
        return f"CASE WHEN typeof({quoted}) IN ('text', 'blob') THEN substr({quoted}, 1, {limit}) ELSE {quoted} END"

    def large(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        if locator.rowid is None or locator.relation == "view":
            return super().large(ref, columns, n, limit)
        return self.key_windows(ref, locator.rowid, columns, n, limit)


@samplers.register("duckdb")
class DuckDbSampler(TextSampler):
    """`USING SAMPLE n ROWS` (reservoir) on tables and views alike: DuckDB reads only the projected columns."""

    _AS_IS = re.compile(r"^(tinyint|smallint|integer|bigint|hugeint|utinyint|usmallint|uinteger|ubigint|uhugeint"
                        r"|float|double|decimal|boolean|date|time|timestamp|timestamptz|timestamp with time zone"
                        r"|timestamp_s|timestamp_ms|timestamp_ns|time with time zone|interval)$")

    def project(self, quoted: str, ref: ColumnRef, limit: int) -> str:
        word = _type_word(ref.type)
        if self._AS_IS.match(word):
            return quoted
        if word == "blob":
            return f"array_slice({quoted}, 1, {limit})"  # substr has no BLOB overload; slicing keeps the bytes
        # VARCHAR, JSON, enums, and nested STRUCT/MAP/LIST/UNION values as their text form, cut.
        return f"substr(CAST({quoted} AS VARCHAR), 1, {limit})"

    def plan(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, max_cell_bytes: int) -> SamplePlan:
        statement = (f"SELECT {self.projection(columns, max_cell_bytes)} FROM {self.relation(ref.locator)} "
                     f"USING SAMPLE {int(n)} ROWS")
        return SamplePlan(statement, "using_sample", True, n)
