"""Growth: scan time and peak memory as the table count grows, and sampling time as one table's rows grow.

Tables: for each count, one PostgreSQL estate, scanned end to end (`scan_sources`) in a fresh process whose peak
resident set (getrusage maxrss) is its memory figure. Rows: one table per size (10^3 … 10^7 rows, same 10 columns,
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
    """Run in the child process: scan the estate, print time, counts and peak memory as JSON."""
    from connectors import SourceOptions
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources

    started = time.perf_counter()
    report = scan_sources([SourceSpec(URL, SourceOptions())], ScanOptions(workers=workers))
    return {"seconds": round(time.perf_counter() - started, 2), "tables": len(report.tables),
            "columns": sum(len(t.columns) for t in report.tables), "peak_rss_mb": round(common.peak_rss_mb(), 1)}


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
        text += "### Scan time and peak memory vs table count (PostgreSQL, 30 columns per table)\n\n" + common.table(
            ["tables", "columns", "scan s", "ms / table", "peak RSS MB"],
            [[f"{r['tables']:,}", f"{r['columns']:,}", r["seconds"], r["ms_per_table"], r["peak_rss_mb"]]
             for r in tables])
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
    parser.add_argument("--out", default="growth")
    args = parser.parse_args(argv)
    if args.what == "child":
        print(json.dumps(scan_in_child(args.workers)))
        return
    tables = tables_growth([int(x) for x in args.counts.split(",")], args.workers) \
        if args.what in ("tables", "all") else []
    rows = rows_growth([int(x) for x in args.sizes.split(",")], args.repeats) if args.what in ("rows", "all") else []
    text = markdown(tables, rows)
    common.write_result(args.out, {"tables": tables, "rows": rows}, text)
    print(text)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
