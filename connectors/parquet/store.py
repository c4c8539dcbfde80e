"""Where a lake lives: a pyarrow filesystem, a root path in it, a display URL, and errors users can act on."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import pyarrow as pa
import pyarrow.fs as pafs

from connectors.base import ConnectorError, SourceOptions
from connectors.parquet.layout import ListedFile

_URI_SCHEMES = ("gs://", "gcs://", "hdfs://", "file://")
_USERINFO = re.compile(r"^([a-z0-9+.-]+://)[^/@]*@", re.IGNORECASE)
_DEFAULT_CONNECT_TIMEOUT_S = 5.0
_DEFAULT_ATTEMPTS = 3


@dataclass(frozen=True)
class Store:
    filesystem: pafs.FileSystem
    root: str  # path inside `filesystem`, no trailing slash
    url: str  # masked: never carries a credential
    scheme: str  # "s3://", "file://", "" for plain local paths
    secrets: tuple[str, ...] = field(default=(), repr=False)  # scrubbed from every error message

    def display(self, path: str) -> str:
        """A file's location as the user would type it."""
        return f"{self.scheme}{path}" if self.scheme not in ("", "file://") else path

    def error(self, what: str, exc: BaseException) -> ConnectorError:
        return ConnectorError(f"{what}: {describe(exc, self.secrets)}")


def mask_url(location: str) -> str:
    return _USERINFO.sub(r"\1***@", location)


def open_store(location: str, options: SourceOptions, filesystem: pafs.FileSystem | None = None) -> Store:
    """Resolve `location` to a filesystem. No request is made here except S3 region lookup."""
    url = mask_url(location)
    if filesystem is not None:
        return Store(filesystem, location.rstrip("/") or "/", url, "")
    if location.startswith("s3://"):
        return _s3_store(location, options.extra, url)
    if location.startswith(_URI_SCHEMES):
        try:
            fs, path = pafs.FileSystem.from_uri(location)
        except (pa.ArrowException, OSError, ValueError) as exc:
            raise ConnectorError(f"{url}: cannot open filesystem: {describe(exc, ())}") from exc
        scheme = location.split("://", 1)[0] + "://"
        return Store(fs, path.rstrip("/") or "/", url, scheme)
    return Store(pafs.LocalFileSystem(), os.path.abspath(location), url, "")


def _s3_store(location: str, extra: dict[str, Any], url: str) -> Store:
    parsed = urlsplit(location)
    if parsed.username and not extra.get("access_key"):
        # Keys in the URL (s3://KEY:SECRET@bucket, as pyarrow's from_uri accepts) when options give none.
        extra = {**extra, "access_key": unquote(parsed.username), "secret_key": unquote(parsed.password or "")}
    bucket_path = _USERINFO.sub(r"\1", location)[len("s3://"):].rstrip("/")
    bucket = bucket_path.split("/", 1)[0]
    if not bucket:
        raise ConnectorError(f"{url}: no bucket in the location")
    endpoint = extra.get("endpoint_override")
    scheme = None
    if endpoint and "://" in endpoint:
        scheme, endpoint = endpoint.split("://", 1)
    region = extra.get("region")
    anonymous = bool(extra.get("anonymous", False))
    if region is None and endpoint is None:
        # Against AWS the bucket's own region must be used; the lookup is one anonymous HEAD request.
        try:
            region = pafs.resolve_s3_region(bucket)
        except (OSError, pa.ArrowException):
            region = None  # a missing or unreachable bucket is reported, clearly, when the root is checked
    secrets = tuple(s for s in (extra.get("secret_key"), extra.get("session_token")) if s)
    try:
        fs = pafs.S3FileSystem(
            access_key=extra.get("access_key"),
            secret_key=extra.get("secret_key"),
            session_token=extra.get("session_token"),
            anonymous=anonymous,
            region=region,
            endpoint_override=endpoint,
            scheme=scheme,
            connect_timeout=float(extra.get("connect_timeout", _DEFAULT_CONNECT_TIMEOUT_S)),
            request_timeout=float(extra.get("request_timeout", _DEFAULT_CONNECT_TIMEOUT_S)),
            retry_strategy=pafs.AwsStandardS3RetryStrategy(max_attempts=int(extra.get("max_attempts",
                                                                                      _DEFAULT_ATTEMPTS))),
        )
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise ConnectorError(f"{url}: cannot configure S3: {describe(exc, secrets)}") from exc
    return Store(fs, bucket_path, url, "s3://", secrets)


def root_info(store: Store) -> pafs.FileInfo:
    """The root's FileInfo, or a ConnectorError saying why it cannot be read (missing, unreachable, denied)."""
    try:
        if store.scheme == "s3://":
            bucket = store.root.split("/", 1)[0]
            if store.filesystem.get_file_info(bucket).type == pafs.FileType.NotFound:
                raise ConnectorError(f"{store.url}: bucket {bucket!r} does not exist (or is not visible to "
                                     "these credentials)")
        info = store.filesystem.get_file_info(store.root)
    except (OSError, pa.ArrowException) as exc:
        raise store.error(store.url, exc) from exc
    if info.type == pafs.FileType.NotFound:
        raise ConnectorError(f"{store.url}: no such file, directory or prefix")
    return info


def list_files(store: Store) -> list[ListedFile]:
    """Every file under the root, in one recursive listing (one paginated LIST on object stores)."""
    try:
        infos = store.filesystem.get_file_info(pafs.FileSelector(store.root, recursive=True))
    except (OSError, pa.ArrowException) as exc:
        raise store.error(f"{store.url}: listing failed", exc) from exc
    return [ListedFile(i.path, i.size or 0, i.mtime_ns) for i in infos if i.type == pafs.FileType.File]


def describe(exc: BaseException, secrets: tuple[str, ...]) -> str:
    """A one-line reason, with a plain-words prefix for the failures users meet most, and no secret in it."""
    text = " ".join(str(exc).split())
    for secret in secrets:
        text = text.replace(secret, "***")
    upper = text.upper()
    if "ACCESS_DENIED" in upper or "ACCESSDENIED" in upper or "HTTP STATUS 403" in upper:
        return f"access denied ({text})"
    if "NETWORK_CONNECTION" in upper or "COULDN'T CONNECT" in upper or "CURL" in upper:
        return f"cannot reach the endpoint ({text})"
    if "NO_SUCH_BUCKET" in upper or "NOSUCHBUCKET" in upper:
        return f"bucket does not exist ({text})"
    return text
