"""The `vdscan` command line. Exit codes: 0 done, 2 usage or configuration error, 3 finished but some tables failed.

Heavy modules (OpenMetadata SDK, Great Expectations) are imported only by the commands that use them."""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

import click

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL = 0, 2, 3

# Commands living in modules that import heavy libraries: loaded only when called, so `vdscan --help` and a
# dry-run scan never pay for the OpenMetadata SDK or Great Expectations. Their one-line help is kept here.
_LAZY_COMMANDS = {
    "push": ("scanner.openmetadata.cli", "push", "Push a scan report's tags to OpenMetadata."),
    "report": ("scanner.inventory.cli", "report_command", "Write the data-export officer's inventory of a scan."),
    "export-gx": ("scanner.gx.cli", "export_gx_command",
                  "Export Great Expectations suites that keep a scan's classification true."),
    "eval": ("scanner.eval_cli", "eval_command", "Measure the rules on a labelled corpus."),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *_LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _LAZY_COMMANDS:
            module, attribute, _ = _LAZY_COMMANDS[name]
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(limit=70)) for name, command in self.commands.items()]
        rows += [(name, help_text) for name, (_, _, help_text) in _LAZY_COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))


def _fail(message: str) -> None:
    click.echo(f"vdscan: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vdscan", prog_name="vdscan")
def main() -> None:
    """Inventory of vehicle data under China's 2026 cross-border transfer guidelines.

    Scans SQL databases and Parquet lakes, classifies each column into the 51 important-data subcategories and
    the personal-information classes, and reports, explains and tags the result."""


def _source_specs(sources: tuple[str, ...], config, cli_options: dict):
    from connectors import SourceOptions
    from scanner.pipeline import SourceSpec

    specs = []
    for location in sources:
        specs.append(SourceSpec(location, SourceOptions(**cli_options)))
    if config is not None:
        for source in config.sources:
            options = dict(cli_options)
            options.update(name=source.name, include=tuple(source.include) or cli_options["include"],
                           exclude=tuple(source.exclude) or cli_options["exclude"],
                           include_views=source.include_views or cli_options["include_views"],
                           extra={**cli_options["extra"], **source.options})
            for key, value in (("sample_size", source.sample_size), ("statement_timeout_s", source.statement_timeout),
                               ("max_cell_bytes", source.max_cell_bytes)):
                if value is not None:
                    options[key] = value
            specs.append(SourceSpec(source.url, SourceOptions(**options)))
    return specs


def _parse_options(pairs: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            _fail(f"--option takes KEY=VALUE, not {pair!r}")
        parsed[key.strip()] = value.strip()
    return parsed


def _progress(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None, None
    from tqdm import tqdm

    bar = tqdm(desc="tables", unit="table", file=sys.stderr, leave=False)
    return bar, (lambda verdict: bar.update(1))


@main.command()
@click.argument("sources", nargs=-1)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="YAML file naming sources (credentials as ${ENV}), filters and sampling.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--sample-size", type=click.IntRange(1, 100_000), default=None, help="Rows sampled per table [100].")
@click.option("--no-sample", is_flag=True, help="Metadata only: names, types and comments; no row is read.")
@click.option("--min-confidence", type=click.FloatRange(0.01, 0.99), default=None,
              help="Tag a column with a code from this confidence on [0.5].")
@click.option("--include", multiple=True, help="Glob or re:regex on database.schema.table (repeatable).")
@click.option("--exclude", multiple=True, help="Glob or re:regex on database.schema.table (repeatable).")
@click.option("--include-views", is_flag=True, help="Scan views too.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra rule pack; a rule with a built-in rule's id replaces it (repeatable).")
@click.option("--show-samples", is_flag=True, help="Show a few sampled values per column, masked.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Tables sampled in parallel per source [4].")
@click.option("--statement-timeout", type=click.FloatRange(0.1, 3600), default=None,
              help="Seconds a query may run [5].")
@click.option("--option", "connector_options", multiple=True, metavar="KEY=VALUE",
              help="Connector option, e.g. endpoint_override=http://127.0.0.1:9000 for s3:// lakes.")
@click.option("--state", "state_path", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite file remembering table fingerprints and verdicts.")
@click.option("--incremental", is_flag=True, help="Re-sample only new or changed tables (needs --state).")
@click.option("--shard", help="I/N: scan only this machine's share of the tables; `vdscan merge` joins shards.")
@click.option("--volume", is_flag=True, help="Estimate the number of persons in tables holding personal information.")
@click.option("--volume-budget", type=click.FloatRange(0.1, 600), default=5.0, show_default=True,
              help="Seconds per table for --volume.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the export officer's inventory (format from the suffix: .html .xlsx .csv .md).")
@click.option("--push", is_flag=True, help="Push the tags to OpenMetadata (see `vdscan push --help`); the bot token"
              " comes from $OPENMETADATA_JWT_TOKEN or the config file's `openmetadata:` section.")
@click.option("--dry-run", is_flag=True, help="With --push: print the changes it would make, change nothing.")
@click.option("--plan-out", type=click.Path(dir_okay=False, path_type=Path),
              help="With --push: also save the planned changes as JSON.")
@click.option("--confirm", is_flag=True, help="With --push: write labels as Confirmed instead of Suggested.")
@click.option("--om-url", help="With --push: OpenMetadata API URL (else config or OPENMETADATA_HOST_PORT).")
@click.option("--om-service", help="With --push: OpenMetadata service holding the scanned tables.")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr when it is a terminal.")
def scan(sources, config_path, fmt, output, sample_size, no_sample, min_confidence, include, exclude, include_views,
         rule_files, show_samples, workers, statement_timeout, connector_options, state_path, incremental, shard,
         volume, volume_budget, report_path, push, dry_run, plan_out, confirm, om_url, om_service, progress) -> None:
    """Scan SOURCES (SQLAlchemy URLs, database files or Parquet paths) and report every column's codes."""
    from mappings.loader import MappingError
    from scanner.config import ConfigError, load_config
    from scanner.pipeline import ScanOptions, Shard, scan_sources
    from scanner.report_json import report_document

    try:
        config = load_config(config_path) if config_path else None
        declarations = _declarations(config, config_path)
    except ConfigError as exc:
        _fail(str(exc))
    if not sources and config is None:
        _fail("name at least one SOURCE or a --config file")
    if incremental and not state_path:
        _fail("--incremental needs --state PATH")
    defaults = config.scan if config else None
    try:
        shard_spec = Shard.parse(shard) if shard else None
    except ValueError as exc:
        _fail(str(exc))
    timeout = statement_timeout or (defaults.statement_timeout if defaults else 5.0)
    cli_options = dict(include=tuple(include), exclude=tuple(exclude), include_views=include_views,
                       sample_size=sample_size or (defaults.sample_size if defaults else 100),
                       statement_timeout_s=timeout, extra=_parse_options(connector_options))
    specs = _source_specs(sources, config, cli_options)
    options = ScanOptions(
        sample_size=cli_options["sample_size"], no_sample=no_sample,
        workers=workers or (defaults.workers if defaults else 4),
        threshold=min_confidence or (defaults.min_confidence if defaults else None),
        rules=tuple(rule_files) + tuple(defaults.rules if defaults else ()), show_samples=show_samples,
        shard=shard_spec, state_path=state_path, incremental=incremental, volume=volume,
        volume_budget_s=volume_budget,
    )
    bar, on_table = _progress(progress)
    try:
        report = scan_sources(specs, options, on_table=on_table)
    except MappingError as exc:
        _fail(str(exc))
    finally:
        if bar is not None:
            bar.close()
    with report:  # closing deletes the report's spool, whatever happens below
        # The document reads its tables from the spool as each sink goes through them: writing the report holds
        # one table at a time. The inventory and the push keep their own per-table results, as they always did.
        document = report_document(report)
        _write(document, fmt, output)
        if report_path:
            from scanner.inventory import write_report

            write_report(document, report_path, None, declarations)
        exit_code = EXIT_PARTIAL if report.failed else EXIT_OK
        if push:
            from scanner.openmetadata.cli import run_push

            pushed = run_push(document, om_url, om_service, str(config_path) if config_path else None, dry_run,
                              str(plan_out) if plan_out else None, confirm)
            exit_code = max(exit_code, pushed)
    sys.exit(exit_code)


def _declarations(config, config_path: Path | None):
    """The exemptions a config file declares, checked before the scan starts rather than after it."""
    if config is None or not (config.exemptions or config.ciio):
        return None
    from scanner.config import ConfigError
    from scanner.inventory.exemptions import ExemptionFileError, parse_declarations

    try:
        return parse_declarations({"ciio": config.ciio, "exemptions": config.exemptions}, str(config_path))
    except ExemptionFileError as exc:
        raise ConfigError(str(exc)) from None


def _write(document: dict, fmt: str, output: Path | None) -> None:
    """Write the report a table at a time (the document's tables may be a spool read on demand), then name the
    failed tables on stderr unless the report itself went to stdout as JSON or CSV."""
    from scanner.output import csv_chunks, table_lines
    from scanner.report_json import json_chunks

    failures: list[str] = []
    watched = {**document, "tables": _noting_failures(document["tables"], failures)}
    _emit({"json": json_chunks, "csv": csv_chunks, "table": table_lines}[fmt](watched), output)
    if fmt != "table" and output is None:
        return
    for line in failures:
        click.echo(line, err=True)
    for error in document["errors"]:
        click.echo(f"vdscan: {error['target']}: {error['stage']} failed: {error['reason']}", err=True)


def _emit(chunks: Iterable[str], output: Path | None) -> None:
    if output:
        with output.open("w", encoding="utf-8") as handle:
            handle.writelines(chunks)
    else:
        for chunk in chunks:
            click.echo(chunk, nl=False)


def _noting_failures(tables: Iterable[dict], failures: list[str]) -> Iterator[dict]:
    """The tables, unchanged, noting each failed one's message as it passes: one pass over the report."""
    for table in tables:
        if table["status"] == "error":
            failures.append(f"vdscan: {table['fqn']}: {table['error']['stage']} failed: {table['error']['reason']}")
        yield table


@main.command()
@click.argument("source")
@click.argument("table")
@click.argument("column", required=False)
@click.option("--sample-size", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option("--no-sample", is_flag=True, help="Explain from metadata only.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--option", "connector_options", multiple=True, metavar="KEY=VALUE")
def explain(source, table, column, sample_size, no_sample, rule_files, connector_options) -> None:
    """Show every contribution to the codes of TABLE (or one COLUMN of it) in SOURCE."""
    from connectors import ConnectorError, SourceOptions, open_source
    from scanner.classifier import Classifier
    from scanner.explain import render_explanation
    from scanner.model import ScanError

    try:
        connector = open_source(source, SourceOptions(sample_size=sample_size,
                                                      extra=_parse_options(connector_options)))
    except ConnectorError as exc:
        _fail(str(exc))
    try:
        found = None
        for item in connector.discover():
            if isinstance(item, ScanError):
                continue
            if table in (item.fqn, item.name):
                found = item
                break
        if found is None:
            _fail(f"no table {table!r} in {connector.url}")
        if column is not None and column not in {c.name for c in found.columns}:
            _fail(f"no column {column!r} in {found.fqn}; columns: {', '.join(c.name for c in found.columns)}")
        sample = None if no_sample else connector.sample(found, [c.name for c in found.columns], sample_size)
    finally:
        connector.close()
    classifier = Classifier.default(rule_files)
    verdict = classifier.classify(found, sample.table if sample else None, sample.method if sample else None)
    click.echo(render_explanation(verdict, column, classifier.threshold))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True)
def taxonomy(fmt) -> None:
    """Print the taxonomy: 27 categories / 51 subcategories of important data and the personal-information classes."""
    from mappings.loader import load_taxonomy
    from scanner.taxonomy_view import taxonomy_json, taxonomy_markdown, taxonomy_table

    render = {"table": taxonomy_table, "json": taxonomy_json, "markdown": taxonomy_markdown}[fmt]
    click.echo(render(load_taxonomy()), nl=False)


@main.group()
def rules() -> None:
    """Inspect and validate rule packs."""


@rules.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def rules_check(files) -> None:
    """Validate rule packs; every error is reported with its file, entry and reason."""
    from mappings.loader import check_rule_pack

    problems = [p for path in files for p in check_rule_pack(path)]
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(EXIT_USAGE)
    click.echo(f"{len(files)} rule pack(s) valid")


@rules.command("list")
@click.option("--code", help="Only rules for this code.")
def rules_list(code) -> None:
    """List the rules in force (built-in packs)."""
    from mappings.loader import load_rules

    for rule in load_rules().rules:
        if code is None or rule.code == code:
            click.echo(f"{rule.code:<6} {rule.id:<40} {rule.description}")


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
def merge(reports, output) -> None:
    """Merge JSON reports of several shards (or runs) into one report."""
    from scanner.report_json import merge_reports

    documents = []
    for path in reports:
        try:
            documents.append(json.loads(path.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            _fail(f"{path}: not a vdscan JSON report ({exc})")
    from scanner.report_json import json_chunks

    _emit(json_chunks(merge_reports(documents)), output)


@main.command()
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Build the demo estate here and leave it, to scan it again.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def demo(keep, fmt) -> None:
    """Build a small connected-vehicle estate (SQLite warehouse + Parquet lake) and dry-run scan it."""
    import tempfile

    from scanner.demo import build_demo_estate
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources
    from scanner.report_json import report_document

    with tempfile.TemporaryDirectory(prefix="vdscan-demo-") as scratch:
        root = keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        estate = build_demo_estate(root)
        from connectors import SourceOptions

        specs = [SourceSpec(str(estate.warehouse), SourceOptions(name="warehouse")),
                 SourceSpec(str(estate.lake), SourceOptions(name="lake"))]
        with scan_sources(specs, ScanOptions()) as report:
            _write(report_document(report), fmt, None)
        if keep:
            click.echo(f"\nDemo data kept in {root}: scan it again with\n"
                       f"  vdscan scan {estate.warehouse} {estate.lake}", err=True)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


if __name__ == "__main__":
    main()
