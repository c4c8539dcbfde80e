"""Random rows from a few random row groups of a few random files (never a whole lake, rarely a whole file).

Rows are chosen before they are flattened to column paths and cut to max_cell_bytes: flattening costs a few
kernel calls per column, paid once per sample instead of once per batch read. Until then at most `n` uncut rows
are kept besides the batch being read."""
from __future__ import annotations

import math
import random
from typing import Iterable, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from connectors.base import ConnectorError
from connectors.parquet.footers import FooterCache
from connectors.parquet.layout import LakeFile
from connectors.parquet.reading import ReadLimits, flatten, locator_of, read_random_row_groups, unflattened_rows
from connectors.parquet.store import Store, describe
from scanner.model import TableRef


def sample_table(store: Store, footers: FooterCache, table: TableRef, columns: Sequence[str], n: int,
                 max_cell_bytes: int, limits: ReadLimits, rng: random.Random) -> pa.Table:
    """At most `n` rows, spread over up to `limits.files` files; each file gives a uniform random subset of the
    row groups it read. Unreadable files are passed over for others; all unreadable is a ConnectorError."""
    locator = locator_of(table, columns)
    files = list(locator.files)
    rng.shuffle(files)
    quota = math.ceil(n / min(len(files), limits.files)) if files and n > 0 else 0
    pieces: list[pa.Table] = []
    collected = 0
    failures: list[str] = []
    for lake_file in files[:limits.max_files] if quota else ():
        if collected >= n:
            break
        batches = read_random_row_groups(store, footers, locator, lake_file, columns, rng, quota,
                                         limits.row_groups_per_file, limits.batch_rows)
        try:
            piece = _uniform_subset(batches, quota, rng)
        except (OSError, pa.ArrowException, ValueError) as exc:
            failures.append(f"{store.display(lake_file.path)}: {describe(exc, store.secrets)}")
            continue
        if piece is not None:
            pieces.append(piece)
            collected += piece.num_rows
    if failures and not pieces:
        raise ConnectorError(f"{table.fqn}: no file could be sampled ({'; '.join(failures[:3])})")
    rows = pa.concat_tables(pieces) if pieces else unflattened_rows(None, 0, locator, LakeFile("", 0, None), columns)
    if rows.num_rows > n:
        rows = rows.take(sorted(rng.sample(range(rows.num_rows), n)))
    return flatten(rows, locator, columns, max_cell_bytes)


def _uniform_subset(batches: Iterable[pa.Table], k: int, rng: random.Random) -> pa.Table | None:
    """Bottom-k by random keys: a uniform sample of k rows holding at most k + one batch in memory."""
    kept: pa.Table | None = None
    keys: pa.Array | None = None
    for batch in batches:
        if not batch.num_rows:
            continue
        batch_keys = pc.random(batch.num_rows, initializer=rng.getrandbits(63))
        if kept is None or keys is None:
            kept, keys = batch, batch_keys
        else:
            kept = pa.concat_tables([kept, batch])
            keys = pa.concat_arrays([keys, batch_keys])
        if kept.num_rows > k:
            chosen = pc.bottom_k_unstable(keys, k)
            kept, keys = kept.take(chosen), keys.take(chosen)
    return kept

