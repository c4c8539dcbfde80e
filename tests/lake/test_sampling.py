from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors.base import ConnectorError, SourceOptions
from connectors.parquet import ParquetConnector
from scanner.model import TableRef
from tests.lake.lakes import write

ROWS_PER_GROUP = 10_000


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1M rows in 100 row groups: a unique id and a 200-byte payload per row."""
    path = tmp_path_factory.mktemp("big") / "million.parquet"
    ids = pa.array(range(1_000_000), pa.int64())
    payload = pa.array([f"{i:0200d}" for i in range(1_000_000)])
    pq.write_table(pa.table({"id": ids, "payload": payload}), path, row_group_size=ROWS_PER_GROUP,
                   compression="none")
    return path


def only_table(connector: ParquetConnector) -> TableRef:
    [table] = [t for t in connector.discover() if isinstance(t, TableRef)]
    return table


def test_sample_reads_a_few_row_groups_not_the_file(million: Path, counting_fs) -> None:
    filesystem, counter = counting_fs
    connector = ParquetConnector(str(million), filesystem=filesystem)
    table = only_table(connector)
    assert table.row_estimate == 1_000_000
    counter.bytes_read = 0
    sample = connector.sample(table, ["id", "payload"], 100)
    assert sample.rows == 100 and sample.method == "row_groups"
    groups = {i // ROWS_PER_GROUP for i in sample.table.column("id").to_pylist()}
    assert len(groups) == 1  # 100 rows fit in the first random row group
    assert counter.bytes_read < million.stat().st_size / 20


def test_samples_draw_from_different_row_groups_across_calls(million: Path) -> None:
    connector = ParquetConnector(str(million))
    table = only_table(connector)
    groups = set()
    for _ in range(8):
        ids = connector.sample(table, ["id"], 50).table.column("id").to_pylist()
        assert len(set(ids)) == 50
        groups |= {i // ROWS_PER_GROUP for i in ids}
    assert len(groups) > 1


def test_rows_are_random_inside_a_row_group(million: Path) -> None:
    connector = ParquetConnector(str(million))
    ids = connector.sample(only_table(connector), ["id"], 100).table.column("id").to_pylist()
    offsets = [i % ROWS_PER_GROUP for i in ids]
    # A first-rows reader would return offsets 0..99; random rows spread over the whole group.
    assert max(offsets) > 1_000


def test_column_projection_reads_only_requested_columns(million: Path, counting_fs) -> None:
    filesystem, counter = counting_fs
    connector = ParquetConnector(str(million), filesystem=filesystem)
    table = only_table(connector)
    payload_chunk = pq.ParquetFile(million).metadata.row_group(0).column(1).total_compressed_size
    counter.bytes_read = 0
    sample = connector.sample(table, ["id"], 100)
    assert sample.table.column_names == ["id"]
    assert counter.bytes_read < payload_chunk  # the payload column of the row group read was never fetched


def test_long_values_are_cut(tmp_path: Path) -> None:
    write(tmp_path / "blobs.parquet", pa.table({
        "note": ["车" * 5_000, "short", None],
        "image": pa.array([b"\xff\xd8\xff" + b"\x00" * 10_000, b"\x89PNG", None], pa.binary()),
        "points": pa.array([[1.0] * 10_000, [], None], pa.list_(pa.float32())),
    }))
    connector = ParquetConnector(str(tmp_path / "blobs.parquet"), SourceOptions(max_cell_bytes=100))
    rows = connector.sample(only_table(connector), ["note", "image", "points[]"], 10).table.to_pylist()
    by_note = {(r["note"] or "")[:1]: r for r in rows}
    assert by_note["车"]["note"] == "车" * 33  # 99 bytes: a character is never split
    assert by_note["车"]["image"] == b"\xff\xd8\xff" + b"\x00" * 97
    assert len(by_note["车"]["points[]"]) == 12  # lists keep ~8 bytes per element within the cell budget
    assert by_note["s"]["note"] == "short" and by_note["s"]["image"] == b"\x89PNG"


def test_hive_partition_and_drifted_columns_in_samples(lake: Path) -> None:
    connector = ParquetConnector(str(lake))
    tables = {t.fqn: t for t in connector.discover() if isinstance(t, TableRef)}
    gnss = connector.sample(tables["lake.gnss_tracks"], ["vin", "date"], 400).table
    assert gnss.num_rows == 400
    assert sorted(set(gnss.column("date").to_pylist())) == ["2024-01-01", "2024-01-02"]
    vehicles = connector.sample(tables["lake.vehicles"], ["vin", "speed", "driver_id"], 100).table
    assert vehicles.schema.field("speed").type == pa.int64()
    by_vin = {r["vin"]: r for r in vehicles.to_pylist()}
    assert by_vin["LSVAU2180N2000001"]["driver_id"] is None  # from the file written before the column existed
    assert by_vin["LSVAU2180N2000011"]["driver_id"] == "d"
    date_only = connector.sample(tables["lake.gnss_tracks"], ["date"], 10).table
    assert date_only.num_rows == 10 and date_only.column_names == ["date"]


def test_every_discovered_column_can_be_sampled_by_name(lake: Path) -> None:
    connector = ParquetConnector(str(lake))
    for table in (t for t in connector.discover() if isinstance(t, TableRef)):
        names = [c.name for c in table.columns]
        sample = connector.sample(table, names, 25)
        assert sample.table.column_names == names
        assert 0 < sample.rows <= 25


def test_sampling_spreads_over_files_and_caps_rows(tmp_path: Path) -> None:
    for i in range(10):
        write(tmp_path / "t" / f"part-{i}.parquet", pa.table({"file": [i] * 100}))
    connector = ParquetConnector(str(tmp_path))
    table = only_table(connector)
    sample = connector.sample(table, ["file"], 40).table
    assert sample.num_rows == 40
    assert len(set(sample.column("file").to_pylist())) == 4


def test_sample_is_thread_safe(million: Path) -> None:
    connector = ParquetConnector(str(million))
    table = only_table(connector)
    with ThreadPoolExecutor(8) as pool:
        samples = list(pool.map(lambda _: connector.sample(table, ["id", "payload"], 30), range(16)))
    for sample in samples:
        rows = sample.table.to_pylist()
        assert len(rows) == 30 and all(r["payload"] == f"{r['id']:0200d}" for r in rows)


def test_unknown_column_is_a_clear_error(lake: Path) -> None:
    connector = ParquetConnector(str(lake), SourceOptions(include=("vehicles",)))
    with pytest.raises(ConnectorError, match="no column.*'mileage'"):
        connector.sample(only_table(connector), ["vin", "mileage"], 5)
