"""The classifier: pure, deterministic, explainable. Table metadata (and optionally a sample) in, verdicts out."""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Sequence

from mappings.loader import RuleSet, Taxonomy, compiled_rules, load_rules, load_taxonomy
from mappings.schema import NegativeClause, Rule, ValueClause
from scanner.detectors import DetectorResult, run_detector, type_family
from scanner.detectors.base import FAMILIES
from scanner.detectors.batch import BatchResults, run_batched
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
        # `int` as a word's start (Int32, uint16, tinyint, HUGEINT), not inside one (sensor_msgs/PointCloud2)
        (r"\bu?(huge|big|small|tiny|medium)?int|serial|^bit", "integer"),
        (r"float|double|real|decimal|numeric|number|money", "float"),
        (r"char|text|string|clob|uuid|enum|^set|xml|inet|cidr|mac", "string"),
        (r"^null$|^void$", "null"),
    )
)


@lru_cache(maxsize=4096)
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


class _Memo(dict):
    """A dict that forgets everything once it holds `limit` entries: memory stays flat however many distinct names
    a scan meets (100,000 tables), while the ones that matter, repeated in every table (`id`, `vin`,
    `create_time`), are back after a table or two."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def remember(self, key: Hashable, value: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


MEMO_LIMIT = 8192  # entries per memo; a column text is ~1 kB, so ~10 MB at most


@dataclass(frozen=True)
class _Clause:
    keywords: frozenset[int]
    weight: float


@dataclass(frozen=True)
class _Negative:
    """A negative clause; where it holds is in `_NegativeIndex`, under `bit`."""

    id: str
    weight: float
    label: str
    bit: int


class _NegativeIndex:
    """Which negative clauses hold, as a bit mask: the clauses holding on a column are the OR of what holds on its
    name (cached with the name), on its table (once per table) and on its type family, instead of every clause
    tested against every column for every rule."""

    def __init__(self) -> None:
        self.count = 0
        self.weights: list[float] = []
        self._by_name_keyword: dict[int, int] = {}
        self._by_suffix: dict[tuple[str, ...], int] = {}
        self._by_prefix: dict[tuple[str, ...], int] = {}
        self._by_table_keyword: dict[int, int] = {}
        self._by_family: dict[str, int] = {}

    def add(self, name_any: frozenset[int], suffixes: tuple[tuple[str, ...], ...],
            prefixes: tuple[tuple[str, ...], ...], table_any: frozenset[int], types: frozenset[str],
            weight: float) -> int:
        bit = 1 << self.count
        self.count += 1
        self.weights.append(weight)
        for index, keys in ((self._by_name_keyword, name_any), (self._by_suffix, suffixes),
                            (self._by_prefix, prefixes), (self._by_table_keyword, table_any),
                            (self._by_family, types)):
            for key in keys:
                index[key] = index.get(key, 0) | bit
        return bit

    @property
    def any_positive(self) -> bool:
        return any(w > 0 for w in self.weights)

    def on_name(self, name: Normalised, keywords: frozenset[int]) -> int:
        found = self._on_keywords(self._by_name_keyword, keywords)
        tokens = name.tokens
        for length in range(1, len(tokens) + 1):
            found |= self._by_suffix.get(tokens[-length:], 0) | self._by_prefix.get(tokens[:length], 0)
        return found

    def on_keywords(self, keywords: frozenset[int]) -> int:
        """The clauses whose name keywords are among `keywords` (a column's comment, read like its name)."""
        return self._on_keywords(self._by_name_keyword, keywords)

    def on_table(self, keywords: frozenset[int]) -> int:
        return self._on_keywords(self._by_table_keyword, keywords)

    def on_family(self, family: str) -> int:
        return self._by_family.get(family, 0)

    @staticmethod
    def _on_keywords(index: dict[int, int], keywords: frozenset[int]) -> int:
        found = 0
        for kid in keywords:
            found |= index.get(kid, 0)
        return found


@dataclass(frozen=True)
class _Context:
    table_any: frozenset[int]
    columns_any: frozenset[int]
    columns_all: frozenset[int]
    weight: float

    def holds(self, table_keywords: frozenset[int], siblings: frozenset[int]) -> bool:
        return ((not self.table_any or not self.table_any.isdisjoint(table_keywords))
                and (not self.columns_any or not self.columns_any.isdisjoint(siblings))
                and self.columns_all <= siblings)


@dataclass(frozen=True)
class _CompiledRule:
    rule: Rule
    name: _Clause | None
    comment: _Clause | None
    context: tuple[_Context, ...]
    negatives: tuple[_Negative, ...]
    types: frozenset[str] | None
    # Precomputed so that scoring a column allocates only what depends on the column.
    position: int
    direct: bool  # names or describes its data: fires only on that evidence (or on values)
    negative_mask: int  # the bits of `negatives`
    values_weight: float  # what its value clauses can add
    prior_evidence: Evidence
    negative_evidence: tuple[Evidence, ...]  # aligned with `negatives`
    global_evidence: tuple[Evidence | None, ...]  # aligned with the global negatives; None where exempt


@dataclass(frozen=True)
class _ColumnText:
    """What a column's name and comment tell every rule; the same in every table, so cached per (name, comment)."""

    name_keywords: frozenset[int]
    comment_keywords: frozenset[int]
    own: frozenset[int]  # both: what the column's siblings do not count as theirs
    negatives: int  # negative clauses holding on the name
    prompted: tuple[int, ...]  # positions of the rules the name or comment prompts, in rule order
    detectors: frozenset[str]  # the value detectors of those rules


@dataclass(frozen=True)
class _TableFacts:
    """What every column's rules look at: the table's keywords, each column's text, the siblings' keywords."""

    table_keywords: frozenset[int]
    negatives: int  # negative clauses holding on the table's name or comment
    columns: tuple[_ColumnText, ...]
    column_keywords: frozenset[int]  # in any column's name or comment
    repeated: frozenset[int]  # in two columns or more: a sibling has them even when the column has them too
    context_rules: tuple[int, ...]  # the rules of context alone that can fire in this table

    def siblings(self, column: _ColumnText) -> frozenset[int]:
        """The keywords of the other columns."""
        return self.column_keywords - (column.own - self.repeated)


class _Scored:
    """One rule's score on one column. The CodeScore is built only for the scores a verdict reports."""

    __slots__ = ("confidence", "compiled", "evidence", "_made")

    def __init__(self, confidence: float, compiled: _CompiledRule, evidence: list[Evidence]):
        self.confidence = confidence
        self.compiled = compiled
        self.evidence = evidence
        self._made: CodeScore | None = None

    @property
    def code(self) -> str:
        return self.compiled.rule.code

    def code_score(self) -> CodeScore:
        if self._made is None:
            rule = self.compiled.rule
            self._made = CodeScore(rule.code, rule.id, self.confidence, (self.compiled.prior_evidence, *self.evidence))
        return self._made


class Classifier:
    def __init__(self, rules: RuleSet, taxonomy: Taxonomy, threshold: float | None = None,
                 show_samples: bool = False, explained_candidates: int = EXPLAINED_CANDIDATES):
        """`explained_candidates`: how many scored codes a column verdict keeps for `vdscan explain`; a scan
        keeps none, since they are ~40% of a verdict's memory and no report shows them."""
        self.taxonomy = taxonomy
        self.explained_candidates = explained_candidates
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
        self._negative_index = _NegativeIndex()
        self._globals = tuple(self._compile_negative(n) for n in rules.negatives)
        self._global_mask = sum(n.bit for n in self._globals)
        # The rule and the name keywords of each rule's own negative clause, by its bit: a comment's negative words
        # are weighed against the rule's words in the same comment (decision 77).
        self._negative_owners: dict[int, tuple[int, frozenset[int]]] = {}
        self._rules = tuple(self._compile_rule(position, r) for position, r in enumerate(rules.rules))
        # Negatives only ever lower a score (the schema wants weight < 0): then a rule with no positive evidence
        # before them, and no values to read, is dropped without looking at them.
        self._negatives_can_lift = self._negative_index.any_positive
        self._index_rules()
        self._column_texts = _Memo(MEMO_LIMIT)
        self._keyword_evidence_memo = _Memo(MEMO_LIMIT)
        self._value_evidence_memo = _Memo(MEMO_LIMIT)
        self._context_evidence_memo = _Memo(MEMO_LIMIT)
        self._global_hits_memo = _Memo(MEMO_LIMIT)
        self._wanted_memo = _Memo(MEMO_LIMIT)
        self._families = _Memo(MEMO_LIMIT)
        self._roll_ups = _Memo(MEMO_LIMIT)

    def _index_rules(self) -> None:
        """Which rules a keyword or a passing detector can wake, so a column is scored only by rules with a reason
        to speak. Every other rule would find no positive evidence and return nothing."""
        self._rules_by_name_kw: dict[int, set[int]] = {}
        self._rules_by_comment_kw: dict[int, set[int]] = {}
        context_only: list[int] = []
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
                context_only.append(position)
            best_context = sum(c.weight for c in compiled.context)
            for clause in rule.values:
                if rule.prior + clause.weight + best_context >= self._threshold_logit:
                    for family in FAMILIES:
                        if compiled.types is None or family in compiled.types:
                            self._unprompted_detectors[family].add(clause.detector)
        self._context_only = tuple(context_only)  # scored where their table context holds, not prompted by names

    @classmethod
    def default(cls, extra_rules: Iterable[Path | str] = (), threshold: float | None = None,
                show_samples: bool = False, explained_candidates: int = EXPLAINED_CANDIDATES) -> "Classifier":
        extra = tuple(Path(p) for p in extra_rules)

        def build() -> Classifier:
            return cls(load_rules(extra), load_taxonomy(), threshold, show_samples, explained_candidates)

        # Compiled once per change of the rules or the code, not once per process (mappings/cache.py).
        return compiled_rules(extra, (threshold, show_samples, explained_candidates), build, cls)

    # ---- compilation ------------------------------------------------------------------------------------------

    def _ids(self, keywords: Iterable[str]) -> frozenset[int]:
        return frozenset(self.index.add(k) for k in keywords)

    def _affixes(self, texts: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(t for t in (self.vocabulary.normalise(x).tokens for x in texts) if t)

    def _compile_negative(self, clause: NegativeClause) -> _Negative:
        parts = [*clause.name_any, *(f"…{s}" for s in clause.name_suffix), *(f"{p}…" for p in clause.name_prefix),
                 *(f"table {t}" for t in clause.table_any), *(f"type {t}" for t in clause.types)]
        name_any, suffixes, prefixes = (self._ids(clause.name_any), self._affixes(clause.name_suffix),
                                        self._affixes(clause.name_prefix))
        table_any, types = self._ids(clause.table_any), frozenset(clause.types)
        bit = self._negative_index.add(name_any, suffixes, prefixes, table_any, types, clause.weight)
        return _Negative(clause.id or "", clause.weight, clause.id or ", ".join(parts[:3]), bit)

    def _compile_rule(self, position: int, rule: Rule) -> _CompiledRule:
        contexts = tuple(
            _Context(self._ids(c.table_any), self._ids(c.columns_any), self._ids(c.columns_all), c.weight)
            for c in rule.context
        )
        name = _Clause(self._ids(rule.name.any), rule.name.weight) if rule.name else None
        comment = _Clause(self._ids(rule.comment.any), rule.comment.weight) if rule.comment else None
        negatives = tuple(self._compile_negative(n) for n in rule.negative)
        for clause, compiled_negative in zip(rule.negative, negatives):
            self._negative_owners[compiled_negative.bit] = (position, self._ids(clause.name_any))
        exempt = frozenset(rule.exempt_from)

        def evidence(signal: str, detail: str, weight: float) -> Evidence:
            return Evidence(signal, detail, weight, rule.code, rule.id)

        return _CompiledRule(
            rule=rule, name=name, comment=comment, context=contexts, negatives=negatives,
            types=frozenset(rule.types) if rule.types is not None else None,
            position=position,
            direct=bool(name or comment or rule.values),
            negative_mask=sum(n.bit for n in negatives),
            values_weight=sum(v.weight for v in rule.values),
            prior_evidence=evidence("prior", f"rule {rule.id} starts at {rule.prior:+.1f}", rule.prior),
            negative_evidence=tuple(evidence("negative", n.label, n.weight) for n in negatives),
            global_evidence=tuple(None if n.id in exempt else evidence("negative", n.label, n.weight)
                                  for n in self._globals),
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
        wanted: list[frozenset[str] | None] = []
        screened: list[frozenset[str]] = []
        for table, sample, _, _ in items:
            facts = self._table_facts(table)
            sampled = set(sample.column_names) if sample is not None else set()
            values = [sample.column(c.name) if c.name in sampled else None for c in table.columns]
            families = [self._family(column, v) for column, v in zip(table.columns, values)]
            offset = len(all_values)
            all_values.extend(values)
            for v, family, text in zip(values, families, facts.columns):
                asked, unprompted = self._wanted(family, text.detectors) if v is not None else (None, frozenset())
                wanted.append(asked)
                screened.append(unprompted)
            prepared.append((facts, values, families, offset))
        batch = run_batched(all_values, wanted, screened)
        verdicts = []
        for (table, sample, method, rows), (facts, values, families, offset) in zip(items, prepared):
            columns = tuple(
                self._classify_column(column, facts, facts.columns[i], values[i], families[i], batch, offset + i)
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
        columns = tuple(self._column_text(c.name, c.comment) for c in table.columns)
        # Sibling context reads comments too: Chinese platforms often name columns opaquely and explain them there.
        seen: set[int] = set()
        repeated: set[int] = set()
        for column in columns:
            repeated.update(column.own & seen)
            seen.update(column.own)
        column_keywords = frozenset(seen)
        return _TableFacts(table_keywords, self._negative_index.on_table(table_keywords), columns, column_keywords,
                           frozenset(repeated), self._live_context_rules(table_keywords, column_keywords))

    def _live_context_rules(self, table_keywords: frozenset[int], column_keywords: frozenset[int]) -> tuple[int, ...]:
        """The rules of context alone with a positive context that holds for some column of the table. A column's
        siblings are a subset of the table's column keywords, so a context that fails on these fails on every
        column; the other rules would find no positive evidence (negatives only lower a score) and return nothing."""
        if self._negatives_can_lift:
            return self._context_only
        return tuple(position for position in self._context_only
                     if any(context.weight > 0 and context.holds(table_keywords, column_keywords)
                            for context in self._rules[position].context))

    def _column_text(self, name: str, comment: str | None) -> _ColumnText:
        found = self._column_texts.get((name, comment))
        if found is None:
            found = self._column_texts.remember((name, comment), self._read_column_text(name, comment))
        return found

    def _read_column_text(self, name: str, comment: str | None) -> _ColumnText:
        normalised = self.vocabulary.normalise(name)
        by_words, by_initials = self.index.match_detail(normalised)
        comment_keywords = frozenset()
        negatives = 0
        if comment:
            read_comment = self.vocabulary.normalise(comment)
            comment_keywords = self.index.match(read_comment)
            # Initials the comment explains otherwise are not the keyword (decision 77).
            by_initials -= self.index.contradicted(by_initials, read_comment)
            negatives = self._comment_negatives(comment_keywords)
        name_keywords = by_words | by_initials
        prompted = tuple(sorted(self._prompted_rules(name_keywords, comment_keywords)))
        detectors = frozenset(clause.detector for r in prompted for clause in self._rules[r].rule.values)
        negatives |= self._negative_index.on_name(normalised, name_keywords)
        return _ColumnText(name_keywords, comment_keywords, name_keywords | comment_keywords, negatives, prompted,
                           detectors)

    def _comment_negatives(self, comment_keywords: frozenset[int]) -> int:
        """The rules' own negative clauses that a comment's words satisfy (decision 77): what the comment says the
        column is counts against a rule as what its name says. Not the global negatives, whose words (time, id,
        flag) a comment mentions in passing far more often than a name does. Where the comment also carries one of
        the rule's keywords, the more specific (longer) phrase decides: 安装位置 is an installation place, not a
        位置, while a path "to the camera image, lidar or radar blob" stays a camera image."""
        found = self._negative_index.on_keywords(comment_keywords) & ~self._global_mask
        bits = found
        while bits:
            bit = bits & -bits
            bits ^= bit
            position, clause_keywords = self._negative_owners[bit]
            compiled = self._rules[position]
            own = compiled.comment or compiled.name
            positive = own.keywords & comment_keywords if own else frozenset()
            if positive and (self._specificity(positive) > self._specificity(clause_keywords & comment_keywords)):
                found &= ~bit
        return found

    def _specificity(self, keyword_ids: frozenset[int]) -> int:
        """Length of the longest keyword among `keyword_ids`, in its Latin or pinyin form."""
        return max((len(form) for k in keyword_ids for form in (*self.index.keywords[k].latin,
                                                                self.index.keywords[k].initials)), default=0)

    def _family(self, column: ColumnRef, values) -> str:
        key = (values.type if values is not None else None, column.type)
        family = self._families.get(key)
        if family is None:
            family = self._families.remember(key, self._read_family(column, values))
        return family

    @staticmethod
    def _read_family(column: ColumnRef, values) -> str:
        family = type_family(values.type) if values is not None else sql_type_family(column.type)
        if family in ("null", "other") and values is not None:
            family = sql_type_family(column.type)
        return family

    def _wanted(self, family: str, prompted_detectors: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The detectors to run on a column: those whose rules can pass on values alone, and the prompted rules';
        and among them those asked for no reason but the column's type, which may be screened (batch.py)."""
        key = (family, prompted_detectors)
        found = self._wanted_memo.get(key)
        if found is None:
            unprompted = self._unprompted_detectors[family]
            found = self._wanted_memo.remember(key, (frozenset(unprompted | prompted_detectors),
                                                     frozenset(unprompted - prompted_detectors)))
        return found

    def _prompted_rules(self, name_kw: frozenset[int], comment_kw: frozenset[int]) -> set[int]:
        prompted: set[int] = set()
        for kid in name_kw:
            prompted.update(self._rules_by_name_kw.get(kid, ()))
        for kid in comment_kw:
            prompted.update(self._rules_by_comment_kw.get(kid, ()))
        return prompted

    def _candidate_rules(self, prompted: tuple[int, ...], context_rules: tuple[int, ...],
                         passing: Sequence[DetectorResult]) -> Sequence[int]:
        """Rules prompted by name or comment or by the table's context, plus rules one of whose detectors passes on
        this column's values."""
        if not passing and not context_rules:
            return prompted
        candidates = set(prompted)
        candidates.update(context_rules)
        for result in passing:
            candidates.update(index for index, clause in self._value_clauses.get(result.detector, ())
                              if result.checked >= clause.min_values and result.ratio >= clause.min_ratio)
        return sorted(candidates)  # rule order decides ties between equally confident rules

    def _global_hits(self, negatives: int) -> tuple[int, ...]:
        """Positions of the global negatives among `negatives`, in their order."""
        key = negatives & self._global_mask
        found = self._global_hits_memo.get(key)
        if found is None:
            found = self._global_hits_memo.remember(
                key, tuple(i for i, n in enumerate(self._globals) if key & n.bit))
        return found

    def _classify_column(self, column: ColumnRef, facts: _TableFacts, text: _ColumnText, values, family: str,
                         batch: BatchResults, position: int) -> ColumnVerdict:
        negatives = text.negatives | facts.negatives | self._negative_index.on_family(family)
        global_hits = self._global_hits(negatives)
        siblings = facts.siblings(text)
        detector_results: dict[str, DetectorResult] = {}  # the checks rules consulted, reported as value_checks

        def check(detector: str) -> DetectorResult:
            found = detector_results.get(detector)
            if found is None:
                found = batch.result(position, detector)
                if found is None:
                    found = run_detector(detector, values)
                detector_results[detector] = found
            return found

        best: dict[str, _Scored] = {}
        suppressed: set[str] = set()  # by every rule that passes, not only the most confident one of its code
        rules = self._rules
        for index in self._candidate_rules(text.prompted, facts.context_rules, batch.passing(position)):
            compiled = rules[index]
            if compiled.types is not None and family not in compiled.types:
                continue
            scored = self._score_rule(compiled, text, facts.table_keywords, siblings, negatives, global_hits,
                                      values, check)
            if scored is None:
                continue
            if scored.confidence >= self.threshold:
                suppressed.update(compiled.rule.suppresses)
            current = best.get(scored.code)
            if current is None or scored.confidence > current.confidence:
                best[scored.code] = scored

        passing = [s for s in best.values() if s.confidence >= self.threshold]
        ordered = sorted((s for s in passing if s.code not in suppressed),
                         key=lambda s: (-s.confidence, self._code_rank.get(s.code, 999)))
        codes = tuple(s.code for s in ordered)
        kind, route = self._roll_up(codes)
        candidates = tuple(s.code_score() for s in sorted(best.values(), key=lambda s: -s.confidence)
                           [:self.explained_candidates]) if self.explained_candidates else ()
        return ColumnVerdict(
            name=column.name,
            type=column.type,
            codes=codes,
            confidence=round(ordered[0].confidence, 4) if ordered else 0.0,
            kind=kind,
            route=route,
            evidence=tuple(e for s in ordered for e in s.code_score().evidence),
            candidates=candidates,
            value_checks=tuple((r.detector, round(r.ratio, 4), r.checked) for r in detector_results.values()
                               if r.checked),
            masked_samples=self._masked(values) if self.show_samples and values is not None else (),
        )

    def _roll_up(self, codes: tuple[str, ...]) -> tuple[str, str]:
        """The most restrictive kind and route of a column's codes; columns share a few code sets."""
        found = self._roll_ups.get(codes)
        if found is None:
            found = self._roll_ups.remember(codes, (
                most_restrictive([self.codes[c].kind for c in codes], KIND_ORDER),
                most_restrictive([self.codes[c].route for c in codes], ROUTE_ORDER)))
        return found

    def fingerprint(self) -> str:
        """Changes whenever the rules or the threshold change, so incremental scans re-classify after a rule update."""
        digest = hashlib.sha256(repr(self.threshold).encode())
        for compiled in self._rules:
            digest.update(compiled.rule.model_dump_json().encode())
        return digest.hexdigest()[:16]

    def _score_rule(self, compiled: _CompiledRule, text: _ColumnText, table_keywords: frozenset[int],
                    siblings: frozenset[int], negatives: int, global_hits: tuple[int, ...], values,
                    check: Callable[[str], DetectorResult]) -> _Scored | None:
        rule = compiled.rule
        direct = compiled.direct
        evidence: list[Evidence] = []
        # A rule that names or describes its data fires only on positive name, comment or value evidence; sibling
        # context and table names then strengthen it. Rules made of context alone fire on any positive evidence.
        lifted = False
        name_hit = compiled.name and compiled.name.keywords & text.name_keywords
        if name_hit:
            found = self._keyword_evidence(compiled, "name", name_hit)
            evidence.append(found)
            lifted = found.weight > 0
        if compiled.comment:
            comment_hit = compiled.comment.keywords & text.comment_keywords
        elif compiled.name and not name_hit:
            comment_hit = compiled.name.keywords & text.comment_keywords
        else:
            comment_hit = None
        if comment_hit:
            found = self._keyword_evidence(compiled, "comment", comment_hit)
            evidence.append(found)
            lifted = lifted or found.weight > 0
        reads_values = values is not None and bool(rule.values)
        if direct and not evidence and not reads_values:
            return None
        for index, context in enumerate(compiled.context):
            if context.holds(table_keywords, siblings):
                found = self._context_evidence(compiled, index, table_keywords, siblings)
                evidence.append(found)
                lifted = lifted or (not direct and found.weight > 0)
        if not lifted and not reads_values and not self._negatives_can_lift:
            return None  # nothing below can make it fire
        if negatives & compiled.negative_mask:
            for negative, found in zip(compiled.negatives, compiled.negative_evidence):
                if negatives & negative.bit:
                    evidence.append(found)
                    lifted = lifted or (not direct and found.weight > 0)
        for hit in global_hits:
            found = compiled.global_evidence[hit]
            if found is not None:
                evidence.append(found)
                lifted = lifted or (not direct and found.weight > 0)
        if reads_values:
            lifted = self._add_value_evidence(compiled, evidence, check) or lifted
        if not lifted:
            return None
        score = rule.prior + sum(e.weight for e in evidence)
        return _Scored(round(_sigmoid(score), 4), compiled, evidence)

    def _add_value_evidence(self, compiled: _CompiledRule, evidence: list[Evidence],
                            check: Callable[[str], DetectorResult]) -> bool:
        """Adds what the value clauses find; True when one of them counts for the rule. Value clauses are consulted
        only when they can lift the score to the threshold: a detector a rule never consults is not reported in the
        column's value checks."""
        rule = compiled.rule
        reachable = rule.prior + sum(e.weight for e in evidence) + compiled.values_weight
        if reachable < self._threshold_logit:
            return False
        lifted = False
        for position, clause in enumerate(rule.values):
            result = check(clause.detector)
            if result.checked < clause.min_values:
                continue
            found = self._value_evidence(compiled, position, result)
            if found is not None:
                evidence.append(found)
                lifted = lifted or found.weight > 0
        return lifted

    def _value_evidence(self, compiled: _CompiledRule, clause_position: int, result: DetectorResult
                        ) -> Evidence | None:
        """What one value clause finds in a column's sample; a few (checked, passed) pairs recur column after
        column."""
        key = (compiled.position, clause_position, result.checked, result.passed)
        found = self._value_evidence_memo.get(key, False)
        if found is False:
            clause, rule = compiled.rule.values[clause_position], compiled.rule
            share = f"{result.ratio:.0%} of {result.checked} sampled values pass {clause.detector}"
            if result.ratio >= clause.min_ratio:
                found = Evidence("values", share, clause.weight, rule.code, rule.id)
            elif clause.miss_weight and result.ratio < clause.min_ratio / 2:
                found = Evidence("values", share, clause.miss_weight, rule.code, rule.id)
            else:
                found = None
            self._value_evidence_memo.remember(key, found)
        return found

    def _keyword_evidence(self, compiled: _CompiledRule, signal: str, hit: frozenset[int]) -> Evidence:
        """Name or comment evidence: the same few (rule, keywords) pairs come back column after column."""
        key = (compiled.position, signal, hit)
        found = self._keyword_evidence_memo.get(key)
        if found is None:
            if signal == "name":
                found = Evidence("name", f"name matches {self._quote(hit)}", compiled.name.weight,
                                 compiled.rule.code, compiled.rule.id)
            elif compiled.comment:
                found = Evidence("comment", f"comment mentions {self._quote(hit)}", compiled.comment.weight,
                                 compiled.rule.code, compiled.rule.id)
            else:
                found = Evidence("comment", f"comment mentions {self._quote(hit)}",
                                 compiled.name.weight * COMMENT_FALLBACK_FACTOR, compiled.rule.code, compiled.rule.id)
            self._keyword_evidence_memo.remember(key, found)
        return found

    def _context_evidence(self, compiled: _CompiledRule, index: int, table_keywords: frozenset[int],
                          siblings: frozenset[int]) -> Evidence:
        """A context clause that held, told in the words that made it hold: a table named `MachineInsights` is
        "about machine", not about the clause's first three words, so a steward sees why a whole table was tagged.
        The same few (rule, clause, words) come back table after table."""
        context = compiled.context[index]
        table_hit, column_hit = context.table_any & table_keywords, context.columns_any & siblings
        key = (compiled.position, index, table_hit, column_hit)
        found = self._context_evidence_memo.get(key)
        if found is None:
            label = _context_label(self._texts(table_hit), self._texts(column_hit),
                                   compiled.rule.context[index].columns_all)
            found = self._context_evidence_memo.remember(
                key, Evidence("context", label, context.weight, compiled.rule.code, compiled.rule.id))
        return found

    def _texts(self, keyword_ids: frozenset[int]) -> list[str]:
        return sorted(self.index.keywords[k].text for k in keyword_ids)

    def _quote(self, keyword_ids: frozenset[int]) -> str:
        return ", ".join(f"'{t}'" for t in self._texts(keyword_ids)[:3])

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
