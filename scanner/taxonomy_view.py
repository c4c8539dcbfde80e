"""`vdscan taxonomy`: the taxonomy as a terminal table, JSON (every code) or Markdown."""
from __future__ import annotations

import json

from mappings.loader import Taxonomy

_ROUTE_SHORT = {"security_assessment": "SA", "standard_contract_or_certification": "SC/CERT", "exempt": "EX",
                "none": "-"}


def taxonomy_json(taxonomy: Taxonomy) -> str:
    model = taxonomy.model
    document = {
        "version": model.version, "title": model.title,
        "scenarios": {k: v.model_dump() for k, v in model.scenarios.items()},
        "categories": {k: v.model_dump() for k, v in model.categories.items()},
        "codes": [entry.model_dump() for entry in model.codes],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def taxonomy_markdown(taxonomy: Taxonomy) -> str:
    lines = [f"# {taxonomy.title}", "", f"Version {taxonomy.version}.", "",
             "| code | scenario | category | subcategory | 中文 | kind | route | duties | conf |",
             "|---|---|---|---|---|---|---|---|---|"]
    categories = taxonomy.model.categories
    for e in taxonomy.model.codes:
        category = categories[e.category].en if e.category else ""
        lines.append(f"| {e.code} | {e.scenario or ''} | {category} | {e.en} | {e.zh} | {e.kind} | "
                     f"{_ROUTE_SHORT[e.route]} | {', '.join(e.duties)} | {e.confidence} |")
    return "\n".join(lines) + "\n"


def taxonomy_table(taxonomy: Taxonomy) -> str:
    lines = []
    for e in taxonomy.model.codes:
        duties = f"  +{'+'.join(e.duties)}" if e.duties else ""
        lines.append(f"{e.code:<6} {e.scenario or '':<3} {e.kind:<19} {_ROUTE_SHORT[e.route]:<8} {e.en} / {e.zh}{duties}")
    return "\n".join(lines) + "\n"
