"""Print the levels the rules reach now, in ratchet.json's shape (`python -m tests.eval.record_ratchet`)."""
from __future__ import annotations

import json
import math

from bench.eval import CORPUS, PEERS, REPORTED_TYPES, load_peer_suites, peer_report
from scanner.classifier import Classifier
from scanner.eval_cli import read_corpus, run_modes
from scanner.evaluation import MODES
from tests.eval.test_ratchet import VALIDATION_CORPORA


def _floor(value: float) -> float:
    return math.floor(value * 10_000) / 10_000


def _ceil(value: float) -> float:
    return math.ceil(value * 10_000) / 10_000


def _levels(headline: dict) -> dict:
    return {k: (_ceil(v) if k == "untagged_fp_rate" else _floor(v)) for k, v in headline.items()}


def main() -> None:
    classifier = Classifier.default()
    corpus = run_modes(read_corpus(CORPUS), MODES, classifier)
    peers = peer_report(*load_peer_suites(PEERS), MODES, classifier)
    validation = {key: run_modes(read_corpus(CORPUS.parent / folder), ["metadata"], classifier)
                  for key, folder in VALIDATION_CORPORA.items()}
    document = {
        "corpus": {m: _levels(r.headline()) for m, r in corpus.items()},
        **{key: {m: _levels(r.headline()) for m, r in results.items()} for key, results in validation.items()},
        "peers": {m: _levels(v["overall"].headline()) for m, v in peers.items()},
        "peer_types": {"values": {t: {"precision": _floor(peers["values"]["types"][t].precision),
                                      "recall": _floor(peers["values"]["types"][t].recall)}
                                  for t in REPORTED_TYPES}},
        "targets": {"corpus_metadata": {"micro_f1": 0.85, "kind_accuracy": 0.93, "untagged_fp_rate": 0.03},
                    "peer_types_values": {"precision": 0.98, "recall": 0.95}},
    }
    print(json.dumps(document, indent=2))


if __name__ == "__main__":
    main()
