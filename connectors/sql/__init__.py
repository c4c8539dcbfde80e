"""SQL connector: any SQLAlchemy URL, with dedicated paths for PostgreSQL, MySQL/MariaDB, SQLite and DuckDB.

Four registries keyed by dialect (`registry.py`; MariaDB is told apart from MySQL on the live connection) hold the
dialect differences as small classes; an unknown dialect gets the generic entry of each.

Discovery (`catalog*.py`). PostgreSQL: pg_catalog in three bulk queries; parts (database, schema, table);
partitions skipped, a partitioned table counted once with statistics summed over its leaves; foreign tables left
out; a table the role cannot SELECT is listed (metadata still classifies) with a note. MySQL/MariaDB:
information_schema in three bulk queries; parts (database, table); a URL without a database covers every
database. SQLite: pragma_table_info joined to sqlite_master and max(rowid) in compound SELECTs, a few
statements per database (table by table where a bulk read fails); parts (file stem or attachment name, table). DuckDB:
duckdb_tables/views/columns in bulk; parts (catalog, schema, table). Generic: `sqlalchemy.inspect` with
multi-table reflection per schema, retried per table when that fails; parts (schema, table); no row estimate.
System schemas are skipped, views only with `include_views`, every table filtered by `TableFilter`. A table whose
columns cannot be read becomes `ScanError(stage="discover")` and discovery goes on.
Row estimates come from catalog statistics (reltuples, TABLE_ROWS, sqlite_stat1 or max(rowid), estimated_size),
never count(*); fingerprints hash the columns and types plus cheap change counters.

Sessions (`sessions.py`). Every query is read-only and runs under a statement timeout. PostgreSQL and
MySQL/MariaDB: the session's default access mode is READ ONLY from the moment the connection is made, and each
statement runs in autocommit, so it is a read-only transaction of its own (DDL and DML fail); the timeout
(`statement_timeout`; MySQL `max_execution_time`, MariaDB `max_statement_time`) is a session setting, changed only
when a unit of work asks for another value, so a sample costs one round trip. SQLite: `mode=ro` URI, `PRAGMA
query_only` and a progress-handler deadline; DuckDB: `read_only` and an interrupt timer. Generic dialects get
neither a server-side read-only switch nor a timeout (none is portable): the connector still issues only SELECTs,
inside transactions it rolls back. A pooled connection the server dropped is replaced and the query retried once.

Sampling (`samplers.py`): one SELECT per table for all requested columns, written as SQL text with identifiers
quoted by the dialect's preparer (generic dialects: a SQLAlchemy Select), text/binary cut in SQL to
`max_cell_bytes`. Tables of at most 10·n estimated rows are read whole and n rows drawn in Python (`full_read`).
Larger tables: PostgreSQL `TABLESAMPLE SYSTEM (p)` sized from reltuples/relpages, `ORDER BY random() LIMIT n` over
the draw (`tablesample`); MySQL/MariaDB ten random windows of an integer primary key's range in one UNION ALL
(`random_window`); SQLite the same over rowid; DuckDB `USING SAMPLE n ROWS` (`using_sample`); views, tables
without a usable key and generic dialects `LIMIT n` (`first_rows`, random=False).

Distinct counts (`distinct.py`): pg_stats.n_distinct, MySQL index cardinality, DuckDB approx_count_distinct;
otherwise COUNT(DISTINCT) for small tables or a datasketch HyperLogLog over a bounded sample (`hll_sample`).

`mask_url` hides passwords (userinfo and query-string secrets) for display; connection errors carry it.
"""
from __future__ import annotations

from connectors.sql.connector import SqlConnector
from connectors.sql.urls import mask_url

__all__ = ["SqlConnector", "mask_url"]
