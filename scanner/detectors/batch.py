"""Detectors over many columns at once, with the results `Detector.run` gives column by column.

On a 100-value sample almost all of a detector's cost is the fixed overhead of its Arrow calls, paid again for
every column. An elementwise detector's mask over a concatenation is the concatenation of its masks, so it runs
once over all the columns of an Arrow type, and the per-column counts are sums over the segments of that one mask.

The columns of a type are concatenated once for all detectors: they want nearly the same columns (every detector
that can fire without a name hint wants every column of its families), and one shared array lets the derived forms
(textops.derived: trimmed text, upper case, byte classes, numbers) be computed once instead of once per detector.
Only a detector that wants a small part of a large batch gets a concatenation of its own columns.

A batch asks some 25 detectors of every column, and most answers are "0 of 100 pass". The bookkeeping therefore
works per distinct set of wanted detectors (columns of one type family without a name hint all want the same set),
never per (column, detector), and answers are built only when the classifier asks for them.

Most of those answers come from detectors asked of a column for no reason but its type (the rules that can fire on
values alone: VINs in a column named `bak1`). Such a detector may be *screened*: it first reads SCREEN_VALUES values
spread evenly over the column, and reads the whole column only where one of them passes. A value-only rule needs at
least half the values to pass, so a column whose 20 spread values all fail it is passed over with a risk of about
2^-20. The columns where something passes get their exact counts; a screened-out column's answer is what was
read, "0 of 20 pass", which is what its verdict reports if a rule consults that detector."""
from __future__ import annotations

from typing import AbstractSet, Sequence

import numpy as np
import pyarrow as pa

from scanner.detectors.base import DETECTORS, Detector, DetectorResult, checked_mask, count_passed, present_values, \
    type_family

# A detector runs on a concatenation of its own columns when they hold under a quarter of the shared one's values
# and leave out more than this many: below that, reading the extra values costs less than deriving the trimmed
# text and byte classes of another array.
OWN_RUN_MIN_SKIPPED_VALUES = 5_000

NOT_RUN = -1  # in a group's counts: the detector ran on a concatenation of other rows only
SCREENED_OUT = -2  # in a group's counts: none of the row's screened values passed, and the rest was not read
SCREEN_VALUES = 20  # values a screened detector reads of a column before it reads the whole column


def segment_counts(mask: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """True entries of `mask` per consecutive segment of the given lengths, as differences of a running sum
    (np.add.reduceat would give an empty segment the count of the value after it)."""
    ends = np.cumsum(lengths, dtype=np.int64)
    running = np.empty(len(mask) + 1, dtype=np.int64)
    running[0] = 0
    np.cumsum(mask, out=running[1:])
    return running[ends] - running[ends - lengths]


class _Group:
    """The prepared columns of one Arrow type, and the detectors to run over their concatenation."""

    def __init__(self, family: str) -> None:
        self.family = family
        self.positions: list[int] = []
        self.arrays: list[pa.Array] = []
        self.lengths: list[int] = []
        self.counts: dict[str, list[int]] = {}  # per detector: passing values per row, NOT_RUN or SCREENED_OUT
        # per detector: the rows that want it whole, and the rows that want it screened
        self.planned: dict[str, tuple[Detector, list[int], list[int]]] = {}

    def add(self, position: int, values: pa.Array) -> int:
        self.positions.append(position)
        self.arrays.append(values)
        self.lengths.append(len(values))
        return len(self.positions) - 1

    def plan(self, found: Detector, rows: list[int], screened: bool) -> None:
        planned = self.planned.get(found.name)
        if planned is None:
            planned = self.planned[found.name] = (found, [], [])
        planned[2 if screened else 1].extend(rows)

    def run(self, results: "BatchResults") -> None:
        if not self.planned:
            return
        segments = np.array(self.lengths, dtype=np.int64)
        shared = self.arrays[0] if len(self.arrays) == 1 else pa.concat_arrays(self.arrays)
        counts = {name: np.full(len(self.positions), NOT_RUN, dtype=np.int64) for name in self.planned}
        whole_rows = self._screen(shared, segments, counts)
        total = int(segments.sum())
        own_runs = []
        for name, rows in whole_rows.items():
            found = self.planned[name][0]
            wanted_values = int(segments[rows].sum())
            if wanted_values < total // 4 and total - wanted_values > OWN_RUN_MIN_SKIPPED_VALUES:
                own_runs.append((found, rows))
                continue
            counts[name] = segment_counts(checked_mask(found, shared), segments)
        # After the shared runs: the derived-form cache holds one array, and these would evict the shared one.
        for found, rows in own_runs:
            own = pa.concat_arrays([self.arrays[row] for row in rows])
            counts[found.name][rows] = segment_counts(checked_mask(found, own), segments[rows])
        for name, found_counts in counts.items():
            self._record(name, found_counts, results)

    def _screen(self, shared: pa.Array, segments: np.ndarray, counts: dict[str, np.ndarray]) -> dict[str, list[int]]:
        """Runs the screened detectors over a few values of every long row; returns, per detector, the rows it must
        still read whole: those that want it whole, and the screened rows where a value passed. A row no longer
        than the screen is read whole by the screen itself, so its count is already exact."""
        screened = {name: rows for name, (_, _, rows) in self.planned.items() if rows}
        long_rows = segments > SCREEN_VALUES
        screen, screen_lengths = shared, segments
        if screened and long_rows.any():
            picks, picked_lengths = _screen_picks(segments)
            try:
                screen, screen_lengths = shared.take(pa.array(picks)), picked_lengths
            except pa.ArrowNotImplementedError:  # view types have no take kernel: every value is read
                long_rows = np.zeros(len(segments), dtype=bool)
        short = ~long_rows
        whole_rows: dict[str, list[int]] = {}
        for name, (found, whole, _) in self.planned.items():
            rows = screened.get(name)
            if rows:
                found_counts = counts[name]
                screen_counts = segment_counts(checked_mask(found, screen), screen_lengths)
                found_counts[short] = screen_counts[short]
                picked = np.array(rows, dtype=np.int64)
                long_picked = picked[long_rows[picked]]
                missed = screen_counts[long_picked] == 0
                found_counts[long_picked[missed]] = SCREENED_OUT
                hits = long_picked[~missed]
                whole = [row for row in whole if long_rows[row]]
                rows = sorted({*whole, *hits.tolist()})
            else:
                rows = whole
            if rows:
                whole_rows[name] = rows
        return whole_rows

    def _record(self, name: str, counts: np.ndarray, results: "BatchResults") -> None:
        self.counts[name] = counts.tolist()
        for row in np.flatnonzero(counts > 0).tolist():
            results.found_passing(self.positions[row], name, self.lengths[row], self.counts[name][row])


def _screen_picks(segments: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices into the concatenation of rows of these lengths: every value of a short row, SCREEN_VALUES evenly
    spread values of a long one (spread, not the first ones: a sample sorted by kind must not hide a kind)."""
    picked = np.minimum(segments, SCREEN_VALUES)
    starts = np.cumsum(segments) - segments
    row_of_pick = np.repeat(np.arange(len(segments)), picked)
    rank = np.arange(int(picked.sum())) - np.repeat(np.cumsum(picked) - picked, picked)
    offsets = ((rank * 2 + 1) * segments[row_of_pick]) // (2 * picked[row_of_pick])
    return starts[row_of_pick] + offsets, picked


class BatchResults:
    """What the detectors found in each column of a batch.

    `result` answers for every detector that read a column's values: a shared run reads every column of its Arrow
    type, asked for or not, and its answer is what `Detector.run` gives on that column alone. `passing` lists only
    the asked-for detectors that some value of the column passes."""

    def __init__(self, wanted: Sequence[AbstractSet[str] | None]) -> None:
        self._wanted = wanted
        self._located: dict[tuple[int, bool], tuple[_Group | None, int]] = {}  # (position, flattens) -> group, row
        self._alone: dict[tuple[int, str], DetectorResult] = {}  # detectors that judge a column's values together
        self._passing: dict[int, list[DetectorResult]] = {}
        self._made: dict[tuple[str, int, int], DetectorResult] = {}

    def result(self, position: int, name: str) -> DetectorResult | None:
        """What detector `name` found in the column at `position`; None when it did not read that column."""
        found = DETECTORS.get(name)
        located = self._located.get((position, found.flattens)) if found is not None else None
        if located is None:
            return None
        group, row = located
        if group is None or group.family not in found.families:
            return self.make(name, 0, 0)
        if not found.elementwise:
            return self._alone.get((position, name))
        counts = group.counts.get(name)
        if counts is None or counts[row] == NOT_RUN:
            return None
        if counts[row] == SCREENED_OUT:
            return self.make(name, SCREEN_VALUES, 0)
        return self.make(name, group.lengths[row], counts[row])

    def passing(self, position: int) -> Sequence[DetectorResult]:
        """The asked-for detectors that at least one value of the column at `position` passes."""
        return self._passing.get(position, ())

    def make(self, name: str, checked: int, passed: int) -> DetectorResult:
        # Results are frozen and most are alike ((100, 0): a detector on a column it does not describe): equal ones
        # are shared.
        key = (name, checked, passed)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = DetectorResult(name, checked, passed)
        return made

    def found_passing(self, position: int, name: str, checked: int, passed: int) -> None:
        wanted = self._wanted[position]
        if wanted and name in wanted:
            self._passing.setdefault(position, []).append(self.make(name, checked, passed))

    def locate(self, position: int, column: pa.Array | pa.ChunkedArray, flattens: bool,
               groups: dict[tuple[bool, pa.DataType], _Group]) -> tuple[_Group | None, int]:
        """A column's group and row for detectors that do (or do not) flatten lists, preparing it on first use.
        Only arrays of one type concatenate, and a table rarely mixes, say, string and large_string."""
        located = self._located.get((position, flattens))
        if located is None:
            values = present_values(column, flattens)
            if len(values) == 0:
                located = (None, 0)
            else:
                group = groups.get((flattens, values.type))
                if group is None:
                    group = groups[(flattens, values.type)] = _Group(type_family(values.type))
                located = (group, group.add(position, values))
            self._located[(position, flattens)] = located
        return located

    def run_alone(self, found: Detector, group: _Group, rows: list[int]) -> None:
        for row in rows:
            position = group.positions[row]
            passed = count_passed(found, group.arrays[row])
            self._alone[(position, found.name)] = self.make(found.name, group.lengths[row], passed)
            if passed:
                self.found_passing(position, found.name, group.lengths[row], passed)


def run_batched(columns: Sequence[pa.Array | pa.ChunkedArray | None],
                wanted: Sequence[AbstractSet[str] | None],
                screened: Sequence[AbstractSet[str]] | None = None) -> BatchResults:
    """Runs, for each column, the detectors `wanted` names for it (None or empty: none); see `BatchResults`.
    `screened` names, per column, the wanted detectors that may be screened (see the module docstring)."""
    results = BatchResults(wanted)
    askers: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}
    for position, names in enumerate(wanted):
        if names and columns[position] is not None:
            may_screen = frozenset(screened[position]) if screened is not None else frozenset()
            askers.setdefault((frozenset(names), may_screen), []).append(position)
    groups: dict[tuple[bool, pa.DataType], _Group] = {}
    for (names, may_screen), positions in askers.items():
        rows_by_flattening = {}
        for name in names:
            found = DETECTORS[name]
            split = rows_by_flattening.get(found.flattens)
            if split is None:
                split = rows_by_flattening[found.flattens] = _split(results, columns, positions, found.flattens,
                                                                    groups)
            for group, rows in split.items():
                if group.family not in found.families:
                    continue  # `result` answers "none read" from the family alone
                if found.elementwise:
                    group.plan(found, rows, name in may_screen)
                else:
                    results.run_alone(found, group, rows)
    for group in groups.values():
        group.run(results)
    return results


def _split(results: BatchResults, columns: Sequence[pa.Array | pa.ChunkedArray | None], positions: list[int],
           flattens: bool, groups: dict[tuple[bool, pa.DataType], _Group]) -> dict[_Group, list[int]]:
    """The rows of `positions` in each group (empty columns join no group)."""
    split: dict[_Group, list[int]] = {}
    for position in positions:
        group, row = results.locate(position, columns[position], flattens, groups)
        if group is not None:
            split.setdefault(group, []).append(row)
    return split
