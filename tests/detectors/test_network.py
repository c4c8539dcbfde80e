from __future__ import annotations

import pyarrow as pa
import pytest

from tests.detectors.helpers import passes

CASES = [
    ("imei", "490154203237518", True),
    ("imei", "868512031234563", False),   # Luhn fails
    ("imei", 490154203237518, True),
    ("imei", "49-015420-323751-8", True),
    ("imei", "123456789012347", False),   # Luhn ok, but 12 is no reporting body
    ("imei", "4901542032375", False),
    ("iccid", "89860318740214913210", False),
    ("iccid", "8986031874021491321", False),
    ("iccid", "89014103211118510720", True),
    ("iccid", "8901410321111851072", True),
    ("iccid", "8901410321111851073", False),
    ("iccid", "12345678901234567890", False),
    ("imsi", "460001234567890", True),
    ("imsi", "460111234567890", True),
    ("imsi", "310150123456789", False),   # US MCC
    ("imsi", "460991234567890", False),
    ("ip_address", "192.168.10.205", True),
    ("ip_address", "2a7c:8457:3f90:5530:6bfd:7d88:3a6a:41e2", True),
    ("ip_address", "fe80::1%eth0", True),
    ("ip_address", "::1", True),
    ("ip_address", "::ffff:10.0.0.1", True),
    ("ip_address", "256.1.1.1", False),
    ("ip_address", "1.2.3", False),
    ("ip_address", "66:54:18:6C:90:F7", False),  # a MAC
    ("ip_address", "12:30:45", False),
    ("mac_address", "66:54:18:6C:90:F7", True),
    ("mac_address", "66-54-18-6c-90-f7", True),
    ("mac_address", "6654.186c.90f7", True),
    ("mac_address", "66:54:18:6C:90", False),
    ("mac_address", "66:54-18:6C:90:F7", False),  # mixed separators
    ("url", "https://example.com/a?b=1", True),
    ("url", "s3://bucket/key.jpg", True),
    ("url", "mqtts://broker.cn:8883", True),
    ("url", "example.com", False),
    ("url", "https:// spaced.com", False),
    ("hostname", "cflqkxr.pro", True),
    ("hostname", "api.tbox.example.com.cn", True),
    ("hostname", "image.jpg", False),
    ("hostname", "Vehicle.Cabin.Door", False),
    ("hostname", "1.2.3", False),
    ("hostname", "localhost", False),
    ("hostname", "hesj@marmiton.org", False),
]


@pytest.mark.parametrize("name, value, expected", CASES)
def test_network_values(name: str, value: object, expected: bool) -> None:
    assert passes(name, value) is expected


@pytest.mark.parametrize("name", ["imei", "iccid", "imsi"])
def test_int64_identifiers_are_read_as_digits(name: str) -> None:
    values = {"imei": 490154203237518, "iccid": 8901410321111851072, "imsi": 460001234567890}
    assert passes(name, values[name], pa.int64())
