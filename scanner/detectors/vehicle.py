"""Detectors for in-vehicle data: diagnostic codes, CAN ids and payloads, GB/T 32960 frames, firmware ids."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import detector
from scanner.detectors.textops import as_bytes, count_matching, keep, matching, texts, without


@detector("dtc", "OBD-II / UDS diagnostic trouble code: P0420, U0100-00, B1234 (SAE J2012)")
def dtc(values: pa.Array) -> int:
    # The second character is 0-3 by SAE J2012, which is what keeps ordinary upper-case words out.
    return count_matching(values, r"^[PCBU][0-3][0-9A-F]{3}(?:-?[0-9A-F]{2})?$", 5, 8)


@detector("can_id", "CAN identifier written in hex: 0x-prefixed, or 3 (11-bit) / 8 (29-bit) hex digits with a letter")
def can_id(values: pa.Array) -> int:
    # Plain decimal strings are left out on purpose: "123" is far more often a count than a CAN id.
    ids = matching(texts(values), r"^(?:0[xX](?:[0-9A-Fa-f]{1,7}|[01][0-9A-Fa-f]{7})|[0-7][0-9A-Fa-f]{2}"
                                  r"|[01][0-9A-Fa-f]{7})[hH]?$", 3, 11)
    if len(ids) == 0:
        return 0
    return len(keep(ids, pc.match_substring_regex(ids, r"^0[xX]|[A-Fa-f]")))


@detector("can_payload", "CAN / CAN FD payload as hex bytes: 8 or 64 bytes, separated or contiguous")
def can_payload(values: pa.Array) -> int:
    pair = "[0-9A-Fa-f]{2}"
    separated = matching(texts(values), rf"^{pair}(?:[ :]{pair}){{7}}$|^{pair}(?:[ :]{pair}){{63}}$", 23, 191)
    # Contiguous digits-only runs are card numbers and ids as often as payloads: a hex letter is required.
    contiguous = matching(texts(values), r"^(?:0[xX])?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{128})$", 16, 130)
    contiguous = keep(contiguous, pc.match_substring_regex(contiguous, "[A-Fa-f]")) if len(contiguous) else contiguous
    return len(separated) + len(contiguous)


# GB/T 32960.3: start "##", command 0x01-0x08 (uplink) or 0x80-0x82 (platform downlink), response flag 0x01-0x03
# or 0xFE, then 17-byte VIN, encryption, length, data, BCC: never shorter than 25 bytes.


@detector("gbt32960_frame", "GB/T 32960 telematics frame: binary or hex text starting 0x23 0x23 with a valid command",
          families=("binary", "string"))
def gbt32960_frame(values: pa.Array) -> int:
    if pa.types.is_binary(values.type) or pa.types.is_large_binary(values.type) \
            or pa.types.is_fixed_size_binary(values.type) or pa.types.is_binary_view(values.type):
        frames = as_bytes(values)
        frames = keep(frames, pc.greater_equal(pc.binary_length(frames), 25))
        return _count_frame_heads(frames)
    return count_matching(values, r"^(?:0[xX])?(?i:23\s?23\s?(?:0[1-8]|8[0-2])\s?(?:0[1-3]|fe))[0-9A-Fa-f\s]{42,}$",
                          50, 1 << 20)


def _count_frame_heads(frames: pa.Array) -> int:
    head = pc.binary_slice(frames, 0, 4)
    starts = pc.equal(pc.binary_slice(head, 0, 2), pa.scalar(b"##", head.type))
    command = pc.binary_slice(head, 2, 3)
    flag = pc.binary_slice(head, 3, 4)
    commands = pa.array([bytes([c]) for c in (*range(0x01, 0x09), 0x80, 0x81, 0x82)], head.type)
    flags = pa.array([b"\x01", b"\x02", b"\x03", b"\xfe"], head.type)
    ok = pc.and_(starts, pc.and_(pc.is_in(command, value_set=commands), pc.is_in(flag, value_set=flags)))
    return int(pc.sum(pc.cast(ok, pa.int64())).as_py() or 0)


DATE_DOTTED = r"^(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])$"
IPV4_LIKE = r"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$"


@detector("firmware_version", "software/firmware version: 1.2.3, V2.01.05, SW03.01.002, 2024.36.5 (not dates, not IPs)")
def firmware_version(values: pa.Array) -> int:
    # Two numeric parts need a prefix (V2.01): bare "39.904" is a decimal number. Three or four parts need none.
    prefixed = r"(?i:v|ver|sw|hw|fw|rev|r|build)[-_ ]?\d{1,4}(?:\.\d{1,4}){1,3}"
    bare = r"\d{1,4}(?:\.\d{1,4}){2,3}"
    suffix = r"(?:[-+_][0-9A-Za-z.]{1,20})?"
    versions = matching(texts(values), rf"^(?:{prefixed}|{bare}){suffix}$", 5, 48)
    return len(without(without(versions, DATE_DOTTED), IPV4_LIKE))


@detector("sha256", "SHA-256 digest as 64 hex characters (optionally 'sha256:'-prefixed)")
def sha256(values: pa.Array) -> int:
    return count_matching(values, r"^(?i:sha256:)?(?:[0-9a-f]{64}|[0-9A-F]{64})$", 64, 71)


@detector("git_sha", "git commit id: 40 lower-case hex characters")
def git_sha(values: pa.Array) -> int:
    return count_matching(values, r"^[0-9a-f]{40}$", 40, 40)


@detector("uds_did", "UDS data identifier (ISO 14229): 0xF190-style 16-bit hex, or bare F1xx/F4xx-style ids")
def uds_did(values: pa.Array) -> int:
    # Bare four-letter hex words (FACE, FEED) are excluded by requiring a digit after the leading F.
    hexd = "[0-9A-Fa-f]"
    bare = rf"[Ff](?:\d{hexd}{{2}}|{hexd}\d{hexd}|{hexd}{{2}}\d)"
    return count_matching(values, rf"^(?:0[xX]{hexd}{{4}}|{bare})$", 4, 6)
