"""Schemas of the taxonomy and of rule packs. A broken file fails with its path, the entry and the reason."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["important", "sensitive_personal", "personal", "general"]
Route = Literal["security_assessment", "standard_contract_or_certification", "exempt", "none"]
Scenario = Literal["RD", "PM", "DA", "SU", "CO"]
TypeFamily = Literal["string", "binary", "integer", "float", "boolean", "temporal", "nested", "null", "other"]

CODE_PATTERN = re.compile(r"^(C\d{2}\.\d|P0[1-4]|G01|X01)$")


def _check_code(cls, value: str) -> str:
    if not CODE_PATTERN.match(value):
        raise ValueError(f"code {value!r} is not of the form C01.1, P01-P04, G01 or X01")
    return value


class _Strict(BaseModel):
    # Validators are built on first use: a scan whose rules come from the cache (cache.py) never validates.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class ScenarioEntry(_Strict):
    en: str
    zh: str


class CategoryEntry(_Strict):
    scenario: Scenario
    en: str
    zh: str


class CodeEntry(_Strict):
    code: str = Field(description="Stable identifier, e.g. C16.1, P02.")
    category: str | None = Field(None, description="C01 … C27 for important data; absent for P/G/X classes.")
    scenario: Scenario | None = None
    en: str = Field(description="English name of the subcategory or class.")
    zh: str = Field(description="Chinese name.")
    kind: Kind
    route: Route = Field(description="Default route before volumes and declared exemptions are applied.")
    duties: tuple[Literal["mnr_review", "export_control", "report_to_miit", "file_with_samr"], ...] = ()
    exemptions: tuple[str, ...] = Field((), description="Conditions under which the route becomes exempt.")
    conditions: tuple[str, ...] = Field((), description="Thresholds the scanner cannot see (fleet scale, precision).")
    grounding: tuple[str, ...] = Field((), description="Source ids S1…S24 of the reference notes.")
    confidence: Literal["G", "P", "I"] = Field(description="Grounded, partial or inferred.")
    official_ref: str | None = Field(None, description="Official item number once the guideline's list is readable.")
    note: str | None = None

    _code_shape = field_validator("code")(_check_code)

    @model_validator(mode="after")
    def _category_matches_code(self) -> "CodeEntry":
        if self.code.startswith("C"):
            if self.category != self.code.split(".")[0] or self.scenario is None:
                raise ValueError(f"{self.code} needs category {self.code.split('.')[0]} and a scenario")
        elif self.category is not None:
            raise ValueError(f"{self.code} is not important data and takes no category")
        return self


class TaxonomyFile(_Strict):
    version: str
    title: str
    scenarios: dict[Scenario, ScenarioEntry]
    categories: dict[str, CategoryEntry]
    codes: tuple[CodeEntry, ...]

    @model_validator(mode="after")
    def _consistent(self) -> "TaxonomyFile":
        seen: set[str] = set()
        for entry in self.codes:
            if entry.code in seen:
                raise ValueError(f"code {entry.code} is listed twice")
            seen.add(entry.code)
            if entry.category and entry.category not in self.categories:
                raise ValueError(f"{entry.code}: unknown category {entry.category}")
            if entry.category and self.categories[entry.category].scenario != entry.scenario:
                raise ValueError(f"{entry.code}: scenario {entry.scenario} differs from its category's")
        return self


# ---- rules -------------------------------------------------------------------------------------------------

class KeywordClause(_Strict):
    """Keywords matched against name tokens (English, abbreviations, Chinese and its pinyin)."""

    any: tuple[str, ...] = Field(min_length=1)
    weight: float = Field(gt=0)


class ValueClause(_Strict):
    detector: str
    min_ratio: float = Field(0.8, gt=0, le=1, description="Share of non-null sampled values that must pass.")
    weight: float = Field(gt=0)
    miss_weight: float = Field(0.0, le=0, description="Added when enough values were checked and few passed.")
    min_values: int = Field(5, ge=1, description="Fewer non-null values than this count as no value evidence.")


class ContextClause(_Strict):
    """Satisfied when every listed condition holds: table keywords, sibling-column keywords."""

    table_any: tuple[str, ...] = ()
    columns_any: tuple[str, ...] = ()
    columns_all: tuple[str, ...] = ()
    weight: float

    @model_validator(mode="after")
    def _not_empty(self) -> "ContextClause":
        if not (self.table_any or self.columns_any or self.columns_all):
            raise ValueError("a context clause needs table_any, columns_any or columns_all")
        return self


class NegativeClause(_Strict):
    """Counter-evidence: any listed condition that holds adds the (negative) weight once."""

    id: str | None = None
    name_any: tuple[str, ...] = ()
    name_suffix: tuple[str, ...] = Field((), description="Last name token(s), e.g. id, flag, count.")
    name_prefix: tuple[str, ...] = ()
    table_any: tuple[str, ...] = ()
    types: tuple[TypeFamily, ...] = ()
    weight: float = Field(lt=0)

    def keywords(self) -> list[str]:
        return [*self.name_any, *self.name_suffix, *self.name_prefix, *self.table_any]

    @model_validator(mode="after")
    def _not_empty(self) -> "NegativeClause":
        if not (self.name_any or self.name_suffix or self.name_prefix or self.table_any or self.types):
            raise ValueError("a negative clause needs at least one condition")
        return self


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    code: str
    description: str = ""
    prior: float = Field(-4.0, description="Log-odds before any evidence; a rule fires only on evidence.")
    name: KeywordClause | None = None
    comment: KeywordClause | None = None
    values: tuple[ValueClause, ...] = ()
    types: tuple[TypeFamily, ...] | None = Field(None, description="Type families the rule applies to at all.")
    context: tuple[ContextClause, ...] = ()
    negative: tuple[NegativeClause, ...] = ()
    exempt_from: tuple[str, ...] = Field((), description="Ids of global negatives that do not apply to this rule.")
    suppresses: tuple[str, ...] = Field((), description="Codes dropped from a column when this rule's code passes.")

    _code_shape = field_validator("code")(_check_code)

    def keywords(self) -> list[str]:
        """Every keyword the rule mentions, in any clause."""
        texts: list[str] = []
        for clause in (self.name, self.comment):
            if clause:
                texts.extend(clause.any)
        for context in self.context:
            texts.extend((*context.table_any, *context.columns_any, *context.columns_all))
        for negative in self.negative:
            texts.extend(negative.keywords())
        return texts

    @field_validator("values", "context", "negative", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _has_evidence(self) -> "Rule":
        if not (self.name or self.comment or self.values or self.context):
            raise ValueError(f"rule {self.id} has no positive evidence (name, comment, values or context)")
        return self


class RulePack(_Strict):
    """One YAML file of rules. `negatives` apply to every rule (unless a rule lists their id in exempt_from)."""

    rules: tuple[Rule, ...] = ()
    negatives: tuple[NegativeClause, ...] = ()
    abbreviations: dict[str, str] = Field(default_factory=dict, description="token -> expansion, e.g. lat: latitude")
    threshold: float | None = Field(None, gt=0, lt=1)

    @field_validator("negatives")
    @classmethod
    def _global_negatives_have_ids(cls, negatives: tuple[NegativeClause, ...]) -> tuple[NegativeClause, ...]:
        for position, clause in enumerate(negatives):
            if not clause.id:
                raise ValueError(f"entry {position}: every global negative needs an id, so rules can be "
                                 "exempted from it")
        return negatives
