"""Detectors for security material: vulnerability ids, PEM keys and certificates, JWTs, raw hex keys."""
from __future__ import annotations

import pyarrow as pa

from scanner.detectors.base import Mask, detector
from scanner.detectors.textops import (DIGIT, HEX_LOWER, HEX_UPPER, LETTER, LETTER_UPPER, SPACE, as_bytes,
                                       bytes_classes, has, length_between, only, punct, regex_mask, text_classes,
                                       text_matches)

TEXT_OR_BYTES = ("string", "binary")


@detector("cve_id", "vulnerability id: CVE-2024-12345, CNVD-2023-01234, CNVD-C-2023-123456, CNNVD-202301-1234")
def cve_id(values: pa.Array) -> Mask:
    classes = text_classes(values)
    return text_matches(values, r"^(?i:CVE-\d{4}-\d{4,7}|CNVD-(?:C-)?\d{4}-\d{1,6}|CNNVD-\d{6}-\d{1,6})$", 9, 24,
                        has(classes, punct("-")) & has(classes, DIGIT))


def _marked(values: pa.Array, marker: str, min_bytes: int) -> Mask:
    """Values (text or bytes) that contain the regex marker; a PEM block is at least min_bytes long."""
    data, classes = as_bytes(values), bytes_classes(values)
    candidates = has(classes, punct("-")) & has(classes, LETTER_UPPER) & length_between(data, min_bytes, 1 << 30)
    return regex_mask(data, marker, candidates)


@detector("pem_private_key", "PEM private key block (RSA, EC, PKCS#8, encrypted, OpenSSH)", families=TEXT_OR_BYTES)
def pem_private_key(values: pa.Array) -> Mask:
    return _marked(values, r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", 60)


@detector("pem_certificate", "PEM X.509 certificate block", families=TEXT_OR_BYTES)
def pem_certificate(values: pa.Array) -> Mask:
    return _marked(values, r"-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----", 60)


@detector("jwt", "JSON Web Token (three base64url parts, JSON header), optionally after 'Bearer '")
def jwt(values: pa.Array) -> Mask:
    # Every JWT header is a JSON object, so its base64url starts with "eyJ" ('{"').
    classes = text_classes(values)
    return text_matches(values, r"^(?:Bearer )?eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$", 20, 16384,
                        has(classes, punct(".")) & only(classes, DIGIT | LETTER | SPACE | punct("-_.")))


@detector("hex_key", "128- or 256-bit key blob as 32 or 64 hex characters (mixes letters and digits)")
def hex_key(values: pa.Array) -> Mask:
    # Random 32+ hex characters practically always hold both a digit and a letter A-F; all-digit runs are numbers,
    # all-letter ones words. (The 'x' of 0x is neither.)
    classes = text_classes(values)
    return text_matches(values, r"^(?:0[xX])?(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})$", 32, 66,
                        only(classes, DIGIT | LETTER) & has(classes, DIGIT) & has(classes, HEX_LOWER | HEX_UPPER))
