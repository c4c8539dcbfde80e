"""The detector contract: a name, the Arrow type families it reads, and a vectorised pass mask."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Arrow type families a detector can declare. `type_family` maps every Arrow type onto one of them.
FAMILIES = ("string", "binary", "integer", "float", "boolean", "temporal", "nested", "null", "other")


def type_family(arrow_type: pa.DataType) -> str:
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type) or pa.types.is_string_view(arrow_type):
        return "string"
    if pa.types.is_binary(arrow_type) or pa.types.is_large_binary(arrow_type) or pa.types.is_fixed_size_binary(arrow_type) \
            or pa.types.is_binary_view(arrow_type):
        return "binary"
    if pa.types.is_boolean(arrow_type):
        return "boolean"
    if pa.types.is_integer(arrow_type):
        return "integer"
    if pa.types.is_floating(arrow_type) or pa.types.is_decimal(arrow_type):
        return "float"
    if pa.types.is_temporal(arrow_type):
        return "temporal"
    if pa.types.is_nested(arrow_type):
        return "nested"
    if pa.types.is_null(arrow_type):
        return "null"
    if pa.types.is_dictionary(arrow_type):
        return type_family(arrow_type.value_type)
    return "other"


@dataclass(frozen=True)
class DetectorResult:
    detector: str
    checked: int  # non-null values examined
    passed: int

    @property
    def ratio(self) -> float:
        return self.passed / self.checked if self.checked else 0.0


# What a detector computes: for the non-null values it receives, a numpy bool array of the same length, True where
# the value passes. numpy rather than pa.BooleanArray because detectors combine masks (AND, AND NOT, scatter of a
# checksum over candidates) and the batch sums them per column, and each such step is a fraction of a microsecond in
# numpy against tens of microseconds per Arrow call.
Mask = np.ndarray


@dataclass(frozen=True)
class Detector:
    """`mask` receives only non-null values of an accepted family and returns a `Mask` aligned to them."""

    name: str
    description: str
    families: tuple[str, ...]
    mask: Callable[[pa.Array], Mask]
    # Each value passes or fails on its own, so the mask of a concatenation is the concatenation of the masks and
    # `run_batched` runs the detector once over many columns. A detector that judges values together (order,
    # uniqueness) still returns a mask, but one whose entries depend on the other values: it runs per column.
    elementwise: bool = True

    @property
    def flattens(self) -> bool:
        return "nested" not in self.families

    def run(self, values: pa.Array | pa.ChunkedArray) -> DetectorResult:
        present = _present(values, self.flattens)
        if not self.reads(present):
            return DetectorResult(self.name, 0, 0)
        return DetectorResult(self.name, len(present), count_passed(self, present))

    def reads(self, present: pa.Array) -> bool:
        """Whether prepared values (see `present_values`) are of a family this detector reads, and there are any."""
        return len(present) > 0 and type_family(present.type) in self.families


def count_passed(found: Detector, present: pa.Array) -> int:
    return int(np.count_nonzero(checked_mask(found, present)))


def checked_mask(found: Detector, present: pa.Array) -> Mask:
    """The detector's mask, checked against the contract: a wrong length would silently shift batched counts."""
    mask = found.mask(present)
    if not isinstance(mask, np.ndarray) or mask.dtype != np.bool_ or mask.shape != (len(present),):
        raise TypeError(f"detector {found.name!r} returned {type(mask).__name__} "
                        f"{getattr(mask, 'dtype', '')}{getattr(mask, 'shape', '')}, "
                        f"not a numpy bool array of length {len(present)}")
    return mask


# A column meets some 25 detectors in a row; preparing its values once instead of once per detector saves four
# Arrow calls each, and keeps one array object so the per-array cache (textops.derived) hits. One entry per thread:
# scan workers classify different columns concurrently.
_prepared = threading.local()


def _present(values: pa.Array | pa.ChunkedArray, flatten: bool) -> pa.Array:
    cached = getattr(_prepared, "entry", None)
    if cached is not None and cached[0] is values and cached[1] == flatten:
        return cached[2]
    present = present_values(values, flatten)
    _prepared.entry = (values, flatten, present)  # holding `values` keeps its id from being reused
    return present


def present_values(values: pa.Array | pa.ChunkedArray, flatten: bool) -> pa.Array:
    """Non-null values as one array: chunks combined, dictionaries decoded, lists flattened when `flatten`."""
    prepared = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if pa.types.is_dictionary(prepared.type):
        prepared = prepared.dictionary_decode()
    # Lake columns reached through a list arrive as one list per row; a detector of scalars judges the elements.
    while flatten and (pa.types.is_list(prepared.type) or pa.types.is_large_list(prepared.type)
                       or pa.types.is_fixed_size_list(prepared.type)):
        prepared = pc.list_flatten(prepared)
    return prepared.drop_null() if prepared.null_count else prepared


DETECTORS: dict[str, Detector] = {}


def detector(name: str, description: str, families: tuple[str, ...] = ("string",), elementwise: bool = True) -> Callable:
    """Register a mask function (see `Mask`) as a named detector; rules refer to detectors by this name.

    `elementwise=False` for a detector that judges values together (order, uniqueness): it is never batched."""

    def register(mask: Callable[[pa.Array], Mask]) -> Callable[[pa.Array], Mask]:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} registered twice")
        DETECTORS[name] = Detector(name, description, families, mask, elementwise)
        return mask

    return register


def as_text(values: pa.Array) -> pa.Array:
    """Values as trimmed strings: integers become their decimal digits, binary is decoded where it is UTF-8."""
    family = type_family(values.type)
    if family == "string":
        return pc.utf8_trim_whitespace(values)
    if family == "integer":
        return pc.cast(values, pa.string())
    if family == "binary":
        return pc.cast(values, pa.string(), safe=False)
    return pc.cast(values, pa.string())

