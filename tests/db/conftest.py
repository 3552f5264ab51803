"""A fresh migrated database file per test, with a fixed clock and seeded ids."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_app.db.connection import Database
from clinic_app.db.meta import Meta
from clinic_app.db.migrations import migrate
from clinic_app.db.patients import PatientRepository
from clinic_app.db.search import PatientSearch
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.patient import Patient, build_patient
from clinic_app.domain.phones import search_digits_for

NOW = dt.datetime(2025, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    migrate(database)
    yield database
    database.close()


@pytest.fixture
def meta(db: Database, clock: FixedClock) -> Meta:
    return Meta(db, clock, random.Random(11))


@pytest.fixture
def repo(db: Database, meta: Meta) -> PatientRepository:
    return PatientRepository(db, meta)


@pytest.fixture
def search(db: Database) -> PatientSearch:
    return PatientSearch(db)


@pytest.fixture
def add(repo: PatientRepository, clock: FixedClock):
    """Register a patient from raw fields straight through the repository (no duplicate check)."""

    def _add(**fields: object) -> Patient:
        patient = build_patient(dict(fields), "KE", clock.now().date())
        return repo.add(patient, "KIB", search_digits_for(list(patient.phones), "KE"))

    return _add
