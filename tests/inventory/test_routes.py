from __future__ import annotations

import pytest

from tests.inventory.scan_fixtures import FLEET_DECLARATIONS, PI, SPI, column, fleet_scan, small_taxonomy, table, volume
from scanner.inventory.exemptions import NO_DECLARATIONS, parse_declarations
from scanner.inventory.routes import EXEMPT, OPEN, SA, SC, band_of, plan_routes
from scanner.inventory.scan_json import parse_scan


def _plan(scan: dict, declarations: dict | None = None):
    decl = parse_declarations(declarations) if declarations is not None else NO_DECLARATIONS
    plan = plan_routes(parse_scan(scan).tables, small_taxonomy().codes, decl)
    return plan, {t.table.fqn: t for t in plan.tables}, {c.scope: c for c in plan.company}


def _pi_scan(*tables: dict) -> dict:
    scan = fleet_scan()
    scan["tables"] = list(tables)
    return scan


def _p01(fqn: str, persons: int | None) -> dict:
    return table("warehouse", fqn, [column("phone", "TEXT", ("P01",), **PI)], volume(persons, "phone", "x"))


def _p02(fqn: str, persons: int | None) -> dict:
    return table("warehouse", fqn, [column("id_no", "TEXT", ("P02",), **SPI)], volume(persons, "id_no", "x"))


@pytest.mark.parametrize("persons, scope, band", [
    (0, "P01", "<100k"), (99_999, "P01", "<100k"), (100_000, "P01", "100k-1M"), (999_999, "P01", "100k-1M"),
    (1_000_000, "P01", ">=1M"), (9_999, "P02", "<10k"), (10_000, "P02", ">=10k"), (None, "P01", "unknown"),
])
def test_bands_follow_the_thresholds(persons, scope, band):
    assert band_of(persons, scope) == band


@pytest.mark.parametrize("persons, route", [(50_000, EXEMPT), (150_000, SC), (2_000_000, SA)])
def test_non_sensitive_pi_route_follows_volume(persons, route):
    _, tables, _ = _plan(_pi_scan(_p01("db.s.users", persons)))
    assert tables["db.s.users"].route == route


@pytest.mark.parametrize("persons, route", [(9_000, SC), (10_000, SA)])
def test_sensitive_pi_route_follows_volume(persons, route):
    _, tables, _ = _plan(_pi_scan(_p02("db.s.ids", persons)))
    assert tables["db.s.ids"].route == route


def test_volumes_add_up_across_tables_conservatively():
    # Each table alone is below 100k; the guideline counts the company's exports together.
    _, tables, company = _plan(_pi_scan(_p01("db.s.a", 60_000), _p01("db.s.b", 60_000)))
    assert company["P01"].at_least == 60_000 and company["P01"].at_most == 120_000
    assert tables["db.s.a"].route == SC and tables["db.s.b"].route == SC
    assert "conservative" in company["P01"].reason


def test_unknown_volume_leaves_the_route_open_with_each_band():
    _, tables, company = _plan(_pi_scan(_p01("db.s.a", None)))
    route = tables["db.s.a"]
    assert route.route == OPEN and route.at_least == EXEMPT
    assert route.possible == (SA, SC, EXEMPT)
    assert dict(route.codes[0].band_routes) == {"<100k": EXEMPT, "100k-1M": SC, ">=1M": SA}
    assert "OPEN CONDITION" in company["P01"].reason


def test_unknown_volume_is_decided_when_known_tables_already_reach_the_top_band():
    _, tables, _ = _plan(_pi_scan(_p02("db.s.a", None), _p02("db.s.b", 20_000)))
    assert tables["db.s.a"].route == SA


def test_important_data_decides_even_when_pi_volume_is_open():
    plan, tables, _ = _plan(fleet_scan())
    track = tables["fleet.public.vehicle_track"]
    assert track.route == SA and not track.possible
    assert track.reasons[0].startswith(("C16.1", "P02"))


def test_declared_exemptions_lift_only_what_they_name():
    _, tables, company = _plan(fleet_scan(), FLEET_DECLARATIONS)
    hr = tables["fleet.hr.employee"]
    assert hr.route == EXEMPT and all(c.declared is not None for c in hr.codes)
    assert "DECLARED" in hr.reasons[0]
    vuln = {c.code: c for c in tables["fleet.security.vuln_report"].codes}
    assert vuln["C20.1"].route == EXEMPT and vuln["C20.1"].declared.reference == "CSTIS-2026-0192"
    assert vuln["C24.1"].route == SA and tables["fleet.security.vuln_report"].route == SA
    ota = {c.code: c.route for c in tables["ota.packages"].codes}
    assert ota == {"C18.1": EXEMPT, "C18.2": SA}
    # The HR table's sensitive PI is exempt, so it leaves the company's P02 count.
    assert company["P02"].tables == 2 and company["P02"].at_most == 262_000


def test_pi_exemption_never_lifts_important_data():
    scan = _pi_scan(table("warehouse", "db.s.track", [column("lat", "DOUBLE", ("C16.1", "P02"),
                                                             kind="important", route=SA)], volume(5, "vin", "<10k")))
    _, tables, _ = _plan(scan, {"exemptions": [{"tables": ["*"], "exemption": "contract_necessity", "note": "n"}]})
    routes = {c.code: c.route for c in tables["db.s.track"].codes}
    assert routes == {"C16.1": SA, "P02": EXEMPT}


def test_ciio_needs_security_assessment_for_any_pi_volume():
    _, tables, _ = _plan(_pi_scan(_p01("db.s.a", 10)), {"ciio": True})
    assert tables["db.s.a"].route == SA


def test_declared_small_volume_is_checked_against_the_estimates():
    declarations = {"exemptions": [{"tables": ["db.s.*"], "exemption": "small_volume_pi", "note": "small"}]}
    _, tables, _ = _plan(_pi_scan(_p01("db.s.a", 80_000), _p01("db.s.b", 70_000)), declarations)
    assert tables["db.s.a"].route == EXEMPT
    assert "150,000" in tables["db.s.a"].warnings[0]


def test_duties_come_from_the_taxonomy_and_the_scan():
    scan = _pi_scan(table("warehouse", "db.s.rtk", [column("rtk_lat", "DOUBLE", ("C13.1",), kind="important",
                                                           route=SA)]))
    scan["tables"][0]["duties"] = ["export_control"]
    _, tables, _ = _plan(scan)
    assert set(tables["db.s.rtk"].duties) == {"export_control", "mnr_review"}
