"""Named value detectors. Importing this package registers every built-in detector in `DETECTORS`."""
from __future__ import annotations

from scanner.detectors import identity, location, media, network, security, shapes, vehicle  # noqa: F401  (register)
from scanner.detectors.base import DETECTORS, Detector, DetectorResult, detector, type_family

__all__ = ["DETECTORS", "Detector", "DetectorResult", "detector", "type_family", "run_detector"]


def run_detector(name: str, values) -> DetectorResult:
    try:
        found = DETECTORS[name]
    except KeyError:
        raise KeyError(f"unknown detector {name!r}; known: {', '.join(sorted(DETECTORS))}") from None
    return found.run(values)
