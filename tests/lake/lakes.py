"""Lakes written at test time, a byte-counting filesystem, and a moto S3 server on loopback (helpers and fixtures)."""
from __future__ import annotations

import io
import logging
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import boto3
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest
from moto.server import ThreadedMotoServer

VINS = [f"LSVAU2180N2{i:06d}" for i in range(50)]


def write(path: Path, table: pa.Table, **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, **kwargs)
    return path


def tracks(day: int, rows: int = 200) -> pa.Table:
    return pa.table({
        "vin": pa.array([VINS[i % len(VINS)] for i in range(rows)]),
        "lat": pa.array([31.2 + i * 1e-4 for i in range(rows)], pa.float64()),
        "lon": pa.array([121.4 + i * 1e-4 for i in range(rows)], pa.float64()),
        "ts": pa.array([day * 86_400 + i for i in range(rows)], pa.int64()),
        "fleet": pa.array(["SH-01"] * rows),
    })


def nested_frames() -> pa.Table:
    position = pa.struct([pa.field("x", pa.float64()), pa.field("y", pa.float64()), pa.field("z", pa.float64())])
    pose = pa.struct([pa.field("position", position, metadata={b"description": b"position in the map frame"}),
                      pa.field("heading", pa.float32())])
    obj = pa.struct([pa.field("bbox", pa.list_(pa.float32())), pa.field("label", pa.string())])
    schema = pa.schema(
        [pa.field("frame_id", pa.int64(), nullable=False),
         pa.field("vin", pa.string(), metadata={b"comment": "车辆识别代号".encode()}),
         pa.field("pose", pose, metadata={b"doc": b"vehicle pose"}),
         pa.field("objects", pa.list_(obj)),
         pa.field("tags", pa.map_(pa.string(), pa.string()))],
        metadata={b"comment": b"camera perception frames"},
    )
    rows = [{"frame_id": i, "vin": VINS[i % 5],
             "pose": {"position": {"x": float(i), "y": 2.0 * i, "z": 0.5}, "heading": 1.5},
             "objects": [{"bbox": [0.0, 1.0, 2.0, 3.0], "label": "pedestrian"}, {"bbox": [], "label": "car"}],
             "tags": [("weather", "rain"), ("city", "shanghai")]} for i in range(30)]
    return pa.Table.from_pylist(rows, schema=schema)


@pytest.fixture
def lake(tmp_path: Path) -> Path:
    """root/lake/{gnss_tracks (Hive), vehicles (drift), perception (nested), broken, exports (csv only)}."""
    root = tmp_path / "root"
    for day in (1, 2):
        write(root / "lake" / "gnss_tracks" / f"date=2024-01-0{day}" / "part-0.parquet", tracks(day))
    (root / "lake" / "gnss_tracks" / "_SUCCESS").write_bytes(b"")
    (root / "lake" / "gnss_tracks" / "date=2024-01-01" / ".part-0.parquet.crc").write_bytes(b"crc")
    write(root / "lake" / "vehicles" / "part-0.parquet",
          pa.table({"vin": VINS[:10], "speed": pa.array(range(10), pa.int32())}))
    write(root / "lake" / "vehicles" / "part-1.parquet",
          pa.table({"vin": VINS[10:20], "speed": pa.array(range(10), pa.int64()), "driver_id": ["d"] * 10}))
    write(root / "lake" / "perception" / "frames.parquet", nested_frames())
    good = write(root / "lake" / "broken" / "good.parquet", tracks(3, rows=50))
    (root / "lake" / "broken" / "truncated.parquet").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (root / "lake" / "broken" / "readme.txt").write_text("export notes")
    (root / "lake" / "exports").mkdir(parents=True)
    (root / "lake" / "exports" / "owners.csv").write_text("vin,owner\n")
    return root


@dataclass
class ReadCounter:
    """What a CountingHandler saw: files opened and bytes read through them."""

    opened: list[str] = field(default_factory=list)
    bytes_read: int = 0


class _CountingFile(io.RawIOBase):
    def __init__(self, raw: io.BufferedReader, counter: ReadCounter) -> None:
        self._raw, self._counter = raw, counter

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._counter.bytes_read += len(data)
        return data

    def close(self) -> None:
        self._raw.close()
        super().close()


class CountingHandler(pafs.FileSystemHandler):
    """A read-only local filesystem that counts what Parquet reading really fetches."""

    def __init__(self, counter: ReadCounter) -> None:
        self._local = pafs.LocalFileSystem()
        self._counter = counter

    def get_type_name(self) -> str:
        return "counting"

    def normalize_path(self, path: str) -> str:
        return path

    def equals(self, other: object) -> bool:
        return other is self

    def get_file_info(self, paths: list[str]) -> list[pafs.FileInfo]:
        return self._local.get_file_info(paths)

    def get_file_info_selector(self, selector: pafs.FileSelector) -> list[pafs.FileInfo]:
        return self._local.get_file_info(selector)

    def open_input_file(self, path: str) -> pa.NativeFile:
        self._counter.opened.append(path)
        return pa.PythonFile(_CountingFile(open(path, "rb"), self._counter), mode="r")

    def open_input_stream(self, path: str) -> pa.NativeFile:
        return self.open_input_file(path)

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise OSError("read-only test filesystem")

    create_dir = delete_dir = delete_dir_contents = delete_root_dir_contents = delete_file = _read_only
    move = copy_file = open_output_stream = open_append_stream = _read_only


@pytest.fixture
def counting_fs() -> tuple[pafs.FileSystem, ReadCounter]:
    counter = ReadCounter()
    return pafs.PyFileSystem(CountingHandler(counter)), counter


@dataclass(frozen=True)
class S3Endpoint:
    url: str
    access_key: str = "vdscan-test-key"
    secret_key: str = "vdscan-test-secret-value"
    region: str = "us-east-1"

    def client(self):
        return boto3.client("s3", endpoint_url=self.url, region_name=self.region,
                            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key)

    def extra(self) -> dict[str, str]:
        return {"endpoint_override": self.url, "region": self.region,
                "access_key": self.access_key, "secret_key": self.secret_key}


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Endpoint]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield S3Endpoint(f"http://{host}:{port}")
    server.stop()


class S3Requests(logging.Handler):
    """Requests the moto server answered, as (verb, path), from its werkzeug access log."""

    _LINE = re.compile(r'"(?:\x1b\[[0-9;]*m)*([A-Z]+) (/[^ ?]*)')

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        match = self._LINE.search(record.getMessage())
        if match:
            self.seen.append((match.group(1), match.group(2)))

    def on_objects(self, verb: str, suffix: str = ".parquet") -> list[str]:
        return [path for seen_verb, path in self.seen if seen_verb == verb and path.endswith(suffix)]


@pytest.fixture
def s3_requests() -> Iterator[S3Requests]:
    log = logging.getLogger("werkzeug")
    handler, level = S3Requests(), log.level
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield handler
    log.removeHandler(handler)
    log.setLevel(level)


def upload(endpoint: S3Endpoint, local_root: Path, bucket: str, prefix: str) -> None:
    client = endpoint.client()
    client.create_bucket(Bucket=bucket)
    for path in local_root.rglob("*"):
        if path.is_file():
            client.upload_file(str(path), bucket, f"{prefix}/{path.relative_to(local_root).as_posix()}")


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
