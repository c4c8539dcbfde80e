"""`python -m bench.eval`: the accuracy report on bench/corpus and on the peers' suites.

The peers' test data stays in `<repo>/../shared/data/peers` and is read from there at run time (never copied).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from scanner.eval_cli import (
    FORMATS, kinds_by_code, read_corpus, render, run_modes, sections,
)
from scanner.evaluation import (
    MODES, LabelledColumn, PeerType, check_corpus, evaluate, per_type_scores, predict,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "bench" / "corpus"
PEERS = REPO.parent / "shared" / "data" / "peers"
PEER_ROWS = 200  # sampled rows per peer column (evenly spaced over the first PEER_SCAN rows)
PEER_SCAN = 2000

# Peer labels mapped onto vdscan codes as in shared/data/peers/README.md. Detectors: the vdscan detector that
# recognises the type's values (see `claims_type`); empty = judged on codes alone.
PEER_TYPES = (
    PeerType("VIN", frozenset({"P01"}), frozenset({"vin"})),
    PeerType("ID_CARD", frozenset({"P02"}), frozenset({"cn_resident_id"})),
    PeerType("MOBILE_PHONE", frozenset({"P01"}), frozenset({"cn_mobile"})),
    PeerType("LICENSE_PLATE", frozenset({"P01"}), frozenset({"cn_plate"})),
    PeerType("EMAIL", frozenset({"P01"}), frozenset({"email"})),
    # Test suites fill card columns with numbers that fail the Luhn check; vdscan's card rules still name the type.
    PeerType("BANK_CARD", frozenset({"P02"}), frozenset({"bank_card"}),
             frozenset({"spi.payment_card", "spi.card_in_card_table", "spi.card_number",
                        "spi.bank_card_by_value"})),
    # "lat/long of a per-vehicle listing → P01 at least": P01, P02 or the location code all count.
    PeerType("COORDINATES", frozenset({"P01", "P02", "C16.1"})),
    PeerType("PERSON", frozenset({"P01"})),
    PeerType("PHONE", frozenset({"P01"})),
    PeerType("TELEPHONE", frozenset({"P01"})),
    PeerType("ADDRESS", frozenset({"P01"})),
    PeerType("PASSPORT", frozenset({"P02"})),
    PeerType("US_SSN", frozenset({"P02"})),
    PeerType("US_DRIVING_LICENSE", frozenset({"P02"})),
)
REPORTED_TYPES = ("VIN", "ID_CARD", "MOBILE_PHONE", "LICENSE_PLATE", "EMAIL", "BANK_CARD", "COORDINATES")
EXPECTED_CODE = {t.name: ("P02",) if "P02" in t.codes and "P01" not in t.codes else ("P01",) for t in PEER_TYPES}

DATAHUB_TYPES = {
    "Vehicle_Identification_Number": "VIN", "Full_Name": "PERSON", "Phone_Number": "PHONE",
    "Email_Address": "EMAIL", "Street_Address": "ADDRESS", "Credit_Debit_Card_Number": "BANK_CARD",
    "US_Social_Security_Number": "US_SSN", "US_Driving_License_Number": "US_DRIVING_LICENSE",
}
OPENDLP_TYPES = {"PERSON", "ID_CARD", "TELEPHONE", "MOBILE_PHONE", "EMAIL", "LICENSE_PLATE", "BANK_CARD",
                 "PASSPORT", "LOCATION"}

# What the peers publish about themselves, quoted next to vdscan's figures (sources in bench/corpus/README.md).
PEER_PUBLISHED = {
    "openDLP": {
        "source": "hitsz-ids/openDLP README (stored as hitsz-ids/auto-regex README.md @ 090e30425f7a): "
                  "table_analyzer on tests/data/dataset-test.csv, share of the first 1000 values recognised",
        "figures": {"ID_CARD": "1000/1000", "MOBILE_PHONE": "1000/1000", "LICENSE_PLATE": "1000/1000",
                    "EMAIL": "971/1000", "BANK_CARD": "1000/1000", "PERSON": "969/1000", "LOCATION": "997/1000",
                    "columns typed correctly": "17/17"},
    },
    "datahub-classify": {
        "source": "acryldata/datahub-classify README @ 0e9b6c171da8 and its PyPI descriptions: no precision, "
                  "recall or F-score found",
        "figures": {},
    },
}


# ---- peer suites (I/O) --------------------------------------------------------------------------------------


def _spaced(rows: list[list[str]], limit: int) -> list[list[str]]:
    if len(rows) <= limit:
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def _read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        cells = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(max_row=PEER_SCAN + 1,
                                                                                          values_only=True)]
    else:
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            reader = csv.reader(handle)
            cells = [row for _, row in zip(range(PEER_SCAN + 1), reader)]
    header, body = cells[0], [r for r in cells[1:] if any(r)]
    return header, _spaced(body, PEER_ROWS)


def _column(source: str, table: str, name: str, values: Sequence[str], peer_type: str | None) -> LabelledColumn:
    kept = tuple(v for v in values if v not in ("", None))
    if peer_type is None:
        expected, accepted = (), frozenset({"G01"})  # "everything else → untagged or G01"
    else:
        expected = EXPECTED_CODE[peer_type]
        accepted = next(t.codes for t in PEER_TYPES if t.name == peer_type) - set(expected)
    return LabelledColumn(source, table, name, "string", None, kept or None, expected, frozenset(accepted))


def load_peer_suites(root: Path = PEERS) -> tuple[list[LabelledColumn], dict[str, str | None], dict[str, str]]:
    """Columns of the peers' suites, each column's peer type, and the openDLP negatives (key → their type)."""
    columns: list[LabelledColumn] = []
    labels: dict[str, str | None] = {}
    negative_for: dict[str, str] = {}

    def add(column: LabelledColumn, peer_type: str | None) -> None:
        columns.append(column)
        labels[column.key] = peer_type

    expected = json.loads((root / "datahub-classify/expected_output/expected_infotypes_IDEAL.json").read_text())
    for path in sorted((root / "datahub-classify/datasets").iterdir()):
        if path.suffix not in (".csv", ".xlsx"):
            continue
        header, rows = _read_table(path)
        listed = expected.get(path.stem, {})
        for i, name in enumerate(header):
            if not name:
                continue
            infotype = listed.get(name)
            peer_type = DATAHUB_TYPES.get(infotype) if infotype else None
            if infotype is None and path.stem.startswith("vehicles_") and name in ("lat", "long"):
                peer_type = "COORDINATES"
            add(_column("datahub-classify", path.stem, name, [r[i] if i < len(r) else "" for r in rows], peer_type),
                peer_type)

    header, rows = _read_table(root / "opendlp/dataset-test.csv")
    for i, name in enumerate(header):
        peer_type = name if name in OPENDLP_TYPES else None
        if peer_type == "LOCATION":
            peer_type = "ADDRESS"
        add(_column("opendlp", "dataset-test", name, [r[i] for r in rows if i < len(r)], peer_type), peer_type)

    for path in sorted((root / "opendlp/regex").glob("*.csv")):
        peer_type = path.stem if path.stem in OPENDLP_TYPES else None
        header, rows = _read_table(path)
        positive = _column("opendlp-regex", path.stem, "positive", [r[0] for r in rows if r], peer_type)
        negative = _column("opendlp-regex", path.stem, "negative", [r[1] for r in rows if len(r) > 1], None)
        add(positive, peer_type)
        columns.append(negative)
        labels[negative.key] = None
        # A negative is a counter-example of its own file's type only (DATE's negatives are mobile numbers,
        # DOMAIN_NAME's are e-mail addresses), also for the types vdscan does not score.
        negative_for[negative.key] = path.stem
    return columns, labels, negative_for


def peer_report(columns: Sequence[LabelledColumn], labels: dict, negative_for: dict, modes: Sequence[str],
                classifier) -> dict[str, Any]:
    kinds = kinds_by_code()
    out = {}
    for mode in modes:
        predictions = predict(columns, classifier.classify, mode)
        # Code-level metrics leave out the openDLP negatives: they are counter-examples of one type, not
        # columns that must stay untagged (the ID_CARD negatives are bank-card numbers).
        scored = [p for p in predictions if p.column.key not in negative_for]
        types = per_type_scores(predictions, labels, PEER_TYPES, negative_for, on_values=mode == "values")
        out[mode] = {"overall": evaluate(scored, kinds), "types": types, "predictions": predictions}
    return out


# ---- report -------------------------------------------------------------------------------------------------


def coverage(columns: Sequence[LabelledColumn]) -> dict[str, Any]:
    from mappings.loader import load_taxonomy

    important = load_taxonomy().important_codes()
    hit = sorted({c for col in columns for c in col.expected})
    sources = sorted({c.source for c in columns})
    return {
        "columns": len(columns), "sources": len(sources), "tables": len({(c.source, c.table) for c in columns}),
        "untagged_share": round(sum(not c.expected for c in columns) / len(columns), 4),
        "with_values": sum(bool(c.values) for c in columns),
        "codes_hit": hit,
        "subcategories_hit": [c for c in important if c in hit],
        "subcategories_absent": [c for c in important if c not in hit],
    }


def type_rows(peer: dict[str, Any]) -> list[list[str]]:
    rows = []
    for name in REPORTED_TYPES:
        cells = [name]
        for mode in peer:
            s = peer[mode]["types"][name]
            cells += [f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.tp}/{s.support}"]
        published = PEER_PUBLISHED["openDLP"]["figures"].get(name, "")
        rows.append(cells + [published])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__)
    parser.add_argument("--format", choices=FORMATS, default="markdown")
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-peers", action="store_true", help="skip the peers' suites")
    parser.add_argument("--coverage", action="store_true", help="print corpus statistics and code coverage only")
    args = parser.parse_args(argv)
    modes = MODES if args.mode == "both" else (args.mode,)

    columns = read_corpus(CORPUS)
    problems = check_corpus(columns, kinds_by_code())
    if problems:
        print("corpus problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    stats = coverage(columns)
    if args.coverage:
        print(json.dumps(stats, indent=2))
        return 0

    from scanner.classifier import Classifier

    classifier = Classifier.default()
    results = run_modes(columns, modes, classifier)
    parts = [("corpus statistics", ["field", "value"],
              [[k, ", ".join(v) if isinstance(v, list) else str(v)] for k, v in stats.items()])]
    parts += sections("bench/corpus", results, args.top)
    document: dict[str, Any] = {"corpus": stats, "modes": {m: r.to_dict(args.top) for m, r in results.items()}}
    if not args.no_peers and PEERS.is_dir():
        peer = peer_report(*load_peer_suites(PEERS), modes, classifier)
        header = ["type"] + [f"{m} {x}" for m in peer for x in ("precision", "recall", "found")] + \
                 ["openDLP publishes"]
        parts.append(("peers' suites: per type (vdscan)", header, type_rows(peer)))
        parts += sections("peers' suites (codes)", {m: v["overall"] for m, v in peer.items()}, args.top)
        document["peers"] = {m: {"overall": v["overall"].to_dict(args.top),
                                 "types": {t: s.to_dict() for t, s in v["types"].items()}} for m, v in peer.items()}
        document["peers_published"] = PEER_PUBLISHED
    text = render(parts, args.format, document)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
