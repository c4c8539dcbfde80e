from __future__ import annotations

import pytest

from scanner.inventory.exemptions import EXEMPTIONS, ExemptionFileError, load_declarations, parse_declarations


def test_the_nine_exemptions_are_numbered_once():
    assert sorted(e.number for e in EXEMPTIONS.values()) == list(range(1, 10))


def test_yaml_file_loads_and_globs_match_by_fqn_or_source(tmp_path):
    path = tmp_path / "exemptions.yaml"
    path.write_text(
        "ciio: false\n"
        "exemptions:\n"
        "  - tables: ['fleet.hr.*']\n"
        "    exemption: hr_management\n"
        "    note: 跨境人力资源管理\n"
        "  - tables: ['lake:ota.*']\n"
        "    exemption: ota_source_defect_filed\n"
        "    note: recall filed\n"
        "    reference: SAMR-2026-17\n", encoding="utf-8")
    declarations = load_declarations(path)
    assert [d.exemption for d in declarations.for_table("warehouse", "fleet.hr.salary")] == ["hr_management"]
    assert declarations.for_table("warehouse", "fleet.public.hr") == ()
    assert [d.reference for d in declarations.for_table("lake", "ota.packages")] == ["SAMR-2026-17"]
    assert declarations.for_table("warehouse", "ota.packages") == ()


@pytest.mark.parametrize("document, message", [
    ({"exemptions": [{"tables": ["*"], "exemption": "because_we_said_so", "note": "x"}]}, "exemption"),
    ({"exemptions": [{"tables": [], "exemption": "emergency", "note": "x"}]}, "tables"),
    ({"exemptions": [{"tables": ["*"], "exemption": "emergency"}]}, "note"),
    ({"exemption": []}, "exemption"),
])
def test_invalid_declarations_name_the_field(document, message):
    with pytest.raises(ExemptionFileError, match=message):
        parse_declarations(document)
