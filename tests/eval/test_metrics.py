"""The harness's arithmetic on hand-made predictions whose precision and recall are known."""
from __future__ import annotations

import pytest

from scanner.evaluation import (
    CorpusError, LabelledColumn, PeerType, Prediction, check_corpus, column_from_row, evaluate, kind_of,
    parse_codes, per_type_scores, predict, sample_table,
)

KINDS = {"C16.1": "important", "C23.2": "important", "C04.2": "general", "P01": "personal", "P02": "sensitive_personal",
         "P03": "personal", "G01": "general"}


def col(name: str, expected: str, table: str = "t", accepted: frozenset = frozenset(), values=None) -> LabelledColumn:
    return LabelledColumn("s", table, name, "varchar", None, values, parse_codes(expected), accepted)


def pred(name: str, expected: str, predicted: str, **kw) -> Prediction:
    return Prediction(col(name, expected, **kw), parse_codes(predicted))


@pytest.fixture
def result():
    return evaluate([
        pred("lat", "C16.1;P02", "C16.1;P02"),  # exact
        pred("lon", "C16.1;P02", "C16.1"),      # misses P02
        pred("speed", "C23.2", "C23.2;P01"),    # adds P01
        pred("id", "", "P01"),                  # untagged column tagged
        pred("update_time", "", ""),            # untagged, right
        pred("name", "P01", ""),                # missed entirely
    ], KINDS)


def test_micro_precision_recall(result):
    # tp: C16.1 x2, P02, C23.2 = 4; fp: P01 x2 = 2; fn: P02, P01 = 2
    assert (result.micro.tp, result.micro.fp, result.micro.fn) == (4, 2, 2)
    assert result.micro.precision == pytest.approx(4 / 6)
    assert result.micro.recall == pytest.approx(4 / 6)
    assert result.micro.f1 == pytest.approx(4 / 6)


def test_per_code(result):
    p01 = result.per_code["P01"]
    assert (p01.tp, p01.fp, p01.fn) == (0, 2, 1)
    assert p01.precision == 0.0 and p01.recall == 0.0
    p02 = result.per_code["P02"]
    assert (p02.precision, p02.recall) == (1.0, 0.5)
    assert result.per_code["C16.1"].f1 == 1.0


def test_macro_runs_over_expected_codes(result):
    # expected codes: C16.1 (f1 1), P02 (f1 2/3), C23.2 (f1 1), P01 (f1 0)
    assert result.macro_f1 == pytest.approx((1 + 2 / 3 + 1 + 0) / 4)


def test_kind_accuracy_and_untagged_fp_rate(result):
    # kinds right: lat (ID=ID), lon (ID=ID), speed (ID=ID), update_time (none=none); wrong: id, name
    assert result.kind_accuracy == pytest.approx(4 / 6)
    assert result.untagged_columns == 2 and result.untagged_false_positives == 1
    assert result.untagged_fp_rate == 0.5
    assert result.exact_match == pytest.approx(2 / 6)
    assert result.per_kind["none"].precision == pytest.approx(1 / 2)  # predicted none: update_time, name


def test_confusion_summary(result):
    confusion = result.confusion()
    assert confusion["false_positive_codes"][0] == ["P01", 2]
    assert ["P02", 1] in confusion["missed_codes"]
    assert result.substitutions == {}  # no column both missed one code and added another
    swapped = evaluate([pred("a", "P03", "P01"), pred("b", "P03", "P01")], KINDS)
    assert swapped.confusion()["substitutions"] == [["P03->P01", 2]]


def test_kind_of_takes_the_most_restrictive():
    assert kind_of(("P01", "C16.1"), KINDS) == "important"
    assert kind_of(("P01", "P02"), KINDS) == "sensitive_personal"
    assert kind_of(("C04.2",), KINDS) == "general"
    assert kind_of((), KINDS) == "none"


def test_accepted_codes_stand_in_for_coarse_labels():
    coarse = frozenset({"P02", "C16.1"})
    r = evaluate([pred("lat", "P01", "C16.1;P02", accepted=coarse), pred("x", "", "G01", accepted=frozenset({"G01"}))],
                 KINDS)
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 0)
    assert r.kind_accuracy == 1.0 and r.untagged_false_positives == 0


def test_perfect_and_empty_predictions():
    perfect = evaluate([pred("a", "P01", "P01"), pred("b", "", "")], KINDS)
    assert perfect.micro.f1 == 1.0 and perfect.kind_accuracy == 1.0 and perfect.untagged_fp_rate == 0.0
    silent = evaluate([pred("a", "P01", ""), pred("b", "C23.2", "")], KINDS)
    assert silent.micro.recall == 0.0 and silent.micro.precision == 0.0 and silent.micro.f1 == 0.0


def test_per_type_scores_use_detectors_and_type_specific_negatives():
    vin, plate, idc = (PeerType("VIN", frozenset({"P01"}), frozenset({"vin"})),
                       PeerType("PLATE", frozenset({"P01"}), frozenset({"cn_plate"})),
                       PeerType("ID", frozenset({"P02"}), frozenset({"cn_resident_id"})))
    preds = [
        Prediction(col("vin", "P01"), ("P01",), (("vin", 1.0, 10),)),
        Prediction(col("plate", "P01"), ("P01",), (("cn_plate", 0.9, 10),)),       # P01, but not a VIN
        Prediction(col("id", "P02"), ("P01",), (("cn_resident_id", 1.0, 10),)),    # wrong code
        Prediction(col("neg", ""), ("P02",), (("bank_card", 1.0, 10),)),          # ID negative: a bank card
        Prediction(col("price", ""), ("P01",), (("vin", 0.7, 10),)),               # untagged claimed as VIN
    ]
    labels = {"s:t.vin": "VIN", "s:t.plate": "PLATE", "s:t.id": "ID", "s:t.neg": None, "s:t.price": None}
    scores = per_type_scores(preds, labels, (vin, plate, idc), {"s:t.neg": "ID"})
    assert (scores["VIN"].tp, scores["VIN"].fp, scores["VIN"].fn) == (1, 1, 0)
    assert scores["VIN"].precision == 0.5 and scores["VIN"].recall == 1.0
    assert (scores["PLATE"].tp, scores["PLATE"].fp) == (1, 0)
    assert (scores["ID"].tp, scores["ID"].fp, scores["ID"].fn) == (0, 0, 1)  # bank card is not an ID claim
    # On metadata alone codes decide: the untagged column and the ID column tagged P01 count against VIN.
    by_code = per_type_scores(preds, labels, (vin, plate, idc), {"s:t.neg": "ID"}, on_values=False)
    assert (by_code["VIN"].tp, by_code["VIN"].fp) == (1, 2)
    assert (by_code["ID"].tp, by_code["ID"].fp, by_code["ID"].fn) == (0, 1, 1)


def test_a_types_own_rule_claims_it_whatever_the_values():
    card = PeerType("CARD", frozenset({"P02"}), frozenset({"bank_card"}), frozenset({"spi.payment_card"}))
    preds = [
        # Test-suite card numbers failing Luhn, tagged by the payment-card rule: a card claim.
        Prediction(col("cc", "P02"), ("P02",), (("bank_card", 0.1, 10),), frozenset({"spi.payment_card"})),
        # An IBAN is P02 through another rule and its values are no cards: not a card claim.
        Prediction(col("iban", ""), ("P02",), (("bank_card", 0.0, 10),), frozenset({"spi.financial_account"})),
    ]
    scores = per_type_scores(preds, {"s:t.cc": "CARD", "s:t.iban": None}, (card,))
    assert (scores["CARD"].tp, scores["CARD"].fp, scores["CARD"].fn) == (1, 0, 0)


def test_column_rows_and_corpus_checks():
    row = {"source": "s", "table": "t", "column": "vin", "type": "varchar", "comment": "车架号",
           "values": '["LSVAU2180N2183294"]', "expected": "P01"}
    column = column_from_row(row, "f.csv:2")
    assert column.expected == ("P01",) and column.values == ("LSVAU2180N2183294",)
    with pytest.raises(CorpusError, match="f.csv:3"):
        column_from_row({**row, "values": "not json"}, "f.csv:3")
    with pytest.raises(CorpusError, match="missing"):
        column_from_row({"source": "s"}, "f.csv:4")
    split = [col("a", "P01", "t1"), col("b", "", "t2"), col("c", "Q9", "t1")]
    problems = check_corpus(split, KINDS)
    assert any("unknown code Q9" in p for p in problems)
    assert any("not adjacent" in p for p in problems)
    assert check_corpus([col("a", "P01"), col("b", "")], KINDS) == []


def test_sample_table_and_predict_pass_table_context():
    columns = [col("vin", "P01", values=("LSVAU2180N2183294", "LFV3A28K5G3012345")),
               col("speed", "C23.2", values=(1.5, 2)), col("note", "")]
    sample = sample_table(columns)
    assert sample.column_names == ["vin", "speed"] and sample.num_rows == 2
    assert str(sample.schema.field("speed").type) == "double"
    seen = []

    class Verdict:
        def __init__(self, table):
            self.columns = [type("C", (), {"name": c.name, "codes": ("P01",) if c.name == "vin" else ()})()
                            for c in table.columns]

    def classify(table, sample):
        seen.append((tuple(c.name for c in table.columns), sample is not None))
        return Verdict(table)

    metadata = predict(columns, classify, "metadata")
    values = predict(columns, classify, "values")
    assert seen == [(("vin", "speed", "note"), False), (("vin", "speed", "note"), True)]
    assert [p.predicted for p in metadata] == [("P01",), (), ()] == [p.predicted for p in values]
    with pytest.raises(ValueError):
        predict(columns, classify, "both")
