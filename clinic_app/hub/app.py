"""The hub's HTTP API: a Starlette app over ``store`` (see ``openapi_document`` for the routes).

Store calls block (psycopg), so each request runs its database work in the thread pool. Errors
answer ``{"error": "..."}``: 400/413/422 for a bad request, 401 (logged in ``refusals``) for a
missing, wrong or revoked credential, 409 for a reused batch id, 503 with Retry-After while the
database cannot be reached (the client retries the same batch later).
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import psycopg
from psycopg_pool import PoolTimeout
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from clinic_app import __version__
from clinic_app.domain.clock import Clock, iso_utc
from clinic_app.hub import SCHEMA_VERSION, store
from clinic_app.hub.store import Hub, HubError, Refused

logger = logging.getLogger(__name__)

MAX_BODY = 4 * 2**20  # bytes on the wire; a batch is meant to be about 64 KB compressed
MAX_DECODED = 32 * 2**20  # bytes after gunzip
T = TypeVar("T")


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def _hub_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HubError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    if exc.status == 503:
        headers = {"Retry-After": "30"}
    return _error(str(exc), exc.status, headers)


async def _db_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, psycopg.errors.UndefinedTable | psycopg.errors.UndefinedFunction):
        message = "The hub database has no tables yet: run 'clinic-app hub init'."
    elif isinstance(exc, PoolTimeout | psycopg.OperationalError | psycopg.InterfaceError):
        message = "The hub database cannot be reached just now: try again later."
    else:
        logger.error("database error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error("The hub failed to handle this request; nothing was stored.", 500)
    logger.warning("%s %s: %s", request.method, request.url.path, exc)
    return _error(message, 503, {"Retry-After": "30"})


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


async def _read_body(request: Request) -> bytes:
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise HubError(f"The body is larger than {MAX_BODY // 2**20} MiB: send smaller "
                               "batches.", 413)
            parts.append(chunk)
    except ClientDisconnect:  # nothing was stored; the client sends the batch again
        raise HubError("The client went away before sending the whole body.", 400) from None
    return b"".join(parts)


def pack(body: bytes) -> bytes:
    """gzip at its best for pulled pages (a clinic's link may be metered): level 9 with the
    Z_FILTERED strategy, which suits text full of ids, stamps and hex hashes (~10 % fewer
    bytes than the middleware's level 6). Plain gzip to any reader."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS, 9, zlib.Z_FILTERED)
    return packer.compress(body) + packer.flush()


def decode_json(raw: bytes, encoding: str | None) -> Any:
    """The JSON of a request body, gunzipped first when Content-Encoding says gzip."""
    encoding = (encoding or "identity").strip().lower()
    if encoding == "gzip":
        d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            data = d.decompress(raw, MAX_DECODED + 1)
        except zlib.error:
            raise HubError("The gzip body is damaged.", 400) from None
        if len(data) > MAX_DECODED or d.unconsumed_tail:
            raise HubError(f"The body is larger than {MAX_DECODED // 2**20} MiB unpacked: send "
                           "smaller batches.", 413)
        if not d.eof:
            raise HubError("The gzip body is cut short.", 400)
        raw = data
    elif encoding != "identity":
        raise HubError(f"Content-Encoding {encoding} is not supported: use gzip.", 415)
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HubError(f"The body is not JSON ({exc}).", 400) from None


class _Api:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        def run() -> T:
            with self.hub.connection() as conn:
                return fn(conn, *args)

        return await run_in_threadpool(run)

    async def _refuse(self, request: Request, exc: Refused, token: str | None) -> None:
        remote = request.client.host if request.client else None
        await self._db(lambda conn: store.log_refusal(
            conn, reason=exc.reason, remote=remote, method=request.method,
            path=request.url.path, site_id=exc.site_id, token=token))

    async def site(self, request: Request) -> str:
        token = _bearer(request)
        try:
            return await self._db(store.check_token, token)
        except Refused as exc:
            await self._refuse(request, exc, token)
            raise

    async def health(self, request: Request) -> Response:
        try:
            version = await self._db(store.schema_version)
        except HubError as exc:
            return JSONResponse({"status": "unavailable", "error": str(exc)}, status_code=503)
        except (PoolTimeout, psycopg.Error) as exc:
            logger.warning("health: %s", exc)
            return JSONResponse({"status": "unavailable",
                                 "error": "The hub database cannot be reached."},
                                status_code=503, headers={"Retry-After": "30"})
        now = self.hub.clock.now()
        return JSONResponse({"status": "ok", "schema": version, "version": __version__,
                             "time": iso_utc(now), "time_ms": int(now.timestamp() * 1000)})

    async def enroll(self, request: Request) -> Response:
        body = decode_json(await _read_body(request), request.headers.get("content-encoding"))
        if not isinstance(body, dict) or not isinstance(body.get("code"), str):
            raise HubError('The body must be {"code": "XXXX-XXXX-XXXX-XXXX"} (and optionally '
                           '"site_id").', 422)
        site_id, prefix = body.get("site_id"), body.get("prefix")
        if site_id is not None and not isinstance(site_id, str):
            raise HubError("'site_id' must be text.", 422)
        if prefix is not None and not isinstance(prefix, str):
            raise HubError("'prefix' must be text.", 422)
        fixed = bool(body.get("fixed_prefix", False))
        try:
            answer = await self._db(lambda conn: store.redeem_code(
                conn, body["code"], site_id, prefix=prefix, fixed_prefix=fixed))
        except Refused as exc:
            await self._refuse(request, exc, None)
            raise
        return JSONResponse(answer)

    async def push(self, request: Request) -> Response:
        site = await self.site(request)
        raw = await _read_body(request)
        encoding = request.headers.get("content-encoding")

        def work(conn: psycopg.Connection[Any]) -> store.PushResult:
            batch = store.parse_batch(decode_json(raw, encoding))
            return store.push(conn, site, batch, now_ms=self.hub.now_ms())

        result = await self._db(work)
        return Response(result.answer_json, media_type="application/json")

    async def pull(self, request: Request) -> Response:
        site = await self.site(request)
        try:
            cursor = int(request.query_params.get("cursor", "0"))
            limit = int(request.query_params.get("limit", str(store.DEFAULT_PULL_LIMIT)))
            budget = int(request.query_params.get("bytes", str(store.PULL_BYTE_BUDGET)))
        except ValueError:
            raise HubError("cursor, limit and bytes must be whole numbers.", 400) from None
        budget = min(max(budget, store.MIN_PULL_BYTES), store.MAX_PULL_BYTES)
        page = await self._db(lambda conn: store.pull(conn, site, cursor, limit,
                                                      max_bytes=budget))
        body = store.compact_json(page).encode()
        if len(body) >= 512 and "gzip" in request.headers.get("accept-encoding", "").lower():
            return Response(await run_in_threadpool(pack, body), media_type="application/json",
                            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(body, media_type="application/json")

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_document())


def make_app(dsn: str, *, clock: Clock | None = None, pool_size: int = 8,
             pool_timeout: float = 5.0) -> Starlette:
    """The hub's ASGI app over the PostgreSQL database at ``dsn`` (opened at start-up).
    ``pool_timeout``: how long a request waits for a database connection before a 503."""
    hub = Hub(dsn, clock=clock, max_size=pool_size, timeout=pool_timeout)
    api = _Api(hub)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        hub.open()  # does not wait: the hub starts, and answers 503, while the database is down
        try:
            yield
        finally:
            await run_in_threadpool(hub.close)

    app = Starlette(
        routes=[
            Route("/v1/health", api.health, methods=["GET"]),
            Route("/v1/enroll", api.enroll, methods=["POST"]),
            Route("/v1/push", api.push, methods=["POST"]),
            Route("/v1/pull", api.pull, methods=["GET"]),
            Route("/openapi.json", api.openapi, methods=["GET"]),
        ],
        middleware=[Middleware(GZipMiddleware, minimum_size=512, compresslevel=6)],
        exception_handlers={HubError: _hub_error, psycopg.Error: _db_error,
                            PoolTimeout: _db_error},
        lifespan=lifespan,
    )
    app.state.hub = hub
    return app


# --- OpenAPI -------------------------------------------------------------------------------

def _obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    return out | extra


def _json_body(ref: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def _answers(ok: str, ok_ref: str, *codes: int) -> dict[str, Any]:
    out: dict[str, Any] = {"200": {"description": ok, **_json_body(ok_ref)}}
    texts = {400: "bad request", 401: "missing, wrong or revoked credential (logged)",
             403: "the batch belongs to another site",
             409: "batch id reused for other changes, or (enrol) the clinic-number prefix is "
                  "taken",
             413: "body too large: halve the batch", 415: "unsupported Content-Encoding",
             422: "not the wire format (docs/sync-wire.md)",
             503: "database unavailable: retry later"}
    for code in codes:
        out[str(code)] = {"description": texts[code], **_json_body("Error")}
    return out


def openapi_document() -> dict[str, Any]:
    """The API description served at ``/openapi.json`` (written by hand, OpenAPI 3.1)."""
    text, stamp = {"type": "string"}, {"type": "string", "pattern": r"^\d{13}-\d{6}-.+$"}
    scalar = {"type": ["string", "integer", "number", "null"]}
    change_props = {
        "change_id": {"type": "string", "description": "UUIDv7 made where the edit was made"},
        "site_id": text, "table": text, "row_id": text,
        "op": {"type": "string", "enum": ["upsert", "delete"]},
        "hlc": stamp | {"description": "hybrid logical clock stamp, fixed-width sortable text"},
        "fields": _obj({}, additionalProperties=scalar),
        "base": _obj({}, additionalProperties={"type": ["string", "null"]}),
    }
    ref = {"$ref": "#/components/schemas/Change"}
    schemas = {
        "Change": _obj(change_props, list(change_props), additionalProperties=False),
        "PulledChange": _obj(change_props | {"seq": {"type": "integer"}},
                             [*change_props, "seq"]),
        "Batch": _obj({"batch_id": {"type": "string", "description": "idempotency key"},
                       "site_id": text, "schema": {"type": "integer"},
                       "changes": {"type": "array", "items": ref,
                                   "maxItems": store.MAX_BATCH_CHANGES},
                       "answer": {"enum": ["ids", "digest"], "default": "ids",
                                  "description": "digest: answer with accepted_count and "
                                                 "accepted_sha256 instead of the id list"}},
                      ["batch_id", "site_id", "schema", "changes"], additionalProperties=False),
        "PushAnswer": _obj({
            "accepted": {"type": "array", "items": text,
                         "description": "every change of the batch the hub now holds (in its log "
                                        "or in quarantine): mark these acknowledged"},
            "accepted_count": {"type": "integer", "description": "(answer=digest) how many"},
            "accepted_sha256": {"type": "string",
                                "description": "(answer=digest) sha256 of the accepted ids, "
                                               "sorted, joined by newlines: equal to the "
                                               "batch's own means every change is held"},
            "quarantined": {"type": "array", "items": text,
                            "description": "held back: stamped more than 24 h ahead of the hub"},
            "conflicts": {"type": "integer", "description": "always 0: clients merge"},
            "cursor": {"type": "integer", "description": "hub sequence number of the batch's "
                                                         "last logged change (not a pull cursor)"},
        }, ["quarantined", "conflicts", "cursor"]),
        "PullAnswer": _obj({"changes": {"type": "array",
                                        "items": {"$ref": "#/components/schemas/PulledChange"}},
                            "cursor": {"type": "integer"}, "more": {"type": "boolean"}},
                           ["changes", "cursor", "more"]),
        "EnrollRequest": _obj({"code": text, "site_id": text, "prefix": text,
                               "fixed_prefix": {"type": "boolean"}}, ["code"]),
        "EnrollAnswer": _obj({"site_id": text, "site_name": text, "token": text,
                              "prefix": text},
                             ["site_id", "site_name", "token"]),
        "Health": _obj({"status": text, "schema": {"type": "integer"}, "version": text,
                        "time": text, "time_ms": {"type": "integer"}}, ["status"]),
        "Error": _obj({"error": text}, ["error"]),
    }
    bearer = [{"siteToken": []}]
    paths = {
        "/v1/health": {"get": {
            "summary": "Is the hub and its database up? Also the hub's clock.",
            "responses": _answers("up", "Health", 503)}},
        "/v1/enroll": {"post": {
            "summary": "Trade a one-time enrolment code for a site id and bearer token.",
            "requestBody": {"required": True, **_json_body("EnrollRequest")},
            "responses": _answers("enrolled", "EnrollAnswer", 401, 409, 422, 503)}},
        "/v1/push": {"post": {
            "summary": "Send one batch of this site's changes (gzip body welcome). Idempotent: "
                       "the same batch_id always gets the same answer.",
            "security": bearer,
            "parameters": [{"name": "Content-Encoding", "in": "header", "required": False,
                            "schema": {"type": "string", "enum": ["gzip", "identity"]}}],
            "requestBody": {"required": True, **_json_body("Batch")},
            "responses": _answers("held", "PushAnswer", 400, 401, 403, 409, 413, 415, 422,
                                  503)}},
        "/v1/pull": {"get": {
            "summary": "Changes made by other sites after the cursor, in hub order (gzip when "
                       "accepted). Store the answer's cursor with the applied page.",
            "security": bearer,
            "parameters": [
                {"name": "cursor", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                {"name": "limit", "in": "query",
                 "schema": {"type": "integer", "minimum": 1, "maximum": store.MAX_PULL_LIMIT,
                            "default": store.DEFAULT_PULL_LIMIT}},
                {"name": "bytes", "in": "query", "required": False,
                 "description": "stop the page after about this many bytes of JSON",
                 "schema": {"type": "integer", "minimum": store.MIN_PULL_BYTES,
                            "maximum": store.MAX_PULL_BYTES,
                            "default": store.PULL_BYTE_BUDGET}}],
            "responses": _answers("a page", "PullAnswer", 400, 401, 503)}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Clinic Companion sync hub", "version": __version__,
                 "description": f"Hub schema {SCHEMA_VERSION}. Wire format: "
                                "docs/sync-wire.md."},
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": {
            "siteToken": {"type": "http", "scheme": "bearer",
                          "description": "the per-site token from /v1/enroll"}}},
    }
