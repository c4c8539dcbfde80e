"""Human-facing renderings of a scan report (the JSON dict): a terminal table and a CSV, one row per column."""
from __future__ import annotations

import csv
import io
from typing import Any

CSV_FIELDS = ("source", "table", "column", "type", "codes", "confidence", "kind", "route", "evidence")


def render_table(report: dict[str, Any], only_tagged: bool = True) -> str:
    lines: list[str] = []
    for table in report["tables"]:
        header = f"{table['source']}:{table['fqn']}"
        if table["status"] == "error":
            lines.append(f"{header}  ERROR  {table['error']['stage']}: {table['error']['reason']}")
            continue
        codes = ", ".join(table["codes"]) or "-"
        status = " (unchanged)" if table["status"] == "unchanged" else ""
        lines.append(f"{header}  [{table['kind']} / {table['route']}]  {codes}{status}")
        for note in table.get("notes", []):
            lines.append(f"    note: {note}")
        rows = [c for c in table["columns"] if c["codes"] or not only_tagged]
        width = max((len(c["name"]) for c in rows), default=0)
        for column in rows:
            codes = ", ".join(column["codes"]) or "-"
            reason = _short_reason(column)
            lines.append(f"    {column['name']:<{width}}  {codes:<18} {column['confidence']:.2f}  {reason}")
            if column.get("samples"):
                lines.append(f"    {'':<{width}}  samples (masked): {', '.join(column['samples'])}")
    for error in report.get("errors", []):
        lines.append(f"ERROR {error['target']}: {error['stage']}: {error['reason']}")
    summary = report["summary"]
    kinds = ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items())
    lines.append("")
    lines.append(f"{summary['tables']} tables, {summary['columns']} columns, {summary['tagged_columns']} tagged;"
                 f" tables by kind: {kinds}; {summary['errors']} errors")
    return "\n".join(lines) + "\n"


def _short_reason(column: dict[str, Any]) -> str:
    positive = sorted((e for e in column["evidence"] if e["weight"] > 0 and e["signal"] != "prior"),
                      key=lambda e: -e["weight"])
    # Two codes of one column often rest on the same evidence (latitude: C16.1 and P02): say it once.
    return "; ".join(list(dict.fromkeys(e["detail"] for e in positive))[:2])


def render_csv(report: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for table in report["tables"]:
        for column in table["columns"]:
            writer.writerow({
                "source": table["source"], "table": table["fqn"], "column": column["name"], "type": column["type"],
                "codes": ";".join(column["codes"]), "confidence": column["confidence"], "kind": column["kind"],
                "route": column["route"], "evidence": _short_reason(column),
            })
    return buffer.getvalue()
