"""Shipped rules on columns with sample values: where the values, not the name, settle the meaning.

Written from conventions.md and mappings/README.md decisions (16, 24, 40), not from any evaluation corpus."""
from __future__ import annotations

import random

import pyarrow as pa

from scanner.classifier import Classifier
from scanner.model import ColumnRef, TableRef


def codes(classifier: Classifier, table: str, columns: dict[str, list], target: str) -> set[str]:
    ref = TableRef("src", ("db", table), tuple(ColumnRef(name, "varchar") for name in columns))
    sample = pa.table({name: pa.array([str(v) for v in values]) for name, values in columns.items()})
    verdict = classifier.classify(ref, sample)
    return set(next(c for c in verdict.columns if c.name == target).codes)


def random_digits(rng: random.Random, groups: int = 4) -> str:
    """Card-shaped test data: four groups of four random digits, almost never Luhn-valid."""
    return "-".join(f"{rng.randrange(10_000):04d}" for _ in range(groups))


def test_coordinates_in_range_without_vehicle_context_are_not_vehicle_positions(classifier: Classifier) -> None:
    rng = random.Random(1)
    # Landslide events at latitudes that fall inside China's band (18-54 N) but longitudes in the Americas.
    events = {"event_date": ["2007-03-02"] * 50, "hazard_type": ["landslide"] * 50,
              "latitude": [f"{rng.uniform(25, 45):.4f}" for _ in range(50)],
              "longitude": [f"{rng.uniform(-120, -75):.4f}" for _ in range(50)]}
    assert codes(classifier, "landslide_catalog", events, "latitude") == set()
    assert codes(classifier, "landslide_catalog", events, "longitude") == set()


def test_coordinates_with_vehicle_context_are_positions(classifier: Classifier) -> None:
    rng = random.Random(2)
    track = {"vin": ["LSVAU2180N2183294"] * 50, "gps_time": ["2026-01-01 08:00:00"] * 50,
             "latitude": [f"{rng.uniform(30, 40):.6f}" for _ in range(50)],
             "longitude": [f"{rng.uniform(110, 120):.6f}" for _ in range(50)]}
    assert {"C16.1", "P02"} <= codes(classifier, "vehicle_track", track, "latitude")
    assert {"C16.1", "P02"} <= codes(classifier, "vehicle_track", track, "longitude")


def test_card_number_beside_a_credit_limit_is_a_payment_card_even_with_test_values(classifier: Classifier) -> None:
    rng = random.Random(3)
    cards = {"card_number": [random_digits(rng) for _ in range(50)],
             "card_family": [rng.choice(["Gold", "Premium", "Platinum"]) for _ in range(50)],
             "credit_limit": [str(rng.randrange(1_000, 500_000)) for _ in range(50)]}
    assert "P02" in codes(classifier, "card_base", cards, "card_number")


def test_bare_card_number_with_non_luhn_values_stays_untagged(classifier: Classifier) -> None:
    rng = random.Random(4)
    # A member or badge card: nothing says payment card, and the values fail the Luhn check (decision 16).
    members = {"card_number": [random_digits(rng) for _ in range(50)], "points": ["120"] * 50}
    assert "P02" not in codes(classifier, "member", members, "card_number")


def test_a_count_of_credit_cards_is_not_a_card(classifier: Classifier) -> None:
    rng = random.Random(5)
    customers = {"num_credit_card": [str(rng.randrange(0, 12)) for _ in range(50)],
                 "annual_income": [str(rng.randrange(10_000, 90_000)) for _ in range(50)]}
    assert "P02" not in codes(classifier, "customers", customers, "num_credit_card")


def test_iban_is_a_financial_account(classifier: Classifier) -> None:
    ibans = {"iban": ["DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606"] * 20}
    assert codes(classifier, "payments", ibans, "iban") == {"P02"}
