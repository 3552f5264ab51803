"""Import of a 100,000-row patient list with duplicate checks: target <= 30 s.

Builds (or with --reuse keeps) a seeded clinic of existing patients (100,000 by default; a
real register, so every new row is also captured for sync), and a seeded CSV the way a
French-speaking clinic's spreadsheet saves it (Windows-1252, semicolons, dates day first,
some ages instead of dates): about 5 % copies of registered patients (spelling, accents or
capitals changed), 2 % repeated rows, 3 % rows with a bad phone, an impossible date or no
name. Then it times, on a fresh copy of the clinic each run: the dry run (read, map, check
every row, nothing written) and the import (the same and the one transaction), beside the
bare floor: the same number of prepared rows inserted by one executemany. Prints a table;
exits 1 when the import's median is over 30 s.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import Check, table  # noqa: E402
from clinic_app.domain.clock import FixedClock  # noqa: E402
from clinic_app.domain.ids import uuid7  # noqa: E402
from clinic_app.domain.text import format_clinic_number, name_key  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402
from clinic_app.services.demo import NAMES, PATIENT_COLUMNS, VILLAGES  # noqa: E402

TARGET_S = 30.0
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
DATA = Path(__file__).resolve().parent / ".data"
SYLLABLES = ["ka", "ki", "ko", "ma", "mu", "mwa", "nje", "ngu", "o", "a", "ti", "to", "wa",
             "ri", "ru", "be", "ba", "lo", "le", "che", "dia", "ye", "nyo", "si", "ha", "za",
             "gar", "mer", "ben", "lef", "ro", "que", "gon", "san", "fer", "dez", "mon"]


def _families(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).title())
    return sorted(out)


def _person(rng: random.Random, families: list[str]) -> dict[str, str]:
    lang = rng.choice(list(NAMES))
    female, male, _ = NAMES[lang]
    sex = rng.choice(("female", "male"))
    age = min(int(rng.expovariate(1 / 30)), 99)
    born = NOW.date() - dt.timedelta(days=age * 365 + rng.randrange(365))
    return {"given": rng.choice(female if sex == "female" else male),
            "family": rng.choice(families), "sex": sex, "born": born.isoformat(),
            "phone": f"07{rng.choice('0124579')}{rng.randrange(10_000_000):07d}",
            "village": rng.choice(VILLAGES)}


def build_clinic(path: Path, n: int, seed: int) -> list[dict[str, str]]:
    """A real (not demo) register of ``n`` seeded patients; returns them."""
    rng = random.Random(seed)
    families = _families(rng, 20_000)
    people = [_person(rng, families) for _ in range(n)]
    if path.exists():
        return people
    tmp = path.with_suffix(".building")
    for f in tmp.parent.glob(tmp.name + "*"):
        f.unlink()
    clinic = Clinic(tmp, clock=FixedClock(NOW), rng=random.Random(seed))
    clinic.settings.update({"country": "KE", "site_prefix": "KIB", "default_language": "sw",
                            "clinic_name": "Benchmark clinic"})
    site = clinic.meta.site_id
    ms = int(NOW.timestamp() * 1000)
    stamp = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    rows = []
    for i, p in enumerate(people, start=1):
        e164 = "+254" + p["phone"][1:]
        rows.append((uuid7(ms - (n - i) * 1000, rng), format_clinic_number("KIB", i), i,
                     p["given"], p["family"], "", name_key(p["family"], p["given"]), p["sex"],
                     p["born"], None, 0, json.dumps([e164]), f"{e164[1:]} {p['phone']}",
                     None, p["village"], "", "sw", "call", "any", 0, None, 0, 0, "active", "",
                     stamp, stamp, f"{ms:013d}-000000-{site}", site, 0))
    clinic.patients.repo.bulk_insert(PATIENT_COLUMNS, rows)
    clinic.db.checkpoint()
    clinic.close()
    tmp.rename(path)
    return people


def _fold_accents(text: str) -> str:
    from clinic_app.domain.text import fold

    return fold(text).title()


def make_csv(path: Path, rows: int, registered: list[dict[str, str]], seed: int) -> dict[str,
                                                                                       int]:
    """The seeded list; returns how many of each kind it holds."""
    rng = random.Random(seed + 1)
    families = _families(rng, 30_000)
    kinds = {"new": 0, "registered": 0, "repeated": 0, "bad": 0}
    written: list[list[str]] = []
    for _ in range(rows):
        roll = rng.random()
        if roll < 0.05:
            p = dict(rng.choice(registered))
            change = rng.random()
            p["given"] = _fold_accents(p["given"]) if change < 0.5 else p["given"].upper()
            kinds["registered"] += 1
        elif roll < 0.07 and written:
            written.append(list(rng.choice(written)))
            kinds["repeated"] += 1
            continue
        else:
            p = _person(rng, families)
            kinds["new"] += 1
        born = dt.date.fromisoformat(p["born"])
        birth, age = born.strftime("%d/%m/%Y"), ""
        if rng.random() < 0.1:
            birth, age = "", f"{NOW.year - born.year} ans"
        phone = f"{p['phone'][:4]} {p['phone'][4:7]} {p['phone'][7:]}"
        if rng.random() < 0.03:
            kinds["bad"] += 1
            kinds["new"] -= 1 if roll >= 0.07 else 0
            kinds["registered"] -= 1 if roll < 0.05 else 0
            fault = rng.choice(("phone", "date", "name"))
            if fault == "phone":
                phone = phone[:5]
            elif fault == "date":
                birth, age = f"31/02/{born.year}", ""
            else:
                p["given"] = p["family"] = ""
        sex = {"female": "F", "male": "H"}[p["sex"]]
        written.append([p["family"].upper(), p["given"], birth, age, phone, sex, p["village"]])
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    out.writerow(["Nom", "Prénom", "Date de naissance", "Âge", "Téléphone", "Sexe", "Village"])
    out.writerows(written)
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    return kinds


def _fresh(base: Path, work: Path) -> Clinic:
    for f in work.parent.glob(work.name + "*"):
        f.unlink()
    shutil.copyfile(base, work)
    clinic = Clinic(work, clock=FixedClock(NOW), rng=random.Random(3))
    clinic.patients.repo.count()  # open the connection before the clock starts
    return clinic


def floor_insert(clinic: Clinic, plan: object) -> float:
    """The same rows, prepared, by one executemany in one transaction (triggers as set)."""
    rows = []
    site = clinic.meta.site_id
    ms = int(NOW.timestamp() * 1000)
    stamp = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    seq = clinic.patients.repo.next_clinic_seq()
    rng = random.Random(9)
    for i, c in enumerate(plan.to_import):  # type: ignore[attr-defined]
        p = c.patient
        rows.append((uuid7(ms, rng), format_clinic_number("KIB", seq + i), seq + i,
                     p.given_name, p.family_name, "", name_key(p.family_name, p.given_name),
                     p.sex.value, p.birth_date, p.birth_year, int(p.birth_year_estimated),
                     json.dumps(list(p.phones)), c.phone_digits, p.village, p.preferred_language,
                     stamp, stamp, f"{ms:013d}-000000-{site}", site))
    cols = ("id, clinic_number, clinic_seq, given_name, family_name, other_names, name_key, "
            "sex, birth_date, birth_year, birth_year_estimated, phones, phone_digits, village, "
            "preferred_language, created_at, updated_at, hlc, site_id")
    started = time.perf_counter()
    with clinic.db.transaction() as conn:
        conn.executemany(f"INSERT INTO patients ({cols}) VALUES ({', '.join('?' * 19)})", rows)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    from clinic_app.interchange.csv_import import DUPLICATE, REJECTED, import_table
    from clinic_app.interchange.csv_read import read_file

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000, help="rows in the CSV")
    ap.add_argument("--existing", type=int, default=100_000, help="patients already there")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reuse", action="store_true", help="keep the built clinic and CSV")
    ap.add_argument("--quick", action="store_true", help="10,000 rows on 10,000 patients")
    args = ap.parse_args(argv)
    if args.quick:
        args.rows, args.existing, args.runs = 10_000, 10_000, 1
    DATA.mkdir(exist_ok=True)
    base = DATA / f"import-base-{args.existing}-{args.seed}.sqlite3"
    source = DATA / f"import-{args.rows}-{args.seed}.csv"
    if not args.reuse:
        for f in DATA.glob(base.name + "*"):
            f.unlink()
    started = time.perf_counter()
    registered = build_clinic(base, args.existing, args.seed)
    built = time.perf_counter() - started
    kinds = make_csv(source, args.rows, registered, args.seed)
    work = DATA / "import-work.sqlite3"
    dry, full, floor, read = [], [], [], []
    plan = None
    for _ in range(args.runs):
        clinic = _fresh(base, work)
        t0 = time.perf_counter()
        table_ = read_file(source)
        read.append(time.perf_counter() - t0)
        plan = import_table(clinic, source, table_, dry_run=True)
        dry.append(time.perf_counter() - t0)
        clinic.close()
        clinic = _fresh(base, work)
        t0 = time.perf_counter()
        done = import_table(clinic, source, read_file(source),
                            rejects_to=DATA / "import-rejects.csv")
        full.append(time.perf_counter() - t0)
        clinic.close()
        clinic = _fresh(base, work)
        floor.append(floor_insert(clinic, plan))
        clinic.close()
    assert plan is not None
    med = statistics.median
    print(f"existing clinic: {args.existing:,} patients (built in {built:.1f} s); "
          f"CSV: {args.rows:,} rows ({source.stat().st_size / 2**20:.1f} MB, Windows-1252, "
          f"semicolons): {kinds}")
    print(f"result: {done.imported:,} imported, {done.count(DUPLICATE):,} duplicates "
          f"({sum(1 for o in done.outcomes if o.status == DUPLICATE and o.duplicate_of.startswith('row')):,}"  # noqa: E501
          f" of other rows), {done.count(REJECTED):,} rejected; runs: {args.runs}\n")
    checks = [
        Check("read + sniff (median)", "-", f"{med(read):.2f} s", None),
        Check("dry run (median)", "-", f"{med(dry):.2f} s", None,
              "read, map, check, duplicates; nothing written"),
        Check(f"import {args.rows:,} rows (median)", f"<= {TARGET_S:.0f} s",
              f"{med(full):.2f} s", med(full) <= TARGET_S,
              "all runs " + ", ".join(f"{s:.1f}" for s in full)),
        Check("bare floor: executemany (median)", "-", f"{med(floor):.2f} s", None,
              f"{len(plan.to_import):,} prepared rows, one transaction"),
        Check("ratio import / floor", "-", f"{med(full) / med(floor):.1f} x", None),
    ]
    print(table(["check", "target", "measured", "verdict", "note"],
                [[c.name, c.target, c.measured, c.verdict, c.note] for c in checks]))
    for f in DATA.glob("import-work.sqlite3*"):
        f.unlink()
    ok = all(c.passed is not False for c in checks)
    print("\nPASS" if ok else "\nFAIL: the import took longer than 30 s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
