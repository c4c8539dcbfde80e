"""The YAML config file (`--config`): several sources with credentials from the environment, so a scheduled
scan is one command. `${NAME}` is replaced by the environment variable NAME; a missing variable is an error."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ConfigError(Exception):
    pass


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceConfig(_Model):
    name: str = Field(description="Short name used in reports and table keys.")
    url: str = Field(description="SQLAlchemy URL, database file, or Parquet path (local, s3://, gs://, hdfs://).")
    include: list[str] = Field(default_factory=list, description="Globs or re:regexes on database.schema.table.")
    exclude: list[str] = Field(default_factory=list)
    include_views: bool = False
    sample_size: int | None = Field(None, ge=1, le=100_000)
    statement_timeout: float | None = Field(None, gt=0, description="Seconds per query.")
    max_cell_bytes: int | None = Field(None, ge=16)
    options: dict[str, Any] = Field(default_factory=dict,
                                    description="Connector options, e.g. endpoint_override/region for s3.")


class ScanDefaults(_Model):
    sample_size: int = Field(100, ge=1, le=100_000)
    workers: int = Field(4, ge=1, le=64)
    statement_timeout: float = Field(5.0, gt=0)
    min_confidence: float | None = Field(None, gt=0, lt=1)
    rules: list[Path] = Field(default_factory=list)


class Config(_Model):
    sources: list[SourceConfig] = Field(min_length=1)
    scan: ScanDefaults = Field(default_factory=ScanDefaults)
    openmetadata: dict[str, Any] = Field(default_factory=dict,
                                         description="Read by the OpenMetadata push (scanner/openmetadata/settings.py).")
    ciio: bool = Field(False, description="The company is a critical information infrastructure operator.")
    exemptions: list[dict[str, Any]] = Field(
        default_factory=list, description="Declared exemptions for the inventory: tables, exemption, note, reference.")


def substitute_env(value: Any, where: str = "") -> Any:
    if isinstance(value, str):
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise ConfigError(f"{where or 'config'}: environment variable {name} is not set")
            return os.environ[name]

        return _ENV.sub(replace, value)
    if isinstance(value, list):
        return [substitute_env(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: substitute_env(v, f"{where}.{k}" if where else str(k)) for k, v in value.items()}
    return value


def load_config(path: Path) -> Config:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    try:
        return Config.model_validate(substitute_env(raw or {}))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
