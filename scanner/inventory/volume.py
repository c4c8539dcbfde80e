"""How many persons a table's personal information covers: choose the person-identifier column, ask the connector.

The guideline's thresholds count persons, not rows, so the estimate is the number of distinct values of the column
that stands for one person (an ID number, a phone, an account, a VIN linked to its owner), never a row count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from scanner.inventory.routes import NON_SENSITIVE, SENSITIVE, band_of
from scanner.model import ColumnVerdict, TableRef, TableVerdict


@dataclass(frozen=True)
class IdentifierKind:
    """One kind of person identifier: name keywords (English, pinyin, Chinese) and detector-name hints."""

    name: str
    keywords: tuple[str, ...]
    detector_hints: tuple[str, ...]


# Most specific first: an ID number or phone is one person; an account may be shared; a VIN stands for its owner
# (conventions §3.1) but one owner may have several vehicles, which makes the count conservative, not low.
IDENTIFIER_KINDS: tuple[IdentifierKind, ...] = (
    IdentifierKind("resident_id", ("id_card", "idcard", "id_number", "id_no", "idno", "citizen_id", "national_id",
                                   "identity_no", "sfz", "sfzh", "sfzhm", "zjhm", "shenfenzheng", "身份证", "证件号"),
                   ("resident_id", "id_card", "idcard", "citizen")),
    IdentifierKind("phone", ("phone", "mobile", "cellphone", "tel", "msisdn", "sjh", "sjhm", "lxdh", "shouji",
                             "手机", "电话", "联系方式"), ("mobile", "phone", "msisdn")),
    IdentifierKind("account", ("user_id", "userid", "uid", "account", "account_id", "username", "user_name",
                               "openid", "unionid", "customer_id", "member_id", "owner_id", "driver_id",
                               "passenger_id", "person_id", "yhid", "用户", "账号", "客户"), ()),
    IdentifierKind("vin", ("vin", "clsbdh", "chejiahao", "cjh", "frame_no", "车架号", "车辆识别代号"), ("vin",)),
    IdentifierKind("plate", ("plate", "plate_no", "license_plate", "hphm", "cphm", "chepai", "车牌"), ("plate",)),
    IdentifierKind("email", ("email", "e_mail", "mail", "邮箱"), ("email",)),
)

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


def _normalised(name: str) -> str:
    """`vehicleVIN`, `Owner.Phone_No` → `_vehicle_vin_`, `_owner_phone_no_` so keywords match whole tokens."""
    tokens = [t.lower() for t in _SPLIT.split(_CAMEL.sub("_", name)) if t]
    return "_" + "_".join(tokens) + "_"


def _matches(name: str, keyword: str) -> bool:
    if not keyword.isascii():
        return keyword in name
    return f"_{keyword}_" in _normalised(name)


@dataclass(frozen=True)
class PersonKey:
    column: str
    kind: str
    tagged: bool  # the column itself carries a personal-information code
    reason: str


def _kind_of(column: ColumnVerdict) -> tuple[int, IdentifierKind, str] | None:
    for rank, kind in enumerate(IDENTIFIER_KINDS):
        for detector, ratio, checked in column.value_checks:
            if checked and ratio >= 0.5 and any(h in detector.lower() for h in kind.detector_hints):
                return rank, kind, f"values pass detector {detector} ({ratio:.0%} of {checked})"
        for keyword in kind.keywords:
            if _matches(column.name, keyword):
                return rank, kind, f"name matches {keyword!r}"
    return None


def person_keys(verdict: TableVerdict) -> tuple[PersonKey, ...]:
    """Candidate person-identifier columns, best first; empty when the table holds no volume-counted PI.

    Untagged columns count too: a `user_id` foreign key is empty by convention (§1.7) yet keys a trajectory to
    its person."""
    if not any(code in verdict.codes for code in (NON_SENSITIVE, SENSITIVE)):
        return ()
    ranked = []
    for column in verdict.columns:
        found = _kind_of(column)
        if found is None:
            continue
        rank, kind, why = found
        tagged = any(code.startswith("P") for code in column.codes)
        ranked.append(((rank, not tagged, -column.confidence), PersonKey(column.name, kind.name, tagged, why)))
    return tuple(key for _, key in sorted(ranked, key=lambda item: item[0]))


def volume_scope_of_codes(codes: Sequence[str]) -> str:
    """Sensitive PI decides the band when present: its thresholds are a hundred times lower."""
    return SENSITIVE if SENSITIVE in codes else NON_SENSITIVE


def estimate_volumes(connector: Any, table_ref: TableRef, table_verdict: TableVerdict, budget_s: float
                     ) -> dict | None:
    """The scan JSON `volume` entry for one table, or None when the table holds no volume-counted PI (P01/P02)."""
    if not any(code in table_verdict.codes for code in (NON_SENSITIVE, SENSITIVE)):
        return None
    keys = person_keys(table_verdict)
    if not keys:
        return {"persons": None, "column": None, "method": "no person-identifier column", "exact": False,
                "band": "unknown"}
    key = keys[0]
    try:
        estimate = connector.estimate_distinct(table_ref, [key.column], budget_s)
    except Exception as exc:  # noqa: BLE001 — a failed estimate leaves the volume open; it must not fail the scan
        return {"persons": None, "column": key.column, "method": f"failed: {type(exc).__name__}: {exc}"[:300],
                "exact": False, "band": "unknown"}
    persons = estimate.value
    return {"persons": persons, "column": key.column, "method": estimate.method, "exact": bool(estimate.exact),
            "band": band_of(persons, volume_scope_of_codes(table_verdict.codes))}
