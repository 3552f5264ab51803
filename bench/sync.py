"""Sync end to end: the hub's ingest, the clinic's apply, a 100,000-patient first sync, bytes.

    .venv/bin/python bench/sync.py [--patients 100000] [--seed 7] [--reps 3] [--json]

Everything is made here, seeded: a throwaway PostgreSQL (tests/hub/pgtemp.py's TempPostgres,
default durability), ``clinic-app hub serve`` in its own process on loopback, and real clinic
databases driven by the real client (``SyncService.sync_now``: ``run_cycle`` over
``HubClient``). Measured (medians over --reps where a run is cheap):

- hub ingest: a clinic-like mix of changes (bench/sync_hub.py's Seeder) pushed as gzip
  batches of ~64 KB over HTTP; floor: the same rows by COPY into a bare PostgreSQL table in
  the same server (ratio = ingest / floor);
- client apply: pulled-page-sized slices of a seeded clinic's outbox (bench/sync_apply.py's
  make_changes) applied by ``SyncService.apply_page`` into an empty clinic; floor: a bare
  ``executemany`` of as many rows into SQLite (one row per change, the change's JSON);
- initial sync of a 100,000-patient site to an EMPTY second PC through the hub: PC1 is made by
  the demo generator, then taken out of demo mode and every row queued as its first change
  (the SQL migration 0007 uses for rows made before it); PC1 pushes everything, PC2 (a new
  database) pulls everything; the second PC's sync is judged, PC1's push reported;
- bytes on the wire per change (1,000 edits with their audit entries, pushed by one PC and
  pulled by another, TCP payload counted at a proxy) and bytes per idle sync.

Exits 1 when a target is missed: ingest >= 2,000/s, apply >= 10,000/s, initial sync of the
empty second PC (its pull and apply, the site's data being on the hub) <= 60 s (PC1's own first
push of its register, made once when it enrols, is reported beside it),
<= 80 bytes a change, idle sync <= 2 KB.
"""

from __future__ import annotations

import sys

sys.path.append(sys.path.pop(0))  # bench/ after the standard library

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gzip  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import psycopg  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pgtemp = _load("pgtemp", ROOT / "tests" / "hub" / "pgtemp.py")
_common = _load("_common", BENCH / "_common.py")
sync_hub = _load("sync_hub", BENCH / "sync_hub.py")
sync_apply = _load("sync_apply", BENCH / "sync_apply.py")

from clinic_app.db.migrations import LATEST  # noqa: E402
from clinic_app.domain.clock import FixedClock  # noqa: E402
from clinic_app.hub import commands  # noqa: E402
from clinic_app.security import secrets  # noqa: E402
from clinic_app.services import demo  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402
from clinic_app.sync.changes import pending  # noqa: E402
from clinic_app.sync.service import SyncService  # noqa: E402

Check, table = _common.Check, _common.table
TARGETS = {"ingest": 2_000.0, "apply": 10_000.0, "first_sync_s": 60.0, "bytes_per_change": 80.0,
           "idle_bytes": 2_048}
START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
MIGRATION = ROOT / "clinic_app" / "db" / "migrations" / "0007_sync.sql"


def no_wait(attempt: int) -> None:
    time.sleep(0.05)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


# --- hub ingest -------------------------------------------------------------------------------

def ingest(url: str, dsn: str, n: int, reps: int, rng: random.Random) -> tuple[float, float]:
    """(changes/s over HTTP, changes/s by COPY into a bare table): medians over ``reps``."""
    start_ms = int(time.time() * 1000) - 3_600_000
    http_rates, copy_rates = [], []
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS floor_changes (seq bigint, change_id text, "
                     "site_id text, table_name text, row_id text, op text, hlc text, "
                     "fields jsonb, base jsonb)")
    for rep in range(reps):
        site = f"ingest-{rep}"
        seeder = sync_hub.Seeder(site, rng, start_ms)
        items = [seeder.change() for _ in range(n)]
        client = sync_hub.enrol(url, dsn, site)
        bodies = sync_hub.batches(site, items, rng)
        sync_hub.push_all(client, bodies[:1])  # warm the connection and the pool
        warm = len(json.loads(gzip.decompress(bodies[0]))["changes"])
        t = time.perf_counter()
        sync_hub.push_all(client, bodies[1:])
        http_rates.append((n - warm) / (time.perf_counter() - t))
        client.close()
        rows = [(i, c["change_id"], site, c["table"], c["row_id"], c["op"], c["hlc"],
                 json.dumps(c["fields"]), json.dumps(c["base"])) for i, c in enumerate(items)]
        with psycopg.connect(dsn, autocommit=True) as conn:
            t = time.perf_counter()
            with conn.transaction(), conn.cursor() as cur, cur.copy(
                    "COPY floor_changes FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
            copy_rates.append(n / (time.perf_counter() - t))
    return median(http_rates), median(copy_rates)


# --- client apply -----------------------------------------------------------------------------

def apply_rate(folder: Path, patients: int, reps: int, seed: int,
               page: int = 2_000) -> tuple[float, float, int]:
    """(changes/s by SyncService.apply_page, rows/s by a bare executemany, changes)."""
    source = sync_apply.clinic_at(folder / "apply-source.db", seed)
    sync_apply.make_changes(source, patients, random.Random(seed))
    changes = [o.change for o in pending(source.db.conn)]
    source.close()
    rates, floors = [], []
    for rep in range(reps):
        target = sync_apply.clinic_at(folder / f"apply-target-{rep}.db", seed + 1)
        service = SyncService(target)
        t = time.perf_counter()
        applied = 0
        for i in range(0, len(changes), page):
            applied += service.apply_page(changes[i:i + page], i + page).applied
        rates.append(len(changes) / (time.perf_counter() - t))
        assert applied == len(changes), (applied, len(changes))
        target.close()
        bare = sqlite3.connect(folder / f"floor-{rep}.db")
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT)")
        texts = [(c["change_id"], json.dumps(c["fields"])) for c in changes]
        t = time.perf_counter()
        for i in range(0, len(texts), page):
            with bare:
                bare.executemany("INSERT INTO rows VALUES (?, ?)", texts[i:i + page])
        floors.append(len(texts) / (time.perf_counter() - t))
        bare.close()
    return median(rates), median(floors), len(changes)


# --- initial sync of a 100,000-patient site ---------------------------------------------------

def enqueue_everything(clinic: Clinic) -> int:
    """Take a demo database out of demo mode and queue every row as its first change, with
    the statements migration 0007 runs for rows made before it."""
    text = MIGRATION.read_text()
    part = text[text.index("-- Rows made before this migration"):
                text.index("-- patients: clinic_number")]
    part = part.replace("WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'demo_data')",
                        "WHERE 1")
    statements = [s.strip() for s in part.split(";") if "INSERT INTO sync_outbox" in s]
    conn = clinic.db.conn
    with clinic.db.transaction():
        conn.execute("DELETE FROM sync_state WHERE key = 'demo_data'")
        conn.execute("DELETE FROM sync_capture_off WHERE reason = 'demo'")
        for s in statements:
            conn.execute(re.sub(r"^--.*$", "", s, flags=re.M))
    return int(conn.execute("SELECT count(*) FROM sync_outbox WHERE acked = 0").fetchone()[0])


def first_sync(folder: Path, url: str, dsn: str, patients: int, seed: int) -> dict[str, Any]:
    pc1 = Clinic(folder / "pc1.db", clock=FixedClock(START), rng=random.Random(seed))
    t = time.perf_counter()
    demo.generate(pc1, patients, seed)
    made_s = time.perf_counter() - t
    queued = enqueue_everything(pc1)
    s1 = SyncService(pc1)
    s1.enroll(url, commands.enroll(dsn, "PC 1"))
    pc2 = Clinic(folder / "pc2.db", clock=FixedClock(START), rng=random.Random(seed + 1))
    pc2.settings.update({"country": "KE"})
    s2 = SyncService(pc2)
    s2.enroll(url, commands.enroll(dsn, "PC 2"))
    t0 = time.perf_counter()
    pushed = s1.sync_now(timeout=120, sleep=no_wait)
    t1 = time.perf_counter()
    pulled = s2.sync_now(timeout=120, sleep=no_wait)
    t2 = time.perf_counter()
    n1 = pc1.patients.repo.count()
    n2 = pc2.patients.repo.count()
    out = {"patients": n1, "patients_pc2": n2, "queued": queued, "sent": pushed.sent,
           "received": pulled.received, "push_s": t1 - t0, "pull_s": t2 - t1,
           "total_s": t2 - t0, "made_s": made_s, "pending_after": pushed.pending,
           "waiting": pulled.waiting}
    pc1.close()
    pc2.close()
    return out


# --- bytes on the wire ------------------------------------------------------------------------

def wire(folder: Path, url: str, dsn: str, seed: int, n: int = 1_000) -> dict[str, float]:
    proxy = sync_hub.CountingProxy(int(url.rsplit(":", 1)[1]))
    rng = random.Random(seed)
    a = sync_apply.clinic_at(folder / "wire-a.db", seed + 10)
    b = sync_apply.clinic_at(folder / "wire-b.db", seed + 11)
    sa, sb = SyncService(a), SyncService(b)
    sa.enroll(proxy.url, commands.enroll(dsn, "wire A"))
    sb.enroll(proxy.url, commands.enroll(dsn, "wire B"))
    pids = [a.patients.register({"given_name": f"Amina{i}", "family_name": "Otieno",
                                 "phones": [f"0712 000 {i:03d}"]}, confirmed_new=True).id
            for i in range(40)]
    for s in (sa, sb, sa):
        s.sync_now(sleep=no_wait)
    while sa.pending() < n:
        a.clock.advance(seconds=1)  # type: ignore[attr-defined]
        pid = rng.choice(pids)
        if rng.random() < 0.25:
            a.patients.update(pid, {"phones": [f"071{rng.randrange(10**7):07d}"]})
        else:
            a.patients.update(pid, {"village": rng.choice(sync_apply.VILLAGES)})
    count = sa.pending()
    before = proxy.total()
    sa.sync_now(sleep=no_wait)
    push = proxy.total() - before
    before = proxy.total()
    got = sb.sync_now(sleep=no_wait)
    pull = proxy.total() - before
    assert got.received == count, (got.received, count)
    idle = []
    for _ in range(5):
        before = proxy.total()
        r = sa.sync_now(sleep=no_wait)
        assert r.sent == r.received == 0
        idle.append(proxy.total() - before)
    a.close()
    b.close()
    proxy.close()
    return {"changes": count, "push_per_change": push / count, "pull_per_change": pull / count,
            "idle": median(idle)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=100_000, help="the first-sync site")
    ap.add_argument("--ingest", type=int, default=20_000, help="changes a hub ingest run")
    ap.add_argument("--apply-patients", type=int, default=4_000,
                    help="source clinic of the apply runs (about 7.5 changes a patient)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    from keyrings.alt.file import PlaintextKeyring

    keyring = PlaintextKeyring()
    keyring.file_path = str(folder / "keyring.cfg")
    secrets.use_backend(keyring)
    rng = random.Random(args.seed)
    results: dict[str, Any] = {}
    pg = pgtemp.TempPostgres()
    try:
        pg.start()
        with psycopg.connect(pg.dsn(), autocommit=True) as conn:
            for name in ("ingest", "sites"):  # the seeded mix is not for clinic PCs to pull
                conn.execute(f"CREATE DATABASE {name}")
        for name in ("ingest", "sites"):
            commands.init(pg.dsn(name))
        with sync_hub.hub_process(pg.dsn("ingest")) as url:
            results["ingest"], results["ingest_floor"] = ingest(url, pg.dsn("ingest"),
                                                                args.ingest, args.reps, rng)
        dsn = pg.dsn("sites")
        with sync_hub.hub_process(dsn) as url:
            results["wire"] = wire(folder, url, dsn, args.seed)
            results["first"] = first_sync(folder, url, dsn, args.patients, args.seed)
        results["apply"], results["apply_floor"], results["apply_changes"] = apply_rate(
            folder, args.apply_patients, args.reps, args.seed)
    finally:
        pg.cleanup()
        shutil.rmtree(folder, ignore_errors=True)

    f, w = results["first"], results["wire"]
    checks = [
        Check("hub ingest (HTTP, gzip ~64 KB batches)", f">= {TARGETS['ingest']:,.0f}/s",
              f"{results['ingest']:,.0f}/s", results["ingest"] >= TARGETS["ingest"],
              f"floor COPY {results['ingest_floor']:,.0f}/s, ratio "
              f"{results['ingest'] / results['ingest_floor']:.2f}"),
        Check("client apply (SyncService.apply_page)", f">= {TARGETS['apply']:,.0f}/s",
              f"{results['apply']:,.0f}/s", results["apply"] >= TARGETS["apply"],
              f"floor executemany {results['apply_floor']:,.0f}/s, ratio "
              f"{results['apply'] / results['apply_floor']:.2f}; "
              f"{results['apply_changes']:,} changes"),
        Check(f"initial sync of the {f['patients']:,}-patient site to an empty PC",
              f"<= {TARGETS['first_sync_s']:.0f} s", f"{f['pull_s']:.1f} s",
              f["pull_s"] <= TARGETS["first_sync_s"] and f["patients_pc2"] == f["patients"]
              and f["received"] >= f["queued"],  # and whatever other sites left on the hub
              f"pull + apply of {f['received']:,} changes ({f['received'] / f['pull_s']:,.0f}/s)"
              f"; PC2 has {f['patients_pc2']:,}"),
        Check("  before it: the site's first push (PC1 enrolling with its register)",
              "-", f"{f['push_s']:.1f} s", None,
              f"{f['sent']:,} changes ({f['sent'] / f['push_s']:,.0f}/s); push + pull "
              f"{f['total_s']:.1f} s"),
        Check("bytes a change, push (request + answer)",
              f"<= {TARGETS['bytes_per_change']:.0f}", f"{w['push_per_change']:.1f}",
              w["push_per_change"] <= TARGETS["bytes_per_change"],
              f"{w['changes']:,} edits + audit entries"),
        Check("bytes a change, pull", f"<= {TARGETS['bytes_per_change']:.0f}",
              f"{w['pull_per_change']:.1f}",
              w["pull_per_change"] <= TARGETS["bytes_per_change"], "TCP payload at a proxy"),
        Check("idle sync, bytes both ways", f"<= {TARGETS['idle_bytes']:,}",
              f"{w['idle']:,.0f}", w["idle"] <= TARGETS["idle_bytes"], "median of 5"),
    ]
    failed = any(c.passed is False for c in checks)
    if args.json:
        print(json.dumps({"results": results, "checks": [c.as_dict() for c in checks],
                          "schema": LATEST, "passed": not failed}, indent=1, default=str))
    else:
        print(f"\nSync bench (seed {args.seed}, medians of {args.reps} where repeated); demo "
              f"site made in {f['made_s']:.1f} s (not timed)\n")
        print(table(["measure", "target", "measured", "verdict", "note"],
                    [[c.name, c.target, c.measured, c.verdict, c.note] for c in checks]))
        print(f"\n{'FAIL' if failed else 'PASS'}")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
