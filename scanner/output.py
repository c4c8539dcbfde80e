"""Human-facing renderings of a scan report (the JSON dict): a terminal table and a CSV, one row per column.

Both are produced a table at a time (`table_lines`, `csv_chunks`) so `vdscan scan` can write them while reading the
report's spool; `render_table` and `render_csv` join them for callers that want one string."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterator, Mapping

CSV_FIELDS = ("source", "table", "column", "type", "codes", "confidence", "kind", "route", "evidence")


def render_table(report: Mapping[str, Any], only_tagged: bool = True) -> str:
    return "".join(table_lines(report, only_tagged))


def table_lines(report: Mapping[str, Any], only_tagged: bool = True) -> Iterator[str]:
    """The terminal report, one line (with its newline) at a time."""
    for table in report["tables"]:
        for line in _table_lines(table, only_tagged):
            yield line + "\n"
    for error in report.get("errors", []):
        yield f"ERROR {error['target']}: {error['stage']}: {error['reason']}\n"
    summary = report["summary"]
    kinds = ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items())
    yield "\n"
    yield (f"{summary['tables']} tables, {summary['columns']} columns, {summary['tagged_columns']} tagged;"
           f" tables by kind: {kinds}; {summary['errors']} errors\n")


def _table_lines(table: Mapping[str, Any], only_tagged: bool) -> Iterator[str]:
    header = f"{table['source']}:{table['fqn']}"
    if table["status"] == "error":
        yield f"{header}  ERROR  {table['error']['stage']}: {table['error']['reason']}"
        return
    codes = ", ".join(table["codes"]) or "-"
    status = " (unchanged)" if table["status"] == "unchanged" else ""
    yield f"{header}  [{table['kind']} / {table['route']}]  {codes}{status}"
    for note in table.get("notes", []):
        yield f"    note: {note}"
    rows = [c for c in table["columns"] if c["codes"] or not only_tagged]
    width = max((len(c["name"]) for c in rows), default=0)
    for column in rows:
        codes = ", ".join(column["codes"]) or "-"
        reason = _short_reason(column)
        yield f"    {column['name']:<{width}}  {codes:<18} {column['confidence']:.2f}  {reason}"
        if column.get("samples"):
            yield f"    {'':<{width}}  samples (masked): {', '.join(column['samples'])}"


def _short_reason(column: Mapping[str, Any]) -> str:
    positive = sorted((e for e in column["evidence"] if e["weight"] > 0 and e["signal"] != "prior"),
                      key=lambda e: -e["weight"])
    # Two codes of one column often rest on the same evidence (latitude: C16.1 and P02): say it once.
    return "; ".join(list(dict.fromkeys(e["detail"] for e in positive))[:2])


def render_csv(report: Mapping[str, Any]) -> str:
    return "".join(csv_chunks(report))


def csv_chunks(report: Mapping[str, Any]) -> Iterator[str]:
    """The CSV, the header and then one chunk per table."""
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
        yield _drained(buffer)
    yield _drained(buffer)


def _drained(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
