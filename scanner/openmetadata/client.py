"""The OpenMetadata server through the `openmetadata-ingestion` SDK client: connect, read, write.

The SDK is imported inside functions (it takes seconds to import). Its own retry loop sleeps 30 s × n on 504
only and treats 429 as a licence "feature limit" that blocks the path for a minute, so it is switched off and
one urllib3 `Retry` on the SDK's session retries 429/5xx, connect and read failures with exponential backoff
(honouring Retry-After). PATCH is retried too: every table PATCH carries `If-Match`, so a replay after a lost
response cannot apply twice — it gets 412 and the pusher re-reads and re-diffs.
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

from scanner.openmetadata.plan import CatalogError
from scanner.openmetadata.settings import PushSettings

SUPPORTED_SERVER = "2.0"
RETRY_STATUSES = (429, 500, 502, 503, 504)


class ServerError(Exception):
    """The server cannot be used at all (unreachable, TLS, auth, version); the message says what to check."""


class StaleVersion(Exception):
    """HTTP 412: the table changed since it was read."""


class WriteError(Exception):
    """A write the server refused (after retries)."""


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if status is None:
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
    return status


def _retry(settings: PushSettings):
    from urllib3.util.retry import Retry

    return Retry(total=settings.retries, connect=settings.retries, read=settings.retries, status=settings.retries,
                 other=0, backoff_factor=settings.backoff_s, backoff_max=30, status_forcelist=RETRY_STATUSES,
                 allowed_methods=frozenset({"GET", "HEAD", "PUT", "PATCH"}), respect_retry_after_header=True,
                 raise_on_status=False)


def _ssl(settings: PushSettings) -> dict:
    """TLS is verified by default: `no-ssl` leaves `verify` unset, so requests checks against its CA bundle."""
    if settings.insecure:
        return {"verifySSL": "ignore"}
    if settings.ca_bundle:
        return {"verifySSL": "validate", "sslConfig": {"caCertificate": settings.ca_bundle}}
    return {"verifySSL": "no-ssl"}


def connect(settings: PushSettings) -> Any:
    """An `OpenMetadata` client for a reachable 2.0 server that accepts the token; ServerError otherwise."""
    from metadata.generated.schema.entity.services.connections.metadata.openMetadataConnection import (
        OpenMetadataConnection)
    from metadata.ingestion.ometa.http_adapter import KeepAliveRetryAdapter
    from metadata.ingestion.ometa.ometa_api import OpenMetadata

    url = settings.api_url()
    connection = OpenMetadataConnection.model_validate({
        "hostPort": url, "authProvider": "openmetadata",
        "securityConfig": {"jwtToken": settings.require_token()},
        # Checked below with messages that name the fix; the SDK's check would raise from the constructor.
        "enableVersionValidation": False, **_ssl(settings)})
    timeout = max(1, math.ceil(settings.timeout_s))
    om = OpenMetadata(connection, additional_client_config_arguments={
        "retry": 0, "retry_codes": [], "limit_codes": [], "timeout": (timeout, timeout)})
    # The SDK exposes no setting for its session's transport retry; mounting an adapter is the supported
    # requests way to change it, and keeps the SDK's TCP keepalive adapter class.
    adapter = KeepAliveRetryAdapter(max_retries=_retry(settings))
    om.client._session.mount("https://", adapter)  # noqa: SLF001
    om.client._session.mount("http://", adapter)  # noqa: SLF001
    check_server(om, url)
    return om


def check_server(om: Any, url: str) -> str:
    """The server's version, after checking reachability, the token and major.minor; ServerError otherwise."""
    import requests
    from metadata.__version__ import get_client_version
    from metadata.ingestion.ometa.client import RestTransportError

    try:
        response = om.client.get_raw("/system/version")
    except RestTransportError as exc:
        cause = exc.cause
        if isinstance(cause, requests.exceptions.SSLError):
            raise ServerError(f"TLS verification failed for {url}: {cause}. Give the server's CA with "
                              "`openmetadata.ca_bundle` (or, only for a test server, `insecure: true`)") from None
        raise ServerError(f"OpenMetadata server at {url} is unreachable: {cause}") from None
    if response is None:
        raise ServerError(f"OpenMetadata server at {url} did not answer")
    if response.status_code in (401, 403):
        raise ServerError(f"OpenMetadata at {url} refused the bot token (HTTP {response.status_code}): check "
                          "OPENMETADATA_JWT_TOKEN / `jwt_token` (Settings → Bots → ingestion-bot) and that the bot "
                          "is active")
    if not response.ok:
        raise ServerError(f"OpenMetadata at {url} answered HTTP {response.status_code} to /v1/system/version; "
                          "check that the URL points at the API (it ends in /api)")
    try:
        version = str(response.json()["version"])
    except (ValueError, KeyError, TypeError):
        raise ServerError(f"{url} does not look like the OpenMetadata API (no version in /v1/system/version); "
                          "check that the URL ends in /api") from None
    server = ".".join(version.split(".")[:2])
    client = ".".join(get_client_version().split(".")[:2])
    if server != client or server != SUPPORTED_SERVER:
        raise ServerError(f"OpenMetadata server {version} is not supported: vdscan speaks to {SUPPORTED_SERVER}.x "
                          f"servers with openmetadata-ingestion {client}.x; install the SDK matching the server")
    return version


def _entity_json(entity: Any) -> dict:
    return json.loads(entity.model_dump_json(by_alias=True, exclude_none=True))


class OMCatalog:
    """The Catalog protocol of the planner, over an `OpenMetadata` client (also the workflow's own, in the
    custom connector)."""

    def __init__(self, om: Any):
        self.om = om

    def classification(self, name: str) -> dict | None:
        from metadata.generated.schema.entity.classification.classification import Classification

        entity = self.om.get_by_name(entity=Classification, fqn=name)
        return _entity_json(entity) if entity is not None else None

    def tags(self, classification: str) -> dict[str, dict]:
        from metadata.generated.schema.entity.classification.tag import Tag

        # `parent` filters on an FQN prefix, so nested tags come back too; a server that listed only direct
        # children would just cost re-sending the deeper tags (PUT is idempotent).
        tags = self.om.list_all_entities(entity=Tag, params={"parent": classification})
        return {_entity_json(t)["fullyQualifiedName"]: _entity_json(t) for t in tags}

    def table(self, fqn: str) -> dict | None:
        from metadata.generated.schema.entity.data.table import Table

        try:
            entity = self.om.get_by_name(entity=Table, fqn=fqn, fields=["columns", "tags"])
        except Exception as exc:  # the SDK raises APIError, HTTPError or RestTransportError here
            raise CatalogError(f"{type(exc).__name__}: {exc}") from None
        return _entity_json(entity) if entity is not None else None

    def put(self, entity: str, body: Mapping[str, Any]) -> None:
        """PUT a classification or tag, validated by the SDK's request model first."""
        from metadata.generated.schema.api.classification.createClassification import CreateClassificationRequest
        from metadata.generated.schema.api.classification.createTag import CreateTagRequest

        model = CreateClassificationRequest if entity == "classification" else CreateTagRequest
        try:
            result = self.om.create_or_update(model.model_validate(dict(body)))
        except Exception as exc:
            raise WriteError(f"PUT {entity} {body.get('name')}: {exc}") from None
        if result is None:
            raise WriteError(f"PUT {entity} {body.get('name')}: no answer from the server")

    def patch_table(self, table_id: str, version: float, ops: list[Mapping[str, Any]]) -> None:
        """One JSON Patch with If-Match on the version it was computed against. StaleVersion on 412."""
        try:
            result = self.om.client.patch(path=f"/tables/{table_id}", data=json.dumps(list(ops)),
                                          headers={"If-Match": f'W/"{float(version)!r}"'})
        except Exception as exc:  # APIError when the error body is JSON, HTTPError otherwise, or transport errors
            if _status(exc) == 412:
                raise StaleVersion(str(exc)) from None
            status = _status(exc)
            raise WriteError(f"HTTP {status}: {exc}" if status else f"{type(exc).__name__}: {exc}") from None
        if result is None:
            raise WriteError("the server gave no answer to the PATCH")
