"""Fixtures: a running OpenMetadata double seeded with a warehouse's tables, and scan reports about them.

(The SDK's pytest plugin owns a fixture named `metadata`; nothing here uses that name.)
"""
from __future__ import annotations

import copy
from typing import Any, Callable

import pytest

from scanner.openmetadata.settings import PushSettings
from tests.openmetadata.om_double import OMDouble

SERVICE = "warehouse"
TRIPS = f"{SERVICE}.fleet.public.trips"
OWNERS = f"{SERVICE}.fleet.public.owners"
CHARGERS = f"{SERVICE}.default.main.chargers"  # a SQLite table: (schema, table) in the report

BASE_REPORT: dict[str, Any] = {
    "vdscan": "0.1.0", "taxonomy": "2026.1", "started_at": "2026-11-25T04:00:00Z",
    "finished_at": "2026-11-25T04:01:00Z",
    "sources": [{"name": "pg", "url": "postgresql://scanner:***@db/fleet", "kind": "sql"},
                {"name": "lite", "url": "sqlite:///chargers.db", "kind": "sql"}],
    "tables": [
        {"source": "pg", "fqn": "fleet.public.trips", "status": "ok", "error": None, "rows_sampled": 500,
         "codes": ["C16.1", "P02", "P01"], "kind": "important", "route": "security_assessment",
         "columns": [
             {"name": "lat", "type": "DOUBLE", "codes": ["C16.1", "P02"], "confidence": 0.93, "kind": "important",
              "evidence": [
                  {"signal": "name", "detail": "token latitude", "weight": 2.5, "code": "C16.1",
                   "rule": "c16-1-trajectory"},
                  {"signal": "values", "detail": "china_coordinate 0.98 of 500", "weight": 2.0, "code": "C16.1",
                   "rule": "c16-1-trajectory"},
                  {"signal": "name", "detail": "token latitude", "weight": 1.5, "code": "P02",
                   "rule": "p02-location"}]},
             {"name": "lon", "type": "DOUBLE", "codes": ["C16.1"], "confidence": 0.91, "kind": "important",
              "evidence": [{"signal": "name", "detail": "token longitude", "weight": 2.3, "code": "C16.1",
                            "rule": "c16-1-trajectory"}]},
             {"name": "vin", "type": "VARCHAR(17)", "codes": ["P01"], "confidence": 0.88, "kind": "personal",
              "evidence": [{"signal": "values", "detail": "vin check digit 1.00 of 500", "weight": 3.0,
                            "code": "P01", "rule": "p01-vin"}]},
             {"name": "trip_id", "type": "BIGINT", "codes": [], "confidence": 0.0, "kind": "none",
              "evidence": []}]},
        {"source": "pg", "fqn": "fleet.public.owners", "status": "ok", "error": None, "rows_sampled": 100,
         "codes": ["P02"], "kind": "sensitive_personal", "route": "standard_contract_or_certification",
         "columns": [
             {"name": "id_number", "type": "VARCHAR(18)", "codes": ["P02"], "confidence": 0.97,
              "kind": "sensitive_personal",
              "evidence": [{"signal": "values", "detail": "cn_resident_id 1.00 of 100", "weight": 4.0,
                            "code": "P02", "rule": "p02-resident-id"}]}]},
        {"source": "lite", "fqn": "main.chargers", "status": "ok", "error": None, "rows_sampled": 50,
         "codes": ["C22.1"], "kind": "important", "route": "security_assessment",
         "columns": [{"name": "pile_id", "type": "TEXT", "codes": ["C22.1"], "confidence": 0.81,
                      "kind": "important",
                      "evidence": [{"signal": "name", "detail": "token pile", "weight": 1.9, "code": "C22.1",
                                    "rule": "c22-1-charging"}]}]},
    ],
    "summary": {"tables": 3, "columns": 6, "tagged_columns": 5, "by_code": {}, "errors": 0},
}


@pytest.fixture()
def om_server():
    double = OMDouble().start()
    double.add_table(SERVICE, "fleet", "public", "trips",
                     [("trip_id", "BIGINT"), ("vin", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE")])
    double.add_table(SERVICE, "fleet", "public", "owners", [("id_number", "VARCHAR"), ("name", "VARCHAR")])
    double.add_table(SERVICE, "default", "main", "chargers", [("pile_id", "VARCHAR")])
    yield double
    double.stop()


@pytest.fixture()
def push_settings(om_server: OMDouble) -> PushSettings:
    # Tiny backoff: the retry behaviour is under test, not the waiting.
    return PushSettings(url=om_server.url, token=om_server.state.token, service=SERVICE, timeout_s=5, retries=4,
                        backoff_s=0.01)


@pytest.fixture()
def scan_report() -> Callable[..., dict]:
    def make(edit: Callable[[dict], None] | None = None) -> dict:
        report = copy.deepcopy(BASE_REPORT)
        if edit:
            edit(report)
        return report
    return make
