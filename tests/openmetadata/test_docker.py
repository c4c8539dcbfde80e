"""docker/: the compose file is valid under the Compose Specification, and every image is pinned.

The schema comes from the `check-jsonschema` package (a dev dependency), which vendors the Compose
Specification's `compose-spec.json` with its sha256; no network is needed.
"""
from __future__ import annotations

import hashlib
import json
import re
from importlib import metadata as dist_metadata
from pathlib import Path

import jsonschema
import yaml

DOCKER = Path(__file__).resolve().parents[2] / "docker"


def compose_schema() -> dict:
    # Located through the distribution's files, not imported: the schema is data and needs none of its code.
    vendor = Path(str(dist_metadata.distribution("check-jsonschema").locate_file(
        "check_jsonschema/builtin_schemas/vendor")))
    raw = (vendor / "compose-spec.json").read_bytes()
    expected = (vendor / "sha256" / "compose-spec.sha256").read_text().split()[0]
    assert hashlib.sha256(raw).hexdigest() == expected
    return json.loads(raw)


def compose() -> dict:
    return yaml.safe_load((DOCKER / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_file_follows_the_compose_specification():
    schema = compose_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(compose())]
    assert errors == []


def test_schema_catches_a_broken_compose_file():
    broken = compose()
    broken["services"]["openmetadata-server"]["ports"] = {"8585": 8585}
    schema = compose_schema()
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors(broken))


def test_images_are_pinned_to_openmetadata_2_0_7():
    services = compose()["services"]
    images = {name: s["image"] for name, s in services.items()}
    assert all(":" in image and not image.endswith(":latest") for image in images.values())
    assert {images[n] for n in ("execute-migrate-all", "openmetadata-server")} == {
        "docker.getcollate.io/openmetadata/server:2.0.7"}
    assert set(services) >= {"mysql", "elasticsearch", "execute-migrate-all", "openmetadata-server", "ingestion"}
    dockerfile = (DOCKER / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM docker.getcollate.io/openmetadata/ingestion:2.0.7" in dockerfile
    # The image installs with the same constraints as CI (the build context is the repository root).
    constraint = re.search(r"-c /src/(\S+)", dockerfile)
    assert constraint is not None
    assert "dbt-core<1.12" in (DOCKER.parent / constraint.group(1)).read_text(encoding="utf-8")


def test_example_workflow_names_the_vdscan_source():
    workflow = yaml.safe_load((DOCKER / "workflow.yaml").read_text(encoding="utf-8"))
    config = workflow["source"]["serviceConnection"]["config"]
    assert workflow["source"]["type"] == "customDatabase" and workflow["sink"]["type"] == "metadata-rest"
    module, _, cls = config["sourcePythonClass"].rpartition(".")
    assert module == "scanner.openmetadata.source" and cls == "VdscanSource"
    assert (Path(__file__).resolve().parents[2] / "scanner" / "openmetadata" / "source.py").is_file()
