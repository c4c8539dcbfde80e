"""Batched detectors give, column by column, exactly what `Detector.run` gives on each column alone."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from scanner.detectors import DETECTORS
from scanner.detectors.batch import SCREEN_VALUES, _screen_picks, run_batched, segment_counts
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


def expected(columns: list, wanted: list[set[str]]) -> dict:
    return {(position, name): DETECTORS[name].run(columns[position])
            for position, names in enumerate(wanted) for name in names}


def answers(columns: list, wanted: list[set[str]]) -> dict:
    results = run_batched(columns, wanted)
    return {(position, name): results.result(position, name)
            for position, names in enumerate(wanted) for name in names}


def passing(columns: list, wanted: list[set[str]]) -> dict:
    results = run_batched(columns, wanted)
    return {position: sorted(results.passing(position), key=lambda r: r.detector) for position in range(len(columns))}


def expected_passing(columns: list, wanted: list[set[str]]) -> dict:
    found = expected(columns, wanted)
    return {position: sorted((r for (p, _), r in found.items() if p == position and r.passed),
                             key=lambda r: r.detector) for position in range(len(columns))}


def test_every_detector_on_every_column(columns: list) -> None:
    wanted = [set(DETECTORS)] * len(columns)
    assert answers(columns, wanted) == expected(columns, wanted)
    assert passing(columns, wanted) == expected_passing(columns, wanted)


def test_detectors_wanting_different_columns(columns: list) -> None:
    # Each detector wants its own share of the columns, from a handful (run on a concatenation of their own) to
    # nearly all (run on the shared one).
    wanted = [{name for i, name in enumerate(sorted(DETECTORS)) if (p * 7 + i) % (2 + i % 11) == 0}
              for p in range(len(columns))]
    assert answers(columns, wanted) == expected(columns, wanted)
    assert passing(columns, wanted) == expected_passing(columns, wanted)


def test_answers_for_columns_a_shared_run_read_without_asking(columns: list) -> None:
    # Half the columns ask for every detector, the other half for none: what a detector found in a column it read
    # unasked is still what it finds in that column alone, and never counts as passing.
    wanted = [set(DETECTORS) if p % 2 else set() for p in range(len(columns))]
    results = run_batched(columns, wanted)
    for position in range(0, len(columns), 2):
        assert not results.passing(position)
        for name in DETECTORS:
            found = results.result(position, name)
            assert found is None or found == DETECTORS[name].run(columns[position])


def test_unsampled_and_empty_columns() -> None:
    columns = [None, pa.array(["P0420", "U0100"]), pa.array([], pa.string()), pa.array(["P0420", "x"])]
    wanted = [{"dtc"}, {"dtc"}, {"dtc"}, {"dtc"}]
    results = run_batched(columns, wanted)
    assert results.result(0, "dtc") is None
    assert {p: (r.checked, r.passed) for p in (1, 2, 3) for r in [results.result(p, "dtc")]} == {
        1: (2, 2), 2: (0, 0), 3: (2, 1)}
    assert [r.passed for r in results.passing(3)] == [1] and not results.passing(2)


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


def test_screened_detectors_answer_exactly_or_with_the_values_they_read(columns: list) -> None:
    # Every detector screened on every column: a column the screen passes over answers "0 of the 20 values read";
    # every other answer is exact, and every column a value-only rule could fire on (half its values pass) passes.
    wanted = [set(DETECTORS)] * len(columns)
    results = run_batched(columns, wanted, wanted)
    exact = expected(columns, wanted)
    for (position, name), truth in exact.items():
        found = results.result(position, name)
        assert found is None or found == truth or (found.checked, found.passed) == (SCREEN_VALUES, 0), (position, name)
    truths = expected_passing(columns, wanted)
    for position in range(len(columns)):
        screened = {r.detector: r for r in results.passing(position)}
        for truth in truths[position]:
            if truth.ratio >= 0.5 and truth.checked >= 5:
                assert screened.get(truth.detector) == truth, (position, truth.detector)


def test_a_screen_reads_values_spread_over_the_column() -> None:
    # A sample sorted by kind: 60 VINs after 40 other codes. Reading the first 20 values would miss them all.
    column = pa.array(["P0420"] * 40 + ["1M8GDM9AXKP042788"] * 60)
    results = run_batched([column], [{"vin", "dtc"}], [{"vin", "dtc"}])
    assert (results.result(0, "vin").checked, results.result(0, "vin").passed) == (100, 60)
    assert (results.result(0, "dtc").checked, results.result(0, "dtc").passed) == (100, 40)


def test_a_screen_passes_over_a_column_none_of_whose_spread_values_pass() -> None:
    column = pa.array([f"remark {i}" for i in range(100)])
    results = run_batched([column], [{"vin"}], [{"vin"}])
    assert (results.result(0, "vin").checked, results.result(0, "vin").passed) == (SCREEN_VALUES, 0)
    assert not results.passing(0)
    # Asked for by name (not screened), the same detector reads every value.
    unscreened = run_batched([column], [{"vin"}], [set()])
    assert (unscreened.result(0, "vin").checked, unscreened.result(0, "vin").passed) == (100, 0)


@pytest.mark.parametrize("lengths", [[100], [3, 100, 0, 21, 20], [1000, 7]])
def test_screen_picks_stay_in_their_row_and_spread_over_it(lengths: list[int]) -> None:
    segments = np.array(lengths)
    picks, counts = _screen_picks(segments)
    starts = np.cumsum(segments) - segments
    assert list(counts) == [min(n, SCREEN_VALUES) for n in lengths]
    at = 0
    for start, n, count in zip(starts, lengths, counts):
        row = picks[at:at + count]
        at += count
        assert len(set(row.tolist())) == count and all(start <= p < start + n for p in row)
        if n > SCREEN_VALUES:
            assert row[0] - start < n / SCREEN_VALUES and start + n - 1 - row[-1] < n / SCREEN_VALUES
