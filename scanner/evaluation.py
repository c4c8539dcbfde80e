"""Accuracy harness: labelled columns in, per-code and per-kind metrics out.

Pure: no file or network I/O. Callers read corpora (see `bench/eval.py`, `scanner/eval_cli.py`) and pass rows here.
A labelled column carries the codes a steward expects (`conventions.md`); the classifier's codes for the same
column are compared as sets, so a column expected `C16.1;P02` and predicted `C16.1` counts one true positive
(C16.1) and one false negative (P02).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from scanner.model import KIND_ORDER, ColumnRef, TableRef, most_restrictive

MODES = ("metadata", "values")
CORPUS_FIELDS = ("source", "table", "column", "type", "comment", "values", "expected")
NONE_KIND = KIND_ORDER[-1]


class CorpusError(ValueError):
    """A corpus row that cannot be used; the message names the row."""


@dataclass(frozen=True)
class LabelledColumn:
    source: str
    table: str
    column: str
    type: str
    comment: str | None
    values: tuple[Any, ...] | None  # None: no example values known
    expected: tuple[str, ...]  # most specific first; () = must stay untagged
    # Codes that also count as correct for this column (peer suites whose labels are coarser than ours).
    accepted: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return f"{self.source}:{self.table}.{self.column}"


@dataclass(frozen=True)
class Prediction:
    column: LabelledColumn
    predicted: tuple[str, ...]
    # (detector, pass ratio, values checked) as the classifier reports them; empty in metadata mode.
    value_checks: tuple[tuple[str, float, int], ...] = ()
    rules: frozenset[str] = frozenset()  # the rules whose evidence carried the predicted codes


def parse_codes(text: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (text or "").split(";") if c.strip())


def column_from_row(row: Mapping[str, str], where: str = "") -> LabelledColumn:
    """One corpus CSV row as a LabelledColumn; `where` (e.g. `file.csv:12`) goes into error messages."""
    missing = [f for f in CORPUS_FIELDS if f not in row]
    if missing:
        raise CorpusError(f"{where}: missing field(s) {', '.join(missing)}")
    raw_values = (row.get("values") or "").strip()
    values = None
    if raw_values:
        try:
            parsed = json.loads(raw_values)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: `values` is not JSON ({exc.msg})") from None
        if not isinstance(parsed, list):
            raise CorpusError(f"{where}: `values` must be a JSON list")
        values = tuple(parsed)
    for name in ("source", "table", "column"):
        if not (row.get(name) or "").strip():
            raise CorpusError(f"{where}: empty `{name}`")
    return LabelledColumn(
        source=row["source"].strip(), table=row["table"].strip(), column=row["column"].strip(),
        type=(row.get("type") or "").strip(), comment=(row.get("comment") or "").strip() or None,
        values=values, expected=parse_codes(row.get("expected")),
    )


def check_corpus(columns: Sequence[LabelledColumn], known_codes: Iterable[str]) -> list[str]:
    """Problems that make a corpus unusable: unknown codes, duplicate columns, tables split apart."""
    known = set(known_codes)
    problems = []
    seen: set[str] = set()
    finished: set[tuple[str, str]] = set()
    previous: tuple[str, str] | None = None
    for column in columns:
        for code in column.expected:
            if code not in known:
                problems.append(f"{column.key}: unknown code {code}")
        if len(set(column.expected)) != len(column.expected):
            problems.append(f"{column.key}: a code is listed twice")
        if column.key in seen:
            problems.append(f"{column.key}: listed twice")
        seen.add(column.key)
        table = (column.source, column.table)
        if table != previous:
            if table in finished:
                problems.append(f"{column.key}: rows of table {column.table} are not adjacent")
            if previous is not None:
                finished.add(previous)
            previous = table
    return problems


# ---- running the classifier ---------------------------------------------------------------------------------


def group_tables(columns: Sequence[LabelledColumn]) -> list[list[LabelledColumn]]:
    """Columns grouped by (source, table), in first-seen order; the classifier reads siblings as context."""
    groups: dict[tuple[str, str], list[LabelledColumn]] = {}
    for column in columns:
        groups.setdefault((column.source, column.table), []).append(column)
    return list(groups.values())


def table_ref(columns: Sequence[LabelledColumn]) -> TableRef:
    first = columns[0]
    return TableRef(source=first.source, parts=(first.table,),
                    columns=tuple(ColumnRef(c.column, c.type, c.comment) for c in columns))


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _arrow_array(values: Sequence[Any], length: int):
    """Values as one Arrow array of `length` rows (padded with nulls); mixed or nested lists become strings."""
    import pyarrow as pa

    padded = list(values) + [None] * (length - len(values))
    present = [v for v in values if v is not None]
    kinds = {type(v) for v in present}
    if kinds and kinds <= {bool}:
        return pa.array(padded, pa.bool_())
    if kinds and kinds <= {int}:
        return pa.array(padded, pa.int64())
    if kinds and kinds <= {int, float}:
        return pa.array([None if v is None else float(v) for v in padded], pa.float64())
    return pa.array([_cell(v) for v in padded], pa.string())


def sample_table(columns: Sequence[LabelledColumn]):
    """A pyarrow.Table built from the `values` lists, or None when no column has values."""
    import pyarrow as pa

    with_values = [c for c in columns if c.values]
    if not with_values:
        return None
    rows = max(len(c.values) for c in with_values)
    return pa.table({c.column: _arrow_array(c.values, rows) for c in with_values})


Classify = Callable[[TableRef, Any], Any]  # (table, sample or None) -> TableVerdict-like with .columns[i].codes


def predict(columns: Sequence[LabelledColumn], classify: Classify, mode: str) -> list[Prediction]:
    """Run `classify` table by table; `mode` is `metadata` (names, types, comments) or `values` (plus samples)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    predictions = []
    for group in group_tables(columns):
        sample = sample_table(group) if mode == "values" else None
        verdict = classify(table_ref(group), sample)
        by_name = {c.name: c for c in verdict.columns}
        for c in group:
            found = by_name.get(c.column)
            predictions.append(Prediction(c, tuple(found.codes), tuple(getattr(found, "value_checks", ())),
                                          frozenset(e.rule for e in getattr(found, "evidence", ()) if e.rule))
                               if found is not None else Prediction(c, ()))
    return predictions


# ---- metrics ------------------------------------------------------------------------------------------------


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _most_common(counts: Counter, top: int) -> list[tuple[Any, int]]:
    """Counter.most_common, with ties in key order: the report is the same whatever order the counts came in."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        # No prediction at all: precision is undefined; report 1.0 only when nothing was expected either.
        return _ratio(self.tp, self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def kind_of(codes: Iterable[str], kinds: Mapping[str, str]) -> str:
    """The most restrictive kind among `codes` (conventions §1.5); `none` for no code."""
    return most_restrictive([kinds[c] for c in codes if c in kinds], KIND_ORDER)


@dataclass(frozen=True)
class Miss:
    column: str
    expected: tuple[str, ...]
    predicted: tuple[str, ...]


@dataclass
class EvalResult:
    columns: int
    per_code: dict[str, Score]
    per_kind: dict[str, Score]
    micro: Score
    macro_precision: float
    macro_recall: float
    macro_f1: float
    kind_accuracy: float
    exact_match: float
    untagged_columns: int
    untagged_false_positives: int
    false_positive_codes: Counter  # code predicted but not expected
    missed_codes: Counter  # code expected but not predicted
    substitutions: Counter  # (expected code, predicted code) on the same column
    per_source: dict[str, Score] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def untagged_fp_rate(self) -> float:
        return _ratio(self.untagged_false_positives, self.untagged_columns)

    def headline(self) -> dict[str, float]:
        """The numbers the ratchet guards."""
        return {"micro_f1": round(self.micro.f1, 4), "micro_precision": round(self.micro.precision, 4),
                "micro_recall": round(self.micro.recall, 4), "kind_accuracy": round(self.kind_accuracy, 4),
                "untagged_fp_rate": round(self.untagged_fp_rate, 4)}

    def confusion(self, top: int = 10) -> dict[str, list]:
        return {
            "false_positive_codes": [[c, n] for c, n in _most_common(self.false_positive_codes, top)],
            "missed_codes": [[c, n] for c, n in _most_common(self.missed_codes, top)],
            "substitutions": [[f"{a}->{b}", n] for (a, b), n in _most_common(self.substitutions, top)],
        }

    def to_dict(self, top: int = 10, misses: int = 50) -> dict[str, Any]:
        return {
            "columns": self.columns,
            **self.headline(),
            "macro_precision": round(self.macro_precision, 4), "macro_recall": round(self.macro_recall, 4),
            "macro_f1": round(self.macro_f1, 4), "exact_match": round(self.exact_match, 4),
            "untagged_columns": self.untagged_columns, "untagged_false_positives": self.untagged_false_positives,
            "per_code": {c: s.to_dict() for c, s in sorted(self.per_code.items())},
            "per_kind": {k: self.per_kind[k].to_dict() for k in KIND_ORDER if k in self.per_kind},
            "per_source": {s: v.to_dict() for s, v in sorted(self.per_source.items())},
            "confusion": self.confusion(top),
            "misses": [{"column": m.column, "expected": ";".join(m.expected), "predicted": ";".join(m.predicted)}
                       for m in self.misses[:misses]],
        }


def evaluate(predictions: Sequence[Prediction], kinds: Mapping[str, str]) -> EvalResult:
    """Metrics of `predictions`; `kinds` maps every code to its kind (`load_taxonomy().codes[c].kind`)."""
    counts: dict[str, list[int]] = {}
    kind_counts: dict[str, list[int]] = {k: [0, 0, 0] for k in KIND_ORDER}
    source_counts: dict[str, list[int]] = {}
    fp_codes: Counter = Counter()
    missed: Counter = Counter()
    substitutions: Counter = Counter()
    misses: list[Miss] = []
    kind_right = exact = untagged = untagged_fp = 0
    for p in predictions:
        expected = set(p.column.expected)
        predicted = set(p.predicted)
        # A coarser peer label: any accepted code stands in for all expected ones and is no false positive.
        via_accepted = bool(predicted & p.column.accepted)
        true_pos = expected if via_accepted else predicted & expected
        false_pos = predicted - expected - p.column.accepted
        false_neg = expected - true_pos
        source = source_counts.setdefault(p.column.source, [0, 0, 0])
        for code in true_pos:
            counts.setdefault(code, [0, 0, 0])[0] += 1
        for code in false_pos:
            counts.setdefault(code, [0, 0, 0])[1] += 1
            fp_codes[code] += 1
        for code in false_neg:
            counts.setdefault(code, [0, 0, 0])[2] += 1
            missed[code] += 1
        for a in false_neg:
            for b in false_pos:
                substitutions[(a, b)] += 1
        source[0] += len(true_pos)
        source[1] += len(false_pos)
        source[2] += len(false_neg)
        expected_kind = kind_of(p.column.expected, kinds)
        predicted_kind = expected_kind if via_accepted and not false_pos else kind_of(p.predicted, kinds)
        if expected_kind == predicted_kind:
            kind_right += 1
            kind_counts[expected_kind][0] += 1
        else:
            kind_counts[predicted_kind][1] += 1
            kind_counts[expected_kind][2] += 1
        if not false_pos and not false_neg:
            exact += 1
        else:
            misses.append(Miss(p.column.key, p.column.expected, p.predicted))
        if not expected:
            untagged += 1
            untagged_fp += bool(false_pos)
    per_code = {c: Score(*v) for c, v in counts.items()}
    micro = Score(sum(s.tp for s in per_code.values()), sum(s.fp for s in per_code.values()),
                  sum(s.fn for s in per_code.values()))
    # Macro averages run over the codes the corpus expects at least once: a code nobody expects has no recall.
    expected_codes = [s for s in per_code.values() if s.support]
    n = len(expected_codes)
    total = len(predictions)
    return EvalResult(
        columns=total,
        per_code=per_code,
        per_kind={k: Score(*v) for k, v in kind_counts.items() if any(v)},
        micro=micro,
        macro_precision=_ratio(sum(s.precision for s in expected_codes), n),
        macro_recall=_ratio(sum(s.recall for s in expected_codes), n),
        macro_f1=_ratio(sum(s.f1 for s in expected_codes), n),
        kind_accuracy=_ratio(kind_right, total),
        exact_match=_ratio(exact, total),
        untagged_columns=untagged,
        untagged_false_positives=untagged_fp,
        false_positive_codes=fp_codes,
        missed_codes=missed,
        substitutions=substitutions,
        per_source={s: Score(*v) for s, v in source_counts.items()},
        misses=misses,
    )


# ---- per-type view for the peers' suites --------------------------------------------------------------------

DETECTOR_PASS_RATIO = 0.6  # a detector "recognises" a column when this share of its sampled values pass

# Peer types whose per-type check needs more than vdscan's detectors. vdscan's coordinate detectors
# (`latitude_cn`, `longitude_cn`, `coordinate_text`) only accept positions inside China, while the peers'
# coordinates (datahub-classify `vehicles_*` listings) are in the USA. The per-type question is "is this column
# a coordinate", so the harness adds its own generic check on the column's values (`coordinate_range`, below).
# Without it, every P01/P02/C16.1 column of a peer table (ages, genders, incomes, image URLs) counted as a
# claimed coordinate.
COORDINATE_RANGE = "coordinate_range"
TYPE_DETECTORS: dict[str, frozenset[str]] = {
    "COORDINATES": frozenset({"latitude_cn", "longitude_cn", "coordinate_text", COORDINATE_RANGE}),
}
COORDINATE_DECIMALS = 3  # as the CN detectors: a position, not a rounded statistic (3.9 % alcohol use, age 24)


def coordinate_range_ratio(values: Sequence[Any] | None) -> float:
    """Share of `values` that read as a latitude or longitude anywhere on Earth: a number within ±180 with at
    least COORDINATE_DECIMALS decimals (`32.6454`, `-149.8101`). Harness-only, for the per-type peer view."""
    present = [v for v in values or () if v not in (None, "")]
    if not present:
        return 0.0
    hits = 0
    for value in present:
        text = str(value).strip()
        try:
            number = float(text)
        except ValueError:
            continue
        fraction = text.split(".", 1)[1] if "." in text else ""
        if abs(number) <= 180 and len(fraction) >= COORDINATE_DECIMALS and fraction.isdigit():
            hits += 1
    return hits / len(present)


@dataclass(frozen=True)
class PeerType:
    """A peer's label (VIN, ID_CARD, …): the vdscan codes that are right for it and the detectors that name it.

    `detectors` empty: the type is judged on codes alone, unless TYPE_DETECTORS names checks for it (coordinates:
    vdscan's CN detectors or the harness's generic `coordinate_range`). `rules`: vdscan rules whose meaning is this
    type (a `credit card` column tagged by the financial-account rule claims BANK_CARD even when its test values
    fail the Luhn check)."""

    name: str
    codes: frozenset[str]
    detectors: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()


def claims_type(prediction: Prediction, peer_type: PeerType, on_values: bool = True) -> bool:
    """vdscan claims `peer_type` for a column: a right code, and (`on_values`, for types with detectors) one of
    the type's detectors recognised the values; a column without checked values then claims no typed peer type.
    With `on_values` False (metadata-only runs) the code alone decides. vdscan emits codes, not peer types, and several
    types share a code (VIN, plate, mobile → P01); the detector check keeps a bank-card column tagged P02 from
    counting as an ID card. A column tagged by one of the type's own `rules` claims the type whatever its values."""
    if not set(prediction.predicted) & peer_type.codes:
        return False
    detectors = peer_type.detectors or TYPE_DETECTORS.get(peer_type.name, frozenset())
    if not detectors or not on_values or prediction.rules & peer_type.rules:
        return True
    if COORDINATE_RANGE in detectors and coordinate_range_ratio(prediction.column.values) >= DETECTOR_PASS_RATIO:
        return True
    return any(name in detectors and ratio >= DETECTOR_PASS_RATIO for name, ratio, _ in prediction.value_checks)


def per_type_scores(predictions: Sequence[Prediction], labels: Mapping[str, str | None],
                    peer_types: Sequence[PeerType], negative_for: Mapping[str, str] = {},
                    on_values: bool = True) -> dict[str, Score]:
    """Precision and recall per peer type.

    `labels` maps a column key to its peer type name (None: the peer says it is none of its types). A column
    listed in `negative_for` is a counter-example for that one type only (openDLP's positive/negative pairs: the
    negatives of ID_CARD are often bank-card numbers, right to tag P02). A column of another type whose codes
    cannot meet this type's codes, or a column labelled None, is a false positive when vdscan claims the type."""
    by_name = {t.name: t for t in peer_types}
    scores = {}
    for peer_type in peer_types:
        tp = fp = fn = 0
        for p in predictions:
            key = p.column.key
            if key in negative_for:
                if negative_for[key] == peer_type.name:
                    fp += claims_type(p, peer_type, on_values)
                continue
            own = labels.get(key)
            if own == peer_type.name:
                claimed = claims_type(p, peer_type, on_values)
                tp += claimed
                fn += not claimed
            elif own is None or own not in by_name or not (by_name[own].codes & peer_type.codes):
                fp += claims_type(p, peer_type, on_values)
        scores[peer_type.name] = Score(tp, fp, fn)
    return scores
