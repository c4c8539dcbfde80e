"""Real servers for the SQL connector tests: one uniquely named database per test session, dropped at the end.

Tests needing PostgreSQL or MariaDB fail (never skip) when the server is down: CI starts the services."""
from __future__ import annotations

import secrets
from contextlib import contextmanager
from typing import Iterator

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
MARIA_ADMIN = "mysql+pymysql://root:@127.0.0.1:3306/?charset=utf8mb4"

SESSION_TAG = f"vdscan_sql_{secrets.token_hex(4)}"


def _admin(url: str, service: str) -> Engine:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect():
            pass
    except Exception as exc:  # any driver error means the same thing here
        pytest.fail(f"{service} is not reachable at {make_url(url).render_as_string(hide_password=True)} "
                    f"({type(exc).__name__}); start the service (CI does) and re-run", pytrace=False)
    return engine


@pytest.fixture(scope="session")
def tag() -> str:
    return SESSION_TAG


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Engine]:
    engine = _admin(PG_ADMIN, "PostgreSQL")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_database(pg_server: Engine) -> Iterator[str]:
    """The name of a fresh PostgreSQL database; the reader role created by tests is dropped with it."""
    name = SESSION_TAG
    with pg_server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield name
    with pg_server.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}_reader"')


@pytest.fixture(scope="session")
def pg_url(pg_database: str) -> str:
    return f"postgresql+psycopg://postgres:s3cret@127.0.0.1:5432/{pg_database}"


@pytest.fixture(scope="session")
def pg_admin(pg_database: str) -> Iterator[Engine]:
    engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{pg_database}", isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def maria_server() -> Iterator[Engine]:
    engine = _admin(MARIA_ADMIN, "MariaDB")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def maria_databases(maria_server: Engine) -> Iterator[tuple[str, str]]:
    """Two fresh MariaDB databases (a URL without a database must discover both)."""
    names = (f"{SESSION_TAG}_a", f"{SESSION_TAG}_b")
    with maria_server.connect() as conn:
        for name in names:
            conn.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    yield names
    with maria_server.connect() as conn:
        for name in names:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture(scope="session")
def maria_admin(maria_databases: tuple[str, str]) -> Iterator[Engine]:
    engine = create_engine(f"mysql+pymysql://root:@127.0.0.1:3306/{maria_databases[0]}?charset=utf8mb4",
                           isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def run_script(engine: Engine, statements: list[str]) -> None:
    """DDL/DML for test fixtures (the connector itself never writes); statements avoid `%`."""
    with engine.connect() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


@contextmanager
def recorded_statements(engine: Engine) -> Iterator[list[str]]:
    """Every statement the engine sends to the server while the block runs."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def statements():
    """`with statements(engine) as seen:` records the SQL sent while the block runs."""
    return recorded_statements


@pytest.fixture(scope="session")
def script():
    """`script(engine, [statements])` runs fixture DDL/DML."""
    return run_script
