"""Detectors for security material: vulnerability ids, PEM keys and certificates, JWTs, raw hex keys."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import count_true, detector
from scanner.detectors.textops import as_bytes, byte_length_between, count_matching, keep, matching, texts

TEXT_OR_BYTES = ("string", "binary")


@detector("cve_id", "vulnerability id: CVE-2024-12345, CNVD-2023-01234, CNVD-C-2023-123456, CNNVD-202301-1234")
def cve_id(values: pa.Array) -> int:
    return count_matching(values, r"^(?i:CVE-\d{4}-\d{4,7}|CNVD-(?:C-)?\d{4}-\d{1,6}|CNNVD-\d{6}-\d{1,6})$", 9, 24)


def _count_marker(values: pa.Array, marker: str, min_bytes: int) -> int:
    """Values (text or bytes) that contain the regex marker; a PEM block is at least min_bytes long."""
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, min_bytes, 1 << 30))
    return count_true(pc.match_substring_regex(data, marker)) if len(data) else 0


@detector("pem_private_key", "PEM private key block (RSA, EC, PKCS#8, encrypted, OpenSSH)", families=TEXT_OR_BYTES)
def pem_private_key(values: pa.Array) -> int:
    return _count_marker(values, r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", 60)


@detector("pem_certificate", "PEM X.509 certificate block", families=TEXT_OR_BYTES)
def pem_certificate(values: pa.Array) -> int:
    return _count_marker(values, r"-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----", 60)


@detector("jwt", "JSON Web Token (three base64url parts, JSON header), optionally after 'Bearer '")
def jwt(values: pa.Array) -> int:
    # Every JWT header is a JSON object, so its base64url starts with "eyJ" ('{"').
    return count_matching(values, r"^(?:Bearer )?eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$", 20, 16384)


@detector("hex_key", "128- or 256-bit key blob as 32 or 64 hex characters (mixes letters and digits)")
def hex_key(values: pa.Array) -> int:
    keys = matching(texts(values), r"^(?:0[xX])?(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})$", 32, 66)
    if len(keys) == 0:
        return 0
    # Random 32+ hex characters practically always hold both; all-digit runs are numbers, all-letter ones words.
    return count_true(pc.match_substring_regex(keys, r"[0-9].*[A-Fa-f]|[A-Fa-f].*[0-9]"))
