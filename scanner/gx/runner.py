"""Run exported suites with Great Expectations against a SQL database. Results carry counts, never values."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from scanner.gx.export import CONFIG_FILE

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class GxRunError(Exception):
    pass


@dataclass(frozen=True)
class ExpectationOutcome:
    type: str
    column: str | None
    success: bool
    unexpected_count: int | None
    element_count: int | None
    regex: str | None  # which pattern, so a failing guard says which identifier appeared


@dataclass(frozen=True)
class SuiteOutcome:
    suite: str
    table: str
    success: bool
    expectations: tuple[ExpectationOutcome, ...]

    @property
    def failures(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(e for e in self.expectations if not e.success)


def _substitute(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise GxRunError(f"environment variable {name} is not set (needed by the connection string)")
        return os.environ[name]

    return _VAR.sub(value, text)


def run_suites(directory: Path | str, url: str | None = None) -> tuple[SuiteOutcome, ...]:
    """Validate every table listed in DIR/datasources.yml with its suite; `url` overrides the stub's connection."""
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite

    directory = Path(directory)
    try:
        config = yaml.safe_load((directory / CONFIG_FILE).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GxRunError(f"{directory}: no {CONFIG_FILE} ({exc}); run `vdscan export-gx` first") from None
    context = gx.get_context(mode="ephemeral")
    assets = {}
    for ds_name, ds in config["fluent_datasources"].items():
        source = context.data_sources.add_sql(name=ds_name, connection_string=url or _substitute(ds["connection_string"]))
        for asset_name, spec in ds["assets"].items():
            assets[(ds_name, asset_name)] = source.add_table_asset(
                name=asset_name, table_name=spec["table_name"], schema_name=spec.get("schema_name"))
    outcomes = []
    for index, item in enumerate(config["vdscan_validations"]):
        document = json.loads((directory / item["suite"]).read_text(encoding="utf-8"))
        suite = context.suites.add(ExpectationSuite(**document))
        batch = assets[(item["datasource"], item["asset"])].add_batch_definition_whole_table(f"whole_table_{index}")
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"vdscan_{index}", data=batch, suite=suite))
        checkpoint = context.checkpoints.add(gx.Checkpoint(
            name=f"vdscan_checkpoint_{index}", validation_definitions=[definition],
            result_format={"result_format": "BASIC", "partial_unexpected_count": 0}))
        result = checkpoint.run()
        for validation in result.run_results.values():
            outcomes.append(SuiteOutcome(document["name"], item["asset"], bool(validation.success), tuple(
                ExpectationOutcome(r.expectation_config.type, r.expectation_config.kwargs.get("column"),
                                   bool(r.success), r.result.get("unexpected_count"), r.result.get("element_count"),
                                   r.expectation_config.kwargs.get("regex"))
                for r in validation.results)))
    return tuple(outcomes)
