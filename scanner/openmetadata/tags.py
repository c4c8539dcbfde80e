"""The taxonomy as an OpenMetadata Classification and its tags: names, nesting and Markdown descriptions.

Layout inside one classification (default name `VehicleData`, mutuallyExclusive=False because one column can be
several things at once, e.g. a per-vehicle latitude is C16.1 and P02):

    VehicleData.C16                 category (parent tag)     displayName "C16 车辆位置轨迹数据"
    VehicleData.C16.C16_1           subcategory               displayName "C16.1 规模化车辆行踪轨迹"
    VehicleData.PersonalInformation.P02                       personal-information classes P01–P04
    VehicleData.G01, VehicleData.X01                          general and foreign-origin data
    VehicleData.Kind.Important …    table-level roll-up of `kind`   (parent mutuallyExclusive: one per table)
    VehicleData.Route.SecurityAssessment …  table-level roll-up of `route` (same)

Tag names are ASCII and dot-free (a dot would be quoted inside the FQN, `VehicleData."C16.1"`, which stewards
mistype in searches and policies); the Chinese name sits in `displayName`. Pure: no I/O, no SDK import.
"""
from __future__ import annotations

from dataclasses import dataclass

from mappings.loader import Taxonomy
from mappings.schema import CodeEntry

DEFAULT_CLASSIFICATION = "VehicleData"
PI_PARENT = "PersonalInformation"
KIND_PARENT = "Kind"
ROUTE_PARENT = "Route"

# Roll-up values that get a table-level tag; "none" means nothing to say, so no tag.
KIND_TAGS: dict[str, tuple[str, str, str]] = {
    "important": ("Important", "重要数据", "Candidate important data (重要数据): a column matched one of the 51 items."),
    "sensitive_personal": ("SensitivePersonal", "敏感个人信息",
                           "Sensitive personal information (敏感个人信息), counted from 10,000 persons."),
    "personal": ("Personal", "个人信息", "Personal information (个人信息), counted from 100,000 persons."),
    "general": ("General", "一般数据", "General business data (一般数据): no procedure unless notified as important."),
}
ROUTE_TAGS: dict[str, tuple[str, str, str]] = {
    "security_assessment": ("SecurityAssessment", "申报数据出境安全评估",
                            "Default route: CAC data-export security assessment."),
    "standard_contract_or_certification": ("StandardContractOrCertification", "标准合同或认证",
                                           "Default route: PI export standard contract or PI protection certification."),
    "exempt": ("Exempt", "免于申报",
               "Default route: exempt from the export procedures (one of the nine exemptions applies)."),
}
DUTY_TEXT = {
    "mnr_review": "对外提供审批/地图审核 (MNR approval or map review) before filing",
    "export_control": "technology export licence (export control)",
    "report_to_miit": "report to MIIT before export (vulnerabilities)",
    "file_with_samr": "file with SAMR before export (defect remediation)",
}
SCAN_NOTE = ("Applied by vdscan as an **Automated / Suggested** label: a candidate, with its rule and score in the "
             "label's reason. A data steward confirms or removes it; vdscan never changes a label a person set.")


@dataclass(frozen=True)
class TagSpec:
    """One tag as vdscan wants it in the catalog. `parent` is the parent tag's name, None under the classification."""

    name: str
    display_name: str
    description: str
    parent: str | None = None
    mutually_exclusive: bool = False

    def fqn(self, classification: str) -> str:
        return ".".join(p for p in (classification, self.parent, self.name) if p)

    def request(self, classification: str) -> dict:
        """The CreateTagRequest body (PUT /v1/tags), in the SDK's field names."""
        body: dict = {"classification": classification, "name": self.name, "displayName": self.display_name,
                      "description": self.description, "mutuallyExclusive": self.mutually_exclusive}
        if self.parent:
            body["parent"] = f"{classification}.{self.parent}"
        return body


@dataclass(frozen=True)
class ClassificationSpec:
    name: str
    display_name: str
    description: str

    def request(self) -> dict:
        """The CreateClassificationRequest body (PUT /v1/classifications)."""
        return {"name": self.name, "displayName": self.display_name, "description": self.description,
                "mutuallyExclusive": False}


def tag_name(code: str) -> str:
    """`C16.1` → `C16_1`; codes without a dot keep their name."""
    return code.replace(".", "_")


def code_parent(entry: CodeEntry) -> str | None:
    if entry.category:
        return entry.category
    if entry.code.startswith("P"):
        return PI_PARENT
    return None


def code_tag_fqn(classification: str, entry: CodeEntry) -> str:
    return ".".join(p for p in (classification, code_parent(entry), tag_name(entry.code)) if p)


def kind_tag_fqn(classification: str, kind: str) -> str | None:
    return f"{classification}.{KIND_PARENT}.{KIND_TAGS[kind][0]}" if kind in KIND_TAGS else None


def route_tag_fqn(classification: str, route: str) -> str | None:
    return f"{classification}.{ROUTE_PARENT}.{ROUTE_TAGS[route][0]}" if route in ROUTE_TAGS else None


def classification_spec(taxonomy: Taxonomy, name: str = DEFAULT_CLASSIFICATION) -> ClassificationSpec:
    description = (
        f"**{taxonomy.title}** (taxonomy {taxonomy.version}).\n\n"
        "Vehicle data regulated by the 2026 cross-border vehicle-data guidelines (工信部网安〔2026〕27号): the 27 "
        "categories / 51 items of important data as reconstructed by vdscan (codes C01.1 … C27.2 are vdscan's "
        "stable identifiers, not official numbers), personal-information classes P01–P04, general data G01 and "
        "foreign-origin data X01. `Kind.*` and `Route.*` tags on a table roll up its columns.\n\n" + SCAN_NOTE)
    return ClassificationSpec(name, "汽车数据出境分类（2026版）", description)


def _code_description(taxonomy: Taxonomy, entry: CodeEntry) -> str:
    lines = [f"**{entry.code}** {entry.en} / {entry.zh}", ""]
    if entry.category:
        category = taxonomy.model.categories[entry.category]
        scenario = taxonomy.model.scenarios[entry.scenario]
        lines.append(f"- Category: {entry.category} {category.en} / {category.zh}; "
                     f"scenario {entry.scenario} {scenario.en} / {scenario.zh}")
    lines.append(f"- Kind: `{entry.kind}`")
    lines.append(f"- Default route: `{entry.route}` (before volumes and declared exemptions)")
    if entry.duties:
        lines.append("- Duties: " + "; ".join(DUTY_TEXT.get(d, d) for d in entry.duties))
    if entry.exemptions:
        lines.append("- Exemptions: " + "; ".join(entry.exemptions))
    if entry.conditions:
        lines.append("- Open conditions (not visible to the scanner): " + "; ".join(entry.conditions))
    grounding = ", ".join(entry.grounding) if entry.grounding else "none"
    lines.append(f"- Grounding: {grounding}; confidence {entry.confidence} (G grounded, P partial, I inferred)")
    if entry.official_ref:
        lines.append(f"- Official item: {entry.official_ref}")
    if entry.note:
        lines.append(f"- Note: {entry.note}")
    lines += ["", SCAN_NOTE]
    return "\n".join(lines)


def taxonomy_tags(taxonomy: Taxonomy) -> tuple[TagSpec, ...]:
    """Every tag of the classification, parents before children (the server needs a parent before its child)."""
    parents: list[TagSpec] = []
    children: list[TagSpec] = []
    categories = taxonomy.model.categories
    for code, category in categories.items():
        scenario = taxonomy.model.scenarios[category.scenario]
        parents.append(TagSpec(code, f"{code} {category.zh}",
                               f"**{code}** {category.en} / {category.zh}\n\nScenario {category.scenario} "
                               f"{scenario.en} / {scenario.zh}. Parent of its subcategories.\n\n{SCAN_NOTE}"))
    if any(e.code.startswith("P") for e in taxonomy.model.codes):
        parents.append(TagSpec(PI_PARENT, "个人信息",
                               "Personal information classes P01–P04: not among the 51 items; governed by volume "
                               "thresholds counted from 1 January.\n\n" + SCAN_NOTE))
    parents.append(TagSpec(KIND_PARENT, "数据类别", "Table-level roll-up of the most restrictive kind among its "
                           "columns. One per table.", mutually_exclusive=True))
    parents.append(TagSpec(ROUTE_PARENT, "出境路径", "Table-level roll-up of the most restrictive default export "
                           "route among its columns. One per table.", mutually_exclusive=True))
    for entry in taxonomy.model.codes:
        children.append(TagSpec(tag_name(entry.code), f"{entry.code} {entry.zh}", _code_description(taxonomy, entry),
                                parent=code_parent(entry)))
    for name, zh, text in KIND_TAGS.values():
        children.append(TagSpec(name, zh, f"{text}\n\n{SCAN_NOTE}", parent=KIND_PARENT))
    for name, zh, text in ROUTE_TAGS.values():
        children.append(TagSpec(name, zh, f"{text}\n\n{SCAN_NOTE}", parent=ROUTE_PARENT))
    return tuple(parents + children)
