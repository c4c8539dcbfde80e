"""Broken rule packs fail with the file, the entry and the reason."""
from __future__ import annotations

import pytest

from mappings.loader import MappingError, check_rule_pack, load_rules

GOOD_RULE = """
  - id: custom.vin
    code: P01
    name: {any: [vin], weight: 5.0}
"""


def _write(tmp_path, text, name="custom.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CASES = [
    ("unknown code", "rules:\n  - id: custom.bad\n    code: C99.9\n    name: {any: [x], weight: 1}\n",
     ["rules[0] (custom.bad)", "C99.9", "not in the taxonomy"]),
    ("malformed code", "rules:\n  - id: custom.bad\n    code: Q1\n    name: {any: [x], weight: 1}\n",
     ["rules[0] (custom.bad)", "code", "Q1"]),
    ("unknown detector",
     "rules:\n  - id: custom.det\n    code: P01\n    values: {detector: no_such_detector, weight: 2}\n",
     ["rules[0] (custom.det)", "unknown detector", "no_such_detector"]),
    ("missing weight", "rules:\n  - id: custom.w\n    code: P01\n    name: {any: [vin]}\n",
     ["rules[0] (custom.w)", "name.weight", "Field required"]),
    ("negative weight on a positive clause", "rules:\n  - id: custom.neg\n    code: P01\n    name: {any: [vin], weight: -2}\n",
     ["rules[0] (custom.neg)", "name.weight", "greater than 0"]),
    ("positive weight on a negative clause",
     "rules:\n  - id: custom.pos\n    code: P01\n    name: {any: [vin], weight: 2}\n    negative: {name_any: [x], weight: 1}\n",
     ["rules[0] (custom.pos)", "negative", "less than 0"]),
    ("duplicate id", "rules:" + GOOD_RULE + GOOD_RULE, ["rules[1] (custom.vin)", "used twice"]),
    ("unknown suppressed code",
     "rules:\n  - id: custom.sup\n    code: P03\n    name: {any: [salary], weight: 5}\n    suppresses: [P09]\n",
     ["rules[0] (custom.sup)", "P09"]),
    ("rule without evidence", "rules:\n  - id: custom.empty\n    code: P01\n", ["rules[0] (custom.empty)", "no positive evidence"]),
    ("unknown field", "rules:\n  - id: custom.typo\n    code: P01\n    nmae: {any: [vin], weight: 5}\n",
     ["rules[0] (custom.typo)", "nmae", "Extra inputs"]),
    ("global negative without id", "negatives:\n  - {name_any: [foo], weight: -1}\n", ["negatives", "needs an id"]),
]


@pytest.mark.parametrize("label, text, fragments", CASES, ids=[c[0] for c in CASES])
def test_check_rule_pack_names_file_entry_and_reason(tmp_path, label, text, fragments):
    path = _write(tmp_path, text)
    problems = check_rule_pack(path)
    assert problems, label
    joined = "\n".join(problems)
    assert str(path) in joined
    for fragment in fragments:
        assert fragment in joined, (fragment, joined)


def test_bad_yaml_reports_line_number(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: custom.x\n    code: P01\n    name: {any: [vin, weight: 5}\n")
    problems = check_rule_pack(path)
    assert len(problems) == 1
    assert str(path) in problems[0] and "line 4" in problems[0] and "not valid YAML" in problems[0]


def test_load_rules_raises_mapping_error_with_all_problems(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: custom.a\n    code: C99.9\n    values: {detector: nope, weight: 1}\n")
    with pytest.raises(MappingError) as raised:
        load_rules([path])
    message = str(raised.value)
    assert raised.value.path == str(path)
    assert "C99.9" in message and "nope" in message and "custom.a" in message


def test_a_valid_user_pack_loads_and_overrides_by_id(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: pi.vin\n    code: P01\n    name: {any: [chassis], weight: 5.0}\n")
    assert check_rule_pack(path) == []
    rules = load_rules([path])
    replaced = [r for r in rules.rules if r.id == "pi.vin"]
    assert len(replaced) == 1 and replaced[0].name.any == ("chassis",)
