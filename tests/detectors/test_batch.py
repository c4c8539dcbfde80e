"""Batched detectors give, column by column, exactly what `Detector.run` gives on each column alone."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from scanner.detectors import DETECTORS
from scanner.detectors.batch import run_batched, segment_counts
from tests.detectors.test_peers import OPENDLP, read_csv
from tests.detectors.test_robustness import ODD_ARRAYS


def peer_columns() -> list[pa.Array]:
    columns = []
    for path in sorted((OPENDLP / "regex").glob("*.csv")):
        rows = read_csv(path)
        columns += [pa.array([r[key] for r in rows]) for key in rows[0]]
    rows = read_csv(OPENDLP / "dataset-test.csv")
    columns += [pa.array([r[key] for r in rows]) for key in rows[0]]
    return columns


def mixed_columns(peers: list[pa.Array]) -> list[pa.Array]:
    """Short columns cut from the peers' (so one batch mixes kinds), and the same values as other Arrow types."""
    cuts = [column.slice(start, 40) for column in peers for start in (0, 97)]
    return [*cuts, pa.concat_arrays([c.slice(0, 5) for c in peers]).cast(pa.large_string()),
            pa.concat_arrays([c.slice(5, 5) for c in peers]).cast(pa.string_view()),
            pa.array([s.encode() for s in pa.concat_arrays([c.slice(10, 3) for c in peers]).to_pylist()]),
            pa.array(["13912638017", None, "110105194903070015", None]),
            pa.array([39.904211, 116.407395, 1.5, None, 3e9]),
            pa.array([1_700_000_000, 31_123_456, 116_407_395, 1, 2, 3]),
            pa.array([1, 2, 3, 5, 8], pa.int32()),
            pa.array([["13912638017", "P0420"], None, ["粤B6K2Q1"]])]


@pytest.fixture(scope="module")
def columns() -> list:
    peers = peer_columns()
    return [*ODD_ARRAYS.values(), *peers, *mixed_columns(peers)]


def expected(columns: list, wanted: dict[str, list[int]]) -> dict:
    return {(position, name): DETECTORS[name].run(columns[position])
            for name, positions in wanted.items() for position in positions}


def test_every_detector_on_every_column(columns: list) -> None:
    wanted = {name: list(range(len(columns))) for name in DETECTORS}
    assert run_batched(wanted, columns) == expected(columns, wanted)


def test_detectors_wanting_different_columns(columns: list) -> None:
    # Each detector wants its own share of the columns, from a handful (run on a concatenation of their own) to
    # nearly all (run on the shared one), in an order that is not the columns' order.
    wanted = {name: [p for p in reversed(range(len(columns))) if (p * 7 + i) % (2 + i % 11) == 0]
              for i, name in enumerate(sorted(DETECTORS))}
    assert run_batched(wanted, columns) == expected(columns, wanted)


def test_unsampled_and_repeated_columns() -> None:
    columns = [None, pa.array(["P0420", "U0100"]), pa.array([], pa.string()), pa.array(["P0420", "x"])]
    wanted = {"dtc": [1, 2, 3, 1]}
    got = run_batched(wanted, columns)
    assert {key: (r.checked, r.passed) for key, r in got.items()} == {(1, "dtc"): (2, 2), (2, "dtc"): (0, 0),
                                                                       (3, "dtc"): (2, 1)}


@pytest.mark.parametrize("lengths", [[3, 0, 2], [0, 0], [0, 4, 0], [5]])
def test_segment_counts_with_empty_segments(lengths: list[int]) -> None:
    mask = np.array([True, False, True, True, False][:sum(lengths)], dtype=bool)
    starts = np.cumsum([0, *lengths[:-1]])
    counts = segment_counts(mask, np.array(lengths))
    assert list(counts) == [int(mask[s:s + n].sum()) for s, n in zip(starts, lengths)]


@pytest.mark.parametrize("name", sorted(DETECTORS))
def test_mask_is_aligned_to_values(name: str) -> None:
    found = DETECTORS[name]
    values = pa.array(["P0420", "", "13912638017", "粤B6K2Q1", "x" * 300])
    if found.reads(values):
        mask = found.mask(values)
        assert isinstance(mask, np.ndarray) and mask.dtype == np.bool_ and mask.shape == (len(values),)
