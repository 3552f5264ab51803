"""Helpers for the hub tests: wire changes and batches, a small HTTP client, serving an app."""

from __future__ import annotations

import gzip
import json
import random
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
import psycopg
import uvicorn

from clinic_app.domain.ids import uuid7
from clinic_app.hub import store

NOW_MS = int(time.time() * 1000)
_rng = random.Random(7)


def hlc(ms: int, counter: int, site: str) -> str:
    return f"{ms:013d}-{counter:06d}-{site}"


def change(site: str, *, ms: int | None = None, counter: int = 0, table: str = "patients",
           row_id: str | None = None, fields: dict[str, Any] | None = None,
           base: dict[str, Any] | None = None, op: str = "upsert",
           rng: random.Random | None = None) -> dict[str, Any]:
    ms = NOW_MS if ms is None else ms
    r = rng or _rng
    return {"change_id": uuid7(min(ms, NOW_MS), r), "site_id": site, "table": table,
            "row_id": row_id or uuid7(NOW_MS - 86_400_000, r), "op": op,
            "hlc": hlc(ms, counter, site),
            "fields": {"village": "Kibera", "phones": '["+254712000000"]'} if fields is None
            else fields,
            "base": {} if base is None else base}


def changes(site: str, n: int, rng: random.Random | None = None) -> list[dict[str, Any]]:
    return [change(site, counter=i, fields={"village": f"v{i}", "visits": i, "weight": 61.5},
                   rng=rng) for i in range(n)]


def batch(site: str, items: Sequence[dict[str, Any]], batch_id: str | None = None,
          rng: random.Random | None = None) -> dict[str, Any]:
    return {"batch_id": batch_id or uuid7(NOW_MS, rng or _rng), "site_id": site, "schema": 6,
            "changes": list(items)}


class Client:
    """One enrolled site speaking HTTP to the hub."""

    def __init__(self, url: str, site_id: str, token: str) -> None:
        self.site_id, self.token = site_id, token
        self.http = httpx.Client(base_url=url, timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})

    def push_raw(self, body: dict[str, Any], *, compress: bool = True) -> httpx.Response:
        data = json.dumps(body, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"}
        if compress:
            data = gzip.compress(data)
            headers["Content-Encoding"] = "gzip"
        return self.http.post("/v1/push", content=data, headers=headers)

    def push(self, body: dict[str, Any], **kw: Any) -> dict[str, Any]:
        r = self.push_raw(body, **kw)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull(self, cursor: int, limit: int = 500) -> dict[str, Any]:
        r = self.http.get("/v1/pull", params={"cursor": cursor, "limit": limit})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
        got: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor, limit)
            got += page["changes"]
            assert page["cursor"] >= cursor
            cursor = page["cursor"]
            if not page["more"]:
                return got, cursor

    def close(self) -> None:
        self.http.close()


def enrol(url: str, dsn: str, name: str, site_id: str | None = None) -> Client:
    with psycopg.connect(dsn, autocommit=True) as conn:
        code = store.new_enrolment_code(conn, name)
    body = {"code": code} | ({"site_id": site_id} if site_id else {})
    r = httpx.post(f"{url}/v1/enroll", json=body)
    assert r.status_code == 200, r.text
    answer = r.json()
    return Client(url, answer["site_id"], answer["token"])


def hub_state(dsn: str) -> dict[str, Any]:
    """What the hub holds, without its own numbering: changes, quarantine, sites' counts."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        logged = conn.execute(
            "SELECT change_id, site_id, table_name, row_id, op, hlc, fields, base "
            "FROM changes ORDER BY change_id").fetchall()
        held = conn.execute("SELECT change_id, site_id, hlc, change FROM quarantine "
                            "ORDER BY change_id").fetchall()
        pushed = conn.execute("SELECT site_id, changes_pushed FROM sites ORDER BY site_id"
                              ).fetchall()
    return {"changes": logged, "quarantine": held, "pushed": pushed}


def count(dsn: str, sql: str, *params: Any) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Run an ASGI app on uvicorn in a thread on a free loopback port; yields its URL."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on",
                                           timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the hub did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
