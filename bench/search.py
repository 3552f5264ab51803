"""Front-desk search and patient-list benchmark on a seeded 1,000,000-patient clinic.

    .venv/bin/python bench/search.py [--patients N] [--seed S] [--reuse] [--quick] [--json]

Builds the demo database twice from the same seed (timed): plain, and encrypted at rest
(SQLCipher, its key in a key file beside it) as the app keeps it. On each it runs a seeded
mix of type-ahead searches through ``PatientService.search`` and, for each input, the one
raw query of the tier that produced most of its rows (the floor: stdlib sqlite3 on the
plain file, a sqlcipher3 connection with the key on the encrypted one), then times the
patient list's first paint. Exits 1 when a judged target is missed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import argparse
import gc
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import Check, Stats, rss_mb, table

from clinic_app.db.search import MIN_PHONE_DIGITS, name_match_expr, phone_match_expr
from clinic_app.domain.text import digits, fold, format_clinic_number, tokens
from clinic_app.security.keys import read_key_file
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic
from clinic_app.services.demo import DEMO_SETTINGS, LANGUAGE_WEIGHTS, NAMES, VILLAGES
from clinic_app.services.opening import open_clinic

MILLION = 1_000_000
LIMIT = 50
REPS = 3  # each query is timed this many times (in shuffled order)
PAINT_REPEATS = 5
NO_MATCH = "no match"  # reported, not judged: the suggestions path
TARGETS = {"build_s": 60.0, "service_p95_ms": 10.0, "ratio": 3.0, "paint_ms": 100.0,
           "paint_rss_mb": 50.0}
_FROM = "SELECT p.* FROM {fts} f JOIN patients p ON p.pk = f.rowid WHERE {fts} MATCH ? LIMIT 50"
BARE_SQL = {"name": _FROM.format(fts="patient_names_fts"),
            "name_prefix": _FROM.format(fts="patient_names_fts"),
            "phone": _FROM.format(fts="patient_phones_fts"),
            "clinic_number": "SELECT p.* FROM patients p WHERE p.clinic_seq = ? LIMIT 50"}
Query = tuple[str, str]  # (category, text typed)


@dataclass(frozen=True)
class Built:
    path: Path
    seconds: float | None  # None: reused
    key_file: Path | None = None  # set for the encrypted database

    def open(self) -> Clinic:
        if self.key_file is None:
            return Clinic(self.path, create=False)
        return open_clinic(self.path, key_file=self.key_file).clinic

    def bare(self) -> Any:
        """The floor's connection: default pragmas, and only the key when there is one."""
        if self.key_file is None:
            return sqlite3.connect(self.path)
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(str(self.path))
        conn.execute(f"PRAGMA key = \"x'{read_key_file(self.key_file).hex()}'\"")
        return conn


def build(data_dir: Path, patients: int, seed: int, reuse: bool,
          encrypted: bool = False) -> Built:
    """The seeded database, built unless ``reuse`` finds a finished one. Encrypted: made as
    the app makes one (``open_clinic(create=True)``), its key in a key file beside it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"patients-{patients}-seed{seed}{'-encrypted' if encrypted else ''}.db"
    marker = path.with_suffix(".json")
    key_file = path.with_suffix(".key") if encrypted else None
    # The generator's source is part of the key: a changed generator makes different data.
    source = hashlib.sha256(Path(demo.__file__).read_bytes()).hexdigest()[:16]
    made = {"patients": patients, "seed": seed, "generator": source}
    if encrypted:
        made["encrypted"] = True
    if reuse and path.exists() and marker.exists() and json.loads(marker.read_text()) == made \
            and (key_file is None or key_file.exists()):
        return Built(path, None, key_file)
    for stale in (marker, path, Path(f"{path}-wal"), Path(f"{path}-shm"), key_file):
        if stale is not None:
            stale.unlink(missing_ok=True)
    started = time.perf_counter()
    clinic = open_clinic(path, key_file=key_file, create=True, encrypt=encrypted).clinic
    demo.generate(clinic, patients, seed)
    clinic.close()
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps(made))
    return Built(path, seconds, key_file)


def make_queries(rng: random.Random, conn: Any, patients: int) -> list[Query]:
    """The seeded mix of what receptionists type; names from the demo's own lists."""
    langs, weights = list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values())

    def person() -> tuple[str, str]:
        female, male, family = NAMES[rng.choices(langs, weights)[0]]
        return rng.choice(female + male), rng.choice(family)

    def typed(text: str) -> str:  # as written, or all lower case
        return text if rng.random() < 0.5 else text.lower()

    def pair(given: str, family: str) -> str:
        return f"{given} {family}" if rng.random() < 0.5 else f"{family} {given}"

    words = sorted({w for f, m, fam in NAMES.values() for w in f + m + fam})
    accented = [w for w in words if fold(w) != w.lower()]
    qs: list[Query] = [("prefix 1-3", typed(rng.choice(words)[:rng.randint(1, 3)]))
                       for _ in range(100)]
    qs += [("full name", typed(pair(*person()))) for _ in range(60)]
    for _ in range(50):
        given, family = person()
        qs.append(("two-word prefix", pair(given[:rng.randint(2, 4)].lower(),
                                           family[:rng.randint(2, 4)].lower())))
    for _ in range(50):
        word = rng.choice(accented)
        lang = next(lg for lg, lists in NAMES.items() if any(word in x for x in lists))
        female, male, family = NAMES[lang]
        other = rng.choice(family if word not in family else female + male)
        text = word if rng.random() < 0.4 else pair(word, other)
        qs.append(("accented", text if rng.random() < 0.5 else fold(text)))
    for _ in range(60):
        row = conn.execute("SELECT phone_digits FROM patients WHERE pk = ?",
                           (rng.randint(1, patients),)).fetchone()
        national = row[0].split()[-1]  # '0712345678'
        qs.append(("phone", rng.choice([
            national[:4], f"{national[4:7]} {national[7:]}", f"+254 {national[1:3]}",
            national[-4:], national[3:8], f"{national[:4]} {national[4:7]} {national[7:]}"])))
    prefix = DEMO_SETTINGS["site_prefix"]
    for _ in range(40):
        seq = rng.randint(1, patients)
        qs.append(("clinic no.", rng.choice([
            format_clinic_number(prefix, seq), f"{prefix}-{seq}", f"{prefix.lower()} {seq}",
            str(seq)])))
    for _ in range(12):
        full = typed(" ".join(person()))
        qs += [("type-ahead", full[:n]) for n in range(1, len(full) + 1)]
    long_words = [w for w in words if len(w) >= 5]
    for _ in range(12):  # a typo (two letters swapped) or a village: no hits, so suggestions
        word = rng.choice(long_words)
        i = rng.randrange(1, len(word) - 2)
        qs.append((NO_MATCH, word[:i] + word[i + 1] + word[i] + word[i + 2:]))
    qs += [(NO_MATCH, v) for v in rng.sample(VILLAGES, 8)]
    return qs


def bare_query(text: str, tiers: Counter[str]) -> tuple[str, tuple[Any, ...]]:
    """The raw query of the tier that gave most of the rows (or would have run)."""
    words = [t for t in tokens(text) if not t.isdigit()]
    tier = tiers.most_common(1)[0][0] if tiers else (
        "name_prefix" if words else "phone" if len(digits(text)) >= MIN_PHONE_DIGITS
        else "clinic_number")
    if tier == "clinic_number":
        return BARE_SQL[tier], (int(digits(text) or 0),)
    if tier == "phone":
        return BARE_SQL[tier], (phone_match_expr(digits(text)),)
    return BARE_SQL[tier], (name_match_expr(words, prefix=tier == "name_prefix"),)


def measure_search(clinic: Clinic, conn: Any, queries: list[Query],
                   rng: random.Random) -> dict[str, tuple[list[int], list[int]]]:
    """Per category: (service ns, bare ns) samples, each query REPS times, shuffled."""
    bare = []
    for _, text in queries:  # warm-up; learns which tier answers each query
        hits = clinic.patients.search(text, limit=LIMIT).hits
        sql, params = bare_query(text, Counter(h.tier for h in hits))
        conn.execute(sql, params).fetchall()
        bare.append((sql, params))
    order = [(i, rep) for i in range(len(queries)) for rep in range(REPS)]
    rng.shuffle(order)
    out: dict[str, tuple[list[int], list[int]]] = {c: ([], []) for c, _ in queries}
    clock = time.perf_counter_ns
    gc.collect()
    for i, rep in order:
        category, text = queries[i]
        sql, params = bare[i]
        for which in ((0, 1) if rep % 2 == 0 else (1, 0)):  # alternate who goes first
            t0 = clock()
            if which == 0:
                clinic.patients.search(text, limit=LIMIT)
            else:
                conn.execute(sql, params).fetchall()
            out[category][which].append(clock() - t0)
    return out


def measure_paint(clinic: Clinic) -> tuple[list[float], float]:
    """First paint of the patient list: ms per fresh model+view, and RSS growth (MB)."""
    from PySide6.QtWidgets import QApplication, QTableView

    from clinic_app.ui.patient_list_model import PatientListModel
    from clinic_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()  # as in the app: the register's count is taken off the GUI thread
    app.processEvents()
    gc.collect()
    before, growth, times = rss_mb(), 0.0, []
    for i in range(PAINT_REPEATS):
        t0 = time.perf_counter_ns()
        model = PatientListModel(clinic.patients, run=runner.run)
        model.browse()
        view = QTableView()
        view.setModel(model)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        view.grab()  # renders every visible cell
        times.append((time.perf_counter_ns() - t0) / 1e6)
        if i == 0:
            growth = rss_mb() - before
        runner.wait()
        app.processEvents()  # the count arrives: the scroll bar now spans the register
        assert model.rowCount() == clinic.patients.count()
        view.close()
        view.deleteLater()
        model.deleteLater()
        app.processEvents()
    return times, growth


def stats_row(name: str, service: Stats, bare: Stats) -> list[str]:
    return [name, str(service.n), *(f"{v:.2f}" for v in (service.median, service.p95,
            service.max, bare.median, bare.p95, bare.max)), f"{service.p95 / bare.p95:.1f}"]


def judged(value: float, limit: float, unit: str, name: str, judge: bool = True,
           note: str = "") -> Check:
    return Check(name, f"<= {limit:g} {unit}", f"{value:.{1 if unit != 'ms' else 2}f} {unit}",
                 (value <= limit) if judge else None, note)


Samples = dict[str, tuple[list[int], list[int]]]


def summarise(samples: Samples) -> tuple[dict[str, tuple[Stats, Stats]], tuple[Stats, Stats]]:
    """Per category (service, bare) stats, and overall over the judged categories."""
    cats = {c: (Stats.of(svc), Stats.of(raw)) for c, (svc, raw) in samples.items()}
    judged_cats = [c for c in samples if c != NO_MATCH]
    overall = (Stats.of([s for c in judged_cats for s in samples[c][0]]),
               Stats.of([s for c in judged_cats for s in samples[c][1]]))
    return cats, overall


def run_one(built: Built, queries: list[Query], seed: int, log: Any,
            label: str) -> tuple[Samples, list[float], float]:
    """Search samples and first paints on one database (the same queries, the same order)."""
    gc.collect()
    clinic, conn = built.open(), built.bare()
    log(f"{label}: searching, {len(queries)} queries x {REPS} ...")
    samples = measure_search(clinic, conn, queries, random.Random(seed + 1))
    log(f"{label}: painting the patient list ...")
    paint, paint_rss = measure_paint(clinic)
    conn.close()
    clinic.close()
    return samples, paint, paint_rss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, help="patients to generate (default 1000000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data-dir", type=Path, default=Path(__file__).parent / ".data")
    ap.add_argument("--reuse", action="store_true", help="keep existing dbs of same N/seed")
    ap.add_argument("--quick", action="store_true", help="smoke run: 50,000 patients")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    n = args.patients or (50_000 if args.quick else MILLION)
    log = (lambda *_: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))

    log(f"building {n:,} patients (seed {args.seed}) in {args.data_dir} ...")
    plain = build(args.data_dir, n, args.seed, args.reuse)
    log(f"building them again, encrypted (key file {plain.path.stem}-encrypted.key) ...")
    enc = build(args.data_dir, n, args.seed, args.reuse, encrypted=True)
    with closing(plain.bare()) as conn:
        queries = make_queries(random.Random(args.seed), conn, n)
    runs = {"plain": run_one(plain, queries, args.seed, log, "plain"),
            "encrypted": run_one(enc, queries, args.seed, log, "encrypted")}
    stats = {k: summarise(samples) for k, (samples, _, _) in runs.items()}

    checks = []
    for label, built in (("plain", plain), ("encrypted", enc)):
        judge = built.seconds is not None and n == MILLION and not args.quick \
            and label == "plain"
        note = "" if judge else ("reported, not judged" if n == MILLION and not args.quick
                                 else "1 M target: not judged")
        checks.append(
            Check(f"demo data build, {label}", "<= 60 s (1 M)", "skipped", None, "--reuse")
            if built.seconds is None else
            judged(built.seconds, TARGETS["build_s"], "s", f"demo data build, {label} ({n:,})",
                   judge, note))
    for label in runs:
        _, overall = stats[label]
        checks += [
            judged(overall[0].p95, TARGETS["service_p95_ms"], "ms",
                   f"search p95 (service), {label}"),
            judged(overall[0].p95 / overall[1].p95, TARGETS["ratio"], "x",
                   f"search p95 ratio service/bare, {label}"),
            judged(statistics.median(runs[label][1]), TARGETS["paint_ms"], "ms",
                   f"list first paint (median), {label}"),
            judged(runs[label][2], TARGETS["paint_rss_mb"], "MB",
                   f"list first paint RSS growth, {label}", label == "plain",
                   "" if label == "plain" else "Qt already loaded: not judged"),
        ]
    failed = any(c.passed is False for c in checks)
    if args.json:
        print(json.dumps({
            "patients": n, "seed": args.seed, "reps": REPS, "queries": len(queries),
            **{label: {
                "db": str(built.path), "build_s": built.seconds, "paint_ms": runs[label][1],
                "paint_rss_mb": runs[label][2],
                "categories": {c: {"service": vars(s), "bare": vars(b)}
                               for c, (s, b) in stats[label][0].items()},
                "overall": {"service": vars(stats[label][1][0]), "bare": vars(stats[label][1][1]),
                            "ratio": stats[label][1][0].p95 / stats[label][1][1].p95}}
               for label, built in (("plain", plain), ("encrypted", enc))},
            "checks": [c.as_dict() for c in checks], "passed": not failed}, indent=2))
        return int(failed)
    for label in runs:
        cats, overall = stats[label]
        rows = [stats_row(c + (" *" if c == NO_MATCH else ""), *cats[c]) for c in cats]
        rows.append(stats_row("overall", *overall))
        print(f"\nSearch latency, ms, {label.upper()} database ({n:,} patients, seed "
              f"{args.seed}, limit {LIMIT}, {len(queries)} queries x {REPS} runs)")
        print(table(["category", "runs", "svc med", "svc p95", "svc max", "bare med",
                     "bare p95", "bare max", "ratio"], rows))
    print("svc = clinic.patients.search(q, limit=50); bare = the one raw query of the tier "
          "that gave most of\nq's rows: stdlib sqlite3 on the plain file, sqlcipher3 with "
          "PRAGMA key on the encrypted one.\nratio = p95(svc) / p95(bare) over the same runs. "
          "* not in overall: no hits, so the service\nalso computes spelling suggestions.\n")
    (pc, po), (ec, eo) = stats["plain"], stats["encrypted"]
    side = [[c, f"{pc[c][0].p95:.2f}", f"{ec[c][0].p95:.2f}", f"{ec[c][0].p95 / pc[c][0].p95:.2f}",
             f"{pc[c][1].p95:.2f}", f"{ec[c][1].p95:.2f}"] for c in pc]
    side.append(["overall", f"{po[0].p95:.2f}", f"{eo[0].p95:.2f}", f"{eo[0].p95 / po[0].p95:.2f}",
                 f"{po[1].p95:.2f}", f"{eo[1].p95:.2f}"])
    print("Search p95, ms: encrypted beside plain")
    print(table(["category", "svc plain", "svc enc", "enc/plain", "bare plain", "bare enc"],
                side))
    print()
    print(table(["target", "limit", "measured", "result"],
                [[c.name, c.target, c.measured, c.verdict + (f" ({c.note})" if c.note else "")]
                 for c in checks]))
    print(f"\n{'FAIL' if failed else 'PASS'}: paint runs (ms) plain "
          f"{', '.join(f'{t:.1f}' for t in runs['plain'][1])}; encrypted "
          f"{', '.join(f'{t:.1f}' for t in runs['encrypted'][1])}")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
