"""Detectors over all columns of a table at once, with the results `Detector.run` gives column by column.

On a 100-value sample almost all of a detector's cost is the fixed overhead of its Arrow calls, paid again for
every column. An elementwise detector's counts add up over a concatenation, so it runs on all the table's
columns together; only a group whose values neither all fail nor all pass is split and counted again. Most
detectors fail every column of a table, so they run once per table instead of once per column."""
from __future__ import annotations

from typing import Mapping, Sequence

import pyarrow as pa

from scanner.detectors.base import DETECTORS, Detector, DetectorResult, present_values, type_family


def run_batched(wanted: Mapping[str, Sequence[int]], columns: Sequence[pa.Array | pa.ChunkedArray | None]
                ) -> dict[tuple[int, str], DetectorResult]:
    """For each detector, its results on the columns at the positions `wanted` lists, keyed (position, name)."""
    prepared: dict[tuple[int, bool], pa.Array] = {}
    results: dict[tuple[int, str], DetectorResult] = {}
    for name, positions in wanted.items():
        found = DETECTORS[name]
        readable: dict[pa.DataType, list[tuple[int, pa.Array]]] = {}
        for position in positions:
            key = (position, found.flattens)
            if key not in prepared:
                prepared[key] = present_values(columns[position], found.flattens)
            values = prepared[key]
            if type_family(values.type) in found.families and len(values):
                # Only arrays of one type concatenate; a table rarely mixes, say, string and large_string.
                readable.setdefault(values.type, []).append((position, values))
            else:
                results[(position, name)] = DetectorResult(name, 0, 0)
        for group in readable.values():
            if found.elementwise:
                _count_group(found, group, results)
            else:
                for position, values in group:
                    results[(position, name)] = DetectorResult(name, len(values), int(found.count(values)))
    return results


def _count_group(found: Detector, group: list[tuple[int, pa.Array]],
                 results: dict[tuple[int, str], DetectorResult]) -> None:
    arrays = [values for _, values in group]
    total = sum(len(values) for values in arrays)
    passed = int(found.count(arrays[0] if len(arrays) == 1 else pa.concat_arrays(arrays)))
    if passed in (0, total) or len(group) == 1:
        for position, values in group:
            share = len(values) if passed == total else (passed if len(group) == 1 else 0)
            results[(position, found.name)] = DetectorResult(found.name, len(values), share)
        return
    middle = len(group) // 2
    _count_group(found, group[:middle], results)
    _count_group(found, group[middle:], results)
