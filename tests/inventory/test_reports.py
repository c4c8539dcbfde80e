"""The inventory in HTML (rendered by headless Chromium), XLSX (read back with openpyxl), CSV and Markdown."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from collections import Counter

import openpyxl
import pytest
from click.testing import CliRunner

from mappings.loader import load_taxonomy
from scanner.inventory.charts import KIND_COLOURS, ROUTE_COLOURS
from scanner.inventory.cli import report_command
from scanner.inventory.exemptions import parse_declarations
from scanner.inventory.report import write_report
from tests.inventory.png import decode_png
from tests.inventory.scan_fixtures import FLEET_DECLARATIONS, fleet_scan, small_taxonomy

DECLARED = parse_declarations(FLEET_DECLARATIONS)


def _write(tmp_path, fmt: str, suffix: str):
    return write_report(fleet_scan(), tmp_path / f"inventory.{suffix}", fmt, DECLARED, small_taxonomy())


def test_xlsx_has_one_sheet_per_view_ready_to_paste(tmp_path):
    book = openpyxl.load_workbook(_write(tmp_path, "xlsx", "xlsx"))
    assert book.sheetnames == ["By route", "By category", "Tables", "Columns", "Volumes", "Exemptions"]
    by_category = list(book["By category"].iter_rows(values_only=True))
    header = by_category[0]
    rows = [dict(zip(header, r)) for r in by_category[1:]]
    track = [r for r in rows if r["Table"] == "fleet.public.vehicle_track"]
    assert {r["Code"] for r in track} == {"C16.1", "P01", "P02"}
    c161 = [r for r in track if r["Code"] == "C16.1"][0]
    assert c161["类别"] == "车辆位置轨迹数据" and c161["Route"] == "security_assessment"
    assert c161["Persons (estimate)"] == 12000
    routes = {r[3]: r[0] for r in book["By route"].iter_rows(min_row=2, values_only=True)}
    assert routes["fleet.public.app_user"] == "open" and routes["fleet.hr.employee"] == "exempt"
    volumes = list(book["Volumes"].iter_rows(min_row=2, values_only=True))
    totals = [r for r in volumes if r[0] == "COMPANY TOTAL"]
    assert [(r[2], r[3]) for r in totals] == [("P01", None), ("P02", 262000)]
    assert all("estimate" in r[8] for r in volumes)
    exemptions = list(book["Exemptions"].iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in exemptions} == {"hr_management", "vulnerability_reported", "ota_source_defect_filed"}
    assert all(r[9] == "declared by the user, not detected" for r in exemptions)
    columns = list(book["Columns"].iter_rows(min_row=2, values_only=True))
    assert ("fleet.public.vehicle_track", "lat") in {(r[1], r[2]) for r in columns}
    assert "note" not in {r[2] for r in columns}  # untagged columns are not inventory lines


def test_csv_and_markdown(tmp_path):
    text = _write(tmp_path, "csv", "csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {(r["Table"], r["Code"]) for r in rows} >= {("fleet.crm.customer", "P02"), ("ota.packages", "C18.1")}
    assert all(r["Route"] for r in rows)
    md = _write(tmp_path, "markdown", "md").read_text(encoding="utf-8")
    assert "## DA · Driving automation / 驾驶自动化" in md
    assert "#### C16.1 Trajectories of many vehicles / 规模化车辆行踪轨迹" in md
    assert "OPEN CONDITION" in md and "declared by the user, not detected" in md


def test_html_is_self_contained_and_grouped(tmp_path):
    html = _write(tmp_path, "html", "html").read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|@import|url\(|src=|href=", html, re.IGNORECASE)
    assert html.count("<svg") == 3
    for heading in ("DA · Driving automation / 驾驶自动化", "C20.1 Vulnerability details / 安全漏洞详情",
                    "Declared exemptions / 用户声明的豁免情形", "could not connect to server"):
        assert heading in html
    assert "vulnerability_reported (#7, declared)" in html


def test_html_escapes_what_the_scan_contains(tmp_path):
    scan = fleet_scan()
    scan["tables"][0]["fqn"] = 'fleet.public.x"><img src=x onerror=alert(1)>'
    html = write_report(scan, tmp_path / "x.html", "html", None, small_taxonomy()).read_text(encoding="utf-8")
    assert "<img" not in html and "&lt;img" in html


def _colour_pixels(rows, colours: dict[str, str]) -> Counter:
    wanted = {bytes.fromhex(c[1:]): name for name, c in colours.items()}
    found: Counter = Counter()
    for row in rows:
        for i in range(0, len(row), 3):
            name = wanted.get(row[i:i + 3])
            if name:
                found[name] += 1
    return found


@pytest.mark.chromium
def test_html_renders_in_headless_chromium(tmp_path):
    chromium = shutil.which("chromium")
    assert chromium, "chromium is required: apt-get install -y chromium fonts-noto-cjk"
    page = _write(tmp_path, "html", "html")
    shot = tmp_path / "shot.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1280,2000",
                    page.as_uri()], check=True, capture_output=True, timeout=120)
    width, height, rows = decode_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    distinct = {row[i:i + 3] for row in rows[::4] for i in range(0, len(row), 12)}
    assert len(distinct) > 50, "the page looks blank"
    routes = _colour_pixels(rows[:700], ROUTE_COLOURS)
    # Charts draw solid bars: security assessment, open and exempt are in this scan, each a bar of many pixels.
    assert routes["security_assessment"] > 1000 and routes["open"] > 500 and routes["exempt"] > 500, routes
    assert _colour_pixels(rows[:700], KIND_COLOURS)["important"] > 1000


def test_report_command_on_the_real_taxonomy(tmp_path):
    scan = fleet_scan()
    scan["taxonomy"] = load_taxonomy().version
    (tmp_path / "scan.json").write_text(json.dumps(scan, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "exemptions.yaml").write_text(
        "exemptions:\n  - tables: ['fleet.hr.*']\n    exemption: hr_management\n    note: HR\n", encoding="utf-8")
    runner = CliRunner()
    for suffix in ("html", "xlsx", "csv", "md"):
        out = tmp_path / f"inventory.{suffix}"
        result = runner.invoke(report_command, [str(tmp_path / "scan.json"), "-o", str(out),
                                                "--exemptions", str(tmp_path / "exemptions.yaml")])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    md = (tmp_path / "inventory.md").read_text(encoding="utf-8")
    taxonomy = load_taxonomy().codes
    assert f"#### C16.1 {taxonomy['C16.1'].en} / {taxonomy['C16.1'].zh}" in md
    bad = runner.invoke(report_command, [str(tmp_path / "scan.json"), "-o", str(tmp_path / "x.html"),
                                         "--exemptions", str(tmp_path / "scan.json")])
    assert bad.exit_code != 0 and "scan.json: vdscan: extra inputs are not permitted" in bad.output.lower()
