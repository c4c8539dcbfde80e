"""Cheap distinct-count estimates per dialect, always inside a time budget.

Each dialect first tries what its catalog already knows (PostgreSQL pg_stats, MySQL index cardinality) or a
native sketch (DuckDB approx_count_distinct); otherwise the shared bounded pass runs: an exact COUNT(DISTINCT)
when the table is small, else a HyperLogLog over a bounded random sample, labelled `hll_sample` because it
counts the sample's distinct values (a lower bound for the table), not the table's."""
from __future__ import annotations

import time
from collections import defaultdict
from typing import Any, Protocol, Sequence

from sqlalchemy import and_, column, func, select, table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import Select

from connectors.base import ConnectorError, DistinctEstimate
from connectors.sql.catalog import SqlLocator
from connectors.sql.registry import GENERIC, Registry
from scanner.model import TableRef

SMALL_TABLE_ROWS = 100_000  # COUNT(DISTINCT) is affordable up to about this many rows
HLL_SAMPLE_ROWS = 10_000


class Runner(Protocol):
    """What an estimator may do: run one bounded SELECT, or draw a sample, each within a timeout."""

    def rows(self, statement: Select, timeout_s: float) -> list[Any]: ...

    def sample(self, table: TableRef, columns: Sequence[str], n: int, timeout_s: float) -> Any: ...


class Deadline:
    def __init__(self, budget_s: float) -> None:
        self._end = time.monotonic() + max(0.0, budget_s)

    def left(self) -> float:
        remaining = self._end - time.monotonic()
        if remaining <= 0.01:
            raise TimeoutError("distinct-count budget spent")
        return remaining


def _relation(ref: TableRef, columns: Sequence[str]) -> Any:
    locator: SqlLocator = ref.locator
    return table(locator.name, *(column(c) for c in dict.fromkeys(columns)), schema=locator.schema)


class DistinctEstimator:
    """Generic dialects: the bounded pass only."""

    def catalog_estimate(self, run: Runner, ref: TableRef, columns: Sequence[str],
                         deadline: Deadline) -> DistinctEstimate | None:
        """A dialect's cheap estimate, or None to fall through to the bounded pass."""
        return None

    def estimate(self, run: Runner, ref: TableRef, columns: Sequence[str], budget_s: float) -> DistinctEstimate:
        deadline = Deadline(budget_s)
        try:
            found = self.catalog_estimate(run, ref, columns, deadline)
        except (SQLAlchemyError, ConnectorError, TimeoutError):
            found = None  # the catalog route failing is no reason not to try the bounded pass
        if found is not None:
            return found
        small = ref.kind == "table" and ref.row_estimate is not None and ref.row_estimate <= SMALL_TABLE_ROWS
        method = "count_distinct" if small else "hll_sample"
        try:
            if small:
                return DistinctEstimate(self._count_distinct(run, ref, columns, deadline), method, exact=True)
            return self._hll_sample(run, ref, columns, deadline)
        except (SQLAlchemyError, ConnectorError, TimeoutError):
            return DistinctEstimate(None, method)

    def _count_distinct(self, run: Runner, ref: TableRef, columns: Sequence[str], deadline: Deadline) -> int:
        rel = _relation(ref, columns)
        cols = [rel.c[c] for c in columns]
        distinct = select(*cols).where(and_(*(c.is_not(None) for c in cols))).distinct().subquery("d")
        return int(run.rows(select(func.count()).select_from(distinct), deadline.left())[0][0])

    def _hll_sample(self, run: Runner, ref: TableRef, columns: Sequence[str], deadline: Deadline) -> DistinctEstimate:
        try:
            from datasketch import HyperLogLog
        except ImportError:
            return DistinctEstimate(None, "hll_sample (datasketch not installed: pip install 'vdscan[report]')")
        sample = run.sample(ref, columns, HLL_SAMPLE_ROWS, deadline.left())
        sketch = HyperLogLog(p=12)
        rows = sample.table.select(list(range(len(columns)))).drop_null().to_pylist()
        for row in rows:
            sketch.update(repr(tuple(row.values())).encode("utf-8"))
        return DistinctEstimate(int(round(sketch.count())) if rows else 0, "hll_sample")


estimators: Registry[DistinctEstimator] = Registry("distinct estimator")
estimators.register(GENERIC)(DistinctEstimator)


@estimators.register("postgresql")
class PostgresDistinct(DistinctEstimator):
    """pg_stats.n_distinct for one column: positive is a count, negative a fraction of reltuples."""

    _STATS = table("pg_stats", column("schemaname"), column("tablename"), column("attname"),
                   column("n_distinct"), column("inherited"), schema="pg_catalog")

    def catalog_estimate(self, run: Runner, ref: TableRef, columns: Sequence[str],
                         deadline: Deadline) -> DistinctEstimate | None:
        if len(columns) != 1:
            return None
        locator: SqlLocator = ref.locator
        s = self._STATS.c
        # A partitioned parent's statistics are the inherited=true rows; prefer them when both exist.
        statement = (select(s.n_distinct).where(s.schemaname == locator.schema, s.tablename == locator.name,
                                                s.attname == columns[0])
                     .order_by(s.inherited.desc()).limit(1))
        rows = run.rows(statement, deadline.left())
        if not rows or rows[0][0] is None or rows[0][0] == 0:
            return None
        n_distinct = float(rows[0][0])
        if n_distinct > 0:
            return DistinctEstimate(int(n_distinct), "pg_stats")
        if ref.row_estimate is None:
            return None
        return DistinctEstimate(int(round(-n_distinct * ref.row_estimate)), "pg_stats")


@estimators.register("mysql", "mariadb")
class MySqlDistinct(DistinctEstimator):
    """Index cardinality when an index starts with exactly these columns (in any order)."""

    _STATS = table("STATISTICS", column("TABLE_SCHEMA"), column("TABLE_NAME"), column("INDEX_NAME"),
                   column("SEQ_IN_INDEX"), column("COLUMN_NAME"), column("CARDINALITY"),
                   schema="information_schema")

    def catalog_estimate(self, run: Runner, ref: TableRef, columns: Sequence[str],
                         deadline: Deadline) -> DistinctEstimate | None:
        locator: SqlLocator = ref.locator
        s = self._STATS.c
        statement = (select(s.INDEX_NAME, s.SEQ_IN_INDEX, s.COLUMN_NAME, s.CARDINALITY)
                     .where(s.TABLE_SCHEMA == locator.schema, s.TABLE_NAME == locator.name)
                     .order_by(s.INDEX_NAME, s.SEQ_IN_INDEX))
        indexes: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for index, _, name, cardinality in run.rows(statement, deadline.left()):
            indexes[index].append((name, cardinality))
        wanted = set(columns)
        for parts in indexes.values():
            head = parts[:len(wanted)]
            if {name for name, _ in head} == wanted and len(head) == len(wanted) and head[-1][1] is not None:
                return DistinctEstimate(int(head[-1][1]), "index_cardinality")
        return None


@estimators.register("duckdb")
class DuckDbDistinct(DistinctEstimator):
    """DuckDB's HyperLogLog aggregate over the whole column: columnar, so one pass over the values it needs."""

    def catalog_estimate(self, run: Runner, ref: TableRef, columns: Sequence[str],
                         deadline: Deadline) -> DistinctEstimate | None:
        rel = _relation(ref, columns)
        cols = [rel.c[c] for c in columns]
        target = cols[0] if len(cols) == 1 else func.row(*cols)
        statement = select(func.approx_count_distinct(target)).where(and_(*(c.is_not(None) for c in cols)))
        try:
            value = run.rows(statement, deadline.left())[0][0]
        except (SQLAlchemyError, ConnectorError):
            return DistinctEstimate(None, "approx_count_distinct")
        return DistinctEstimate(int(value), "approx_count_distinct")
