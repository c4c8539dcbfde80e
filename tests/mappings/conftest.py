"""Shared by the rule tests: one classifier of the shipped rule packs (it is pure, so tests can share it)."""
from __future__ import annotations

import pytest

from scanner.classifier import Classifier


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier.default()
