from __future__ import annotations

import pytest

from tests.detectors.helpers import passes

FRAME = bytes([0x23, 0x23, 0x02, 0xFE]) + b"LSVAU218XN2183294" + bytes([0x01, 0x00, 0x06]) + bytes(7)

CASES = [
    ("dtc", "P0420", True), ("dtc", "U0100-00", True), ("dtc", "B1234", True), ("dtc", "C0035", True),
    ("dtc", "P4420", False), ("dtc", "BASIC", False), ("dtc", "P042", False), ("dtc", "p0420", False),
    ("can_id", "0x7DF", True), ("can_id", "7E8", True), ("can_id", "18FEF100", True), ("can_id", "0x18DAF110", True),
    ("can_id", "123", False), ("can_id", "12345678", False), ("can_id", "ABC", False), ("can_id", "0x3FFFFFFF", False),
    ("can_payload", "02 01 0C 00 00 00 00 00", True), ("can_payload", "02010C0000AA0000", True),
    ("can_payload", "6222021234567890", False), ("can_payload", "02 01 0C", False),
    ("gbt32960_frame", FRAME, True), ("gbt32960_frame", b"## Heading and more text to be long enough", False),
    ("gbt32960_frame", FRAME.hex().upper(), True), ("gbt32960_frame", "2323" + "00" * 30, False),
    ("firmware_version", "1.2.3", True), ("firmware_version", "V2.01.05", True), ("firmware_version", "SW03.01.002", True),
    ("firmware_version", "2024.36.5", True), ("firmware_version", "1.2.3-rc1", True),
    ("firmware_version", "2024.01.05", False), ("firmware_version", "192.168.1.1", False),
    ("firmware_version", "39.904", False), ("firmware_version", "2024", False),
    ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", True),
    ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", False),
    ("git_sha", "da39a3ee5e6b4b0d3255bfef95601890afd80709", True),
    ("git_sha", "da39a3ee5e6b4b0d3255bfef95601890afd8070", False),
    ("uds_did", "0xF190", True), ("uds_did", "F18C", True), ("uds_did", "FACE", False), ("uds_did", "1234", False),
]


@pytest.mark.parametrize("name, value, expected", CASES)
def test_vehicle_values(name: str, value: object, expected: bool) -> None:
    assert passes(name, value) is expected
