"""`vdscan export-gx SCAN.json -o DIR`: Great Expectations suites that keep the classification true."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("export-gx")
@click.argument("scan_json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory for suites/*.json and datasources.yml.")
@click.option("--datasource-url", default=None,
              help="SQLAlchemy URL GX should validate against (default: the scan's source URL). A password is "
                   "written as ${VDSCAN_GX_PASSWORD}, never in clear.")
def export_gx_command(scan_json: Path, output: Path, datasource_url: str | None) -> None:
    """One expectation suite per scanned table, plus a data-source stub for the same connection."""
    from scanner.gx.export import export_suites
    from scanner.inventory.scan_json import ScanFileError

    try:
        result = export_suites(json.loads(scan_json.read_text(encoding="utf-8")), output, datasource_url)
    except (json.JSONDecodeError, ScanFileError) as exc:
        raise click.ClickException(f"{scan_json}: {exc}") from None
    click.echo(f"wrote {len(result.suites)} suites to {result.directory} and {result.config.name}")
    if result.skipped_sources:
        click.echo(f"no SQL data source for {', '.join(result.skipped_sources)} (Parquet); the suites still apply")
