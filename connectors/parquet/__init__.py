"""Parquet lakes through pyarrow filesystems.

Locations:
- a local path or `file://` URI: one `.parquet` file (one table) or a directory walked recursively;
- `s3://bucket/prefix`: options.extra `endpoint_override` (e.g. `http://127.0.0.1:9000` for MinIO),
  `region`, `access_key` + `secret_key` (+ `session_token`), else the standard AWS chain (environment,
  `~/.aws`, instance metadata); `anonymous: true` for public buckets;
- `gs://bucket/prefix` and `hdfs://namenode:port/path`: opened with `pyarrow.fs.FileSystem.from_uri`, so
  credentials come from those systems' own environment (GOOGLE_APPLICATION_CREDENTIALS, HADOOP_HOME/CLASSPATH
  and libhdfs). These two are not exercised by the tests.

A directory of Parquet files, possibly under Hive `key=value/` partition directories, is one dataset (one
TableRef); nested columns are flattened as `connectors.parquet.nested` describes.
"""
from __future__ import annotations

from connectors.parquet.connector import ParquetConnector

__all__ = ["ParquetConnector"]
