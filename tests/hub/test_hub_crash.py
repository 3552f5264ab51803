"""The hub database stopped hard (``pg_ctl stop -m immediate``) in the middle of a batch: the
next push succeeds, and nothing is lost or stored twice."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import psycopg
import pytest
from hubkit import batch, changes, count, enrol, serving
from pgtemp import TempPostgres

from clinic_app.hub import store
from clinic_app.hub.app import make_app


def push_until_held(client: Any, body: dict[str, Any], failures: list[str],
                    deadline_s: float = 30) -> dict[str, Any]:
    """What a clinic does: send the same batch again until the hub answers."""
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            r = client.push_raw(body)
            if r.status_code == 200:
                return dict(r.json())
            assert r.status_code == 503, r.text
            failures.append(f"{r.status_code} Retry-After {r.headers.get('retry-after')}")
        except httpx.TransportError as exc:
            failures.append(type(exc).__name__)
        assert time.monotonic() < deadline, failures[-5:]
        time.sleep(0.1)


def test_a_hard_stop_with_a_batch_half_written(pg: TempPostgres, dsn: str) -> None:
    with serving(make_app(dsn, pool_timeout=1.0)) as url:
        a = enrol(url, dsn, "Kibera", "site-a")
        b = enrol(url, dsn, "Mathare", "site-b")
        before = batch("site-a", changes("site-a", 20))
        a.push(before)
        body = batch("site-a", changes("site-a", 50))

        conn = psycopg.connect(dsn, autocommit=True)
        with pytest.raises(psycopg.OperationalError), conn.transaction():
            store.push(conn, "site-a", store.parse_batch(body), now_ms=int(time.time() * 1000))
            assert conn.execute("SELECT count(*) FROM changes").fetchone() == (70,)
            pg.stop("immediate")  # the batch is written, its commit never happens
        conn.close()

        failures: list[str] = []
        r = a.push_raw(body)
        assert r.status_code == 503 and r.headers["retry-after"]
        assert "try again later" in r.json()["error"]
        pg.start()
        answer = push_until_held(a, body, failures)
        assert answer["accepted"] == [c["change_id"] for c in body["changes"]]
        assert count(dsn, "SELECT count(*) FROM changes") == 70
        assert count(dsn, "SELECT count(DISTINCT change_id) FROM changes") == 70
        got, _ = b.pull_all()
        assert [c["change_id"] for c in got] == [
            c["change_id"] for c in before["changes"] + body["changes"]]
        a.close()
        b.close()


def test_a_hard_stop_while_sites_push(pg: TempPostgres, dsn: str) -> None:
    """Two clinics push 25 batches each; the database is killed and restarted meanwhile."""
    with serving(make_app(dsn, pool_timeout=1.0)) as url:
        clients = [enrol(url, dsn, s, s) for s in ("site-a", "site-b")]
        plans = {c.site_id: [batch(c.site_id, changes(c.site_id, 40)) for _ in range(25)]
                 for c in clients}
        answers: dict[str, dict[str, Any]] = {}
        failures: list[str] = []
        acked = threading.Semaphore(0)

        def clinic(client: Any) -> None:
            for body in plans[client.site_id]:
                answers[body["batch_id"]] = push_until_held(client, body, failures)
                acked.release()

        threads = [threading.Thread(target=clinic, args=(c,)) for c in clients]
        for t in threads:
            t.start()
        for _ in range(8):
            assert acked.acquire(timeout=30)
        pg.stop("immediate")
        stopped = time.monotonic()  # down until a push meets it (a loaded machine is slow)
        while not failures and time.monotonic() - stopped < 20:
            time.sleep(0.05)
        time.sleep(0.3)
        pg.start()
        for t in threads:
            t.join(60)
        assert failures, "the stop never hit a push"
        sent = [c["change_id"] for bodies in plans.values() for b in bodies for c in b["changes"]]
        for bodies in plans.values():
            for body in bodies:
                assert answers[body["batch_id"]]["accepted"] == [
                    c["change_id"] for c in body["changes"]]
        assert count(dsn, "SELECT count(*) FROM changes") == len(sent) == 2000
        assert count(dsn, "SELECT count(DISTINCT change_id) FROM changes") == 2000
        reader = enrol(url, dsn, "Reader", "reader")
        got, _ = reader.pull_all()
        assert sorted(c["change_id"] for c in got) == sorted(sent)
        for c in [*clients, reader]:
            c.close()
