"""`vdscan push` exit codes and output, through click."""
from __future__ import annotations

import json

from click.testing import CliRunner

from scanner.openmetadata.cli import push
from scanner.openmetadata.settings import ENV_TOKEN, ENV_URL


def test_dry_run_prints_the_plan_and_writes_nothing(om_server, scan_report, tmp_path):
    report = tmp_path / "report.json"
    report.write_text(json.dumps(scan_report()), encoding="utf-8")
    env = {ENV_URL: om_server.url, ENV_TOKEN: om_server.state.token}
    result = CliRunner().invoke(push, [str(report), "--om-service", "warehouse", "--dry-run",
                                       "--plan-out", str(tmp_path / "plan.json")], env=env)
    assert result.exit_code == 0, result.output
    assert "+ column lat: VehicleData.C16.C16_1 [Suggested]" in result.output
    assert "Dry run: nothing was written." in result.output
    assert json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["tables"]
    assert not om_server.requests("PUT") and not om_server.requests("PATCH")


def test_missing_token_and_bad_token_exit_2(om_server, scan_report, tmp_path):
    report = tmp_path / "report.json"
    report.write_text(json.dumps(scan_report()), encoding="utf-8")
    runner = CliRunner()
    no_token = runner.invoke(push, [str(report), "--om-url", om_server.url, "--om-service", "warehouse"],
                             env={ENV_TOKEN: "", ENV_URL: ""})
    assert no_token.exit_code == 2 and "no bot token" in no_token.output
    bad = runner.invoke(push, [str(report), "--om-service", "warehouse"],
                        env={ENV_URL: om_server.url, ENV_TOKEN: "nope"})
    assert bad.exit_code == 2 and "refused the bot token" in bad.output


def test_failed_table_exits_3(om_server, scan_report, tmp_path):
    report = tmp_path / "report.json"
    report.write_text(json.dumps(scan_report()), encoding="utf-8")
    config = tmp_path / "om.yaml"
    config.write_text(f"openmetadata:\n  url: {om_server.url}\n  jwt_token: ${{TEST_OM_TOKEN}}\n"
                      "  service: warehouse\n  retries: 1\n  backoff_s: 0.01\n", encoding="utf-8")
    om_server.inject(500, times=10, method="PATCH")
    result = CliRunner().invoke(push, [str(report), "--config", str(config)],
                                env={"TEST_OM_TOKEN": om_server.state.token, ENV_URL: "", ENV_TOKEN: ""})
    assert result.exit_code == 3, result.output
    assert "failed" in result.output
