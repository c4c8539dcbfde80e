"""DataHub's classifier (PyPI `acryl-datahub-classify`) on the benchmark's column samples, in its own venv.

Runs under /tmp/vdscan-bench/peer-venv/bin/python, never in vdscan's environment: standard library and
datahub_classify only. Reads the samples JSON written by bench/classify.py, classifies every column with the
package's own default configuration (`reference_input.input1`, every infotype it has) and DataHub's default
confidence threshold, and prints one JSON line: columns, wall and CPU seconds, the infotypes found.

    peer-venv/bin/python bench/peer_datahub.py samples.json [--blank-spacy]

`--blank-spacy` replaces the `en_core_web_sm` model, which spaCy downloads from GitHub at first use, by a blank
English pipeline when the download is impossible (no network): NER then finds nothing and costs less than the
real model, so the peer's figure is a lower bound of its real cost.
"""
from __future__ import annotations

import json
import sys
import time


def main() -> None:
    path = sys.argv[1]
    if "--blank-spacy" in sys.argv:
        import spacy

        real_load = spacy.load

        def load(name, *args, **kwargs):
            if name == "en_core_web_sm":
                return spacy.blank("en")
            return real_load(name, *args, **kwargs)

        spacy.load = load
    from datahub_classify.helper_classes import ColumnInfo, Metadata
    from datahub_classify.infotype_predictor import predict_infotypes
    from datahub_classify.reference_input import input1

    with open(path, encoding="utf-8") as handle:
        samples = json.load(handle)
    columns = [ColumnInfo(Metadata({"Name": s["column"], "Description": None, "Datatype": _datatype(s["type"]),
                                    "Dataset_Name": s["table"]}), list(s["values"])) for s in samples]
    wall, cpu = time.perf_counter(), time.process_time()
    result = predict_infotypes(columns, 0.68, input1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    found = {}
    for column in result:
        for proposal in column.infotype_proposals or ():
            found[proposal.infotype] = found.get(proposal.infotype, 0) + 1
    print(json.dumps({"columns": len(columns), "seconds": wall, "cpu_seconds": cpu, "infotypes_found": found,
                      "infotypes": sorted(input1)}))


def _datatype(sql_type: str) -> str:
    word = sql_type.split("(")[0].lower()
    if word in ("integer", "smallint", "bigint"):
        return "int"
    if word in ("double precision", "numeric", "real"):
        return "float"
    return "str"


if __name__ == "__main__":
    main()
