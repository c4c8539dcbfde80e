"""Write the suites and a data-source configuration stub for the same connection."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

import yaml

from scanner.gx.suites import SuiteSpec, build_suites
from scanner.inventory.scan_json import ScanDocument, parse_scan

SUITES_DIR = "suites"
CONFIG_FILE = "datasources.yml"
PASSWORD_VAR = "${VDSCAN_GX_PASSWORD}"


def config_url(url: str) -> str:
    """The URL to write into the stub: any password (or the scan's `***` mask) becomes an environment variable,
    so no credential is written to disk; GX substitutes `${VAR}` when it reads the configuration."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:{PASSWORD_VAR}@{host}"))


@dataclass(frozen=True)
class ExportResult:
    directory: Path
    suites: tuple[Path, ...]
    config: Path
    skipped_sources: tuple[str, ...]  # sources GX cannot reach through SQL (Parquet lakes)


def _config(scan: ScanDocument, specs: tuple[SuiteSpec, ...], datasource_url: str | None) -> dict[str, Any]:
    kinds = {s.name: s.kind for s in scan.sources}
    urls = {s.name: s.url for s in scan.sources}
    datasources: dict[str, Any] = {}
    validations = []
    for spec in specs:
        if kinds.get(spec.source, "sql") != "sql":
            continue
        source = datasources.setdefault(spec.source, {
            "type": "sql",
            "connection_string": config_url(datasource_url or urls.get(spec.source, "")),
            "assets": {}})
        asset = {"type": "table", "table_name": spec.table_name}
        if spec.schema_name:
            asset["schema_name"] = spec.schema_name
        source["assets"][spec.fqn] = asset
        validations.append({"suite": f"{SUITES_DIR}/{spec.file_name}", "datasource": spec.source, "asset": spec.fqn})
    # `fluent_datasources` has the shape of GX's own great_expectations.yml section, so it can be pasted there.
    return {"fluent_datasources": datasources, "vdscan_validations": validations}


def export_suites(report: Mapping[str, Any], directory: Path | str, datasource_url: str | None = None
                  ) -> ExportResult:
    """Write one suite per scanned table into DIR/suites and the data-source stub DIR/datasources.yml."""
    scan = parse_scan(report)
    directory = Path(directory)
    (directory / SUITES_DIR).mkdir(parents=True, exist_ok=True)
    specs = build_suites(scan)
    written = []
    for spec in specs:
        path = directory / SUITES_DIR / spec.file_name
        path.write_text(json.dumps(spec.suite, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    config = directory / CONFIG_FILE
    config.write_text(yaml.safe_dump(_config(scan, specs, datasource_url), allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    skipped = tuple(sorted({s.name for s in scan.sources if s.kind != "sql"}))
    return ExportResult(directory, tuple(written), config, skipped)
