"""URL masking: a password never reaches a message, a report or a log line."""
from __future__ import annotations

import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

_MASK = "***"
# `user:secret@host` inside anything that looks like a URL, for strings SQLAlchemy cannot parse.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@?#\s]*):(?P<secret>[^@/\s]*)@")
# Drivers accept credentials in the query string too (`?password=…`, `?sslpassword=…`, `?token=…`).
_SECRET_QUERY = re.compile(r"(?i)(?P<key>[?&][^=&#]*(?:password|passwd|pwd|secret|token)[^=&#]*)=(?P<value>[^&#]*)")


def mask_url(url: str) -> str:
    """`url` with its password (userinfo and query-string secrets) replaced by `***`.

    Unparsable strings are masked by pattern, so even a malformed URL can go into an error message."""
    try:
        rendered = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        rendered = _USERINFO.sub(lambda m: f"{m['head']}:{_MASK}@", str(url))
    return _SECRET_QUERY.sub(lambda m: f"{m['key']}={_MASK}", rendered)


def url_secrets(url: str) -> tuple[str, ...]:
    """The secrets `mask_url` hides, so that error texts from drivers can be scrubbed of them too."""
    found: list[str] = []
    try:
        password = make_url(url).password
        if password:
            found.append(str(password))
    except (ArgumentError, ValueError, TypeError):
        found.extend(m["secret"] for m in _USERINFO.finditer(str(url)) if m["secret"])
    found.extend(m["value"] for m in _SECRET_QUERY.finditer(str(url)) if m["value"])
    return tuple(s for s in found if s)


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with every secret replaced by `***` (driver messages sometimes echo the DSN)."""
    for secret in secrets:
        text = text.replace(secret, _MASK)
    return text
