"""vdscan end to end against the floor: the bare cost any scanner pays to list the catalog and read the same samples.

The floor is measured in the same run, interleaved with vdscan (floor, vdscan, floor, vdscan…), with the same
concurrency (`workers` threads, one connection each) and the same sampling clause per table:
- PostgreSQL: one catalog query, then one plain SELECT per table of the columns vdscan samples, cut to the same
  4096 bytes, `LIMIT 10n+1` on small tables and `TABLESAMPLE SYSTEM (p) ORDER BY random() LIMIT n` on large ones;
  autocommit, no read-only transaction, no timeout, no classification.
- Parquet: one recursive listing, the footers vdscan reads (up to 32 per dataset, each read once and reused for
  the sample), then the same number of random row groups of the same number of random files per dataset,
  projected to the same columns, decoded on the calling thread; on object stores a footer is one ranged GET and a
  sample's column chunks are coalesced into one GET.

    python -m bench.floor pg --tables 10000
    python -m bench.floor lake --datasets 2000 --files 20
    python -m bench.floor s3 --datasets 200 --files 20
"""
from __future__ import annotations

import argparse
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from bench import common, generate
from bench.generate import _quote as _q

SAMPLE_SIZE = 100
MAX_CELL_BYTES = 4096
SMALL_TABLE_FACTOR = 10  # as connectors/sql/samplers.py: read small tables whole
OVERSAMPLE = 3
MIN_SAMPLE_PAGES = 16
FOOTERS_PER_DATASET = 32  # as connectors/parquet: footers read per dataset during discovery
FILES_PER_SAMPLE = 4
ROW_GROUPS_PER_FILE = 4

_PG_CATALOG = """
SELECT n.nspname, c.relname, c.reltuples, c.relpages,
       array_agg(a.attname ORDER BY a.attnum), array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%%'
GROUP BY n.nspname, c.relname, c.reltuples, c.relpages
"""
_AS_IS = ("smallint", "integer", "bigint", "real", "double precision", "numeric", "boolean", "date", "timestamp")


def _sampled(names: list[str], types: list[str]) -> list[tuple[str, str]]:
    """The columns vdscan samples: the same rule, so both read the same bytes."""
    from scanner.classifier import sql_type_family
    from scanner.pipeline import _UNSAMPLED_FAMILIES

    return [(n, t) for n, t in zip(names, types) if sql_type_family(t) not in _UNSAMPLED_FAMILIES]


def pg_floor_statements(db: str, n: int = SAMPLE_SIZE) -> tuple[int, list[str]]:
    """The catalog query (run once) and the per-table statements; returns (tables, statements)."""
    with generate._pg_connect(db, autocommit=True) as conn:
        rows = conn.execute(_PG_CATALOG).fetchall()
    statements = []
    for schema, name, tuples, pages, names, types in rows:
        columns = _sampled(names, types)
        if not columns:
            continue
        projected = ", ".join(_q(c) if t.split("(")[0] in _AS_IS else f"substr({_q(c)}::text, 1, {MAX_CELL_BYTES})"
                              for c, t in columns)
        relation = f"{_q(schema)}.{_q(name)}"
        if 0 <= tuples <= n * SMALL_TABLE_FACTOR:
            statements.append(f"SELECT {projected} FROM {relation} LIMIT {n * SMALL_TABLE_FACTOR + 1}")
        else:
            percent = min(100.0, 100.0 * OVERSAMPLE * n / max(tuples, 1))
            if pages:
                percent = max(percent, min(100.0, 100.0 * MIN_SAMPLE_PAGES / pages))
            statements.append(f"SELECT {projected} FROM {relation} TABLESAMPLE SYSTEM ({percent:.6f}) "
                              f"ORDER BY random() LIMIT {n}")
    return len(rows), statements


def pg_floor(db: str, workers: int, n: int = SAMPLE_SIZE) -> int:
    """Catalog + one sampling SELECT per table on `workers` connections; returns rows fetched."""
    local = threading.local()
    connections = []
    lock = threading.Lock()

    def fetch(statement: str) -> int:
        if not hasattr(local, "conn"):
            local.conn = generate._pg_connect(db, autocommit=True)
            with lock:
                connections.append(local.conn)
        return len(local.conn.execute(statement).fetchall())

    _, statements = pg_floor_statements(db, n)
    try:
        with ThreadPoolExecutor(workers) as pool:
            return sum(pool.map(fetch, statements))
    finally:
        for conn in connections:
            conn.close()


def lake_floor(root: str, workers: int, filesystem=None, n: int = SAMPLE_SIZE) -> int:
    """Listing + footers + projected random row groups; returns rows read. As lean as a scanner can be: a footer on
    an object store is one ranged GET at the listed size (no HEAD), a footer read once serves the sample too, and
    row groups decode on the calling thread (Arrow's own decoding threads cost more than they save on small groups)."""
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    from scanner.classifier import sql_type_family
    from scanner.pipeline import _UNSAMPLED_FAMILIES

    fs = filesystem or pafs.LocalFileSystem()
    infos = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    by_dataset: dict[str, list] = {}
    for info in infos:
        if info.type == pafs.FileType.File and info.path.endswith(".parquet"):
            by_dataset.setdefault(info.path[len(root):].lstrip("/").split("/", 1)[0], []).append(info)
    rng = random.Random(1)

    def footer(info):
        if fs.type_name != "local":  # a fragment of the listed size: one ranged GET, no HEAD
            import pyarrow.dataset as ds

            return ds.ParquetFileFormat().make_fragment(info.path, fs, file_size=info.size).metadata
        with fs.open_input_file(info.path) as handle:
            return pq.read_metadata(handle)

    def sample(files: list) -> int:
        files = sorted(files, key=lambda info: info.path)
        read_first = files[:FOOTERS_PER_DATASET]
        with ThreadPoolExecutor(8) as footers:
            metas = dict(zip((info.path for info in read_first), footers.map(footer, read_first)))
        schema = next(iter(metas.values())).schema.to_arrow_schema()
        columns = [f.name for f in schema if sql_type_family(str(f.type)) not in _UNSAMPLED_FAMILIES]
        rows = 0
        chosen = rng.sample(files, min(FILES_PER_SAMPLE, len(files)))
        quota = -(-n // len(chosen))
        for info in chosen:
            with fs.open_input_file(info.path) as handle:
                # On object stores pre-buffering coalesces the projected column chunks into one GET.
                parquet = pq.ParquetFile(handle, metadata=metas.get(info.path), pre_buffer=fs.type_name != "local",
                                         buffer_size=1 << 20)
                groups = list(range(parquet.metadata.num_row_groups))
                rng.shuffle(groups)
                read = 0
                for group in groups[:ROW_GROUPS_PER_FILE]:
                    if read >= quota:
                        break
                    read += parquet.read_row_group(group, columns=columns, use_threads=False).num_rows
                rows += read
        return rows

    with ThreadPoolExecutor(workers) as pool:
        return sum(pool.map(sample, by_dataset.values()))


def vdscan_scan(location: str, workers: int, extra: dict | None = None) -> dict:
    """`scan_sources` in process, classifier construction included; returns counts to check the work was done."""
    from connectors import SourceOptions
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources

    with scan_sources([SourceSpec(location, SourceOptions(extra=extra or {}))],
                      ScanOptions(workers=workers, sample_size=SAMPLE_SIZE)) as report:
        # The spool's running counts: reading every verdict back would time this benchmark, not the scan.
        summary = report.tables.summary(len(report.errors))
    return {key: summary[key] for key in ("tables", "errors", "columns")}


def vdscan_sampling(location: str, workers: int, extra: dict | None = None) -> int:
    """vdscan's connector alone: discovery and the samples `scan_sources` takes, on as many threads, without
    classification; returns rows sampled. Splits vdscan's distance to the floor into reading and classifying."""
    from connectors import SourceOptions, open_source
    from scanner.classifier import sql_type_family
    from scanner.pipeline import _UNSAMPLED_FAMILIES

    connector = open_source(location, SourceOptions(extra=extra or {}, sample_size=SAMPLE_SIZE))
    try:
        tables = [t for t in connector.discover() if hasattr(t, "columns")]

        def sample(table) -> int:
            wanted = [c.name for c in table.columns if sql_type_family(c.type) not in _UNSAMPLED_FAMILIES]
            return connector.sample(table, wanted, SAMPLE_SIZE).rows if wanted else 0

        with ThreadPoolExecutor(max_workers=workers) as pool:
            return sum(pool.map(sample, tables))
    finally:
        connector.close()


def compare(label: str, floor_fn, scan_fn, repeats: int, sampling_fn=None) -> dict:
    counts = scan_fn()  # warm-up: rule compilation, imports, OS page cache for both contenders
    floor_rows = floor_fn()
    runs = {"floor": floor_fn, "vdscan": scan_fn, **({"sampling": sampling_fn} if sampling_fn else {})}
    seconds = common.alternate(runs, repeats)
    medians = {name: common.median(values) for name, values in seconds.items()}
    result = {"label": label, "floor_s": round(medians["floor"], 2), "vdscan_s": round(medians["vdscan"], 2),
              "ratio": round(medians["vdscan"] / medians["floor"], 2), "repeats": repeats,
              **{f"{name}_runs": [round(s, 2) for s in values] for name, values in seconds.items()},
              "floor_rows": floor_rows, **counts}
    if sampling_fn:
        result.update(sampling_s=round(medians["sampling"], 2),
                      sampling_ratio=round(medians["sampling"] / medians["floor"], 2))
    return result


def bench_pg(tables: int, rows: int, big_tables: int, big_rows: int, workers: int, repeats: int,
             keep: bool = False) -> dict:
    db = "vdscan_bench_floor"
    built = generate.build_pg_estate(db, tables, rows, big_tables, big_rows)
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}"
        result = compare(f"PostgreSQL {tables:,} tables × {generate.COLUMNS_PER_TABLE} cols"
                         + (f" + {big_tables} × {big_rows:,} rows" if big_tables else ""),
                         lambda: pg_floor(db, workers), lambda: vdscan_scan(url, workers), repeats,
                         lambda: vdscan_sampling(url, workers))
    finally:
        if not keep:
            generate.drop_pg_database(db)
    return {**result, "built": built, "workers": workers}


def bench_lake(datasets: int, files: int, workers: int, repeats: int, s3: bool = False) -> dict:
    root = common.WORK_DIR / f"lake-{datasets}x{files}"
    marker = root / ".complete"
    built = {"root": str(root), "reused": marker.exists()}
    if not marker.exists():
        built = generate.build_lake(root, datasets, files)
        marker.touch()
    if not s3:
        result = compare(f"Parquet lake {datasets:,} datasets × {files} files (local disk)",
                         lambda: lake_floor(str(root), workers), lambda: vdscan_scan(str(root), workers), repeats,
                         lambda: vdscan_sampling(str(root), workers))
        return {**result, "built": built, "workers": workers}
    server = generate.S3Lake()
    try:
        built["upload_s"] = round(server.upload(root), 1)
        fs = server.filesystem()
        result = compare(f"Parquet lake {datasets:,} datasets × {files} files (moto S3 on loopback)",
                         lambda: lake_floor(f"{server.bucket}/lake", workers, fs),
                         lambda: vdscan_scan(server.location, workers, server.extra), repeats,
                         lambda: vdscan_sampling(server.location, workers, server.extra))
    finally:
        server.stop()
    return {**result, "built": built, "workers": workers}


def markdown(results: list[dict]) -> str:
    rows = [[r["label"], r["tables"], r["columns"], r["floor_s"],
             f"{r['sampling_s']} ({r['sampling_ratio']}×)" if "sampling_s" in r else "—",
             r["vdscan_s"], f"**{r['ratio']}×**", r["errors"]] for r in results]
    return "### vdscan end to end vs the floor (medians)\n\n" + common.table(
        ["estate", "tables", "columns", "floor s", "vdscan sampling only s (/ floor)", "vdscan s", "vdscan / floor",
         "errors"], rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["pg", "lake", "s3", "all"])
    parser.add_argument("--tables", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--big-tables", type=int, default=2)
    parser.add_argument("--big-rows", type=int, default=1_000_000)
    parser.add_argument("--datasets", type=int, default=2_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--s3-datasets", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", help="result name under bench/results/ (default floor-WHAT)")
    args = parser.parse_args(argv)
    results = []
    if args.what in ("pg", "all"):
        results.append(bench_pg(args.tables, args.rows, args.big_tables, args.big_rows, args.workers, args.repeats))
    if args.what in ("lake", "all"):
        results.append(bench_lake(args.datasets, args.files, args.workers, args.repeats))
    if args.what in ("s3", "all"):
        results.append(bench_lake(args.s3_datasets, args.files, args.workers, args.repeats, s3=True))
    text = markdown(results)
    common.write_result(args.out or f"floor-{args.what}", {"results": results}, text)
    print(text)


if __name__ == "__main__":
    main()
