"""Engagement-report benchmark on the seeded 1,000,000-patient / 3,000,000-follow-up clinic.

    .venv/bin/python bench/reports.py [--patients N] [--seed S] [--reuse] [--quick] [--json]

Builds the same demo database as ``bench/call_queue.py`` (its generator: closed history over
five years, a year of calls with what patients said, appointments; ``--reuse`` keeps an
earlier file), then times ``ReportService.engagement`` for last month (the figures of
October 2026 and of the 31 days before, with the trend) as the Report page and
``clinic-app report`` make it, beside the bare floor measured in the same run on a plain
connection: the single biggest count the report makes (active patients, one index range)
and the month's follow-ups due. Also reported, not judged: this week, a filtered month
(one staff member, one kind), the PDF and the CSV. Exits 1 when the month report's median
is over 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import call_queue as qb  # the same seeded clinic and its generator
from _common import Check, Stats, table

from clinic_app.db.driver import sqlite
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic

MILLION = 1_000_000
TARGET_MS = 1000.0
FLOORS = {
    "active patients (biggest count)": (
        "SELECT count(*) FROM patients WHERE deleted = 0 AND status = 'active'", ()),
    "follow-ups due in the month": (
        "SELECT count(*) FROM follow_ups WHERE deleted = 0 AND due_date BETWEEN ? AND ?",
        ("2026-10-01", "2026-10-31")),
}


def timed(fn: Any, reps: int) -> tuple[Stats, Any]:
    samples, result = [], None
    for _ in range(reps):
        t = time.perf_counter_ns()
        result = fn()
        samples.append(time.perf_counter_ns() - t)
    return Stats.of(samples), result


def run(args: argparse.Namespace) -> int:
    load_before = os.getloadavg()[0]
    patients = 50_000 if args.quick else args.patients
    path = Path(args.dir) / f"reports-{patients}-{args.seed}.sqlite3"
    built = qb.build(path, patients, args.seed, args.reuse)
    t = time.perf_counter()
    clinic = Clinic(path, clock=FixedClock(qb.NOW), create=False)
    opened_s = time.perf_counter() - t
    if clinic.db.migration_copy is not None:  # a 3 GB copy made before adding indexes
        clinic.db.migration_copy.unlink(missing_ok=True)
    reports = clinic.reports
    month, before = reports.periods("last_month")
    week, week_before = reports.periods("this_week")

    def month_report() -> Any:
        return reports.engagement(month, before)

    month_report()  # warm the cache: a manager opens the page once
    m_stats, report = timed(month_report, args.reps)
    w_stats, _ = timed(lambda: reports.engagement(week, week_before), args.reps)
    f_stats, _ = timed(lambda: reports.engagement(month, before, staff="grace",
                                                  kind="post_visit"), max(3, args.reps // 2))
    p_stats, pdf = timed(lambda: reports.pdf(report), max(3, args.reps // 2))
    c_stats, _ = timed(lambda: reports.csv(report), args.reps)
    clinic.close()

    bare = sqlite.connect(str(path))
    floors = {}
    for name, (sql, params) in FLOORS.items():
        bare.execute(sql, params).fetchall()
        floors[name] = timed(lambda s=sql, p=params: bare.execute(s, p).fetchall(), args.reps)
    bare.close()
    floor_name = max(floors, key=lambda k: floors[k][0].median)
    floor = floors[floor_name][0].median
    due = int(report.value("due") or 0)
    checks = [
        Check("month report (median)", f"<= {TARGET_MS:.0f} ms", f"{m_stats.median:.0f} ms",
              m_stats.median <= TARGET_MS,
              f"{month.label()} and the 31 days before; p95 {m_stats.p95:.0f} ms; "
              f"{m_stats.median / floor:.1f}x the floor ({floor_name}, {floor:.0f} ms)"),
        *[Check(f"floor: {name}", "-", f"{s.median:.1f} ms", None, f"= {r[0][0]:,}")
          for name, (s, r) in floors.items()],
        Check("this week (median)", "-", f"{w_stats.median:.0f} ms", None, week.label()),
        Check("month, one person and kind", "-", f"{f_stats.median:.0f} ms", None,
              "staff grace, post-visit check-ins"),
        Check("PDF (median)", "-", f"{p_stats.median:.0f} ms", None,
              f"{len(pdf) // 1024} KB"),
        Check("CSV (median)", "-", f"{c_stats.median:.1f} ms", None, ""),
        Check("open (migrate if needed)", "-", f"{opened_s:.1f} s", None,
              "adds migration 0008's indexes to a file made before it"),
        Check("build", "-", f"{built:.0f} s" if built is not None else "reused", None,
              f"{patients:,} patients; {due:,} follow-ups due in the month"),
        Check("machine load (1 min)", "-", f"{load_before:.1f} / {os.getloadavg()[0]:.1f}",
              None, f"before / after, on {os.cpu_count()} cores: other work slows every "
                    "figure, the floor too"),
    ]
    if args.json:
        print(json.dumps({"patients": patients, "checks": [c.as_dict() for c in checks],
                          "runs_ms": [round(x, 1) for x in (m_stats.median, m_stats.p95)]},
                         indent=2))
    else:
        print(f"engagement report benchmark: {patients:,} patients, {path}")
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
    p.add_argument("--reps", type=int, default=9)
    p.add_argument("--dir", default=os.environ.get("BENCH_DIR", "/tmp"))
    return run(p.parse_args())


if __name__ == "__main__":
    sys.exit(main())
