"""Push a scan report to OpenMetadata: plan against the live catalog, then apply it table by table.

`push_report` is what both `vdscan push` and `vdscan scan … --push` call. A table that fails (after retries and
re-diffs on version conflicts) is recorded and the others go on; the PushResult lists every table's outcome.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from mappings.loader import Taxonomy, load_taxonomy
from scanner.openmetadata.plan import CatalogError, PushPlan, TablePlan, plan_push, plan_table
from scanner.openmetadata.settings import PushSettings

MAX_CONFLICT_RETRIES = 3
EXIT_OK, EXIT_USAGE, EXIT_PARTIAL = 0, 2, 3


@dataclass(frozen=True)
class TableOutcome:
    source: str
    report_fqn: str
    fqn: str | None
    status: str  # updated | unchanged | planned | missing | unmapped | scan_error | unchanged_scan | failed
    detail: str = ""
    changes: int = 0


@dataclass(frozen=True)
class PushResult:
    plan: PushPlan  # as applied: a table re-diffed after a version conflict carries its final plan
    dry_run: bool
    tables: tuple[TableOutcome, ...]
    tags_written: tuple[str, ...] = ()
    tag_errors: tuple[str, ...] = ()

    @property
    def failed_tables(self) -> tuple[TableOutcome, ...]:
        return tuple(t for t in self.tables if t.status == "failed")

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.failed_tables or self.tag_errors else EXIT_OK

    def to_dict(self) -> dict:
        return {"dry_run": self.dry_run, "tags_written": list(self.tags_written), "tag_errors": list(self.tag_errors),
                "tables": [t.__dict__ for t in self.tables], "plan": self.plan.to_dict()}


def _skip_status(status: str) -> str:
    return {"error": "failed", "unchanged": "unchanged_scan"}.get(status, status)


def apply_table(catalog: Any, report_table: Mapping[str, Any], plan: TablePlan, taxonomy: Taxonomy,
                classification: str, confirm: bool,
                keep: Callable[[Mapping[str, Any]], bool] = lambda op: True) -> tuple[TablePlan, TableOutcome]:
    """Send one table's patch (the ops `keep` selects); on 412 re-read the table, re-diff and try again."""
    from scanner.openmetadata.client import StaleVersion, WriteError

    for attempt in range(MAX_CONFLICT_RETRIES + 1):
        ops = [op for op in plan.ops if keep(op)]
        if not ops:
            return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "unchanged")
        try:
            catalog.patch_table(plan.table_id, plan.version, ops)
            return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "updated",
                                      "; ".join(plan.notes), len(plan.changes))
        except StaleVersion:
            if attempt == MAX_CONFLICT_RETRIES:
                break
            try:
                entity = catalog.table(plan.fqn)
            except CatalogError as exc:
                return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "failed", f"re-read: {exc}")
            if entity is None:
                return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "missing",
                                          "table disappeared from the catalog during the push")
            plan = plan_table(report_table, entity, plan.fqn, taxonomy, classification, confirm)
        except WriteError as exc:
            return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "failed", str(exc))
    return plan, TableOutcome(plan.source, plan.report_fqn, plan.fqn, "failed",
                              f"the table kept changing: {MAX_CONFLICT_RETRIES + 1} version conflicts (HTTP 412)")


def report_tables(report: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    return {(str(t.get("source", "")), str(t.get("fqn", ""))): t for t in report.get("tables") or []}


def write_plan(plan: PushPlan, path: str | Path) -> None:
    Path(path).write_text(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def taxonomy_for(settings: PushSettings) -> Taxonomy:
    return load_taxonomy(Path(settings.taxonomy)) if settings.taxonomy else load_taxonomy()


def push_report(report: Mapping[str, Any], settings: PushSettings, dry_run: bool = False,
                plan_out: str | Path | None = None, confirm: bool = False) -> PushResult:
    """Plan against the live catalog; unless `dry_run`, create the tags and patch each table.

    Raises SettingsError (bad settings) or ServerError (unreachable, TLS, token, version) before anything is
    written; every later failure is recorded in the result.
    """
    from scanner.openmetadata.client import OMCatalog, WriteError, connect

    taxonomy = taxonomy_for(settings)
    catalog = OMCatalog(connect(settings))
    plan = plan_push(report, catalog, settings, taxonomy, confirm)
    if plan_out:
        write_plan(plan, plan_out)
    skipped = tuple(TableOutcome(s.source, s.report_fqn, s.fqn, _skip_status(s.status), s.reason)
                    for s in plan.skipped)
    if dry_run:
        planned = tuple(TableOutcome(t.source, t.report_fqn, t.fqn, "planned" if t.ops else "unchanged",
                                     "; ".join(t.notes), len(t.changes)) for t in plan.tables)
        return PushResult(plan, True, planned + skipped)
    written, tag_errors = [], []
    for creation in plan.tag_creations:
        try:
            catalog.put(creation.entity, creation.body)
            written.append(creation.fqn)
        except WriteError as exc:
            tag_errors.append(str(exc))
    by_key = report_tables(report)
    applied, outcomes = [], []
    for table_plan in plan.tables:
        final, outcome = apply_table(catalog, by_key[(table_plan.source, table_plan.report_fqn)], table_plan,
                                     taxonomy, plan.classification, confirm)
        applied.append(final)
        outcomes.append(outcome)
    return PushResult(replace(plan, tables=tuple(applied)), False, tuple(outcomes) + skipped, tuple(written),
                      tuple(tag_errors))
