"""Great Expectations export: suites that keep vdscan's classification true, and a runner for them."""
from __future__ import annotations

from scanner.gx.export import export_suites
from scanner.gx.runner import run_suites

__all__ = ["export_suites", "run_suites"]
