"""End to end through the command line, on a SQLite database and a Parquet directory built here."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from scanner.cli import main

SCHEMA = json.loads((Path(__file__).parents[2] / "scanner/schemas/report.schema.json").read_text())

# Values distinctive enough that finding any of them in an output proves a leak.
OWNERS = [
    ("张伟", "110101199003074514", "13812345678", "京A12345", "LSVAU2180N2123456"),
    ("李娜", "310104198512120029", "13998765432", "沪B67890", "LFV2A21K6A4123457"),
    ("王芳", "440305199201150048", "15011112222", "粤BD12345", "LGBH52E09LY012345"),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("wh") / "fleet.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE owner (id INTEGER PRIMARY KEY, xm TEXT, sfzh TEXT, sjhm TEXT, cphm TEXT, vin TEXT,"
               " create_by TEXT, create_time TIMESTAMP, update_time TIMESTAMP, is_deleted INTEGER)")
    db.execute("CREATE TABLE vehicle_track (id INTEGER PRIMARY KEY, vin TEXT, gps_time TIMESTAMP,"
               " latitude DOUBLE, longitude DOUBLE, create_by TEXT, create_time TIMESTAMP)")
    for i in range(60):
        name, ric, mobile, plate, vin = OWNERS[i % len(OWNERS)]
        db.execute("INSERT INTO owner VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (i + 1, name, ric, mobile, plate, vin, "admin", "2024-01-01 08:00:00", "2024-01-02 08:00:00", 0))
        db.execute("INSERT INTO vehicle_track VALUES (?,?,?,?,?,?,?)",
                   (i + 1, vin, f"2024-03-01 10:{i:02d}:00", 31.2304 + i * 1e-5 + 0.0000013,
                    121.4737 + i * 1e-5 + 0.0000017, "etl", "2024-03-01 11:00:00"))
    db.commit()
    db.close()
    return path


@pytest.fixture(scope="module")
def lake(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lake")
    (root / "gnss_tracks").mkdir()
    track = pa.table({
        "vin": [o[4] for o in OWNERS] * 10,
        "gps_time": pa.array(range(30), pa.int64()),
        "lat": [30.5 + i * 1e-4 + 0.0000013 for i in range(30)],
        "lon": [114.3 + i * 1e-4 + 0.0000017 for i in range(30)],
    })
    pq.write_table(track, root / "gnss_tracks" / "part-0.parquet")
    return root


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def scan_json(*args: str) -> dict:
    code, out, err = run("scan", *args, "--format", "json")
    assert code == 0, err
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    return document


def columns_of(document: dict, table: str) -> dict[str, dict]:
    entry = next(t for t in document["tables"] if t["parts"][-1] == table)
    return {c["name"]: c for c in entry["columns"]}


def test_identifiers_and_trajectory_tagged_audit_columns_left_alone(warehouse: Path) -> None:
    document = scan_json(str(warehouse))
    owner = columns_of(document, "owner")
    assert owner["vin"]["codes"] == ["P01"]
    assert "P01" in owner["xm"]["codes"]
    assert "P02" in owner["sfzh"]["codes"]
    assert "P01" in owner["sjhm"]["codes"]
    assert "P01" in owner["cphm"]["codes"]
    track = columns_of(document, "vehicle_track")
    assert {"C16.1", "P02"} <= set(track["latitude"]["codes"])
    assert {"C16.1", "P02"} <= set(track["longitude"]["codes"])
    for audit in ("create_by", "create_time", "update_time", "is_deleted", "id"):
        assert owner[audit]["codes"] == [], audit
    assert track["gps_time"]["codes"] == []
    for column in (*owner.values(), *track.values()):
        if column["codes"]:
            assert any(e["weight"] > 0 and e["signal"] != "prior" for e in column["evidence"]), column["name"]


def test_metadata_only_scan_reads_no_rows(warehouse: Path) -> None:
    document = scan_json(str(warehouse), "--no-sample")
    table = next(t for t in document["tables"] if t["parts"][-1] == "owner")
    assert table["rows_sampled"] is None and table["sample_method"] == "metadata_only"
    assert "P02" in columns_of(document, "owner")["sfzh"]["codes"]


def test_parquet_directory(lake: Path) -> None:
    document = scan_json(str(lake))
    track = columns_of(document, "gnss_tracks")
    assert track["vin"]["codes"] == ["P01"]
    assert {"C16.1", "P02"} <= set(track["lat"]["codes"])
    assert document["sources"][0]["kind"] == "parquet"


def test_column_names_kept_as_the_source_spells_them(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    db = sqlite3.connect(path)
    db.execute('CREATE TABLE "车辆 档案" ("VIN_Code" TEXT, "车牌号码" TEXT, "Owner Mobile" TEXT)')
    db.execute("INSERT INTO \"车辆 档案\" VALUES ('LSVAU2180N2123456', '京A12345', '13812345678')")
    db.commit()
    db.close()
    document = scan_json(str(path))
    names = [c["name"] for c in document["tables"][0]["columns"]]
    assert names == ["VIN_Code", "车牌号码", "Owner Mobile"]
    assert document["tables"][0]["parts"][-1] == "车辆 档案"


def test_no_sampled_value_leaks_into_any_output(warehouse: Path, tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    outputs = []
    for fmt in ("table", "json", "csv"):
        code, out, err = run("scan", str(warehouse), "--format", fmt, "--state", str(state))
        assert code == 0, err
        outputs.append(out + err)
    code, out, err = run("explain", str(warehouse), "owner")
    assert code == 0, err
    outputs.append(out + err)
    outputs.append(state.read_bytes().decode("utf-8", errors="replace"))
    blob = "\n".join(outputs)
    for owner in OWNERS:
        for value in owner:
            assert value not in blob, f"sampled value {value[:3]}… leaked"
    assert "31.2304" not in blob and "121.4737" not in blob


def test_show_samples_are_masked(warehouse: Path) -> None:
    code, out, err = run("scan", str(warehouse), "--format", "json", "--show-samples")
    assert code == 0, err
    vin = columns_of(json.loads(out), "owner")["vin"]
    assert vin["samples"], "asked-for samples are shown"
    for shown in vin["samples"]:
        assert "****" in shown
        assert shown not in {o[4] for o in OWNERS}
    for owner in OWNERS:
        assert owner[4] not in out and owner[1] not in out


def test_explain_lists_contributions(warehouse: Path) -> None:
    code, out, err = run("explain", str(warehouse), "vehicle_track", "latitude")
    assert code == 0, err
    assert "C16.1" in out and "PASS" in out
    assert "name" in out and "prior" in out
    assert "gps_time" not in out.split("\n", 2)[2]  # only the asked column


def test_exit_code_2_on_usage_errors(warehouse: Path, tmp_path: Path) -> None:
    assert run("scan")[0] == 2
    assert run("scan", str(warehouse), "--shard", "3/2")[0] == 2
    assert run("scan", str(warehouse), "--incremental")[0] == 2
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: x\n    code: C99.9\n    name: {any: [foo], weight: 1}\n")
    code, _, err = run("scan", str(warehouse), "--rules", str(broken))
    assert code == 2 and "broken.yaml" in err and "C99.9" in err
    code, _, err = run("explain", str(warehouse), "no_such_table")
    assert code == 2 and "no_such_table" in err


def test_exit_code_3_when_a_source_fails_and_the_rest_is_reported(warehouse: Path) -> None:
    code, out, err = run("scan", "postgresql+psycopg://nobody:secret@127.0.0.1:1/none", str(warehouse),
                         "--format", "json")
    assert code == 3
    document = json.loads(out)
    assert document["summary"]["errors"] == 1
    assert document["errors"][0]["stage"] == "connect"
    assert "secret" not in out + err
    assert any(t["parts"][-1] == "owner" for t in document["tables"])


def test_shards_merge_into_the_full_report(warehouse: Path, lake: Path, tmp_path: Path) -> None:
    full = scan_json(str(warehouse), str(lake))
    paths = []
    for index in (1, 2, 3):
        shard = scan_json(str(warehouse), str(lake), "--shard", f"{index}/3")
        path = tmp_path / f"shard{index}.json"
        path.write_text(json.dumps(shard))
        paths.append(str(path))
    code, out, err = run("merge", *paths)
    assert code == 0, err
    merged = json.loads(out)
    jsonschema.validate(merged, SCHEMA)

    def comparable(document: dict) -> list:
        return sorted((t["source"], t["fqn"], t["codes"], [c["codes"] for c in t["columns"]])
                      for t in document["tables"])

    assert comparable(merged) == comparable(full)
    assert merged["summary"] == full["summary"]


def test_incremental_scan_skips_unchanged_tables(warehouse: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(warehouse.read_bytes())
    state = tmp_path / "state.db"
    first = scan_json(str(copy), "--state", str(state), "--incremental")
    assert {t["status"] for t in first["tables"]} == {"ok"}
    second = scan_json(str(copy), "--state", str(state), "--incremental")
    assert {t["status"] for t in second["tables"]} == {"unchanged"}
    assert [t["codes"] for t in second["tables"]] == [t["codes"] for t in first["tables"]]
    # What the compliance summary counts does not change because a table was carried over.
    assert [(t["kind"], t["route"]) for t in second["tables"]] == [(t["kind"], t["route"]) for t in first["tables"]]
    assert second["summary"]["by_kind"] == first["summary"]["by_kind"]
    db = sqlite3.connect(copy)
    db.execute("ALTER TABLE owner ADD COLUMN email TEXT")
    db.commit()
    db.close()
    third = scan_json(str(copy), "--state", str(state), "--incremental")
    status = {t["parts"][-1]: t["status"] for t in third["tables"]}
    assert status == {"owner": "ok", "vehicle_track": "unchanged"}


def test_taxonomy_json_lists_every_code() -> None:
    code, out, _ = run("taxonomy", "--format", "json")
    assert code == 0
    codes = [entry["code"] for entry in json.loads(out)["codes"]]
    assert len([c for c in codes if c.startswith("C")]) == 51
    assert {"P01", "P02", "P03", "P04", "G01", "X01"} <= set(codes)
    code, out, _ = run("taxonomy", "--format", "markdown")
    assert code == 0 and "| C16.1 |" in out


def test_config_file_names_sources_with_environment_credentials(warehouse: Path, lake: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "vdscan.yaml"
    config.write_text(
        "sources:\n"
        "  - name: wh\n"
        "    url: ${WAREHOUSE_PATH}\n"
        "    include: ['owner']\n"
        "  - name: lake\n"
        f"    url: {lake}\n"
        "scan: {sample_size: 20, workers: 2}\n", encoding="utf-8")
    monkeypatch.setenv("WAREHOUSE_PATH", str(warehouse))
    document = scan_json("--config", str(config))
    assert [s["name"] for s in document["sources"]] == ["wh", "lake"]
    assert {(t["source"], t["parts"][-1]) for t in document["tables"]} == {("wh", "owner"), ("lake", "gnss_tracks")}
    assert all(t["rows_sampled"] <= 20 for t in document["tables"])
    monkeypatch.delenv("WAREHOUSE_PATH")
    code, _, err = run("scan", "--config", str(config))
    assert code == 2 and "WAREHOUSE_PATH" in err


def test_terminal_reason_names_shared_evidence_once() -> None:
    from scanner.output import render_table

    evidence = [{"signal": "name", "detail": "name matches 'latitude'", "weight": 3.0, "code": code, "rule": rule}
                for code, rule in (("C16.1", "location.vehicle_position"), ("P02", "spi.precise_location"))]
    evidence.append({"signal": "context", "detail": "a sibling column is vin", "weight": 1.0, "code": "C16.1",
                     "rule": "location.vehicle_position"})
    column = {"name": "lat", "codes": ["C16.1", "P02"], "confidence": 0.95, "evidence": evidence}
    table = {"source": "w", "fqn": "db.track", "status": "ok", "codes": ["C16.1", "P02"], "kind": "important",
             "route": "security_assessment", "columns": [column]}
    text = render_table({"tables": [table], "summary": {"tables": 1, "columns": 1, "tagged_columns": 1,
                                                        "by_kind": {"important": 1}, "errors": 0}})
    assert "name matches 'latitude'; a sibling column is vin" in text
