"""What a push would change, computed against the catalog as it is now. Pure: the catalog is read through a
protocol, nothing is written, no SDK import.

Ownership: a label is vdscan's own when it is in vdscan's classification, `labelType` Automated, `state`
Suggested and its reason starts with `vdscan`. Every other label (Manual, Confirmed — by a steward or by a
`--confirm` run —, Propagated, another tool's) belongs to someone else and is never changed or removed; when a
person already holds a tag, vdscan does not add its own copy. Own labels are re-scored every run (reason and
state updated in place), removed when the scan no longer supports them, and de-duplicated.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol

from mappings.loader import Taxonomy
from scanner.openmetadata.fqn import MappingProblem, om_table_fqn, table_parts
from scanner.openmetadata.settings import PushSettings
from scanner.openmetadata.tags import (ClassificationSpec, TagSpec, classification_spec, code_tag_fqn, kind_tag_fqn,
                                       route_tag_fqn, taxonomy_tags)

REASON_PREFIX = "vdscan"
SUGGESTED, CONFIRMED = "Suggested", "Confirmed"


class CatalogError(Exception):
    """A read that failed for one entity (after retries); the push records it and goes on with the others."""


class Catalog(Protocol):
    """Read access to the catalog, as the server's JSON."""

    def classification(self, name: str) -> dict | None: ...

    def tags(self, classification: str) -> dict[str, dict]:
        """Every tag of the classification (nested ones included) by FQN."""

    def table(self, fqn: str) -> dict | None:
        """The table with `columns` and `tags`, or None when the catalog has no such table; CatalogError when
        it cannot be read."""


@dataclass(frozen=True)
class TagCreation:
    """A PUT the push must send: `entity` is classification or tag; `why` is missing or changed."""

    entity: str
    fqn: str
    why: str
    body: Mapping[str, Any]


@dataclass(frozen=True)
class LabelChange:
    """One label change, for people to read; `target` is a column name, or None for the table itself."""

    target: str | None
    action: str  # add | update | remove
    tag_fqn: str
    state: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class TablePlan:
    source: str
    report_fqn: str
    fqn: str
    table_id: str
    version: float
    changes: tuple[LabelChange, ...]
    ops: tuple[Mapping[str, Any], ...]  # the JSON Patch sent to PATCH /v1/tables/{id}
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSkip:
    """A report table the push leaves alone: not in the catalog, unmappable, or not scanned successfully."""

    source: str
    report_fqn: str
    fqn: str | None
    status: str  # missing | unmapped | scan_error | unchanged | error
    reason: str


@dataclass(frozen=True)
class PushPlan:
    classification: str
    tag_creations: tuple[TagCreation, ...]
    tables: tuple[TablePlan, ...]
    skipped: tuple[TableSkip, ...]
    notes: tuple[str, ...] = ()

    @property
    def missing_tables(self) -> tuple[TableSkip, ...]:
        return tuple(s for s in self.skipped if s.status == "missing")

    @property
    def changed_tables(self) -> tuple[TablePlan, ...]:
        return tuple(t for t in self.tables if t.ops)

    @property
    def empty(self) -> bool:
        return not self.tag_creations and not self.changed_tables

    def to_dict(self) -> dict:
        return {
            "classification": self.classification,
            "tag_creations": [{"entity": c.entity, "fqn": c.fqn, "why": c.why, "body": dict(c.body)}
                              for c in self.tag_creations],
            "tables": [{"source": t.source, "report_fqn": t.report_fqn, "fqn": t.fqn, "id": t.table_id,
                        "version": t.version, "notes": list(t.notes),
                        "changes": [{"target": c.target, "action": c.action, "tag": c.tag_fqn, "state": c.state,
                                     "reason": c.reason} for c in t.changes],
                        "patch": [dict(op) for op in t.ops]} for t in self.tables],
            "skipped": [{"source": s.source, "report_fqn": s.report_fqn, "fqn": s.fqn, "status": s.status,
                         "reason": s.reason} for s in self.skipped],
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class WantedLabel:
    tag_fqn: str
    reason: str
    state: str

    def label(self) -> dict:
        return {"tagFQN": self.tag_fqn, "source": "Classification", "labelType": "Automated", "state": self.state,
                "reason": self.reason}


def is_own(label: Mapping[str, Any], classification: str) -> bool:
    return (str(label.get("tagFQN", "")).startswith(classification + ".")
            and label.get("labelType") == "Automated" and label.get("state") == SUGGESTED
            and str(label.get("reason") or "").startswith(REASON_PREFIX))


# ---- tags --------------------------------------------------------------------------------------------------

def _parent_fqn(tag: Mapping[str, Any]) -> str | None:
    parent = tag.get("parent")
    return parent.get("fullyQualifiedName") if isinstance(parent, dict) else None


def _differs(existing: Mapping[str, Any] | None, body: Mapping[str, Any], parent: str | None) -> str | None:
    if existing is None:
        return "missing"
    for key in ("displayName", "description"):
        if (existing.get(key) or "") != (body.get(key) or ""):
            return "changed"
    if bool(existing.get("mutuallyExclusive", False)) != bool(body.get("mutuallyExclusive", False)):
        return "changed"
    if parent is not None and _parent_fqn(existing) not in (None, parent):
        return "changed"
    return None


def plan_tags(spec: ClassificationSpec, tags: tuple[TagSpec, ...], catalog: Catalog) -> tuple[TagCreation, ...]:
    creations = []
    body = spec.request()
    existing = catalog.classification(spec.name)
    why = _differs(existing, body, None)
    if why:
        creations.append(TagCreation("classification", spec.name, why, body))
    # A classification that does not exist yet has no tags; skip the read.
    current = catalog.tags(spec.name) if existing is not None else {}
    for tag in tags:
        tag_body = tag.request(spec.name)
        why = _differs(current.get(tag.fqn(spec.name)), tag_body, tag_body.get("parent"))
        if why:
            creations.append(TagCreation("tag", tag.fqn(spec.name), why, tag_body))
    return tuple(creations)


# ---- labels wanted by the report ------------------------------------------------------------------------------

def _score(column: Mapping[str, Any], code: str) -> float | None:
    """The code's confidence: per-code `scores` when the report has them; the column's `confidence` for its first
    code; otherwise the sigmoid of the code's evidence weights (DESIGN §4: confidence = sigmoid(sum of log-odds))."""
    scores = column.get("scores") or {}
    if code in scores:
        return float(scores[code])
    codes = column.get("codes") or []
    if codes and codes[0] == code and column.get("confidence") is not None:
        return float(column["confidence"])
    weights = [float(e.get("weight", 0.0)) for e in column.get("evidence") or [] if e.get("code") == code]
    return 1.0 / (1.0 + math.exp(-sum(weights))) if weights else None


def label_reason(column: Mapping[str, Any], code: str) -> str:
    """Rule, score and which kinds of evidence counted. Built from signal names and weights only: evidence details
    are not copied, so no sampled value can reach the catalog through a reason."""
    evidence = [e for e in column.get("evidence") or [] if e.get("code") in (code, "", None)]
    rules = sorted({str(e["rule"]) for e in evidence if e.get("rule") and e.get("code") == code})
    score = _score(column, code)
    parts = [f"{REASON_PREFIX} {code}", f"rule {', '.join(rules)}" if rules else "rule n/a",
             f"score {score:.2f}" if score is not None else "score n/a"]
    totals: dict[str, float] = {}
    for item in evidence:
        signal = str(item.get("signal", "?"))
        totals[signal] = totals.get(signal, 0.0) + float(item.get("weight", 0.0))
    if totals:
        parts.append("evidence " + ", ".join(f"{s} {w:+.1f}" for s, w in sorted(totals.items(), key=lambda kv:
                                                                                   -abs(kv[1]))))
    return "; ".join(parts)


def _table_reason(table: Mapping[str, Any], what: str, value: str) -> str:
    codes = ", ".join(table.get("codes") or [])
    return f"{REASON_PREFIX} table {what} {value}: most restrictive of its columns ({codes})"


def wanted_column_labels(table: Mapping[str, Any], taxonomy: Taxonomy, classification: str, state: str,
                         notes: list[str]) -> dict[str, dict[str, WantedLabel]]:
    """Column name → tagFQN → label, for the codes the report gives each column."""
    wanted: dict[str, dict[str, WantedLabel]] = {}
    entries = taxonomy.codes
    for column in table.get("columns") or []:
        labels: dict[str, WantedLabel] = {}
        for code in column.get("codes") or []:
            if code not in entries:
                notes.append(f"column {column['name']}: code {code} is not in taxonomy {taxonomy.version}; skipped")
                continue
            fqn = code_tag_fqn(classification, entries[code])
            labels[fqn] = WantedLabel(fqn, label_reason(column, code), state)
        wanted[str(column["name"])] = labels
    return wanted


def wanted_table_labels(table: Mapping[str, Any], classification: str, state: str) -> dict[str, WantedLabel]:
    labels = {}
    for what, value, fqn in (("kind", table.get("kind"), kind_tag_fqn(classification, str(table.get("kind")))),
                             ("route", table.get("route"), route_tag_fqn(classification, str(table.get("route"))))):
        if fqn:
            labels[fqn] = WantedLabel(fqn, _table_reason(table, what, str(value)), state)
    return labels


# ---- diff one label list ---------------------------------------------------------------------------------------

@dataclass
class _Diff:
    ops: list[dict] = field(default_factory=list)
    changes: list[LabelChange] = field(default_factory=list)


def diff_labels(path: str, current: list[dict] | None, wanted: Mapping[str, WantedLabel], classification: str,
                target: str | None, diff: _Diff) -> None:
    """Append the JSON Patch ops turning `current` (the labels at `path`) into: other people's labels untouched,
    exactly one own label per wanted tag nobody else holds, no other own labels."""
    labels = list(current or [])
    held_by_others = {l.get("tagFQN") for l in labels if not is_own(l, classification)}
    kept: set[str] = set()
    removals: list[int] = []
    for index, label in enumerate(labels):
        if not is_own(label, classification):
            continue
        fqn = label["tagFQN"]
        want = wanted.get(fqn)
        if want is None or fqn in held_by_others or fqn in kept:
            removals.append(index)
            diff.changes.append(LabelChange(target, "remove", fqn))
            continue
        kept.add(fqn)
        if label.get("reason") != want.reason or label.get("state") != want.state:
            diff.ops.append({"op": "replace", "path": f"{path}/{index}", "value": want.label()})
            diff.changes.append(LabelChange(target, "update", fqn, want.state, want.reason))
    # Removals from the highest index down, so each index still points at the label it was computed for.
    for index in sorted(removals, reverse=True):
        diff.ops.append({"op": "remove", "path": f"{path}/{index}"})
    additions = [w for fqn, w in wanted.items() if fqn not in kept and fqn not in held_by_others]
    if additions and current is None:
        diff.ops.append({"op": "add", "path": path, "value": [w.label() for w in additions]})
    else:
        for offset, want in enumerate(additions):
            diff.ops.append({"op": "add", "path": f"{path}/{len(labels) - len(removals) + offset}",
                             "value": want.label()})
    diff.changes.extend(LabelChange(target, "add", w.tag_fqn, w.state, w.reason) for w in additions)


def _match_column(columns: list[dict], name: str) -> int | None:
    for index, column in enumerate(columns):
        if column.get("name") == name:
            return index
    folded = [i for i, c in enumerate(columns) if str(c.get("name", "")).lower() == name.lower()]
    return folded[0] if len(folded) == 1 else None


def plan_table(table: Mapping[str, Any], entity: Mapping[str, Any], fqn: str, taxonomy: Taxonomy,
               classification: str, confirm: bool) -> TablePlan:
    """The patch for one catalog table (`entity`, the server's JSON) against one report table."""
    state = CONFIRMED if confirm else SUGGESTED
    notes: list[str] = []
    diff = _Diff()
    wanted = wanted_column_labels(table, taxonomy, classification, state, notes)
    columns = list(entity.get("columns") or [])
    matched: dict[int, str] = {}
    for name in wanted:
        index = _match_column(columns, name)
        if index is None:
            if wanted[name]:
                notes.append(f"column {name} is not in the catalog table; its labels were not pushed")
            continue
        matched[index] = name
    # Columns the report lists are re-scored; catalog columns it does not list keep whatever they have.
    for index in sorted(matched):
        name = matched[index]
        diff_labels(f"/columns/{index}/tags", columns[index].get("tags"), wanted[name], classification,
                    columns[index].get("name", name), diff)
    diff_labels("/tags", entity.get("tags"), wanted_table_labels(table, classification, state), classification,
                None, diff)
    return TablePlan(source=str(table.get("source", "")), report_fqn=str(table.get("fqn", "")), fqn=fqn,
                     table_id=str(entity["id"]), version=float(entity.get("version", 0.1)),
                     changes=tuple(diff.changes), ops=tuple(diff.ops), notes=tuple(notes))


def resolve_table(table: Mapping[str, Any], settings: PushSettings) -> str:
    """The catalog FQN of a report table; MappingProblem when it cannot be named."""
    return om_table_fqn(table_parts(dict(table)), settings.mapping_for(str(table.get("source", ""))))


def plan_push(report: Mapping[str, Any], catalog: Catalog, settings: PushSettings, taxonomy: Taxonomy,
              confirm: bool = False) -> PushPlan:
    """Everything a push would send, against the catalog's current state. A table that cannot be read or named
    is a skip with its reason; planning goes on with the others."""
    spec = classification_spec(taxonomy, settings.classification)
    notes = []
    if report.get("taxonomy") and report["taxonomy"] != taxonomy.version:
        notes.append(f"report was scanned with taxonomy {report['taxonomy']}, tags describe {taxonomy.version}")
    creations = plan_tags(spec, taxonomy_tags(taxonomy), catalog)
    tables, skipped = [], []
    for table in report.get("tables") or []:
        source, report_fqn = str(table.get("source", "")), str(table.get("fqn", ""))
        status = table.get("status", "ok")
        if status != "ok":
            # A failed or skipped scan says nothing about the columns: leave their labels as they are.
            error = table.get("error")
            why = (error.get("reason") or error) if isinstance(error, dict) else (error or "not rescanned")
            skipped.append(TableSkip(source, report_fqn, None, "scan_error" if status == "error" else str(status),
                                     f"scan status {status}: {why}"))
            continue
        try:
            fqn = resolve_table(table, settings)
        except MappingProblem as exc:
            skipped.append(TableSkip(source, report_fqn, None, "unmapped", str(exc)))
            continue
        try:
            entity = catalog.table(fqn)
        except CatalogError as exc:
            skipped.append(TableSkip(source, report_fqn, fqn, "error", f"cannot read the table: {exc}"))
            continue
        if entity is None:
            skipped.append(TableSkip(source, report_fqn, fqn, "missing", "table not found in the catalog"))
            continue
        tables.append(plan_table(table, entity, fqn, taxonomy, spec.name, confirm))
    return PushPlan(spec.name, creations, tuple(tables), tuple(skipped), tuple(notes))

