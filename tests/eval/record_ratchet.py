"""Print the levels the rules reach now, in ratchet.json's shape (`python -m tests.eval.record_ratchet`)."""
from __future__ import annotations

import json
import math

from bench.eval import CORPUS, PEERS, REPORTED_TYPES, load_peer_suites, peer_report
from scanner.classifier import Classifier
from scanner.eval_cli import read_corpus, run_modes
from scanner.evaluation import MODES


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
    validation = run_modes(read_corpus(CORPUS.parent / "corpus-validation"), ["metadata"], classifier)
    validation_2 = run_modes(read_corpus(CORPUS.parent / "corpus-validation-2"), ["metadata"], classifier)
    validation_3 = run_modes(read_corpus(CORPUS.parent / "corpus-validation-3"), ["metadata"], classifier)
    document = {
        "corpus": {m: _levels(r.headline()) for m, r in corpus.items()},
        "validation": {m: _levels(r.headline()) for m, r in validation.items()},
        "validation_2": {m: _levels(r.headline()) for m, r in validation_2.items()},
        "validation_3": {m: _levels(r.headline()) for m, r in validation_3.items()},
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
