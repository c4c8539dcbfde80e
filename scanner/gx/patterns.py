"""Regular expressions and bounds as data: what a tagged column must keep matching, and which identifiers an
untagged text column must not start to contain.

Patterns use only syntax that Python `re` (SQLite through SQLAlchemy), PostgreSQL AREs and MySQL 8 ICU share:
character classes, `[0-9]` rather than `\\d`, bounded repeats, and a lookahead where a VIN needs a letter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExpectationTemplate:
    """One expectation with its kwargs except `column` and `mostly`; `families` are the column types it fits."""

    type: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    families: tuple[str, ...] = ("text",)


def _match(regex: str) -> ExpectationTemplate:
    return ExpectationTemplate("expect_column_values_to_match_regex", {"regex": regex})


# taxonomy.md §3: China's bounding box.
LATITUDE_CN = ExpectationTemplate("expect_column_values_to_be_between", {"min_value": 3.8, "max_value": 53.6},
                                  ("numeric",))
LONGITUDE_CN = ExpectationTemplate("expect_column_values_to_be_between", {"min_value": 73.4, "max_value": 135.1},
                                   ("numeric",))

VIN = r"^[A-HJ-NPR-Z0-9]{13}[0-9]{4}$"
MOBILE_CN = r"^(\+?86|0086)?[ -]?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}$"
RESIDENT_ID_CN = r"^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$"
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
PLATE_CN = rf"^[{PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{{4,5}}[A-HJ-NP-Z0-9挂学警港澳]$"

# Detector name (scanner/detectors) → what its columns must keep matching. The regex is looser than the detector
# (no checksum), so the pass ratio the detector saw is a floor for the regex's.
DETECTOR_EXPECTATIONS: dict[str, ExpectationTemplate] = {
    "vin": _match(VIN),
    "vin_shape": _match(VIN),
    "cn_mobile": _match(MOBILE_CN),
    "cn_resident_id": _match(RESIDENT_ID_CN),
    "cn_plate": _match(PLATE_CN),
    "email": _match(r"^[^@ ]+@[^@ ]+\.[A-Za-z]{2,}$"),
    "imei": _match(r"^[0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{6}[ -]?[0-9]$"),
    "iccid": _match(r"^89[0-9]{16,18}[0-9A-Fa-f]?$"),
    "imsi": _match(r"^460[0-9]{10,12}$"),
    "uscc": _match(r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"),
    "latitude_cn": LATITUDE_CN,
    "longitude_cn": LONGITUDE_CN,
}


@dataclass(frozen=True)
class GuardPattern:
    """An identifier an untagged text column must not contain anywhere in its text (not anchored)."""

    name: str
    regex: str
    description: str


# Bounded by non-identifier characters instead of \b, which PostgreSQL spells \y.
GUARD_PATTERNS: tuple[GuardPattern, ...] = (
    GuardPattern("cn_mobile", r"(^|[^0-9])(\+?86)?1[3-9][0-9]{9}([^0-9]|$)", "Chinese mobile number"),
    GuardPattern("cn_resident_id",
                 r"(^|[^0-9])[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
                 r"([^0-9A-Za-z]|$)", "resident identity card number"),
    GuardPattern("vin", r"(^|[^A-Z0-9])(?=[A-HJ-NPR-Z0-9]{0,12}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{13}[0-9]{4}([^A-Z0-9]|$)",
                 "vehicle identification number (a letter among the first 13 characters, as the vin detector "
                 "requires)"),
    GuardPattern("cn_plate", rf"[{PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{{4,5}}[A-HJ-NP-Z0-9挂学警港澳]",
                 "Chinese licence plate"),
)
