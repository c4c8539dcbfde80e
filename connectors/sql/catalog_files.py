"""Discovery for the embedded engines, SQLite and DuckDB, whose catalogs are local and cheap to read.

Parts: SQLite has databases but no schemas, so a table is (database, table) where the main database is named
after its file stem (`fleet.db` → `fleet.vehicles`), attachments by their attach name, an in-memory database
`main`. DuckDB has both, so a table is (catalog, schema, table): `fleet.main.vehicles` for `fleet.duckdb`."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from sqlalchemy import column, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from connectors.sql.catalog import Catalog, FoundTable, SqlLocator, catalogs, estimate, first_line
from scanner.model import ColumnRef, ScanError

_WITHOUT_ROWID = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
_ROWID_ALIASES = ("rowid", "_rowid_", "oid")
_COLUMNS = text('SELECT name, type, "notnull" AS not_null, pk FROM pragma_table_info(:name, :schema) ORDER BY cid')
_ROWID_CHUNK = 200


class _Column(NamedTuple):
    name: str
    type: str | None
    not_null: int
    pk: int


@catalogs.register("sqlite")
class SqliteCatalog(Catalog):
    """All local: every table's columns from pragma_table_info and its rowid range (estimate and change counter).
    Read in bulk, a few statements per database whatever its table count; a database where a bulk read fails
    (a view over a dropped table) is read table by table, so only the broken table becomes an error."""

    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        for _, schema, path in conn.exec_driver_sql("PRAGMA database_list").all():
            if schema != "temp":
                label = Path(path).stem if schema == "main" and path else schema
                yield from self._database(conn, schema, label)

    def _database(self, conn: Connection, schema: str, label: str) -> Iterator[FoundTable | ScanError]:
        master = table("sqlite_master", column("name"), column("type"), column("sql"), schema=schema)
        rows = conn.execute(select(master.c.name, master.c.type, master.c.sql)
                            .where(master.c.type.in_(["table", "view"]))
                            .where(~master.c.name.like("sqlite\\_%", escape="\\"))
                            .order_by(master.c.name)).all()
        rows = [r for r in rows if self.wanted((label, r.name), r.type == "view")]
        stat1 = self._stat1(conn, schema, {r.name for r in rows})
        columns = self._all_columns(conn, schema)
        rowids = {r.name: self._rowid(r.type, r.sql or "", columns[r.name]) for r in rows if r.name in columns}
        max_rowids = self._max_rowids(conn, schema, {n: a for n, a in rowids.items() if a})
        for r in rows:
            try:
                info = columns[r.name] if r.name in columns else self._columns(conn, schema, r.name)
                rowid = rowids[r.name] if r.name in rowids else self._rowid(r.type, r.sql or "", info)
                max_rowid = max_rowids[r.name] if r.name in max_rowids else self._max_rowid(conn, schema, r.name,
                                                                                              rowid)
            except SQLAlchemyError as exc:
                yield ScanError(target=f"{label}.{r.name}", stage="discover",
                                reason=f"cannot read columns: {first_line(exc)}")
                continue
            yield self._table(schema, label, r.name, r.type, info, rowid, stat1.get(r.name), max_rowid)

    @staticmethod
    def _all_columns(conn: Connection, schema: str) -> dict[str, list[_Column]]:
        """Every table's and view's columns in one statement; empty when any of them cannot be read."""
        master = f"{conn.dialect.identifier_preparer.quote_schema(schema)}.sqlite_master"
        statement = text(f'SELECT m.name AS tbl, p.name, p.type, p."notnull" AS not_null, p.pk FROM {master} AS m '
                         f"JOIN pragma_table_info(m.name, :schema) AS p WHERE m.type IN ('table', 'view') "
                         f"ORDER BY m.name, p.cid")
        found: dict[str, list[_Column]] = defaultdict(list)
        try:
            for tbl, *described in conn.execute(statement, {"schema": schema}):
                found[tbl].append(_Column(*described))
        except SQLAlchemyError:
            return {}
        return found

    @staticmethod
    def _columns(conn: Connection, schema: str, name: str) -> list[_Column]:
        return [_Column(*described) for described in conn.execute(_COLUMNS, {"name": name, "schema": schema})]

    @staticmethod
    def _rowid(kind: str, sql: str, info: list[_Column]) -> str | None:
        """A rowid alias no column shadows; None for views and WITHOUT ROWID tables."""
        if kind != "table" or _WITHOUT_ROWID.search(sql):
            return None
        names = {c.name.lower() for c in info}
        return next((a for a in _ROWID_ALIASES if a not in names), None)

    @staticmethod
    def _max_rowid(conn: Connection, schema: str, name: str, rowid: str | None) -> int | None:
        if rowid is None:
            return None
        # max(rowid) is one b-tree descent, not a scan.
        return conn.execute(select(func.max(literal_column(rowid))).select_from(table(name, schema=schema))).scalar()

    @staticmethod
    def _max_rowids(conn: Connection, schema: str, rowids: dict[str, str]) -> dict[str, int | None]:
        """max(rowid) of many tables, a compound SELECT per chunk (SQLite allows 500 terms); a chunk that fails is
        left out, for its tables to be read one by one."""
        quote = conn.dialect.identifier_preparer.quote
        relation = f"{conn.dialect.identifier_preparer.quote_schema(schema)}."
        names = sorted(rowids)
        found: dict[str, int | None] = {}
        for start in range(0, len(names), _ROWID_CHUNK):
            chunk = names[start:start + _ROWID_CHUNK]
            statement = " UNION ALL ".join(f"SELECT {i}, max({quote(rowids[n])}) FROM {relation}{quote(n)}"
                                           for i, n in enumerate(chunk))
            try:
                found.update((chunk[i], value) for i, value in conn.exec_driver_sql(statement).all())
            except SQLAlchemyError:
                continue
        return found

    @staticmethod
    def _table(schema: str, label: str, name: str, kind: str, info: list[_Column], rowid: str | None,
               stat_rows: int | None, max_rowid: int | None) -> FoundTable:
        columns = tuple(ColumnRef(c.name, c.type or "", None, not c.not_null) for c in info)
        primary_key = tuple(c.name for c in sorted((c for c in info if c.pk), key=lambda c: c.pk))
        row_estimate = stat_rows if stat_rows is not None else (max_rowid or 0) if rowid else None
        return FoundTable(
            parts=(label, name),
            locator=SqlLocator(schema=schema, name=name, relation=kind, primary_key=primary_key, rowid=rowid),
            columns=columns,
            row_estimate=row_estimate if kind == "table" else None,
            stats=(stat_rows, max_rowid),
        )

    def _stat1(self, conn: Connection, schema: str, names: set[str]) -> dict[str, int]:
        """Row counts ANALYZE left in sqlite_stat1 (first number of `stat`), when the file has that table."""
        if "sqlite_stat1" not in {n.lower() for n in self._internal_tables(conn, schema)}:
            return {}
        stat = table("sqlite_stat1", column("tbl"), column("stat"), schema=schema)
        counts: dict[str, int] = {}
        for tbl, value in conn.execute(select(stat.c.tbl, stat.c.stat)):
            head = str(value or "").split(" ", 1)[0]
            if head.isdigit():
                counts[tbl] = max(counts.get(tbl, 0), int(head))
        return counts

    @staticmethod
    def _internal_tables(conn: Connection, schema: str) -> list[str]:
        master = table("sqlite_master", column("name"), column("type"), schema=schema)
        return list(conn.execute(select(master.c.name).where(master.c.type == "table")).scalars())


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
