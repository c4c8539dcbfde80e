"""Discovery for the embedded engines, SQLite and DuckDB, whose catalogs are local and cheap to read.

Parts: SQLite has databases but no schemas, so a table is (database, table) where the main database is named
after its file stem (`fleet.db` → `fleet.vehicles`), attachments by their attach name, an in-memory database
`main`. DuckDB has both, so a table is (catalog, schema, table): `fleet.main.vehicles` for `fleet.duckdb`."""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from connectors.sql.catalog import (Catalog, FoundTable, PagedCatalog, Session, SqlLocator, catalogs, estimate,
                                    first_line)
from scanner.gc_pause import collections_paused
from scanner.model import ColumnRef, ScanError

_WITHOUT_ROWID = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
_ROWID_ALIASES = ("rowid", "_rowid_", "oid")
_COLUMNS = 'SELECT name, type, "notnull", pk FROM pragma_table_info(?, ?) ORDER BY cid'
_ROWID_CHUNK = 200

# (name, type, notnull, pk) as pragma_table_info gives them
_Column = tuple[str, str | None, int, int]


def _rows(conn: Connection, statement: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every row of one statement as the driver's plain tuples.

    The statement goes through SQLAlchemy (events, logging, error wrapping); the rows come straight from the DBAPI
    cursor, since making a Row of each of a 1,000-table file's ~30,000 column rows cost more than reading them."""
    result = conn.exec_driver_sql(statement, parameters)
    try:
        return result.cursor.fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:  # SQLite steps (and may be interrupted) while fetching
        raise DBAPIError.instance(statement, parameters, exc, conn.dialect.loaded_dbapi.Error) from None
    finally:
        result.close()


@catalogs.register("sqlite")
class SqliteCatalog(PagedCatalog):
    """All local: every table's columns from pragma_table_info and its rowid range (estimate and change counter).
    Read in bulk, a few statements per database whatever its table count; a database where a bulk read fails
    (a view over a dropped table) is read table by table, so only the broken table becomes an error."""

    def found_pages(self, session: Session) -> Iterator[list[FoundTable | ScanError]]:
        """Each database in pages of tables by name, each page read in a session of its own."""
        with session() as conn:
            databases = [(schema, Path(path).stem if schema == "main" and path else schema)
                         for _, schema, path in _rows(conn, "PRAGMA database_list") if schema != "temp"]
        for schema, label in databases:
            after = None
            for size in self.page_sizes():
                with session() as conn:
                    page, after = self._page(conn, schema, label, after, size)
                yield page
                if after is None:
                    break

    def _page(self, conn: Connection, schema: str, label: str, after: str | None,
              size: int) -> tuple[list[FoundTable | ScanError], str | None]:
        """Up to `size` relations named after `after`, and the name to continue after (None: the last page)."""
        master = _relation(conn, schema, "sqlite_master")
        rows = _rows(conn, f"SELECT name, type, sql FROM {master} WHERE type IN ('table', 'view') "
                           f"AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND (?1 IS NULL OR name > ?1) "
                           f"ORDER BY name LIMIT ?2", (after, size))
        last = rows[-1][0] if len(rows) == size else None
        rows = [r for r in rows if self.wanted((label, r[0]), r[1] == "view")]
        if not rows:
            return [], last
        span = (rows[0][0], rows[-1][0])
        stat1 = self._stat1(conn, schema, span)
        columns = self._all_columns(conn, schema, span)
        rowids = {name: self._rowid(kind, sql or "", columns[name]) for name, kind, sql in rows if name in columns}
        max_rowids = self._max_rowids(conn, schema, {n: a for n, a in rowids.items() if a})
        found: list[FoundTable | ScanError] = []
        with collections_paused():  # the page's tables at once, all in memory already
            for name, kind, sql in rows:
                try:
                    info = columns[name] if name in columns else self._columns(conn, schema, name)
                    rowid = rowids[name] if name in rowids else self._rowid(kind, sql or "", info)
                    max_rowid = (max_rowids[name] if name in max_rowids
                                 else self._max_rowid(conn, schema, name, rowid))
                except SQLAlchemyError as exc:
                    found.append(ScanError(target=f"{label}.{name}", stage="discover",
                                           reason=f"cannot read columns: {first_line(exc)}"))
                    continue
                found.append(self._table(schema, label, name, kind, info, rowid, stat1.get(name), max_rowid))
        return found, last

    @staticmethod
    def _all_columns(conn: Connection, schema: str, span: tuple[str, str]) -> dict[str, list[_Column]]:
        """The columns of every table and view named within `span`, in one statement; empty when any of them
        cannot be read."""
        master = _relation(conn, schema, "sqlite_master")
        statement = (f'SELECT m.name, p.name, p.type, p."notnull", p.pk FROM {master} AS m '
                     f"JOIN pragma_table_info(m.name, ?) AS p WHERE m.type IN ('table', 'view') "
                     f"AND m.name BETWEEN ? AND ? ORDER BY m.name, p.cid")
        try:
            described = _rows(conn, statement, (schema, *span))
        except SQLAlchemyError:
            return {}
        # Rows come grouped by table: one dict entry per table, its columns as (name, type, notnull, pk).
        return {table: [row[1:] for row in group] for table, group in groupby(described, key=itemgetter(0))}

    @staticmethod
    def _columns(conn: Connection, schema: str, name: str) -> list[_Column]:
        return _rows(conn, _COLUMNS, (name, schema))

    @staticmethod
    def _rowid(kind: str, sql: str, info: list[_Column]) -> str | None:
        """A rowid alias no column shadows; None for views and WITHOUT ROWID tables."""
        # The substring test spares the regex on nearly every table's CREATE statement.
        if kind != "table" or ("rowid" in sql.lower() and _WITHOUT_ROWID.search(sql)):
            return None
        names = {c[0].lower() for c in info}
        return next((a for a in _ROWID_ALIASES if a not in names), None)

    @staticmethod
    def _max_rowid(conn: Connection, schema: str, name: str, rowid: str | None) -> int | None:
        if rowid is None:
            return None
        # max(rowid) is one b-tree descent, not a scan.
        return _rows(conn, f"SELECT max({_quote(conn, rowid)}) FROM {_relation(conn, schema, name)}")[0][0]

    @staticmethod
    def _max_rowids(conn: Connection, schema: str, rowids: dict[str, str]) -> dict[str, int | None]:
        """max(rowid) of many tables, a compound SELECT per chunk (SQLite allows 500 terms); a chunk that fails is
        left out, for its tables to be read one by one."""
        names = sorted(rowids)
        found: dict[str, int | None] = {}
        for start in range(0, len(names), _ROWID_CHUNK):
            chunk = names[start:start + _ROWID_CHUNK]
            statement = " UNION ALL ".join(
                f"SELECT {i}, max({_quote(conn, rowids[n])}) FROM {_relation(conn, schema, n)}"
                for i, n in enumerate(chunk))
            try:
                found.update((chunk[i], value) for i, value in _rows(conn, statement))
            except SQLAlchemyError:
                continue
        return found

    @staticmethod
    def _table(schema: str, label: str, name: str, kind: str, info: list[_Column], rowid: str | None,
               stat_rows: int | None, max_rowid: int | None) -> FoundTable:
        columns = tuple([ColumnRef(name_, type_ or "", None, not not_null) for name_, type_, not_null, _ in info])
        primary_key = tuple(c[0] for c in sorted((c for c in info if c[3]), key=itemgetter(3)))
        row_estimate = stat_rows if stat_rows is not None else (max_rowid or 0) if rowid else None
        return FoundTable(
            parts=(label, name),
            locator=SqlLocator(schema=schema, name=name, relation=kind, primary_key=primary_key, rowid=rowid),
            columns=columns,
            row_estimate=row_estimate if kind == "table" else None,
            stats=(stat_rows, max_rowid),
        )

    @staticmethod
    def _stat1(conn: Connection, schema: str, span: tuple[str, str]) -> dict[str, int]:
        """Row counts ANALYZE left in sqlite_stat1 (first number of `stat`) for tables named within `span`, when
        the file has that table."""
        master = _relation(conn, schema, "sqlite_master")
        if not _rows(conn, f"SELECT 1 FROM {master} WHERE type = 'table' AND lower(name) = 'sqlite_stat1'"):
            return {}
        counts: dict[str, int] = {}
        for tbl, value in _rows(conn, f"SELECT tbl, stat FROM {_relation(conn, schema, 'sqlite_stat1')} "
                                      f"WHERE tbl BETWEEN ? AND ?", span):
            head = str(value or "").split(" ", 1)[0]
            if head.isdigit():
                counts[tbl] = max(counts.get(tbl, 0), int(head))
        return counts


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _relation(conn: Connection, schema: str, name: str) -> str:
    """`"schema"."name"`, quoted by the dialect: a table named `x"; DROP TABLE y; --` is just a name."""
    preparer = conn.dialect.identifier_preparer
    return f"{preparer.quote_schema(schema)}.{preparer.quote(name)}"


_DUCKDB_RELATIONS = text("""
SELECT database_name AS db, schema_name AS schema, table_name AS name, comment, estimated_size AS rows,
       'table' AS kind
FROM duckdb_tables() WHERE NOT internal AND NOT temporary AND database_name = current_database()
UNION ALL
SELECT database_name, schema_name, view_name, comment, NULL, 'view'
FROM duckdb_views() WHERE NOT internal AND NOT temporary AND database_name = current_database()
ORDER BY 2, 3
""")

_DUCKDB_COLUMNS = text("""
SELECT schema_name AS schema, table_name AS name, column_name AS col, data_type AS type,
       is_nullable AS nullable, comment
FROM duckdb_columns() WHERE NOT internal AND database_name = current_database()
ORDER BY schema_name, table_name, column_index
""")


@catalogs.register("duckdb")
class DuckDbCatalog(Catalog):
    """duckdb_tables/duckdb_views/duckdb_columns in bulk; max(rowid) per table as the change counter."""

    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        relations = [r for r in conn.execute(_DUCKDB_RELATIONS)
                     if self.wanted((r.db, r.schema, r.name), r.kind == "view")]
        columns: dict[tuple[str, str], list[ColumnRef]] = defaultdict(list)
        for c in conn.execute(_DUCKDB_COLUMNS):
            columns[(c.schema, c.name)].append(ColumnRef(c.col, c.type, c.comment or None, bool(c.nullable)))
        for r in relations:
            max_rowid: Any = None
            if r.kind == "table":
                max_rowid = conn.execute(select(func.max(literal_column("rowid")))
                                         .select_from(table(r.name, schema=r.schema))).scalar()
            yield FoundTable(
                parts=(r.db, r.schema, r.name),
                locator=SqlLocator(schema=r.schema, name=r.name, relation=r.kind),
                columns=tuple(columns.get((r.schema, r.name), ())),
                comment=r.comment,
                row_estimate=estimate(r.rows),
                stats=(r.rows, max_rowid),
            )
