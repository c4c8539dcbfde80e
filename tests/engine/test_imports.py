"""A dry-run scan must start fast: the OpenMetadata SDK and Great Expectations load only for the commands that
use them. Checked on the real import log of a real scan (`python -X importtime`)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

# pandas is not listed: pyarrow itself imports it on the first pa.array() call whenever it is installed.
HEAVY = ("metadata", "great_expectations", "dbt", "xlsxwriter", "openpyxl", "jinja2", "datasketch")


def imported_modules(*argv: str) -> set[str]:
    code = "import sys; from scanner.cli import main; sys.argv = ['vdscan', *sys.argv[1:]]; main()"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *argv],
                            capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    modules = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            modules.add(line.rsplit("|", 1)[1].strip())
    return modules


def test_dry_run_scan_imports_no_heavy_library(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE owner (vin TEXT, xm TEXT)")
    connection.commit()
    connection.close()
    modules = imported_modules("scan", str(db), "--format", "json")
    assert "scanner.classifier" in modules  # the log is real
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == []


def test_help_imports_no_heavy_library() -> None:
    modules = imported_modules("--help")
    assert not [m for m in modules if m.split(".")[0] in HEAVY]
