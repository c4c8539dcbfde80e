"""Where and how to push: server, token, service mapping, TLS and retry settings.

Precedence: command-line option > environment (`OPENMETADATA_HOST_PORT`, `OPENMETADATA_JWT_TOKEN`) > config file.
The token is never a command-line argument (it would sit in shell history and `ps`). Config file (YAML):

    openmetadata:
      url: https://catalog.example.com/api       # `/api` is appended when missing
      jwt_token: ${OM_BOT_TOKEN}                  # ${ENV} is substituted; or leave it to OPENMETADATA_JWT_TOKEN
      classification: VehicleData
      service: warehouse                          # default service for every source
      database: default                           # fill-ins for paths with fewer than 3 parts
      schema: default
      sources:                                    # per scan source (its `name` in the report)
        lake: {service: s3_lake, database: default, schema: telemetry, layout: path}
      ca_bundle: /etc/ssl/corp-ca.pem             # TLS is verified by default; `insecure: true` turns it off
      timeout_s: 30
      retries: 5
      backoff_s: 0.5
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import yaml

from scanner.config import ConfigError, substitute_env

from scanner.openmetadata.fqn import MappingProblem, ServiceMapping
from scanner.openmetadata.tags import DEFAULT_CLASSIFICATION

ENV_URL = "OPENMETADATA_HOST_PORT"
ENV_TOKEN = "OPENMETADATA_JWT_TOKEN"
_KEYS = {"url", "jwt_token", "classification", "service", "database", "schema", "layout", "sources", "ca_bundle",
         "insecure", "timeout_s", "retries", "backoff_s", "taxonomy"}


class SettingsError(ValueError):
    """A configuration the push cannot run with (exit code 2)."""


@dataclass(frozen=True)
class PushSettings:
    url: str | None = None
    token: str | None = field(default=None, repr=False)
    classification: str = DEFAULT_CLASSIFICATION
    service: str | None = None
    database: str = "default"
    schema: str = "default"
    layout: str = "parts"
    sources: Mapping[str, ServiceMapping] = field(default_factory=lambda: MappingProxyType({}))
    ca_bundle: str | None = None
    insecure: bool = False
    timeout_s: float = 30.0
    retries: int = 5
    backoff_s: float = 0.5
    taxonomy: str | None = None  # path of a taxonomy file; the packaged one when None

    def mapping_for(self, source: str) -> ServiceMapping:
        if source in self.sources:
            return self.sources[source]
        if not self.service:
            raise MappingProblem(f"no OpenMetadata service for source {source!r}: pass --om-service or map it "
                                 "under `openmetadata.sources` in the config file")
        return ServiceMapping(self.service, self.database, self.schema, self.layout)

    def api_url(self) -> str:
        if not self.url:
            raise SettingsError(f"no OpenMetadata server: pass --om-url, set {ENV_URL} or `openmetadata.url`")
        url = self.url.rstrip("/")
        return url if url.endswith("/api") else url + "/api"

    def require_token(self) -> str:
        if not self.token:
            raise SettingsError(f"no bot token: set {ENV_TOKEN} or `openmetadata.jwt_token` in the config file")
        return self.token


def _from_file(path: Path) -> dict:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: not valid YAML ({exc})") from None
    section = document.get("openmetadata", {}) if isinstance(document, dict) else None
    if not isinstance(section, dict):
        raise SettingsError(f"{path}: `openmetadata` must be a mapping")
    unknown = set(section) - _KEYS
    if unknown:
        raise SettingsError(f"{path}: unknown keys under `openmetadata`: {', '.join(sorted(unknown))}")
    try:
        return substitute_env(section, "openmetadata")
    except ConfigError as exc:
        raise SettingsError(f"{path}: {exc}") from None


def _source_mappings(raw: object, defaults: dict) -> Mapping[str, ServiceMapping]:
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, dict):
        raise SettingsError("`openmetadata.sources` must map source names to {service, database, schema, layout}")
    mappings = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or "service" not in entry:
            raise SettingsError(f"`openmetadata.sources.{name}` needs at least `service`")
        try:
            mappings[str(name)] = ServiceMapping(**{**defaults, **entry})
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"`openmetadata.sources.{name}`: {exc}") from None
    return MappingProxyType(mappings)


def load_settings(config: str | Path | None = None, *, url: str | None = None, service: str | None = None,
                  environ: Mapping[str, str] | None = None) -> PushSettings:
    """Settings from the config file, then the environment, then explicit options (each overriding the last)."""
    environ = os.environ if environ is None else environ
    section = _from_file(Path(config)) if config else {}
    defaults = {"database": str(section.get("database", "default")), "schema": str(section.get("schema", "default")),
                "layout": str(section.get("layout", "parts"))}
    try:
        settings = PushSettings(
            url=section.get("url"), token=section.get("jwt_token"),
            classification=str(section.get("classification", DEFAULT_CLASSIFICATION)),
            service=section.get("service"), sources=_source_mappings(section.get("sources"), defaults),
            ca_bundle=section.get("ca_bundle"), insecure=bool(section.get("insecure", False)),
            timeout_s=float(section.get("timeout_s", 30.0)), retries=int(section.get("retries", 5)),
            backoff_s=float(section.get("backoff_s", 0.5)), taxonomy=section.get("taxonomy"), **defaults)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"bad value in the config file: {exc}") from None
    if defaults["layout"] not in ("parts", "path"):
        raise SettingsError(f"`openmetadata.layout` must be parts or path, not {defaults['layout']!r}")
    overrides: dict = {}
    if environ.get(ENV_URL):
        overrides["url"] = environ[ENV_URL]
    if environ.get(ENV_TOKEN):
        overrides["token"] = environ[ENV_TOKEN]
    if url:
        overrides["url"] = url
    if service:
        overrides["service"] = service
    return replace(settings, **overrides)
