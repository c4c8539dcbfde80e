"""Read the scan JSON contract (`vdscan scan --format json`) into frozen dataclasses the report sinks share."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping


class ScanFileError(Exception):
    """A scan document that does not follow the contract; the message names the table and the field."""


@dataclass(frozen=True)
class EvidenceItem:
    signal: str
    detail: str
    weight: float
    code: str
    rule: str


@dataclass(frozen=True)
class ValueCheck:
    detector: str
    ratio: float
    checked: int


@dataclass(frozen=True)
class ScanColumn:
    name: str
    type: str
    comment: str | None
    codes: tuple[str, ...]
    confidence: float
    kind: str
    route: str
    evidence: tuple[EvidenceItem, ...]
    value_checks: tuple[ValueCheck, ...]


@dataclass(frozen=True)
class Volume:
    """The `volume` entry of a table: estimated distinct persons, never an exact count."""

    persons: int | None
    column: str | None
    method: str
    exact: bool
    band: str


@dataclass(frozen=True)
class ScanTable:
    source: str
    fqn: str
    parts: tuple[str, ...]
    object: str
    status: str
    error: str | None
    rows_sampled: int | None
    sample_method: str | None
    row_estimate: int | None
    notes: tuple[str, ...]
    codes: tuple[str, ...]
    kind: str
    route: str
    duties: tuple[str, ...]
    volume: Volume | None
    columns: tuple[ScanColumn, ...]

    @property
    def key(self) -> str:
        """Unique across sources: the same fqn can exist in two sources."""
        return f"{self.source}:{self.fqn}"


@dataclass(frozen=True)
class ScanSource:
    name: str
    url: str
    kind: str


@dataclass(frozen=True)
class ScanFailure:
    target: str
    stage: str
    reason: str


@dataclass(frozen=True)
class ScanDocument:
    vdscan: str
    taxonomy: str
    started_at: str
    finished_at: str
    sources: tuple[ScanSource, ...]
    tables: tuple[ScanTable, ...]
    errors: tuple[ScanFailure, ...]


def _required(node: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in node:
        raise ScanFileError(f"{where}: missing field {key!r}")
    return node[key]


def _column(node: Mapping[str, Any], where: str) -> ScanColumn:
    where = f"{where}.columns[{node.get('name', '?')}]"
    return ScanColumn(
        name=_required(node, "name", where),
        type=str(node.get("type") or ""),
        comment=node.get("comment"),
        codes=tuple(node.get("codes") or ()),
        confidence=float(node.get("confidence") or 0.0),
        kind=node.get("kind") or "none",
        route=node.get("route") or "none",
        evidence=tuple(EvidenceItem(e.get("signal", ""), e.get("detail", ""), float(e.get("weight", 0.0)),
                                    e.get("code", ""), e.get("rule", "")) for e in node.get("evidence") or ()),
        value_checks=tuple(ValueCheck(v["detector"], float(v["ratio"]), int(v["checked"]))
                           for v in node.get("value_checks") or ()),
    )


def _volume(node: Mapping[str, Any] | None) -> Volume | None:
    if not node:
        return None
    persons = node.get("persons")
    return Volume(persons=int(persons) if persons is not None else None, column=node.get("column"),
                  method=node.get("method", ""), exact=bool(node.get("exact", False)),
                  band=node.get("band", "unknown"))


def _table(node: Mapping[str, Any], index: int) -> ScanTable:
    where = f"tables[{index}] ({node.get('fqn', '?')})"
    fqn = _required(node, "fqn", where)
    return ScanTable(
        source=_required(node, "source", where),
        fqn=fqn,
        parts=tuple(node.get("parts") or fqn.split(".")),
        object=node.get("object") or "table",
        status=node.get("status") or "ok",
        error=node.get("error"),
        rows_sampled=node.get("rows_sampled"),
        sample_method=node.get("sample_method"),
        row_estimate=node.get("row_estimate"),
        notes=tuple(node.get("notes") or ()),
        codes=tuple(node.get("codes") or ()),
        kind=node.get("kind") or "none",
        route=node.get("route") or "none",
        duties=tuple(node.get("duties") or ()),
        volume=_volume(node.get("volume")),
        columns=tuple(_column(c, where) for c in node.get("columns") or ()),
    )


def parse_scan(document: Mapping[str, Any]) -> ScanDocument:
    """The scan report dict (as written by `vdscan scan --format json`) as a ScanDocument."""
    if not isinstance(document, Mapping) or "tables" not in document:
        raise ScanFileError("not a vdscan scan document: no 'tables'")
    return ScanDocument(
        vdscan=str(document.get("vdscan", "")),
        taxonomy=str(document.get("taxonomy", "")),
        started_at=str(document.get("started_at", "")),
        finished_at=str(document.get("finished_at", "")),
        sources=tuple(ScanSource(s["name"], s.get("url", ""), s.get("kind", "")) for s in document.get("sources") or ()),
        tables=tuple(_table(t, i) for i, t in enumerate(document["tables"])),
        errors=tuple(ScanFailure(e.get("target", ""), e.get("stage", ""), e.get("reason", ""))
                     for e in document.get("errors") or ()),
    )


def read_scan(path: Path | str) -> ScanDocument:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ScanFileError(f"{path}: not valid JSON ({exc})") from None
    try:
        return parse_scan(document)
    except ScanFileError as exc:
        raise ScanFileError(f"{path}: {exc}") from None
