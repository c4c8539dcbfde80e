"""`vdscan explain`: every contribution to every candidate code of a column, as readable text."""
from __future__ import annotations

from scanner.model import ColumnVerdict, TableVerdict


def render_explanation(verdict: TableVerdict, column: str | None, threshold: float) -> str:
    lines = [f"{verdict.table.fqn}  ({verdict.sample_method or 'metadata only'}"
             f"{f', {verdict.rows_sampled} rows' if verdict.rows_sampled is not None else ''})",
             f"threshold {threshold:.2f}; score = rule prior + evidence weights; confidence = sigmoid(score)", ""]
    for col in verdict.columns:
        if column is None or col.name == column:
            lines.extend(_column_lines(col, threshold))
    return "\n".join(lines)


def _column_lines(column: ColumnVerdict, threshold: float) -> list[str]:
    codes = ", ".join(column.codes) or "untagged"
    lines = [f"{column.name} ({column.type}): {codes}  [{column.kind} / {column.route}]"]
    if not column.candidates:
        lines.append("    no rule found any evidence")
    for candidate in column.candidates:
        mark = "PASS" if candidate.code in column.codes else ("pass, suppressed" if candidate.confidence >= threshold
                                                              else "below threshold")
        score = sum(e.weight for e in candidate.evidence)
        lines.append(f"    {candidate.code} via {candidate.rule}: score {score:+.2f} -> {candidate.confidence:.2f} ({mark})")
        for evidence in candidate.evidence:
            lines.append(f"        {evidence.weight:+.2f}  {evidence.signal:<8} {evidence.detail}")
    for detector, ratio, checked in column.value_checks:
        lines.append(f"    value check {detector}: {ratio:.0%} of {checked}")
    lines.append("")
    return lines
