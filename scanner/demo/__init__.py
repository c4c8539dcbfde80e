"""The embedded demo estate: a SQLite warehouse and a Parquet lake of synthetic but realistic vehicle data.

`vdscan demo` builds it and scans it; `expected.EXPECTED` says what each column should be tagged with, so the
same estate doubles as an end-to-end accuracy test.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scanner.demo.lake import build_lake
from scanner.demo.warehouse import build_warehouse

__all__ = ["DemoEstate", "build_demo_estate", "build_lake", "build_warehouse"]


@dataclass(frozen=True)
class DemoEstate:
    warehouse: Path  # SQLite file
    lake: Path  # directory of Parquet datasets


def build_demo_estate(root: Path, seed: int = 7) -> DemoEstate:
    """Write `root/warehouse.sqlite` and `root/lake/`, replacing an earlier demo build in the same place."""
    root = Path(root)
    return DemoEstate(warehouse=build_warehouse(root / "warehouse.sqlite", seed=seed),
                      lake=build_lake(root / "lake", seed=seed))
