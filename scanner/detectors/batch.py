"""Detectors over many columns at once, with the results `Detector.run` gives column by column.

On a 100-value sample almost all of a detector's cost is the fixed overhead of its Arrow calls, paid again for
every column. An elementwise detector's mask over a concatenation is the concatenation of its masks, so it runs
once over all the columns of an Arrow type, and the per-column counts are sums over the segments of that one mask.

The columns of a type are concatenated once for all detectors: they want nearly the same columns (every detector
that can fire without a name hint wants every column of its families), and one shared array lets the derived forms
(textops.derived: trimmed text, upper case, byte classes, numbers) be computed once instead of once per detector.
Only a detector that wants a small part of a large batch gets a concatenation of its own columns."""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

import numpy as np
import pyarrow as pa

from scanner.detectors.base import DETECTORS, Detector, DetectorResult, checked_mask, count_passed, present_values, \
    type_family

# A detector runs on a concatenation of its own columns when they hold under a quarter of the shared one's values
# and leave out more than this many: below that, reading the extra values costs less than deriving the trimmed
# text and byte classes of another array.
OWN_RUN_MIN_SKIPPED_VALUES = 5_000

Results = dict[tuple[int, str], DetectorResult]


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

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.arrays: list[pa.Array] = []
        self.planned: list[tuple[Detector, list[int]]] = []

    def run(self, results: Results, result: Callable[[str, int, int], DetectorResult]) -> None:
        if not self.planned:
            return
        row_of = {position: row for row, position in enumerate(self.positions)}
        lengths = [len(a) for a in self.arrays]
        segments = np.array(lengths, dtype=np.int64)
        total = sum(lengths)
        shared = self.arrays[0] if len(self.arrays) == 1 else pa.concat_arrays(self.arrays)
        own_runs = []
        for found, positions in self.planned:
            rows = [row_of[p] for p in positions]
            wanted_values = sum(lengths[row] for row in rows)
            if wanted_values < total // 4 and total - wanted_values > OWN_RUN_MIN_SKIPPED_VALUES:
                own_runs.append((found, positions, rows))
                continue
            counts = segment_counts(checked_mask(found, shared), segments).tolist()
            name = found.name
            for position, row in zip(positions, rows):
                results[(position, name)] = result(name, lengths[row], counts[row])
        # After the shared runs: the derived-form cache holds one array, and these would evict the shared one.
        for found, positions, rows in own_runs:
            own = pa.concat_arrays([self.arrays[row] for row in rows])
            counts = segment_counts(checked_mask(found, own), segments[rows]).tolist()
            for position, row, passed in zip(positions, rows, counts):
                results[(position, found.name)] = result(found.name, lengths[row], passed)


def run_batched(wanted: Mapping[str, Sequence[int]], columns: Sequence[pa.Array | pa.ChunkedArray | None]
                ) -> Results:
    """For each detector, its results on the columns at the positions `wanted` lists, keyed (position, name)."""
    results: Results = {}
    shared_results: dict[tuple[str, int, int], DetectorResult] = {}

    def result(name: str, checked: int, passed: int) -> DetectorResult:
        # Results are frozen and most are alike ((100, 0): a detector on a column it does not describe), so equal
        # ones are shared: a batch of 64 tables asks some 17,000 (column, detector) questions.
        key = (name, checked, passed)
        try:
            return shared_results[key]
        except KeyError:
            made = shared_results[key] = DetectorResult(name, checked, passed)
            return made

    # Per (position, flattens): the prepared values, their family and their group, computed once per column.
    prepared: dict[tuple[int, bool], tuple[pa.Array, str, _Group | None]] = {}
    groups: dict[tuple[bool, pa.DataType], _Group] = {}
    for name, positions in wanted.items():
        found = DETECTORS[name]
        flattens, families, unread = found.flattens, found.families, result(name, 0, 0)
        planned: dict[int, tuple[_Group, list[int]]] = {}
        for position in positions:
            entry = prepared.get((position, flattens))
            if entry is None:
                entry = prepared[(position, flattens)] = _prepare(columns[position], position, flattens, groups)
            values, family, group = entry
            if group is None or family not in families:
                results[(position, name)] = unread
            elif not found.elementwise:
                results[(position, name)] = result(name, len(values), count_passed(found, values))
            else:
                planned.setdefault(id(group), (group, []))[1].append(position)
        for group, group_positions in planned.values():
            group.planned.append((found, group_positions))
    for group in groups.values():
        group.run(results, result)
    return results


def _prepare(column: pa.Array | pa.ChunkedArray, position: int, flattens: bool,
             groups: dict[tuple[bool, pa.DataType], _Group]) -> tuple[pa.Array, str, _Group | None]:
    """A column's prepared values and family, and the group of its Arrow type it joins (None when empty: only
    arrays of one type concatenate, and a table rarely mixes, say, string and large_string)."""
    values = present_values(column, flattens)
    family = type_family(values.type)
    if len(values) == 0:
        return values, family, None
    group = groups.setdefault((flattens, values.type), _Group())
    group.positions.append(position)
    group.arrays.append(values)
    return values, family, group
