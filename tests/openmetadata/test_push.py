"""The whole push cycle against the OpenMetadata double, through the real SDK client."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from mappings.loader import load_taxonomy
from scanner.openmetadata.client import OMCatalog, ServerError, connect
from scanner.openmetadata.plan import plan_push
from scanner.openmetadata.push import push_report
from scanner.openmetadata.tags import taxonomy_tags
from tests.openmetadata.conftest import CHARGERS, OWNERS, SERVICE, TRIPS

C16, P01, P02 = "VehicleData.C16.C16_1", "VehicleData.PersonalInformation.P01", "VehicleData.PersonalInformation.P02"


def fqns(labels: list[dict]) -> list[str]:
    return [label["tagFQN"] for label in labels]


def test_first_push_creates_tags_and_labels_the_right_columns(om_server, push_settings, scan_report):
    result = push_report(scan_report(), push_settings)
    assert result.exit_code == 0
    taxonomy = load_taxonomy()
    assert len(om_server.state.tags) == len(taxonomy_tags(taxonomy))
    assert om_server.state.classifications["VehicleData"]["mutuallyExclusive"] is False
    c16 = om_server.state.tags[C16]
    assert c16["displayName"] == "C16.1 规模化车辆行踪轨迹" and c16["parent"]["fullyQualifiedName"] == "VehicleData.C16"
    assert "Default route" in c16["description"] and "车辆位置轨迹数据" in c16["description"]
    assert fqns(om_server.column_labels(TRIPS, "lat")) == [C16, P02]
    assert fqns(om_server.column_labels(TRIPS, "lon")) == [C16]
    assert fqns(om_server.column_labels(TRIPS, "vin")) == [P01]
    assert om_server.column_labels(TRIPS, "trip_id") == []
    label = om_server.column_labels(TRIPS, "lat")[0]
    assert (label["labelType"], label["state"]) == ("Automated", "Suggested")
    assert label["reason"].startswith("vdscan C16.1; rule c16-1-trajectory; score 0.93")
    assert fqns(om_server.table(TRIPS)["tags"]) == ["VehicleData.Kind.Important", "VehicleData.Route.SecurityAssessment"]
    assert fqns(om_server.column_labels(CHARGERS, "pile_id")) == ["VehicleData.C22.C22_1"]
    outcome = {t.fqn: t.status for t in result.tables}
    assert outcome == {TRIPS: "updated", OWNERS: "updated", CHARGERS: "updated"}


def test_second_identical_push_sends_no_write(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)
    om_server.clear_log()
    result = push_report(scan_report(), push_settings)
    assert not om_server.requests("PATCH") and not om_server.requests("PUT")
    assert {t.status for t in result.tables} == {"unchanged"}


def test_steward_labels_survive_rescans(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)

    def steward(table: dict) -> None:
        lat, vin = table["columns"][2], table["columns"][1]
        lat["tags"][0]["state"] = "Confirmed"  # confirms our C16.1 suggestion
        vin["tags"].append({"tagFQN": "VehicleData.C13.C13_1", "source": "Classification", "labelType": "Manual",
                            "state": "Confirmed"})
        table["columns"][0]["tags"].append({"tagFQN": P01, "source": "Classification", "labelType": "Manual",
                                            "state": "Confirmed"})
    om_server.edit_table(TRIPS, steward)

    def rescan(report: dict) -> None:
        lat = report["tables"][0]["columns"][0]
        lat["codes"], lat["evidence"] = ["P02"], [e for e in lat["evidence"] if e["code"] == "P02"]
    push_report(scan_report(rescan), push_settings)
    lat = om_server.column_labels(TRIPS, "lat")
    assert [(l["tagFQN"], l["state"]) for l in lat] == [(C16, "Confirmed"), (P02, "Suggested")]
    assert fqns(om_server.column_labels(TRIPS, "vin")) == [P01, "VehicleData.C13.C13_1"]
    assert fqns(om_server.column_labels(TRIPS, "trip_id")) == [P01]  # the person's label, not ours


def test_changed_codes_update_own_labels_without_duplicates(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)

    def changed(report: dict) -> None:
        lon = report["tables"][0]["columns"][1]
        lon["codes"] = ["C16.1", "C13.1"]
        lon["confidence"] = 0.97
        lon["evidence"].append({"signal": "values", "detail": "rtk", "weight": 3.0, "code": "C13.1",
                                "rule": "c13-1-precise"})
    push_report(scan_report(changed), push_settings)
    lon = om_server.column_labels(TRIPS, "lon")
    assert fqns(lon) == [C16, "VehicleData.C13.C13_1"]
    assert "score 0.97" in lon[0]["reason"] and "score 0.95" in lon[1]["reason"]  # re-scored in place
    om_server.clear_log()
    push_report(scan_report(changed), push_settings)
    assert not om_server.requests("PATCH")


def test_removed_rule_removes_own_label_and_keeps_manual(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)
    om_server.edit_table(TRIPS, lambda t: t["columns"][2]["tags"].append(
        {"tagFQN": "VehicleData.C13.C13_1", "source": "Classification", "labelType": "Manual", "state": "Confirmed"}))

    def rule_gone(report: dict) -> None:
        for column in report["tables"][0]["columns"]:
            column["codes"] = [c for c in column["codes"] if c != "C16.1"]
            column["evidence"] = [e for e in column["evidence"] if e["code"] != "C16.1"]
        report["tables"][0]["kind"] = "sensitive_personal"
        report["tables"][0]["route"] = "standard_contract_or_certification"
    push_report(scan_report(rule_gone), push_settings)
    assert fqns(om_server.column_labels(TRIPS, "lat")) == [P02, "VehicleData.C13.C13_1"]
    assert om_server.column_labels(TRIPS, "lon") == []
    assert fqns(om_server.table(TRIPS)["tags"]) == ["VehicleData.Kind.SensitivePersonal",
                                                   "VehicleData.Route.StandardContractOrCertification"]


def test_confirm_writes_confirmed_labels(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings, confirm=True)
    assert {l["state"] for l in om_server.column_labels(TRIPS, "lat")} == {"Confirmed"}


def test_dry_run_writes_nothing_and_its_plan_is_what_the_push_does(om_server, push_settings, scan_report, tmp_path):
    push_report(scan_report(), push_settings)
    om_server.edit_table(TRIPS, lambda t: t["columns"][3]["tags"].append(
        {"tagFQN": P02, "source": "Classification", "labelType": "Manual", "state": "Confirmed"}))
    changed = scan_report(lambda r: r["tables"][0]["columns"][2].update(codes=["P01", "P02"]))
    om_server.clear_log()
    plan_file = tmp_path / "plan.json"
    dry = push_report(changed, push_settings, dry_run=True, plan_out=plan_file)
    assert not om_server.requests("PATCH") and not om_server.requests("PUT")
    saved = json.loads(plan_file.read_text(encoding="utf-8"))
    assert saved == dry.plan.to_dict() and saved["tables"][0]["patch"]
    real = push_report(changed, push_settings)
    assert real.plan == dry.plan
    sent = [r.body for r in om_server.requests("PATCH")]
    assert sent == [list(t.ops) for t in dry.plan.tables if t.ops]


def test_missing_table_is_reported_and_others_pushed(om_server, push_settings, scan_report):
    report = scan_report(lambda r: r["tables"].insert(0, {**r["tables"][0], "fqn": "fleet.public.gone"}))
    result = push_report(report, push_settings)
    status = {t.fqn: t.status for t in result.tables}
    assert status[f"{SERVICE}.fleet.public.gone"] == "missing" and status[TRIPS] == "updated"
    assert result.exit_code == 0


def test_failed_scan_table_keeps_its_labels(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)
    broken = scan_report(lambda r: r["tables"][0].update(status="error", error="sample: timeout", columns=[]))
    result = push_report(broken, push_settings)
    assert fqns(om_server.column_labels(TRIPS, "lat")) == [C16, P02]
    assert {t.fqn or t.report_fqn: t.status for t in result.tables}["fleet.public.trips"] == "scan_error"


@pytest.mark.parametrize("status", [429, 503, 500])
def test_transient_errors_are_retried(om_server, push_settings, scan_report, status):
    om_server.inject(status, times=2, method="PATCH")
    om_server.inject(status, times=1, method="PUT")
    result = push_report(scan_report(), push_settings)
    assert result.exit_code == 0
    assert [r.status for r in om_server.requests("PATCH")][:3] == [status, status, 200]
    assert fqns(om_server.column_labels(TRIPS, "lat")) == [C16, P02]


def test_persistent_failure_on_one_table_does_not_stop_the_others(om_server, push_settings, scan_report):
    trips_id = om_server.table(TRIPS)["id"]
    om_server.inject(503, times=50, method="PATCH", path_prefix=f"/tables/{trips_id}")
    result = push_report(scan_report(), push_settings)
    status = {t.fqn: t.status for t in result.tables}
    assert status[TRIPS] == "failed" and status[CHARGERS] == "updated" and result.exit_code == 3


def test_version_conflict_rereads_and_rediffs(om_server, push_settings, scan_report):
    push_report(scan_report(), push_settings)
    changed = scan_report(lambda r: r["tables"][0]["columns"][3].update(codes=["G01"]))
    catalog = OMCatalog(connect(push_settings))
    stale = plan_push(changed, catalog, push_settings, load_taxonomy())
    # A steward edits the table between our read and our write: the PATCH carries a stale version.
    om_server.edit_table(TRIPS, lambda t: t["columns"][0]["tags"].insert(0, {
        "tagFQN": P01, "source": "Classification", "labelType": "Manual", "state": "Confirmed"}))
    from scanner.openmetadata.push import apply_table
    final, outcome = apply_table(catalog, changed["tables"][0], stale.tables[0], load_taxonomy(), "VehicleData",
                                 False)
    assert outcome.status == "updated"
    assert [r.status for r in om_server.requests("PATCH")][-2:] == [412, 200]
    assert fqns(om_server.column_labels(TRIPS, "trip_id")) == [P01, "VehicleData.G01"]


def test_bad_token_is_a_clear_error(om_server, push_settings, scan_report):
    with pytest.raises(ServerError, match="refused the bot token"):
        push_report(scan_report(), replace(push_settings, token="wrong"))


def test_version_mismatch_is_a_clear_error(om_server, push_settings, scan_report):
    om_server.state.version = "1.9.4"
    with pytest.raises(ServerError, match="1.9.4 is not supported"):
        push_report(scan_report(), push_settings)


def test_unreachable_server_is_a_clear_error(push_settings, scan_report):
    settings = replace(push_settings, url="http://127.0.0.1:9/api", retries=1)
    with pytest.raises(ServerError, match="unreachable"):
        push_report(scan_report(), settings)


def test_sample_values_never_reach_the_catalog(om_server, push_settings, scan_report):
    secret = "LSVAU2180N2123456"

    def leak(report: dict) -> None:
        report["tables"][0]["columns"][2]["evidence"][0]["detail"] = f"matched {secret}"
    push_report(scan_report(leak), push_settings)
    assert all(secret not in json.dumps(r.body) for r in om_server.requests())
