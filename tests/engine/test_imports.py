"""A dry-run scan must start fast: the OpenMetadata SDK and Great Expectations load only for the commands that
use them. Checked on the real import log of a real scan (`python -X importtime`)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

# pandas is not listed: pyarrow itself imports it on the first pa.array() call whenever it is installed.
HEAVY = ("metadata", "great_expectations", "dbt", "xlsxwriter", "openpyxl", "jinja2", "datasketch")


CLI = "import sys; from scanner.cli import main; sys.argv = ['vdscan', *sys.argv[1:]]; main()"
SCAN = ("import sys; from scanner.pipeline import ScanOptions, SourceSpec, scan_sources; "
        "scan_sources([SourceSpec(sys.argv[1])], ScanOptions())")


def imported_modules(*argv: str, code: str = CLI, env: dict[str, str] | None = None) -> set[str]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *argv],
                            capture_output=True, text=True, cwd=Path(__file__).parents[2], env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    modules = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            modules.add(line.rsplit("|", 1)[1].strip())
    return modules


def small_database(tmp_path: Path) -> Path:
    db = tmp_path / "t.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE owner (vin TEXT, xm TEXT)")
    connection.commit()
    connection.close()
    return db


def test_dry_run_scan_imports_no_heavy_library(tmp_path: Path) -> None:
    db = small_database(tmp_path)
    modules = imported_modules("scan", str(db), "--format", "json")
    assert "scanner.classifier" in modules  # the log is real
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == []


def test_help_imports_no_heavy_library() -> None:
    modules = imported_modules("--help")
    assert not [m for m in modules if m.split(".")[0] in HEAVY]


def test_scan_with_cached_rules_parses_no_yaml_and_loads_no_pinyin_dictionary(tmp_path: Path) -> None:
    db = small_database(tmp_path)
    env = {**os.environ, "VDSCAN_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("VDSCAN_NO_CACHE", None)
    imported_modules(str(db), code=SCAN, env=env)  # compiles the rules and caches them
    modules = imported_modules(str(db), code=SCAN, env=env)
    assert "scanner.classifier" in modules and "mappings.cache" in modules
    assert not [m for m in modules if m.split(".")[0] in {"yaml", "pypinyin"}]
