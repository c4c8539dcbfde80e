"""`vdscan eval CORPUS`: measure the rules on a labelled corpus (a CSV file or a directory of them)."""
from __future__ import annotations

import csv
import html
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

import click

from scanner.evaluation import (
    MODES, CorpusError, EvalResult, LabelledColumn, check_corpus, column_from_row, evaluate, predict,
)

FORMATS = ("table", "json", "markdown", "html")


def corpus_files(path: Path) -> list[Path]:
    return sorted(path.glob("*.csv")) if path.is_dir() else [path]


def read_corpus(path: Path) -> list[LabelledColumn]:
    """Every row of the corpus CSV(s) under `path`, in file order."""
    csv.field_size_limit(sys.maxsize)
    columns = []
    for file in corpus_files(path):
        with file.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                columns.append(column_from_row(row, f"{file.name}:{line}"))
    return columns


def kinds_by_code() -> dict[str, str]:
    from mappings.loader import load_taxonomy

    return {code: entry.kind for code, entry in load_taxonomy().codes.items()}


def run_modes(columns: Sequence[LabelledColumn], modes: Iterable[str], classifier=None) -> dict[str, EvalResult]:
    from scanner.classifier import Classifier

    clf = classifier or Classifier.default()
    kinds = kinds_by_code()
    return {mode: evaluate(predict(columns, clf.classify, mode), kinds) for mode in modes}


# ---- rendering ----------------------------------------------------------------------------------------------

HEADLINE = (("micro_f1", "micro F1"), ("micro_precision", "micro precision"), ("micro_recall", "micro recall"),
            ("kind_accuracy", "kind accuracy"), ("untagged_fp_rate", "FP rate on untagged"))


def _pct(value: float) -> str:
    return f"{value:.3f}"


def summary_rows(results: dict[str, EvalResult]) -> list[list[str]]:
    rows = []
    for mode, result in results.items():
        d = result.to_dict()
        rows.append([mode, str(result.columns), *(_pct(d[k]) for k, _ in HEADLINE), _pct(d["macro_f1"]),
                     _pct(d["exact_match"])])
    return rows


SUMMARY_HEADER = ["mode", "columns", *(label for _, label in HEADLINE), "macro F1", "exact match"]


def code_rows(result: EvalResult) -> list[list[str]]:
    return [[code, str(s.support), str(s.tp), str(s.fp), str(s.fn), _pct(s.precision), _pct(s.recall), _pct(s.f1)]
            for code, s in sorted(result.per_code.items())]


CODE_HEADER = ["code", "support", "tp", "fp", "fn", "precision", "recall", "F1"]


def kind_rows(result: EvalResult) -> list[list[str]]:
    return [[kind, str(s.support), _pct(s.precision), _pct(s.recall), _pct(s.f1)] for kind, s in result.per_kind.items()]


KIND_HEADER = ["kind", "support", "precision", "recall", "F1"]


def confusion_rows(result: EvalResult, top: int) -> list[list[str]]:
    c = result.confusion(top)
    width = max(len(v) for v in c.values()) if c else 0
    rows = []
    for i in range(width):
        row = []
        for key in ("false_positive_codes", "missed_codes", "substitutions"):
            row.append(f"{c[key][i][0]} ×{c[key][i][1]}" if i < len(c[key]) else "")
        rows.append(row)
    return rows


CONFUSION_HEADER = ["wrongly added", "missed", "expected → predicted"]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def plain_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*header), fmt.format(*("-" * w for w in widths)), *(fmt.format(*r) for r in rows)])


def html_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def sections(title: str, results: dict[str, EvalResult], top: int) -> list[tuple[str, Sequence[str], list]]:
    out = [(f"{title}: summary", SUMMARY_HEADER, summary_rows(results))]
    for mode, result in results.items():
        out.append((f"{title} ({mode}): per kind", KIND_HEADER, kind_rows(result)))
        out.append((f"{title} ({mode}): per code", CODE_HEADER, code_rows(result)))
        out.append((f"{title} ({mode}): most frequent errors", CONFUSION_HEADER, confusion_rows(result, top)))
    return out


def render(parts: Sequence[tuple[str, Sequence[str], list]], fmt: str, document: dict[str, Any]) -> str:
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return "\n\n".join(f"### {t}\n\n{markdown_table(h, r)}" for t, h, r in parts) + "\n"
    if fmt == "html":
        body = "".join(f"<h3>{html.escape(t)}</h3>{html_table(h, r)}" for t, h, r in parts)
        return ("<!doctype html><html><head><meta charset='utf-8'><title>vdscan evaluation</title>"
                "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1em}"
                "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}</style></head>"
                f"<body>{body}</body></html>\n")
    return "\n\n".join(f"{t}\n{plain_table(h, r)}" for t, h, r in parts) + "\n"


def emit(text: str, output: Path | None) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option("--mode", type=click.Choice([*MODES, "both"]), default="both", show_default=True,
              help="metadata: names, types and comments only; values: also a sample built from the `values` lists.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--top", type=int, default=10, show_default=True, help="Rows in the error summaries.")
def eval_command(corpus: Path, mode: str, fmt: str, output: Path | None, top: int) -> None:
    """Measure the rules on a labelled CORPUS: a CSV (source, table, column, type, comment, values, expected) or a
    directory of them. Reports precision, recall and F1 per code and per kind, kind accuracy, the false-positive
    rate on columns that must stay untagged, and the most frequent errors."""
    try:
        columns = read_corpus(corpus)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from None
    problems = check_corpus(columns, kinds_by_code())
    if problems:
        raise click.ClickException("corpus problems:\n  " + "\n  ".join(problems[:20]))
    results = run_modes(columns, MODES if mode == "both" else (mode,))
    document = {"corpus": str(corpus), "modes": {m: r.to_dict(top) for m, r in results.items()}}
    emit(render(sections(corpus.name, results, top), fmt, document), output)
