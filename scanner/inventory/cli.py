"""`vdscan report SCAN.json -o FILE`: the data-export officer's inventory from a saved scan."""
from __future__ import annotations

import json
from pathlib import Path

import click

from scanner.inventory.report import FORMATS, write_report


@click.command("report")
@click.argument("scan_json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format; by default taken from the output file's suffix (.html, .xlsx, .csv, .md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
@click.option("--exemptions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="YAML file of declared exemptions (table globs, exemption id, note, reference).")
def report_command(scan_json: Path, fmt: str | None, output: Path, exemptions: Path | None) -> None:
    """Inventory of SCAN_JSON grouped by scenario, category and subcategory, with routes and why."""
    from scanner.inventory.exemptions import ExemptionFileError
    from scanner.inventory.scan_json import ScanFileError

    try:
        document = json.loads(scan_json.read_text(encoding="utf-8"))
        written = write_report(document, output, fmt, exemptions)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{scan_json}: not valid JSON ({exc})") from None
    except (ScanFileError, ExemptionFileError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {written}")
