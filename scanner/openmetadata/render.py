"""Plans and results as text for the terminal. Pure."""
from __future__ import annotations

from scanner.openmetadata.plan import PushPlan
from scanner.openmetadata.push import PushResult

_SYMBOL = {"add": "+", "update": "~", "remove": "-"}


def render_plan(plan: PushPlan) -> str:
    lines = [f"Classification {plan.classification}"]
    if plan.tag_creations:
        lines.append(f"  {len(plan.tag_creations)} PUT(s):")
        lines += [f"    {c.entity} {c.fqn} ({c.why})" for c in plan.tag_creations]
    else:
        lines.append("  classification and tags up to date")
    for table in plan.tables:
        lines.append(f"Table {table.fqn}  (from {table.source}:{table.report_fqn}, version {table.version})")
        if not table.changes:
            lines.append("  no change")
        for change in table.changes:
            where = f"column {change.target}" if change.target else "table"
            state = f" [{change.state}]" if change.state else ""
            lines.append(f"  {_SYMBOL[change.action]} {where}: {change.tag_fqn}{state}")
        lines += [f"  note: {n}" for n in table.notes]
    for skip in plan.skipped:
        target = skip.fqn or skip.report_fqn
        lines.append(f"Skipped {target} ({skip.status}): {skip.reason}")
    lines += [f"Note: {n}" for n in plan.notes]
    return "\n".join(lines)


def render_result(result: PushResult) -> str:
    head = "Dry run: nothing was written." if result.dry_run else (
        f"Wrote {len(result.tags_written)} classification/tag definition(s).")
    lines = [head]
    lines += [f"  tag error: {e}" for e in result.tag_errors]
    for outcome in result.tables:
        target = outcome.fqn or outcome.report_fqn
        detail = f" — {outcome.detail}" if outcome.detail else ""
        changes = f", {outcome.changes} label change(s)" if outcome.changes else ""
        lines.append(f"  {outcome.status:<14} {target}{changes}{detail}")
    failed = len(result.failed_tables)
    lines.append(f"{len(result.tables)} table(s), {failed} failed.")
    return "\n".join(lines)
