"""A fresh clinic (Kenya, prefix KIB) per test, on a fixed clock with seeded ids."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.patient import Patient
from clinic_app.services.clinic import Clinic

NOW = dt.datetime(2025, 6, 1, 9, 0, tzinfo=dt.UTC)

MARIA = {"given_name": "María", "family_name": "González", "sex": "female",
         "birth_date": "1984-03-07", "phones": ["0712 345 678"], "village": "Kibera"}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def clinic_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def clinic(clinic_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    c = Clinic(clinic_path, clock=clock, rng=random.Random(7))
    c.settings.update({"country": "KE", "site_prefix": "KIB"})
    yield c
    c.close()


@pytest.fixture
def register(clinic: Clinic):
    """Register without the duplicate check (the people in a test are different people)."""

    def _register(**fields: Any) -> Patient:
        return clinic.patients.register(fields, confirmed_new=True)

    return _register


@pytest.fixture
def maria(clinic: Clinic) -> Patient:
    return clinic.patients.register(dict(MARIA))
