from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import argon2
import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QApplication

from clinic_app.domain.clock import FixedClock
from clinic_app.security import secrets
from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import apply_text_size

#: still real argon2id, but quick: UI tests log in many times
FAST_HASHER = argon2.PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
DEMO_PASSWORD = "clinic-demo"


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """A real keyring backend in a file of this test's own (never the PC's key store)."""
    before = keyring.get_keyring()
    monkeypatch.setattr(secrets, "_explicit", None)
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use_backend(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def demo_clinic(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    """300 seeded demo patients (María González is KIB-000001) and the demo staff."""
    from clinic_app.services import demo

    c = Clinic(tmp_path / "demo.sqlite3", clock=clock, rng=random.Random(7),
               password_hasher=FAST_HASHER)
    demo.generate(c, 300, seed=3)
    yield c
    c.close()


def log_in(clinic: Clinic, username: str) -> None:
    clinic.access.actor = None
    clinic.accounts.login(username, DEMO_PASSWORD)


@pytest.fixture
def window(qtbot, demo_clinic: Clinic) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real main window on the demo clinic, the manager logged in, tasks run at once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, "normal")
    log_in(demo_clinic, "amina")
    w = MainWindow(demo_clinic, TaskRunner(immediate=True))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    apply_text_size(app, "normal")
