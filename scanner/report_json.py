"""The JSON contract of DESIGN.md §5: written by `scan --format json`, read by merge, push, report and export-gx.

A scan's table verdicts are kept as their contract entries in a `TableSpool` (below), so a report of 10,000 tables
does not hold 10,000 verdicts in memory, and the document is written a table at a time (`json_chunks`), never
built whole: peak memory stays flat in the table count (bench/README.md, growth)."""
from __future__ import annotations

import json
import os
import tempfile
import weakref
import zlib
from collections.abc import Sequence
from typing import Any, Iterable, Iterator, Mapping, overload

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
        # An unchanged table (incremental scan) keeps the kind and route of the verdict it carries over.
        "codes": codes, "kind": verdict.kind if verdict.status != "error" else "none",
        "route": verdict.route if verdict.status != "error" else "none",
        "duties": duties, "volume": verdict.volume, "columns": columns,
    }


class SummaryCounter:
    """The `summary` of a report, counted one table entry at a time (a spool counts as it records, so the summary
    is known before the tables are written; merged reports count the same way)."""

    def __init__(self) -> None:
        self.tables = self.columns = self.tagged = self.failed = 0
        self.by_code: dict[str, int] = {}
        self.by_kind: dict[str, int] = {k: 0 for k in KIND_ORDER}

    def add(self, table: Mapping[str, Any]) -> None:
        self.tables += 1
        self.by_kind[table["kind"]] = self.by_kind.get(table["kind"], 0) + 1
        self.failed += table["status"] == "error"
        for column in table["columns"]:
            self.columns += 1
            self.tagged += bool(column["codes"])
            for code in column["codes"]:
                self.by_code[code] = self.by_code.get(code, 0) + 1

    def summary(self, errors: int = 0) -> dict[str, Any]:
        """`errors`: failures not tied to one table (connect, discover), counted beside the failed tables."""
        return {"tables": self.tables, "columns": self.columns, "tagged_columns": self.tagged,
                "by_code": dict(sorted(self.by_code.items())),
                "by_kind": {k: v for k, v in self.by_kind.items() if v}, "errors": self.failed + errors}


def summary_of(tables: Iterable[Mapping[str, Any]], errors: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Counts over table entries; computed from the dicts so merged reports summarise the same way."""
    counter = SummaryCounter()
    for table in tables:
        counter.add(table)
    return counter.summary(len(list(errors)))


def report_document(report: ScanReport) -> dict[str, Any]:
    """The JSON contract of `report` as a dict whose `tables` is a lazy sequence over the report's spool: each
    table entry is read back when asked for, so writing it (`json_chunks`) holds one table at a time. Readers
    that iterate `tables` (inventory, push) work on it as on a list; it is valid until the report is closed."""
    spool = report.tables
    errors = [error_to_dict(e) for e in report.errors]
    return {
        "vdscan": __version__, "taxonomy": spool.taxonomy.version,
        "started_at": report.started_at, "finished_at": report.finished_at,
        "sources": [{"name": s.name, "url": s.url, "kind": s.kind} for s in report.sources],
        "tables": spool.entries(), "errors": errors, "summary": spool.summary(len(errors)),
    }


def report_to_dict(report: ScanReport) -> dict[str, Any]:
    """The whole document in memory, tables as a list: for callers that keep it (the OpenMetadata processor,
    tests). `vdscan scan` writes `report_document` instead."""
    document = report_document(report)
    document["tables"] = list(document["tables"])
    return document


def json_chunks(document: Mapping[str, Any]) -> Iterator[str]:
    """`json.dumps(document, ensure_ascii=False, indent=2) + "\n"`, byte for byte, in pieces: a top-level list
    (or any sequence, such as a spool's entries) is written an item at a time, so `tables` is never one string.

    Nested values are dumped by `json` itself and indented by prefixing their lines: JSON escapes newlines inside
    strings, so every newline in a dump is a line break of the layout."""
    yield "{"
    for position, (key, value) in enumerate(document.items()):
        yield ("," if position else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            yield _indented(value, 1)
            continue
        empty = True
        for item in value:
            yield ("[" if empty else ",") + "\n    " + _indented(item, 2)
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n" if document else "}\n"


def _indented(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


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
            masked_samples=tuple(c.get("samples", ())),
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


class TableSpool(Sequence[TableVerdict]):
    """The table verdicts of one scan, sorted by (source, fqn), held out of memory.

    Each recorded verdict becomes its contract entry (`table_to_dict`, the one serialisation of a table), JSON
    without spaces, zlib level 1 (~16 kB -> ~2.5 kB for 30 columns, ~0.2 ms), appended to an anonymous temporary
    file; memory keeps only (source, fqn, offset, length) per table plus the summary counts. Reading sorts that
    index (stable: same-key tables keep their recording order, as the list this replaced did) and reads entries
    back one at a time. Measured against the alternatives (bench/README.md, growth): a report kept as verdicts
    grew ~23 kB a table; compressed in memory it would still grow ~2.5 kB a table, on file it grows ~0.2 kB.

    Privacy: an entry is exactly what the JSON report says of the table, so the spool holds nothing the report
    does not (sampled values only as masked `samples`, only with --show-samples). The file is created by
    `tempfile.TemporaryFile` — owner-only (0600) and, on Linux, never linked into a directory (O_TMPFILE) —
    so it disappears when closed or when the process ends, however it ends; `close()` (or the report's) ends it.

    Verdicts read back are as the report records them: no `explain` candidates, no connector handles, evidence
    weights rounded as the JSON rounds them. The live verdicts go to `scan_sources`' `on_table`."""

    COMPRESSION = 1  # zlib level: 6 saves another 15% of a small file for 4x the CPU

    def __init__(self, taxonomy=None) -> None:
        self._taxonomy = taxonomy
        self._file = None  # created with the first table: a report of no table opens no file
        self._size = 0
        self._closed = False
        self._index: list[tuple[str, str, int, int]] = []  # (source, fqn, offset, length) per table
        self._sorted = True
        self._counter = SummaryCounter()

    @property
    def taxonomy(self):
        """The taxonomy whose duties the entries carry (the default one unless given)."""
        if self._taxonomy is None:
            from mappings.loader import load_taxonomy

            self._taxonomy = load_taxonomy()
        return self._taxonomy

    def append(self, verdict: TableVerdict) -> dict[str, Any]:
        """Records `verdict`; returns the entry recorded, for callers that keep it elsewhere too (the scan state)."""
        entry = table_to_dict(verdict, self.taxonomy.duties_of)
        blob = zlib.compress(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode(), self.COMPRESSION)
        self._write(blob)
        if self._index and self._sorted and (entry["source"], entry["fqn"]) < self._index[-1][:2]:
            self._sorted = False
        self._index.append((entry["source"], entry["fqn"], self._size, len(blob)))
        self._size += len(blob)
        self._counter.add(entry)
        return entry

    def _write(self, blob: bytes) -> None:
        if self._closed:
            raise ValueError("the report is closed")
        if self._file is None:
            # Opened here, closed by close() or the finalizer below: the file lives as long as the spool.
            self._file = tempfile.TemporaryFile(prefix="vdscan-report-", buffering=0)  # noqa: SIM115
            # A report dropped unclosed (or still open at exit) closes its file when collected, without a warning.
            weakref.finalize(self, self._file.close)
        view = memoryview(blob)
        while view:
            view = view[self._file.write(view):]

    @property
    def failed(self) -> int:
        """Tables whose status is error."""
        return self._counter.failed

    def summary(self, errors: int = 0) -> dict[str, Any]:
        """The report's `summary`; `errors` counts failures not tied to a table."""
        return self._counter.summary(errors)

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, position: int) -> TableVerdict: ...

    @overload
    def __getitem__(self, position: slice) -> list[TableVerdict]: ...

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [table_from_dict(e) for e in self.entries()[position]]
        return table_from_dict(self.entries()[position])

    def __iter__(self) -> Iterator[TableVerdict]:
        return map(table_from_dict, self.entries())

    def entries(self) -> "TableEntries":
        """The contract entries, sorted by (source, fqn): a sequence read from the spool on demand."""
        return TableEntries(self)

    def _slots(self) -> list[tuple[str, str, int, int]]:
        if not self._sorted:
            self._index.sort(key=lambda slot: (slot[0], slot[1]))
            self._sorted = True
        return self._index

    def _read(self, slot: tuple[str, str, int, int]) -> dict[str, Any]:
        if self._closed:
            raise ValueError("the report is closed")
        _, _, offset, length = slot
        return json.loads(zlib.decompress(self._read_bytes(offset, length)))

    def _read_bytes(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):  # positional: leaves the file position, where the next entry goes, alone
            return os.pread(self._file.fileno(), length, offset)
        self._file.seek(offset)  # Windows has no pread
        try:
            return self._file.read(length)
        finally:
            self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        """Delete the spool file; the counts stay, the entries are gone."""
        self._closed = True
        if self._file is not None:
            self._file.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"TableSpool({len(self)} tables{', closed' if self._closed else ''})"


class TableEntries(Sequence[dict[str, Any]]):
    """A spool's table entries (dicts of the JSON contract) in report order, each read when asked for."""

    def __init__(self, spool: TableSpool) -> None:
        self._spool = spool

    def __len__(self) -> int:
        return len(self._spool)

    @overload
    def __getitem__(self, position: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, position: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, position):
        slots = self._spool._slots()
        if isinstance(position, slice):
            return [self._spool._read(slot) for slot in slots[position]]
        return self._spool._read(slots[position])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        # A copy of the sorted index: a table recorded while a reader iterates does not shift its positions.
        for slot in list(self._spool._slots()):
            yield self._spool._read(slot)
