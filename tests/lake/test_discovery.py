from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from connectors import open_source
from connectors.base import ConnectorError, SourceOptions
from connectors.parquet import ParquetConnector
from scanner.model import ScanError, TableRef
from tests.lake.lakes import nested_frames, tracks, write


def discover(location: str, **options) -> tuple[dict[str, TableRef], list[ScanError]]:
    connector = ParquetConnector(location, SourceOptions(**options))
    try:
        found = list(connector.discover())
    finally:
        connector.close()
    tables = {t.fqn: t for t in found if isinstance(t, TableRef)}
    return tables, [e for e in found if isinstance(e, ScanError)]


def columns(table: TableRef) -> dict[str, str]:
    return {c.name: c.type for c in table.columns}


def test_single_file_is_one_table(tmp_path: Path) -> None:
    path = write(tmp_path / "trips.parquet", tracks(1, rows=123))
    connector = open_source(str(path))
    assert isinstance(connector, ParquetConnector)
    [table] = list(connector.discover())
    assert table.parts == ("trips",) and table.kind == "dataset"
    assert table.row_estimate == 123
    assert columns(table) == {"vin": "string", "lat": "double", "lon": "double", "ts": "int64", "fleet": "string"}


def test_directory_of_datasets(lake: Path) -> None:
    tables, _ = discover(str(lake))
    assert sorted(tables) == ["lake.broken", "lake.gnss_tracks", "lake.perception", "lake.vehicles"]
    assert tables["lake.gnss_tracks"].parts == ("lake", "gnss_tracks")
    assert all(t.source == "root" for t in tables.values())


def test_hive_partitions_are_columns_of_one_table(lake: Path) -> None:
    tables, errors = discover(str(lake))
    gnss = tables["lake.gnss_tracks"]
    assert columns(gnss)["date"] == "string"
    assert [c.name for c in gnss.columns][-1] == "date"
    assert gnss.row_estimate == 400
    # _SUCCESS and .crc are writer sidecars: no error names them.
    assert not [e for e in errors if "gnss_tracks" in e.target]


def test_integer_partition_values_are_typed(tmp_path: Path) -> None:
    for year in (2023, 2024):
        write(tmp_path / "t" / f"year={year}" / "part-0.parquet", tracks(1, rows=5))
    tables, _ = discover(str(tmp_path))
    assert columns(tables["t"])["year"] == "int64"


def test_schema_drift_is_unified_and_reported(lake: Path) -> None:
    vehicles = discover(str(lake))[0]["lake.vehicles"]
    assert columns(vehicles) == {"vin": "string", "speed": "int64", "driver_id": "string"}
    [note] = vehicles.notes
    assert "speed (int32 in 1, int64 in 1)" in note
    assert "driver_id (string in 1, missing in 1)" in note


def test_incompatible_drift_keeps_the_majority_type(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / "d" / f"part-{i}.parquet", pa.table({"code": pa.array([i], pa.int64())}))
    write(tmp_path / "d" / "part-9.parquet", pa.table({"code": ["x"]}))
    table = discover(str(tmp_path))[0]["d"]
    assert columns(table) == {"code": "int64"}
    assert "code (int64 in 3, string in 1)" in table.notes[0]


def test_nested_types_are_flattened_to_paths(lake: Path) -> None:
    perception = discover(str(lake))[0]["lake.perception"]
    assert columns(perception) == {
        "frame_id": "int64", "vin": "string",
        "pose.position.x": "double", "pose.position.y": "double", "pose.position.z": "double",
        "pose.heading": "float",
        "objects[].bbox[]": "float", "objects[].label": "string",
        "tags{key}": "string", "tags{value}": "string",
    }
    nullable = {c.name: c.nullable for c in perception.columns}
    assert nullable["frame_id"] is False and nullable["pose.position.x"] is True


def test_field_and_schema_metadata_are_comments(lake: Path) -> None:
    perception = discover(str(lake))[0]["lake.perception"]
    comments = {c.name: c.comment for c in perception.columns}
    assert comments["vin"] == "车辆识别代号"
    assert comments["pose.position.x"] == "position in the map frame"  # the struct child's own description
    assert comments["pose.heading"] == "vehicle pose"  # inherited from the parent field's doc
    assert comments["frame_id"] is None
    assert perception.comment == "camera perception frames"


def test_spark_column_comments_are_read(tmp_path: Path) -> None:
    spark_schema = ('{"type":"struct","fields":[{"name":"plate","type":"string","nullable":true,'
                    '"metadata":{"comment":"车牌号码"}}]}')
    table = pa.table({"plate": ["沪A12345"]}).replace_schema_metadata(
        {"org.apache.spark.sql.parquet.row.metadata": spark_schema})
    write(tmp_path / "spark" / "part-00000.snappy.parquet", table)
    [column] = discover(str(tmp_path))[0]["spark"].columns
    assert column.comment == "车牌号码"


def test_broken_and_foreign_files_are_reported_and_the_rest_scanned(lake: Path) -> None:
    tables, errors = discover(str(lake))
    by_target = {Path(e.target).name: e for e in errors}
    truncated = by_target["truncated.parquet"]
    assert truncated.stage == "discover" and truncated.target == str(lake / "lake" / "broken" / "truncated.parquet")
    assert "unreadable Parquet file" in truncated.reason
    assert "readme.txt" in by_target["broken"].reason
    assert "owners.csv" in by_target["exports"].reason
    broken = tables["lake.broken"]
    assert broken.row_estimate == 50 and any("1 unreadable" in n for n in broken.notes)
    assert [Path(f.path).name for f in broken.locator.files] == ["good.parquet"]


def test_bad_magic_is_reported(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "not_really.parquet").write_text("vin,owner\n")
    tables, [error, dataset_error] = discover(str(tmp_path))
    assert error.target.endswith("not_really.parquet") and "magic" in error.reason.lower()
    assert dataset_error.target == str(tmp_path / "d") and "no readable Parquet file" in dataset_error.reason
    assert not tables


def test_include_and_exclude_filter_on_parts(lake: Path) -> None:
    tables, errors = discover(str(lake), include=("lake.gnss*", "perception"))
    assert sorted(tables) == ["lake.gnss_tracks", "lake.perception"]
    assert not errors  # the excluded datasets' broken and stray files are out of scope too
    tables, _ = discover(str(lake), exclude=("re:^lake\\.(broken|vehicles)$",))
    assert sorted(tables) == ["lake.gnss_tracks", "lake.perception"]


def test_many_files_read_a_bounded_number_of_footers(tmp_path: Path, counting_fs) -> None:
    filesystem, counter = counting_fs
    for i in range(40):
        write(tmp_path / "big" / f"part-{i:03d}.parquet", tracks(i, rows=100))
    connector = ParquetConnector(str(tmp_path), SourceOptions(extra={"max_footers": 8}), filesystem=filesystem)
    [table] = list(connector.discover())
    assert len(counter.opened) == 8
    opened = sorted(Path(p).name for p in counter.opened)
    assert opened[0] == "part-000.parquet" and opened[-1] == "part-039.parquet"  # spread over the whole list
    assert table.row_estimate == 4000  # equal-sized files: the extrapolation is exact
    assert any("footers of 8 of 40 files" in n for n in table.notes)


def test_fingerprint_is_stable_and_follows_the_files(lake: Path) -> None:
    first = discover(str(lake))[0]["lake.vehicles"].fingerprint
    assert discover(str(lake))[0]["lake.vehicles"].fingerprint == first
    write(lake / "lake" / "vehicles" / "part-2.parquet", pa.table({"vin": ["X"], "speed": pa.array([1], pa.int64())}))
    assert discover(str(lake))[0]["lake.vehicles"].fingerprint != first


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConnectorError, match="no such file, directory or prefix"):
        list(ParquetConnector(str(tmp_path / "nowhere")).discover())


def test_nested_sample_round_trip_names(tmp_path: Path) -> None:
    write(tmp_path / "frames.parquet", nested_frames())
    connector = ParquetConnector(str(tmp_path / "frames.parquet"))
    [table] = list(connector.discover())
    names = [c.name for c in table.columns]
    sample = connector.sample(table, names, 10)
    assert sample.table.column_names == names and sample.rows == 10 and sample.method == "row_groups"
    row = sample.table.slice(0, 1).to_pylist()[0]
    assert row["objects[].label"] == ["pedestrian", "car"]
    assert row["objects[].bbox[]"] == [[0.0, 1.0, 2.0, 3.0], []]
    assert row["tags{key}"] == ["weather", "city"] and row["tags{value}"] == ["rain", "shanghai"]
    assert row["pose.position.y"] == 2 * row["pose.position.x"]


def test_footers_are_read_ahead_of_the_caller_by_a_few_datasets_only(tmp_path: Path, counting_fs) -> None:
    filesystem, counter = counting_fs
    for i in range(20):
        write(tmp_path / f"ds{i:02d}" / "part-0.parquet", tracks(i, rows=5))
    connector = ParquetConnector(str(tmp_path), filesystem=filesystem)
    found = connector.discover()
    first = next(found)
    found.close()
    connector.close()
    assert isinstance(first, TableRef) and first.fqn == "ds00"
    assert len(counter.opened) <= 5  # the dataset asked for and the next four
