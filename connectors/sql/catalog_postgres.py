"""PostgreSQL discovery: three pg_catalog queries a page of tables (PagedCatalog.page_sizes), however many there are.

Pages follow the tables' oids, each read in a session of its own: a scan holds one page of table and column
descriptions at a time (~8 kB a table of 30 columns), not the catalog of a 100,000-table warehouse."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator, Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from connectors.sql.catalog import (SYSTEM_SCHEMAS, FoundTable, PagedCatalog, Session, SqlLocator, catalogs,
                                   estimate)
from scanner.model import ColumnRef, ScanError

_RELATION = {"r": "table", "p": "partitioned", "v": "view", "m": "materialized_view"}

# Partitions are skipped (NOT relispartition): a partitioned table is one table whose statistics are the sums over
# its leaf partitions (pg_partition_tree, PostgreSQL 12+). Foreign tables ('f') are left out: sampling them would
# query a remote server.
_SCOPE = """
    c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
    AND lower(n.nspname) NOT IN :system
    AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
"""

_TABLES = text(f"""
SELECT c.oid, current_database() AS db, n.nspname, c.relname, c.relkind,
       obj_description(c.oid, 'pg_class') AS comment,
       CASE WHEN c.relkind = 'p' THEN leaf.tuples ELSE c.reltuples END AS tuples,
       CASE WHEN c.relkind = 'p' THEN leaf.pages ELSE c.relpages END AS pages,
       COALESCE(leaf.ins, s.n_tup_ins) AS ins, COALESCE(leaf.upd, s.n_tup_upd) AS upd,
       COALESCE(leaf.del, s.n_tup_del) AS deletes,
       has_table_privilege(c.oid, 'SELECT') AS can_select
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
LEFT JOIN LATERAL (
    SELECT CASE WHEN bool_and(lc.reltuples < 0) THEN NULL ELSE sum(GREATEST(lc.reltuples, 0)) END AS tuples,
           sum(lc.relpages) AS pages, sum(ls.n_tup_ins) AS ins, sum(ls.n_tup_upd) AS upd, sum(ls.n_tup_del) AS del
    FROM pg_catalog.pg_partition_tree(c.oid) pt
    JOIN pg_catalog.pg_class lc ON lc.oid = pt.relid
    LEFT JOIN pg_catalog.pg_stat_all_tables ls ON ls.relid = pt.relid
    WHERE pt.isleaf
) leaf ON c.relkind = 'p'
WHERE {_SCOPE} AND c.oid > CAST(:after AS oid)
ORDER BY c.oid
LIMIT :page_size
""").bindparams(bindparam("system", expanding=True))

_COLUMNS = text(f"""
SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable, pg_catalog.col_description(a.attrelid, a.attnum) AS comment
FROM pg_catalog.pg_attribute a
WHERE a.attrelid = ANY(CAST(:oids AS oid[])) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
""")

_PRIMARY_KEYS = text(f"""
SELECT i.indrelid, a.attname
FROM pg_catalog.pg_index i
JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
WHERE i.indisprimary AND i.indrelid = ANY(CAST(:oids AS oid[]))
ORDER BY i.indrelid, k.ord
""")

NO_SELECT_NOTE = "this role has no SELECT privilege on the table: metadata only, values cannot be sampled"


@catalogs.register("postgresql")
class PostgresCatalog(PagedCatalog):
    def found_pages(self, session: Session) -> Iterator[list[FoundTable | ScanError]]:
        after = 0
        for size in self.page_sizes():
            with session() as conn:
                tables = self._next_tables(conn, after, size)
                page: list[FoundTable | ScanError] = list(self._page(conn, tables))
            yield page
            if len(tables) < size:
                return
            after = tables[-1].oid

    @staticmethod
    def _next_tables(conn: Connection, after: int, size: int) -> Sequence[Any]:
        return conn.execute(_TABLES, {"system": sorted(SYSTEM_SCHEMAS), "after": after, "page_size": size}).all()

    def _page(self, conn: Connection, tables: Sequence[Any]) -> Iterator[FoundTable]:
        wanted = {r.oid: r for r in tables
                  if self.wanted((r.db, r.nspname, r.relname), _RELATION[r.relkind].endswith("view"))}
        if not wanted:
            return
        oids = {"oids": list(wanted)}
        columns: dict[int, list[ColumnRef]] = defaultdict(list)
        for r in conn.execute(_COLUMNS, oids):
            columns[r.attrelid].append(ColumnRef(r.attname, r.type, r.comment or None, bool(r.nullable)))
        keys: dict[int, list[str]] = defaultdict(list)
        for r in conn.execute(_PRIMARY_KEYS, oids):
            keys[r.indrelid].append(r.attname)
        for oid, r in wanted.items():
            yield FoundTable(
                parts=(r.db, r.nspname, r.relname),
                locator=SqlLocator(schema=r.nspname, name=r.relname, relation=_RELATION[r.relkind],
                                   primary_key=tuple(keys.get(oid, ())),
                                   pages=int(r.pages) if r.pages is not None else None),
                columns=tuple(columns.get(oid, ())),
                comment=r.comment,
                row_estimate=estimate(r.tuples),
                stats=(r.tuples, r.ins, r.upd, r.deletes),
                notes=() if r.can_select else (NO_SELECT_NOTE,),
            )
