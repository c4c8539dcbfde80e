"""The data-export officer's inventory: routes, personal-information volumes, HTML/XLSX/CSV/Markdown reports."""
from __future__ import annotations

from scanner.inventory.report import FORMATS, write_report
from scanner.inventory.volume import estimate_volumes, person_keys

__all__ = ["FORMATS", "estimate_volumes", "person_keys", "write_report"]
