"""Push and pull between sites over real HTTP: cursors, paging, idempotent and reordered
delivery, a lost response, quarantine of clocks far ahead, gzip both ways, refused batches."""

from __future__ import annotations

import gzip
import json
import random
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from hubkit import NOW_MS, batch, change, changes, count, enrol, hub_state, serving

from clinic_app.hub import commands
from clinic_app.hub.app import make_app

YEAR_MS = 365 * 86_400_000


def ids(items: list[dict]) -> list[str]:
    return [c["change_id"] for c in items]


def test_sites_get_each_others_changes_never_their_own(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    b = enrol(hub_url, dsn, "Mathare", "site-b")
    from_a, from_b = changes("site-a", 5), changes("site-b", 3)
    assert a.push(batch("site-a", from_a))["accepted"] == ids(from_a)
    assert b.push(batch("site-b", from_b))["accepted"] == ids(from_b)

    page = a.pull(0)
    assert ids(page["changes"]) == ids(from_b) and page["more"] is False
    seqs = [c["seq"] for c in page["changes"]]
    assert seqs == sorted(seqs) and page["cursor"] == max(seqs)
    assert [{k: v for k, v in c.items() if k != "seq"} for c in page["changes"]] == from_b
    got_b = b.pull(0)
    assert ids(got_b["changes"]) == ids(from_a)
    assert got_b["cursor"] == page["cursor"]  # past A's changes and B's own

    # Nothing new: same cursor, nothing sent. Then only what came after the cursor.
    assert a.pull(page["cursor"]) == {"changes": [], "cursor": page["cursor"], "more": False}
    more_a = changes("site-a", 2)
    a.push(batch("site-a", more_a))
    later = b.pull(got_b["cursor"])
    assert ids(later["changes"]) == ids(more_a) and later["cursor"] > got_b["cursor"]
    # A's own new changes are never sent back, but its cursor moves past them.
    own = a.pull(page["cursor"])
    assert own["changes"] == [] and own["cursor"] == later["cursor"]


def test_pull_pages_by_limit_in_hub_order(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    b = enrol(hub_url, dsn, "Mathare", "site-b")
    sent = changes("site-a", 25)
    for i in range(0, 25, 7):
        a.push(batch("site-a", sent[i:i + 7]))
    pages, cursor = [], 0
    while True:
        page = b.pull(cursor, limit=10)
        pages.append(len(page["changes"]))
        cursor = page["cursor"]
        if not page["more"]:
            break
        assert page["cursor"] == page["changes"][-1]["seq"]
    got, _ = b.pull_all(0, limit=10)
    assert pages == [10, 10, 5]
    assert ids(got) == ids(sent)


def test_the_same_batch_twice_gets_the_same_answer_and_no_duplicates(
        hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    body = batch("site-a", changes("site-a", 40))
    first = a.push_raw(body)
    second = a.push_raw(body, compress=False)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content  # byte for byte
    assert count(dsn, "SELECT count(*) FROM changes") == 40
    assert count(dsn, "SELECT count(*) FROM push_batches") == 1
    # The same changes in a new batch (a client that re-split after a timeout): held once.
    again = a.push(batch("site-a", body["changes"][10:30]))
    assert again["accepted"] == ids(body["changes"][10:30])
    assert count(dsn, "SELECT count(*) FROM changes") == 40
    assert count(dsn, "SELECT changes_pushed FROM sites WHERE site_id = 'site-a'") == 40


def test_a_retry_after_the_answer_was_lost_adds_nothing(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    body = batch("site-a", changes("site-a", 30))
    data = json.dumps(body).encode()
    url = urlsplit(hub_url)
    # Send the whole request; once the hub has committed, hang up without reading the answer.
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(b"POST /v1/push HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     + f"Authorization: Bearer {a.token}\r\nContent-Length: {len(data)}\r\n\r\n"
                       .encode() + data)
        deadline = time.monotonic() + 10
        while count(dsn, "SELECT count(*) FROM push_batches WHERE batch_id = %s",
                    body["batch_id"]) == 0:
            assert time.monotonic() < deadline, "the hub never committed the batch"
            time.sleep(0.02)
    committed = count(dsn, "SELECT count(*) FROM changes")
    assert committed == 30

    retry = a.push(body)  # the client never saw an answer, so it sends the batch again
    assert retry["accepted"] == ids(body["changes"]) and retry["quarantined"] == []
    assert count(dsn, "SELECT count(*) FROM changes") == 30


def _deliveries(batches: list[dict], rng: random.Random) -> list[dict]:
    out = [b for b in batches for _ in range(rng.randint(1, 3))]
    rng.shuffle(out)
    return out


def test_batches_delivered_one_to_three_times_out_of_order_give_the_same_hub(
        new_db: Callable[..., str]) -> None:
    rng = random.Random(11)
    sites = ["site-a", "site-b", "site-c"]
    batches = []
    for site in sites:
        made = changes(site, 30, rng) + [change(site, ms=NOW_MS + 10 * YEAR_MS, rng=rng)]
        # Re-splits after timeouts: some changes travel in more than one batch.
        for lo, hi in ((0, 8), (5, 16), (16, 24), (20, 31)):
            batches.append(batch(site, made[lo:hi], rng=rng))

    def deliver(dsn: str, order: list[dict], workers: int) -> dict[str, set[str]]:
        with serving(make_app(dsn)) as url:
            clients = {s: enrol(url, dsn, s, s) for s in sites}
            with ThreadPoolExecutor(workers) as pool:
                answers = list(pool.map(lambda b: (b["batch_id"], clients[b["site_id"]].push(b)),
                                        order))
            for c in clients.values():
                c.close()
        by_batch: dict[str, set[str]] = {}
        for batch_id, answer in answers:
            text = json.dumps(answer, sort_keys=True)
            by_batch.setdefault(batch_id, set()).add(text)
        return by_batch

    clean_dsn, messy_dsn = new_db(), new_db()
    clean = deliver(clean_dsn, batches, 1)
    messy = deliver(messy_dsn, _deliveries(batches, rng), 4)
    assert all(len(v) == 1 for v in messy.values())  # every copy got the same answer
    strip = {k: {json.dumps({**json.loads(a), "cursor": 0}) for a in v}
             for k, v in clean.items()}
    assert strip == {k: {json.dumps({**json.loads(a), "cursor": 0}) for a in v}
                     for k, v in messy.items()}
    assert hub_state(clean_dsn) == hub_state(messy_dsn)
    assert count(messy_dsn, "SELECT count(*) FROM changes") == 90
    assert count(messy_dsn, "SELECT count(*) FROM quarantine") == 3


def test_changes_stamped_far_ahead_are_quarantined(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    b = enrol(hub_url, dsn, "Mathare", "site-b")
    ten_years = change("site-a", ms=NOW_MS + 10 * YEAR_MS)
    one_hour = change("site-a", ms=NOW_MS + 3_600_000)
    two_days_back = change("site-a", ms=NOW_MS - 2 * 86_400_000)
    answer = a.push(batch("site-a", [ten_years, one_hour, two_days_back]))
    assert answer["accepted"] == ids([ten_years, one_hour, two_days_back])  # all held safely
    assert answer["quarantined"] == [ten_years["change_id"]]

    got, _ = b.pull_all()
    assert ids(got) == [one_hour["change_id"], two_days_back["change_id"]]
    status = {s["site_id"]: s for s in commands.status(dsn)}
    assert status["site-a"]["quarantined"] == 1
    assert status["site-a"]["quarantined_max_ahead_ms"] > 9 * YEAR_MS
    assert status["site-b"]["quarantined"] == 0
    assert a.push(batch("site-a", [ten_years]))["quarantined"] == [ten_years["change_id"]]
    assert count(dsn, "SELECT count(*) FROM quarantine") == 1


def test_gzip_both_ways(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    b = enrol(hub_url, dsn, "Mathare", "site-b")
    body = batch("site-a", changes("site-a", 200))
    plain = json.dumps(body).encode()
    r = a.push_raw(body, compress=True)
    assert r.status_code == 200 and r.request.headers["content-encoding"] == "gzip"
    assert len(r.request.content) < len(plain) / 3

    r = b.http.get("/v1/pull", params={"cursor": 0}, headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.num_bytes_downloaded < len(r.content) / 3
    assert ids(r.json()["changes"]) == ids(body["changes"])
    r = b.http.get("/v1/pull", params={"cursor": 0}, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in r.headers and len(r.json()["changes"]) == 200

    damaged = gzip.compress(json.dumps(batch("site-a", changes("site-a", 5))).encode())
    for data, status in ((damaged[:-12], 400), (b"\x1f\x8b not gzip at all", 400)):
        r = a.http.post("/v1/push", content=data, headers={"Content-Encoding": "gzip"})
        assert r.status_code == status, r.text
    assert count(dsn, "SELECT count(*) FROM changes") == 200


def test_bad_batches_are_refused_whole(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    good = changes("site-a", 3)

    def refused(body: object, status: int, words: str) -> None:
        r = a.http.post("/v1/push", json=body)
        assert r.status_code == status, r.text
        assert words in r.json()["error"]

    refused(batch("site-b", changes("site-b", 2)), 403, "belongs to site site-a")
    refused(batch("site-a", [*good, change("site-b")]), 422, "only its own changes")
    refused(batch("site-a", [*good, {**good[0], "change_id": "x1", "op": "merge"}]), 422, "'op'")
    refused(batch("site-a", [{**good[0], "hlc": "yesterday"}]), 422, "'hlc'")
    refused(batch("site-a", [{**good[0], "extra": 1}]), 422, "unknown keys extra")
    refused(batch("site-a", [{**good[0], "fields": {"notes": {"nested": 1}}}]), 422, "notes")
    refused({**batch("site-a", good), "schema": "6"}, 422, "'schema'")
    refused([1, 2], 422, "JSON object")
    r = a.http.post("/v1/push", content=b"{not json")
    assert r.status_code == 400
    assert count(dsn, "SELECT count(*) FROM changes") == 0

    first = batch("site-a", good)
    a.push(first)
    refused({**first, "changes": changes("site-a", 2)}, 409, "used before")
    r = a.http.post("/v1/push", content=b"x" * (5 * 2**20))
    assert r.status_code == 413
    r = a.http.get("/v1/pull", params={"cursor": -1})
    assert r.status_code == 400
    r = a.http.get("/v1/pull", params={"cursor": "soon"})
    assert r.status_code == 400
    assert count(dsn, "SELECT count(*) FROM changes") == 3


def test_an_idle_pull_is_small(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    r = a.http.get("/v1/pull", params={"cursor": 0}, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and len(r.content) < 64
