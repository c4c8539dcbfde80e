"""`vdscan push` and the options `vdscan scan … --push` shares with it. The lead registers `push` on the main
group (`main.add_command(push)`) and decorates `scan` with `push_options`, then calls `run_push`.

Exit codes: 0 ok (missing tables are reported, not failures), 2 usage, configuration or server error
(unreachable, TLS, token, version), 3 some tables or tags failed.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping

import click

from scanner.openmetadata.settings import SettingsError, load_settings


def push_options(command: Callable) -> Callable:
    """The options that say where and how to push (shared by `push` and `scan --push`)."""
    for option in reversed((
        click.option("--om-url", metavar="URL", help="OpenMetadata API, e.g. https://host:8585/api "
                     "(default: $OPENMETADATA_HOST_PORT or the config file). The token comes from "
                     "$OPENMETADATA_JWT_TOKEN or the config file, never from the command line."),
        click.option("--om-service", metavar="NAME", help="OpenMetadata service holding the scanned tables "
                     "(per-source services go in the config file)."),
        click.option("--config", "om_config", type=click.Path(exists=True, dir_okay=False),
                     help="YAML file with an `openmetadata:` section."),
        click.option("--dry-run", is_flag=True, help="Print the changes against the live catalog; write nothing."),
        click.option("--plan-out", type=click.Path(dir_okay=False, writable=True),
                     help="Also save the plan as JSON."),
        click.option("--confirm", is_flag=True, help="Write labels as Confirmed instead of Suggested."),
    )):
        command = option(command)
    return command


def run_push(report: Mapping[str, Any], om_url: str | None, om_service: str | None, om_config: str | None,
             dry_run: bool, plan_out: str | None, confirm: bool) -> int:
    """Push, print the plan and the outcome, and return the exit code."""
    from scanner.openmetadata.client import ServerError
    from scanner.openmetadata.push import EXIT_USAGE, push_report
    from scanner.openmetadata.render import render_plan, render_result

    try:
        settings = load_settings(om_config, url=om_url, service=om_service)
        result = push_report(report, settings, dry_run=dry_run, plan_out=plan_out, confirm=confirm)
    except (SettingsError, ServerError) as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_USAGE
    click.echo(render_plan(result.plan))
    click.echo(render_result(result))
    if plan_out:
        click.echo(f"Plan saved to {plan_out}")
    return result.exit_code


@click.command("push")
@click.argument("report_path", metavar="REPORT.json", type=click.Path(exists=True, dir_okay=False))
@push_options
def push(report_path: str, om_url: str | None, om_service: str | None, om_config: str | None, dry_run: bool,
         plan_out: str | None, confirm: bool) -> None:
    """Push a `vdscan scan --format json` report to OpenMetadata as classification tags."""
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        click.echo(f"error: {report_path}: not a readable JSON report ({exc})", err=True)
        raise SystemExit(2) from None
    if not isinstance(report, dict) or "tables" not in report:
        click.echo(f"error: {report_path}: not a vdscan JSON report (no `tables`)", err=True)
        raise SystemExit(2)
    raise SystemExit(run_push(report, om_url, om_service, om_config, dry_run, plan_out, confirm))
