"""The custom connector run by the real `metadata ingest` CLI against the OpenMetadata double."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import yaml

from tests.openmetadata.conftest import CHARGERS, OWNERS, TRIPS

REPO = Path(__file__).resolve().parents[2]
METADATA_CLI = Path(sys.executable).with_name("metadata")


def workflow(om_url: str, token: str, options: dict[str, str]) -> dict:
    return {
        "source": {"type": "customDatabase", "serviceName": "vdscan",
                   "serviceConnection": {"config": {"type": "CustomDatabase",
                                                    "sourcePythonClass": "scanner.openmetadata.source.VdscanSource",
                                                    "connectionOptions": options}},
                   "sourceConfig": {"config": {"type": "DatabaseMetadata"}}},
        "sink": {"type": "metadata-rest", "config": {}},
        "workflowConfig": {"loggerLevel": "INFO", "openMetadataServerConfig": {
            "hostPort": om_url, "authProvider": "openmetadata", "securityConfig": {"jwtToken": token}}},
    }


def ingest(tmp_path: Path, config: dict) -> subprocess.CompletedProcess:
    path = tmp_path / "workflow.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([str(METADATA_CLI), "ingest", "-c", str(path)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)


def fqns(labels: list[dict]) -> list[str]:
    return [label["tagFQN"] for label in labels]


def test_metadata_ingest_pushes_through_the_sink(om_server, scan_report, tmp_path):
    report_file = tmp_path / "report.json"
    report_file.write_text(json.dumps(scan_report()), encoding="utf-8")
    config = workflow(om_server.url, om_server.state.token, {"reportFile": str(report_file), "service": "warehouse"})
    run = ingest(tmp_path, config)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert fqns(om_server.column_labels(TRIPS, "lat")) == ["VehicleData.C16.C16_1",
                                                           "VehicleData.PersonalInformation.P02"]
    assert fqns(om_server.column_labels(OWNERS, "id_number")) == ["VehicleData.PersonalInformation.P02"]
    assert fqns(om_server.table(CHARGERS)["tags"]) == ["VehicleData.Kind.Important",
                                                      "VehicleData.Route.SecurityAssessment"]
    # Tags went through the sink's PUTs, column labels through patch_column_tags (GET by id, then PATCH).
    assert len(om_server.requests("PUT", "/tags")) == len(om_server.state.tags)
    assert om_server.requests("GET", f"/tables/{om_server.table(TRIPS)['id']}")

    # A rescan after a rule was dropped: the connector removes its own label; nothing is duplicated.
    def rule_gone(report: dict) -> None:
        lat = report["tables"][0]["columns"][0]
        lat["codes"], lat["evidence"] = ["C16.1"], [e for e in lat["evidence"] if e["code"] == "C16.1"]
    report_file.write_text(json.dumps(scan_report(rule_gone)), encoding="utf-8")
    om_server.clear_log()
    run = ingest(tmp_path, config)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert fqns(om_server.column_labels(TRIPS, "lat")) == ["VehicleData.C16.C16_1"]
    assert not om_server.requests("PUT")  # tags unchanged: not re-sent
    om_server.clear_log()
    assert ingest(tmp_path, config).returncode == 0
    assert not om_server.requests("PATCH")


def test_metadata_ingest_runs_the_vdscan_engine(om_server, tmp_path):
    from mappings.loader import load_taxonomy
    from scanner.openmetadata.tags import code_tag_fqn
    from scanner.pipeline import ScanOptions, SourceSpec, scan_sources
    from scanner.report_json import report_to_dict

    database = tmp_path / "fleet.db"
    with sqlite3.connect(database) as connection:
        connection.execute("create table trips (trip_id integer, vin text, latitude real, longitude real)")
        connection.executemany("insert into trips values (?, ?, ?, ?)",
                               [(i, f"LSVAU2180N212345{i % 10}", 31.2 + i * 1e-5, 121.4 + i * 1e-5)
                                for i in range(60)])
    # SQLite names the table (schema, table) = (fleet, trips); the catalog keeps it in database `default`.
    om_server.add_table("warehouse", "default", "fleet", "trips", [("trip_id", "BIGINT"), ("vin", "VARCHAR"),
                                                                   ("latitude", "DOUBLE"), ("longitude", "DOUBLE")])
    config = workflow(om_server.url, om_server.state.token,
                      {"sources": f"sqlite:///{database}", "service": "warehouse", "sampleSize": "50"})
    run = ingest(tmp_path, config)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

    # The same scan in-process says what the catalog must now show.
    report = report_to_dict(scan_sources([SourceSpec(f"sqlite:///{database}")], ScanOptions(sample_size=50)))
    taxonomy = load_taxonomy()
    expected = {c["name"]: [code_tag_fqn("VehicleData", taxonomy.entry(code)) for code in c["codes"]]
                for c in report["tables"][0]["columns"]}
    assert any(expected.values())
    actual = {c["name"]: fqns(c["tags"]) for c in om_server.table("warehouse.default.fleet.trips")["columns"]}
    assert actual == expected
