"""The ratchet: the rules may not get worse than the levels recorded in ratchet.json.

Also guarded: the held-out validation corpora (bench/corpus-validation, bench/corpus-validation-2 … -20, metadata
only — they have no sample values), whose levels are in ratchet.json under the keys of `VALIDATION_CORPORA`.

The lead raises the levels as the rules improve (`python -m tests.eval.record_ratchet` prints current levels).
Levels are lower bounds for F1, precision, recall and kind accuracy, and an upper bound for the FP rate on
columns that must stay untagged. The peers' suites are read from <repo>/../shared/data/peers at run time."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.eval import CORPUS, PEERS, REPORTED_TYPES, load_peer_suites, peer_report
from scanner.eval_cli import read_corpus, run_modes
from scanner.evaluation import MODES

RATCHET = json.loads((Path(__file__).with_name("ratchet.json")).read_text())
# ratchet.json key -> folder beside bench/corpus
VALIDATION_CORPORA = {"validation": "corpus-validation",
                      **{f"validation_{n}": f"corpus-validation-{n}" for n in range(2, 21)}}
TOLERANCE = 1e-4
LOWER_BOUNDS = ("micro_f1", "micro_precision", "kind_accuracy")


@pytest.fixture(scope="module")
def classifier():
    from scanner.classifier import Classifier

    return Classifier.default()


@pytest.fixture(scope="module")
def corpus_results(classifier):
    return run_modes(read_corpus(CORPUS), MODES, classifier)


@pytest.fixture(scope="module")
def peer_results(classifier):
    assert PEERS.is_dir(), f"peers' suites not found at {PEERS} (see shared/data/peers/README.md)"
    return peer_report(*load_peer_suites(PEERS), MODES, classifier)


def _check(levels: dict, measured: dict, where: str) -> list[str]:
    worse = []
    for name in LOWER_BOUNDS:
        if measured[name] < levels[name] - TOLERANCE:
            worse.append(f"{where} {name}: {measured[name]:.4f} < recorded {levels[name]:.4f}")
    if measured["untagged_fp_rate"] > levels["untagged_fp_rate"] + TOLERANCE:
        worse.append(f"{where} untagged_fp_rate: {measured['untagged_fp_rate']:.4f} > "
                     f"recorded {levels['untagged_fp_rate']:.4f}")
    return worse


@pytest.mark.parametrize("mode", MODES)
def test_corpus_does_not_regress(corpus_results, mode):
    worse = _check(RATCHET["corpus"][mode], corpus_results[mode].headline(), f"corpus/{mode}")
    assert not worse, "\n".join(worse)


@pytest.mark.parametrize("key", VALIDATION_CORPORA)
def test_validation_corpora_do_not_regress(classifier, key):
    measured = run_modes(read_corpus(CORPUS.parent / VALIDATION_CORPORA[key]), ["metadata"], classifier)
    worse = _check(RATCHET[key]["metadata"], measured["metadata"].headline(), f"{key}/metadata")
    assert not worse, "\n".join(worse)


@pytest.mark.parametrize("mode", MODES)
def test_peer_suites_do_not_regress(peer_results, mode):
    worse = _check(RATCHET["peers"][mode], peer_results[mode]["overall"].headline(), f"peers/{mode}")
    assert not worse, "\n".join(worse)


@pytest.mark.parametrize("peer_type", REPORTED_TYPES)
def test_peer_types_do_not_regress(peer_results, peer_type):
    levels = RATCHET["peer_types"]["values"][peer_type]
    score = peer_results["values"]["types"][peer_type]
    assert score.precision >= levels["precision"] - TOLERANCE, f"{peer_type} precision {score.precision:.4f}"
    assert score.recall >= levels["recall"] - TOLERANCE, f"{peer_type} recall {score.recall:.4f}"


def test_issue_targets_hold(corpus_results, peer_results):
    """The accuracy targets themselves (ratchet.json `targets`), not only the recorded levels."""
    targets = RATCHET["targets"]
    corpus = corpus_results["metadata"].headline()
    assert corpus["micro_f1"] >= targets["corpus_metadata"]["micro_f1"]
    assert corpus["kind_accuracy"] >= targets["corpus_metadata"]["kind_accuracy"]
    assert corpus["untagged_fp_rate"] <= targets["corpus_metadata"]["untagged_fp_rate"]
    wanted = targets["peer_types_values"]
    short = [f"{t}: precision {s.precision:.3f}, recall {s.recall:.3f}"
             for t in REPORTED_TYPES for s in [peer_results["values"]["types"][t]]
             if s.precision < wanted["precision"] or s.recall < wanted["recall"]]
    assert not short, "\n".join(short)
