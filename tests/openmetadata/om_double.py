"""A loopback double of the OpenMetadata 2.0 REST endpoints the SDK calls for tags and column labels.

Faithful where it matters to vdscan: every body is validated with the SDK's own pydantic models (Create* requests
are extra='forbid'), every JSON Patch is applied with jsonpatch and the result validated with `Table`, labels must
name existing tags, mutually exclusive parents admit one child per entity, If-Match is enforced (412 on a stale
version) and versions move by 0.1 as the server's do, the Bearer token is required. Failures (429, 5xx, 412) can
be injected for the next N matching requests. Every request is logged.
"""
from __future__ import annotations

import copy
import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

import jsonpatch
from metadata.generated.schema.api.classification.createClassification import CreateClassificationRequest
from metadata.generated.schema.api.classification.createTag import CreateTagRequest
from metadata.generated.schema.entity.classification.classification import Classification
from metadata.generated.schema.entity.classification.tag import Tag
from metadata.generated.schema.entity.data.table import Table

API = "/api/v1"


@dataclass
class Logged:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    status: int = 0


@dataclass
class Injection:
    status: int
    remaining: int
    method: str | None = None
    path_prefix: str | None = None


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class OMState:
    version: str = "2.0.7"
    token: str = "test-bot-token"
    classifications: dict[str, dict] = field(default_factory=dict)  # by name
    tags: dict[str, dict] = field(default_factory=dict)  # by FQN
    tables: dict[str, dict] = field(default_factory=dict)  # by id
    log: list[Logged] = field(default_factory=list)
    injections: list[Injection] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)


def _next_version(version: float) -> float:
    # The server's EntityUtil.nextVersion: one decimal, no float drift.
    return round(version + 0.1, 1)


def _quote(name: str) -> str:
    return f'"{name}"' if "." in name else name


class OMDouble:
    def __init__(self, version: str = "2.0.7", token: str = "test-bot-token"):
        self.state = OMState(version=version, token=token)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ---- lifecycle ------------------------------------------------------------------------------------------
    def start(self) -> "OMDouble":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api"

    # ---- seeding and inspection -----------------------------------------------------------------------------
    def add_table(self, service: str, database: str, schema: str, name: str,
                  columns: list[tuple[str, str]]) -> dict:
        fqn = ".".join(_quote(p) for p in (service, database, schema, name))
        entity = {
            "id": str(uuid.uuid4()), "name": name, "fullyQualifiedName": fqn, "version": 0.1, "tags": [],
            "databaseSchema": {"id": str(uuid.uuid4()), "type": "databaseSchema",
                               "fullyQualifiedName": ".".join(_quote(p) for p in (service, database, schema))},
            "columns": [{"name": c, "dataType": t, "fullyQualifiedName": f"{fqn}.{_quote(c)}", "tags": []}
                        for c, t in columns],
        }
        Table.model_validate(entity)
        with self.state.lock:
            self.state.tables[entity["id"]] = entity
        return entity

    def table(self, fqn: str) -> dict:
        with self.state.lock:
            return copy.deepcopy(next(t for t in self.state.tables.values() if t["fullyQualifiedName"] == fqn))

    def column_labels(self, fqn: str, column: str) -> list[dict]:
        return next(c for c in self.table(fqn)["columns"] if c["name"] == column)["tags"]

    def edit_table(self, fqn: str, edit: Callable[[dict], None]) -> None:
        """A change made by someone else (a steward in the UI): applied, validated and versioned like a PATCH."""
        with self.state.lock:
            entity = next(t for t in self.state.tables.values() if t["fullyQualifiedName"] == fqn)
            edit(entity)
            self._check_labels(entity)
            Table.model_validate(entity)
            entity["version"] = _next_version(entity["version"])

    def inject(self, status: int, times: int = 1, method: str | None = None, path_prefix: str | None = None) -> None:
        with self.state.lock:
            self.state.injections.append(Injection(status, times, method, path_prefix))

    def requests(self, method: str | None = None, path_prefix: str = "") -> list[Logged]:
        with self.state.lock:
            return [r for r in self.state.log
                    if (method is None or r.method == method) and r.path.startswith(API + path_prefix)]

    def clear_log(self) -> None:
        with self.state.lock:
            self.state.log.clear()

    # ---- behaviour -------------------------------------------------------------------------------------------
    def _check_labels(self, entity: dict) -> None:
        holders = [entity] + entity.get("columns", [])
        for holder in holders:
            labels = holder.get("tags") or []
            exclusive_parents: dict[str, str] = {}
            for label in labels:
                tag = self.state.tags.get(label.get("tagFQN"))
                if tag is None:
                    raise ApiError(404, f"tag instance for {label.get('tagFQN')} not found")
                parent = tag.get("parent", {}).get("fullyQualifiedName")
                if parent and self.state.tags.get(parent, {}).get("mutuallyExclusive"):
                    if parent in exclusive_parents and exclusive_parents[parent] != label["tagFQN"]:
                        raise ApiError(400, f"Tag labels {exclusive_parents[parent]} and {label['tagFQN']} are "
                                            "mutually exclusive and can't be assigned together")
                    exclusive_parents[parent] = label["tagFQN"]
                # The server fills a label's name and description from the tag on write.
                label["name"] = tag["name"]
                label["description"] = tag["description"]

    def _put_classification(self, raw: bytes) -> dict:
        request = CreateClassificationRequest.model_validate_json(raw)
        name = request.name.root
        current = self.state.classifications.get(name)
        entity = {
            "id": current["id"] if current else str(uuid.uuid4()), "name": name, "fullyQualifiedName": _quote(name),
            "displayName": request.displayName, "description": request.description.root,
            "mutuallyExclusive": bool(request.mutuallyExclusive), "provider": "user",
            "version": _next_version(current["version"]) if current else 0.1, "deleted": False,
        }
        Classification.model_validate(entity)
        self.state.classifications[name] = entity
        return entity

    def _put_tag(self, raw: bytes) -> dict:
        request = CreateTagRequest.model_validate_json(raw)
        classification = self.state.classifications.get(request.classification.root if request.classification
                                                        else "")
        if classification is None:
            raise ApiError(404, f"classification instance for {request.classification} not found")
        parent = None
        if request.parent:
            parent = self.state.tags.get(request.parent.root)
            if parent is None:
                raise ApiError(404, f"tag instance for {request.parent.root} not found")
        prefix = parent["fullyQualifiedName"] if parent else classification["fullyQualifiedName"]
        fqn = f"{prefix}.{_quote(request.name.root)}"
        current = self.state.tags.get(fqn)
        entity = {
            "id": current["id"] if current else str(uuid.uuid4()), "name": request.name.root,
            "fullyQualifiedName": fqn, "displayName": request.displayName, "description": request.description.root,
            "mutuallyExclusive": bool(request.mutuallyExclusive), "provider": "user", "deleted": False,
            "classification": {"id": classification["id"], "type": "classification",
                               "name": classification["name"],
                               "fullyQualifiedName": classification["fullyQualifiedName"]},
            "version": _next_version(current["version"]) if current else 0.1,
        }
        if parent:
            entity["parent"] = {"id": parent["id"], "type": "tag", "name": parent["name"],
                                "fullyQualifiedName": parent["fullyQualifiedName"]}
        Tag.model_validate(entity)
        self.state.tags[fqn] = entity
        return entity

    @staticmethod
    def _project(entity: dict, fields: set[str]) -> dict:
        out = copy.deepcopy(entity)
        if "columns" not in fields:
            out.pop("columns", None)
        if "tags" not in fields:
            out.pop("tags", None)
            for column in out.get("columns", []):
                column.pop("tags", None)
        return out

    def _patch_table(self, table_id: str, headers: dict[str, str], raw: bytes) -> dict:
        if headers.get("content-type", "").split(";")[0] != "application/json-patch+json":
            raise ApiError(415, "PATCH needs Content-Type application/json-patch+json")
        entity = self.state.tables.get(table_id)
        if entity is None:
            raise ApiError(404, f"table instance for {table_id} not found")
        if_match = headers.get("if-match")
        if if_match is not None and if_match != f'W/"{entity["version"]!r}"':
            raise ApiError(412, f"Entity changed: If-Match {if_match} does not match version {entity['version']}")
        ops = json.loads(raw)
        try:
            patched = jsonpatch.apply_patch(entity, ops)
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            raise ApiError(400, f"invalid JSON patch: {exc}") from None
        self._check_labels(patched)
        Table.model_validate(patched)
        if patched != entity:
            patched["version"] = _next_version(entity["version"])
        self.state.tables[table_id] = patched
        return patched

    def _list_tags(self, query: dict[str, list[str]]) -> dict:
        parent = query.get("parent", [""])[0]
        limit = int(query.get("limit", ["10"])[0])
        after = int(query.get("after", ["0"])[0])
        matching = [t for fqn, t in sorted(self.state.tags.items()) if not parent or fqn.startswith(parent + ".")]
        page = matching[after: after + limit]
        paging = {"total": len(matching)}
        if after + limit < len(matching):
            paging["after"] = str(after + limit)
        return {"data": page, "paging": paging}

    def _route(self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str],
               raw: bytes) -> tuple[int, Any]:
        if headers.get("authorization") != f"Bearer {self.state.token}":
            raise ApiError(401, "Not authorized; the token is missing, invalid or expired")
        fields = set(",".join(query.get("fields", [])).split(","))
        if method == "GET" and path == "/system/version":
            return 200, {"version": self.state.version, "revision": "double", "timestamp": 0}
        if method == "PUT" and path == "/classifications":
            return 200, self._put_classification(raw)
        if method == "GET" and path.startswith("/classifications/name/"):
            entity = self.state.classifications.get(unquote(path.split("/name/", 1)[1]).strip('"'))
            if entity is None:
                raise ApiError(404, "classification instance not found")
            return 200, entity
        if method == "PUT" and path == "/tags":
            return 200, self._put_tag(raw)
        if method == "GET" and path == "/tags":
            return 200, self._list_tags(query)
        if method == "GET" and path.startswith("/tags/name/"):
            entity = self.state.tags.get(unquote(path.split("/name/", 1)[1]))
            if entity is None:
                raise ApiError(404, "tag instance not found")
            return 200, entity
        if method == "GET" and path.startswith("/tables/name/"):
            fqn = unquote(path.split("/name/", 1)[1])
            entity = next((t for t in self.state.tables.values() if t["fullyQualifiedName"] == fqn), None)
            if entity is None:
                raise ApiError(404, f"table instance for {fqn} not found")
            return 200, self._project(entity, fields)
        if path.startswith("/tables/") and path.count("/") == 2:
            table_id = path.split("/")[2]
            if method == "GET":
                if table_id not in self.state.tables:
                    raise ApiError(404, f"table instance for {table_id} not found")
                return 200, self._project(self.state.tables[table_id], fields)
            if method == "PATCH":
                return 200, self._patch_table(table_id, headers, raw)
        raise ApiError(404, f"no route for {method} {path}")

    def _injected(self, method: str, path: str) -> int | None:
        for injection in self.state.injections:
            if injection.remaining > 0 and (injection.method in (None, method)) and (
                    injection.path_prefix is None or path.startswith(injection.path_prefix)):
                injection.remaining -= 1
                return injection.status
        return None

    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
        with self.state.lock:
            entry = Logged(method, parts.path, query, headers, body)
            self.state.log.append(entry)
            if not parts.path.startswith(API):
                entry.status = 404
                return 404, {"code": 404, "message": "not the API"}
            path = parts.path[len(API):]
            injected = self._injected(method, path)
            if injected:
                entry.status = injected
                return injected, {"code": injected, "message": f"injected {injected}"}
            try:
                status, payload = self._route(method, path, query, headers, raw)
            except ApiError as exc:
                status, payload = exc.status, {"code": exc.status, "message": exc.message}
            except ValueError as exc:  # pydantic ValidationError is a ValueError
                status, payload = 400, {"code": 400, "message": f"invalid request: {exc}"}
            entry.status = status
            return status, payload

    def _handler_class(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else delayed ACKs cost ~40 ms per keep-alive request

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, payload = double.handle(self.command, self.path, headers, raw)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_PATCH = do_POST = do_DELETE = _serve

            def log_message(self, *args: Any) -> None:  # keep pytest output clean
                return

        return Handler
