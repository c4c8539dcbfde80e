"""The demo estate: it builds fast and reproducibly, and EXPECTED labels exactly the columns it holds."""
from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from stdnum.cn import ric
from vininfo import Vin

from scanner.demo import DemoEstate, build_demo_estate
from scanner.demo.expected import EXPECTED, LAKE, WAREHOUSE
from scanner.demo.lake import DATASETS

CODE = re.compile(r"^(C\d{2}\.\d|P0[1-4]|G01|X01)$")
TAXONOMY = Path(__file__).resolve().parents[2] / "mappings" / "taxonomy.yaml"


@pytest.fixture(scope="module")
def estate(tmp_path_factory) -> DemoEstate:
    return build_demo_estate(tmp_path_factory.mktemp("estate"))


def _sqlite_columns(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {(t, r[1]) for t in tables for r in db.execute("SELECT * FROM pragma_table_info(?)", (t,))}


def _leaf_names(name: str, dtype: pa.DataType) -> list[str]:
    # The Parquet connector's naming: struct children dotted, list elements suffixed `[]`.
    if pa.types.is_struct(dtype):
        return [leaf for child in dtype for leaf in _leaf_names(f"{name}.{child.name}", child.type)]
    if pa.types.is_list(dtype):
        return _leaf_names(name + "[]", dtype.value_type)
    return [name]


def _lake_columns(root: Path) -> set[tuple[str, str]]:
    columns = set()
    for directory in sorted(p for p in root.iterdir() if p.is_dir()):
        schema = ds.dataset(directory, format="parquet", partitioning="hive").schema
        columns |= {(directory.name, leaf) for field in schema for leaf in _leaf_names(field.name, field.type)}
    return columns


def _digest(path: Path) -> dict[str, str]:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {str(p.relative_to(path.parent)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_estate_layout(estate):
    assert estate.warehouse.name == "warehouse.sqlite" and estate.warehouse.read_bytes()[:16] == b"SQLite format 3\x00"
    assert sorted(p.name for p in estate.lake.iterdir()) == sorted(DATASETS)
    partitions = sorted(p.name for p in (estate.lake / "gnss_tracks").iterdir())
    assert partitions == ["dt=2025-03-10", "dt=2025-03-11", "dt=2025-03-12"]
    assert all(len(list((estate.lake / "gnss_tracks" / p).glob("*.parquet"))) == 2 for p in partitions)


def test_every_warehouse_column_is_labelled_and_every_label_exists(estate):
    columns = _sqlite_columns(estate.warehouse)
    assert sorted(columns - set(WAREHOUSE)) == []
    assert sorted(set(WAREHOUSE) - columns) == []


def test_every_lake_column_is_labelled_and_every_label_exists(estate):
    columns = _lake_columns(estate.lake)
    assert sorted(columns - set(LAKE)) == []
    assert sorted(set(LAKE) - columns) == []


def test_the_connectors_see_the_same_columns_as_expected(estate):
    from connectors import open_source
    from scanner.model import TableRef

    seen = set()
    for location in (estate.warehouse, estate.lake):
        connector = open_source(str(location))
        try:
            for table in connector.discover():
                assert isinstance(table, TableRef), table
                seen |= {(table.name, column.name) for column in table.columns}
        finally:
            connector.close()
    assert seen == set(EXPECTED)


def test_expected_codes_are_known_and_ordered():
    assert not set(WAREHOUSE) & set(LAKE)
    known = set(re.findall(r"^\s*- code: ([A-Z]\d{2}(?:\.\d)?)\s*$", TAXONOMY.read_text("utf-8"), re.M))
    assert len(known) == 57  # 51 subcategories + P01–P04, G01, X01
    for key, codes in EXPECTED.items():
        assert all(CODE.match(c) for c in codes), key
        assert len(set(codes)) == len(codes), key
        assert set(codes) <= known, (key, set(codes) - known)
        # Conventions §1.4: C-codes before P-codes; P03 before P02 for staff.
        kinds = ["C" if c.startswith("C") else "P" for c in codes if c[0] in "CP"]
        assert kinds == sorted(kinds), key
    assert sum(1 for c in EXPECTED.values() if not c) > 40  # plenty of columns that must stay untagged


def test_warehouse_has_the_messy_parts_real_estates_have(estate):
    with sqlite3.connect(estate.warehouse) as db:
        assert db.execute("SELECT COUNT(*), COUNT(bak1) FROM owners").fetchone() == (500, 0)
        vins = [r[0] for r in db.execute("SELECT col_7 FROM mes_work_order")]
        assert all(Vin(x).verify_checksum() for x in vins)
        remarks = [r[0] for r in db.execute("SELECT remarks FROM dtc_record")]
        assert None in remarks and any(r and len(r) > 10 for r in remarks)
        assert db.execute('SELECT COUNT(*) FROM "车辆轨迹"').fetchone()[0] == 500
        assert db.execute('SELECT COUNT(*) FROM "vehicle model"').fetchone()[0] > 0


def test_warehouse_rows_are_consistent(estate):
    with sqlite3.connect(estate.warehouse) as db:
        for sfzh, xb, csrq in db.execute("SELECT sfzh, xb, csrq FROM owners"):
            assert ric.is_valid(sfzh)
            assert str(ric.get_birth_date(sfzh)) == csrq
            assert (int(sfzh[16]) % 2 == 1) == (xb == "男")
        owners = {r[0] for r in db.execute("SELECT id FROM owners")}
        assert {r[0] for r in db.execute("SELECT owner_id FROM vehicles")} <= owners
        fleet = {r[0] for r in db.execute("SELECT clsbdh FROM vehicles")}
        for table in ("车辆轨迹", "gbt32960_realtime", "charging_session", "dtc_record", "tbox_terminal"):
            assert {r[0] for r in db.execute(f'SELECT vin FROM "{table}"')} <= fleet, table
        piles = {r[0] for r in db.execute("SELECT pile_id FROM charging_pile")}
        assert {r[0] for r in db.execute("SELECT pile_id FROM charging_session")} <= piles
        for start, end in db.execute("SELECT start_time, end_time FROM charging_session"):
            assert datetime.fromisoformat(start) < datetime.fromisoformat(end)
        last: dict[str, str] = {}
        for vin, fix, lat, lon in db.execute('SELECT vin, gps_time, latitude, longitude FROM "车辆轨迹"'):
            assert vin not in last or last[vin] < fix
            last[vin] = fix
            assert 18 < lat < 54 and 73 < lon < 135


def test_lake_files_carry_comments_nesting_and_media(estate):
    lat = pq.read_schema(next((estate.lake / "gnss_tracks").rglob("*.parquet"))).field("lat")
    assert lat.metadata[b"comment"].decode() == "纬度（WGS-84）"
    lidar = pq.read_table(estate.lake / "lidar_frames")
    assert lidar.schema.field("pose").type.field("position").type.field("x").type == pa.float64()
    assert all(b.startswith(b"# .PCD v0.7") for b in lidar.column("pcd").to_pylist())
    exterior = pq.read_table(estate.lake / "exterior_camera")
    assert all(b[:3] == b"\xff\xd8\xff" for b in exterior.column("image").to_pylist())
    assert all(len(repr(x).split(".")[1]) <= 7 for x in exterior.column("ego_lat").to_pylist())
    cabin = pq.read_table(estate.lake / "cabin_camera")
    assert set(cabin.column("camera").to_pylist()) == {"driver_monitor"}
    assert all(b[:4] == b"\x89PNG" for b in cabin.column("image").to_pylist())


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    first = build_demo_estate(tmp_path / "a", seed=11)
    second = build_demo_estate(tmp_path / "b", seed=11)
    other = build_demo_estate(tmp_path / "c", seed=12)
    assert _digest(first.warehouse) == _digest(second.warehouse)
    assert _digest(first.lake) == _digest(second.lake)
    assert _digest(first.warehouse) != _digest(other.warehouse)
    assert _digest(first.lake) != _digest(other.lake)


def test_rebuilding_in_place_replaces_the_demo(tmp_path):
    first = build_demo_estate(tmp_path, seed=3)
    before = {**_digest(first.warehouse), **_digest(first.lake)}
    stray = tmp_path / "lake" / "notes.txt"
    stray.write_text("kept")
    (tmp_path / "lake" / "gnss_tracks" / "dt=2025-03-10" / "part-9.parquet").write_bytes(b"left over")
    again = build_demo_estate(tmp_path, seed=3)
    after = {**_digest(again.warehouse), **_digest(again.lake)}
    assert stray.read_text() == "kept"  # files the demo did not write are left alone
    del after["lake/notes.txt"]
    assert after == before  # and its own datasets are rebuilt from scratch


def test_build_time(tmp_path):
    build_demo_estate(tmp_path / "warm")  # first compute calls load pyarrow kernels (and pandas, when installed)
    started = time.perf_counter()
    build_demo_estate(tmp_path / "timed")
    elapsed = time.perf_counter() - started
    print(f"\ndemo estate built in {elapsed:.2f} s")
    assert elapsed < 2.0
