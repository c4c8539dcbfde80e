"""The one harness the table-driven rule tests share: a column classified by its name, type, comment, table name
and siblings (metadata only)."""
from __future__ import annotations

from typing import Sequence

from scanner.classifier import Classifier
from scanner.model import ColumnRef, TableRef

Sibling = str | tuple[str, str]  # a name, or (name, comment): sibling comments count as context


def codes_of(classifier: Classifier, table: str, siblings: Sequence[Sibling], name: str, sql_type: str,
             comment: str | None) -> set[str]:
    columns = [ColumnRef(s[0], "varchar", s[1]) if isinstance(s, tuple) else ColumnRef(s, "varchar")
               for s in siblings if (s[0] if isinstance(s, tuple) else s) != name]
    columns.append(ColumnRef(name, sql_type, comment))
    verdict = classifier.classify(TableRef("src", ("db", table), tuple(columns)))
    return set(next(c for c in verdict.columns if c.name == name).codes)
