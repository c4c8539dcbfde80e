"""Load and validate the taxonomy and rule packs shipped in this package or given by the user."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Hashable, Iterable, TypeVar

from pydantic import ValidationError

from mappings.cache import cache_key, cached
from mappings.schema import CodeEntry, NegativeClause, Rule, RulePack, TaxonomyFile

PACKAGE_DIR = Path(__file__).resolve().parent
TAXONOMY_PATH = PACKAGE_DIR / "taxonomy.yaml"
BUILTIN_RULES_DIR = PACKAGE_DIR / "rules"
PINYIN_PATH = PACKAGE_DIR / "pinyin.json"  # pinyin of the built-in keywords (scanner.names), compiled into rules
DEFAULT_THRESHOLD = 0.5

T = TypeVar("T")


class MappingError(Exception):
    """A taxonomy or rule file that cannot be used. `problems` holds one line per error, each with its location."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(f"{self.path}: {p}" for p in problems))


def _read_yaml(path: Path) -> object:
    # Imported here: a scan whose rules come from the cache (cache.py) parses no YAML.
    import yaml

    # libyaml's parser is ~9x faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError:
        raise MappingError(path, ["file not found"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise MappingError(path, [f"{where}not valid YAML ({getattr(exc, 'problem', exc)})"]) from None


def _describe(errors: list[dict], document: object) -> list[str]:
    """Pydantic errors as `entry: field: reason`, naming list entries by their id or code where they have one."""
    lines = []
    for error in errors:
        location = []
        node = document
        for part in error["loc"]:
            if isinstance(part, int) and isinstance(node, list) and part < len(node):
                node = node[part]
                label = node.get("id") or node.get("code") if isinstance(node, dict) else None
                location.append(f"[{part}]" + (f" ({label})" if label else ""))
            else:
                node = node.get(part) if isinstance(node, dict) else None
                location.append(str(part))
        where = ".".join(location).replace(".[", "[")
        lines.append(f"{where}: {error['msg']}")
    return lines


@dataclass(frozen=True)
class Taxonomy:
    version: str
    title: str
    model: TaxonomyFile

    @cached_property
    def codes(self) -> dict[str, CodeEntry]:
        return {entry.code: entry for entry in self.model.codes}

    @cached_property
    def duties_of(self) -> dict[str, tuple[str, ...]]:
        return {entry.code: entry.duties for entry in self.model.codes}

    def entry(self, code: str) -> CodeEntry:
        return self.codes[code]

    def important_codes(self) -> list[str]:
        return [e.code for e in self.model.codes if e.code.startswith("C")]


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    try:
        key = cache_key([path], "taxonomy")
    except OSError:
        return _parse_taxonomy(path)  # which says what is wrong with the file
    return cached(key, lambda: _parse_taxonomy(path), Taxonomy)


def _parse_taxonomy(path: Path) -> Taxonomy:
    document = _read_yaml(path)
    try:
        model = TaxonomyFile.model_validate(document)
    except ValidationError as exc:
        raise MappingError(path, _describe(exc.errors(), document)) from None
    return Taxonomy(model.version, model.title, model)


def parse_rule_pack(path: Path) -> RulePack:
    document = _read_yaml(path)
    if document is None:
        return RulePack()
    try:
        return RulePack.model_validate(document)
    except ValidationError as exc:
        raise MappingError(path, _describe(exc.errors(), document)) from None


@dataclass(frozen=True)
class RuleSet:
    """All rules in force: built-ins, then user packs. A user rule with a built-in rule's id replaces it."""

    rules: tuple[Rule, ...]
    negatives: tuple[NegativeClause, ...]
    abbreviations: dict[str, str]
    threshold: float
    sources: tuple[str, ...]


def check_rule_pack(path: Path, taxonomy: Taxonomy | None = None) -> list[str]:
    """Every problem of one rule pack, each with its location; empty when the pack is usable."""
    try:
        pack = parse_rule_pack(path)
    except MappingError as exc:
        return [f"{exc.path}: {p}" for p in exc.problems]
    return _pack_problems(path, pack, taxonomy or load_taxonomy())


def _pack_problems(path: Path, pack: RulePack, taxonomy: Taxonomy) -> list[str]:
    """What the schema alone cannot check: codes against the taxonomy, detectors against the registry, ids."""
    from scanner.detectors import DETECTORS

    known_codes = taxonomy.codes
    problems = []
    seen: set[str] = set()
    for index, rule in enumerate(pack.rules):
        where = f"{path}: rules[{index}] ({rule.id})"
        if rule.id in seen:
            problems.append(f"{where}: id is used twice in this file")
        seen.add(rule.id)
        if rule.code not in known_codes:
            problems.append(f"{where}: code {rule.code} is not in the taxonomy")
        for code in rule.suppresses:
            if code not in known_codes:
                problems.append(f"{where}: suppresses unknown code {code}")
        for clause in rule.values:
            if clause.detector not in DETECTORS:
                problems.append(f"{where}: unknown detector {clause.detector!r}")
    return problems


def rule_paths(extra: Iterable[Path] = (), include_builtin: bool = True) -> tuple[Path, ...]:
    """The rule packs in force, in the order they apply: built-ins, then user packs."""
    paths = sorted(BUILTIN_RULES_DIR.glob("*.yaml")) if include_builtin else []
    return (*paths, *(Path(p) for p in extra))


def load_rules(extra: Iterable[Path] = (), include_builtin: bool = True) -> RuleSet:
    paths = rule_paths(extra, include_builtin)
    return _load_rules(paths, _content_digest(paths))


def _content_digest(paths: Iterable[Path]) -> str:
    """What the packs hold now: a pack edited while a process runs (tests, notebooks) is read again, and never
    compiled and cached under its new content from the parse of its old one."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(path.read_bytes() + b"\0")
        except OSError:
            digest.update(b"\0unreadable\0")  # parsing it says why
    return digest.hexdigest()


def compiled_rules(extra: Iterable[Path], arguments: tuple[Hashable, ...], build: Callable[[], T],
                   kind: type[T]) -> T:
    """`build()`, which compiles the rules in force (built-ins and `extra`) with `arguments`, or its result from
    an earlier run that compiled the very same rules with the same code (cache.py): parsing, validating and
    compiling them is a quarter of a fresh scan's time to its first table."""
    try:
        key = cache_key([*rule_paths(extra), TAXONOMY_PATH, PINYIN_PATH], kind.__module__, kind.__qualname__,
                        *arguments)
    except OSError:
        return build()  # a user pack that cannot be read: building reports it as a MappingError
    return cached(key, build, kind)


@lru_cache(maxsize=8)
def _load_rules(paths: tuple[Path, ...], _digest: str) -> RuleSet:
    by_id: dict[str, Rule] = {}
    negatives: dict[str, NegativeClause] = {}
    abbreviations: dict[str, str] = {}
    threshold = DEFAULT_THRESHOLD
    taxonomy = load_taxonomy()
    for path in paths:
        pack = parse_rule_pack(path)
        problems = _pack_problems(path, pack, taxonomy)
        if problems:
            raise MappingError(path, [p.split(": ", 1)[1] for p in problems])
        for rule in pack.rules:
            by_id[rule.id] = rule
        for clause in pack.negatives:
            negatives[clause.id] = clause
        abbreviations.update(pack.abbreviations)
        if pack.threshold is not None:
            threshold = pack.threshold
    return RuleSet(tuple(by_id.values()), tuple(negatives.values()), abbreviations, threshold,
                   tuple(str(p) for p in paths))
