"""Sync tests: several clinics, each its own site in a real SQLite file, exchanging bundles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_app.db.followups import REBUILD_CALL_HOLDS
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.phones import search_digits_for
from clinic_app.domain.text import name_key
from clinic_app.services.clinic import Clinic
from clinic_app.sync import SYNCED_TABLES
from clinic_app.sync.bundle import ImportReport
from clinic_app.sync.changes import table_specs
from clinic_app.sync.service import SyncService

TODAY = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
PREFIXES = ("KIA", "KIB", "KIC", "KID", "KIE")


class Site:
    """One clinic PC: its database, its clock, its sync service."""

    def __init__(self, path: Path, n: int, clock: FixedClock) -> None:
        self.clock = clock
        self.clinic = Clinic(path, clock=clock, rng=random.Random(1000 + n))
        self.clinic.settings.update({"country": "KE", "site_prefix": PREFIXES[n],
                                     "clinic_name": f"Clinic {PREFIXES[n]}"})
        self.sync = SyncService(self.clinic)
        self.folder = path.parent / f"stick-{n}"
        self.folder.mkdir(exist_ok=True)

    @property
    def db(self) -> Any:
        return self.clinic.db

    def register(self, given: str, family: str, phone: str = "0712 345 678",
                 **more: Any) -> str:
        p = self.clinic.patients.register(
            {"given_name": given, "family_name": family, "phones": [phone], **more},
            confirmed_new=True)
        assert p.id
        return p.id

    def edit(self, patient_id: str, **data: Any) -> None:
        self.clinic.patients.update(patient_id, data)

    def export(self) -> Path:
        return self.sync.export_bundle(self.folder)

    def outbox(self, table: str | None = None) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT table_name, row_id, op, fields, base, hlc, change_id "
                             "FROM sync_outbox ORDER BY seq")
        return [{"table": r[0], "row_id": r[1], "op": r[2], "fields": json.loads(r[3]),
                 "base": json.loads(r[4]), "hlc": r[5], "change_id": r[6]}
                for r in rows if table is None or r[0] == table]

    def close(self) -> None:
        self.clinic.close()


def send(src: Site, dst: Site) -> ImportReport:
    """``src`` writes a bundle; ``dst`` imports it."""
    return dst.sync.import_bundle(src.export())


def replica(site: Site) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows by id: the columns that travel, the id and the row's HLC."""
    conn = site.db.conn
    out = {}
    for table, spec in table_specs(conn).items():
        cols = ", ".join(("id", "hlc", *spec.columns))
        out[table] = [tuple(r) for r in conn.execute(f"SELECT {cols} FROM {table} ORDER BY id")]
    assert list(out) == list(SYNCED_TABLES)
    return out


def replica_hash(site: Site) -> str:
    return hashlib.sha256(json.dumps(replica(site), default=str).encode()).hexdigest()


def converge(sites: list[Site], rounds: int = 6) -> int:
    """Everyone exchanges with everyone until a round applies nothing; returns the rounds."""
    for n in range(1, rounds + 1):
        applied = 0
        for src in sites:
            for dst in sites:
                if src is not dst:
                    applied += send(src, dst).applied
        if applied == 0:
            return n
    raise AssertionError(f"still applying changes after {rounds} rounds")


def assert_derived_whole(site: Site) -> None:
    """Search columns, the search indexes, call holds and the audit chains agree with the rows."""
    conn = site.db.conn
    country = str(site.clinic.settings.get("country"))
    for family, given, other, phones, key, digits in conn.execute(
            "SELECT family_name, given_name, other_names, phones, name_key, phone_digits "
            "FROM patients"):
        assert key == name_key(family, given, other)
        assert digits == search_digits_for(json.loads(phones), country)
    for fts in ("patient_names_fts", "patient_phones_fts"):
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
    assert call_holds(site) == rebuilt_call_holds(site)
    verdict = site.clinic.audit.verify()
    assert verdict.ok, verdict


def _holds(conn: Any) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in conn.execute(
        "SELECT patient_id, blocked, contacted_on, hold_until FROM call_holds WHERE "
        "blocked = 1 OR contacted_on IS NOT NULL OR hold_until IS NOT NULL")}


def call_holds(site: Site) -> set[tuple[Any, ...]]:
    return _holds(site.db.conn)


def rebuilt_call_holds(site: Site) -> set[tuple[Any, ...]]:
    """call_holds made again from scratch (what it is derived from), then put back."""
    conn = site.db.conn
    conn.execute("SAVEPOINT rebuild")
    try:
        for statement in REBUILD_CALL_HOLDS:
            conn.execute(statement)
        return _holds(conn)
    finally:
        conn.execute("ROLLBACK TO rebuild")
        conn.execute("RELEASE rebuild")


@pytest.fixture
def make_sites(tmp_path: Path) -> Iterator[Callable[..., list[Site]]]:
    made: list[Site] = []

    def make(n: int = 2) -> list[Site]:
        start = len(made)
        for i in range(start, start + n):
            clock = FixedClock(TODAY + dt.timedelta(seconds=i))
            made.append(Site(tmp_path / f"site{i}.sqlite3", i, clock))
        return made[start:]

    yield make
    for site in made:
        site.close()
