"""The cursor rule: a sequence number is taken before commit, so a pull must never hand out a
cursor past a push that is still open. Driven with psycopg connections straight on store.py,
so the interleaving is exact rather than hoped for."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import psycopg
import pytest
from hubkit import batch, changes

from clinic_app.hub import store

NOW = int(time.time() * 1000)


def connect(dsn: str) -> psycopg.Connection[Any]:
    return psycopg.connect(dsn, autocommit=True)


def enrol_sites(dsn: str, *sites: str) -> None:
    with connect(dsn) as conn:
        for site in sites:
            store.redeem_code(conn, store.new_enrolment_code(conn, site), site)


def push(conn: psycopg.Connection[Any], site: str, n: int) -> list[str]:
    body = store.parse_batch(batch(site, changes(site, n)))
    store.push(conn, site, body, now_ms=NOW)
    return [c["change_id"] for c in body.changes]


def test_a_pull_never_skips_a_push_that_commits_late(dsn: str) -> None:
    enrol_sites(dsn, "site-a", "site-b", "site-c")
    with connect(dsn) as slow, connect(dsn) as fast, connect(dsn) as reader:
        with slow.transaction():  # A's push takes its numbers first and stays open ...
            from_a = push(slow, "site-a", 3)
            from_b = push(fast, "site-b", 2)  # ... while B's, numbered after it, commits.

            naive = reader.execute("SELECT change_id, seq FROM changes WHERE seq > 0 "
                                   "ORDER BY seq").fetchall()
            assert [r[0] for r in naive] == from_b  # "seq > cursor" would hand out B's ...
            assert min(r[1] for r in naive) > 3     # ... and a cursor past A's numbers.

            page = store.pull(reader, "site-c", 0)
            assert page == {"changes": [], "cursor": 0, "more": False}  # B waits for A
        page = store.pull(reader, "site-c", 0)
        assert [c["change_id"] for c in page["changes"]] == from_a + from_b
        assert page["cursor"] == page["changes"][-1]["seq"]
        assert store.pull(reader, "site-c", page["cursor"])["changes"] == []


def test_a_pull_waits_for_an_open_push_even_when_it_started_last(dsn: str) -> None:
    """Reversed: B commits first, A (numbered later) is open. B is served; the cursor stops
    below A's numbers, and A arrives on the next pull."""
    enrol_sites(dsn, "site-a", "site-b", "site-c")
    with connect(dsn) as early, connect(dsn) as late, connect(dsn) as reader:
        from_b = push(early, "site-b", 2)
        with late.transaction():
            from_a = push(late, "site-a", 2)
            page = store.pull(reader, "site-c", 0)
            assert [c["change_id"] for c in page["changes"]] == from_b
            first_cursor = page["cursor"]
        page = store.pull(reader, "site-c", first_cursor)
        assert [c["change_id"] for c in page["changes"]] == from_a


def test_numbers_are_taken_together_with_the_transaction_id(dsn: str) -> None:
    """The gap hub_take_seqs closes: A takes its numbers, B (numbered later) commits, and only
    then does A write. Had A's transaction id been taken at its write, it would be younger than
    B's, B's rows would count as safe and the cursor would pass A's numbers for good."""
    enrol_sites(dsn, "site-a", "site-b", "site-c")
    with connect(dsn) as a, connect(dsn) as b, connect(dsn) as reader:
        # nextval takes a transaction id by itself only when it logs the sequence (its first
        # use, then every 32 numbers): use it once so the next numbers come without one.
        first = push(b, "site-b", 1)
        with a.transaction():
            seqs = a.execute("SELECT hub_take_seqs(2)").fetchone()[0]
            from_b = push(b, "site-b", 2)
            from_a = [c["change_id"] for c in changes("site-a", 2)]
            for seq, change_id in zip(seqs, from_a, strict=True):
                a.execute("INSERT INTO changes (seq, change_id, site_id, table_name, row_id, op, "
                          "hlc, fields, base) VALUES (%s, %s, 'site-a', 'patients', 'r1', "
                          "'upsert', %s, '{}', '{}')", (seq, change_id, f"{NOW:013d}-000000-a"))
            page = store.pull(reader, "site-c", 0)
            assert [c["change_id"] for c in page["changes"]] == first
            assert page["cursor"] < min(seqs)
        page = store.pull(reader, "site-c", page["cursor"])
        assert [c["change_id"] for c in page["changes"]] == from_a + from_b


def test_sequence_numbers_are_taken_first_in_a_transaction(dsn: str) -> None:
    with connect(dsn) as conn, pytest.raises(psycopg.errors.RaiseException), \
            conn.transaction():
        conn.execute("INSERT INTO hub_meta (key, value) VALUES ('x', 'y')")
        conn.execute("SELECT hub_take_seqs(1)")
    with connect(dsn) as conn:  # the lock inside was released
        assert conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                            ).fetchone() == (0,)


def test_concurrent_slow_pushes_and_a_puller_see_every_change_once(dsn: str) -> None:
    """Four writers whose transactions stay open a random while after numbering their rows;
    a reader follows its cursor all along. It must end with every change exactly once."""
    sites = ["site-a", "site-b", "site-c", "site-d"]
    enrol_sites(dsn, *sites, "reader")
    pushed: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def writer(site: str, seed: int) -> None:
        rng = random.Random(seed)
        try:
            with connect(dsn) as conn:
                for _ in range(12):
                    with conn.transaction():
                        made = push(conn, site, rng.randint(1, 5))
                        time.sleep(rng.uniform(0, 0.02))  # the commit comes late
                    with lock:
                        pushed.extend(made)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(s, i)) for i, s in enumerate(sites)]
    for t in threads:
        t.start()
    seen: list[str] = []
    cursor = 0
    with connect(dsn) as reader:
        while any(t.is_alive() for t in threads):
            page = store.pull(reader, "reader", cursor, limit=7)
            seen += [c["change_id"] for c in page["changes"]]
            cursor = page["cursor"]
        for t in threads:
            t.join()
        while True:
            page = store.pull(reader, "reader", cursor, limit=7)
            seen += [c["change_id"] for c in page["changes"]]
            cursor = page["cursor"]
            if not page["more"]:
                break
    assert not errors
    assert len(seen) == len(set(seen)) == len(pushed)
    assert set(seen) == set(pushed)
