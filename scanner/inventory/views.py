"""The inventory as flat tables (one per view), shared by the XLSX, CSV and Markdown writers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scanner.inventory.inventory import Inventory, TableRow
from scanner.inventory.routes import SENSITIVE, route_label
from scanner.inventory.volume import volume_scope_of_codes


@dataclass(frozen=True)
class View:
    name: str  # also the XLSX sheet name (≤ 31 characters)
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _persons(row: TableRow) -> int | None:
    volume = row.table.volume
    return volume.persons if volume else None


def _declared(row: TableRow) -> str:
    return "; ".join(row.declared_labels)


def by_route(inv: Inventory) -> View:
    order = [r for r, _ in inv.by_route]
    rows = sorted((r for r in inv.tables if r.table.codes),
                  key=lambda r: (order.index(r.route.route), r.table.source, r.table.fqn))
    return View("By route", ("Route", "Route (label)", "Source", "Table", "Codes", "Why", "Duties",
                             "Declared exemptions", "Persons (estimate)"),
                tuple((r.route.route, r.route_label, r.table.source, r.table.fqn, ", ".join(r.table.codes),
                       "\n".join(r.route.reasons + r.route.warnings), ", ".join(r.route.duties), _declared(r),
                       _persons(r)) for r in rows))


def by_category(inv: Inventory) -> View:
    rows = []
    for scenario in inv.scenarios:
        for category in scenario.categories:
            for group in category.codes:
                for r in group.tables:
                    rows.append((scenario.scenario, scenario.zh, category.category, category.en, category.zh,
                                 group.code, group.en, group.zh, group.kind, r.table.source, r.table.fqn,
                                 r.table.kind, r.route.route, r.route_label,
                                 "\n".join(r.route.reasons + r.route.warnings), ", ".join(r.route.duties),
                                 _declared(r), _persons(r)))
    return View("By category", ("Scenario", "场景", "Category", "Category (EN)", "类别", "Code", "Subcategory (EN)",
                                "子类", "Code kind", "Source", "Table", "Table kind", "Route", "Route (label)", "Why",
                                "Duties", "Declared exemptions", "Persons (estimate)"), tuple(rows))


def tables(inv: Inventory) -> View:
    return View("Tables", ("Source", "Table", "Object", "Status", "Error", "Rows sampled", "Sample method",
                           "Row estimate", "Columns", "Tagged columns", "Codes", "Kind", "Route", "At least",
                           "Possible routes", "Duties", "Declared exemptions", "Warnings", "Notes"),
                tuple((r.table.source, r.table.fqn, r.table.object, r.table.status, r.table.error or "",
                       r.table.rows_sampled, r.table.sample_method or "", r.table.row_estimate, r.column_count,
                       len(r.columns), ", ".join(r.table.codes), r.table.kind, r.route.route, r.route.at_least,
                       ", ".join(r.route.possible), ", ".join(r.route.duties), _declared(r),
                       "\n".join(r.route.warnings), "\n".join(r.table.notes)) for r in inv.tables))


def columns(inv: Inventory) -> View:
    return View("Columns", ("Source", "Table", "Column", "Type", "Codes", "Confidence", "Kind", "Signals",
                            "Strongest evidence", "Value checks"),
                tuple((r.table.source, r.table.fqn, c.name, c.type, ", ".join(c.codes), round(c.confidence, 3),
                       c.kind, c.signals, c.strongest, c.value_checks) for r in inv.tables for c in r.columns))


def volumes(inv: Inventory) -> View:
    rows: list[tuple[Any, ...]] = []
    for r in inv.tables:
        if r.table.volume is None and not {"P01", "P02"} & set(r.table.codes):
            continue
        v = r.table.volume
        scope = volume_scope_of_codes(r.table.codes)
        rows.append((r.table.source, r.table.fqn, scope, v.persons if v else None, v.column if v else "",
                     v.method if v else "not estimated (scan ran without --volume)", bool(v and v.exact),
                     v.band if v else "unknown", "estimate of distinct persons in this table"))
    for c in inv.company:
        if not c.tables:
            continue
        what = "sensitive PI" if c.scope == SENSITIVE else "non-sensitive PI"
        rows.append(("COMPANY TOTAL", f"{what}: at least ~{c.at_least:,} (largest table)", c.scope, c.at_most, "",
                     f"sum of {c.tables - c.unknown_tables} per-table estimates; {c.unknown_tables} unknown", False,
                     route_label(c.route), "conservative estimate, counted from 1 January; " + c.reason))
    return View("Volumes", ("Source", "Table", "PI class", "Persons (estimate)", "Person column", "Method", "Exact",
                            "Band / route", "Note"), tuple(rows))


def exemptions(inv: Inventory) -> View:
    return View("Exemptions", ("#", "Exemption", "Exemption (EN)", "豁免情形", "Table globs", "Matched tables",
                               "Codes made exempt", "Note", "Reference", "Status"),
                tuple((d.number, d.exemption, d.en, d.zh, ", ".join(d.globs), ", ".join(d.tables),
                       ", ".join(d.lifted), d.note, d.reference or "", "declared by the user, not detected")
                      for d in inv.declarations))


def all_views(inv: Inventory) -> tuple[View, ...]:
    return (by_route(inv), by_category(inv), tables(inv), columns(inv), volumes(inv), exemptions(inv))
