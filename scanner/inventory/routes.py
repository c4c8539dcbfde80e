"""Which export route applies to each table, and why. Pure: scan tables, taxonomy and declarations in, routes out.

Personal information is routed by company-wide volume, not per table: the guideline counts persons cumulatively
from 1 January across everything the company exports, so a table's own count only bounds the total from below.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from mappings.schema import CodeEntry
from scanner.inventory.exemptions import EXEMPTIONS, Declaration, Declarations
from scanner.inventory.scan_json import ScanTable
from scanner.model import ROUTE_ORDER, most_restrictive

SA = "security_assessment"
SC = "standard_contract_or_certification"
EXEMPT = "exempt"
NONE = "none"
OPEN = "open"  # the route depends on a volume nobody could measure; never a route of the JSON contract

NON_SENSITIVE = "P01"
SENSITIVE = "P02"


@dataclass(frozen=True)
class Band:
    label: str
    low: int
    high: int | None  # exclusive; None = unbounded
    route: str

    def holds(self, persons: int) -> bool:
        return persons >= self.low and (self.high is None or persons < self.high)


# taxonomy.md §2.6 (S9, S11, S14): counted cumulatively from 1 January of the current year.
BANDS: dict[str, tuple[Band, ...]] = {
    NON_SENSITIVE: (Band("<100k", 0, 100_000, EXEMPT), Band("100k-1M", 100_000, 1_000_000, SC),
                    Band(">=1M", 1_000_000, None, SA)),
    SENSITIVE: (Band("<10k", 0, 10_000, SC), Band(">=10k", 10_000, None, SA)),
}
VOLUME_CODES = tuple(BANDS)


def band_of(persons: int | None, scope: str) -> str:
    """The threshold band of a person count for P01 (non-sensitive) or P02 (sensitive) PI; `unknown` for None."""
    if persons is None:
        return "unknown"
    return next(b.label for b in BANDS[scope] if b.holds(persons))


@dataclass(frozen=True)
class CompanyVolume:
    """Company-wide persons for one PI class: at least the largest table, at most the sum of all tables."""

    scope: str  # P01 | P02
    tables: int
    unknown_tables: int
    at_least: int
    at_most: int | None  # None while any table's volume is unknown
    route: str  # a route, or OPEN
    band_routes: tuple[tuple[str, str], ...]  # (band, route) still possible
    reason: str


@dataclass(frozen=True)
class CodeRoute:
    code: str
    kind: str
    route: str  # a route, or OPEN
    reason: str
    declared: Declaration | None = None
    band_routes: tuple[tuple[str, str], ...] = ()
    conditions: tuple[str, ...] = ()  # thresholds the scanner cannot see (taxonomy `conditions`)


@dataclass(frozen=True)
class TableRoute:
    table: ScanTable
    route: str  # a route, or OPEN when a volume left it undecided
    at_least: str  # the route that applies whatever the open volumes turn out to be
    possible: tuple[str, ...]  # routes still possible when open, most restrictive first
    codes: tuple[CodeRoute, ...]
    duties: tuple[str, ...]
    declared: tuple[Declaration, ...]
    warnings: tuple[str, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Reasons of the deciding codes first, then the open ones, then the rest."""
        rank = {self.route: 0, OPEN: 1}
        return tuple(c.reason for c in sorted(self.codes, key=lambda c: rank.get(c.route, 2)))


@dataclass(frozen=True)
class RoutePlan:
    tables: tuple[TableRoute, ...]
    company: tuple[CompanyVolume, ...]
    ciio: bool


ROUTE_LABELS: dict[str, tuple[str, str]] = {
    SA: ("Security assessment", "数据出境安全评估"),
    SC: ("Standard contract or certification", "个人信息出境标准合同或认证"),
    EXEMPT: ("Exempt", "免于申报"),
    NONE: ("No procedure", "无需出境程序"),
    OPEN: ("Open: depends on volume", "待定：取决于数量"),
}


def route_label(route: str) -> str:
    en, zh = ROUTE_LABELS.get(route, (route, route))
    return f"{en} / {zh}"


def _lifting(code: str, declared: Sequence[Declaration]) -> Declaration | None:
    for declaration in declared:
        lifts = EXEMPTIONS[declaration.exemption].lifts
        if not lifts or code in lifts:
            return declaration
    return None


def _declared_reason(code: str, declaration: Declaration) -> str:
    exemption = EXEMPTIONS[declaration.exemption]
    ref = f", ref. {declaration.reference}" if declaration.reference else ""
    return (f"{code}: exempt as DECLARED by the user — exemption {exemption.number} {exemption.id} "
            f"({exemption.en}): {declaration.note}{ref}")


def _company_volume(scope: str, tables: Sequence[ScanTable], declared: Mapping[str, tuple[Declaration, ...]],
                    ciio: bool) -> CompanyVolume:
    counted = [t for t in tables if scope in t.codes and _lifting(scope, declared[t.key]) is None]
    known = [t.volume.persons for t in counted if t.volume is not None and t.volume.persons is not None]
    unknown = len(counted) - len(known)
    at_least = max(known, default=0)
    at_most = sum(known) if not unknown else None
    what = "sensitive personal information" if scope == SENSITIVE else "personal information (non-sensitive)"
    bands = BANDS[scope]
    if ciio:
        return CompanyVolume(scope, len(counted), unknown, at_least, at_most, SA, (),
                             f"{scope} {what}: the company declared itself a CIIO, so any volume needs a "
                             "security assessment")
    if at_most is not None:
        band = next(b for b in bands if b.holds(at_most))
        return CompanyVolume(scope, len(counted), unknown, at_least, at_most, band.route, (),
                             f"{scope} {what}: company-wide at most ~{at_most:,} persons (sum of {len(counted)} "
                             f"per-table estimates; conservative, one person may sit in many tables) → band "
                             f"{band.label} → {route_label(band.route)}")
    possible = tuple((b.label, b.route) for b in bands if b.high is None or b.high > at_least)
    routes = {r for _, r in possible}
    options = "; ".join(f"if {label} → {route_label(route)}" for label, route in possible)
    if len(routes) == 1:
        route = routes.pop()
        return CompanyVolume(scope, len(counted), unknown, at_least, None, route, (),
                             f"{scope} {what}: volume unknown for {unknown} table(s), but at least ~{at_least:,} "
                             f"persons already → {route_label(route)}")
    return CompanyVolume(scope, len(counted), unknown, at_least, None, OPEN, possible,
                         f"{scope} {what}: OPEN CONDITION — volume unknown for {unknown} table(s) (at least "
                         f"~{at_least:,} persons known); {options}")


def _code_route(code: str, entry: CodeEntry | None, declared: Sequence[Declaration],
                company: Mapping[str, CompanyVolume]) -> CodeRoute:
    kind = entry.kind if entry else "none"
    conditions = entry.conditions if entry else ()
    declaration = _lifting(code, declared)
    if declaration is not None:
        return CodeRoute(code, kind, EXEMPT, _declared_reason(code, declaration), declaration, (), conditions)
    if code in company:
        volume = company[code]
        return CodeRoute(code, kind, volume.route, volume.reason, None, volume.band_routes, conditions)
    if entry is None:
        return CodeRoute(code, kind, NONE, f"{code}: not in the taxonomy; no route derived")
    name = f"{code} {entry.en} / {entry.zh}"
    if entry.kind == "important":
        why = f"{name}: candidate important data → {route_label(entry.route)}"
    else:
        why = f"{name}: {entry.kind.replace('_', ' ')} → {route_label(entry.route)}"
    if conditions:
        why += f" (open conditions: {'; '.join(conditions)})"
    return CodeRoute(code, kind, entry.route, why, None, (), conditions)


def _table_route(table: ScanTable, taxonomy: Mapping[str, CodeEntry], declared: tuple[Declaration, ...],
                 company: Mapping[str, CompanyVolume], all_p01_persons: int) -> TableRoute:
    codes = tuple(_code_route(c, taxonomy.get(c), declared, company) for c in table.codes)
    # Whatever an open volume turns out to be, its code needs at least the route of its lowest possible band.
    floors = [c.route if c.route != OPEN else max((r for _, r in c.band_routes), key=ROUTE_ORDER.index)
              for c in codes]
    at_least = most_restrictive(floors, ROUTE_ORDER)
    # An open code matters only if one of its bands could make the table more restrictive than what is decided.
    stricter = {r for c in codes if c.route == OPEN for _, r in c.band_routes
                if ROUTE_ORDER.index(r) < ROUTE_ORDER.index(at_least)}
    possible = tuple(sorted(stricter | {at_least}, key=ROUTE_ORDER.index)) if stricter else ()
    duties: dict[str, None] = dict.fromkeys(table.duties)
    for code in table.codes:
        if code in taxonomy:
            duties.update(dict.fromkeys(taxonomy[code].duties))
    warnings = []
    if any(d.exemption == "small_volume_pi" for d in declared) and all_p01_persons >= 100_000:
        warnings.append("small_volume_pi is declared, but the per-table estimates of non-sensitive PI add up to "
                        f"~{all_p01_persons:,} persons (≥100k)")
    return TableRoute(table, OPEN if possible else at_least, at_least, possible, codes, tuple(duties), declared,
                      tuple(warnings))


def plan_routes(tables: Sequence[ScanTable], taxonomy: Mapping[str, CodeEntry], declarations: Declarations
                ) -> RoutePlan:
    """Routes for every table and the company-wide PI volumes that decide the personal-information routes."""
    declared = {t.key: declarations.for_table(t.source, t.fqn) for t in tables}
    company = {scope: _company_volume(scope, tables, declared, declarations.ciio) for scope in VOLUME_CODES}
    # Declared small-volume tables leave the company total, so checking that declaration needs the sum over all tables.
    all_p01_persons = sum(t.volume.persons for t in tables
                          if NON_SENSITIVE in t.codes and t.volume is not None and t.volume.persons is not None)
    routed = tuple(_table_route(t, taxonomy, declared[t.key], company, all_p01_persons) for t in tables)
    return RoutePlan(routed, tuple(company.values()), declarations.ciio)
