from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from connectors.parquet import ParquetConnector
from scanner.model import TableRef
from tests.lake.lakes import VINS, write


def tables(location: Path) -> tuple[ParquetConnector, dict[str, TableRef]]:
    connector = ParquetConnector(str(location))
    return connector, {t.fqn: t for t in connector.discover() if isinstance(t, TableRef)}


def test_partition_keys_are_counted_from_paths(lake: Path) -> None:
    connector, found = tables(lake)
    estimate = connector.estimate_distinct(found["lake.gnss_tracks"], ["date"], 1.0)
    assert (estimate.value, estimate.method, estimate.exact) == (2, "partition_values", True)


def test_statistics_settle_a_constant_column(lake: Path) -> None:
    connector, found = tables(lake)
    estimate = connector.estimate_distinct(found["lake.gnss_tracks"], ["fleet"], 1.0)
    assert (estimate.value, estimate.method) == (1, "parquet_stats")


def test_statistics_settle_an_all_null_column(tmp_path: Path) -> None:
    write(tmp_path / "t" / "a.parquet", pa.table({"x": pa.nulls(10, pa.string())}))
    connector, found = tables(tmp_path)
    assert connector.estimate_distinct(found["t"], ["x"], 1.0).value == 0


def test_hll_over_row_groups(lake: Path) -> None:
    connector, found = tables(lake)
    estimate = connector.estimate_distinct(found["lake.gnss_tracks"], ["vin"], 5.0)
    assert estimate.method == "hll_row_groups" and not estimate.exact
    assert estimate.value == len(VINS)  # small counts are exact in HLL's linear-counting range


def test_hll_over_combinations_and_nested_paths(lake: Path) -> None:
    connector, found = tables(lake)
    pairs = connector.estimate_distinct(found["lake.gnss_tracks"], ["vin", "date"], 5.0)
    assert pairs.value == 2 * len(VINS)
    nested = connector.estimate_distinct(found["lake.perception"], ["pose.position.x"], 5.0)
    assert nested.value == 30


def test_partial_read_of_a_key_column_is_extrapolated(tmp_path: Path) -> None:
    pq.write_table(pa.table({"id": pa.array(range(400_000), pa.int64())}), tmp_path / "ids.parquet",
                   row_group_size=10_000)
    connector, found = tables(tmp_path / "ids.parquet")
    estimate = connector.estimate_distinct(found["ids"], ["id"], 30.0)
    assert estimate.method == "hll_row_groups"
    assert 360_000 < estimate.value < 440_000


def test_low_cardinality_is_not_extrapolated(tmp_path: Path) -> None:
    pq.write_table(pa.table({"code": pa.array([i % 7 for i in range(400_000)], pa.int64())}),
                   tmp_path / "codes.parquet", row_group_size=10_000)
    connector, found = tables(tmp_path / "codes.parquet")
    assert connector.estimate_distinct(found["codes"], ["code"], 30.0).value == 7


def test_no_budget_means_no_value(lake: Path) -> None:
    connector, found = tables(lake)
    estimate = connector.estimate_distinct(found["lake.gnss_tracks"], ["vin"], 0.0)
    assert estimate.value is None and estimate.method == "hll_row_groups"
