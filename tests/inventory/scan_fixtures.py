"""Hand-built scan documents in the JSON contract format, and a small taxonomy built through the schema models."""
from __future__ import annotations

import copy
from typing import Any

from mappings.loader import Taxonomy
from mappings.schema import CategoryEntry, CodeEntry, ScenarioEntry, TaxonomyFile


def small_taxonomy() -> Taxonomy:
    codes = (
        CodeEntry(code="C16.1", category="C16", scenario="DA", en="Trajectories of many vehicles",
                  zh="规模化车辆行踪轨迹", kind="important", route="security_assessment",
                  conditions=("important at fleet scale",), confidence="P"),
        CodeEntry(code="C13.1", category="C13", scenario="DA", en="High-precision positioning", zh="高精度坐标数据",
                  kind="important", route="security_assessment", duties=("mnr_review",), confidence="G"),
        CodeEntry(code="C18.1", category="C18", scenario="SU", en="OTA package source code", zh="OTA升级软件包源代码",
                  kind="important", route="security_assessment", duties=("file_with_samr",), confidence="G"),
        CodeEntry(code="C18.2", category="C18", scenario="SU", en="OTA packages and manifests", zh="升级包及清单",
                  kind="important", route="security_assessment", confidence="G"),
        CodeEntry(code="C20.1", category="C20", scenario="SU", en="Vulnerability details", zh="安全漏洞详情",
                  kind="important", route="security_assessment", duties=("report_to_miit",), confidence="G"),
        CodeEntry(code="C24.1", category="C24", scenario="CO", en="Platform architecture", zh="平台架构、网络拓扑",
                  kind="important", route="security_assessment", confidence="G"),
        CodeEntry(code="P01", en="Ordinary personal information", zh="一般个人信息", kind="personal",
                  route="standard_contract_or_certification", confidence="G"),
        CodeEntry(code="P02", en="Sensitive personal information", zh="敏感个人信息", kind="sensitive_personal",
                  route="standard_contract_or_certification", confidence="G"),
        CodeEntry(code="P03", en="Employee personal information", zh="员工个人信息", kind="personal",
                  route="exempt", confidence="G"),
        CodeEntry(code="P04", en="Contract-necessity PI", zh="合同履行所必需个人信息", kind="personal",
                  route="exempt", confidence="G"),
        CodeEntry(code="G01", en="General business data", zh="一般数据", kind="general", route="none", confidence="G"),
    )
    model = TaxonomyFile(
        version="test.1", title="test taxonomy",
        scenarios={"DA": ScenarioEntry(en="Driving automation", zh="驾驶自动化"),
                   "SU": ScenarioEntry(en="Software upgrade", zh="软件升级"),
                   "CO": ScenarioEntry(en="Connected operation", zh="联网运行")},
        categories={"C13": CategoryEntry(scenario="DA", en="Surveying and map data", zh="测绘地理信息与高精地图"),
                    "C16": CategoryEntry(scenario="DA", en="Vehicle location and trajectory", zh="车辆位置轨迹数据"),
                    "C18": CategoryEntry(scenario="SU", en="OTA packages and source code", zh="OTA升级包及源代码"),
                    "C20": CategoryEntry(scenario="SU", en="Vulnerabilities and keys", zh="安全漏洞与密钥数据"),
                    "C24": CategoryEntry(scenario="CO", en="Platform and CII security", zh="车联网平台与关基设施安全数据")},
        codes=codes,
    )
    return Taxonomy(model.version, model.title, model)


def column(name: str, type_: str, codes: tuple[str, ...] = (), kind: str = "none", route: str = "none",
           checks: tuple[tuple[str, float, int], ...] = (), confidence: float = 0.9) -> dict[str, Any]:
    return {"name": name, "type": type_, "comment": None, "codes": list(codes),
            "confidence": confidence if codes else 0.0, "kind": kind, "route": route,
            "evidence": [{"signal": "name", "detail": f"name token matches rule for {c}", "weight": 3.0,
                          "code": c, "rule": f"test.{c.lower()}"} for c in codes]
            + [{"signal": "values", "detail": f"{d} passed {r:.0%} of {n}", "weight": 2.0, "code": codes[0],
                "rule": f"test.{d}"} for d, r, n in checks if codes],
            "value_checks": [{"detector": d, "ratio": r, "checked": n} for d, r, n in checks]}


def table(source: str, fqn: str, columns: list[dict[str, Any]], volume: dict[str, Any] | None = None,
          status: str = "ok", error: str | None = None, kind: str | None = None,
          route: str | None = None) -> dict[str, Any]:
    codes: dict[str, None] = {}
    for c in columns:
        codes.update(dict.fromkeys(c["codes"]))
    kinds = [c["kind"] for c in columns]
    order = ("important", "sensitive_personal", "personal", "general", "none")
    return {"source": source, "fqn": fqn, "parts": fqn.split("."), "object": "table", "status": status,
            "error": error, "rows_sampled": 100 if status == "ok" else None, "sample_method": "tablesample",
            "row_estimate": 1000, "notes": [], "codes": list(codes),
            "kind": kind or next((k for k in order if k in kinds), "none"),
            "route": route or "none", "duties": [], "volume": volume, "columns": columns}


def volume(persons: int | None, column_name: str | None, band: str) -> dict[str, Any]:
    return {"persons": persons, "column": column_name, "method": "pg_stats", "exact": False, "band": band}


IMPORTANT = dict(kind="important", route="security_assessment")
PI = dict(kind="personal", route="standard_contract_or_certification")
SPI = dict(kind="sensitive_personal", route="standard_contract_or_certification")

FLEET_SCAN: dict[str, Any] = {
    "vdscan": "0.1.0", "taxonomy": "test.1",
    "started_at": "2026-11-25T04:00:00+00:00", "finished_at": "2026-11-25T04:05:00+00:00",
    "sources": [{"name": "warehouse", "url": "postgresql://scanner:***@db.example/fleet", "kind": "sql"},
                {"name": "lake", "url": "s3://lake/ota", "kind": "parquet"}],
    "tables": [
        table("warehouse", "fleet.public.vehicle_track", [
            column("vin", "VARCHAR(17)", ("P01",), checks=(("vin", 1.0, 100),), **PI),
            column("lat", "DOUBLE PRECISION", ("C16.1", "P02"), checks=(("latitude_cn", 1.0, 100),), **IMPORTANT),
            column("lon", "DOUBLE PRECISION", ("C16.1", "P02"), checks=(("longitude_cn", 0.97, 100),), **IMPORTANT),
            column("ts", "TIMESTAMP"),
            column("note", "TEXT"),
        ], volume(12_000, "vin", ">=10k")),
        table("warehouse", "fleet.crm.customer", [
            column("name", "TEXT", ("P01",), **PI),
            column("phone", "VARCHAR(20)", ("P01",), checks=(("mobile_cn", 0.98, 100),), **PI),
            column("id_no", "CHAR(18)", ("P02",), checks=(("resident_id_cn", 1.0, 100),), **SPI),
        ], volume(250_000, "id_no", ">=10k")),
        table("warehouse", "fleet.public.app_user", [
            column("username", "TEXT", ("P01",), **PI),
        ], volume(None, "username", "unknown")),
        table("warehouse", "fleet.hr.employee", [
            column("emp_no", "TEXT", ("P03",), kind="personal", route="exempt"),
            column("id_card", "CHAR(18)", ("P03", "P02"), **SPI),
        ], volume(800, "id_card", "<10k")),
        table("warehouse", "fleet.security.vuln_report", [
            column("cve_id", "TEXT", ("C20.1",), checks=(("cve_id", 1.0, 40),), **IMPORTANT),
            column("host", "TEXT", ("C24.1",), **IMPORTANT),
        ]),
        table("lake", "ota.packages", [
            column("source_tarball", "BINARY", ("C18.1",), **IMPORTANT),
            column("sha256", "STRING", ("C18.2",), **IMPORTANT),
        ]),
        table("warehouse", "fleet.public.broken", [], status="error", error="permission denied for table broken"),
        table("warehouse", "fleet.public.settings", [column("font_size", "INTEGER")]),
    ],
    "errors": [{"target": "archive", "stage": "connect", "reason": "could not connect to server"}],
    "summary": {"tables": 8, "columns": 15, "tagged_columns": 10, "by_code": {}, "by_kind": {}, "errors": 1},
}

FLEET_DECLARATIONS: dict[str, Any] = {
    "exemptions": [
        {"tables": ["fleet.hr.*"], "exemption": "hr_management",
         "note": "Group HR administration under the collective contract", "reference": "HR-2026-004"},
        {"tables": ["warehouse:fleet.security.vuln_*"], "exemption": "vulnerability_reported",
         "note": "Reported to MIIT before sharing with the supplier", "reference": "CSTIS-2026-0192"},
        {"tables": ["ota.*"], "exemption": "ota_source_defect_filed", "note": "Recall 2026-R-17 filed with SAMR"},
    ],
}


def fleet_scan() -> dict[str, Any]:
    return copy.deepcopy(FLEET_SCAN)
