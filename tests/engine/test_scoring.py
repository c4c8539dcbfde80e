from __future__ import annotations

import math
from pathlib import Path

import pyarrow as pa
import pytest

from mappings.loader import load_rules, load_taxonomy
from scanner.classifier import Classifier, sql_type_family
from scanner.model import ColumnRef, TableRef

PACK = """
abbreviations: {lat: latitude, lon: longitude}
negatives:
  - {id: surrogate_key, name_suffix: [id], weight: -3}
  - {id: timestamps, types: [temporal], weight: -6}
rules:
  - id: t.vin
    code: P01
    name: {any: [vin, 车辆识别代号], weight: 6}
    values: {detector: t_vin_shape, min_ratio: 0.8, weight: 5, miss_weight: -4}
  - id: t.position
    code: C16.1
    types: [float, string]
    name: {any: [latitude, longitude], weight: 3}
    context:
      - {columns_any: [vin, device], weight: 1.5}
  - id: t.position_personal
    code: P02
    types: [float, string]
    name: {any: [latitude, longitude], weight: 3}
    context:
      - {columns_all: [vin, time], weight: 1.5}
  - id: t.staff
    code: P03
    name: {any: [employee name], weight: 3}
    context:
      - {table_any: [hr, 人事], weight: 3}
    suppresses: [P01]
  - id: t.person
    code: P01
    name: {any: [name, 姓名], weight: 4.5}
  - id: t.session
    code: C22.2
    name: {any: [charging session id], weight: 6}
    exempt_from: [surrogate_key]
"""


@pytest.fixture(scope="module", autouse=True)
def toy_detector():
    """A detector registered for these tests only, so scoring is tested apart from the real detectors."""
    import pyarrow.compute as pc

    from scanner.detectors.base import DETECTORS, detector

    @detector("t_vin_shape", "17 upper-case letters or digits", families=("string",))
    def _mask(values: pa.Array):
        return pc.match_substring_regex(values, r"^[A-HJ-NPR-Z0-9]{17}$").to_numpy(zero_copy_only=False)

    yield
    DETECTORS.pop("t_vin_shape")


def pack_classifier(directory: Path, pack: str, threshold: float | None = None) -> Classifier:
    """A classifier of `pack` alone (no built-in rules), written to `directory`."""
    path = directory / "pack.yaml"
    path.write_text(pack, encoding="utf-8")
    return Classifier(load_rules([path], include_builtin=False), load_taxonomy(), threshold=threshold)


@pytest.fixture(scope="module")
def classifier(tmp_path_factory, toy_detector) -> Classifier:
    return pack_classifier(tmp_path_factory.mktemp("rules"), PACK)


def table(name: str, *columns: tuple[str, str]) -> TableRef:
    return TableRef("test", ("db", name), tuple(ColumnRef(n, t) for n, t in columns))


def verdict_of(classifier: Classifier, ref: TableRef, sample: pa.Table | None = None) -> dict[str, tuple[str, ...]]:
    return {c.name: c.codes for c in classifier.classify(ref, sample).columns}


def test_confidence_is_the_sigmoid_of_prior_plus_weights(classifier: Classifier) -> None:
    column = classifier.classify(table("cars", ("vin", "varchar(17)"))).columns[0]
    assert column.codes == ("P01",)
    assert column.confidence == pytest.approx(1 / (1 + math.exp(-(-4 + 6))), abs=1e-4)
    assert [e.signal for e in column.evidence] == ["prior", "name"]
    assert sum(e.weight for e in column.evidence) == pytest.approx(2.0)


def test_context_makes_a_position_multi_label(classifier: Classifier) -> None:
    ref = table("track", ("vin", "text"), ("gps_time", "timestamp"), ("lat", "double"), ("lon", "double"))
    codes = verdict_of(classifier, ref)
    assert set(codes["lat"]) == {"C16.1", "P02"}
    assert codes["gps_time"] == ()  # the timestamp negative and no name evidence


def test_without_context_a_latitude_stays_below_threshold(classifier: Classifier) -> None:
    codes = verdict_of(classifier, table("poi", ("lat", "double"), ("city", "text")))
    assert codes["lat"] == ()


def test_type_gate_excludes_other_families(classifier: Classifier) -> None:
    codes = verdict_of(classifier, table("track", ("vin", "text"), ("latitude", "boolean")))
    assert codes["latitude"] == ()


def test_surrogate_key_negative_and_exemption(classifier: Classifier) -> None:
    codes = verdict_of(classifier, table("t", ("vin_id", "bigint"), ("charging_session_id", "bigint")))
    assert codes["vin_id"] == ()  # 6 - 3 - 4 < 0
    assert codes["charging_session_id"] == ("C22.2",)


def test_suppression_in_hr_tables(classifier: Classifier) -> None:
    codes = verdict_of(classifier, table("hr_staff", ("employee_name", "text")))
    assert codes["employee_name"] == ("P03",)
    codes = verdict_of(classifier, table("customers", ("customer_name", "text")))
    assert codes["customer_name"] == ("P01",)


def test_chinese_and_pinyin_names(classifier: Classifier) -> None:
    codes = verdict_of(classifier, table("车辆", ("车辆识别代号", "text"), ("clsbdh", "text"), ("xm", "text")))
    assert codes["车辆识别代号"] == ("P01",)
    assert codes["clsbdh"] == ("P01",)


def test_comment_counts_as_evidence(classifier: Classifier) -> None:
    ref = TableRef("test", ("db", "t"), (ColumnRef("c1", "text", comment="车辆识别代号"),))
    column = classifier.classify(ref).columns[0]
    assert column.codes == ("P01",)
    assert column.evidence[1].signal == "comment"


def test_values_catch_an_unnamed_column_and_contradict_a_misnamed_one(classifier: Classifier) -> None:
    vins = ["LSVAU2180N2123456", "LFV2A21K6A4123457"] * 10
    sample = pa.table({"col_7": vins, "vin": [f"2024-01-{d:02d}" for d in range(1, 21)]})
    ref = table("t", ("col_7", "text"), ("vin", "text"))
    codes = verdict_of(classifier, ref, sample)
    assert codes["col_7"] == ("P01",)
    assert codes["vin"] == ()  # 6 - 4 (values contradict) - 4 prior < 0


def test_too_few_values_are_no_evidence(classifier: Classifier) -> None:
    sample = pa.table({"col_7": ["LSVAU2180N2123456", None, None]})
    codes = verdict_of(classifier, table("t", ("col_7", "text")), sample)
    assert codes["col_7"] == ()


def test_explanations_list_every_candidate(classifier: Classifier) -> None:
    ref = table("track", ("vin", "text"), ("lat", "double"))
    lat = classifier.classify(ref).columns[1]
    assert {c.code for c in lat.candidates} == {"C16.1", "P02"}
    p02 = next(c for c in lat.candidates if c.code == "P02")
    assert p02.confidence < 0.5 and "P02" not in lat.codes


def test_threshold_is_configurable(tmp_path: Path) -> None:
    strict = pack_classifier(tmp_path, PACK, threshold=0.95)
    assert strict.classify(table("cars", ("vin", "text"))).columns[0].codes == ()


def test_kind_and_route_roll_up_most_restrictive(classifier: Classifier) -> None:
    ref = table("track", ("vin", "text"), ("gps_time", "timestamp"), ("lat", "double"))
    verdict = classifier.classify(ref)
    assert verdict.columns[2].kind == "important"
    assert verdict.kind == "important"
    assert verdict.route == "security_assessment"
    assert verdict.columns[0].kind == "personal"


# fmt: off
@pytest.mark.parametrize("type_name, family", [
    ("VARCHAR(17)", "string"), ("text", "string"), ("character varying", "string"), ("uuid", "string"),
    ("BIGINT", "integer"), ("int4", "integer"), ("smallserial", "integer"),
    ("double precision", "float"), ("NUMERIC(10,6)", "float"), ("DECIMAL(9, 6)", "float"),
    ("timestamp with time zone", "temporal"), ("DATE", "temporal"), ("DATETIME", "temporal"),
    ("BOOLEAN", "boolean"), ("bytea", "binary"), ("LONGBLOB", "binary"), ("jsonb", "nested"),
    ("struct<x: double>", "nested"), ("INTEGER[]", "nested"), ("geometry(Point,4326)", "string"),
    ("int(11) unsigned", "integer"), ("UInt32", "integer"), ("tinyint(1)", "integer"), ("UHUGEINT", "integer"),
    ("sensor_msgs/PointCloud2", "other"), ("Float32", "float"),
])
# fmt: on
def test_sql_type_families(type_name: str, family: str) -> None:
    assert sql_type_family(type_name) == family


def test_classifying_tables_together_equals_one_by_one(classifier: Classifier) -> None:
    vins = ["LSVAU2180N2123456", "LFV2A21K6A4123457"] * 5
    items = [
        (table("a", ("col_7", "text"), ("note", "text")), pa.table({"col_7": vins, "note": ["x"] * 10})),
        (table("b", ("vin", "text"), ("lat", "double")), pa.table({"vin": ["2024-01-01"] * 10, "lat": [31.2] * 10})),
        (table("c", ("employee_name", "text")), None),
        (table("d", ("c1", "text")), pa.table({"c1": vins[:3] + ["nope"] * 7})),
    ]
    together = classifier.classify_many([(t, s, None, None) for t, s in items])
    alone = [classifier.classify(t, s) for t, s in items]
    assert [[(c.codes, c.confidence, c.value_checks) for c in v.columns] for v in together] == \
        [[(c.codes, c.confidence, c.value_checks) for c in v.columns] for v in alone]
    assert together[0].columns[0].codes == ("P01",)


# ---- memoised per-name work ----------------------------------------------------------------------------------------


def test_a_name_seen_before_still_reads_its_own_table_and_siblings(classifier: Classifier) -> None:
    # `lat` is remembered from the first table; in the second its siblings and table differ, and so must its codes.
    with_vin = table("track", ("vin", "text"), ("gps_time", "timestamp"), ("lat", "double"))
    alone = table("poi", ("lat", "double"), ("city", "text"))
    assert set(verdict_of(classifier, with_vin)["lat"]) == {"C16.1", "P02"}
    assert verdict_of(classifier, alone)["lat"] == ()
    assert set(verdict_of(classifier, with_vin)["lat"]) == {"C16.1", "P02"}


def test_a_name_seen_before_still_reads_its_own_type_and_comment(classifier: Classifier) -> None:
    assert verdict_of(classifier, table("track", ("vin", "text"), ("latitude", "double")))["latitude"] == ("C16.1",)
    assert verdict_of(classifier, table("track", ("vin", "text"), ("latitude", "boolean")))["latitude"] == ()
    described = TableRef("test", ("db", "t"), (ColumnRef("c1", "text", comment="车辆识别代号"),))
    plain = TableRef("test", ("db", "t"), (ColumnRef("c1", "text"),))
    assert classifier.classify(described).columns[0].codes == ("P01",)
    assert classifier.classify(plain).columns[0].codes == ()


def test_classifying_a_table_twice_gives_equal_verdicts(classifier: Classifier, tmp_path: Path) -> None:
    vins = ["LSVAU2180N2123456", "LFV2A21K6A4123457"] * 10
    ref = table("track", ("vin", "text"), ("col_7", "text"), ("lat", "double"), ("vin_id", "bigint"))
    sample = pa.table({"vin": vins, "col_7": vins, "lat": [31.2] * 20, "vin_id": list(range(20))})
    fresh = pack_classifier(tmp_path, PACK)
    first, second = classifier.classify(ref, sample), classifier.classify(ref, sample)
    assert first == second == fresh.classify(ref, sample)


def test_memos_stay_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import scanner.classifier as engine

    monkeypatch.setattr(engine, "MEMO_LIMIT", 16)
    small = pack_classifier(tmp_path, PACK)
    for index in range(40):
        ref = table(f"t{index}", (f"vin_{index}", "text"), (f"lat{index}", "double"), (f"note_{index}", "text"))
        small.classify(ref, pa.table({f"vin_{index}": ["LSVAU2180N2123456"] * 5}))
    memos = [value for value in vars(small).values() if isinstance(value, engine._Memo)]
    assert memos and all(len(memo) <= 16 for memo in memos)
    assert verdict_of(small, table("cars", ("vin", "varchar(17)")))["vin"] == ("P01",)


def test_memo_forgets_everything_when_full() -> None:
    from scanner.classifier import _Memo

    memo = _Memo(3)
    for key in "abcd":
        assert memo.remember(key, key.upper()) == key.upper()
    assert dict(memo) == {"d": "D"}


def test_every_passing_rule_suppresses_not_only_the_most_confident_of_its_code(tmp_path) -> None:  # noqa: ANN001
    rules = pack_classifier(tmp_path, """
rules:
  - id: t.crew_phone
    code: P03
    name: {any: [crew phone], weight: 8}
  - id: t.crew_record
    code: P03
    name: {any: [crew phone], weight: 4.5}
    suppresses: [P01]
  - id: t.phone
    code: P01
    name: {any: [phone], weight: 5}
""")
    # t.crew_record passes (0.62) though t.crew_phone is P03's more confident rule: its suppression holds.
    assert verdict_of(rules, table("crews", ("crew_phone", "text")))["crew_phone"] == ("P03",)
    assert verdict_of(rules, table("owners", ("phone", "text")))["phone"] == ("P01",)


def test_context_evidence_names_the_words_that_held(tmp_path) -> None:  # noqa: ANN001
    rules = pack_classifier(tmp_path, """
rules:
  - id: t.record
    code: G01
    context:
      - {table_any: [invoice, settlement, cashier, machine], weight: 4.5}
""")
    column = rules.classify(table("machine_insights", ("fuel_rate", "double"))).columns[0]
    # The clause's fourth word made it hold, and the evidence says so (not "invoice/settlement/cashier").
    assert [e.detail for e in column.evidence if e.signal == "context"] == ["table is about machine"]
