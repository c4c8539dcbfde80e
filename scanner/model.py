"""The scan model: what connectors discover, what the classifier decides, what sinks read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scanner.report_json import TableSpool

# Most restrictive first; `kind` and `route` roll up by taking the earliest in these orders.
KIND_ORDER: tuple[str, ...] = ("important", "sensitive_personal", "personal", "general", "none")
ROUTE_ORDER: tuple[str, ...] = (
    "security_assessment",
    "standard_contract_or_certification",
    "exempt",
    "none",
)


def most_restrictive(values: list[str] | tuple[str, ...], order: tuple[str, ...]) -> str:
    """The value that comes first in `order`; the last entry of `order` when `values` is empty."""
    ranks = [order.index(v) for v in values if v in order]
    return order[min(ranks)] if ranks else order[-1]


@dataclass(frozen=True, slots=True)
class ColumnRef:
    """One column as the source spells it. `type` is the source's own type name (e.g. `VARCHAR(17)`)."""

    name: str
    type: str
    comment: str | None = None
    nullable: bool = True


@dataclass(frozen=True, slots=True)
class TableRef:
    """A table, view or Parquet dataset. `parts` is the catalog path (database, schema, table) without empties."""

    source: str
    parts: tuple[str, ...]
    columns: tuple[ColumnRef, ...]
    comment: str | None = None
    kind: str = "table"  # table | view | dataset
    row_estimate: int | None = None
    fingerprint: str | None = None  # changes when schema or data files change (incremental scans)
    notes: tuple[str, ...] = ()  # what the connector wants the reader to know (schema drift, skipped files)
    locator: Any = field(default=None, compare=False, repr=False)  # connector-private handle

    @property
    def name(self) -> str:
        return self.parts[-1]

    @property
    def fqn(self) -> str:
        return ".".join(self.parts)


@dataclass(frozen=True, slots=True)
class Sample:
    """Sampled rows of one table. `method` says how they were drawn so reports can flag biased samples."""

    table: Any  # pyarrow.Table; typed loosely so importing the model never imports pyarrow
    method: str  # e.g. tablesample, random_window, using_sample, row_groups, first_rows
    random: bool = True

    @property
    def rows(self) -> int:
        return int(self.table.num_rows)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One contribution to one code's score. `detail` never contains a sampled value."""

    signal: str  # name | comment | type | values | context | negative | prior
    detail: str
    weight: float
    code: str = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "detail": self.detail, "weight": round(self.weight, 3),
                "code": self.code, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class CodeScore:
    """The best rule's score for one code on one column, with the evidence that produced it."""

    code: str
    rule: str
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ColumnVerdict:
    name: str
    type: str
    codes: tuple[str, ...]  # passed the threshold, most confident first
    confidence: float  # of the first code; 0.0 when untagged
    kind: str
    route: str
    evidence: tuple[Evidence, ...]  # of the codes that passed
    candidates: tuple[CodeScore, ...] = ()  # every scored code, best first (for `explain`)
    value_checks: tuple[tuple[str, float, int], ...] = ()  # (detector, pass ratio, values checked)
    masked_samples: tuple[str, ...] = ()  # only filled when the user asked for --show-samples


@dataclass(frozen=True, slots=True)
class ScanError:
    """A failure in context: which table (or source), which stage, and why. The scan goes on."""

    target: str
    stage: str  # connect | discover | sample | classify | push
    reason: str

    def __str__(self) -> str:
        return f"{self.target}: {self.stage} failed: {self.reason}"


@dataclass(frozen=True, slots=True)
class TableVerdict:
    table: TableRef
    columns: tuple[ColumnVerdict, ...]
    status: str = "ok"  # ok | error | unchanged
    error: ScanError | None = None
    rows_sampled: int | None = None
    sample_method: str | None = None
    notes: tuple[str, ...] = ()
    volume: dict | None = None  # personal-information volume estimate (`--volume`), as in the JSON contract

    @property
    def codes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for column in self.columns:
            for code in column.codes:
                seen.setdefault(code, None)
        return tuple(seen)

    @property
    def kind(self) -> str:
        return most_restrictive([c.kind for c in self.columns], KIND_ORDER)

    @property
    def route(self) -> str:
        return most_restrictive([c.route for c in self.columns], ROUTE_ORDER)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    url: str  # masked: never carries a password
    kind: str  # sql | parquet


def _new_spool() -> "TableSpool":
    from scanner.report_json import TableSpool  # the spool serialises with the JSON contract, which imports us

    return TableSpool()


@dataclass
class ScanReport:
    """Everything one scan produced; the JSON contract, the terminal report and the sinks all read this.

    `tables` is a `TableSpool`: record with `tables.append(verdict)`; iterate, index and `len` it as a sequence
    of verdicts always sorted by (source, fqn). It keeps the verdicts out of memory (in an anonymous, owner-only
    temporary file, as their JSON entries), so a report's memory stays flat however many tables it holds.
    Close the report when done — `with scan_sources(…) as report:` — to delete that file at once."""

    started_at: str
    finished_at: str = ""
    sources: list[SourceInfo] = field(default_factory=list)
    tables: TableSpool = field(default_factory=_new_spool)
    errors: list[ScanError] = field(default_factory=list)  # failures not tied to one table (connect, discover)

    @property
    def failed(self) -> bool:
        return bool(self.errors) or self.tables.failed > 0

    def close(self) -> None:
        self.tables.close()

    def __enter__(self) -> ScanReport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
