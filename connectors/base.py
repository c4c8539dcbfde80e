"""The connector contract. A connector discovers tables and samples them; it never classifies."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, Sequence

from scanner.model import Sample, ScanError, TableRef


@dataclass(frozen=True)
class SourceOptions:
    """Per-source settings shared by every connector (the CLI and the config file fill these)."""

    name: str | None = None
    include: tuple[str, ...] = ()  # glob or `re:` regex on database.schema.table
    exclude: tuple[str, ...] = ()
    include_views: bool = False
    sample_size: int = 100
    max_cell_bytes: int = 4096  # long text and blobs are cut; detectors need only the start
    statement_timeout_s: float = 5.0
    extra: dict = field(default_factory=dict)  # connector-specific (e.g. s3 endpoint_override)


class Connector(Protocol):
    kind: str  # sql | parquet
    name: str
    url: str  # masked for display

    def discover(self) -> Iterator[TableRef | ScanError]:
        """Yield every table in scope; a table that cannot be read yields a ScanError and discovery goes on."""

    def sample(self, table: TableRef, columns: Sequence[str], n: int) -> Sample:
        """At most `n` rows of `columns` (names as in `table.columns`), drawn at random where the engine allows."""

    def estimate_distinct(self, table: TableRef, columns: Sequence[str], budget_s: float) -> "DistinctEstimate":
        """Approximate number of distinct non-null value combinations of `columns`, within a time budget."""

    def close(self) -> None: ...


@dataclass(frozen=True)
class DistinctEstimate:
    """An estimate, never an exact count: `method` says how it was obtained (e.g. pg_stats, hll, parquet_stats)."""

    value: int | None  # None when the budget ran out or the engine offers no cheap way
    method: str
    exact: bool = False


class ConnectorError(Exception):
    """A failure the user must see in context (unreachable host, bad URL, unreadable file)."""
