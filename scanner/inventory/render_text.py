"""The inventory as CSV (one row per table and code) and as Markdown (grouped like the HTML report)."""
from __future__ import annotations

import csv
import io

from scanner.inventory.inventory import Inventory, volume_text
from scanner.inventory.routes import route_label
from scanner.inventory.views import by_category


def render_csv(inv: Inventory) -> str:
    view = by_category(inv)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(view.headers)
    writer.writerows(["" if v is None else v for v in row] for row in view.rows)
    return buffer.getvalue()


def _cell(text: object) -> str:
    """Markdown table cells cannot hold pipes or newlines."""
    return str(text).replace("|", "\\|").replace("\n", "<br>")


def render_markdown(inv: Inventory) -> str:
    out = ["# Data-export inventory / 汽车数据出境清单", "",
           f"vdscan {inv.scan.vdscan}, taxonomy {inv.taxonomy_version}, scan {inv.scan.started_at} → "
           f"{inv.scan.finished_at}, {len(inv.tables)} tables. Candidate classification with evidence, "
           "not a legal verdict; no sampled value appears here.", "",
           "## Personal-information volumes (estimates)", "",
           "| Class | Tables | Unknown | At least | At most (sum, conservative) | Route | Why |",
           "|---|---|---|---|---|---|---|"]
    for c in inv.company:
        if c.tables:
            most = f"~{c.at_most:,}" if c.at_most is not None else "unknown"
            out.append(f"| {c.scope} | {c.tables} | {c.unknown_tables} | ~{c.at_least:,} | {most} | "
                       f"{_cell(route_label(c.route))} | {_cell(c.reason)} |")
    for scenario in inv.scenarios:
        out += ["", f"## {scenario.scenario} · {scenario.en} / {scenario.zh}"]
        for category in scenario.categories:
            out += ["", f"### {category.category} {category.en} / {category.zh}"]
            for group in category.codes:
                out += ["", f"#### {group.code} {group.en} / {group.zh}", "",
                        "| Source | Table | Codes | Kind | Route | Why | Duties | Persons | Evidence |",
                        "|---|---|---|---|---|---|---|---|---|"]
                for r in group.tables:
                    why = r.route.reasons + r.route.warnings + r.declared_labels
                    evidence = "; ".join(f"{c.name} {'/'.join(c.codes)} ({c.signals})" for c in r.columns)
                    out.append(f"| {_cell(r.table.source)} | {_cell(r.table.fqn)} | {', '.join(r.table.codes)} | "
                               f"{r.table.kind} | {_cell(r.route_label)} | {_cell(chr(10).join(why))} | "
                               f"{', '.join(r.route.duties)} | {_cell(volume_text(r.table.volume))} | "
                               f"{_cell(evidence)} |")
    out += ["", "## Declared exemptions (declared by the user, not detected)", ""]
    if inv.declarations:
        out += ["| # | Exemption | Matched tables | Codes made exempt | Note | Reference |", "|---|---|---|---|---|---|"]
        out += [f"| {d.number} | {d.exemption} | {_cell(', '.join(d.tables) or 'none matched')} | "
                f"{', '.join(d.lifted)} | {_cell(d.note)} | {_cell(d.reference or '')} |" for d in inv.declarations]
    else:
        out.append("None declared.")
    if inv.errors:
        out += ["", "## Scan errors", ""] + [f"- {e.target}: {e.stage}: {_cell(e.reason)}" for e in inv.errors]
    return "\n".join(out) + "\n"
