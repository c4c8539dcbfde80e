"""Exemptions the user declares (YAML): which tables, which of the guideline's nine exemptions, and why.

A declared exemption is the user's statement, not something vdscan detected; reports show it as declared.
"""
from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

ExemptionId = Literal[
    "foreign_origin", "contract_necessity", "hr_management", "emergency", "small_volume_pi",
    "ftz_negative_list", "vulnerability_reported", "incident_reported", "ota_source_defect_filed",
]

PI_CODES = ("P01", "P02", "P03", "P04")


@dataclass(frozen=True)
class Exemption:
    """One of the nine exemptions (taxonomy.md §2.7). `lifts` is the codes it can make exempt; () means all."""

    id: str
    number: int
    en: str
    zh: str
    lifts: tuple[str, ...]


# What each exemption can lift. The PI exemptions (contract, HR, emergency) apply "regardless of the sensitivity or
# volume of the personal data, provided it does not otherwise constitute important data" (S7), so they never lift
# C-codes; items 7-9 lift the security-assessment duty for the important data they name (S5), and nothing else.
EXEMPTIONS: dict[str, Exemption] = {e.id: e for e in (
    Exemption("foreign_origin", 1, "Foreign-origin data processed in China without domestic PI or important data",
              "境外收集和产生的数据在境内处理后出境，未引入境内个人信息和重要数据", ()),
    Exemption("contract_necessity", 2, "Necessary to perform a contract with the individual (cross-border purchase, "
              "delivery, payment, account registration)", "订立、履行个人作为一方当事人的合同所必需", PI_CODES),
    Exemption("hr_management", 3, "Cross-border human-resources management under internal rules and collective "
              "contracts", "实施跨境人力资源管理所必需", PI_CODES),
    Exemption("emergency", 4, "Emergency protection of a natural person's life, health or property",
              "紧急情况下为保护自然人的生命健康和财产安全", PI_CODES),
    Exemption("small_volume_pi", 5, "Non-CIIO export of non-sensitive PI of fewer than 100,000 persons since 1 January",
              "自当年1月1日起累计向境外提供不满10万人个人信息（不含敏感个人信息）", ("P01",)),
    Exemption("ftz_negative_list", 6, "Data outside a free-trade-zone negative list",
              "自由贸易试验区负面清单外的数据", ()),
    Exemption("vulnerability_reported", 7, "Security-vulnerability data already reported to MIIT, exported to fix it",
              "已向工业和信息化部报送的安全漏洞相关数据", ("C20.1",)),
    Exemption("incident_reported", 8, "Security-incident data, reported, exported to handle the incident",
              "已按规定报告的安全事件相关数据", ("C21.1",)),
    Exemption("ota_source_defect_filed", 9, "OTA package source code or defect-remediation data filed with SAMR",
              "已向国家市场监督管理总局备案的OTA升级软件包源代码及消除缺陷相关数据", ("C18.1", "C10.1")),
)}


class Declaration(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tables: tuple[str, ...] = Field(min_length=1, description="Globs on `db.schema.table` or `source:db.schema.table`.")
    exemption: ExemptionId = Field(description="Short id of one of the nine exemptions.")
    note: str = Field(min_length=1, description="Why the exemption applies, in the user's words.")
    reference: str | None = Field(None, description="Filing, report or contract number that backs the declaration.")


class DeclarationFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # A critical-information-infrastructure operator needs a security assessment for any personal information.
    ciio: bool = Field(False, description="The company is a critical information infrastructure operator.")
    exemptions: tuple[Declaration, ...] = ()


class ExemptionFileError(Exception):
    pass


@dataclass(frozen=True)
class Declarations:
    ciio: bool
    items: tuple[Declaration, ...]

    def for_table(self, source: str, fqn: str) -> tuple[Declaration, ...]:
        """Declarations whose globs match the table, by `fqn` or by `source:fqn`."""
        keys = (fqn, f"{source}:{fqn}")
        return tuple(d for d in self.items if any(fnmatchcase(k, g) for g in d.tables for k in keys))


NO_DECLARATIONS = Declarations(ciio=False, items=())


def parse_declarations(document: object, origin: str = "<exemptions>") -> Declarations:
    try:
        model = DeclarationFile.model_validate(document or {})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ExemptionFileError(f"{origin}: {problems}") from None
    return Declarations(ciio=model.ciio, items=model.exemptions)


def load_declarations(path: Path | str | None) -> Declarations:
    if path is None:
        return NO_DECLARATIONS
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExemptionFileError(f"{path}: {exc}") from None
    return parse_declarations(document, str(path))
