"""MySQL/MariaDB discovery: three information_schema queries for every database the URL reaches.

A URL naming a database scans that database; a URL without one scans every database the account can see.
Parts are (database, table): in MySQL a schema *is* a database."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from connectors.sql.catalog import SYSTEM_SCHEMAS, Catalog, FoundTable, SqlLocator, catalogs, estimate
from scanner.model import ColumnRef, ScanError

_SCOPE = "TABLE_SCHEMA NOT IN :system AND (:database IS NULL OR TABLE_SCHEMA = :database)"

# Partitioned tables appear once here (their partitions live in information_schema.PARTITIONS).
_TABLES = text(f"""
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS name, TABLE_TYPE AS type, TABLE_ROWS AS table_rows,
       TABLE_COMMENT AS comment, UPDATE_TIME AS updated, DATA_LENGTH AS data_length
FROM information_schema.TABLES
WHERE {_SCOPE} AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')
""").bindparams(bindparam("system", expanding=True))

_COLUMNS = text(f"""
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS name, COLUMN_NAME AS col, COLUMN_TYPE AS type,
       IS_NULLABLE AS nullable, COLUMN_COMMENT AS comment
FROM information_schema.COLUMNS
WHERE {_SCOPE}
ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
""").bindparams(bindparam("system", expanding=True))

_PRIMARY_KEYS = text(f"""
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS name, COLUMN_NAME AS col
FROM information_schema.STATISTICS
WHERE {_SCOPE} AND INDEX_NAME = 'PRIMARY'
ORDER BY TABLE_SCHEMA, TABLE_NAME, SEQ_IN_INDEX
""").bindparams(bindparam("system", expanding=True))


@catalogs.register("mysql", "mariadb")
class MySqlCatalog(Catalog):
    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        params: dict[str, Any] = {"system": sorted(SYSTEM_SCHEMAS), "database": self.ctx.url.database or None}
        tables = {(r.db, r.name): r for r in conn.execute(_TABLES, params)
                  if self.wanted((r.db, r.name), r.type == "VIEW")}
        columns: dict[tuple[str, str], list[ColumnRef]] = defaultdict(list)
        for r in conn.execute(_COLUMNS, params):
            if (r.db, r.name) in tables:
                columns[(r.db, r.name)].append(ColumnRef(r.col, r.type, r.comment or None, r.nullable == "YES"))
        keys: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in conn.execute(_PRIMARY_KEYS, params):
            keys[(r.db, r.name)].append(r.col)
        for key, r in tables.items():
            if not columns.get(key):
                # information_schema hides columns it cannot read (a view over a dropped table, a revoked grant).
                yield ScanError(target=f"{r.db}.{r.name}", stage="discover",
                                reason="no readable columns (invalid view or missing privilege)")
                continue
            is_view = r.type == "VIEW"
            yield FoundTable(
                parts=(r.db, r.name),
                locator=SqlLocator(schema=r.db, name=r.name, relation="view" if is_view else "table",
                                   primary_key=tuple(keys.get(key, ()))),
                columns=tuple(columns[key]),
                # MySQL spells a view's missing comment "VIEW".
                comment=None if is_view else (r.comment or None),
                row_estimate=None if is_view else estimate(r.table_rows),
                stats=(r.updated, r.table_rows, r.data_length),
            )
