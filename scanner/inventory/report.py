"""Write the inventory report in one of its formats; the entry point the CLI and `vdscan scan --report` call."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from mappings.loader import Taxonomy, load_taxonomy
from scanner.inventory.exemptions import Declarations, load_declarations
from scanner.inventory.inventory import Inventory, build_inventory
from scanner.inventory.scan_json import parse_scan

FORMATS = ("html", "xlsx", "csv", "markdown")
SUFFIXES = {".html": "html", ".htm": "html", ".xlsx": "xlsx", ".csv": "csv", ".md": "markdown"}


def format_for(path: Path | str, fmt: str | None) -> str:
    """The explicit format, else the one the file suffix names, else HTML."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    return SUFFIXES.get(Path(path).suffix.lower(), "html")


def inventory_of(report: Mapping[str, Any], exemptions: Path | str | Declarations | None = None,
                 taxonomy: Taxonomy | None = None) -> Inventory:
    declarations = exemptions if isinstance(exemptions, Declarations) else load_declarations(exemptions)
    return build_inventory(parse_scan(report), taxonomy or load_taxonomy(), declarations)


def write_report(report: Mapping[str, Any], path: Path | str, fmt: str | None = None,
                 exemptions: Path | str | Declarations | None = None, taxonomy: Taxonomy | None = None) -> Path:
    """Write the inventory of a scan report dict (the JSON contract) to `path`; returns the path written."""
    path = Path(path)
    fmt = format_for(path, fmt)
    inv = inventory_of(report, exemptions, taxonomy)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        from scanner.inventory.render_xlsx import write_xlsx

        write_xlsx(inv, path)
    elif fmt == "html":
        from scanner.inventory.render_html import render_html

        path.write_text(render_html(inv), encoding="utf-8")
    else:
        from scanner.inventory.render_text import render_csv, render_markdown

        text = render_csv(inv) if fmt == "csv" else render_markdown(inv)
        # utf-8-sig so that Excel opens the CSV's Chinese text correctly when double-clicked.
        path.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    return path
