from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from scanner.gx.cli import export_gx_command
from tests.inventory.scan_fixtures import fleet_scan


def test_export_gx_command_writes_suites_and_a_stub_without_secrets(tmp_path):
    (tmp_path / "scan.json").write_text(json.dumps(fleet_scan(), ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(export_gx_command, [str(tmp_path / "scan.json"), "-o", str(tmp_path / "gx"),
                                                    "--datasource-url", "postgresql+psycopg://scanner:pw@db/fleet"])
    assert result.exit_code == 0, result.output
    # Seven tables were read (the broken one was not); the Parquet source gets suites but no SQL data source.
    assert len(list((tmp_path / "gx" / "suites").glob("*.json"))) == 7
    assert "lake" in result.output
    config = yaml.safe_load((tmp_path / "gx" / "datasources.yml").read_text(encoding="utf-8"))
    warehouse = config["fluent_datasources"]["warehouse"]
    assert warehouse["connection_string"] == "postgresql+psycopg://scanner:${VDSCAN_GX_PASSWORD}@db/fleet"
    assert warehouse["assets"]["fleet.public.vehicle_track"] == {"type": "table", "table_name": "vehicle_track",
                                                                 "schema_name": "public"}
    assert "lake" not in config["fluent_datasources"]
    assert len(config["vdscan_validations"]) == 6
