"""Detectors for in-vehicle data: diagnostic codes, CAN ids and payloads, GB/T 32960 frames, firmware ids."""
from __future__ import annotations

import numpy as np
import pyarrow as pa

from scanner.detectors.base import Mask, detector
from scanner.detectors.media import head_bytes
from scanner.detectors.textops import (DIGIT, HEX, HEX_LOWER, HEX_UPPER, LETTER, LETTER_UPPER, SPACE, as_bytes, has,
                                       length_between, matches, only, punct, regex_mask, text_classes, text_matches,
                                       texts)


@detector("dtc", "OBD-II / UDS diagnostic trouble code: P0420, U0100-00, B1234 (SAE J2012)")
def dtc(values: pa.Array) -> Mask:
    # The second character is 0-3 by SAE J2012, which is what keeps ordinary upper-case words out.
    return text_matches(values, r"^[PCBU][0-3][0-9A-F]{3}(?:-?[0-9A-F]{2})?$", 5, 8,
                        only(text_classes(values), DIGIT | LETTER_UPPER | punct("-")))


@detector("can_id", "CAN identifier written in hex: 0x-prefixed, or 3 (11-bit) / 8 (29-bit) hex digits with a letter")
def can_id(values: pa.Array) -> Mask:
    # Plain decimal strings are left out on purpose: "123" is far more often a count than a CAN id.
    text, classes = texts(values), text_classes(values)
    ids = matches(text, r"^(?:0[xX](?:[0-9A-Fa-f]{1,7}|[01][0-9A-Fa-f]{7})|[0-7][0-9A-Fa-f]{2}"
                        r"|[01][0-9A-Fa-f]{7})[hH]?$", 3, 11, only(classes, DIGIT | LETTER))
    lettered = has(classes, HEX_LOWER | HEX_UPPER)
    return (ids & lettered) | regex_mask(text, r"^0[xX]", ids & ~lettered)


@detector("can_payload", "CAN / CAN FD payload as hex bytes: 8 or 64 bytes, separated or contiguous")
def can_payload(values: pa.Array) -> Mask:
    pair = "[0-9A-Fa-f]{2}"
    text, classes = texts(values), text_classes(values)
    separated = matches(text, rf"^{pair}(?:[ :]{pair}){{7}}$|^{pair}(?:[ :]{pair}){{63}}$", 23, 191,
                        only(classes, HEX | SPACE | punct(":")))
    # Contiguous digits-only runs are card numbers and ids as often as payloads: a hex letter is required (the 'x'
    # of 0x is none). The two forms never overlap (a contiguous payload has no separators), so their union counts
    # what their sum counted.
    return separated | matches(text, r"^(?:0[xX])?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{128})$", 16, 130,
                               only(classes, DIGIT | LETTER) & has(classes, HEX_LOWER | HEX_UPPER))


# GB/T 32960.3: start "##", command 0x01-0x08 (uplink) or 0x80-0x82 (platform downlink), response flag 0x01-0x03
# or 0xFE, then 17-byte VIN, encryption, length, data, BCC: never shorter than 25 bytes.


@detector("gbt32960_frame", "GB/T 32960 telematics frame: binary or hex text starting 0x23 0x23 with a valid command",
          families=("binary", "string"))
def gbt32960_frame(values: pa.Array) -> Mask:
    if pa.types.is_binary(values.type) or pa.types.is_large_binary(values.type) \
            or pa.types.is_fixed_size_binary(values.type) or pa.types.is_binary_view(values.type):
        return length_between(as_bytes(values), 25, 1 << 62) & _frame_heads(values)
    return text_matches(values, r"^(?:0[xX])?(?i:23\s?23\s?(?:0[1-8]|8[0-2])\s?(?:0[1-3]|fe))[0-9A-Fa-f\s]{42,}$",
                        50, 1 << 20, only(text_classes(values), DIGIT | LETTER | SPACE))


FRAME_COMMANDS = (*range(0x01, 0x09), 0x80, 0x81, 0x82)
FRAME_FLAGS = (0x01, 0x02, 0x03, 0xFE)


def _frame_heads(values: pa.Array) -> Mask:
    head = head_bytes(values)
    return ((head[:, 0] == ord("#")) & (head[:, 1] == ord("#")) & np.isin(head[:, 2], FRAME_COMMANDS)
            & np.isin(head[:, 3], FRAME_FLAGS))


DATE_DOTTED = r"^(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])$"
IPV4_LIKE = r"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$"


@detector("firmware_version", "software/firmware version: 1.2.3, V2.01.05, SW03.01.002, 2024.36.5 (not dates, not IPs)")
def firmware_version(values: pa.Array) -> Mask:
    # Two numeric parts need a prefix (V2.01): bare "39.904" is a decimal number. Three or four parts need none.
    prefixed = r"(?i:v|ver|sw|hw|fw|rev|r|build)[-_ ]?\d{1,4}(?:\.\d{1,4}){1,3}"
    bare = r"\d{1,4}(?:\.\d{1,4}){2,3}"
    suffix = r"(?:[-+_][0-9A-Za-z.]{1,20})?"
    text, classes = texts(values), text_classes(values)
    versions = matches(text, rf"^(?:{prefixed}|{bare}){suffix}$", 5, 48, has(classes, DIGIT) & has(classes, punct(".")))
    versions &= ~regex_mask(text, DATE_DOTTED, versions)
    return versions & ~regex_mask(text, IPV4_LIKE, versions)


@detector("sha256", "SHA-256 digest as 64 hex characters (optionally 'sha256:'-prefixed)")
def sha256(values: pa.Array) -> Mask:
    return text_matches(values, r"^(?i:sha256:)?(?:[0-9a-f]{64}|[0-9A-F]{64})$", 64, 71,
                        only(text_classes(values), HEX) | has(text_classes(values), punct(":")))


@detector("git_sha", "git commit id: 40 lower-case hex characters")
def git_sha(values: pa.Array) -> Mask:
    return text_matches(values, r"^[0-9a-f]{40}$", 40, 40, only(text_classes(values), DIGIT | HEX_LOWER))


@detector("uds_did", "UDS data identifier (ISO 14229): 0xF190-style 16-bit hex, or bare F1xx/F4xx-style ids")
def uds_did(values: pa.Array) -> Mask:
    # Bare four-letter hex words (FACE, FEED) are excluded by requiring a digit after the leading F.
    hexd = "[0-9A-Fa-f]"
    bare = rf"[Ff](?:\d{hexd}{{2}}|{hexd}\d{hexd}|{hexd}{{2}}\d)"
    return text_matches(values, rf"^(?:0[xX]{hexd}{{4}}|{bare})$", 4, 6, only(text_classes(values), DIGIT | LETTER))
