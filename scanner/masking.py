"""Masking of sampled values, for the one case a user asks to see them (`--show-samples`)."""
from __future__ import annotations

KEEP_HEAD = 6
KEEP_TAIL = 4
MAX_SHOWN = 40


def mask_value(value: object) -> str:
    """`LSVAU2B38N2123456` -> `LSVAU2****3456`; short values keep only their first character."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} bytes>"
    text = str(value)
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN]
    if len(text) >= KEEP_HEAD + KEEP_TAIL + 2:
        return f"{text[:KEEP_HEAD]}****{text[-KEEP_TAIL:]}"
    if len(text) >= 4:
        return f"{text[:2]}****{text[-1:]}"
    return f"{text[:1]}***"
