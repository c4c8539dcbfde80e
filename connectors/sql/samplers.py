"""Per-dialect samplers: each builds ONE SELECT per table that fetches every requested column.

Shared rules (base class): a table whose row estimate is at most `SMALL_TABLE_FACTOR * n` is read whole (bounded by
a LIMIT one past that size) and `n` rows are drawn from it in Python; text and binary cells are cut in SQL to
`max_cell_bytes` so huge values never travel. Dialects override only how a large table is drawn and how a cell
is cut. A plan whose draw is not random says so (`first_rows`, random=False) so reports can flag the bias."""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import (Float, String, Text, case, cast, column, func, literal, select, table,
                        tablesample, union_all)
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.expression import ColumnClause, TableClause

from connectors.sql.catalog import SqlLocator
from connectors.sql.registry import GENERIC, Registry
from scanner.model import ColumnRef, TableRef

SMALL_TABLE_FACTOR = 10  # read the whole table when it holds at most this many times the rows asked for
WINDOWS = 10  # random key-range windows per sample on MySQL/MariaDB and SQLite
OVERSAMPLE = 3  # TABLESAMPLE draws about this many times n rows, then ORDER BY random() keeps n
MIN_SAMPLE_PAGES = 16  # TABLESAMPLE SYSTEM picks whole pages; spread the draw over at least this many


@dataclass(frozen=True)
class SamplePlan:
    statement: Select
    method: str
    random: bool
    keep: int  # rows to keep: when more come back, a random subset of this size is kept
    bound: int | None = None  # a full read's LIMIT: reaching it means the estimate was stale, the read first-rows


def _type_word(spelling: str) -> str:
    """`character varying(17)` → `character varying`, `bigint(20) unsigned` → `bigint`, `INTEGER[]` stays."""
    return re.sub(r"\(.*", "", spelling.strip().lower()).strip()


class Sampler:
    """Generic dialects: first rows (`LIMIT n`), never cut in SQL (the Arrow conversion cuts after the fetch)."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    def plan(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, max_cell_bytes: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        rel = self.relation(locator, columns)
        projected = [self.project(rel.c[c.name], c, max_cell_bytes).label(f"c{i}") for i, c in enumerate(columns)]
        estimate = ref.row_estimate
        if locator.relation != "view" and estimate is not None and estimate <= n * SMALL_TABLE_FACTOR:
            bound = n * SMALL_TABLE_FACTOR + 1
            return SamplePlan(select(*projected).select_from(rel).limit(bound), "full_read", True, n, bound)
        return self.large(rel, projected, ref, columns, n, max_cell_bytes)

    def relation(self, locator: SqlLocator, columns: Sequence[ColumnRef], *extra: str) -> TableClause:
        names = dict.fromkeys([*extra, *(c.name for c in columns)])
        return table(locator.name, *(column(name) for name in names), schema=locator.schema)

    def project(self, col: ColumnClause, ref: ColumnRef, limit: int) -> ColumnElement:
        return col

    def large(self, rel: TableClause, projected: list[ColumnElement], ref: TableRef,
              columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        return SamplePlan(select(*projected).select_from(rel).limit(n), "first_rows", False, n)

    def key_windows(self, rel: TableClause, key: str, columns: Sequence[ColumnRef], n: int,
                    limit: int) -> SamplePlan:
        """`WINDOWS` random slices of the key range, each a short index range scan, in one UNION ALL.

        Each window starts at min + u·(max − min) for a random u drawn here; min/max of an indexed key are index
        end points, so the whole statement reads about n rows instead of sorting the table (ORDER BY RAND())."""
        k = max(1, min(WINDOWS, n))
        per_window = math.ceil(n / k)
        bounds = rel.alias("key_bounds")
        # Separate single-aggregate subqueries: SQLite only answers a lone min() or max() from the index end.
        lo = select(func.min(bounds.c[key])).scalar_subquery()
        hi = select(func.max(bounds.c[key])).scalar_subquery()
        windows = []
        for index in range(k):
            start = lo + literal(self.rng.random(), Float) * (hi - lo)
            projected = [self.project(rel.c[c.name], c, limit).label(f"c{i}") for i, c in enumerate(columns)]
            window = (select(*projected).where(rel.c[key] >= start).order_by(rel.c[key])
                      .limit(per_window).subquery(f"w{index}"))
            windows.append(select(window))
        return SamplePlan(union_all(*windows), "random_window", True, n)  # type: ignore[arg-type]


samplers: Registry[Sampler] = Registry("sampler")
samplers.register(GENERIC)(Sampler)


@samplers.register("postgresql")
class PostgresSampler(Sampler):
    """`TABLESAMPLE SYSTEM (p)` sized from reltuples/relpages, then `ORDER BY random() LIMIT n` over the draw."""

    _AS_IS = re.compile(r"^(smallint|integer|bigint|real|double precision|numeric|decimal|boolean|date|money|oid"
                        r"|time|timestamp|interval)( with(out)? time zone)?$")
    _SPATIAL = ("geometry", "geography")

    def project(self, col: ColumnClause, ref: ColumnRef, limit: int) -> ColumnElement:
        word = _type_word(ref.type)
        if self._AS_IS.match(word):
            return col
        if word == "bytea":
            return func.substr(col, 1, limit)
        if word in self._SPATIAL:
            return func.substr(func.ST_AsText(col), 1, limit)
        # Text, JSON, XML, arrays, enums, ranges, user types: their text form, cut; every type casts to text.
        return func.substr(cast(col, Text), 1, limit)

    def large(self, rel: TableClause, projected: list[ColumnElement], ref: TableRef,
              columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        rows = ref.row_estimate
        if locator.relation == "view" or not rows:
            return super().large(rel, projected, ref, columns, n, limit)
        percent = min(100.0, 100.0 * OVERSAMPLE * n / rows)
        if locator.pages:
            percent = max(percent, min(100.0, 100.0 * MIN_SAMPLE_PAGES / locator.pages))
        sampled = tablesample(rel, func.system(literal(round(percent, 6), Float)), name="s")
        inner = [self.project(sampled.c[c.name], c, limit).label(f"c{i}") for i, c in enumerate(columns)]
        statement = select(*inner).select_from(sampled).order_by(func.random()).limit(n)
        return SamplePlan(statement, "tablesample", True, n)


_MYSQL_INTEGER = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"}


@samplers.register("mysql", "mariadb")
class MySqlSampler(Sampler):
    """Random windows of an integer primary key's range; tables without one are read from the start."""

    _AS_IS = _MYSQL_INTEGER | {"decimal", "numeric", "float", "double", "real", "date", "datetime", "timestamp",
                               "time", "year", "bool", "boolean"}
    _BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}
    _SPATIAL = {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                "geometrycollection", "geomcollection"}

    def project(self, col: ColumnClause, ref: ColumnRef, limit: int) -> ColumnElement:
        word = _type_word(ref.type).split(" ")[0]
        if word in self._AS_IS:
            return col
        if word == "bit":
            return col + 0  # BIT arrives as packed bytes otherwise; +0 makes it the integer it means
        if word in self._SPATIAL:
            return func.substring(func.ST_AsText(col), 1, limit)
        # SUBSTRING counts bytes on binary strings and characters on text (enum, set and JSON included).
        return func.substring(col, 1, limit)

    def large(self, rel: TableClause, projected: list[ColumnElement], ref: TableRef,
              columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        types = {c.name: c.type for c in ref.columns}
        key = locator.primary_key[0] if locator.primary_key else None
        if locator.relation == "view" or key is None or _type_word(types.get(key, "")).split(" ")[0] \
                not in _MYSQL_INTEGER:
            return super().large(rel, projected, ref, columns, n, limit)
        return self.key_windows(self.relation(locator, columns, key), key, columns, n, limit)


@samplers.register("sqlite")
class SqliteSampler(Sampler):
    """Random rowid windows; cells cut by their runtime type, since SQLite types belong to values, not columns."""

    def project(self, col: ColumnClause, ref: ColumnRef, limit: int) -> ColumnElement:
        return case((func.typeof(col).in_(["text", "blob"]), func.substr(col, 1, limit)), else_=col)

    def large(self, rel: TableClause, projected: list[ColumnElement], ref: TableRef,
              columns: Sequence[ColumnRef], n: int, limit: int) -> SamplePlan:
        locator: SqlLocator = ref.locator
        if locator.rowid is None or locator.relation == "view":
            return super().large(rel, projected, ref, columns, n, limit)
        return self.key_windows(self.relation(locator, columns, locator.rowid), locator.rowid, columns, n, limit)


@samplers.register("duckdb")
class DuckDbSampler(Sampler):
    """`USING SAMPLE n ROWS` (reservoir) on tables and views alike: DuckDB reads only the projected columns."""

    _AS_IS = re.compile(r"^(tinyint|smallint|integer|bigint|hugeint|utinyint|usmallint|uinteger|ubigint|uhugeint"
                        r"|float|double|decimal|boolean|date|time|timestamp|timestamptz|timestamp with time zone"
                        r"|timestamp_s|timestamp_ms|timestamp_ns|time with time zone|interval)$")

    def project(self, col: ColumnClause, ref: ColumnRef, limit: int) -> ColumnElement:
        word = _type_word(ref.type)
        if self._AS_IS.match(word):
            return col
        if word == "blob":
            return func.array_slice(col, 1, limit)  # substr has no BLOB overload; slicing keeps the bytes
        # VARCHAR, JSON, enums, and nested STRUCT/MAP/LIST/UNION values as their text form, cut.
        return func.substr(cast(col, String), 1, limit)

    def plan(self, ref: TableRef, columns: Sequence[ColumnRef], n: int, max_cell_bytes: int) -> SamplePlan:
        rel = self.relation(ref.locator, columns)
        projected = [self.project(rel.c[c.name], c, max_cell_bytes).label(f"c{i}") for i, c in enumerate(columns)]
        # n is an int this code computed, never user text: rendering it inline cannot inject anything.
        statement = select(*projected).select_from(rel).suffix_with(f"USING SAMPLE {int(n)} ROWS")
        return SamplePlan(statement, "using_sample", True, n)
