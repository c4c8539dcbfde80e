"""Discovery shared by every dialect: the locator, table assembly, fingerprints and the generic inspector path.

A catalog turns one database's system tables into `TableRef`s. Dialect catalogs (catalog_*.py) read their
system catalogs in a few bulk queries; `InspectorCatalog` is the generic path through `sqlalchemy.inspect`."""
from __future__ import annotations

import hashlib
import json
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import inspect
from sqlalchemy.engine import URL, Connection
from sqlalchemy.engine.reflection import ObjectKind
from sqlalchemy.exc import SQLAlchemyError

from connectors.filters import TableFilter
from connectors.sql.registry import GENERIC, Registry
from scanner.model import ColumnRef, ScanError, TableRef

Session = Callable[[], AbstractContextManager[Connection]]

# Schemas that hold the engine's own catalog, never user data (lower-cased; compared case-insensitively).
SYSTEM_SCHEMAS = frozenset({
    "information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys",
    "sys_catalog", "system", "temp", "pg_internal",
})


@dataclass(frozen=True)
class SqlLocator:
    """What a sampler needs to address a table; kept on `TableRef.locator`."""

    schema: str | None  # SQLAlchemy's schema argument: PG schema, MySQL database, SQLite attachment, DuckDB schema
    name: str
    relation: str = "table"  # table | partitioned | view | materialized_view
    primary_key: tuple[str, ...] = ()
    pages: int | None = None  # PostgreSQL relpages, for TABLESAMPLE SYSTEM's page-based draw
    rowid: str | None = None  # SQLite: a rowid alias no column shadows; None for WITHOUT ROWID tables


@dataclass(frozen=True)
class CatalogContext:
    source: str  # TableRef.source
    url: URL  # the engine's URL (never displayed: it may carry a password)
    include_views: bool
    table_filter: TableFilter
    session: Session  # a fresh read-only connection, for per-table fallbacks after a failed bulk query


@dataclass(frozen=True)
class FoundTable:
    """One relation as a dialect catalog read it, before filtering and fingerprinting."""

    parts: tuple[str, ...]
    locator: SqlLocator
    columns: tuple[ColumnRef, ...]
    comment: str | None = None
    row_estimate: int | None = None
    stats: tuple[Any, ...] = ()  # cheap change counters folded into the fingerprint
    notes: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "view" if self.locator.relation in {"view", "materialized_view"} else "table"


# What json.dumps(…, default=str, ensure_ascii=False) builds on every call, built once: a fingerprint per table.
_FINGERPRINT_JSON = json.JSONEncoder(default=str, ensure_ascii=False)


def fingerprint(columns: Iterable[ColumnRef], stats: tuple[Any, ...]) -> str:
    """Changes when a column, a type or one of the change counters changes (drives incremental scans)."""
    payload = _FINGERPRINT_JSON.encode({"columns": [[c.name, c.type] for c in columns], "stats": list(stats)})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def table_ref(ctx: CatalogContext, found: FoundTable) -> TableRef:
    return TableRef(
        source=ctx.source,
        parts=tuple(p for p in found.parts if p),
        columns=found.columns,
        comment=found.comment or None,
        kind=found.kind,
        row_estimate=found.row_estimate,
        fingerprint=fingerprint(found.columns, found.stats),
        notes=found.notes,
        locator=found.locator,
    )


def is_system_schema(name: str | None) -> bool:
    return (name or "").lower() in SYSTEM_SCHEMAS


def estimate(value: Any) -> int | None:
    """A row estimate from a catalog number; negative or missing means unknown (e.g. never analysed)."""
    if value is None:
        return None
    number = int(float(value))
    return number if number >= 0 else None


class Catalog:
    """Reads the catalog of the database a URL reaches; `found()` yields tables or per-table errors."""

    def __init__(self, ctx: CatalogContext) -> None:
        self.ctx = ctx
        # Most scans name no pattern: then no table's path needs joining and matching (thousands of tables).
        self._filtered = bool(ctx.table_filter.include or ctx.table_filter.exclude)

    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        raise NotImplementedError

    def tables(self, conn: Connection) -> Iterator[TableRef | ScanError]:
        return self.refs(self.found(conn))

    def found_pages(self, session: Session) -> Iterator[list[FoundTable | ScanError]]:
        """The catalog as lists, each read whole in one short session. One list here; a `PagedCatalog` yields
        several, so that a scan of 100,000 tables never holds them all."""
        with session() as conn:
            page = list(self.found(conn))
        yield page

    def pages(self, session: Session) -> Iterator[list[TableRef | ScanError]]:
        """`found_pages` as TableRefs in scope: no transaction stays open while the caller samples a page."""
        for page in self.found_pages(session):
            yield list(self.refs(page))

    def refs(self, found: Iterable[FoundTable | ScanError]) -> Iterator[TableRef | ScanError]:
        """Tables in scope as TableRefs, errors as they are."""
        for item in found:
            if isinstance(item, ScanError):
                yield item
            elif item.kind == "view" and not self.ctx.include_views:
                continue
            elif not self._filtered or self.ctx.table_filter.allows(tuple(p for p in item.parts if p)):
                yield table_ref(self.ctx, item)

    def wanted(self, parts: tuple[str, ...], is_view: bool) -> bool:
        """Cheap pre-filter so per-table work (reflection, max(rowid)) is skipped for tables out of scope."""
        if is_view and not self.ctx.include_views:
            return False
        return not self._filtered or self.ctx.table_filter.allows(tuple(p for p in parts if p))


class PagedCatalog(Catalog):
    """A catalog that reads its system tables a page at a time (`found_pages`); `found` reads every page on one
    connection."""

    # A small first page, so that sampling and the first verdict start at once instead of after the whole first
    # thousand tables (~0.3 s of a scan's first second); later pages amortise their queries.
    FIRST_PAGE_TABLES = 50
    PAGE_TABLES = 1000

    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        for page in self.found_pages(lambda: nullcontext(conn)):
            yield from page

    def found_pages(self, session: Session) -> Iterator[list[FoundTable | ScanError]]:
        raise NotImplementedError

    def page_sizes(self) -> Iterator[int]:
        yield self.FIRST_PAGE_TABLES
        while True:
            yield self.PAGE_TABLES


catalogs: Registry[Catalog] = Registry("catalog")


@catalogs.register(GENERIC)
class InspectorCatalog(Catalog):
    """Any dialect: `sqlalchemy.inspect`, with SQLAlchemy 2's multi-table reflection per schema.

    A schema whose bulk reflection fails is retried table by table on fresh connections, so one unreadable table
    becomes one ScanError. Row estimates are unknown here; the fingerprint covers the column list only."""

    def found(self, conn: Connection) -> Iterator[FoundTable | ScanError]:
        inspector = inspect(conn)
        default = inspector.default_schema_name
        schemas = [s for s in inspector.get_schema_names() if not is_system_schema(s)] or [default]
        for schema in schemas:
            yield from self._schema(inspector, schema, default)

    def _schema(self, inspector: Any, schema: str | None, default: str | None) -> Iterator[FoundTable | ScanError]:
        arg = None if schema == default else schema
        label = schema or ""
        names: list[tuple[str, str]] = [(n, "table") for n in inspector.get_table_names(schema=arg)]
        if self.ctx.include_views:
            names += [(n, "view") for n in inspector.get_view_names(schema=arg)]
        wanted = [(n, kind) for n, kind in names if self.wanted((label, n), kind == "view")]
        if not wanted:
            return
        try:
            columns = inspector.get_multi_columns(schema=arg, kind=ObjectKind.ANY,
                                                  filter_names=[n for n, _ in wanted])
            comments = self._comments(inspector, arg, [n for n, _ in wanted])
        except (SQLAlchemyError, NotImplementedError):
            columns, comments = None, {}
        for name, kind in wanted:
            reflected = columns.get((arg, name)) if columns is not None else None
            if reflected is None:
                reflected = self._one_table(arg, name)
            if isinstance(reflected, str):
                yield ScanError(target=".".join(p for p in (label, name) if p), stage="discover", reason=reflected)
                continue
            yield FoundTable(
                parts=(label, name),
                locator=SqlLocator(schema=arg, name=name, relation=kind),
                columns=tuple(_column_ref(c) for c in reflected),
                comment=comments.get(name),
            )

    def _comments(self, inspector: Any, schema: str | None, names: list[str]) -> dict[str, str | None]:
        try:
            multi = inspector.get_multi_table_comment(schema=schema, kind=ObjectKind.ANY, filter_names=names)
        except NotImplementedError:
            return {}
        return {key[1]: value.get("text") for key, value in multi.items()}

    def _one_table(self, schema: str | None, name: str) -> list[dict[str, Any]] | str:
        """Columns of one table on a fresh connection, or the reason they cannot be read."""
        try:
            with self.ctx.session() as conn:
                return inspect(conn).get_columns(name, schema=schema)
        except SQLAlchemyError as exc:
            return f"cannot read columns: {first_line(exc)}"


def _column_ref(column: dict[str, Any]) -> ColumnRef:
    return ColumnRef(name=column["name"], type=str(column["type"]), comment=column.get("comment") or None,
                     nullable=bool(column.get("nullable", True)))


def first_line(exc: BaseException) -> str:
    """The driver's own message without SQLAlchemy's appended SQL text and parameters."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__
