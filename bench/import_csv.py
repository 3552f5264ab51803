"""Import of a 100,000-row patient list with duplicate checks: target <= 30 s.

Builds (or with --reuse keeps) a seeded clinic of existing patients (100,000 by default; a
real register, so every new row is also captured for sync; encrypted at rest as the app makes
a clinic's database, or plain with --plain), and a seeded CSV the way a
French-speaking clinic's spreadsheet saves it (Windows-1252, semicolons, dates day first,
some ages instead of dates), with names as varied as a real register's (the demo's name lists,
a second given name for some, and many family names): about 3 % copies of registered
patients (accents, capitals or spelling changed), 1 % repeated rows, 2 % rows with a bad
phone, an impossible date or no name. Then it times, on a fresh copy of the clinic each run:
the dry run (read, map, check every row, nothing written) and the import (the same and the
one transaction), beside the bare floor: the same number of prepared rows inserted by one
executemany. Prints a table; exits 1 when the import's median is over 30 s.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
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
from clinic_app.services.demo import (  # noqa: E402
    LANGUAGE_WEIGHTS,
    NAMES,
    PATIENT_COLUMNS,
    VARIANTS,
    VILLAGES,
)

TARGET_S = 30.0
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
DATA = Path(__file__).resolve().parent / ".data"
# Family names: the demo's common ones for a share of people (as in a real catchment, a few
# surnames are everywhere), the rest made from open syllables the way Bantu, Hausa and
# Romance surnames sound - many different ones, as a real register of 100,000 people has.
ONSETS = ["b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "mb", "n", "nd", "ng", "ny", "p",
          "r", "s", "sh", "t", "v", "w", "y", "z", "kh", "br", "tr", "gr", "bl", "ts"]
VOWELS = ["a", "e", "i", "o", "u", "a", "i", "o", "ai", "ie", "ou", "ue"]
CODAS = ["", "", "", "", "n", "r", "l", "s", "m", "t"]
REGISTERED = 0.03  # rows that are registered patients again, typed a little differently
REPEATED = 0.01  # rows that repeat an earlier row of the list
BAD = 0.02  # rows with a bad phone, an impossible date or no name
COMMON_FAMILY = 0.06  # share of people with one of the demo's family names
SECOND_GIVEN = 0.1  # share with a second given name ('Amina Zawadi')


def _families(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        name = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                       for _ in range(rng.choice((2, 2, 3, 3, 4))))
        out.add(name.title())
    return sorted(out)


def _person(rng: random.Random, families: list[str]) -> dict[str, str]:
    lang = rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]
    female, male, common = NAMES[lang]
    sex = rng.choice(("female", "male"))
    given_names = female if sex == "female" else male
    given = rng.choice(given_names)
    if rng.random() < SECOND_GIVEN:
        given += " " + rng.choice([g for g in given_names if g != given])
    family = rng.choice(common) if rng.random() < COMMON_FAMILY else rng.choice(families)
    age = min(int(rng.expovariate(1 / 30)), 99)
    born = NOW.date() - dt.timedelta(days=age * 365 + rng.randrange(365))
    return {"given": given, "family": family, "sex": sex, "born": born.isoformat(),
            "phone": f"07{rng.choice('0124579')}{rng.randrange(10_000_000):07d}",
            "village": rng.choice(VILLAGES)}


def build_clinic(path: Path, n: int, seed: int, key: bytes | None) -> list[dict[str, str]]:
    """A real (not demo) register of ``n`` seeded patients (encrypted with ``key``); returns
    them."""
    rng = random.Random(seed)
    families = _families(rng, 20_000)
    people = [_person(rng, families) for _ in range(n)]
    if path.exists():
        return people
    tmp = path.with_suffix(".building")
    for f in tmp.parent.glob(tmp.name + "*"):
        f.unlink()
    clinic = Clinic(tmp, clock=FixedClock(NOW), rng=random.Random(seed), key=key)
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


def _respelled(rng: random.Random, given: str) -> str:
    """A registered patient's given name as another clerk typed it."""
    change = rng.random()
    if change < 0.4:
        return _fold_accents(given)
    if change < 0.7:
        return given.upper()
    first, _, rest = given.partition(" ")
    return " ".join(w for w in (VARIANTS.get(first, first[:-1] + first[-1] * 2), rest) if w)


def make_csv(path: Path, rows: int, registered: list[dict[str, str]], seed: int) -> dict[str,
                                                                                       int]:
    """The seeded list; returns how many of each kind it holds."""
    rng = random.Random(seed + 1)
    families = _families(rng, 30_000)
    kinds = {"new": 0, "registered": 0, "repeated": 0, "bad": 0}
    written: list[list[str]] = []
    good: list[int] = []  # rows a repeat may copy (a repeated bad row is just bad again)
    for _ in range(rows):
        roll = rng.random()
        if roll < REPEATED and good:
            written.append(list(written[rng.choice(good)]))
            kinds["repeated"] += 1
            continue
        if roll < REPEATED + REGISTERED:
            p = dict(rng.choice(registered))
            p["given"] = _respelled(rng, p["given"])
            kind = "registered"
        else:
            p = _person(rng, families)
            kind = "new"
        born = dt.date.fromisoformat(p["born"])
        birth, age = born.strftime("%d/%m/%Y"), ""
        if rng.random() < 0.1:
            birth, age = "", f"{NOW.year - born.year} ans"
        phone = f"{p['phone'][:4]} {p['phone'][4:7]} {p['phone'][7:]}"
        if rng.random() < BAD:
            kind = "bad"
            fault = rng.choice(("phone", "date", "name"))
            if fault == "phone":
                phone = phone[:5]
            elif fault == "date":
                birth, age = f"31/02/{born.year}", ""
            else:
                p["given"] = p["family"] = ""
        else:
            good.append(len(written))
        kinds[kind] += 1
        sex = {"female": "F", "male": "H"}[p["sex"]]
        written.append([p["family"].upper(), p["given"], birth, age, phone, sex, p["village"]])
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    out.writerow(["Nom", "Prénom", "Date de naissance", "Âge", "Téléphone", "Sexe", "Village"])
    out.writerows(written)
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    return kinds


def _fresh(base: Path, work: Path, key: bytes | None) -> Clinic:
    for f in work.parent.glob(work.name + "*"):
        f.unlink()
    shutil.copyfile(base, work)
    clinic = Clinic(work, clock=FixedClock(NOW), rng=random.Random(3), key=key)
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
    ap.add_argument("--plain", action="store_true",
                    help="a plain database file (the app encrypts a clinic's database)")
    args = ap.parse_args(argv)
    if args.quick:
        args.rows, args.existing, args.runs = 10_000, 10_000, 1
    DATA.mkdir(exist_ok=True)
    # a fixed key: the benchmark's database holds generated people only
    key = None if args.plain else hashlib.sha256(b"clinic-app import bench").digest()
    base = DATA / (f"import-base-v2-{args.existing}-{args.seed}"
                   f"{'' if args.plain else '-encrypted'}.sqlite3")
    source = DATA / f"import-v2-{args.rows}-{args.seed}.csv"
    if not args.reuse:
        for f in DATA.glob(base.name + "*"):
            f.unlink()
    started = time.perf_counter()
    registered = build_clinic(base, args.existing, args.seed, key)
    built = time.perf_counter() - started
    kinds = make_csv(source, args.rows, registered, args.seed)
    work = DATA / "import-work.sqlite3"
    dry, full, floor, read = [], [], [], []
    plan = None
    for _ in range(args.runs):
        clinic = _fresh(base, work, key)
        t0 = time.perf_counter()
        table_ = read_file(source)
        read.append(time.perf_counter() - t0)
        plan = import_table(clinic, source, table_, dry_run=True)
        dry.append(time.perf_counter() - t0)
        clinic.close()
        clinic = _fresh(base, work, key)
        t0 = time.perf_counter()
        done = import_table(clinic, source, read_file(source),
                            rejects_to=DATA / "import-rejects.csv")
        full.append(time.perf_counter() - t0)
        clinic.close()
        clinic = _fresh(base, work, key)
        floor.append(floor_insert(clinic, plan))
        clinic.close()
    assert plan is not None
    med = statistics.median
    print(f"existing clinic: {args.existing:,} patients "
          f"({'plain file' if key is None else 'encrypted'}; built in {built:.1f} s); "
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
