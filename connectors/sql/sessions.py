"""Per-dialect session policies: how a connection is made read-only and how a statement is given a timeout.

Every unit of work (a discovery pass, one sample, one distinct estimate) runs inside `policy.guard(conn, timeout)`.
On servers (PostgreSQL, MySQL/MariaDB) read-only is the session's default, set once when the connection is made,
and the statement timeout is a session setting changed only when a unit of work asks for another value: a sample
is then one round trip (its SELECT, in autocommit) where a transaction of its own took six (ping, BEGIN, two SETs,
SELECT, ROLLBACK) — most of the per-table cost on a warehouse of small tables. Engine-level settings (URL rewrites,
connect arguments, isolation level, on-connect statements) are looked up by the URL's backend name before the first
connection; guards by the live dialect key, which can tell MariaDB from MySQL."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import quote

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection

from connectors.sql.registry import GENERIC, Registry

CONNECT_TIMEOUT_S = 10
_TIMEOUT_KEY = "vdscan.statement_timeout"  # in the pooled connection's info: the session timeout now in force

policies: Registry[SessionPolicy] = Registry("session policy")


class SessionPolicy:
    """Generic dialects: SQLAlchemy offers no portable read-only switch or statement timeout.

    The connector still only ever issues SELECTs inside a transaction it rolls back; the timeout is not enforced
    by the server, which the module docstring of `connectors.sql` tells users."""

    def engine_url(self, url: URL) -> URL:
        return url

    def connect_args(self, url: URL) -> dict[str, Any]:
        return {}

    def isolation_level(self) -> str | None:
        """The engine's isolation level; None keeps the driver's (transactions)."""
        return None

    def on_connect(self, dbapi_connection: Any) -> None:
        """Runs once per new DBAPI connection: session-wide read-only defaults."""

    @contextmanager
    def guard(self, conn: Connection, timeout_s: float) -> Iterator[None]:
        yield

    def is_timeout(self, exc: BaseException) -> bool:
        return False


policies.register(GENERIC)(SessionPolicy)


def _run_and_commit(dbapi_connection: Any, *statements: str) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()
    dbapi_connection.commit()


def _session_timeout(conn: Connection, set_statement: str, value: Any) -> None:
    """Runs `set_statement` (bound `:value`) unless the connection already has this timeout. The value is kept in
    the pooled connection's info, which lives as long as the DBAPI connection, across checkouts."""
    info = conn.connection.info
    if info.get(_TIMEOUT_KEY) != value:
        conn.execute(text(set_statement), {"value": value})
        info[_TIMEOUT_KEY] = value


def _driver_error_code(exc: BaseException) -> Any:
    orig = getattr(exc, "orig", exc)
    args = getattr(orig, "args", ())
    return args[0] if args else None


@policies.register("postgresql")
class PostgresPolicy(SessionPolicy):
    # libpq-based drivers take these as connection parameters; others (pg8000) have their own spelling.
    _LIBPQ_DRIVERS = frozenset({"psycopg", "psycopg2", "psycopg2cffi"})

    def connect_args(self, url: URL) -> dict[str, Any]:
        if url.get_driver_name() in self._LIBPQ_DRIVERS:
            return {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "vdscan"}
        return {}

    def isolation_level(self) -> str | None:
        # Each statement is its own transaction, read-only by the session default set in on_connect.
        return "AUTOCOMMIT"

    def on_connect(self, dbapi_connection: Any) -> None:
        # Every transaction of this session is read-only, the implicit one around each autocommit statement too.
        _run_and_commit(dbapi_connection, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    @contextmanager
    def guard(self, conn: Connection, timeout_s: float) -> Iterator[None]:
        # set_config(..., is_local => false) is SET with a bound value; in autocommit it lasts for the session.
        _session_timeout(conn, "SELECT set_config('statement_timeout', :value, false)",
                         f"{max(1, int(timeout_s * 1000))}ms")
        yield

    def is_timeout(self, exc: BaseException) -> bool:
        orig = getattr(exc, "orig", exc)
        return getattr(orig, "sqlstate", None) == "57014" or getattr(orig, "pgcode", None) == "57014"


@policies.register("mysql")
class MySqlPolicy(SessionPolicy):
    _TIMEOUT_ERRNOS = frozenset({3024, 1969, 1317})  # MySQL max_execution_time, MariaDB max_statement_time, killed

    def engine_url(self, url: URL) -> URL:
        # Without utf8mb4, Chinese names and comments arrive as '?' on servers whose default charset is latin1.
        if "charset" in url.query:
            return url
        return url.update_query_dict({"charset": "utf8mb4"})

    def connect_args(self, url: URL) -> dict[str, Any]:
        return {"connect_timeout": CONNECT_TIMEOUT_S} if url.get_driver_name() in {"pymysql", "mysqldb"} else {}

    def isolation_level(self) -> str | None:
        # The session's access mode (on_connect) makes each autocommit statement a read-only transaction.
        return "AUTOCOMMIT"

    def on_connect(self, dbapi_connection: Any) -> None:
        _run_and_commit(dbapi_connection, "SET SESSION TRANSACTION READ ONLY")

    def timeout_statement(self, timeout_s: float) -> tuple[str, Any]:
        # MySQL's max_execution_time applies to SELECT only, which is all the connector runs.
        return "SET SESSION max_execution_time = :value", max(1, int(timeout_s * 1000))

    @contextmanager
    def guard(self, conn: Connection, timeout_s: float) -> Iterator[None]:
        _session_timeout(conn, *self.timeout_statement(timeout_s))
        yield

    def is_timeout(self, exc: BaseException) -> bool:
        return _driver_error_code(exc) in self._TIMEOUT_ERRNOS


@policies.register("mariadb")
class MariaDbPolicy(MySqlPolicy):
    def timeout_statement(self, timeout_s: float) -> tuple[str, Any]:
        return "SET SESSION max_statement_time = :value", max(0.001, float(timeout_s))


@policies.register("sqlite")
class SqlitePolicy(SessionPolicy):
    _PROGRESS_OPCODES = 10_000  # the handler runs every N virtual-machine steps: microseconds apart

    def engine_url(self, url: URL) -> URL:
        database = url.database
        if not database or database == ":memory:":
            return url
        query = dict(url.query)
        if query.get("uri", "").lower() in {"true", "1"}:
            query.setdefault("mode", "ro")
            return url.set(query=query)
        # mode=ro makes the file itself unwritable from this connection; the path is URI-escaped (`?`, `#`, `%`).
        query.update({"mode": "ro", "uri": "true"})
        return url.set(database=f"file:{quote(database, safe='/:')}", query=query)

    def connect_args(self, url: URL) -> dict[str, Any]:
        # Pooled connections move between worker threads; each is used by one thread at a time.
        return {"check_same_thread": False}

    def on_connect(self, dbapi_connection: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA query_only = ON")
        finally:
            cursor.close()

    @contextmanager
    def guard(self, conn: Connection, timeout_s: float) -> Iterator[None]:
        raw = conn.connection.dbapi_connection
        deadline = time.monotonic() + timeout_s
        raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, self._PROGRESS_OPCODES)
        try:
            yield
        finally:
            raw.set_progress_handler(None, 0)

    def is_timeout(self, exc: BaseException) -> bool:
        return "interrupted" in str(getattr(exc, "orig", exc)).lower()


@policies.register("duckdb")
class DuckDbPolicy(SessionPolicy):
    def connect_args(self, url: URL) -> dict[str, Any]:
        if not url.database or url.database == ":memory:":
            return {}  # DuckDB refuses a read-only in-memory database; there is nothing to protect there
        return {"read_only": True}

    @contextmanager
    def guard(self, conn: Connection, timeout_s: float) -> Iterator[None]:
        raw = conn.connection.dbapi_connection
        timer = threading.Timer(timeout_s, raw.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def is_timeout(self, exc: BaseException) -> bool:
        return "interrupt" in str(getattr(exc, "orig", exc)).lower()
