"""The JSON contract of DESIGN.md §5: written by `scan --format json`, read by merge, push, report and export-gx."""
from __future__ import annotations

from typing import Any, Iterable

from scanner import __version__
from scanner.model import (
    KIND_ORDER, ColumnRef, ColumnVerdict, Evidence, ScanError, ScanReport, TableRef, TableVerdict,
)


def error_to_dict(error: ScanError | None) -> dict[str, str] | None:
    if error is None:
        return None
    return {"target": error.target, "stage": error.stage, "reason": error.reason}


def table_to_dict(verdict: TableVerdict, duties_of: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    table = verdict.table
    codes = list(verdict.codes)
    duties = sorted({d for code in codes for d in duties_of.get(code, ())})
    comments = {c.name: c.comment for c in table.columns}
    columns = []
    for column in verdict.columns:
        entry: dict[str, Any] = {
            "name": column.name, "type": column.type, "comment": comments.get(column.name),
            "codes": list(column.codes), "confidence": column.confidence,
            "kind": column.kind, "route": column.route,
            "evidence": [e.to_dict() for e in column.evidence],
            "value_checks": [{"detector": d, "ratio": r, "checked": n} for d, r, n in column.value_checks],
        }
        if column.masked_samples:
            entry["samples"] = list(column.masked_samples)
        columns.append(entry)
    return {
        "source": table.source, "fqn": table.fqn, "parts": list(table.parts), "object": table.kind,
        "status": verdict.status, "error": error_to_dict(verdict.error),
        "rows_sampled": verdict.rows_sampled, "sample_method": verdict.sample_method,
        "row_estimate": table.row_estimate, "notes": list(verdict.notes),
        "codes": codes, "kind": verdict.kind if verdict.status == "ok" else "none",
        "route": verdict.route if verdict.status == "ok" else "none",
        "duties": duties, "volume": verdict.volume, "columns": columns,
    }


def summary_of(tables: Iterable[dict[str, Any]], errors: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
    """Counts over table entries; computed from the dicts so merged reports summarise the same way."""
    tables = list(tables)
    by_code: dict[str, int] = {}
    by_kind: dict[str, int] = {k: 0 for k in KIND_ORDER}
    columns = tagged = 0
    for table in tables:
        by_kind[table["kind"]] = by_kind.get(table["kind"], 0) + 1
        for column in table["columns"]:
            columns += 1
            tagged += bool(column["codes"])
            for code in column["codes"]:
                by_code[code] = by_code.get(code, 0) + 1
    failed = sum(1 for t in tables if t["status"] == "error") + len(list(errors))
    return {"tables": len(tables), "columns": columns, "tagged_columns": tagged,
            "by_code": dict(sorted(by_code.items())), "by_kind": {k: v for k, v in by_kind.items() if v},
            "errors": failed}


def report_to_dict(report: ScanReport, taxonomy=None) -> dict[str, Any]:
    from mappings.loader import load_taxonomy

    taxonomy = taxonomy or load_taxonomy()
    tables = [table_to_dict(verdict, taxonomy.duties_of) for verdict in report.tables]
    errors = [error_to_dict(e) for e in report.errors]
    return {
        "vdscan": __version__, "taxonomy": taxonomy.version,
        "started_at": report.started_at, "finished_at": report.finished_at,
        "sources": [{"name": s.name, "url": s.url, "kind": s.kind} for s in report.sources],
        "tables": tables, "errors": errors, "summary": summary_of(tables, errors),
    }


def table_from_dict(entry: dict[str, Any]) -> TableVerdict:
    """The verdict a table entry records (incremental scans reuse it without sampling again)."""
    table = TableRef(
        source=entry["source"], parts=tuple(entry["parts"]),
        columns=tuple(ColumnRef(c["name"], c["type"], c.get("comment")) for c in entry["columns"]),
        kind=entry.get("object", "table"), row_estimate=entry.get("row_estimate"), notes=tuple(entry.get("notes", ())),
    )
    columns = tuple(
        ColumnVerdict(
            name=c["name"], type=c["type"], codes=tuple(c["codes"]), confidence=c["confidence"], kind=c["kind"],
            route=c["route"],
            evidence=tuple(Evidence(e["signal"], e["detail"], e["weight"], e.get("code", ""), e.get("rule", ""))
                           for e in c["evidence"]),
            value_checks=tuple((v["detector"], v["ratio"], v["checked"]) for v in c.get("value_checks", ())),
        )
        for c in entry["columns"]
    )
    error = entry.get("error")
    return TableVerdict(
        table=table, columns=columns, status=entry["status"],
        error=ScanError(error["target"], error["stage"], error["reason"]) if error else None,
        rows_sampled=entry.get("rows_sampled"), sample_method=entry.get("sample_method"),
        notes=tuple(entry.get("notes", ())), volume=entry.get("volume"),
    )


def merge_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One report from the JSON of several shards (or runs): tables keyed by (source, fqn), later ones win."""
    if not reports:
        raise ValueError("nothing to merge")
    sources: dict[str, dict] = {}
    tables: dict[tuple[str, str], dict] = {}
    errors: list[dict] = []
    for report in reports:
        for source in report["sources"]:
            sources.setdefault(source["name"], source)
        for table in report["tables"]:
            tables[(table["source"], table["fqn"])] = table
        errors.extend(e for e in report.get("errors", []) if e not in errors)
    ordered = [tables[k] for k in sorted(tables)]
    return {
        "vdscan": reports[0]["vdscan"], "taxonomy": reports[0]["taxonomy"],
        "started_at": min(r["started_at"] for r in reports), "finished_at": max(r["finished_at"] for r in reports),
        "sources": [sources[k] for k in sorted(sources)], "tables": ordered, "errors": errors,
        "summary": summary_of(ordered, errors),
    }
