"""vdscan as an OpenMetadata custom database connector, so OpenMetadata's own scheduler runs the scan.

Workflow YAML (or the UI: Database Services → Add → Custom, Source Python Class Name
`scanner.openmetadata.source.VdscanSource`):

    source:
      type: customDatabase
      serviceName: vdscan                       # the connector's own service entry
      serviceConnection:
        config:
          type: CustomDatabase
          sourcePythonClass: scanner.openmetadata.source.VdscanSource
          connectionOptions:                    # strings only; stored in OpenMetadata, so no secrets here:
            sources: "postgresql://scanner:${PG_PASSWORD}@db/fleet"   # ${ENV} is substituted at run time
            service: warehouse                  # OpenMetadata service holding the scanned tables
            sampleSize: "100"
      sourceConfig: {config: {type: DatabaseMetadata}}
    sink: {type: metadata-rest, config: {}}

Options: `sources` (locations, one per line or comma-separated) or `reportFile` (a `vdscan scan --format json`
report), `service`, `database`/`schema`/`layout` (see scanner/openmetadata/fqn.py), `sourceServices` (JSON:
{source: {service, database, schema, layout}}), `sampleSize`, `noSample`, `rules` (comma-separated rule packs),
`classification`, `confirm` ("true" writes Confirmed labels).

What goes where: tags are yielded as OMetaTagAndClassification and column labels to add as SamplerResponse, which
the stock metadata-rest sink writes (PUT, and patch_column_tags). The sink can only add, so the changes it cannot
express — removing or re-scoring vdscan's own labels and the table-level Kind/Route labels — are patched by this
source through the workflow's own client, with the same If-Match and re-diff as `vdscan push`. Only tags and
labels leave the process: sampled values never do.
"""
from __future__ import annotations

import json
import os
import re
import traceback
from pathlib import Path
from typing import Any, Iterable, Mapping

from metadata.generated.schema.api.classification.createClassification import CreateClassificationRequest
from metadata.generated.schema.api.classification.createTag import CreateTagRequest
from metadata.generated.schema.entity.data.table import Table
from metadata.generated.schema.entity.services.connections.database.customDatabaseConnection import (
    CustomDatabaseConnection)
from metadata.generated.schema.entity.services.ingestionPipelines.status import StackTraceError
from metadata.generated.schema.metadataIngestion.workflow import Source as WorkflowSource
from metadata.generated.schema.type.tagLabel import TagLabel
from metadata.ingestion.api.models import Either
from metadata.ingestion.api.steps import InvalidSourceException, Source
from metadata.ingestion.models.ometa_classification import OMetaTagAndClassification
from metadata.ingestion.models.table_metadata import ColumnTag
from metadata.ingestion.ometa.ometa_api import OpenMetadata
from metadata.sampler.models import SamplerResponse

from scanner.openmetadata.client import OMCatalog
from scanner.openmetadata.fqn import ServiceMapping
from scanner.openmetadata.plan import PushPlan, TablePlan, plan_push
from scanner.openmetadata.push import apply_table, report_tables, taxonomy_for
from scanner.openmetadata.settings import PushSettings
from scanner.openmetadata.tags import classification_spec, taxonomy_tags

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand(text: str) -> str:
    def lookup(match: re.Match[str]) -> str:
        if match.group(1) not in os.environ:
            raise InvalidSourceException(f"connectionOptions refer to ${{{match.group(1)}}}, which is not set")
        return os.environ[match.group(1)]
    return _ENV_REF.sub(lookup, text)


def _split(text: str) -> list[str]:
    return [item.strip() for item in re.split(r"[\n,]", text) if item.strip()]


def _is_column_add(op: Mapping[str, Any]) -> bool:
    return op["op"] == "add" and str(op["path"]).startswith("/columns/")


def settings_from_options(options: Mapping[str, str]) -> PushSettings:
    if not options.get("service") and not options.get("sourceServices"):
        raise InvalidSourceException("connectionOptions need `service` (the OpenMetadata service of the tables)")
    defaults = {"database": options.get("database", "default"), "schema": options.get("schema", "default"),
                "layout": options.get("layout", "parts")}
    try:
        sources = {name: ServiceMapping(**{**defaults, **entry})
                   for name, entry in json.loads(options.get("sourceServices") or "{}").items()}
        return PushSettings(service=options.get("service"), sources=sources,
                            classification=options.get("classification", "VehicleData"),
                            taxonomy=options.get("taxonomy"), **defaults)
    except (TypeError, ValueError) as exc:
        raise InvalidSourceException(f"bad connectionOptions: {exc}") from None


class VdscanSource(Source):
    """Scans (or reads a report), then yields tags and column labels for the metadata-rest sink."""

    def __init__(self, config: WorkflowSource, metadata: OpenMetadata):
        super().__init__()
        self.config = config
        self.metadata = metadata
        self.options: dict[str, str] = dict(config.serviceConnection.root.config.connectionOptions.root or {})
        self.settings = settings_from_options(self.options)
        self.confirm = self.options.get("confirm", "false").lower() == "true"

    @classmethod
    def create(cls, config_dict: dict, metadata: OpenMetadata, pipeline_name: str | None = None) -> "VdscanSource":
        config = WorkflowSource.model_validate(config_dict)
        connection = config.serviceConnection.root.config
        if not isinstance(connection, CustomDatabaseConnection) or connection.connectionOptions is None:
            raise InvalidSourceException("vdscan needs a CustomDatabase connection with connectionOptions")
        return cls(config, metadata)

    @property
    def name(self) -> str:
        return "vdscan"

    def prepare(self) -> None:
        """Options are checked in the constructor; the scan itself runs in _iter so its failures are reported."""

    def test_connection(self) -> None:
        if not (self.options.get("sources") or self.options.get("reportFile")):
            raise InvalidSourceException("connectionOptions need `sources` or `reportFile`")

    def close(self) -> None:
        """Nothing to release: connectors are closed by the scan."""

    def scan(self) -> dict:
        """The report: read from `reportFile`, or produced by the vdscan engine over `sources`."""
        if self.options.get("reportFile"):
            return json.loads(Path(self.options["reportFile"]).read_text(encoding="utf-8"))
        from scanner.pipeline import ScanOptions, SourceSpec, scan_sources
        from scanner.report_json import report_to_dict

        self.test_connection()
        options = ScanOptions(sample_size=int(self.options.get("sampleSize", "100")),
                              no_sample=self.options.get("noSample", "false").lower() == "true",
                              rules=tuple(Path(p) for p in _split(self.options.get("rules", ""))))
        specs = [SourceSpec(_expand(location)) for location in _split(self.options["sources"])]
        with scan_sources(specs, options) as report:
            return report_to_dict(report)

    def _tag_records(self, plan: PushPlan, taxonomy: Any) -> Iterable[Either]:
        spec = classification_spec(taxonomy, self.settings.classification)
        classification = CreateClassificationRequest.model_validate(spec.request())
        tag_bodies = [c.body for c in plan.tag_creations if c.entity == "tag"]
        if not tag_bodies and plan.tag_creations:
            # Only the classification changed; the sink writes it together with a tag, so resend the first one.
            tag_bodies = [taxonomy_tags(taxonomy)[0].request(spec.name)]
        for body in tag_bodies:
            yield Either(right=OMetaTagAndClassification(classification_request=classification,
                                                         tag_request=CreateTagRequest.model_validate(dict(body))))

    def _column_additions(self, plan: TablePlan) -> Either | None:
        additions = [c for c in plan.changes if c.action == "add" and c.target]
        if not additions:
            return None
        table = self.metadata.get_by_name(entity=Table, fqn=plan.fqn, fields=["columns", "tags"])
        if table is None:
            return Either(left=StackTraceError(name=plan.fqn, error="table disappeared from the catalog"))
        column_fqns = {c.name.root: c.fullyQualifiedName.root for c in table.columns}
        tags = [ColumnTag(column_fqn=column_fqns[c.target], tag_label=TagLabel.model_validate({
                    "tagFQN": c.tag_fqn, "source": "Classification", "labelType": "Automated", "state": c.state,
                    "reason": c.reason})) for c in additions]
        return Either(right=SamplerResponse(entity=table, column_tags=tags))

    def _iter(self) -> Iterable[Either]:
        try:
            report = self.scan()
            taxonomy = taxonomy_for(self.settings)
            catalog = OMCatalog(self.metadata)
            plan = plan_push(report, catalog, self.settings, taxonomy, self.confirm)
        except Exception as exc:  # a scan or planning failure ends this run, reported like any step failure
            yield Either(left=StackTraceError(name="vdscan", error=f"scan or plan failed: {exc}",
                                              stackTrace=traceback.format_exc()))
            return
        yield from self._tag_records(plan, taxonomy)
        by_key = report_tables(report)
        for table_plan in plan.tables:
            final, outcome = apply_table(catalog, by_key[(table_plan.source, table_plan.report_fqn)], table_plan,
                                         taxonomy, plan.classification, self.confirm,
                                         keep=lambda op: not _is_column_add(op))
            if outcome.status in ("failed", "missing"):
                yield Either(left=StackTraceError(name=table_plan.fqn, error=outcome.detail))
                continue
            record = self._column_additions(final)
            if record is not None:
                yield record
        for skip in plan.skipped:
            if skip.status in ("missing", "unchanged"):
                self.status.warning(skip.fqn or skip.report_fqn, skip.reason)
            else:
                yield Either(left=StackTraceError(name=skip.fqn or skip.report_fqn, error=skip.reason))
