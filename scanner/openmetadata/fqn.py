"""Map a scanned table to its OpenMetadata table FQN `service.database.schema.table`. Pure.

A scan names a table by the parts its connector sees: PostgreSQL gives (database, schema, table), SQLite
(schema, table) or (table,), a Parquet lake its directory names. OpenMetadata always has four levels, so:

- layout `parts` (default): parts are right-aligned onto (database, schema, table); missing leading levels take
  the source's `database`/`schema` (defaults `default`, which is what OpenMetadata's own connectors use for
  engines without databases or schemas). A path of more than three parts is an error naming the fix.
- layout `path`: the table is the whole path joined by `/` (how OpenMetadata's datalake connector names objects),
  inside the source's `database`/`schema`.
"""
from __future__ import annotations

from dataclasses import dataclass

LAYOUTS = ("parts", "path")


class MappingProblem(ValueError):
    """A table that cannot be named in the catalog; reported for that table, the others go on."""


@dataclass(frozen=True)
class ServiceMapping:
    """Where one scan source's tables live in OpenMetadata."""

    service: str
    database: str = "default"
    schema: str = "default"
    layout: str = "parts"

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout {self.layout!r} is not one of {', '.join(LAYOUTS)}")


def quote_name(name: str) -> str:
    """OpenMetadata's FullyQualifiedName.quoteName: a name containing a dot is double-quoted inside an FQN."""
    if '"' in name:
        raise MappingProblem(f"name {name!r} contains a double quote, which OpenMetadata FQNs cannot carry")
    return f'"{name}"' if "." in name else name


def build_fqn(*names: str) -> str:
    return ".".join(quote_name(n) for n in names)


def table_parts(table: dict) -> tuple[str, ...]:
    """The table's catalog path from a report entry. `parts` when the report carries it; otherwise the dotted
    `fqn`, which cannot tell a dot inside a name from a separator (such tables need `parts` in the report)."""
    parts = table.get("parts")
    if parts:
        return tuple(str(p) for p in parts)
    return tuple(p for p in str(table.get("fqn", "")).split(".") if p)


def om_table_names(parts: tuple[str, ...], mapping: ServiceMapping) -> tuple[str, str, str, str]:
    """(service, database, schema, table) for one scanned table."""
    if not parts:
        raise MappingProblem("the report names no table")
    if mapping.layout == "path":
        return mapping.service, mapping.database, mapping.schema, "/".join(parts)
    if len(parts) > 3:
        raise MappingProblem(f"{'.'.join(parts)} has {len(parts)} parts; set `layout: path` for its source "
                             "to name it by path inside a fixed database and schema")
    padded = (mapping.database, mapping.schema)[: 3 - len(parts)] + parts
    return (mapping.service, *padded)  # type: ignore[return-value]


def om_table_fqn(parts: tuple[str, ...], mapping: ServiceMapping) -> str:
    return build_fqn(*om_table_names(parts, mapping))


def column_fqn(table_fqn: str, column: str) -> str:
    return f"{table_fqn}.{quote_name(column)}"
