"""Classifier throughput: columns per second per core on 100-value samples, and vdscan / peer on the same samples.

The samples (realistic values of 36 column kinds, tables of 20 columns) are written once to a JSON file; vdscan's
Classifier classifies them in this process on one thread (rule compilation outside the timing: a scan pays it
once), and DataHub's classifier (`acryl-datahub-classify`) classifies the same file in its own venv
(/tmp/vdscan-bench/peer-venv, created by this script) in a subprocess. Rates are columns per CPU second (one core).

    python -m bench.classify --columns 2000 --peer-columns 1000
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa

from bench import common, generate

PEER_VENV = common.WORK_DIR / "peer-venv"
PEER_PACKAGE = "acryl-datahub-classify"
PEER_SCRIPT = Path(__file__).resolve().parent / "peer_datahub.py"


def vdscan_tables(samples: list[dict]) -> list[tuple]:
    """(TableRef, pyarrow.Table) per sample table, with the declared types the samples carry."""
    from scanner.model import ColumnRef, TableRef

    grouped: dict[str, list[dict]] = {}
    for sample in samples:
        grouped.setdefault(sample["table"], []).append(sample)
    out = []
    for name, columns in grouped.items():
        ref = TableRef(source="bench", parts=("bench", name),
                       columns=tuple(ColumnRef(c["column"], c["type"], None, True) for c in columns))
        data = pa.table([pa.array(c["values"]) for c in columns], names=[c["column"] for c in columns])
        out.append((ref, data))
    return out


def vdscan_rate(samples: list[dict], repeats: int, batch: int = 1) -> dict:
    """Columns per CPU second. `batch` 1: table by table (`classify`); more: `classify_many` over that many
    tables at a time, as the scan pipeline does (batches of up to 64)."""
    from scanner.classifier import Classifier

    started = time.perf_counter()
    classifier = Classifier.default(explained_candidates=0)  # as `scan_sources` classifies
    compile_s = time.perf_counter() - started
    tables = vdscan_tables(samples)
    runs = []
    tagged = 0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        verdicts = [v for i in range(0, len(tables), batch)
                    for v in classifier.classify_many([(ref, data, "bench", data.num_rows)
                                                       for ref, data in tables[i:i + batch]])]
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
        tagged = sum(1 for v in verdicts for c in v.columns if c.codes)
    wall = max(common.median([r[0] for r in runs]), 1e-9)
    cpu = max(common.median([r[1] for r in runs]), 1e-9)
    return {"columns": len(samples), "batch_tables": batch, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
            "columns_per_cpu_second": round(len(samples) / cpu), "columns_per_second": round(len(samples) / wall),
            "tagged_columns": tagged, "rule_compile_s": round(compile_s, 2), "repeats": repeats}


def ensure_peer() -> str | None:
    """Create the peer venv and install the peer; None when ready, else the error text."""
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        made = subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], capture_output=True, text=True)
        if made.returncode != 0:
            return made.stderr[-1000:]
    check = subprocess.run([str(python), "-c", "import datahub_classify"], capture_output=True, text=True)
    if check.returncode == 0:
        return None
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", PEER_PACKAGE, "click"],
                               capture_output=True, text=True)
    if installed.returncode != 0:
        return "\n".join(line for line in installed.stderr.splitlines() if not line.startswith("WARNING"))[-1500:]
    return None


def peer_rate(samples_path: Path) -> dict:
    error = ensure_peer()
    if error:
        return {"error": f"could not install {PEER_PACKAGE}: {error}"}
    python = str(PEER_VENV / "bin" / "python")
    notes = []
    model = subprocess.run([python, "-c", "import spacy; spacy.load('en_core_web_sm')"], capture_output=True,
                           text=True)
    args = [python, str(PEER_SCRIPT), str(samples_path)]
    if model.returncode != 0:
        download = subprocess.run([python, "-m", "spacy", "download", "en_core_web_sm"], capture_output=True,
                                  text=True)
        if download.returncode != 0:
            reason = (download.stderr.strip().splitlines() or ["unknown error"])[-1]
            notes.append("spaCy model en_core_web_sm could not be downloaded "
                         f"({reason[:300]}); the peer ran with a blank English pipeline, so its Full_Name and "
                         "Street_Address NER cost less than for real: the peer figure is a lower bound")
            args.append("--blank-spacy")
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        return {"error": result.stderr[-1500:], "notes": notes}
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    payload["columns_per_cpu_second"] = round(payload["columns"] / payload["cpu_seconds"], 1)
    payload["seconds_per_column"] = round(payload["seconds"] / payload["columns"], 4)
    return {**payload, "notes": notes}


def run(columns: int, peer_columns: int, repeats: int) -> dict:
    samples = generate.column_samples(columns, 100)
    common.WORK_DIR.mkdir(parents=True, exist_ok=True)
    peer_samples = samples[:peer_columns]
    path = common.WORK_DIR / "peer-samples.json"
    path.write_text(json.dumps(peer_samples, ensure_ascii=False))
    vdscan_all = vdscan_rate(samples, repeats)
    from scanner.pipeline import _ClassificationBatch

    vdscan_batched = vdscan_rate(samples, repeats, batch=_ClassificationBatch.MAX_TABLES)
    # The peer classifies all its columns in one call: compare with vdscan classifying them in the scan's batches.
    vdscan_same = vdscan_rate(peer_samples, repeats, batch=_ClassificationBatch.MAX_TABLES)
    peer = peer_rate(path) if peer_columns else {"error": "skipped (--peer-columns 0)"}
    ratio = None
    if "cpu_seconds" in peer:
        ratio = round(vdscan_same["cpu_seconds"] / peer["cpu_seconds"], 4)
    return {"values_per_column": 100, "vdscan": vdscan_all, "vdscan_batched": vdscan_batched,
            "vdscan_on_peer_columns": vdscan_same,
            "peer": peer, "vdscan_over_peer_time": ratio,
            "speedup_vs_peer": round(1 / ratio, 1) if ratio else None}


def markdown(result: dict) -> str:
    v, same, peer = result["vdscan"], result["vdscan_on_peer_columns"], result["peer"]
    rows = [["vdscan, table by table (all samples)", v["columns"], v["cpu_seconds"],
             f"**{v['columns_per_cpu_second']:,}**", round(1000 * v["cpu_seconds"] / v["columns"], 3)]]
    if "vdscan_batched" in result:
        b = result["vdscan_batched"]
        rows.append([f"vdscan, {b['batch_tables']} tables at a time as a scan does (all samples)", b["columns"],
                     b["cpu_seconds"], f"**{b['columns_per_cpu_second']:,}**",
                     round(1000 * b["cpu_seconds"] / b["columns"], 3)])
    rows.append([f"vdscan, {same['batch_tables']} tables at a time (peer's columns)", same["columns"],
                 same["cpu_seconds"], f"{same['columns_per_cpu_second']:,}",
                 round(1000 * same["cpu_seconds"] / max(same["columns"], 1), 3)])
    if "cpu_seconds" in peer:
        rows.append(["datahub-classify", peer["columns"], round(peer["cpu_seconds"], 3),
                     f"{peer['columns_per_cpu_second']:,}", round(1000 * peer["cpu_seconds"] / peer["columns"], 3)])
    text = "### Classifier throughput, 100 values per column, one core\n\n" + common.table(
        ["classifier", "columns", "CPU s", "columns / CPU s", "ms / column"], rows)
    if result["vdscan_over_peer_time"] is not None:
        text += (f"\n\nvdscan / peer time on the same {same['columns']} columns: **{result['vdscan_over_peer_time']}** "
                 f"({result['speedup_vs_peer']}× faster)")
    else:
        text += f"\n\nPeer not measured: {peer.get('error', '')[:500]}"
    for note in peer.get("notes", []):
        text += f"\n\nNote: {note}"
    return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--columns", type=int, default=2_000)
    parser.add_argument("--peer-columns", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default="classify")
    args = parser.parse_args(argv)
    result = run(args.columns, args.peer_columns, args.repeats)
    text = markdown(result)
    common.write_result(args.out, result, text)
    print(text)


if __name__ == "__main__":
    main()
