"""The classifier: pure, deterministic, explainable. Table metadata (and optionally a sample) in, verdicts out."""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from mappings.loader import RuleSet, Taxonomy, load_rules, load_taxonomy
from mappings.schema import NegativeClause, Rule, ValueClause
from scanner.detectors import DetectorResult, run_detector, type_family
from scanner.detectors.base import FAMILIES
from scanner.detectors.batch import run_batched
from scanner.masking import mask_value
from scanner.model import (
    KIND_ORDER, ROUTE_ORDER, CodeScore, ColumnRef, ColumnVerdict, Evidence, TableRef, TableVerdict,
    most_restrictive,
)
from scanner.names import KeywordIndex, Normalised, Vocabulary

COMMENT_FALLBACK_FACTOR = 0.8  # a rule's name keywords found only in the comment count a little less
SHOWN_SAMPLES = 3
EXPLAINED_CANDIDATES = 8

_SQL_FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), family)
    for pattern, family in (
        (r"^(bool|boolean|bit\(1\))\b", "boolean"),
        (r"json|struct|array|\[\]|^map|^list|record|row\(", "nested"),
        (r"blob|bytea|binary|^image$|^raw|bytes", "binary"),
        (r"timestamp|datetime|^date|^time|interval|^year", "temporal"),
        (r"geometry|geography|^point|linestring|polygon", "string"),  # WKT text; `point` contains `int`
        (r"int|serial|^bit", "integer"),
        (r"float|double|real|decimal|numeric|number|money", "float"),
        (r"char|text|string|clob|uuid|enum|^set|xml|inet|cidr|mac", "string"),
        (r"^null$|^void$", "null"),
    )
)


def sql_type_family(type_name: str) -> str:
    """The detector family of a source type name (`VARCHAR(17)`, `double precision`, `struct<x: double>`)."""
    for pattern, family in _SQL_FAMILIES:
        if pattern.search(type_name.strip()):
            return family
    return "other"


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


@dataclass(frozen=True)
class _Clause:
    keywords: frozenset[int]
    weight: float


@dataclass(frozen=True)
class _Negative:
    id: str
    name_any: frozenset[int]
    suffixes: tuple[tuple[str, ...], ...]
    prefixes: tuple[tuple[str, ...], ...]
    table_any: frozenset[int]
    types: frozenset[str]
    weight: float
    label: str


@dataclass(frozen=True)
class _Context:
    table_any: frozenset[int]
    columns_any: frozenset[int]
    columns_all: tuple[int, ...]
    weight: float
    label: str


@dataclass(frozen=True)
class _CompiledRule:
    rule: Rule
    name: _Clause | None
    comment: _Clause | None
    context: tuple[_Context, ...]
    negatives: tuple[_Negative, ...]
    types: frozenset[str] | None
    global_exempt: frozenset[str]


@dataclass(frozen=True)
class _TableFacts:
    """What every column's rules look at: normalised names, matched keywords, sibling keyword counts."""

    table_keywords: frozenset[int]
    names: tuple[Normalised, ...]
    name_keywords: tuple[frozenset[int], ...]
    comment_keywords: tuple[frozenset[int], ...]
    keyword_counts: dict[int, int]


class Classifier:
    def __init__(self, rules: RuleSet, taxonomy: Taxonomy, threshold: float | None = None,
                 show_samples: bool = False):
        self.taxonomy = taxonomy
        self.threshold = threshold if threshold is not None else rules.threshold
        self._threshold_logit = _logit(min(max(self.threshold, 1e-6), 1 - 1e-6))
        self.show_samples = show_samples
        self.codes = taxonomy.codes
        self._code_rank = {code: i for i, code in enumerate(self.codes)}
        words = set(rules.abbreviations)
        for rule in rules.rules:
            for text in rule.keywords():
                words.update(t for t in re.split(r"[^a-z]+", text.lower()) if t)
        for clause in rules.negatives:
            for text in clause.keywords():
                words.update(t for t in re.split(r"[^a-z]+", text.lower()) if t)
        self.vocabulary = Vocabulary(rules.abbreviations, words)
        self.index = KeywordIndex(self.vocabulary)
        self._globals = tuple(self._compile_negative(n) for n in rules.negatives)
        self._rules = tuple(self._compile_rule(r) for r in rules.rules)
        self._rule_index = {c.rule.id: c.rule for c in self._rules}
        self._index_rules()

    def _index_rules(self) -> None:
        """Which rules a keyword or a passing detector can wake, so a column is scored only by rules with a reason
        to speak. Every other rule would find no positive evidence and return nothing."""
        self._rules_by_name_kw: dict[int, set[int]] = {}
        self._rules_by_comment_kw: dict[int, set[int]] = {}
        self._context_only: set[int] = set()
        # Detectors whose rules can pass on values alone (e.g. VINs in a column named `bak1`) run on every column
        # of their families; the others only where a rule's name or comment already matched.
        self._unprompted_detectors: dict[str, set[str]] = {family: set() for family in FAMILIES}
        self._value_clauses: dict[str, list[tuple[int, ValueClause]]] = {}
        for position, compiled in enumerate(self._rules):
            rule = compiled.rule
            for clause in rule.values:
                self._value_clauses.setdefault(clause.detector, []).append((position, clause))
            for kid in (compiled.name.keywords if compiled.name else ()):
                self._rules_by_name_kw.setdefault(kid, set()).add(position)
            comment_keywords = compiled.comment or (compiled.name if compiled.name else None)
            for kid in (comment_keywords.keywords if comment_keywords else ()):
                self._rules_by_comment_kw.setdefault(kid, set()).add(position)
            if not (compiled.name or compiled.comment or rule.values):
                self._context_only.add(position)
            best_context = sum(c.weight for c in compiled.context)
            for clause in rule.values:
                if rule.prior + clause.weight + best_context >= self._threshold_logit:
                    for family in FAMILIES:
                        if compiled.types is None or family in compiled.types:
                            self._unprompted_detectors[family].add(clause.detector)

    @classmethod
    def default(cls, extra_rules: Iterable[Path | str] = (), threshold: float | None = None,
                show_samples: bool = False) -> "Classifier":
        return cls(load_rules(tuple(Path(p) for p in extra_rules)), load_taxonomy(), threshold, show_samples)

    # ---- compilation ------------------------------------------------------------------------------------------

    def _ids(self, keywords: Iterable[str]) -> frozenset[int]:
        return frozenset(self.index.add(k) for k in keywords)

    def _affixes(self, texts: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(t for t in (self.vocabulary.normalise(x).tokens for x in texts) if t)

    def _compile_negative(self, clause: NegativeClause) -> _Negative:
        parts = [*clause.name_any, *(f"…{s}" for s in clause.name_suffix), *(f"{p}…" for p in clause.name_prefix),
                 *(f"table {t}" for t in clause.table_any), *(f"type {t}" for t in clause.types)]
        return _Negative(clause.id or "", self._ids(clause.name_any), self._affixes(clause.name_suffix),
                         self._affixes(clause.name_prefix), self._ids(clause.table_any), frozenset(clause.types),
                         clause.weight, clause.id or ", ".join(parts[:3]))

    def _compile_rule(self, rule: Rule) -> _CompiledRule:
        contexts = tuple(
            _Context(self._ids(c.table_any), self._ids(c.columns_any), tuple(self.index.add(k) for k in c.columns_all),
                     c.weight, _context_label(c.table_any, c.columns_any, c.columns_all))
            for c in rule.context
        )
        return _CompiledRule(
            rule=rule,
            name=_Clause(self._ids(rule.name.any), rule.name.weight) if rule.name else None,
            comment=_Clause(self._ids(rule.comment.any), rule.comment.weight) if rule.comment else None,
            context=contexts,
            negatives=tuple(self._compile_negative(n) for n in rule.negative),
            types=frozenset(rule.types) if rule.types is not None else None,
            global_exempt=frozenset(rule.exempt_from),
        )

    # ---- classification ---------------------------------------------------------------------------------------

    def classify(self, table: TableRef, sample=None, sample_method: str | None = None,
                 rows_sampled: int | None = None) -> TableVerdict:
        """Verdicts for every column of `table`; `sample` is a pyarrow.Table (or None for metadata-only scans)."""
        return self.classify_many([(table, sample, sample_method, rows_sampled)])[0]

    def classify_many(self, items: Sequence[tuple[TableRef, object, str | None, int | None]]) -> list[TableVerdict]:
        """Verdicts for several (table, sample, sample method, rows sampled) at once. The same as classifying them
        one by one, but each value detector runs over the columns of all the tables together (see batch.py)."""
        prepared = []
        all_values: list = []
        wanted: dict[str, list[int]] = {}
        for table, sample, _, _ in items:
            facts = self._table_facts(table)
            sampled = set(sample.column_names) if sample is not None else set()
            values = [sample.column(c.name) if c.name in sampled else None for c in table.columns]
            families = [self._family(column, v) for column, v in zip(table.columns, values)]
            prompted = [self._prompted_rules(facts.name_keywords[i], facts.comment_keywords[i])
                        for i in range(len(table.columns))]
            offset = len(all_values)
            all_values.extend(values)
            for i, column_values in enumerate(values):
                if column_values is None:
                    continue
                needed = set(self._unprompted_detectors[families[i]])
                needed.update(clause.detector for r in prompted[i] for clause in self._rules[r].rule.values)
                for name in needed:
                    wanted.setdefault(name, []).append(offset + i)
            prepared.append((facts, values, families, prompted, offset))
        results_by_column: dict[int, dict[str, DetectorResult]] = {}
        for (position, name), result in run_batched(wanted, all_values).items():
            results_by_column.setdefault(position, {})[name] = result
        verdicts = []
        for (table, sample, method, rows), (facts, values, families, prompted, offset) in zip(items, prepared):
            columns = tuple(
                self._classify_column(i, column, facts, values[i], families[i], prompted[i],
                                      results_by_column.get(offset + i, {}))
                for i, column in enumerate(table.columns)
            )
            verdicts.append(TableVerdict(
                table=table, columns=columns,
                rows_sampled=rows if rows is not None else (sample.num_rows if sample is not None else None),
                sample_method=method, notes=table.notes,
            ))
        return verdicts

    def _table_facts(self, table: TableRef) -> _TableFacts:
        table_keywords = self.index.match(self.vocabulary.normalise(table.name))
        if table.comment:
            table_keywords |= self.index.match(self.vocabulary.normalise(table.comment))
        names = tuple(self.vocabulary.normalise(c.name) for c in table.columns)
        name_keywords = tuple(self.index.match(n) for n in names)
        comment_keywords = tuple(
            self.index.match(self.vocabulary.normalise(c.comment)) if c.comment else frozenset() for c in table.columns
        )
        # Sibling context reads comments too: Chinese platforms often name columns opaquely and explain them there.
        counts: dict[int, int] = {}
        for named, described in zip(name_keywords, comment_keywords):
            for kid in named | described:
                counts[kid] = counts.get(kid, 0) + 1
        return _TableFacts(table_keywords, names, name_keywords, comment_keywords, counts)

    @staticmethod
    def _family(column: ColumnRef, values) -> str:
        family = type_family(values.type) if values is not None else sql_type_family(column.type)
        if family in ("null", "other") and values is not None:
            family = sql_type_family(column.type)
        return family

    def _prompted_rules(self, name_kw: frozenset[int], comment_kw: frozenset[int]) -> set[int]:
        prompted = set(self._context_only)
        for kid in name_kw:
            prompted.update(self._rules_by_name_kw.get(kid, ()))
        for kid in comment_kw:
            prompted.update(self._rules_by_comment_kw.get(kid, ()))
        return prompted

    def _candidate_rules(self, prompted: set[int], results: dict[str, DetectorResult]) -> list[int]:
        """Rules prompted by name or comment, plus rules one of whose detectors passes on this column's values."""
        candidates = set(prompted)
        for detector, result in results.items():
            clauses = self._value_clauses.get(detector, ())
            if not result.passed:
                continue
            candidates.update(index for index, clause in clauses
                              if result.checked >= clause.min_values and result.ratio >= clause.min_ratio)
        return sorted(candidates)  # rule order decides ties between equally confident rules

    def _classify_column(self, position: int, column: ColumnRef, facts: _TableFacts, values, family: str,
                         prompted: set[int], results: dict[str, DetectorResult]) -> ColumnVerdict:
        name_kw = facts.name_keywords[position]
        comment_kw = facts.comment_keywords[position]
        own = name_kw | comment_kw
        sibling_kw = {kid for kid, n in facts.keyword_counts.items() if n - (kid in own) > 0}
        name = facts.names[position]
        global_hits = tuple(n for n in self._globals if self._negative_holds(n, name, name_kw, facts, family))
        detector_results: dict = {}  # the checks rules consulted, reported as value_checks

        def check(detector: str):
            if detector not in detector_results:
                found = results.get(detector)
                detector_results[detector] = found if found is not None else run_detector(detector, values)
            return detector_results[detector]

        best: dict[str, CodeScore] = {}
        for index in self._candidate_rules(prompted, results):
            compiled = self._rules[index]
            if compiled.types is not None and family not in compiled.types:
                continue
            scored = self._score_rule(compiled, name, name_kw, comment_kw, sibling_kw, facts, family, global_hits,
                                      values, check)
            if scored is None:
                continue
            current = best.get(scored.code)
            if current is None or scored.confidence > current.confidence:
                best[scored.code] = scored

        passing = {code: s for code, s in best.items() if s.confidence >= self.threshold}
        suppressed = {c for s in passing.values() for c in self._rule_by_id(s.rule).suppresses}
        ordered = sorted((s for code, s in passing.items() if code not in suppressed),
                         key=lambda s: (-s.confidence, self._code_rank.get(s.code, 999)))
        codes = tuple(s.code for s in ordered)
        candidates = tuple(sorted(best.values(), key=lambda s: -s.confidence)[:EXPLAINED_CANDIDATES])
        return ColumnVerdict(
            name=column.name,
            type=column.type,
            codes=codes,
            confidence=round(ordered[0].confidence, 4) if ordered else 0.0,
            kind=most_restrictive([self.codes[c].kind for c in codes], KIND_ORDER),
            route=most_restrictive([self.codes[c].route for c in codes], ROUTE_ORDER),
            evidence=tuple(e for s in ordered for e in s.evidence),
            candidates=candidates,
            value_checks=tuple((r.detector, round(r.ratio, 4), r.checked) for r in detector_results.values()
                               if r.checked),
            masked_samples=self._masked(values) if self.show_samples and values is not None else (),
        )

    def fingerprint(self) -> str:
        """Changes whenever the rules or the threshold change, so incremental scans re-classify after a rule update."""
        digest = hashlib.sha256(repr(self.threshold).encode())
        for compiled in self._rules:
            digest.update(compiled.rule.model_dump_json().encode())
        return digest.hexdigest()[:16]

    def _rule_by_id(self, rule_id: str) -> Rule:
        return self._rule_index[rule_id]

    def _negative_holds(self, clause: _Negative, name: Normalised, name_kw: frozenset[int], facts: _TableFacts,
                        family: str) -> bool:
        tokens = name.tokens
        return bool(
            (clause.name_any & name_kw)
            or any(len(s) <= len(tokens) and tokens[-len(s):] == s for s in clause.suffixes)
            or any(len(p) <= len(tokens) and tokens[:len(p)] == p for p in clause.prefixes)
            or (clause.table_any & facts.table_keywords)
            or family in clause.types
        )

    def _score_rule(self, compiled: _CompiledRule, name: Normalised, name_kw: frozenset[int],
                    comment_kw: frozenset[int], sibling_kw: set[int], facts: _TableFacts, family: str,
                    global_hits: tuple[_Negative, ...], values, check) -> CodeScore | None:
        rule = compiled.rule
        evidence: list[Evidence] = []

        def add(signal: str, detail: str, weight: float) -> None:
            evidence.append(Evidence(signal, detail, weight, rule.code, rule.id))

        name_hit = compiled.name and compiled.name.keywords & name_kw
        if name_hit:
            add("name", f"name matches {self._quote(name_hit)}", compiled.name.weight)
        if compiled.comment:
            comment_hit = compiled.comment.keywords & comment_kw
            if comment_hit:
                add("comment", f"comment mentions {self._quote(comment_hit)}", compiled.comment.weight)
        elif compiled.name and not name_hit:
            comment_hit = compiled.name.keywords & comment_kw
            if comment_hit:
                add("comment", f"comment mentions {self._quote(comment_hit)}",
                    compiled.name.weight * COMMENT_FALLBACK_FACTOR)
        # A rule that names or describes its data fires only on that evidence (or on values); sibling context
        # and table names then strengthen it. Rules made of context alone are judged on context.
        direct = compiled.name or compiled.comment or rule.values
        if direct and not evidence and (values is None or not rule.values):
            return None
        for context in compiled.context:
            if ((not context.table_any or context.table_any & facts.table_keywords)
                    and (not context.columns_any or context.columns_any & sibling_kw)
                    and all(k in sibling_kw for k in context.columns_all)):
                add("context", context.label, context.weight)
        for negative in compiled.negatives:
            if self._negative_holds(negative, name, name_kw, facts, family):
                add("negative", negative.label, negative.weight)
        for negative in global_hits:
            if negative.id not in compiled.global_exempt:
                add("negative", negative.label, negative.weight)

        base = rule.prior + sum(e.weight for e in evidence)
        if values is not None and rule.values:
            reachable = base + sum(v.weight for v in rule.values)
            if reachable >= self._threshold_logit:
                for clause in rule.values:
                    result = check(clause.detector)
                    if result.checked < clause.min_values:
                        continue
                    share = f"{result.ratio:.0%} of {result.checked} sampled values pass {clause.detector}"
                    if result.ratio >= clause.min_ratio:
                        add("values", share, clause.weight)
                    elif clause.miss_weight and result.ratio < clause.min_ratio / 2:
                        add("values", share, clause.miss_weight)
        if direct and not any(e.signal in ("name", "comment", "values") and e.weight > 0 for e in evidence):
            return None
        if not any(e.weight > 0 for e in evidence):
            return None
        score = rule.prior + sum(e.weight for e in evidence)
        prior = Evidence("prior", f"rule {rule.id} starts at {rule.prior:+.1f}", rule.prior, rule.code, rule.id)
        return CodeScore(rule.code, rule.id, round(_sigmoid(score), 4), (prior, *evidence))

    def _quote(self, keyword_ids: frozenset[int]) -> str:
        texts = sorted(self.index.keywords[k].text for k in keyword_ids)
        return ", ".join(f"'{t}'" for t in texts[:3])

    def _masked(self, values) -> tuple[str, ...]:
        present = values.drop_null()
        return tuple(mask_value(v) for v in present.slice(0, SHOWN_SAMPLES).to_pylist())


def _context_label(table_any: Sequence[str], columns_any: Sequence[str], columns_all: Sequence[str]) -> str:
    parts = []
    if table_any:
        parts.append("table is about " + "/".join(table_any[:3]))
    if columns_any:
        parts.append("a sibling column is " + "/".join(columns_any[:3]))
    if columns_all:
        parts.append("siblings include " + " + ".join(columns_all[:4]))
    return "; ".join(parts)
