"""Sync hub benchmark: ingest over real HTTP on loopback, bytes on the wire, an idle pull.

    .venv/bin/python bench/sync_hub.py [--changes N] [--seed S] [--dsn DSN] [--json]

Starts a throwaway PostgreSQL (Debian's packages, default durability: fsync on) unless --dsn
names a server to use (a database named hub_bench_<pid> is made on it and dropped after),
runs ``clinic-app hub serve`` in its own process, and seeds a clinic-like mix of changes (new
patients, call attempts, follow-up updates, phone edits). Measures:
- ingest: one clinic pushing gzip batches of about 64 KB one after another (judged), four
  clinics pushing at once, and ``store.push`` without HTTP (the floor);
- bytes on the wire per change, counted by a TCP proxy between client and hub, for 1,000
  pending changes pushed and then pulled by another site (reported: SYNC.md's 80 bytes a
  change is judged end to end by the clinic client's sync test), and the bytes of one idle
  pull (request and answer, headers included, on a kept-alive connection; TLS adds to both).
Prints a table; exits 1 when a target (ingest, idle pull) is missed.
"""

from __future__ import annotations

import sys

# bench/ holds a queue.py, which would shadow the standard library's (psycopg needs it): keep
# the bench folder on the path, for _common, but after the standard library.
sys.path.append(sys.path.pop(0))

import argparse
import gzip
import json
import os
import random
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hub"))

from _common import Check, table  # noqa: E402
from pgtemp import TempPostgres, free_port  # noqa: E402

from clinic_app.domain.ids import uuid7  # noqa: E402
from clinic_app.hub import commands, store  # noqa: E402

TARGETS = {"ingest_per_s": 2_000, "idle_pull_bytes": 2_048, "wire_bytes_per_change": 80}
BATCH_GZ_BYTES = 64 * 1024
WIRE_CHANGES = 1_000
NAMES = ("Amina", "Wanjiru", "Otieno", "Kamau", "Achieng", "Mwangi", "Njeri", "Odhiambo",
         "María", "José", "Fatuma", "Baraka", "Zawadi", "Kiprono", "Chebet", "Mutua")
VILLAGES = ("Kibera", "Mathare", "Kawangware", "Korogocho", "Mukuru", "Dandora", "Githurai")
OUTCOMES = ("reached", "no_answer", "busy", "left_message", "wrong_number", "call_back_later")


class Seeder:
    """A clinic's outbox: full rows for new records, only the changed fields for edits."""

    def __init__(self, site: str, rng: random.Random, start_ms: int) -> None:
        self.site, self.rng, self.ms, self.counter = site, rng, start_ms, 0
        self.patients: list[str] = []
        self.follow_ups = [uuid7(start_ms - rng.randint(10**6, 10**9), rng) for _ in range(300)]

    def _stamp(self) -> tuple[str, str]:
        self.ms += self.rng.randint(1, 40)
        iso = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(self.ms / 1000))
        return f"{self.ms:013d}-{self.counter:06d}-{self.site}", f"{iso}.{self.ms % 1000:03d}Z"

    def change(self) -> dict[str, Any]:
        r = self.rng
        hlc, iso = self._stamp()
        kind = r.random()
        base: dict[str, Any] = {}
        if kind < 0.1 or not self.patients:
            table, row = "patients", uuid7(self.ms, r)
            self.patients.append(row)
            fields: dict[str, Any] = {
                "clinic_number": f"KIB-{len(self.patients):06d}", "given_name": r.choice(NAMES),
                "family_name": r.choice(NAMES), "other_names": "", "sex": r.choice("fm"),
                "birth_date": None, "birth_year": r.randint(1940, 2015),
                "phones": json.dumps([f"+2547{r.randint(10**7, 10**8 - 1)}"]),
                "village": r.choice(VILLAGES), "preferred_language": "sw",
                "preferred_channel": "call", "do_not_contact": 0, "status": "active",
                "created_at": iso, "updated_at": iso, "site_id": self.site, "deleted": 0}
        elif kind < 0.4:
            table, row = "call_attempts", uuid7(self.ms, r)
            fields = {"follow_up_id": r.choice(self.follow_ups),
                      "patient_id": r.choice(self.patients), "at": iso, "by_user": "nurse1",
                      "outcome": r.choice(OUTCOMES), "taking_meds": r.choice(["yes", "some", ""]),
                      "notes": "", "created_at": iso, "updated_at": iso,
                      "site_id": self.site, "deleted": 0}
        elif kind < 0.8:
            table, row = "follow_ups", r.choice(self.follow_ups)
            fields = {"status": "done", "attempt_count": r.randint(1, 4), "updated_at": iso}
            base = {"status": None, "attempt_count": None}
        else:
            table, row = "patients", r.choice(self.patients)
            fields = {"phones": json.dumps([f"+2547{r.randint(10**7, 10**8 - 1)}"]),
                      "phone_confirmed_at": iso, "updated_at": iso}
            base = {"phones": None}
        return {"change_id": uuid7(self.ms, r), "site_id": self.site, "table": table,
                "row_id": row, "op": "upsert", "hlc": hlc, "fields": fields, "base": base}


def batches(site: str, items: list[dict[str, Any]], rng: random.Random) -> list[bytes]:
    """Gzip batch bodies of about 64 KB each, as the clinic client sends them."""
    sample = json.dumps(items[:400]).encode()
    per_change = len(gzip.compress(sample)) / max(1, min(400, len(items)))
    size = max(1, int(BATCH_GZ_BYTES / per_change))
    out = []
    for i in range(0, len(items), size):
        body = {"batch_id": uuid7(int(time.time() * 1000), rng), "site_id": site, "schema": 6,
                "changes": items[i:i + size]}
        out.append(gzip.compress(json.dumps(body, separators=(",", ":")).encode(), 6))
    return out


class CountingProxy:
    """A loopback TCP relay that counts the bytes each way."""

    def __init__(self, port: int) -> None:
        self.port, self.up, self.down = port, 0, 0
        self.lock = threading.Lock()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.port))
            for src, dst, up in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pipe, args=(src, dst, up), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, up: bool) -> None:
        try:
            while data := src.recv(65536):
                with self.lock:  # counted before it is passed on, so a reader sees it counted
                    if up:
                        self.up += len(data)
                    else:
                        self.down += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def total(self) -> int:
        with self.lock:
            return self.up + self.down

    def split(self) -> tuple[int, int]:
        with self.lock:
            return self.up, self.down

    def close(self) -> None:
        self.sock.close()


@contextmanager
def database(dsn: str | None) -> Iterator[str]:
    if dsn:
        name = f"hub_bench_{os.getpid()}"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            yield psycopg.conninfo.make_conninfo(dsn, dbname=name)
        finally:
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    pg = TempPostgres()
    try:
        pg.start()
        yield pg.dsn()
    finally:
        pg.cleanup()


@contextmanager
def hub_process(dsn: str) -> Iterator[str]:
    port = free_port()
    code = ("import sys; from clinic_app.hub.commands import serve; "
            "serve(sys.argv[1], '127.0.0.1', int(sys.argv[2]))")
    proc = subprocess.Popen([sys.executable, "-c", code, dsn, str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                why = proc.stderr.read() if proc.stderr and proc.poll() is not None else ""
                raise SystemExit(f"the hub did not start: {why}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(20)


def enrol(url: str, dsn: str, site: str) -> httpx.Client:
    code = commands.enroll(dsn, site)
    token = httpx.post(f"{url}/v1/enroll", json={"code": code, "site_id": site}).json()["token"]
    return httpx.Client(base_url=url, timeout=60, headers={"Authorization": f"Bearer {token}"})


def push_all(client: httpx.Client, bodies: list[bytes]) -> None:
    for body in bodies:
        r = client.post("/v1/push", content=body,
                        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
        if r.status_code != 200:
            raise SystemExit(f"push failed: {r.status_code} {r.text[:200]}")


def run(args: argparse.Namespace) -> list[Check]:
    rng = random.Random(args.seed)
    start_ms = int(time.time() * 1000) - 3_600_000
    n = args.changes
    one = Seeder("bench-a", rng, start_ms)
    many = [Seeder(f"bench-{i}", rng, start_ms) for i in range(1, 5)]
    wire = Seeder("bench-w", rng, start_ms)
    solo = [one.change() for _ in range(n)]
    crowd = {s.site: [s.change() for _ in range(n // 4)] for s in many}
    pending = [wire.change() for _ in range(WIRE_CHANGES)]
    floor = Seeder("bench-f", rng, start_ms)
    floor_changes = [floor.change() for _ in range(n)]

    checks: list[Check] = []
    with database(args.dsn) as dsn:
        commands.init(dsn)
        with hub_process(dsn) as url:
            a = enrol(url, dsn, "bench-a")
            bodies = batches("bench-a", solo, rng)
            push_all(a, bodies[:1])  # warm the connection and the pool
            t = time.perf_counter()
            push_all(a, bodies[1:])
            rate = (n - len(json.loads(gzip.decompress(bodies[0]))["changes"])) / (
                time.perf_counter() - t)
            checks.append(Check("ingest, 1 clinic, HTTP", f">= {TARGETS['ingest_per_s']:,}/s",
                                f"{rate:,.0f}/s", rate >= TARGETS["ingest_per_s"],
                                f"{len(bodies)} gzip batches of ~64 KB"))

            clients = {site: enrol(url, dsn, site) for site in crowd}
            work = {site: batches(site, items, rng) for site, items in crowd.items()}
            t = time.perf_counter()
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda s: push_all(clients[s], work[s]), work))
            rate4 = sum(map(len, crowd.values())) / (time.perf_counter() - t)
            checks.append(Check("ingest, 4 clinics at once, HTTP", "reported",
                                f"{rate4:,.0f}/s", None))

            proxy = CountingProxy(int(url.rsplit(":", 1)[1]))
            w = enrol(proxy.url, dsn, "bench-w")
            reader = enrol(proxy.url, dsn, "bench-r")
            head = reader.get("/v1/pull", params={"cursor": 0, "limit": 1}).json()
            cursor = max(head["cursor"], 0)
            while True:  # catch the reader up with everything pushed so far
                page = reader.get("/v1/pull", params={"cursor": cursor, "limit": 5000}).json()
                cursor = page["cursor"]
                if not page["more"]:
                    break
            up0, down0 = proxy.split()
            push_all(w, batches("bench-w", pending, rng))
            up1, down1 = proxy.split()
            got = 0
            while True:
                page = reader.get("/v1/pull", params={"cursor": cursor, "limit": 5000}).json()
                got += len(page["changes"])
                cursor = page["cursor"]
                if not page["more"]:
                    break
            pulled = proxy.total() - up1 - down1
            assert got == WIRE_CHANGES, got
            before = proxy.total()
            idle = reader.get("/v1/pull", params={"cursor": cursor, "limit": 500})
            assert idle.json()["changes"] == []
            idle_bytes = proxy.total() - before
            sent, answered = (up1 - up0) / WIRE_CHANGES, (down1 - down0) / WIRE_CHANGES
            budget = f"SYNC.md: <= {TARGETS['wire_bytes_per_change']} end to end"
            checks.append(Check("push bytes per change, request", "reported", f"{sent:.1f}",
                                None, f"{WIRE_CHANGES:,} pending changes, gzip"))
            checks.append(Check("push bytes per change, answer", "reported",
                                f"{answered:.1f}", None, "the 'accepted' id list"))
            checks.append(Check("push bytes per change, both ways", "reported",
                                f"{sent + answered:.1f}", None, budget))
            checks.append(Check("pull bytes per change, both ways", "reported",
                                f"{pulled / WIRE_CHANGES:.1f}", None, budget))
            checks.append(Check("idle pull, bytes both ways", f"<= {TARGETS['idle_pull_bytes']:,}",
                                f"{idle_bytes:,}", idle_bytes <= TARGETS["idle_pull_bytes"],
                                "kept-alive connection, no TLS"))
            for c in [a, w, reader, *clients.values()]:
                c.close()
            proxy.close()

        with psycopg.connect(dsn, autocommit=True) as conn:
            store.redeem_code(conn, store.new_enrolment_code(conn, "floor"), "bench-f")
            parsed = [store.parse_batch(json.loads(gzip.decompress(b)))
                      for b in batches("bench-f", floor_changes, rng)]
            now = int(time.time() * 1000)
            store.push(conn, "bench-f", parsed[0], now_ms=now)  # warm, as over HTTP
            t = time.perf_counter()
            for b in parsed[1:]:
                store.push(conn, "bench-f", b, now_ms=now)
            floor_rate = sum(len(b.changes) for b in parsed[1:]) / (time.perf_counter() - t)
            checks.append(Check("store.push alone (floor)", "reported", f"{floor_rate:,.0f}/s",
                                None, "same batches, no HTTP, no JSON"))
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dsn", help="an existing PostgreSQL server to use")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    checks = run(args)
    if args.json:
        print(json.dumps([c.as_dict() for c in checks], indent=1))
    else:
        print(f"Sync hub, {args.changes:,} seeded changes (seed {args.seed})\n")
        print(table(["measure", "target", "measured", "verdict", "note"],
                    [[c.name, c.target, c.measured, c.verdict, c.note] for c in checks]))
    return 1 if any(c.passed is False for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
