"""Time to the first table: how long a dry-run scan takes, from a fresh interpreter, to hand its first verdict over.

A scheduler or a person at a terminal waits for this before anything shows. Each run is a fresh process
(`python -m bench.startup child`): interpreter start, imports, rule compilation, discovery, the first sample and
its classification are all inside the figure. The child also reports which heavy libraries it imported (the
OpenMetadata SDK and Great Expectations must not load on this path).

    python -m bench.startup --tables 1000 --repeats 7 [--python OTHER_VENV/bin/python]

`--python` also measures another interpreter with vdscan installed, e.g. a core install without the extras: with
pandas installed (the openmetadata and gx extras pull it in), pyarrow imports it on its first array.

Compiled rules are cached per user (mappings/cache.py). *Warm* runs share a cache that one untimed run filled
first, as every scan after the first finds it; *cold* runs each start from an empty cache, as the first scan after
installing vdscan or changing a rule pack does, and stop at their first table (their whole scan is the warm one's).
Warm and cold runs alternate, so a noisy neighbour hits both alike.

`--baseline DIR` also times another checkout of vdscan (e.g. `git worktree add /tmp/before <commit>`) side by side
with this one, first table only, runs alternating, both with the interpreters measured: the before/after of a change
on a shared machine, whose load moves absolute figures more than any change does.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench import common, generate

HEAVY = ("metadata", "great_expectations", "dbt")


class _FirstTable(Exception):
    """Raised from `on_table` to end a cold run at its first verdict."""


def first_table_in_child(location: str, started_at: float, whole_scan: bool = True) -> dict:
    """Run in the child: scan `location`, note the wall clock when the first verdict arrives."""
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources

    first: list[float] = []

    def on_table(_verdict: object) -> None:
        if not first:
            first.append(time.time())
            if not whole_scan:
                raise _FirstTable

    try:
        tables = len(scan_sources([SourceSpec(location)], ScanOptions(), on_table=on_table).tables)
    except _FirstTable:
        tables = None
    finished = time.time()
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))
    return {"first_table_s": round(first[0] - started_at, 3),
            "scan_s": round(finished - started_at, 3) if whole_scan else None,
            "tables": tables, "heavy_imports": heavy}


@contextmanager
def _rules_cache(directory: Path) -> Iterator[None]:
    """Children started inside use `directory` as their compiled-rules cache (they inherit the environment)."""
    before = os.environ.get("VDSCAN_CACHE_DIR")
    os.environ["VDSCAN_CACHE_DIR"] = str(directory)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("VDSCAN_CACHE_DIR", None)
        else:
            os.environ["VDSCAN_CACHE_DIR"] = before


def _child(location: str, python: str, cache: Path, whole_scan: bool = True) -> dict:
    with _rules_cache(cache):
        return common.run_child("bench.startup", "child", location, repr(time.time()),
                                *([] if whole_scan else ["first-only"]), python=python)


def measure(location: str, repeats: int, python: str = sys.executable, cold: bool = False) -> dict | list[dict]:
    """Medians of `repeats` fresh processes with a warm rules cache; with `cold`, also of as many alternating
    runs that each start from an empty cache (then a list: warm, cold)."""
    work = Path(tempfile.mkdtemp(prefix="startup-cache-", dir=common.WORK_DIR if common.WORK_DIR.exists() else None))
    try:
        warm_cache = work / "warm"
        _child(location, python, warm_cache, whole_scan=False)  # fills the cache, as an earlier scan would
        warm, cold_runs = [], []
        for repeat in range(repeats):
            warm.append(_child(location, python, warm_cache))
            if cold:
                cold_runs.append(_child(location, python, work / f"cold{repeat}", whole_scan=False))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = [_summary(location, python, "warm", warm)]
    if cold:
        results.append({**_summary(location, python, "cold", cold_runs), "tables": results[0]["tables"],
                        "scan_s": None})
    return results if cold else results[0]


# What a child runs in a baseline checkout, whose bench/startup.py may not stop at the first table.
_FIRST_TABLE_CODE = """
import json, sys, time
from scanner.pipeline import ScanOptions, SourceSpec, scan_sources
class First(Exception):
    pass
def on_table(_):
    raise First(time.time())
try:
    scan_sources([SourceSpec(sys.argv[1])], ScanOptions(), on_table=on_table)
except First as first:
    print(json.dumps({"first_table_s": round(first.args[0] - float(sys.argv[2]), 3)}))
"""


def side_by_side(location: str, baseline: Path, repeats: int, python: str = sys.executable) -> dict:
    """First-table medians of `baseline`'s code and this checkout's (warm rules cache), runs alternating."""
    work = Path(tempfile.mkdtemp(prefix="startup-cache-"))
    runs: dict[str, list[float]] = {"baseline": [], "this": []}
    try:
        with _rules_cache(work):
            for checkout in (baseline, common.REPO):  # untimed: page cache, and this checkout's rules cache
                _first_table(location, python, checkout)
            for _ in range(repeats):
                runs["baseline"].append(_first_table(location, python, baseline))
                runs["this"].append(_first_table(location, python, common.REPO))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    before, after = common.median(runs["baseline"]), common.median(runs["this"])
    return {"location": location, "python": python, "baseline": str(baseline), "repeats": repeats,
            "baseline_first_table_s": round(before, 3), "first_table_s": round(after, 3),
            "ratio": round(after / before, 3), "baseline_runs_s": runs["baseline"], "runs_s": runs["this"]}


def _first_table(location: str, python: str, checkout: Path) -> float:
    result = subprocess.run([python, "-c", _FIRST_TABLE_CODE, location, repr(time.time())], capture_output=True,
                            text=True, cwd=checkout)
    if result.returncode != 0:
        raise RuntimeError(f"first table in {checkout} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])["first_table_s"]


def side_by_side_markdown(results: list[dict]) -> str:
    rows = [[r["label"], r["baseline_first_table_s"], f"**{r['first_table_s']}**", f"{r['ratio']}×"] for r in results]
    return "### Before / after, side by side (first table s, medians of alternating runs)\n\n" + common.table(
        ["interpreter", "before", "after", "after / before"], rows)


def _summary(location: str, python: str, cache: str, runs: list[dict]) -> dict:
    scans = [r["scan_s"] for r in runs if r["scan_s"] is not None]
    return {"location": location, "python": python, "rules_cache": cache, "tables": runs[0]["tables"],
            "repeats": len(runs), "first_table_s": round(common.median([r["first_table_s"] for r in runs]), 3),
            "scan_s": round(common.median(scans), 3) if scans else None,
            "first_table_runs_s": [r["first_table_s"] for r in runs],
            "heavy_imports": sorted({m for r in runs for m in r["heavy_imports"]})}


def markdown(results: list[dict]) -> str:
    rows = [[r["label"], r["tables"], r.get("rules_cache", "—"), f"**{r['first_table_s']}**",
             "—" if r["scan_s"] is None else r["scan_s"], ", ".join(r["heavy_imports"]) or "none"]
            for r in results]
    return "### Time to the first table, fresh process (medians)\n\n" + common.table(
        ["estate", "tables", "rules cache", "first table s", "whole scan s", "heavy libraries imported"], rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=[])
    parser.add_argument("--tables", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--python", action="append", default=[], help="another interpreter to measure as well")
    parser.add_argument("--out", default="startup")
    parser.add_argument("--baseline", type=Path, help="another checkout of vdscan, timed side by side with this one")
    args = parser.parse_args(argv)
    if args.what[:1] == ["child"]:
        print(json.dumps(first_table_in_child(args.what[1], float(args.what[2]), whole_scan=args.what[3:] == [])))
        return
    estate = common.WORK_DIR / "startup.db"
    estate.parent.mkdir(parents=True, exist_ok=True)
    estate.unlink(missing_ok=True)
    generate.build_sqlite_estate(Path(estate), tables=args.tables)
    label = f"SQLite, {args.tables:,} tables × {generate.COLUMNS_PER_TABLE} columns"
    results = [{"label": f"{label}, {'this environment' if python == sys.executable else python}", **result}
               for python in [sys.executable, *args.python]
               for result in measure(str(estate), args.repeats, python, cold=True)]
    text = markdown(results)
    payload: dict = {"results": results}
    if args.baseline:
        compared = [{"label": "this environment" if python == sys.executable else python,
                     **side_by_side(str(estate), args.baseline, args.repeats, python)}
                    for python in [sys.executable, *args.python]]
        payload["side_by_side"] = compared
        text += "\n\n" + side_by_side_markdown(compared)
    common.write_result(args.out, payload, text)
    print(text)


if __name__ == "__main__":
    main()
