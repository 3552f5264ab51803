"""Sync apply throughput on the clinic side: received changes applied per second.

    .venv/bin/python bench/sync_apply.py [--patients N] [--seed S] [--page P] [--json]

A seeded source clinic makes its changes through the capture triggers, as the app would:
patients registered, a visit and a follow-up each, calls, edits of patients, follow-ups
closed, and the audit entry each of those actions writes (about 7.5 changes a patient, every
one with its own stamp); its outbox is read as wire changes. A fresh clinic
then applies them in pages of P changes, one transaction a page (as a pull would): the first
sync (every row new), the same pages again (all duplicates), and a later round of edits to
rows it holds; finally a fresh clinic imports the whole outbox as one bundle (read, sha256
checks, apply). Each apply runs --reps times on fresh databases and the best run counts (the
machine's other work only ever slows a run down). Also shown, not judged: what the capture
triggers add to a local write.

Target: at least 10,000 changes a second for each apply. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.append(sys.path.pop(0))  # bench/ after the standard library

from _common import Check, table  # noqa: E402

from clinic_app.db.audit import AuditRepository  # noqa: E402
from clinic_app.db.migrations import LATEST  # noqa: E402
from clinic_app.domain.clock import FixedClock, iso_utc  # noqa: E402
from clinic_app.domain.ids import uuid7  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402
from clinic_app.sync.apply import apply_changes  # noqa: E402
from clinic_app.sync.changes import pending  # noqa: E402
from clinic_app.sync.service import SyncService  # noqa: E402

TARGET = 10_000.0  # changes a second
START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
VILLAGES = ["Kibera", "Lindi", "Makina", "Gatwekera", "Soweto East", "Olympic"]
NAMES = ["Amina", "Grace", "Juma", "Otieno", "Wanjiru", "Kamau", "María", "Hélène", "Ngozi"]


def clinic_at(path: Path, seed: int) -> Clinic:
    c = Clinic(path, clock=FixedClock(START), rng=random.Random(seed))
    c.settings.update({"country": "KE", "site_prefix": "S" + "ABCDEFGHIJ"[seed % 10]})
    return c


def _stamp(c: Clinic, conn: Any) -> Any:
    c.clock.advance(milliseconds=7)  # type: ignore[attr-defined]
    return c.meta.stamp(conn)


def _audit(c: Clinic, action: str, table: str, row_id: str, **details: Any) -> None:
    AuditRepository(c.db, c.meta).append("bench", None, action, table, row_id, details)


def make_changes(c: Clinic, n: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Patients, a visit and a follow-up each, calls and edits, each action audited;
    returns patient and follow-up ids."""
    pids, fids = [], []
    with c.db.transaction() as conn:
        for i in range(n):
            s = _stamp(c, conn)
            pid = uuid7(i + 1, rng)
            phone = f'["+2547{rng.randrange(10**8):08d}"]'
            conn.execute(
                "INSERT INTO patients (id, clinic_number, clinic_seq, given_name, family_name, "
                "name_key, sex, birth_year, phones, phone_digits, village, created_at, "
                "updated_at, hlc, site_id) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, ?, ?)",
                (pid, f"SRC-{i + 1:06d}", i + 1, rng.choice(NAMES), rng.choice(NAMES),
                 rng.choice(("female", "male")), 1940 + rng.randrange(80), phone,
                 rng.choice(VILLAGES), s.now, s.now, s.hlc, s.site_id))
            vid, fid = uuid7(i + 1, rng), uuid7(i + 1, rng)
            conn.execute(
                "INSERT INTO visits (id, patient_id, visit_date, reason, medicines_changed, "
                "created_at, updated_at, hlc, site_id) VALUES (?, ?, ?, 'Check', 1, ?, ?, ?, ?)",
                (vid, pid, s.now[:10], s.now, s.now, s.hlc, s.site_id))
            conn.execute(
                "INSERT INTO follow_ups (id, patient_id, kind, due_date, rule, source_id, "
                "created_at, updated_at, hlc, site_id) VALUES (?, ?, 'medicine_check', ?, "
                "'medicine_check', ?, ?, ?, ?, ?)",
                (fid, pid, s.now[:10], vid, s.now, s.now, s.hlc, s.site_id))
            pids.append(pid)
            fids.append(fid)
            _audit(c, "patient.create", "patients", pid, clinic_number=f"SRC-{i + 1:06d}")
            _audit(c, "visit.create", "visits", vid, patient=pid)
        for i in range(0, n, 2):
            s = _stamp(c, conn)
            conn.execute(
                "INSERT INTO call_attempts (id, follow_up_id, patient_id, at, outcome, "
                "created_at, updated_at, hlc, site_id) VALUES (?, ?, ?, ?, 'reached', ?, ?, ?, ?)",
                (uuid7(i + 1, rng), fids[i], pids[i], s.now, s.now, s.now, s.hlc, s.site_id))
            _audit(c, "call.log", "patients", pids[i], outcome="reached")
    edit(c, pids, fids, rng)
    return pids, fids


def edit(c: Clinic, pids: list[str], fids: list[str], rng: random.Random) -> None:
    """Half the patients edited (a third of them a new phone number, the others a village
    and a note); half the follow-ups closed."""
    with c.db.transaction() as conn:
        for i, pid in enumerate(rng.sample(pids, len(pids) // 2)):
            s = _stamp(c, conn)
            if i % 3 == 0:
                conn.execute("UPDATE patients SET phones = ?, phone_confirmed_at = ?, "
                             "updated_at = ?, hlc = ? WHERE id = ?",
                             (f'["+2547{rng.randrange(10**8):08d}"]', s.now[:10], s.now, s.hlc,
                              pid))
            else:
                conn.execute("UPDATE patients SET village = ?, notes = ?, updated_at = ?, "
                             "hlc = ? WHERE id = ?", (rng.choice(VILLAGES), f"note {i}", s.now,
                                                      s.hlc, pid))
            _audit(c, "patient.edit", "patients", pid, fields=["phones", "village"])
        for fid in rng.sample(fids, len(fids) // 2):
            s = _stamp(c, conn)
            conn.execute("UPDATE follow_ups SET status = 'done', closed_reason = 'reached', "
                         "closed_at = ?, attempt_count = attempt_count + 1, updated_at = ?, "
                         "hlc = ? WHERE id = ?", (s.now, s.now, s.hlc, fid))


def apply_pages(c: Clinic, changes: list[dict[str, Any]], page: int) -> tuple[float, int, int]:
    """Apply in pages, one transaction each: (seconds, applied, duplicates)."""
    applied = dup = 0
    site = c.meta.site_id
    t0 = time.perf_counter()
    for i in range(0, len(changes), page):
        now = c.clock.now()
        with c.db.transaction() as conn:
            r = apply_changes(conn, changes[i:i + page], site_id=site,
                              wall_ms=int(now.timestamp() * 1000), country="KE",
                              new_id=c.meta.new_id, now_iso=iso_utc(now))
        applied += r.applied
        dup += r.duplicates
    return time.perf_counter() - t0, applied, dup


def capture_cost(folder: Path, n: int, seed: int) -> tuple[float, float]:
    """Seconds to register ``n`` patients by SQL with the capture triggers on, and off."""
    out = []
    for off in (False, True):
        c = clinic_at(folder / f"capture-{off}.db", seed)
        if off:
            c.db.conn.execute("INSERT INTO sync_capture_off (reason) VALUES ('bench')")
        t0 = time.perf_counter()
        make_changes(c, n, random.Random(seed))
        out.append(time.perf_counter() - t0)
        c.close()
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--page", type=int, default=5_000, help="changes a transaction")
    ap.add_argument("--reps", type=int, default=2, help="runs of each apply; the best counts")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        source = clinic_at(folder / "source.db", args.seed)
        pids, fids = make_changes(source, args.patients, rng)
        first = [o.change for o in pending(source.db.conn)]
        done = {o.change["change_id"] for o in pending(source.db.conn)}
        edit(source, pids, fids, rng)
        later = [o.change for o in pending(source.db.conn) if o.change["change_id"] not in done]
        stick = folder / "stick"
        stick.mkdir()
        bundle = SyncService(source).export_bundle(stick)
        source.close()
        times: dict[str, list[float]] = {"first": [], "again": [], "later": [], "bundle": []}
        n_bundle = 0
        for rep in range(args.reps):  # each on fresh databases; the best run counts
            target = clinic_at(folder / f"target{rep}.db", args.seed + 1)
            t, applied, _ = apply_pages(target, first, args.page)
            assert applied == len(first), (applied, len(first))
            times["first"].append(t)
            t, _, dups = apply_pages(target, first, args.page)
            assert dups == len(first)
            times["again"].append(t)
            t, applied, _ = apply_pages(target, later, args.page)
            assert applied == len(later)
            times["later"].append(t)
            assert target.patients.repo.count() == args.patients
            target.close()
            fresh = clinic_at(folder / f"fresh{rep}.db", args.seed + 2)
            t0 = time.perf_counter()
            report = SyncService(fresh).import_bundle(bundle)
            times["bundle"].append(time.perf_counter() - t0)
            n_bundle = report.received
            assert fresh.patients.repo.count() == args.patients
            fresh.close()
        t_first, t_again, t_later, t_bundle = (min(times[k]) for k in times)
        with_capture, without = capture_cost(folder, min(args.patients, 2_000), args.seed)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    runs = [("first sync (new rows)", len(first), t_first),
            ("the same pages again (duplicates)", len(first), t_again),
            ("later edits of rows held", len(later), t_later),
            ("bundle import (read, verify, apply)", n_bundle, t_bundle)]
    checks = [Check(name, f">= {TARGET:,.0f}/s", f"{n / s:,.0f}/s", n / s >= TARGET)
              for name, n, s in runs]
    failed = any(c.passed is False for c in checks)
    if args.json:
        print(json.dumps({"patients": args.patients, "seed": args.seed, "page": args.page,
                          "schema": LATEST, "runs": [{"name": r[0], "changes": r[1],
                                                      "seconds": r[2]} for r in runs],
                          "capture_s": {"on": with_capture, "off": without},
                          "checks": [c.as_dict() for c in checks], "passed": not failed},
                         indent=2))
        return int(failed)
    print(f"\nSync apply, {args.patients:,} patients' changes (seed {args.seed}), pages of "
          f"{args.page:,} changes, one transaction each; best of {args.reps} runs\n")
    print(table(["apply", "changes", "seconds", "changes/s"],
                [[name, f"{n:,}", f"{s:.2f}", f"{n / s:,.0f}"] for name, n, s in runs]))
    print(f"\ncapture triggers on a local write (not judged): {min(args.patients, 2_000):,} "
          f"patients' changes {with_capture:.2f} s with capture, {without:.2f} s without "
          f"({with_capture / without:.1f}x)\n")
    print(table(["target", "limit", "measured", "result"],
                [[c.name, c.target, c.measured, c.verdict] for c in checks]))
    print(f"\n{'FAIL' if failed else 'PASS'}")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
