"""Real parts for the security tests: a file keyring per test (chosen explicitly, as an
administrator would), argon2id with small costs for speed, clinic files in tmp_path."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import argon2
import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor, Role
from clinic_app.security import keys, secrets
from clinic_app.services.clinic import Clinic

MANAGER_PW = "manager-pass-1"
STAFF_PW = "staff-pass-22"
MARIA = {"given_name": "María", "family_name": "González", "sex": "female",
         "birth_date": "1984-03-07", "phones": ["0712 345 678"], "village": "Kibera"}
JUMA = {"given_name": "Juma", "family_name": "Otieno", "sex": "male", "birth_year": 1970,
        "birth_year_estimated": True, "phones": ["0733 111 222"], "village": "Lindi"}


def fast_hasher() -> argon2.PasswordHasher:
    """Still argon2id, with the smallest costs the tests can afford."""
    return argon2.PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


@pytest.fixture(autouse=True)
def _no_outside_key_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key file or keyring choice leaks in from the shell running the tests."""
    monkeypatch.delenv(keys.ENV_KEY_FILE, raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no keyringrc.cfg


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put back keyring's global backend and the app's explicit choice after the test."""
    previous, explicit = keyring.get_keyring(), secrets._explicit
    yield
    keyring.set_keyring(previous)
    secrets._explicit = explicit


@pytest.fixture
def keyring_file(tmp_path: Path, restore_keyring: None) -> PlaintextKeyring:
    """A real file keyring of this test's own, chosen explicitly through the app."""
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use_backend(kr)
    return kr


@pytest.fixture
def clinic(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    """A plain clinic file with fast (argon2id) hashing; the command line acts."""
    c = Clinic(tmp_path / "clinic.sqlite3", clock=clock, rng=random.Random(5),
               password_hasher=fast_hasher())
    c.settings.update({"country": "KE", "site_prefix": "KIB", "clinic_name": "Test Clinic"})
    yield c
    c.close()


@pytest.fixture
def staff(clinic: Clinic) -> dict[str, Actor]:
    """A manager, a clinician and a front-desk account; the actors they log in as."""
    out = {}
    for name, role in (("amina", Role.MANAGER), ("daniel", Role.CLINICIAN),
                       ("grace", Role.FRONT_DESK)):
        pw = MANAGER_PW if role is Role.MANAGER else STAFF_PW
        account = clinic.accounts.create(name, pw, role)
        out[role.value] = Actor(username=name, role=role, user_id=account.id)
    return out


def entries(clinic: Clinic, **filters: Any) -> list[Any]:
    """Audit entries newest first, read without writing an 'audit.view' entry."""
    return clinic.audit.repo.search(**filters)


def audit_count(clinic: Clinic) -> int:
    return int(clinic.db.query("SELECT count(*) FROM audit_log")[0][0])


def raw_files(path: Path) -> Callable[[], bytes]:
    """Reads the database file and its -wal and -shm companions as they are on disk."""

    def read() -> bytes:
        out = b""
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists():
                out += p.read_bytes()
        return out

    return read
