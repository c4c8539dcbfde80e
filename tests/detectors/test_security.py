from __future__ import annotations

import pytest

from tests.detectors.helpers import passes

KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"
CERT = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----"
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
       "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")

CASES = [
    ("cve_id", "CVE-2024-12345", True), ("cve_id", "cnvd-2023-01234", True), ("cve_id", "CNNVD-202301-1234", True),
    ("cve_id", "CNVD-C-2023-123456", True), ("cve_id", "CVE-24-1", False), ("cve_id", "CWE-79", False),
    ("pem_private_key", KEY, True), ("pem_private_key", KEY.encode(), True),
    ("pem_private_key", KEY.replace("PRIVATE", "PUBLIC"), False), ("pem_private_key", CERT, False),
    ("pem_certificate", CERT, True), ("pem_certificate", CERT.encode(), True), ("pem_certificate", KEY, False),
    ("jwt", JWT, True), ("jwt", "Bearer " + JWT, True), ("jwt", "abc.def.ghi", False),
    ("hex_key", "2b7e151628aed2a6abf7158809cf4f3c", True), ("hex_key", "0x2b7e151628aed2a6abf7158809cf4f3c", True),
    ("hex_key", "12345678901234567890123456789012", False), ("hex_key", "2b7e151628aed2a6abf71588", False),
]


@pytest.mark.parametrize("name, value, expected", CASES)
def test_security_values(name: str, value: object, expected: bool) -> None:
    assert passes(name, value) is expected
