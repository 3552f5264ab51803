"""Clinics for the report tests: ``october``, a small clinic whose every figure for
October 2026 (and the 31 days before) is worked out by hand in ``test_figures.py``, and
``demo``, a seeded demo clinic whose figures are held to the independent SQL of
``sqlcheck.py``. Both are made through the services on a real file."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from reporthelp import MANAGER, NOW, build_october, open_clinic

from clinic_app.domain.clock import FixedClock
from clinic_app.security import secrets
from clinic_app.services.clinic import Clinic


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def clinic(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    c = open_clinic(tmp_path / "clinic.sqlite3", clock)
    yield c
    c.close()


@pytest.fixture
def october(clinic: Clinic, clock: FixedClock) -> dict[str, str]:
    return build_october(clinic, clock)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    """A seeded demo clinic of 600 patients (a year of calls, appointments, decliners)."""
    from clinic_app.services import demo as demo_data

    clock = FixedClock(NOW)
    c = Clinic(tmp_path_factory.mktemp("demo") / "demo.sqlite3", clock=clock,
               rng=random.Random(5))
    demo_data.generate(c, 600, seed=4, follow_ups_per_patient=3.0)
    c.access.actor = MANAGER
    yield c
    c.close()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """A real keyring backend in a file of this test's own (never the PC's key store)."""
    before = keyring.get_keyring()
    monkeypatch.setattr(secrets, "_explicit", None)
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use_backend(kr)
    yield kr
    keyring.set_keyring(before)
