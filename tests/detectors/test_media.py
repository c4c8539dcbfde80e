from __future__ import annotations

import pyarrow as pa
import pytest

from tests.detectors.helpers import passes

PAD = bytes(40)
PY = "import os\n\ndef main() -> None:\n    print(os.getcwd())\n"
C = "#include <stdio.h>\nint main(void) {\n  return 0;\n}\n"
ST = "PROGRAM Main\nVAR\n  x : INT;\nEND_VAR\nx := x + 1;\nEND_PROGRAM"

CASES = [
    ("image_bytes", b"\xff\xd8\xff\xe0" + PAD, True), ("image_bytes", b"\x89PNG\r\n\x1a\n" + PAD, True),
    ("image_bytes", b"RIFF\x00\x00\x00\x00WEBPVP8 " + PAD, True), ("image_bytes", "/9j/4AAQSkZJRgABAQAAAQABAAD", True),
    ("image_bytes", b"BMW 320i sedan, black, 2019 model", False),
    ("image_bytes", b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00" + PAD, True), ("image_bytes", b"\x00" + PAD, False),
    ("video_bytes", b"\x00\x00\x00\x01\x67\x42" + PAD, True), ("video_bytes", b"\x00\x00\x00\x18ftypmp42" + PAD, True),
    ("video_bytes", b"\x1a\x45\xdf\xa3" + PAD, True), ("video_bytes", b"\xff\xd8\xff\xe0" + PAD, False),
    ("pointcloud_bytes", b"# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7", True),
    ("pointcloud_bytes", b"LASF" + PAD, True), ("pointcloud_bytes", b"LAST" + PAD, False),
    ("image_path", "s3://bucket/cam_front/000123.jpg", True), ("image_path", "/data/img/a.PNG?x=1", True),
    ("image_path", "jpg", False), ("image_path", "photo.jpg.txt", False),
    ("video_path", "front/2024-01-05/clip.h265", True), ("video_path", "movie.mp4.part", False),
    ("pointcloud_path", "lidar/top/000001.pcd", True), ("pointcloud_path", "scan.laz", True),
    ("pointcloud_path", "lidar/top/000001.bin", False),
    ("log_path", "/logs/drive_0001.mcap", True), ("log_path", "trace.blf", True), ("log_path", "notes.txt", False),
    ("xml_opendrive", '<?xml version="1.0"?><OpenDRIVE><header revMajor="1"/></OpenDRIVE>', True),
    ("xml_opendrive", "<OpenSCENARIO/>", False),
    ("xml_openscenario", '<?xml version="1.0"?><OpenSCENARIO><FileHeader/></OpenSCENARIO>', True),
    ("xml_openscenario", "<html></html>", False),
    ("source_code", PY, True), ("source_code", C, True), ("source_code", ST, True),
    ("source_code", "The program starts at nine; please include your badge.", False),
    ("json_text", '{"a": 1}', True), ("json_text", "[1, 2, 3]", True), ("json_text", "{}", True),
    ("json_text", "[ERROR] disk full]", False), ("json_text", "{not json}", False), ("json_text", "plain", False),
]


@pytest.mark.parametrize("name, value, expected", CASES)
def test_media_values(name: str, value: object, expected: bool) -> None:
    assert passes(name, value) is expected


@pytest.mark.parametrize("length, value_type, expected", [
    (128, pa.float32(), True), (512, pa.float64(), True), (100, pa.float32(), False), (128, pa.int64(), False),
])
def test_embedding_vector(length: int, value_type: pa.DataType, expected: bool) -> None:
    assert passes("embedding_vector", [0] * length, pa.list_(value_type)) is expected
    assert passes("embedding_vector", [0] * length, pa.list_(value_type, length)) is expected
