"""Dataset schemas from file footers: unification across files, drift notes, flattened columns, comments."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Sequence

import pyarrow as pa

from connectors.parquet.nested import LIST_ELEMENT, MAP_KEY, MAP_VALUE, leaves, metadata_comment
from scanner.model import ColumnRef

# Spark keeps column comments only in its own JSON schema, not in Arrow field metadata.
_SPARK_SCHEMA_KEY = b"org.apache.spark.sql.parquet.row.metadata"
_MAX_DRIFT_FIELDS = 10


@dataclass(frozen=True)
class DatasetSchema:
    """The unified schema of a dataset's files, with what differed between them."""

    schema: pa.Schema
    drift: str | None  # a note naming the fields that differ, or None when every footer agreed


def unify(counted: Sequence[tuple[pa.Schema, int]]) -> DatasetSchema:
    """Unify each distinct footer schema, given with the number of footers that have it, with permissive
    promotion (int32+int64 → int64, missing → nullable); on a real conflict (string vs int64) the type most files
    use wins and the sampler nulls the other files' values."""
    schemas = [schema for schema, _ in counted]
    try:
        unified = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        unified = _majority_schema(counted)
    return DatasetSchema(unified, _drift_note(counted))


def _majority_schema(counted: Sequence[tuple[pa.Schema, int]]) -> pa.Schema:
    total = sum(count for _, count in counted)
    by_name: dict[str, list[tuple[pa.Field, int]]] = {}
    for schema, count in counted:
        for field in schema:
            by_name.setdefault(field.name, []).append((field, count))
    fields = []
    for seen in by_name.values():
        votes: Counter[pa.DataType] = Counter()
        for field, count in seen:
            votes[field.type] += count
        winner, _ = votes.most_common(1)[0]
        field = next(f for f, _ in seen if f.type == winner)
        fields.append(field.with_nullable(field.nullable or sum(count for _, count in seen) < total))
    return pa.schema(fields, metadata=counted[0][0].metadata)


def _drift_note(counted: Sequence[tuple[pa.Schema, int]]) -> str | None:
    if len(counted) < 2:
        return None  # every footer has the same schema
    names = list(dict.fromkeys(name for schema, _ in counted for name in schema.names))
    differences = []
    for name in names:
        types: Counter[str] = Counter()
        missing = 0
        for schema, count in counted:
            index = schema.get_field_index(name)
            if index < 0:
                missing += count
            else:
                types[str(schema.field(index).type)] += count
        if len(types) == 1 and not missing:
            continue
        parts = [f"{t} in {count}" for t, count in types.most_common()]
        if missing:
            parts.append(f"missing in {missing}")
        differences.append(f"{name} ({', '.join(parts)})")
    if not differences:
        return None
    shown = "; ".join(differences[:_MAX_DRIFT_FIELDS])
    more = f"; and {len(differences) - _MAX_DRIFT_FIELDS} more" if len(differences) > _MAX_DRIFT_FIELDS else ""
    total = sum(count for _, count in counted)
    return f"schema drift across {total} file footers read: {shown}{more}"


def column_refs(schema: pa.Schema) -> tuple[tuple[ColumnRef, ...], dict[str, str]]:
    """Flattened columns, and for each the top-level field it is read from."""
    extra = _spark_comments(schema.metadata)
    columns: list[ColumnRef] = []
    top_level: dict[str, str] = {}
    for field in schema:
        for leaf in leaves(field, extra):
            columns.append(ColumnRef(leaf.name, str(leaf.type), leaf.comment, leaf.nullable))
            top_level[leaf.name] = field.name
    return tuple(columns), top_level


def table_comment(schema: pa.Schema) -> str | None:
    return metadata_comment(schema.metadata)


def schema_digest(schema: pa.Schema) -> str:
    return hashlib.sha256(schema.serialize().to_pybytes()).hexdigest()


def _spark_comments(metadata: dict[bytes, bytes] | None) -> dict[str, str]:
    raw = (metadata or {}).get(_SPARK_SCHEMA_KEY)
    if not raw:
        return {}
    try:
        spark_schema = json.loads(raw)
    except ValueError:
        return {}
    comments: dict[str, str] = {}
    for field in spark_schema.get("fields", []) if isinstance(spark_schema, dict) else []:
        _collect_spark(field.get("name", ""), field, comments)
    return comments


def _collect_spark(name: str, node: dict[str, Any], comments: dict[str, str]) -> None:
    comment = (node.get("metadata") or {}).get("comment")
    if isinstance(comment, str) and comment.strip():
        comments[name] = comment.strip()
    _collect_spark_type(name, node.get("type"), comments)


def _collect_spark_type(name: str, spark_type: Any, comments: dict[str, str]) -> None:
    if not isinstance(spark_type, dict):
        return
    kind = spark_type.get("type")
    if kind == "struct":
        for child in spark_type.get("fields", []):
            _collect_spark(f"{name}.{child.get('name', '')}", child, comments)
    elif kind == "array":
        _collect_spark_type(name + LIST_ELEMENT, spark_type.get("elementType"), comments)
    elif kind == "map":
        _collect_spark_type(name + MAP_KEY, spark_type.get("keyType"), comments)
        _collect_spark_type(name + MAP_VALUE, spark_type.get("valueType"), comments)
