"""The same lake on a moto S3 server (loopback, real HTTP through pyarrow's S3 client)."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors import open_source
from connectors.base import ConnectorError, SourceOptions
from connectors.parquet import ParquetConnector
from connectors.parquet.footers import read_footer
from connectors.parquet.layout import LakeFile
from scanner.model import ScanError, TableRef
from tests.lake.lakes import S3Endpoint, S3Requests, closed_port, tracks, upload, write

pytestmark = pytest.mark.s3


def summary(connector: ParquetConnector) -> tuple[dict, list]:
    """What must not depend on where the lake lives: tables without fingerprints, errors without locations."""
    found = list(connector.discover())
    tables = {t.fqn: (t.parts, t.columns, t.comment, t.row_estimate, t.notes)
              for t in found if isinstance(t, TableRef)}
    errors = sorted((Path(e.target).name, e.stage, e.reason.split(":")[0]) for e in found if isinstance(e, ScanError))
    return tables, errors


def test_s3_lake_is_discovered_and_sampled_like_the_local_one(lake: Path, s3_server: S3Endpoint) -> None:
    upload(s3_server, lake, "fleet-lake", "exports/root")
    remote = open_source("s3://fleet-lake/exports/root", SourceOptions(extra=s3_server.extra()))
    assert isinstance(remote, ParquetConnector)
    local = ParquetConnector(str(lake))
    assert summary(remote) == summary(local)
    assert remote.name == local.name == "root"

    tables = {t.fqn: t for t in remote.discover() if isinstance(t, TableRef)}
    perception = tables["lake.perception"]
    names = [c.name for c in perception.columns]
    sample = remote.sample(perception, names, 30)
    assert sample.table.column_names == names and sample.rows == 30
    local_tables = {t.fqn: t for t in local.discover() if isinstance(t, TableRef)}
    local_rows = local.sample(local_tables["lake.perception"], names, 30).table
    assert sorted(sample.table.to_pylist(), key=lambda r: r["frame_id"]) == \
        sorted(local_rows.to_pylist(), key=lambda r: r["frame_id"])
    gnss = remote.sample(tables["lake.gnss_tracks"], ["vin", "lat", "date"], 50)
    assert gnss.rows == 50 and set(gnss.table.column("date").to_pylist()) <= {"2024-01-01", "2024-01-02"}
    assert remote.estimate_distinct(tables["lake.gnss_tracks"], ["vin"], 5.0).value == 50
    errors = [e for e in remote.discover() if isinstance(e, ScanError)]
    assert "s3://fleet-lake/exports/root/lake/broken/truncated.parquet" in {e.target for e in errors}


def test_single_object_and_filters_on_s3(lake: Path, s3_server: S3Endpoint) -> None:
    upload(s3_server, lake, "fleet-single", "r")
    options = SourceOptions(extra=s3_server.extra())
    [table] = list(ParquetConnector("s3://fleet-single/r/lake/perception/frames.parquet", options).discover())
    assert table.parts == ("frames",) and table.row_estimate == 30
    filtered = ParquetConnector("s3://fleet-single/r", SourceOptions(include=("gnss*",), extra=s3_server.extra()))
    assert [t.fqn for t in filtered.discover()] == ["lake.gnss_tracks"]


def test_missing_bucket_is_a_clear_error(s3_server: S3Endpoint) -> None:
    connector = ParquetConnector("s3://no-such-bucket/lake", SourceOptions(extra=s3_server.extra()))
    with pytest.raises(ConnectorError, match="bucket 'no-such-bucket' does not exist") as raised:
        list(connector.discover())
    assert s3_server.secret_key not in str(raised.value)


def test_missing_prefix_is_a_clear_error(lake: Path, s3_server: S3Endpoint) -> None:
    upload(s3_server, lake, "fleet-prefix", "r")
    connector = ParquetConnector("s3://fleet-prefix/nothing/here", SourceOptions(extra=s3_server.extra()))
    with pytest.raises(ConnectorError, match="s3://fleet-prefix/nothing/here: no such file, directory or prefix"):
        list(connector.discover())


def test_unreachable_endpoint_is_a_clear_error(s3_server: S3Endpoint) -> None:
    extra = {**s3_server.extra(), "endpoint_override": f"http://127.0.0.1:{closed_port()}"}
    connector = ParquetConnector("s3://fleet-lake/lake", SourceOptions(extra=extra))
    with pytest.raises(ConnectorError, match="cannot reach the endpoint") as raised:
        list(connector.discover())
    assert s3_server.secret_key not in str(raised.value) and s3_server.access_key not in str(raised.value)


def test_credentials_in_the_url_are_masked(s3_server: S3Endpoint) -> None:
    connector = ParquetConnector(f"s3://{s3_server.access_key}:{s3_server.secret_key}@fleet-lake/lake",
                                 SourceOptions(extra=s3_server.extra()))
    assert connector.url == "s3://***@fleet-lake/lake"


def test_footers_cost_one_request_each_and_are_not_fetched_again_to_sample(
        tmp_path: Path, s3_server: S3Endpoint, s3_requests: S3Requests) -> None:
    for day in range(3):
        write(tmp_path / "t" / f"day={day}" / "part-0.parquet", tracks(day, rows=50))
    upload(s3_server, tmp_path, "fleet-requests", "r")
    connector = ParquetConnector("s3://fleet-requests/r", SourceOptions(extra=s3_server.extra()))
    [table] = [t for t in connector.discover() if isinstance(t, TableRef)]
    assert len(s3_requests.on_objects("GET")) == 3 and not s3_requests.on_objects("HEAD")  # sizes from the listing
    s3_requests.seen.clear()
    sample = connector.sample(table, ["vin", "lat", "ts", "day"], 30)
    assert sample.rows == 30
    # Per file: the HEAD of opening it (which also says it is unchanged) and one coalesced GET of its columns.
    assert len(s3_requests.on_objects("HEAD")) == 3 and len(s3_requests.on_objects("GET")) == 3


def test_an_object_rewritten_after_discovery_is_sampled_with_its_own_footer(
        tmp_path: Path, s3_server: S3Endpoint) -> None:
    write(tmp_path / "t" / "part-0.parquet", pa.table({"code": ["old-1", "old-2"]}))
    upload(s3_server, tmp_path, "fleet-rewrite", "r")
    connector = ParquetConnector("s3://fleet-rewrite/r", SourceOptions(extra=s3_server.extra()))
    [table] = [t for t in connector.discover() if isinstance(t, TableRef)]
    buffer = pa.BufferOutputStream()
    pq.write_table(pa.table({"code": ["new-1", "new-2", "new-3"], "n": [1, 2, 3]}), buffer, row_group_size=1)
    s3_server.client().put_object(Bucket="fleet-rewrite", Key="r/t/part-0.parquet", Body=buffer.getvalue().to_pybytes())
    codes = connector.sample(table, ["code"], 10).table.column("code").to_pylist()
    assert sorted(codes) == ["new-1", "new-2", "new-3"]


def test_a_footer_is_found_even_when_the_listed_size_is_stale(tmp_path: Path, s3_server: S3Endpoint) -> None:
    path = write(tmp_path / "t" / "part-0.parquet", tracks(1, rows=20))
    upload(s3_server, tmp_path, "fleet-stale", "r")
    store = ParquetConnector("s3://fleet-stale/r", SourceOptions(extra=s3_server.extra()))._store
    stale = LakeFile("fleet-stale/r/t/part-0.parquet", path.stat().st_size - 100, None)
    assert read_footer(store, stale).num_rows == 20
