"""The detectors against openDLP's labelled Chinese values (read from ../shared, never copied into the repo)."""
from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest

from scanner.detectors import run_detector

OPENDLP = Path(__file__).parents[2].parent / "shared/data/peers/opendlp"


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.is_file(), f"peer data missing: {path} (CI checks out ../shared beside the repo)"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# openDLP regex/<TYPE>.csv -> (detector, whether the negatives should pass). The IPV4 file's negatives are IPv6
# addresses and the other way round; ip_address accepts both families, so there they must pass.
PAIR_FILES = {
    "ID_CARD": ("cn_resident_id", False), "MOBILE_PHONE": ("cn_mobile", False), "LICENSE_PLATE": ("cn_plate", False),
    "BANK_CARD": ("bank_card", False), "EMAIL": ("email", False), "IPV4": ("ip_address", True),
    "IPV6": ("ip_address", True), "MAC": ("mac_address", False), "SOCIAL_CREDIT_CODE": ("uscc", False),
    "TELEPHONE": ("cn_landline", False), "PASSPORT": ("passport", False), "DOMAIN_NAME": ("hostname", False),
}


@pytest.mark.parametrize("peer_type", sorted(PAIR_FILES))
def test_peer_value_pairs(peer_type: str) -> None:
    name, negatives_pass = PAIR_FILES[peer_type]
    rows = read_csv(OPENDLP / "regex" / f"{peer_type}.csv")
    positive = run_detector(name, pa.array([r["positive"] for r in rows])).ratio
    negative = run_detector(name, pa.array([r["negative"] for r in rows])).ratio
    assert positive >= 0.95, f"{peer_type}: {positive:.4f} of positives pass {name}"
    if negatives_pass:
        assert negative >= 0.95, f"{peer_type}: {negative:.4f} of the other IP family pass {name}"
    else:
        assert negative <= 0.02, f"{peer_type}: {negative:.4f} of negatives pass {name}"


# dataset-test.csv: the header is the label.
LABELS = {
    "PERSON": "cn_person_name", "ID_CARD": "cn_resident_id", "TELEPHONE": "cn_landline", "MOBILE_PHONE": "cn_mobile",
    "EMAIL": "email", "LICENSE_PLATE": "cn_plate", "BANK_CARD": "bank_card", "PASSPORT": "passport",
    "SOCIAL_CREDIT_CODE": "uscc", "IPV4": "ip_address", "IPV6": "ip_address", "MAC": "mac_address",
    "DOMAIN_NAME": "hostname", "LOCATION": "cn_address", "DATE": "timestamp_like",
}


@pytest.fixture(scope="module")
def labelled_columns() -> dict[str, pa.Array]:
    rows = read_csv(OPENDLP / "dataset-test.csv")
    return {label: pa.array([r[label] for r in rows]) for label in rows[0]}


@pytest.mark.parametrize("detector_name", sorted(set(LABELS.values())))
def test_confusion_matrix(labelled_columns: dict[str, pa.Array], detector_name: str) -> None:
    for label, values in labelled_columns.items():
        share = run_detector(detector_name, values).ratio
        if LABELS.get(label) == detector_name:
            assert share >= 0.95, f"{label} passes {detector_name} at {share:.3f}"
        else:
            assert share <= 0.05, f"{label} passes {detector_name} at {share:.3f}"
