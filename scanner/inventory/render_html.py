"""The inventory as one self-contained HTML file: inline CSS and SVG, nothing fetched, readable offline."""
from __future__ import annotations

from pathlib import Path

from scanner.inventory.charts import CATEGORY_COLOUR, KIND_COLOURS, ROUTE_COLOURS, bar_chart
from scanner.inventory.inventory import Inventory, volume_text
from scanner.inventory.routes import ROUTE_LABELS, route_label

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _charts(inv: Inventory) -> dict[str, str]:
    return {
        "route": bar_chart("Tables per route / 各出境路径的表数",
                           [(ROUTE_LABELS[r][1], n, ROUTE_COLOURS[r]) for r, n in inv.by_route]),
        "kind": bar_chart("Tables per kind / 各数据类型的表数",
                          [(k, n, KIND_COLOURS[k]) for k, n in inv.by_kind]),
        "category": bar_chart("Tables per category / 各类别的表数",
                              [(c, n, CATEGORY_COLOUR) for c, n in inv.by_category]),
    }


def render_html(inv: Inventory) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    template = env.get_template("report.html.j2")
    return template.render(inv=inv, charts=_charts(inv), label=route_label, volume=volume_text)
