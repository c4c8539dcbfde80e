"""The one harness the table-driven rule tests share: a column classified by its name, type, comment, table name
and siblings (metadata only)."""
from __future__ import annotations

from typing import Callable, Sequence

import pytest

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


Case = tuple[str, Sequence[Sibling], str, str, str | None, set[str]]  # table, siblings, name, type, comment, codes


def case_tests(exact: Sequence[Case], absent: Sequence[Case]) -> tuple[Callable, Callable]:
    """A module's two table-driven tests: each `exact` column gets exactly its codes, each `absent` column none of
    its codes. Use as `test_exact, test_absent = case_tests(EXACT, ABSENT)`."""

    @pytest.mark.parametrize("table, siblings, name, sql_type, comment, expected", exact,
                             ids=[f"{t}.{n}" for t, _, n, *_ in exact])
    def test_exact(classifier, table, siblings, name, sql_type, comment, expected):  # noqa: ANN001, ANN202
        assert codes_of(classifier, table, siblings, name, sql_type, comment) == expected

    @pytest.mark.parametrize("table, siblings, name, sql_type, comment, absent", absent,
                             ids=[f"{t}.{n}" for t, _, n, *_ in absent])
    def test_absent(classifier, table, siblings, name, sql_type, comment, absent):  # noqa: ANN001, ANN202
        assert not codes_of(classifier, table, siblings, name, sql_type, comment) & absent

    return test_exact, test_absent
