"""SYNC.md's fault table, row by row, through the real clinic client and a real hub.

Clinic PCs are real SQLite databases (tests/sync's ``Site``) driving ``SyncService.sync_now``
(``run_cycle`` over ``HubClient``, stdlib http.client) against the hub on uvicorn over a real
PostgreSQL; faults come from a real TCP proxy (tests/hub/proxy.py), a killed subprocess, and
``pg_ctl stop -m immediate``. Every figure the table names is measured and asserted; the
figures are also printed (``pytest -s``) so a run can be read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hubkit import enrol, hub_state, serving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pgtemp import PostgresUnavailable, TempPostgres

from clinic_app.domain.clock import FixedClock
from clinic_app.errors import ClinicError
from clinic_app.hub import commands, store
from clinic_app.hub.app import make_app
from clinic_app.security import secrets
from clinic_app.sync.bundle import BundleRefused, read_bundle
from clinic_app.sync.changes import pending
from clinic_app.sync.client import HubBusy, HubClient, HubUnreachable, encode
from clinic_app.sync.cycle import CycleReport
from clinic_app.sync.service import HUB_URL, token_name
from tests.hub.clinics import OnlineSite, code
from tests.hub.proxy import Proxy
from tests.sync.conftest import TODAY, Site, assert_derived_whole, replica, replica_hash
from tests.sync.test_property import _template

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261123
VILLAGES = ["Kibera", "Lindi", "Makina", "Gatwekera", "Soweto East", "Olympic", "Kianda"]


def figure(text: str) -> None:
    """A measured figure, shown with ``pytest -s``."""
    print(f"\n[figure] {text}", flush=True)


# --- helpers -------------------------------------------------------------------------------

def point(site: Site, url: str) -> None:
    """Send this PC's sync to ``url`` (the proxy) instead of the hub's own address."""
    site.db.conn.execute("UPDATE sync_state SET value = ? WHERE key = ?", (url, HUB_URL))


def track(*sites: Site) -> None:
    """Remember every change this PC makes (a sync drops acknowledged outbox rows): a temp
    table fed by temp triggers on the PC's own connection; a change dropped before it was
    sent (an edit that changed nothing) is forgotten again."""
    for site in sites:
        conn = site.db.conn
        conn.execute("CREATE TEMP TABLE made (change_id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO temp.made SELECT change_id FROM main.sync_outbox")
        conn.execute("CREATE TEMP TRIGGER made_ai AFTER INSERT ON main.sync_outbox BEGIN "
                     "INSERT OR IGNORE INTO temp.made VALUES (NEW.change_id); END")
        conn.execute("CREATE TEMP TRIGGER made_ad AFTER DELETE ON main.sync_outbox "
                     "WHEN OLD.acked = 0 BEGIN DELETE FROM temp.made WHERE change_id = "
                     "OLD.change_id; END")


def online(make_online: Any, url: str, dsn: str, n: int) -> list[OnlineSite]:
    sites = make_online(url, dsn, n)
    track(*sites)
    return sites


def outbox_ids(site: Site) -> set[str]:
    """Every change this PC made since ``track``."""
    return {r[0] for r in site.db.query("SELECT change_id FROM temp.made")}


def hub_ids(dsn: str, site_id: str | None = None) -> Counter[str]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute("SELECT change_id FROM changes WHERE %s::text IS NULL OR "
                            "site_id = %s", (site_id, site_id)).fetchall()
    return Counter(r[0] for r in rows)


def hub_count(dsn: str, sql: str, *params: Any) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(sql, params).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def hub_changes(dsn: str) -> list[dict[str, Any]]:
    """Every change the hub logged, as the wire has it, in hub order."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute("SELECT seq, change_id, site_id, table_name, row_id, op, hlc, "
                            "fields, base FROM changes ORDER BY seq").fetchall()
    return [{"seq": r[0], "change_id": r[1], "site_id": r[2], "table": r[3], "row_id": r[4],
             "op": r[5], "hlc": r[6], "fields": r[7], "base": r[8]} for r in rows]


def hub_replica_hash(dsn: str, folder: Path) -> str:
    """The hub's content made concrete: every change it logged applied, in its order, to an
    empty clinic database (no HTTP involved); its replica hash."""
    return replica_hash_of(hub_replica(dsn, folder))


def replica_hash_of(rep: dict[str, Any]) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(rep, default=str).encode()).hexdigest()


def hub_replica(dsn: str, folder: Path) -> dict[str, Any]:
    """The replica made of the hub's content (see hub_replica_hash)."""
    path = folder / f"hub-replica-{time.monotonic_ns()}.sqlite3"
    shutil.copy(_template(), path)
    site = Site(path, 4, FixedClock(TODAY))
    try:
        changes = hub_changes(dsn)
        site.sync.apply_page(changes, changes[-1]["seq"] if changes else 0)
        assert site.db.query("SELECT count(*) FROM sync_parked")[0][0] == 0
        own = site.clinic.meta.site_id  # its own rows (its settings' audit entry) left out
        return {t: [r for r in rows if not r[1].endswith(own)]
                for t, rows in replica(site).items()}
    finally:
        site.close()


def settle(sites: list[OnlineSite], rounds: int = 6, **kw: Any) -> int:
    """Every site syncs, round after round, until a round sends and receives nothing."""
    for n in range(1, rounds + 1):
        moved = 0
        for s in sites:
            r = s.cycle(**kw)
            moved += r.sent + r.received
        if moved == 0:
            return n
    raise AssertionError(f"still moving changes after {rounds} rounds")


class Requests:
    """Every request the clinic client makes (recorded before it goes out): pushes by batch
    id and their change ids, pulls by cursor."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, tuple[str, ...]]] = []

    def resent(self, start: int = 0) -> int:
        """Requests that repeat one made before (the same batch id, the same pull cursor), or
        a push carrying a change an earlier push of the span carried."""
        seen: set[tuple[str, str]] = set()
        sent: set[str] = set()
        again = 0
        for kind, key, ids in self.log[start:]:
            repeat = (kind, key) in seen or (kind == "push" and bool(sent & set(ids)))
            again += repeat
            seen.add((kind, key))
            sent |= set(ids)
        return again


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Requests:
    rec = Requests()
    real = HubClient.request

    def request(self: HubClient, method: str, path: str, body: Any = None, *,
                data: bytes | None = None, auth: bool = True) -> Any:
        if path == "/v1/push" and data is not None:
            batch = json.loads(gzip.decompress(data))
            rec.log.append(("push", batch["batch_id"],
                            tuple(c["change_id"] for c in batch["changes"])))
        elif path.startswith("/v1/pull"):
            rec.log.append(("pull", path.split("?", 1)[1].split("&")[0], ()))
        return real(self, method, path, body, data=data, auth=auth)

    monkeypatch.setattr(HubClient, "request", request)
    return rec


def edits(site: Site, pids: list[str], n: int, rng: random.Random) -> None:
    """``n`` small edits (village or phone) of random patients, a second apart."""
    for i in range(n):
        site.clock.advance(seconds=1)
        pid = rng.choice(pids)
        if i % 4 == 0:
            site.edit(pid, phones=[f"071{rng.randrange(10**7):07d}"])
        else:
            site.edit(pid, village=rng.choice(VILLAGES))


# --- 1. connection cut at random byte offsets, mid-push and mid-pull --------------------------

CUT_ROUNDS = 40


def test_cuts_at_random_byte_offsets_lose_nothing_and_duplicate_nothing(
        hub_url: str, dsn: str, make_online: Any, requests: Requests) -> None:
    a, b = online(make_online, hub_url, dsn, 2)
    pids = [a.register(f"Amina{i}", "Otieno", f"0712 000 {i:03d}") for i in range(12)]
    received = {a: 0, b: 0}
    for s in (a, b, a):
        received[s] += s.cycle().received
    rng = random.Random(SEED)
    small = {"batch_bytes": 1536, "pull_limit": 25}  # several batches and pages a round
    with Proxy(hub_url, seed=SEED) as proxy:
        point(a, proxy.url)
        point(b, proxy.url)

        def cycle(s: OnlineSite) -> tuple[CycleReport, int, int]:
            up0, down0 = proxy.counts()
            r = s.cycle(**small)
            up1, down1 = proxy.counts()
            received[s] += r.received
            return r, up1 - up0, down1 - down0

        # a clean round sizes the traffic the cuts are aimed into
        edits(a, pids, 30, rng)
        _, push_up, push_down = cycle(a)
        _, pull_up, pull_down = cycle(b)
        fired = retries = resent = 0
        for n in range(CUT_ROUNDS):
            edits(a, pids, 30, rng)  # 60 changes: the edits and their audit entries
            phase = "push" if n % 2 == 0 else "pull"
            direction = rng.choice(("up", "down"))
            size = {("push", "up"): push_up, ("push", "down"): push_down,
                    ("pull", "up"): pull_up, ("pull", "down"): pull_down}[(phase, direction)]
            cutter, other = (a, b) if phase == "push" else (b, a)
            if phase == "pull":
                cycle(a)  # the changes reach the hub cleanly first
            start = len(requests.log)
            cuts_before = proxy.cuts
            proxy.cut_after(rng.randrange(size), direction)
            report, _, _ = cycle(cutter)  # retries inside the cycle: no exception
            proxy.disarm()
            cut = proxy.cuts - cuts_before
            again = requests.resent(start)
            if again > cut:
                for k, key, ids in requests.log[start:]:
                    print(k, key, ids)
                print(report)
            assert again <= cut, (n, phase, direction, again, cut)
            assert report.retries == cut and report.error is None
            fired += cut
            retries += report.retries
            resent += again
            if phase == "push":
                cycle(other)
            assert a.sync.pending() == 0
    # nothing lost, nothing stored or applied twice
    for s, other in ((a, b), (b, a)):
        mine = outbox_ids(s)
        at_hub = hub_ids(dsn, s.clinic.meta.site_id)
        assert set(at_hub) == mine and max(at_hub.values()) == 1
        assert received[other] == len(mine)  # each change received exactly once
    pushed = hub_count(dsn, "SELECT sum(changes_pushed) FROM sites")
    assert pushed == hub_count(dsn, "SELECT count(*) FROM changes")
    assert replica(a) == replica(b)
    for s in (a, b):
        assert_derived_whole(s)
    assert fired >= CUT_ROUNDS * 3 // 4  # the offsets really landed in the traffic
    figure(f"cuts: {CUT_ROUNDS} rounds (half mid-push, half mid-pull), {fired} cuts fired; "
           f"requests repeated {resent} (<= 1 a cut), retries {retries}; "
           f"{len(outbox_ids(a))} changes, 0 lost, 0 duplicated; clean round bytes "
           f"push {push_up}/{push_down}, pull {pull_up}/{pull_down} (up/down)")


# --- 2. the answer lost after the hub committed -------------------------------------------

def test_answer_lost_after_the_hub_committed(hub_url: str, dsn: str, make_online: Any,
                                             requests: Requests) -> None:
    (a,) = online(make_online, hub_url, dsn, 1)
    pids = [a.register(f"Amina{i}", "Otieno") for i in range(5)]
    a.cycle()
    rng = random.Random(SEED)
    site = a.clinic.meta.site_id
    with Proxy(hub_url) as proxy:
        point(a, proxy.url)
        for retries in (0, 3):  # next cycle (a new batch id) / retried in the cycle (same id)
            edits(a, pids, 100, rng)
            waiting = a.sync.pending()
            before = hub_count(dsn, "SELECT count(*) FROM changes")
            batches_before = hub_count(dsn, "SELECT count(*) FROM push_batches")
            start = len(requests.log)
            proxy.cut_after(0, "down")  # the first byte of the answer never arrives
            if retries == 0:
                with pytest.raises(HubUnreachable):
                    a.cycle(retries=0)
                assert a.sync.pending() == waiting  # not acknowledged: no answer came
                committed = hub_count(dsn, "SELECT count(*) FROM changes")
                assert committed == before + waiting  # yet the hub holds the batch
                report = a.cycle()
            else:
                report = a.cycle()
                assert report.retries == 1
                assert requests.log[start][1] == requests.log[start + 1][1]  # same batch id
            after = hub_count(dsn, "SELECT count(*) FROM changes")
            assert after == before + waiting  # the retry added 0 rows
            assert report.sent == waiting and report.pending == a.sync.pending() == 0
            assert hub_count(dsn, "SELECT changes_pushed FROM sites WHERE site_id = %s",
                             site) == after
            assert hub_count(dsn, "SELECT count(*) FROM push_batches") - batches_before == \
                (2 if retries == 0 else 1)
            figure(f"answer lost ({'next cycle' if retries == 0 else 'retried in cycle'}): "
                   f"{waiting} changes, retry added {after - before - waiting} rows, "
                   f"{a.sync.pending()} left unacknowledged")
        assert proxy.cuts == 2


# --- 3. batches delivered 1-3 times, out of order -----------------------------------------

def test_batches_delivered_again_and_out_of_order(new_db: Callable[..., str], make_online: Any,
                                                  tmp_path: Path) -> None:
    clean_dsn, messy_dsn = new_db(), new_db()
    with serving(make_app(clean_dsn)) as clean_url, serving(make_app(messy_dsn)) as messy_url:
        (a,) = online(make_online, clean_url, clean_dsn, 1)
        pids = [a.register(f"Amina{i}", "Otieno", village="Kibera") for i in range(15)]
        rng = random.Random(SEED)
        edits(a, pids, 80, rng)
        a.clinic.patients.merge(pids[0], pids[1])
        site = a.clinic.meta.site_id
        outbox = pending(a.db.conn)
        batches = [[o.change for o in outbox[i:i + 23]] for i in range(0, len(outbox), 23)]
        token = secrets.get_secret(token_name(site))
        other = enrol(messy_url, messy_dsn, "PC 0", site)
        other.close()
        clean = HubClient(clean_url, token)
        messy = HubClient(messy_url, other.token)

        def body(changes: list[dict[str, Any]], batch_id: str) -> bytes:
            return encode({"batch_id": batch_id, "site_id": site, "schema": a.sync.schema,
                           "changes": changes})

        ids = [a.clinic.meta.new_id() for _ in batches]
        for changes, bid in zip(batches, ids, strict=True):
            assert clean.push(body(changes, bid))["accepted"] == [
                c["change_id"] for c in changes]
        deliveries = []
        for i, changes in enumerate(batches):
            for k in range(rng.randint(1, 3)):  # again with its id (a retry) or a new one
                bid = ids[i] if k == 0 or rng.random() < 0.5 else a.clinic.meta.new_id()
                deliveries.append((changes, bid))
        rng.shuffle(deliveries)
        for changes, bid in deliveries:
            answer = messy.push(body(changes, bid))
            assert answer["accepted"] == [c["change_id"] for c in changes]
        clean.close()
        messy.close()
        assert hub_state(clean_dsn) == hub_state(messy_dsn)
        assert hub_count(messy_dsn, "SELECT count(*) FROM changes") == len(outbox)
        # applied in each hub's own order, the two logs make the same replica
        assert hub_replica(clean_dsn, tmp_path) == hub_replica(messy_dsn, tmp_path)
        # a PC reading each hub gets what the source holds
        (r1,) = make_online(clean_url, clean_dsn, 1)
        (r2,) = make_online(messy_url, messy_dsn, 1)
        r1.cycle()
        r2.cycle()
        mine = {t: rows for t, rows in replica(a).items() if t != "audit_log"}
        for r in (r1, r2):
            got = replica(r)
            assert {t: rows for t, rows in got.items() if t != "audit_log"} == mine
            assert set(replica(a)["audit_log"]) <= set(got["audit_log"])
        figure(f"redelivery: {len(batches)} batches, {len(deliveries)} deliveries shuffled "
               f"({Counter(Counter(b for _, b in deliveries).values())} by id), "
               f"{len(outbox)} changes; hub state identical to a clean delivery")


# --- 4. client killed between applying a page and storing its cursor ----------------------

KILL = r"""
import os, random, sys, datetime as dt
sys.path.insert(0, sys.argv[1])
from keyrings.alt.file import PlaintextKeyring
from clinic_app.security import secrets
kr = PlaintextKeyring()
kr.file_path = sys.argv[3]
secrets.use_backend(kr)
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from clinic_app.sync import service
from clinic_app.sync.service import SyncService

kill_at, limit = int(sys.argv[4]), int(sys.argv[5])
pages = 0
real_apply, real_page = service.apply_changes, SyncService.apply_page

def apply_changes(conn, changes, **kw):
    global pages
    report = real_apply(conn, changes, **kw)
    pages += 1
    if pages == kill_at:  # applied in the open transaction; its cursor not yet stored
        print(f"killed {len(changes)}", flush=True)
        os._exit(9)
    return report

def apply_page(self, changes, cursor):
    report = real_page(self, changes, cursor)
    print(f"committed {len(changes)} {cursor}", flush=True)
    return report

service.apply_changes = apply_changes
SyncService.apply_page = apply_page
clinic = Clinic(sys.argv[2], clock=FixedClock(dt.datetime.fromisoformat(sys.argv[6])),
                rng=random.Random(99))
SyncService(clinic).sync_now(pull_limit=limit, sleep=lambda attempt: None)
print("done", flush=True)
"""


def test_killed_between_applying_a_page_and_storing_its_cursor(
        hub_url: str, dsn: str, make_online: Any, file_keyring: Any) -> None:
    a, b = online(make_online, hub_url, dsn, 2)
    pids = [a.register(f"Amina{i}", "Otieno") for i in range(20)]
    edits(a, pids, 120, random.Random(SEED))
    a.cycle()
    total = hub_count(dsn, "SELECT count(*) FROM changes WHERE site_id <> %s",
                      b.clinic.meta.site_id)
    counted = 0
    kills = 0
    for kill_at in (3, 1, 2):
        cursor_before = b.sync.hub_cursor()
        proc = subprocess.run(
            [sys.executable, "-c", KILL, str(ROOT), str(b.clinic.path), file_keyring.file_path,
             str(kill_at), "40", b.clock.now().isoformat()],
            capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 9, proc.stderr[-2000:]
        lines = proc.stdout.split()
        committed = [ln for ln in proc.stdout.splitlines() if ln.startswith("committed")]
        assert len(committed) == kill_at - 1 and "killed" in lines
        kills += 1
        counted += sum(int(ln.split()[1]) for ln in committed)
        cursors = [int(ln.split()[2]) for ln in committed]
        # the cursor is the last stored one: the killed page left nothing behind
        assert b.sync.hub_cursor() == (cursors[-1] if cursors else cursor_before)
        assert b.db.query("SELECT count(*) FROM sync_state WHERE key = 'applying'")[0][0] == 0
    last = b.cycle(pull_limit=40)
    counted += last.received
    assert counted == total  # nothing applied twice, nothing skipped
    assert replica(a)["patients"] == replica(b)["patients"]
    b.cycle()
    a.cycle()
    assert replica(a) == replica(b)
    assert_derived_whole(b)
    figure(f"killed {kills} times between apply and cursor: {total} changes received "
           f"exactly once ({counted} counted over committed pages)")


# --- 5. the hub database stopped hard mid-batch -------------------------------------------

@pytest.fixture
def own_pg() -> Iterator[TempPostgres]:
    try:
        server = TempPostgres({"fsync": "off"})
        server.start()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.cleanup()


def test_hub_database_stopped_hard_mid_batch(own_pg: TempPostgres, make_online: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with psycopg.connect(own_pg.dsn(), autocommit=True) as conn:
        store.init_schema(conn)
    dsn = own_pg.dsn()
    real_push = store.push
    calls = {"n": 0, "stopped": 0}

    def push(conn: Any, site_id: str, batch: Any, *, now_ms: int) -> Any:
        calls["n"] += 1
        if calls["n"] == 3 and not calls["stopped"]:
            with conn.transaction():  # the batch written, its commit never happens
                real_push(conn, site_id, batch, now_ms=now_ms)
                calls["stopped"] = hub_count(dsn, "SELECT count(*) FROM changes") or -1
                own_pg.stop("immediate")
        return real_push(conn, site_id, batch, now_ms=now_ms)

    monkeypatch.setattr(store, "push", push)
    with serving(make_app(dsn, pool_timeout=1.0)) as url:
        a, b = online(make_online, url, dsn, 2)
        pids = [a.register(f"Amina{i}", "Otieno") for i in range(10)]
        edits(a, pids, 150, random.Random(SEED))
        waiting = a.sync.pending()
        with pytest.raises((HubBusy, HubUnreachable)):
            a.cycle(batch_bytes=2048)
        assert calls["stopped"]
        acked_before = len(outbox_ids(a)) - a.sync.pending()
        own_pg.start()
        failures = 0
        deadline = time.monotonic() + 30
        while True:
            try:
                report = a.cycle(batch_bytes=2048)
                break
            except (HubBusy, HubUnreachable):
                failures += 1
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert report.pending == 0 and a.sync.pending() == 0
        at_hub = hub_ids(dsn, a.clinic.meta.site_id)
        assert set(at_hub) == outbox_ids(a) and max(at_hub.values()) == 1
        got = b.cycle()
        assert got.received == len(outbox_ids(a))
        settle([a, b])
        assert replica(a) == replica(b)
        figure(f"hard stop mid-batch: {waiting} changes pending, {acked_before} acknowledged "
               f"before the stop, {failures} failed retries while the pool came back; then "
               f"0 lost, 0 duplicated ({len(at_hub)} at the hub)")


# --- 6. clocks that lie ------------------------------------------------------------------

def test_clock_skew_converges_and_a_site_ten_years_ahead_is_held(
        hub_url: str, dsn: str, make_online: Any, tmp_path: Path) -> None:
    ok, behind, hour, ahead, jumper = sites = online(make_online, hub_url, dsn, 5)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    offsets = {ok: dt.timedelta(0), behind: dt.timedelta(days=-2), hour: dt.timedelta(hours=1),
               ahead: dt.timedelta(days=3652), jumper: dt.timedelta(0)}
    for s, off in offsets.items():
        s.clock.set(now + off)
    pid = ok.register("Amina", "Otieno", village="Kibera")
    settle(sites)
    ahead.clock.advance(seconds=5)
    ahead.edit(pid, village="Ahead", notes="ten years on")
    qid = ahead.register("Baraka", "Mwangi")
    held = ahead.cycle()
    assert held.held > 0
    assert ahead.sync.status().clock_wrong() and ahead.sync.status().held >= held.held
    behind.edit(pid, notes="seen two days late")
    hour.edit(pid, preferred_time="morning")
    jumper.edit(pid, address="Plot 4")
    jumper.clock.set(now - dt.timedelta(days=3))  # the wall clock jumps back
    jumper.edit(pid, address="Plot 5")
    for s in (behind, hour, jumper):
        s.cycle()
    ok.clock.advance(seconds=30)
    ok.edit(pid, village="Later")  # after the ten-years-ahead edit, in real time
    honest = [ok, behind, hour, jumper]
    settle(sites)
    hashes = {replica_hash(s) for s in honest}
    assert len(hashes) == 1
    assert hashes == {hub_replica_hash(dsn, tmp_path)}
    for s in honest:
        p = s.clinic.patients.get(pid)
        assert (p.village, p.notes, p.preferred_time.value, p.address) == (
            "Later", "seen two days late", "morning", "Plot 5")
        assert not s.db.query("SELECT 1 FROM patients WHERE id = ?", (qid,))
    status = {r["site_id"]: r for r in commands.status(dsn)}
    site_of = {s: s.clinic.meta.site_id for s in sites}
    assert status[site_of[ahead]]["quarantined"] == ahead.sync.status().held > 0
    assert all(status[site_of[s]]["quarantined"] == 0 for s in honest)
    assert not ok.sync.status().clock_wrong() and not hour.sync.status().clock_wrong()
    assert behind.sync.status().clock_wrong()  # two days behind is also a wrong clock
    mine = ahead.clinic.patients.get(pid)
    held_n = status[site_of[ahead]]["quarantined"]
    figure(f"skew: 4 honest sites identical to the hub; +10y site held {held_n} change(s), "
           f"clock_wrong={ahead.sync.status().clock_wrong()} "
           f"(offset {ahead.sync.status().clock_offset_ms} ms); behind.clock_wrong="
           f"{behind.sync.status().clock_wrong()}; the +10y PC itself keeps village="
           f"{mine.village!r} (its own stamps are ahead of every later edit)")


# --- 7. two sites edit the same patient ---------------------------------------------------

@pytest.mark.parametrize("order", ["ab", "ba"])
def test_two_sites_edit_the_same_patient(hub_url: str, dsn: str, make_online: Any,
                                         order: str) -> None:
    a, b = online(make_online, hub_url, dsn, 2)
    first, second = (a, b) if order == "ab" else (b, a)
    pid = a.register("Amina", "Otieno", "0712 345 678", village="Kibera")
    rid = a.register("Rehema", "Otieno", "0712 999 000", village="Kibera")
    sid = a.register("Rehema", "Otienoh", "0712 999 001", village="Kibera")
    settle([a, b])

    def step() -> tuple[int, int]:
        for s in (a, b):
            s.clock.advance(seconds=10)
        counts = [first.cycle().conflicts, second.cycle().conflicts]
        settle([a, b])
        return counts[0], counts[1]

    # different fields: merged, no conflict
    a.edit(pid, village="Lindi")
    b.edit(pid, notes="Prefers mornings")
    opened = step()
    assert opened == (0, 0)
    for s in (a, b):
        p = s.clinic.patients.get(pid)
        assert (p.village, p.notes) == ("Lindi", "Prefers mornings")
        assert s.sync.conflicts() == []
    # the same plain field: the later edit wins, whichever syncs first
    a.edit(pid, village="Makina")
    b.clock.advance(seconds=3)
    b.edit(pid, village="Olympic")
    step()
    assert {s.clinic.patients.get(pid).village for s in (a, b)} == {"Olympic"}
    assert all(s.sync.conflicts() == [] for s in (a, b))
    # phone numbers: one open conflict showing both
    a.edit(pid, phones=["0711 111 111"])
    b.edit(pid, phones=["0722 222 222"])
    step()
    for s in (a, b):
        found = s.sync.conflicts()
        assert len(found) == 1 and found[0].field == "phones"
        shown = f"{found[0].mine} {found[0].theirs}"
        assert "254711111111" in shown and "254722222222" in shown
    assert replica(a) == replica(b)
    # delete (a merge removes the record) against an edit: review
    a.clinic.patients.merge(sid, rid)  # rid removed, sid survives
    b.edit(rid, village="Silanga")
    step()
    for s in (a, b):
        fields = sorted(c.field for c in s.sync.conflicts() if c.row_id == rid)
        assert fields == ["deleted"]
    assert replica(a) == replica(b)
    open_ = [{(c.row_id, c.field) for c in s.sync.conflicts()} for s in (a, b)]
    assert open_[0] == open_[1] and len(open_[0]) == 2
    figure(f"concurrent edits ({order}): different fields 0 conflicts; same field winner "
           f"'Olympic' both orders; phones 1 open conflict with both numbers; delete vs edit "
           f"-> review ('deleted')")


# --- 8. a slow link ------------------------------------------------------------------------

SLOW = {"rate_bps": 30_000, "rtt_s": 0.6, "reset_share": 0.05}


def sync_through(site: OnlineSite, proxy: Proxy, **kw: Any) -> tuple[list[CycleReport], int]:
    """Cycles until nothing is pending (a cut cycle is tried again); bytes on the wire."""
    before = proxy.total()
    reports = []
    for _ in range(6):
        try:
            reports.append(site.cycle(timeout=60, **kw))
        except HubUnreachable:
            continue
        if reports[-1].pending == 0:
            break
    return reports, proxy.total() - before


def test_slow_link_1000_changes_80_bytes_each_idle_under_2kb(
        hub_url: str, dsn: str, make_online: Any) -> None:
    a, b = online(make_online, hub_url, dsn, 2)
    rng = random.Random(SEED)
    pids = [a.register(f"Amina{i}", "Otieno", f"0712 000 {i:03d}") for i in range(40)]
    settle([a, b])
    while a.sync.pending() < 1000:
        edits(a, pids, 1, rng)
    n = a.sync.pending()
    with Proxy(hub_url, seed=SEED, **SLOW) as proxy:
        point(a, proxy.url)
        point(b, proxy.url)
        t0 = time.monotonic()
        pushed, push_bytes = sync_through(a, proxy)
        t1 = time.monotonic()
        pulled, pull_bytes = sync_through(b, proxy)
        t2 = time.monotonic()
        assert a.sync.pending() == 0 and sum(r.sent for r in pushed) == n
        assert sum(r.received for r in pulled) == n
        assert replica(a) == replica(b)
        idle = []
        for s in (a, b, a):
            before = proxy.total()
            r = s.cycle(timeout=60)
            assert r.sent == r.received == 0
            idle.append(proxy.total() - before)
        figure(f"slow link 30 kbit/s, 600 ms RTT, 5 % resets: {n} changes; push "
               f"{push_bytes:,} B = {push_bytes / n:.1f} B/change in {t1 - t0:.1f} s; pull "
               f"{pull_bytes:,} B = {pull_bytes / n:.1f} B/change in {t2 - t1:.1f} s; idle "
               f"syncs {idle} B; {proxy.connections} connections, {proxy.resets} reset")
    assert push_bytes / n <= 80
    assert pull_bytes / n <= 80
    assert max(idle) <= 2048


# --- 9. bundles twice, out of order, truncated --------------------------------------------

def truncated(path: Path, share: float) -> Path:
    out = path.with_name("cut-" + path.name)
    data = path.read_bytes()
    out.write_bytes(data[:int(len(data) * share)])
    return out


def test_bundles_twice_out_of_order_and_truncated(hub_url: str, dsn: str, make_online: Any,
                                                  tmp_path: Path) -> None:
    (b,) = online(make_online, hub_url, dsn, 1)
    far = Site(tmp_path / "far.sqlite3", 4, FixedClock(TODAY + dt.timedelta(minutes=3)))
    track(far)
    office = tmp_path / "office"
    office.mkdir()
    try:
        rng = random.Random(SEED)
        pids = [far.register(f"Zawadi{i}", "Kamau") for i in range(6)]
        first = far.export()
        edits(far, pids, 20, rng)
        second = far.export()  # cumulative: holds the first's changes again
        b.register("Baraka", "Mwangi")
        b.cycle()
        far_site = far.clinic.meta.site_id
        # a truncated bundle is refused whole at the hub
        for share in (0.5, 0.9):
            with pytest.raises(ClinicError):
                commands.import_bundle(dsn, truncated(second, share), office)
        assert hub_ids(dsn, far_site) == Counter()
        # out of order, and twice
        returns = [commands.import_bundle(dsn, p, office) for p in (second, first, second)]
        at_hub = hub_ids(dsn, far_site)
        since = {o.change["change_id"] for o in pending(far.db.conn)} - {
            c["change_id"] for c in read_bundle(second)[1]}  # the exports' own audit entries
        assert set(at_hub) == outbox_ids(far) - since and max(at_hub.values()) == 1
        assert hub_count(dsn, "SELECT changes_pushed FROM sites WHERE site_id = %s",
                         far_site) == len(at_hub)
        # the clinic: a truncated return bundle is refused whole, the rest out of order, twice
        before, waiting = replica_hash(far), far.sync.pending()
        with pytest.raises(BundleRefused):
            far.sync.import_bundle(truncated(returns[0], 0.6))
        assert replica_hash(far) == before and far.sync.pending() == waiting
        for p in (returns[2], returns[1], returns[0], returns[2]):
            far.sync.import_bundle(p)
        assert far.sync.pending() == 0 or all(
            c["table"] == "audit_log" for c in (o.change for o in pending(far.db.conn)))
        for _ in range(4):  # until both sides are quiet: stick, office, stick
            ret = commands.import_bundle(dsn, far.export(), office)
            far.sync.import_bundle(ret)
            got = b.cycle()
            if far.sync.pending() == 0 and got.received == 0 and got.sent == 0:
                break
        assert replica(far) == replica(b)
        at_hub = hub_ids(dsn)
        assert max(at_hub.values()) == 1
        assert set(at_hub) == outbox_ids(far) | outbox_ids(b)
        figure(f"bundles: truncated refused whole at hub and clinic; {len(outbox_ids(far))} "
               f"changes imported via 3 bundles (out of order, one twice) -> "
               f"{len(hub_ids(dsn, far_site))} at the hub, 0 duplicates; replicas converge")
    finally:
        far.close()


# --- 10. property: three sites through the hub ---------------------------------------------

SITES = 3
VALUES: dict[str, list[Any]] = {
    "village": ["Kibera", "Lindi", "Makina", "Olympic"],
    "phones": [["0712 000 001"], ["0712 000 002"], ["0733 000 003", "0712 000 001"], []],
    "given_name": ["Amina", "Grace", "Faith", "Joy"],
    "notes": ["", "Prefers mornings", "Uses a walking frame"],
    "birth_year": [1950, 1961, 1979],
}
OUTCOMES = ["reached", "no_answer", "busy", "wrong_number"]
site_n = st.integers(0, SITES - 1)
pick = st.integers(0, 30)
OPS = st.one_of(
    st.tuples(st.just("register"), site_n, st.sampled_from(VALUES["given_name"])),
    st.tuples(st.just("edit"), site_n, pick, st.sampled_from(sorted(VALUES)), st.integers(0, 3)),
    st.tuples(st.just("delete"), site_n, pick, pick),
    st.tuples(st.just("visit"), site_n, pick),
    st.tuples(st.just("call"), site_n, pick, st.sampled_from(OUTCOMES)),
    st.tuples(st.just("sync"), site_n),
    st.tuples(st.just("sync"), site_n),
    st.tuples(st.just("tick"), site_n, st.integers(1, 600)),
)


def _live(site: Site, n: int) -> str | None:
    ids = [r[0] for r in site.db.query("SELECT id FROM patients WHERE deleted = 0 ORDER BY pk")]
    return ids[n % len(ids)] if ids else None


def _run(sites: list[OnlineSite], op: tuple[Any, ...]) -> None:
    kind, s = op[0], sites[op[1]]
    if kind == "tick":
        s.clock.advance(seconds=op[2])
        return
    if kind == "sync":
        s.cycle()
        return
    s.clock.advance(seconds=1)
    if kind == "register":
        s.register(op[2], "Otieno", "0712 345 678")
        return
    pid = _live(s, op[2])
    if pid is None:
        return
    if kind == "edit":
        choices = VALUES[op[3]]
        s.edit(pid, **{op[3]: choices[op[4] % len(choices)]})
    elif kind == "delete":
        other = _live(s, op[3])
        if other and other != pid:
            s.clinic.patients.merge(pid, other)
    elif kind == "visit":
        s.clinic.visits.record_visit(pid, reason="Check", medicines_changed=True)
    elif kind == "call":
        open_ = [r[0] for r in s.db.query(
            "SELECT id FROM follow_ups WHERE status = 'open' AND deleted = 0 ORDER BY id")]
        if open_:
            s.clinic.calls.log_call(open_[op[2] % len(open_)], op[3])


@contextmanager
def online_sites(url: str, dsn: str, folder: Path, n: int) -> Iterator[list[OnlineSite]]:
    sites: list[OnlineSite] = []
    try:
        for i in range(n):
            path = folder / f"site{i}.sqlite3"
            shutil.copy(_template(), path)
            s = OnlineSite(path, i, FixedClock(TODAY + dt.timedelta(seconds=i)))
            sites.append(s)
            s.sync.enroll(url, code(dsn, f"PC {i}"))
            track(s)
        yield sites
    finally:
        for s in sites:
            s.close()


@settings(max_examples=int(os.environ.get("SYNC_PROPERTY_EXAMPLES", "10")), deadline=None,
          derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                   HealthCheck.data_too_large,
                                                   HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, min_size=4, max_size=30))
def test_property_three_sites_through_the_hub_hash_alike(
        ops: list[tuple[Any, ...]], new_db: Callable[..., str], file_keyring: Any) -> None:
    dsn = new_db()
    with tempfile.TemporaryDirectory() as tmp, serving(make_app(dsn)) as url, \
            online_sites(url, dsn, Path(tmp), SITES) as sites:
        for op in ops:
            try:
                _run(sites, op)
            except ClinicError as exc:  # what a person would be told: allowed, skipped
                assert "Nothing was applied" not in str(exc), exc
                assert not isinstance(exc, HubUnreachable | HubBusy), exc
        settle(sites)
        hashes = {replica_hash(s) for s in sites}
        assert len(hashes) == 1
        assert hashes == {hub_replica_hash(dsn, Path(tmp))}  # and the hub holds just that
        made = set().union(*(outbox_ids(s) for s in sites))
        at_hub = hub_ids(dsn)
        assert set(at_hub) == made and max(at_hub.values()) == 1
        for s in sites:
            assert s.db.query("SELECT count(*) FROM sync_parked")[0][0] == 0
            assert s.sync.pending() == 0
            assert_derived_whole(s)
        open_ = [{tuple(r) for r in s.db.query(
            "SELECT table_name, row_id, field FROM sync_conflicts WHERE status = 'open'")}
            for s in sites]
        assert open_[0] == open_[1] == open_[2]
