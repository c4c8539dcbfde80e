"""Growth: scan time and peak memory as the table count grows, and sampling time as one table's rows grow.

Tables: for each count, one PostgreSQL estate, scanned end to end by `vdscan scan --format json -o FILE` (the
command's own code, run in a fresh process) whose peak resident set (getrusage maxrss) is its memory figure: the
scan and the writing of its report, as users run it. Rows: one table per size (10^3 … 10^7 rows, same 10 columns,
built with generate_series), each sampled `repeats` times by the SQL connector; the median must not grow with rows.

    python -m bench.growth tables --counts 100,1000,10000
    python -m bench.growth rows --sizes 1000,10000,100000,1000000,10000000
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from bench import common, generate

DB = "vdscan_bench_growth"
URL = f"postgresql+psycopg://postgres@127.0.0.1:5432/{DB}"


def scan_in_child(workers: int) -> dict:
    """Run in the child process: `vdscan scan` writing its JSON report; print time, counts and peak memory."""
    from scanner.cli import main as vdscan

    common.WORK_DIR.mkdir(parents=True, exist_ok=True)
    out = common.WORK_DIR / "growth-report.json"
    started = time.perf_counter()
    try:
        vdscan.main(["scan", URL, "--format", "json", "-o", str(out), "--workers", str(workers), "--no-progress"],
                    prog_name="vdscan", standalone_mode=False)
    except SystemExit as exc:  # the command ends with its exit code; 3 (some tables failed) is still a scan
        if exc.code not in (0, 3, None):
            raise
    seconds = time.perf_counter() - started
    peak = common.peak_rss_mb()  # before anything below reads the report back
    summary = _summary_of(out)
    report_mb = out.stat().st_size / 2**20
    out.unlink()
    return {"seconds": round(seconds, 2), "tables": summary["tables"], "columns": summary["columns"],
            "peak_rss_mb": round(peak, 1), "report_mb": round(report_mb, 1)}


def _summary_of(path) -> dict:
    """The report's `summary`, the last member of the document, read from its tail: loading a 10,000-table report
    whole would take far more memory than the scan that wrote it."""
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 65536))
        tail = handle.read().decode("utf-8", errors="replace")
    return json.loads(tail[tail.rindex('\n  "summary": ') + len('\n  "summary": '):].rstrip()[:-1])


def tables_growth(counts: list[int], workers: int) -> list[dict]:
    results = []
    try:
        for count in counts:
            built = generate.build_pg_estate(DB, count)
            child = common.run_child("bench.growth", "child", "--workers", str(workers))
            results.append({"tables": count, "build_s": built["seconds"], **child,
                            "ms_per_table": round(1000 * child["seconds"] / count, 1)})
    finally:
        generate.drop_pg_database(DB)
    return results


def rows_growth(sizes: list[int], repeats: int) -> list[dict]:
    from connectors import SourceOptions
    from connectors.sql import SqlConnector

    generate.recreate_pg_database(DB)
    try:
        generate.build_pg_row_ladder(DB, sizes)
        connector = SqlConnector(URL, SourceOptions(include=("*.ladder.*",)))
        try:
            found = {t.name: t for t in connector.discover() if hasattr(t, "columns")}
            results = []
            for size in sizes:
                table = found[f"rows_{size}"]
                columns = [c.name for c in table.columns]
                seconds = [common.timed(lambda: connector.sample(table, columns, 100))[0] for _ in range(repeats)]
                sample = connector.sample(table, columns, 100)
                results.append({"rows": size, "median_ms": round(1000 * common.median(seconds), 2),
                                "runs_ms": [round(1000 * s, 2) for s in seconds], "method": sample.method,
                                "rows_sampled": sample.rows})
        finally:
            connector.close()
    finally:
        generate.drop_pg_database(DB)
    base = results[0]["median_ms"]
    for row in results:
        row["vs_smallest"] = round(row["median_ms"] / base, 2)
    return results


def markdown(tables: list[dict], rows: list[dict]) -> str:
    text = ""
    if tables:
        text += "### `vdscan scan -o report.json`: time and peak memory vs table count (PostgreSQL, 30 columns per table)\n\n" + common.table(
            ["tables", "columns", "scan + report s", "ms / table", "report MB", "peak RSS MB"],
            [[f"{r['tables']:,}", f"{r['columns']:,}", r["seconds"], r["ms_per_table"], r.get("report_mb", "—"),
              r["peak_rss_mb"]] for r in tables])
    if rows:
        text += "\n\n### Sampling time vs rows in the table (PostgreSQL, 10 columns, n = 100, median)\n\n" \
                + common.table(["rows", "method", "median ms", "vs 10^3"],
                               [[f"{r['rows']:,}", r["method"], r["median_ms"], f"{r['vs_smallest']}×"] for r in rows])
    return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["tables", "rows", "all", "child"])
    parser.add_argument("--counts", default="100,1000,10000")
    parser.add_argument("--sizes", default="1000,10000,100000,1000000,10000000")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--out", help="result name under bench/results/ (default growth-WHAT)")
    args = parser.parse_args(argv)
    if args.what == "child":
        print(json.dumps(scan_in_child(args.workers)))
        return
    tables = tables_growth([int(x) for x in args.counts.split(",")], args.workers) \
        if args.what in ("tables", "all") else []
    rows = rows_growth([int(x) for x in args.sizes.split(",")], args.repeats) if args.what in ("rows", "all") else []
    text = markdown(tables, rows)
    common.write_result(args.out or f"growth-{args.what}", {"tables": tables, "rows": rows}, text)
    print(text)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
