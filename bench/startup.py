"""Time to the first table: how long a dry-run scan takes, from a fresh interpreter, to hand its first verdict over.

A scheduler or a person at a terminal waits for this before anything shows. Each run is a fresh process
(`python -m bench.startup child`): interpreter start, imports, rule compilation, discovery, the first sample and
its classification are all inside the figure. The child also reports which heavy libraries it imported (the
OpenMetadata SDK and Great Expectations must not load on this path).

    python -m bench.startup --tables 1000 --repeats 7 [--python OTHER_VENV/bin/python]

`--python` also measures another interpreter with vdscan installed, e.g. a core install without the extras: with
pandas installed (the openmetadata and gx extras pull it in), pyarrow imports it on its first array.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench import common, generate

HEAVY = ("metadata", "great_expectations", "dbt")


def first_table_in_child(location: str, started_at: float) -> dict:
    """Run in the child: scan `location`, note the wall clock when the first verdict arrives."""
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources

    first: list[float] = []
    report = scan_sources([SourceSpec(location)], ScanOptions(),
                          on_table=lambda _: first.append(time.time()) if not first else None)
    finished = time.time()
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))
    return {"first_table_s": round(first[0] - started_at, 3), "scan_s": round(finished - started_at, 3),
            "tables": len(report.tables), "heavy_imports": heavy}


def measure(location: str, repeats: int, python: str = sys.executable) -> dict:
    runs = [common.run_child("bench.startup", "child", location, repr(time.time()), python=python)
            for _ in range(repeats)]
    return {"location": location, "python": python, "tables": runs[0]["tables"], "repeats": repeats,
            "first_table_s": round(common.median([r["first_table_s"] for r in runs]), 3),
            "scan_s": round(common.median([r["scan_s"] for r in runs]), 3),
            "first_table_runs_s": [r["first_table_s"] for r in runs],
            "heavy_imports": sorted({m for r in runs for m in r["heavy_imports"]})}


def markdown(results: list[dict]) -> str:
    rows = [[r["label"], r["tables"], f"**{r['first_table_s']}**", r["scan_s"], ", ".join(r["heavy_imports"]) or "none"]
            for r in results]
    return "### Time to the first table, fresh process (medians)\n\n" + common.table(
        ["estate", "tables", "first table s", "whole scan s", "heavy libraries imported"], rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=[])
    parser.add_argument("--tables", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--python", action="append", default=[], help="another interpreter to measure as well")
    parser.add_argument("--out", default="startup")
    args = parser.parse_args(argv)
    if args.what[:1] == ["child"]:
        print(json.dumps(first_table_in_child(args.what[1], float(args.what[2]))))
        return
    estate = common.WORK_DIR / "startup.db"
    estate.parent.mkdir(parents=True, exist_ok=True)
    estate.unlink(missing_ok=True)
    generate.build_sqlite_estate(Path(estate), tables=args.tables)
    label = f"SQLite, {args.tables:,} tables × {generate.COLUMNS_PER_TABLE} columns"
    results = [{"label": f"{label}, {'this environment' if python == sys.executable else python}",
                **measure(str(estate), args.repeats, python)} for python in [sys.executable, *args.python]]
    text = markdown(results)
    common.write_result(args.out, {"results": results}, text)
    print(text)


if __name__ == "__main__":
    main()
