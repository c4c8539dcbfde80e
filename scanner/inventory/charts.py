"""Inline SVG bar charts, so the HTML report needs no script, stylesheet or font from anywhere."""
from __future__ import annotations

from html import escape
from typing import Sequence

ROUTE_COLOURS = {
    "security_assessment": "#c0392b",
    "open": "#8e44ad",
    "standard_contract_or_certification": "#e67e22",
    "exempt": "#27ae60",
    "none": "#95a5a6",
}
KIND_COLOURS = {
    "important": "#b03a2e",
    "sensitive_personal": "#d35400",
    "personal": "#f1c40f",
    "general": "#5d6d7e",
    "none": "#bdc3c7",
}
CATEGORY_COLOUR = "#2471a3"


def bar_chart(title: str, bars: Sequence[tuple[str, int, str]], width: int = 560) -> str:
    """A horizontal bar chart: one (label, value, colour) per bar; labels may be Chinese."""
    label_w, bar_h, gap, top = 230, 20, 6, 30
    height = top + len(bars) * (bar_h + gap) + 10
    peak = max((value for _, value, _ in bars), default=0) or 1
    span = width - label_w - 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}">',
             f'<text x="0" y="18" class="chart-title">{escape(title)}</text>']
    for index, (label, value, colour) in enumerate(bars):
        y = top + index * (bar_h + gap)
        length = max(2, round(span * value / peak))
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" class="chart-label">'
                     f'{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{length}" height="{bar_h}" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + length + 6}" y="{y + 15}" class="chart-value">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)
