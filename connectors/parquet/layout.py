"""Group a recursive file listing into datasets, in memory and without opening a file.

A dataset is the directory that holds Parquet files, directly or under Hive partition directories
(`key=value/`): like a Purview resource set, a thousand part files are one table. Names starting with `.` or `_`
(`_SUCCESS`, `_metadata`, `_temporary/`, `.part-0.crc`) and `*.crc` are writer sidecars, skipped silently as Spark
and pyarrow.dataset do; any other non-Parquet file is reported, because it may hold data the scan did not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import unquote

PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
_SIDECAR_PREFIXES = (".", "_")
_SIDECAR_SUFFIXES = (".crc",)
_PARTITION_DIR = re.compile(r"^([^=]+)=(.*)$")
_HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"


@dataclass(frozen=True)
class ListedFile:
    path: str
    size: int
    mtime_ns: int | None


@dataclass(frozen=True)
class LakeFile:
    path: str
    size: int
    mtime_ns: int | None
    partition: tuple[tuple[str, str | None], ...] = ()  # Hive keys and values from the path, outermost first


@dataclass(frozen=True)
class DatasetFiles:
    parts: tuple[str, ...]
    directory: str
    files: tuple[LakeFile, ...]


@dataclass(frozen=True)
class StrayFiles:
    """Non-Parquet files in one directory; `parts` names the dataset they sit in, for the include/exclude filter."""

    parts: tuple[str, ...]
    directory: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class LakeLayout:
    datasets: tuple[DatasetFiles, ...]
    strays: tuple[StrayFiles, ...]


def is_parquet_name(name: str) -> bool:
    return name.lower().endswith(PARQUET_SUFFIXES)


def dataset_name(file_name: str) -> str:
    """A single file's table name: `trips.parquet` → `trips`."""
    lower = file_name.lower()
    for suffix in PARQUET_SUFFIXES:
        if lower.endswith(suffix):
            return file_name[: -len(suffix)]
    return file_name


def plan_lake(root: str, root_name: str, listing: Iterable[ListedFile]) -> LakeLayout:
    """Datasets and stray files under `root`, sorted for stable output.

    A dataset is named by its directory relative to the root; Parquet files directly in the root form a dataset
    named `root_name`."""
    root = root.rstrip("/")
    datasets: dict[tuple[str, ...], list[LakeFile]] = {}
    strays: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for entry in listing:
        components = entry.path[len(root) + 1:].split("/")
        directories, name = components[:-1], components[-1]
        if any(c.startswith(_SIDECAR_PREFIXES) for c in components) or name.lower().endswith(_SIDECAR_SUFFIXES):
            continue
        dataset_dirs, partition = _split_partitions(directories)
        if is_parquet_name(name):
            datasets.setdefault(tuple(dataset_dirs), []).append(
                LakeFile(entry.path, entry.size, entry.mtime_ns, partition))
        else:
            strays.setdefault((tuple(dataset_dirs), entry.path[: -len(name) - 1]), []).append(name)
    return LakeLayout(
        datasets=tuple(
            DatasetFiles(dirs or (root_name,), "/".join((root, *dirs)), tuple(sorted(files, key=lambda f: f.path)))
            for dirs, files in sorted(datasets.items())
        ),
        strays=tuple(StrayFiles(dirs or (root_name,), directory, tuple(sorted(names)))
                     for (dirs, directory), names in sorted(strays.items())),
    )


def _split_partitions(directories: list[str]) -> tuple[list[str], tuple[tuple[str, str | None], ...]]:
    """Directories up to the first `key=value` one name the dataset; the `key=value` ones below are partitions."""
    for index, directory in enumerate(directories):
        if _PARTITION_DIR.match(directory):
            partition = []
            for component in directories[index:]:
                match = _PARTITION_DIR.match(component)
                if match:
                    value = unquote(match.group(2))
                    partition.append((unquote(match.group(1)), None if value == _HIVE_NULL else value))
            return directories[:index], tuple(partition)
    return directories, ()
