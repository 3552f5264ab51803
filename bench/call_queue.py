"""Call-queue benchmark on a seeded clinic: 1,000,000 patients and ~3,000,000 follow-ups.

    .venv/bin/python bench/call_queue.py [--patients N] [--seed S] [--reuse] [--quick] [--json]

Builds the demo database (timed; ``--reuse`` keeps an earlier one) with a long closed
follow-up history, then times: the day's queue as the Calls page loads it (the whole day's
order and counts, ``calls.day_queue``, and the details of its first page, ``calls.rows``)
beside the bare partial-index query of open due follow-ups, and the whole queue with every
detail as ``clinic-app queue --json`` prints it (reported, not judged); logging an outcome
(``log_call`` with the rules that follow) beside a single-row insert; ``run_rules`` over a
day's events. Each logged call is undone afterwards so the queue stays the same. Exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

# This file is named like the stdlib ``queue`` that multiprocessing imports: keep the bench
# folder on the path (for _common) but after the standard library.
sys.path.append(sys.path.pop(0))

from _common import Check, Stats, table  # noqa: E402

from clinic_app.domain.clock import FixedClock  # noqa: E402
from clinic_app.services import demo  # noqa: E402
from clinic_app.services.calls import QUEUE_PAGE as PAGE  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402

MILLION = 1_000_000
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
TARGETS = {"queue_p95_ms": 50.0, "log_p95_ms": 20.0, "rules_s": 2.0}
FOLLOW_UPS_PER_PATIENT = 3.0
OUTCOMES = ("reached", "no_answer", "busy", "left_message", "wrong_number", "call_back_later",
            "declined")
BARE_QUEUE = ("SELECT id, patient_id, kind, due_date, priority FROM follow_ups "
              "INDEXED BY follow_ups_open_due WHERE status = 'open' AND deleted = 0 "
              "AND due_date <= ?")
BARE_INSERT = ("INSERT INTO bench_probe (id, patient_id, at, outcome) VALUES (?, ?, ?, ?)")


def build(path: Path, patients: int, seed: int, reuse: bool) -> float | None:
    if reuse and path.exists():
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    c = Clinic(path, clock=FixedClock(NOW), rng=random.Random(seed))
    demo.generate(c, patients, seed, follow_ups_per_patient=FOLLOW_UPS_PER_PATIENT)
    c.close()
    return time.perf_counter() - started


def timed(fn: Any, reps: int) -> tuple[Stats, Any]:
    samples, result = [], None
    for _ in range(reps):
        t = time.perf_counter_ns()
        result = fn()
        samples.append(time.perf_counter_ns() - t)
    return Stats.of(samples), result


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b > 0 else "-"


def run(args: argparse.Namespace) -> int:
    patients = 50_000 if args.quick else args.patients
    path = Path(args.dir) / f"queue-{patients}-{args.seed}.sqlite3"
    built = build(path, patients, args.seed, args.reuse)
    clock = FixedClock(NOW)
    clinic = Clinic(path, clock=clock, create=False)  # fresh ids: the file has seeded ones
    bare = sqlite3.connect(path)
    counts = dict(clinic.db.query("SELECT status, count(*) FROM follow_ups GROUP BY status"))
    total = sum(counts.values())
    day = NOW.date().isoformat()

    # the queue ------------------------------------------------------------------------------
    def screen() -> tuple[Any, list[Any]]:
        queue = clinic.calls.day_queue()
        return queue, clinic.calls.rows(queue, 0, PAGE)

    screen()  # warm the cache, as the page is opened once a morning
    q_stats, (queue, _) = timed(screen, args.reps)
    f_stats, rows = timed(clinic.calls.queue, max(3, args.reps // 10))
    bare.execute(BARE_QUEUE, (day,)).fetchall()
    b_stats, due = timed(lambda: bare.execute(BARE_QUEUE, (day,)).fetchall(), args.reps)
    plan = " / ".join(r[3] for r in bare.execute("EXPLAIN QUERY PLAN " + BARE_QUEUE, (day,)))

    # logging outcomes ----------------------------------------------------------------------
    rng = random.Random(args.seed)
    picks = [r for r in rows]
    rng.shuffle(picks)
    samples = []
    for i, row in enumerate(picks[:args.calls]):
        outcome = OUTCOMES[i % len(OUTCOMES)]
        extra: dict[str, Any] = {"decline_reason": "cost"} if outcome == "declined" else {}
        if outcome == "reached":
            extra = {"taking_medicines": "some", "barriers": ["cost"], "feeling": "same",
                     "wants_clinician_call": i % 3 == 0}
        t = time.perf_counter_ns()
        logged = clinic.calls.log_call(row.entry.follow_up_ids[0], outcome, **extra)
        samples.append(time.perf_counter_ns() - t)
        clinic.calls.undo(logged.call_id)  # keep the data set as it was
    l_stats = Stats.of(samples) if samples else Stats(0, 0, 0, 0)
    bare.execute("CREATE TEMP TABLE IF NOT EXISTS bench_probe (id TEXT PRIMARY KEY, "
                 "patient_id TEXT, at TEXT, outcome TEXT)")
    ins = []
    for i in range(max(len(samples), 50)):
        t = time.perf_counter_ns()
        with bare:
            bare.execute(BARE_INSERT, (f"probe-{i}", "p", day, "reached"))
        ins.append(time.perf_counter_ns() - t)
    i_stats = Stats.of(ins)

    # the rules over a day's events: first as of yesterday (a first run reads the last 60
    # days; later ones the days since the last run), then today's run, which is judged
    t = time.perf_counter()
    catch_up = clinic.calls.run_rules(NOW.date() - dt.timedelta(days=1))
    catch_up_s = time.perf_counter() - t
    t = time.perf_counter()
    report = clinic.calls.run_rules()
    rules_s = time.perf_counter() - t
    t = time.perf_counter()
    again = clinic.calls.run_rules()
    rules_again_s = time.perf_counter() - t
    clinic.close()
    bare.close()

    checks = [
        Check("queue load p95", f"<= {TARGETS['queue_p95_ms']:.0f} ms", f"{q_stats.p95:.1f} ms",
              q_stats.p95 <= TARGETS["queue_p95_ms"],
              f"{len(queue)} patients from {len(due)} due, first {PAGE} in detail; median "
              f"{q_stats.median:.1f} ms; bare {b_stats.median:.1f}/{b_stats.p95:.1f} ms "
              f"({ratio(q_stats.median, b_stats.median)} median)"),
        Check("whole queue, every detail", "-", f"{f_stats.median:.0f} ms", None,
              f"{len(rows)} rows, as 'clinic-app queue --json' reads them (median)"),
        Check("log_call p95", f"<= {TARGETS['log_p95_ms']:.0f} ms", f"{l_stats.p95:.1f} ms",
              bool(samples) and l_stats.p95 <= TARGETS["log_p95_ms"],
              f"n={l_stats.n}, median {l_stats.median:.1f} ms; bare insert "
              f"{i_stats.p95:.2f} ms ({ratio(l_stats.p95, i_stats.p95)})"),
        Check("run_rules (a day)", f"<= {TARGETS['rules_s']:.0f} s", f"{rules_s:.2f} s",
              rules_s <= TARGETS["rules_s"] and again.created == 0,
              f"created {report.created}, closed {report.closed}; again {rules_again_s:.2f} s "
              f"created {again.created}; the run before it {catch_up_s:.2f} s "
              f"(created {catch_up.created})"),
        Check("build", "-", f"{built:.1f} s" if built is not None else "reused", None,
              f"{patients:,} patients, {total:,} follow-ups ({counts.get('open', 0):,} open)"),
    ]
    if args.json:
        print(json.dumps({"patients": patients, "follow_ups": total, "plan": plan,
                          "checks": [c.as_dict() for c in checks]}, indent=2))
    else:
        print(f"queue benchmark: {patients:,} patients, {total:,} follow-ups; plan: {plan}")
        print(table(["check", "target", "measured", "verdict", "note"],
                    [[c.name, c.target, c.measured, c.verdict, c.note] for c in checks]))
    return 0 if all(c.passed is not False for c in checks) else 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--patients", type=int, default=MILLION)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quick", action="store_true", help="50,000 patients")
    p.add_argument("--reuse", action="store_true", help="keep an earlier database")
    p.add_argument("--json", action="store_true")
    p.add_argument("--reps", type=int, default=30)
    p.add_argument("--calls", type=int, default=200)
    p.add_argument("--dir", default=os.environ.get("BENCH_DIR", "/tmp"))
    return run(p.parse_args())


if __name__ == "__main__":
    sys.exit(main())
