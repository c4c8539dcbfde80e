"""Connectors: SQL databases through SQLAlchemy and Parquet lakes through pyarrow."""
from __future__ import annotations

from pathlib import Path

from connectors.base import Connector, ConnectorError, DistinctEstimate, SourceOptions

__all__ = ["Connector", "ConnectorError", "DistinctEstimate", "SourceOptions", "masked_location", "open_source",
           "source_url"]

_LAKE_SCHEMES = ("s3://", "gs://", "gcs://", "hdfs://", "file://")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_DUCKDB_SUFFIXES = (".duckdb", ".ddb")


def source_url(location: str) -> str:
    """A SQLAlchemy URL for a database file given as a plain path; other locations unchanged."""
    if "://" in location:
        return location
    path = Path(location)
    if path.suffix.lower() in _DUCKDB_SUFFIXES:
        return f"duckdb:///{path.resolve()}"
    if path.is_file():
        with path.open("rb") as handle:
            if handle.read(16) == _SQLITE_MAGIC:
                return f"sqlite:///{path.resolve()}"
    return location


def _is_lake(location: str) -> bool:
    return location.startswith(_LAKE_SCHEMES) or "://" not in location


def masked_location(location: str) -> str:
    """The location as it may be shown: credentials masked the way its connector masks them."""
    if _is_lake(location):
        from connectors.parquet.store import mask_url
    else:
        from connectors.sql import mask_url
    return mask_url(location)


def open_source(location: str, options: SourceOptions | None = None) -> Connector:
    """A connector for a SQLAlchemy URL, a SQLite/DuckDB file, or a Parquet path (local or object store)."""
    options = options or SourceOptions()
    location = source_url(location)
    if _is_lake(location):
        from connectors.parquet import ParquetConnector

        return ParquetConnector(location, options)
    from connectors.sql import SqlConnector

    return SqlConnector(location, options)
