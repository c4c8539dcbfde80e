"""The committed corpora are usable: right format, known codes, enough columns, sources and untagged columns."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mappings.loader import load_taxonomy
from scanner.eval_cli import read_corpus
from scanner.evaluation import CORPUS_FIELDS, check_corpus
from tests.eval.test_ratchet import VALIDATION_CORPORA

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"


@pytest.fixture(scope="module")
def columns():
    return read_corpus(CORPUS)


def test_every_file_has_the_corpus_header():
    files = sorted(CORPUS.glob("*.csv"))
    assert files
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            assert tuple(next(csv.reader(handle))) == CORPUS_FIELDS, path.name


def test_codes_exist_and_tables_stay_together(columns):
    assert check_corpus(columns, load_taxonomy().codes) == []


def test_size_sources_and_untagged_share(columns):
    assert len(columns) >= 600
    assert len({c.source for c in columns}) >= 8
    assert sum(not c.expected for c in columns) / len(columns) >= 0.30


def test_every_source_is_documented(columns):
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for source in {c.source for c in columns}:
        assert f"`{source}`" in readme, source


def test_values_are_short_lists(columns):
    for column in columns:
        if column.values is not None:
            assert 1 <= len(column.values) <= 20, column.key


@pytest.mark.parametrize("folder", sorted(VALIDATION_CORPORA.values()))
def test_validation_corpora_are_well_formed_and_documented(folder):
    """Each held-out corpus keeps the corpus format, known codes, its sources listed in its README and a measured
    first figure: a corpus added without its provenance or its blind measure would not say what it measures."""
    path = CORPUS.parent / folder
    held_out = read_corpus(path)
    assert check_corpus(held_out, load_taxonomy().codes) == []
    readme = (path / "README.md").read_text(encoding="utf-8")
    for source in {c.source for c in held_out}:
        assert f"`{source}`" in readme, (folder, source)
    assert "## Measurements" in readme and "To be measured" not in readme, folder
