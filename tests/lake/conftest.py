"""Fixtures for the Parquet lake tests; they live in lakes.py so tests can import its helpers too."""
from __future__ import annotations

from tests.lake.lakes import counting_fs, lake, s3_requests, s3_server

__all__ = ["counting_fs", "lake", "s3_requests", "s3_server"]
