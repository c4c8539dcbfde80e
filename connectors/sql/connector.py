"""SqlConnector: one Engine per source, short read-only connections, one SELECT per sampled table."""
from __future__ import annotations

import random
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.sql import Select

from connectors.base import ConnectorError, DistinctEstimate, SourceOptions
from connectors.filters import TableFilter
from connectors.sql import catalog_files, catalog_mysql, catalog_postgres  # noqa: F401  (register catalogs)
from connectors.sql.arrow import rows_to_table
from connectors.sql.catalog import CatalogContext, SqlLocator, catalogs, first_line
from connectors.sql.distinct import estimators
from connectors.sql.registry import dialect_key
from connectors.sql.samplers import samplers
from connectors.sql.sessions import policies
from connectors.sql.urls import mask_url, scrub, url_secrets
from scanner.model import Sample, ScanError, TableRef

DEFAULT_POOL_SIZE = 8
MIN_DISCOVERY_TIMEOUT_S = 60.0  # catalog queries over thousands of tables need more than one sample's timeout

_DRIVER_HINTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "duckdb": "duckdb"}


class SqlConnector:
    """Any SQLAlchemy URL. Dialect behaviour (catalog, session policy, sampler, distinct estimate) comes from
    registries keyed by dialect; unknown dialects get the generic entries."""

    kind = "sql"

    def __init__(self, url: str, options: SourceOptions | None = None, *, rng: random.Random | None = None) -> None:
        self.options = options or SourceOptions()
        self.url = mask_url(url)
        self.name = self.options.name or self.url
        self._secrets = url_secrets(url)
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise ConnectorError(f"{self.url}: not a SQLAlchemy URL ({exc})") from None
        backend = parsed.get_backend_name()
        engine_policy = policies.lookup(backend)()
        self._policy = engine_policy  # until the live dialect key is known (MariaDB behind mysql://)
        self._url = engine_policy.engine_url(parsed)
        try:
            isolation = engine_policy.isolation_level()
            # No pre-ping: a ping per checkout is a round trip per table; a connection found dead is retried once
            # (_rows). No statement cache: every sample statement is new, so its cache key would be wasted work.
            self._engine = create_engine(self._url, connect_args=engine_policy.connect_args(self._url),
                                         pool_recycle=1800, query_cache_size=0,
                                         pool_size=int(self.options.extra.get("pool_size", DEFAULT_POOL_SIZE)),
                                         **({"isolation_level": isolation} if isolation else {}))
        except (NoSuchModuleError, ImportError) as exc:
            extra = _DRIVER_HINTS.get(backend)
            hint = f"; try pip install 'vdscan[{extra}]'" if extra else ""
            raise ConnectorError(f"{self.url}: no driver for {parsed.drivername!r} ({exc}){hint}") from None
        event.listen(self._engine, "connect", lambda dbapi_connection, _record: engine_policy.on_connect(
            dbapi_connection))
        try:
            with self._engine.connect():
                pass
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise ConnectorError(f"{self.url}: cannot connect: {self._reason(exc)}") from None
        key = dialect_key(self._engine.dialect)
        self._policy = policies.lookup(key)()
        self._sampler = samplers.lookup(key)(self._engine.dialect, rng)
        self._catalog = catalogs.lookup(key)
        self._distinct = estimators.lookup(key)()

    @property
    def engine(self) -> Engine:
        """The connector's one Engine (for instrumentation such as statement counting; never for writing)."""
        return self._engine

    @contextmanager
    def session(self, timeout_s: float | None = None) -> Iterator[Connection]:
        """A pooled connection, read-only, under a statement timeout (sessions.py says how, per dialect)."""
        with self._engine.connect() as conn:
            with self._policy.guard(conn, timeout_s or self.options.statement_timeout_s):
                yield conn

    def discover(self) -> Iterator[TableRef | ScanError]:
        ctx = CatalogContext(source=self.name, url=self._url, include_views=self.options.include_views,
                             table_filter=TableFilter(self.options.include, self.options.exclude),
                             session=self.session)
        timeout = float(self.options.extra.get("discovery_timeout_s",
                                               max(MIN_DISCOVERY_TIMEOUT_S, self.options.statement_timeout_s)))
        pages = self._catalog(ctx).pages(lambda: self.session(timeout))
        while True:
            try:
                page = next(pages, None)
            except SQLAlchemyError as exc:
                yield ScanError(target=self.name, stage="discover", reason=self._reason(exc, timeout))
                return
            if page is None:
                return
            yield from page  # read whole in its own session: none stays open while the caller samples

    def sample(self, table: TableRef, columns: Sequence[str], n: int) -> Sample:
        return self._sample(table, columns, n, self.options.statement_timeout_s)

    def estimate_distinct(self, table: TableRef, columns: Sequence[str], budget_s: float) -> DistinctEstimate:
        self._locator(table)
        return self._distinct.estimate(_Runner(self), table, list(columns), budget_s)

    def close(self) -> None:
        self._engine.dispose()

    def _sample(self, table: TableRef, columns: Sequence[str], n: int, timeout_s: float) -> Sample:
        self._locator(table)
        by_name = {c.name: c for c in table.columns}
        missing = [c for c in columns if c not in by_name]
        if missing:
            raise ConnectorError(f"{table.fqn}: sample failed: no column(s) {', '.join(map(repr, missing))}")
        refs = [by_name[c] for c in dict.fromkeys(columns)]
        if not refs or n <= 0:
            return Sample(rows_to_table([], [c.name for c in refs], self.options.max_cell_bytes), "none", False)
        plan = self._sampler.plan(table, refs, n, self.options.max_cell_bytes)
        rows = self._rows(plan.statement, timeout_s, table.fqn, "sample")
        method, is_random = plan.method, plan.random
        if plan.bound is not None and len(rows) >= plan.bound:
            # The catalog's estimate was stale: the LIMIT cut a larger table, so these are its first rows.
            method, is_random = "first_rows", False
        if len(rows) > plan.keep:
            rows = self._sampler.rng.sample(rows, plan.keep)
        names = [c.name for c in refs]
        return Sample(rows_to_table(rows, names, self.options.max_cell_bytes), method, is_random)

    def _rows(self, statement: Select | str, timeout_s: float, target: str, stage: str) -> list[Any]:
        try:
            try:
                return self._fetch(statement, timeout_s)
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                # The server dropped a pooled connection (restart, idle timeout): one retry on a fresh one, as a
                # pre-ping would have done.
                return self._fetch(statement, timeout_s)
        except SQLAlchemyError as exc:
            raise ConnectorError(f"{target}: {stage} failed: {self._reason(exc, timeout_s)}") from None

    def _fetch(self, statement: Select | str, timeout_s: float) -> list[Any]:
        with self.session(timeout_s) as conn:
            if isinstance(statement, str):
                # Sent with an empty parameter set, as SQLAlchemy sends its own compiled SQL: drivers whose
                # placeholders use `%` then undo the `%%` the dialect's quoting wrote for a `%` in a name.
                return list(conn.exec_driver_sql(statement).all())
            return list(conn.execute(statement).all())

    def _reason(self, exc: BaseException, timeout_s: float | None = None) -> str:
        if timeout_s is not None and self._policy.is_timeout(exc):
            return f"statement timeout after {timeout_s:g} s"
        return scrub(first_line(exc), self._secrets)

    def _locator(self, table: TableRef) -> SqlLocator:
        if not isinstance(table.locator, SqlLocator):
            raise ConnectorError(f"{table.fqn}: not discovered by this SQL connector (no locator)")
        return table.locator

    def __repr__(self) -> str:
        return f"SqlConnector({self.url!r})"


class _Runner:
    """The estimator's view of the connector: bounded statements and samples under a caller-given timeout."""

    def __init__(self, connector: SqlConnector) -> None:
        self._connector = connector

    def rows(self, statement: Select, timeout_s: float) -> list[Any]:
        return self._connector._rows(statement, timeout_s, "distinct", "estimate")

    def sample(self, table: TableRef, columns: Sequence[str], n: int, timeout_s: float) -> Sample:
        return self._connector._sample(table, columns, n, timeout_s)
