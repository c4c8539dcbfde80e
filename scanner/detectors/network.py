"""Detectors for terminal and network identifiers: IMEI, ICCID, IMSI, IP, MAC, URL, host names."""
from __future__ import annotations

import numpy as np
import pyarrow as pa

from scanner.detectors.base import Mask, detector
from scanner.detectors.checksums import luhn_valid
from scanner.detectors.textops import (DIGIT, HEX, LETTER, LETTER_LOWER, SPACE, has, length_between, matches, on_rows,
                                       only, punct, regex_mask, strip_separators, text_classes, text_matches, texts)


def _luhn_checked(text: pa.Array, shaped: Mask) -> Mask:
    picked = np.flatnonzero(shaped)
    shaped[picked] = luhn_valid(text, picked)
    return shaped

# GSMA reporting-body identifiers that open every allocated IMEI TAC (01 PTCRB, 35 BABT, 86 TAF China, ...).
# Checking them keeps 15-digit order numbers and legacy resident IDs that happen to pass Luhn out.
IMEI_BODIES = "(?:01|10|30|33|35|44|45|49|5[0-4]|86|91|98|99)"


@detector("imei", "IMEI: 15 digits, allocated reporting-body prefix, Luhn check digit", families=("string", "integer"))
def imei(values: pa.Array) -> Mask:
    text, classes = texts(values), text_classes(values)
    candidates = only(classes, DIGIT | SPACE | punct("-/")) & length_between(text, 15, 1 << 62)
    stripping = bool(has(classes[candidates], SPACE | punct("-/")).any())
    return on_rows(text, candidates, lambda v: _imeis(strip_separators(v, r"[\s\-/]") if stripping else v))


def _imeis(digits: pa.Array) -> Mask:
    return _luhn_checked(digits, matches(digits, rf"^{IMEI_BODIES}\d{{13}}$", 15, 15))


@detector("iccid", "SIM ICCID: 19-20 digits starting 89 (telecom), Luhn check digit", families=("string", "integer"))
def iccid(values: pa.Array) -> Mask:
    text = texts(values)
    return _luhn_checked(text, matches(text, r"^89\d{17,18}$", 19, 20, only(text_classes(values), DIGIT)))


@detector("imsi", "IMSI of a Chinese network: 15 digits, MCC 460 and an assigned MNC (00-20)",
          families=("string", "integer"))
def imsi(values: pa.Array) -> Mask:
    return text_matches(values, r"^460(?:[01]\d|20)\d{10}$", 15, 15, only(text_classes(values), DIGIT))


OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"{OCTET}(?:\.{OCTET}){{3}}"
H = "[0-9A-Fa-f]{1,4}"
# RFC 4291 text forms: full, every "::" compression, and the embedded-IPv4 forms.
IPV6 = "|".join([
    rf"(?:{H}:){{7}}{H}",
    rf"(?:{H}:){{1,7}}:",
    rf"(?:{H}:){{1,6}}:{H}",
    rf"(?:{H}:){{1,5}}(?::{H}){{1,2}}",
    rf"(?:{H}:){{1,4}}(?::{H}){{1,3}}",
    rf"(?:{H}:){{1,3}}(?::{H}){{1,4}}",
    rf"(?:{H}:){{1,2}}(?::{H}){{1,5}}",
    rf"{H}:(?::{H}){{1,6}}",
    rf":(?:(?::{H}){{1,7}}|:)",
    rf"(?:{H}:){{6}}{IPV4}",
    rf"(?:(?:{H}:){{0,5}}{H})?::(?:{H}:){{0,4}}{IPV4}",
])


@detector("ip_address", "IPv4 or IPv6 address")
def ip_address(values: pa.Array) -> Mask:
    # Every IPv6 form holds a ':' and no IPv4 address does, so each value meets one of two patterns, and the
    # IPv6 one (~0.6 ms to compile) runs only when some value has a ':'.
    classes = text_classes(values)
    colon = has(classes, punct(":"))
    v4 = text_matches(values, rf"^{IPV4}$", 7, 15, ~colon & only(classes, DIGIT | punct(".")))
    v6 = text_matches(values, rf"^(?:{IPV6})(?:%[0-9A-Za-z.]+)?$", 2, 64,
                      colon & only(classes, HEX | LETTER | punct(":.%")))
    return v4 | v6


@detector("mac_address", "MAC address: 6 hex pairs separated by : or -, or Cisco dotted form")
def mac_address(values: pa.Array) -> Mask:
    pair = "[0-9A-Fa-f]{2}"
    quad = "[0-9A-Fa-f]{4}"
    return text_matches(values, rf"^(?:{pair}(?::{pair}){{5}}|{pair}(?:-{pair}){{5}}|{quad}\.{quad}\.{quad})$", 14, 17,
                        only(text_classes(values), HEX | punct(":-.")))


@detector("url", "URL with a scheme: http(s), ftp, ws(s), mqtt(s), s3, gs, oss, hdfs")
def url(values: pa.Array) -> Mask:
    # No ASCII-only condition: under (?i) RE2 folds the long s (ſ) onto s, so "httpſ://" matches.
    classes = text_classes(values)
    return text_matches(values, r"^(?i:https?|ftps?|wss?|mqtts?|s3a?|gs|oss|hdfs|rtsps?|rtmp)://[^\s/?#]+\S*$", 7, 8192,
                        has(classes, punct(":")) & has(classes, punct("/")) & ~has(classes, SPACE))


# Extensions that make "name.ext" a file name rather than a host in a top-level domain.
FILE_EXTENSIONS = ("jpg|jpeg|png|gif|bmp|webp|tif|tiff|txt|csv|json|xml|yaml|yml|log|pdf|doc|docx|xls|xlsx|ppt|zip|gz|"
                   "tar|bz2|xz|py|c|h|cpp|hpp|java|js|ts|go|rs|sh|bat|exe|dll|so|bin|dat|db|sql|md|html|htm|css|mp4|"
                   "mov|avi|mkv|h264|h265|pcd|las|laz|ply|bag|mcap|db3|mf4|mdf|blf|asc|dbc|arxml|hex|s19|elf|img|iso")


@detector("hostname", "fully qualified lower-case host name (at least two labels, alphabetic TLD)")
def hostname(values: pa.Array) -> Mask:
    # Lower case only: dotted signal paths such as VSS "Vehicle.Cabin.Door" have the same shape in mixed case.
    label = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    text = texts(values)
    classes = text_classes(values)
    hosts = matches(text, rf"^(?:{label}\.)+(?:[a-z]{{2,24}}|xn--[a-z0-9-]{{2,59}})\.?$", 4, 253,
                    only(classes, DIGIT | LETTER_LOWER | punct("-.")) & has(classes, punct(".")))
    return hosts & ~regex_mask(text, rf"\.(?:{FILE_EXTENSIONS})$", hosts)

