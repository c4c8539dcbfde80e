"""The taxonomy file reproduces taxonomy.md §2 and every code is reachable by at least one rule."""
from __future__ import annotations

import re

import pytest

from mappings.loader import BUILTIN_RULES_DIR, check_rule_pack, load_rules, load_taxonomy

# taxonomy.md §2: 27 categories / 51 subcategories, with the two subcategories the reference grades as general.
SUBCATEGORIES = {
    "RD": ["C01.1", "C01.2", "C02.1", "C02.2", "C03.1", "C03.2", "C04.1", "C04.2", "C05.1"],
    "PM": ["C06.1", "C06.2", "C07.1", "C07.2", "C08.1", "C08.2", "C09.1", "C10.1", "C10.2"],
    "DA": ["C11.1", "C11.2", "C11.3", "C12.1", "C12.2", "C13.1", "C13.2", "C13.3", "C14.1", "C14.2", "C15.1",
           "C15.2", "C16.1", "C17.1", "C17.2"],
    "SU": ["C18.1", "C18.2", "C19.1", "C19.2", "C20.1", "C20.2", "C21.1"],
    "CO": ["C22.1", "C22.2", "C23.1", "C23.2", "C24.1", "C24.2", "C25.1", "C26.1", "C26.2", "C27.1", "C27.2"],
}
SUPPLEMENTARY = {"P01": "personal", "P02": "sensitive_personal", "P03": "personal", "P04": "personal",
                 "G01": "general", "X01": "general"}
GENERAL_SUBCATEGORIES = {"C04.2", "C10.2"}
MNR_ROWS = {"C04.1", "C05.1", "C11.3", "C12.1", "C12.2", "C13.1", "C13.2", "C13.3", "C17.2"}


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def test_counts_match_the_guideline(taxonomy):
    assert len(taxonomy.model.categories) == 27
    assert len(taxonomy.important_codes()) == 51
    assert sum(len(v) for v in SUBCATEGORIES.values()) == 51


@pytest.mark.parametrize("scenario, codes", sorted(SUBCATEGORIES.items()))
def test_every_subcategory_is_present_with_its_scenario_and_kind(taxonomy, scenario, codes):
    for code in codes:
        entry = taxonomy.entry(code)
        assert entry.scenario == scenario, code
        assert entry.category == code.split(".")[0]
        expected_kind = "general" if code in GENERAL_SUBCATEGORIES else "important"
        assert entry.kind == expected_kind, code
        expected_route = "none" if code in GENERAL_SUBCATEGORIES else "security_assessment"
        assert entry.route == expected_route, code
        assert entry.en and entry.zh and entry.confidence in "GPI"


@pytest.mark.parametrize("code, kind", sorted(SUPPLEMENTARY.items()))
def test_supplementary_classes(taxonomy, code, kind):
    entry = taxonomy.entry(code)
    assert entry.kind == kind
    assert entry.category is None and entry.scenario is None


def test_routes_and_duties_of_supplementary_and_exemption_rows(taxonomy):
    codes = taxonomy.codes
    assert codes["P01"].route == codes["P02"].route == "standard_contract_or_certification"
    assert any("1,000,000" in c for c in codes["P01"].conditions)
    assert any("10,000" in c for c in codes["P02"].conditions)
    assert {codes[c].route for c in ("P03", "P04", "X01")} == {"exempt"}
    assert codes["G01"].route == "none"
    assert "export_control" in codes["C02.1"].duties
    assert "file_with_samr" in codes["C10.1"].duties and codes["C10.1"].exemptions
    assert "report_to_miit" in codes["C20.1"].duties and codes["C20.1"].exemptions
    assert codes["C18.1"].exemptions and codes["C21.1"].exemptions
    assert {c for c, e in codes.items() if "mnr_review" in e.duties} == MNR_ROWS


def test_grounding_cites_known_sources(taxonomy):
    known = re.compile(r"^S([1-9]|1\d|2[0-4])b?$")
    for entry in taxonomy.model.codes:
        for source in entry.grounding:
            assert known.match(source), f"{entry.code}: {source}"


def test_every_builtin_pack_is_valid():
    for path in sorted(BUILTIN_RULES_DIR.glob("*.yaml")):
        assert check_rule_pack(path) == [], path


def test_every_code_has_a_rule_and_every_rule_a_known_code(taxonomy):
    rules = load_rules()
    targeted = {rule.code for rule in rules.rules}
    assert set(taxonomy.codes) <= targeted, sorted(set(taxonomy.codes) - targeted)
    assert targeted <= set(taxonomy.codes)


def test_exempt_from_names_existing_global_negatives():
    rules = load_rules()
    ids = {n.id for n in rules.negatives}
    for rule in rules.rules:
        assert set(rule.exempt_from) <= ids, (rule.id, set(rule.exempt_from) - ids)
