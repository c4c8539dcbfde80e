"""Footers read once: discovery's footers serve sampling, bounded in memory, never reused for a rewritten file."""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors.base import SourceOptions
from connectors.parquet import ParquetConnector
from connectors.parquet.footers import FooterCache
from connectors.parquet.layout import LakeFile
from scanner.model import TableRef
from tests.lake.lakes import tracks, write


@pytest.fixture
def footer_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every footer parsed from a file, by path."""
    reads: list[str] = []
    original = pq.read_metadata

    def counting(where, *args, **kwargs):
        reads.append(getattr(where, "path", where))
        return original(where, *args, **kwargs)

    monkeypatch.setattr(pq, "read_metadata", counting)
    return reads


def only_table(connector: ParquetConnector) -> TableRef:
    [table] = [t for t in connector.discover() if isinstance(t, TableRef)]
    return table


def test_sampling_reuses_the_footers_discovery_read(tmp_path: Path, footer_reads: list[str]) -> None:
    for day in range(6):
        write(tmp_path / "t" / f"day={day}" / "part-0.parquet", tracks(day, rows=50))
    connector = ParquetConnector(str(tmp_path))
    table = only_table(connector)
    assert len(footer_reads) == 6
    sample = connector.sample(table, ["vin", "ts", "day"], 40)
    assert sample.rows == 40 and len(set(sample.table.column("day").to_pylist())) == 4
    assert len(footer_reads) == 6  # no footer fetched or parsed again
    connector.close()


def test_footers_beyond_those_discovery_read_are_read_when_sampled(tmp_path: Path, footer_reads: list[str]) -> None:
    for i in range(4):
        write(tmp_path / "t" / f"part-{i}.parquet", tracks(i, rows=10))
    connector = ParquetConnector(str(tmp_path), SourceOptions(extra={"max_footers": 1}))
    table = only_table(connector)
    assert len(footer_reads) == 1
    assert connector.sample(table, ["ts"], 40).rows == 40
    assert len(footer_reads) == 4  # the three files discovery did not open


def test_a_file_rewritten_after_discovery_is_read_with_its_own_footer(tmp_path: Path,
                                                                        footer_reads: list[str]) -> None:
    path = write(tmp_path / "t" / "part-0.parquet", pa.table({"code": ["old-1", "old-2"]}))
    connector = ParquetConnector(str(tmp_path))
    table = only_table(connector)
    write(path, pa.table({"code": ["new-1", "new-2", "new-3"], "extra": [1, 2, 3]}), row_group_size=1)
    reads = len(footer_reads)
    assert sorted(connector.sample(table, ["code"], 10).table.column("code").to_pylist()) == ["new-1", "new-2",
                                                                                              "new-3"]
    assert len(footer_reads) == reads + 1


def test_same_size_rewrite_is_caught_by_its_mtime(tmp_path: Path, footer_reads: list[str]) -> None:
    path = write(tmp_path / "t" / "part-0.parquet", pa.table({"code": ["aaaa", "bbbb"]}))
    connector = ParquetConnector(str(tmp_path))
    table = only_table(connector)
    size, mtime_ns = path.stat().st_size, path.stat().st_mtime_ns
    write(path, pa.table({"code": ["cccc", "dddd"]}))
    assert path.stat().st_size == size
    os.utime(path, ns=(mtime_ns + 10**9, mtime_ns + 10**9))
    reads = len(footer_reads)
    assert sorted(connector.sample(table, ["code"], 10).table.column("code").to_pylist()) == ["cccc", "dddd"]
    assert len(footer_reads) == reads + 1


def test_cache_is_bounded_by_footer_bytes_least_recently_used_out(tmp_path: Path) -> None:
    footer = pq.read_metadata(write(tmp_path / "a.parquet", tracks(1, rows=5)))
    files = [LakeFile(f"/lake/part-{i}.parquet", 100, 1) for i in range(10)]
    cache = FooterCache(max_bytes=3 * footer.serialized_size)
    for lake_file in files[:3]:
        cache.put(lake_file, footer)
    assert cache.get(files[0]) is footer  # now the most recently used
    for lake_file in files[3:]:
        cache.put(lake_file, footer)
        assert cache.bytes <= cache.max_bytes
    assert len(cache) == 3
    assert cache.get(files[1]) is None and cache.get(files[9]) is footer


def test_cache_keys_on_size_and_mtime_as_listed(tmp_path: Path) -> None:
    footer = pq.read_metadata(write(tmp_path / "a.parquet", tracks(1, rows=5)))
    cache = FooterCache()
    cache.put(LakeFile("/lake/p.parquet", 100, 1), footer)
    assert cache.get(LakeFile("/lake/p.parquet", 100, 1)) is footer
    assert cache.get(LakeFile("/lake/p.parquet", 101, 1)) is None
    assert cache.get(LakeFile("/lake/p.parquet", 100, 2)) is None


def test_a_footer_larger_than_the_cache_is_not_kept(tmp_path: Path) -> None:
    footer = pq.read_metadata(write(tmp_path / "a.parquet", tracks(1, rows=5)))
    cache = FooterCache(max_bytes=footer.serialized_size - 1)
    cache.put(LakeFile("/lake/p.parquet", 100, 1), footer)
    assert len(cache) == 0 and cache.bytes == 0


def test_cache_stays_bounded_over_a_whole_lake(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path / f"ds{i:02d}" / "part-0.parquet", tracks(i, rows=5))
    connector = ParquetConnector(str(tmp_path))
    connector._footers = FooterCache(max_bytes=4 * pq.read_metadata(tmp_path / "ds00" / "part-0.parquet")
                                     .serialized_size)
    tables = [t for t in connector.discover() if isinstance(t, TableRef)]
    assert len(tables) == 30 and len(connector._footers) <= 4
    assert all(connector.sample(t, ["vin"], 5).rows == 5 for t in tables)  # evicted footers are simply read again


def test_footers_sharing_a_parquet_schema_but_not_an_arrow_one_are_told_apart(tmp_path: Path) -> None:
    # string and large_string are the same Parquet column; only the stored Arrow schema tells them apart.
    write(tmp_path / "d" / "part-0.parquet", pa.table({"vin": pa.array(["a"], pa.string())}))
    write(tmp_path / "d" / "part-1.parquet", pa.table({"vin": pa.array(["b"], pa.large_string())}))
    write(tmp_path / "d" / "part-2.parquet", pa.table({"vin": pa.array(["c"], pa.string())}))
    connector = ParquetConnector(str(tmp_path))
    table = only_table(connector)
    assert "vin (string in 2, large_string in 1)" in table.notes[0]
    assert sorted(connector.sample(table, ["vin"], 10).table.column("vin").to_pylist()) == ["a", "b", "c"]
