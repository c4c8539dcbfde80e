"""The data-export officer's inventory as a view model: grouped by scenario, category and subcategory, then by
source and table, with routes and reasons. Pure; every renderer (HTML, XLSX, CSV, Markdown) reads only this."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mappings.loader import Taxonomy
from scanner.inventory.exemptions import EXEMPTIONS, Declarations
from scanner.inventory.routes import OPEN, CompanyVolume, RoutePlan, TableRoute, plan_routes, route_label
from scanner.inventory.scan_json import ScanColumn, ScanDocument, ScanFailure, ScanTable, Volume
from scanner.model import KIND_ORDER, ROUTE_ORDER

OTHER_SCENARIO = ("PI", "Personal information and other classes", "个人信息及其他类别")


@dataclass(frozen=True)
class ColumnSummary:
    """What made a column tagged, without any sampled value: signals, the strongest rule, detector pass ratios."""

    name: str
    type: str
    codes: tuple[str, ...]
    confidence: float
    kind: str
    signals: str
    strongest: str
    value_checks: str


@dataclass(frozen=True)
class TableRow:
    route: TableRoute
    columns: tuple[ColumnSummary, ...]  # tagged columns only
    column_count: int

    @property
    def table(self) -> ScanTable:
        return self.route.table

    @property
    def route_label(self) -> str:
        if self.route.route == OPEN:
            return f"{route_label(OPEN)} (at least {route_label(self.route.at_least)}; possibly " \
                   f"{', '.join(route_label(r) for r in self.route.possible[:-1])})"
        return route_label(self.route.route)

    @property
    def declared_labels(self) -> tuple[str, ...]:
        return tuple(f"{d.exemption} (#{EXEMPTIONS[d.exemption].number}, declared)" for d in self.route.declared)


@dataclass(frozen=True)
class CodeGroup:
    code: str
    en: str
    zh: str
    kind: str
    default_route: str
    conditions: tuple[str, ...]
    duties: tuple[str, ...]
    confidence: str
    tables: tuple[TableRow, ...]


@dataclass(frozen=True)
class CategoryGroup:
    category: str
    en: str
    zh: str
    codes: tuple[CodeGroup, ...]


@dataclass(frozen=True)
class ScenarioGroup:
    scenario: str
    en: str
    zh: str
    categories: tuple[CategoryGroup, ...]


@dataclass(frozen=True)
class DeclarationRow:
    exemption: str
    number: int
    en: str
    zh: str
    globs: tuple[str, ...]
    note: str
    reference: str | None
    tables: tuple[str, ...]  # fqn of matched tables
    lifted: tuple[str, ...]  # codes it made exempt


@dataclass(frozen=True)
class Inventory:
    scan: ScanDocument
    taxonomy_version: str
    scenarios: tuple[ScenarioGroup, ...]
    tables: tuple[TableRow, ...]
    company: tuple[CompanyVolume, ...]
    declarations: tuple[DeclarationRow, ...]
    ciio: bool
    by_route: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_kind: tuple[tuple[str, int], ...]
    errors: tuple[ScanFailure, ...]


def _summarise(column: ScanColumn) -> ColumnSummary:
    signals = Counter(e.signal for e in column.evidence)
    strongest = max(column.evidence, key=lambda e: e.weight, default=None)
    return ColumnSummary(
        name=column.name, type=column.type, codes=column.codes, confidence=column.confidence, kind=column.kind,
        signals=", ".join(f"{s} ×{n}" if n > 1 else s for s, n in sorted(signals.items())),
        strongest=f"{strongest.signal}: {strongest.detail} [{strongest.rule or strongest.code}]" if strongest else "",
        value_checks=", ".join(f"{v.detector} {v.ratio:.0%} of {v.checked}" for v in column.value_checks),
    )


def _row(route: TableRoute) -> TableRow:
    table = route.table
    tagged = tuple(_summarise(c) for c in table.columns if c.codes)
    return TableRow(route, tagged, len(table.columns))


def _sort_key(row: TableRow) -> tuple[str, str]:
    return row.table.source, row.table.fqn


def _groups(rows: tuple[TableRow, ...], taxonomy: Taxonomy) -> tuple[ScenarioGroup, ...]:
    entries = taxonomy.codes
    model = taxonomy.model
    used = {code for row in rows for code in row.table.codes}

    def group(code: str) -> CodeGroup:
        entry = entries.get(code)
        members = tuple(sorted((r for r in rows if code in r.table.codes), key=_sort_key))
        if entry is None:
            return CodeGroup(code, "(not in taxonomy)", "（分类表中无此编码）", "none", "none", (), (), "", members)
        return CodeGroup(code, entry.en, entry.zh, entry.kind, entry.route, entry.conditions, entry.duties,
                         entry.confidence, members)

    scenarios = []
    for scenario, names in model.scenarios.items():
        categories = []
        for category, cat in model.categories.items():
            if cat.scenario != scenario:
                continue
            codes = [e.code for e in model.codes if e.category == category and e.code in used]
            if codes:
                categories.append(CategoryGroup(category, cat.en, cat.zh, tuple(group(c) for c in codes)))
        if categories:
            scenarios.append(ScenarioGroup(scenario, names.en, names.zh, tuple(categories)))
    placed = {c.code for s in scenarios for cat in s.categories for c in cat.codes}
    others = [c for c in [e.code for e in model.codes] + sorted(used - set(entries)) if c in used and c not in placed]
    if others:
        scenario, en, zh = OTHER_SCENARIO
        categories = tuple(CategoryGroup(c, g.en, g.zh, (g,)) for c in others for g in [group(c)])
        scenarios.append(ScenarioGroup(scenario, en, zh, categories))
    return tuple(scenarios)


def _declaration_rows(plan: RoutePlan, declarations: Declarations) -> tuple[DeclarationRow, ...]:
    rows = []
    for declaration in declarations.items:
        exemption = EXEMPTIONS[declaration.exemption]
        matched = [t for t in plan.tables if declaration in t.declared]
        lifted = sorted({c.code for t in matched for c in t.codes if c.declared == declaration})
        rows.append(DeclarationRow(declaration.exemption, exemption.number, exemption.en, exemption.zh,
                                   declaration.tables, declaration.note, declaration.reference,
                                   tuple(t.table.fqn for t in matched), tuple(lifted)))
    return tuple(rows)


def _category_of(code: str) -> str:
    return code.split(".")[0]


def build_inventory(scan: ScanDocument, taxonomy: Taxonomy, declarations: Declarations) -> Inventory:
    plan = plan_routes(scan.tables, taxonomy.codes, declarations)
    rows = tuple(sorted((_row(r) for r in plan.tables), key=_sort_key))
    routes = Counter(r.route.route for r in rows if r.table.codes)
    categories = Counter(cat for r in rows for cat in {_category_of(c) for c in r.table.codes})
    kinds = Counter(r.table.kind for r in rows)
    return Inventory(
        scan=scan,
        taxonomy_version=taxonomy.version,
        scenarios=_groups(rows, taxonomy),
        tables=rows,
        company=plan.company,
        declarations=_declaration_rows(plan, declarations),
        ciio=plan.ciio,
        by_route=tuple((r, routes[r]) for r in (*ROUTE_ORDER[:1], OPEN, *ROUTE_ORDER[1:]) if routes[r]),
        by_category=tuple(sorted(categories.items())),
        by_kind=tuple((k, kinds[k]) for k in KIND_ORDER if kinds[k]),
        errors=scan.errors,
    )


def volume_text(volume: Volume | None) -> str:
    """A table's person estimate for display, always labelled as an estimate."""
    if volume is None:
        return "not estimated"
    if volume.persons is None:
        return f"unknown ({volume.method})"
    return f"~{volume.persons:,} persons (estimate, {volume.method}, column {volume.column})"
