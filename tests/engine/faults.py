"""Faults the engine tests inject: one place that makes the classifier fail on a chosen table."""
from __future__ import annotations

import pytest

from scanner.classifier import Classifier


def classifier_fails_on(monkeypatch: pytest.MonkeyPatch, table_name: str) -> None:
    """Every batch holding a table of this name raises, as a classifier bug on odd data would."""
    original = Classifier.classify_many

    def fails_on_one(self: Classifier, items):  # noqa: ANN001, ANN202
        if any(table.name == table_name for table, *_ in items):
            raise ValueError("odd data")
        return original(self, items)

    monkeypatch.setattr(Classifier, "classify_many", fails_on_one)
