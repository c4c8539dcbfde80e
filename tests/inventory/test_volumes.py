"""Person-identifier choice (pure) and estimate_volumes through the real SQL connector on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from connectors import open_source
from connectors.base import DistinctEstimate
from scanner.inventory.volume import estimate_volumes, person_keys
from scanner.model import ColumnRef, ColumnVerdict, TableRef, TableVerdict


def _col(name: str, codes: tuple[str, ...] = (), checks: tuple[tuple[str, float, int], ...] = (),
         confidence: float = 0.9) -> ColumnVerdict:
    return ColumnVerdict(name, "TEXT", codes, confidence if codes else 0.0, "personal" if codes else "none",
                         "none", (), value_checks=checks)


def _verdict(*columns: ColumnVerdict, name: str = "t") -> TableVerdict:
    ref = TableRef("s", ("db", "public", name), tuple(ColumnRef(c.name, c.type) for c in columns))
    return TableVerdict(ref, columns)


@pytest.mark.parametrize("columns, expected", [
    # An ID number identifies one person better than a phone, which beats a VIN (one owner, several cars).
    ((_col("vin", ("P01",)), _col("mobile", ("P01",)), _col("sfzh", ("P02",))), ["sfzh", "mobile", "vin"]),
    # A trajectory is keyed by its VIN; the coordinates themselves are not person identifiers.
    ((_col("lat", ("C16.1", "P02")), _col("lon", ("C16.1", "P02")), _col("vin", ("P01",))), ["vin"]),
    # An untagged user_id foreign key still keys a trajectory to its person (conventions §1.7 leave it empty).
    ((_col("userId"), _col("gps_lat", ("C16.1", "P02"))), ["userId"]),
    # Detector evidence counts even when the name says nothing.
    ((_col("c1", ("P01",), (("cn_mobile", 0.97, 100),)), _col("c2", ("P01",))), ["c1"]),
    # Chinese and pinyin names.
    ((_col("车主手机", ("P01",)), _col("cphm", ("P01",))), ["车主手机", "cphm"]),
    # No volume-counted PI: nothing to count.
    ((_col("vin", ("P03",)), _col("phone", ("P04",))), []),
    # "hotel" must not match "tel": keywords match whole name tokens.
    ((_col("hotel_name", ("P01",)),), []),
])
def test_person_keys(columns, expected):
    assert [k.column for k in person_keys(_verdict(*columns))] == expected


class _Broken:
    def estimate_distinct(self, table, columns, budget_s):
        raise TimeoutError("statement timeout after 0.1 s")


def test_no_pi_means_no_volume_entry_and_failures_leave_it_open():
    assert estimate_volumes(_Broken(), None, _verdict(_col("x", ("C23.2",))), 1.0) is None
    entry = estimate_volumes(_Broken(), None, _verdict(_col("phone", ("P01",))), 0.1)
    assert entry["persons"] is None and entry["band"] == "unknown" and "timeout" in entry["method"]
    entry = estimate_volumes(_Broken(), None, _verdict(_col("nickname_x", ("P01",))), 0.1)
    assert entry == {"persons": None, "column": None, "method": "no person-identifier column", "exact": False,
                     "band": "unknown"}


class _Fixed:
    def __init__(self, value):
        self.value = value

    def estimate_distinct(self, table, columns, budget_s):
        return DistinctEstimate(self.value, "test")


@pytest.mark.parametrize("codes, persons, band", [
    (("P01",), 99_999, "<100k"), (("P01",), 100_000, "100k-1M"), (("P01",), 1_000_000, ">=1M"),
    (("P01", "P02"), 9_999, "<10k"), (("P02",), 10_000, ">=10k"),
])
def test_band_uses_sensitive_thresholds_when_the_table_has_sensitive_pi(codes, persons, band):
    verdict = _verdict(_col("phone", ("P01",)), _col("face", tuple(c for c in codes if c != "P01")))
    assert estimate_volumes(_Fixed(persons), None, verdict, 1.0)["band"] == band


# 1,500 rows, 300 distinct VINs: each vehicle reports five positions.
ROWS = [(f"LSVAU2180N{i % 300:07d}", 31.0 + i / 10_000, 121.0) for i in range(1500)]


def _track_verdict(ref: TableRef) -> TableVerdict:
    return TableVerdict(ref, (ColumnVerdict("vin", "TEXT", ("P01",), 0.95, "personal", "none", ()),
                              ColumnVerdict("lat", "REAL", ("C16.1", "P02"), 0.93, "important", "none", ()),
                              ColumnVerdict("lon", "REAL", ("C16.1", "P02"), 0.93, "important", "none", ())))


def _discovered(connector, name: str) -> TableRef:
    found = [t for t in connector.discover() if isinstance(t, TableRef) and t.name == name]
    assert found, f"{name} not discovered"
    return found[0]


def test_estimate_volumes_on_a_real_sqlite_file(tmp_path):
    path = tmp_path / "fleet.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE vehicle_track (vin TEXT, lat REAL, lon REAL)")
        db.executemany("INSERT INTO vehicle_track VALUES (?, ?, ?)", ROWS)
    connector = open_source(str(path))
    try:
        ref = _discovered(connector, "vehicle_track")
        entry = estimate_volumes(connector, ref, _track_verdict(ref), budget_s=10.0)
    finally:
        connector.close()
    assert entry["column"] == "vin" and entry["band"] == "<10k"
    assert entry["persons"] == 300, entry
    assert set(entry) == {"persons", "column", "method", "exact", "band"}


def test_estimate_volumes_on_real_postgresql(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text('CREATE TABLE public.vehicle_track_vol (vin TEXT, lat DOUBLE PRECISION, '
                          'lon DOUBLE PRECISION)'))
        conn.execute(text("INSERT INTO public.vehicle_track_vol VALUES (:v, :a, :o)"),
                     [{"v": v, "a": a, "o": o} for v, a, o in ROWS])
        conn.execute(text("ANALYZE public.vehicle_track_vol"))
    engine.dispose()
    connector = open_source(pg_url)
    try:
        ref = _discovered(connector, "vehicle_track_vol")
        entry = estimate_volumes(connector, ref, _track_verdict(ref), budget_s=10.0)
    finally:
        connector.close()
    assert entry["column"] == "vin" and entry["exact"] is False
    # pg_stats' n_distinct is an estimate; on 1,500 rows ANALYZE reads them all, so it lands close to 300.
    assert entry["persons"] is not None and 270 <= entry["persons"] <= 330, entry
    assert entry["band"] == "<10k"
