"""Clinic PCs syncing with a real hub over real HTTP: enrolment through the API, a file
keyring of the test's own, the sites of tests/sync (real SQLite files, settable clocks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyrings.alt.file import PlaintextKeyring

from clinic_app.domain.clock import FixedClock
from clinic_app.hub import store
from clinic_app.security import secrets
from clinic_app.sync.cycle import CycleReport
from tests.sync.conftest import TODAY, Site

NO_WAIT: Callable[[int], None] = lambda attempt: None  # noqa: E731 - retries at once in tests


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    before = keyring.get_keyring()
    monkeypatch.setattr(secrets, "_explicit", None)
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use_backend(kr)
    yield kr
    keyring.set_keyring(before)


def code(dsn: str, name: str = "Kibera Clinic") -> str:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return store.new_enrolment_code(conn, name)


class OnlineSite(Site):
    """A clinic PC enrolled at a hub."""

    def cycle(self, **kw: Any) -> CycleReport:
        kw.setdefault("sleep", NO_WAIT)
        return self.sync.sync_now(timeout=kw.pop("timeout", 10.0), **kw)


@pytest.fixture
def make_online(tmp_path: Path, file_keyring: PlaintextKeyring
                ) -> Iterator[Callable[..., list[OnlineSite]]]:
    """``make_online(url, dsn, n)``: n clinic PCs, each enrolled at the hub."""
    made: list[OnlineSite] = []

    def make(url: str, dsn: str, n: int = 2, *, enrol_url: str | None = None
             ) -> list[OnlineSite]:
        out = []
        for _ in range(n):
            i = len(made)
            clock = FixedClock(TODAY + dt.timedelta(seconds=i))
            site = OnlineSite(tmp_path / f"pc{i}.sqlite3", i, clock)
            made.append(site)
            site.sync.enroll(enrol_url or url, code(dsn, f"PC {i}"))
            out.append(site)
        return out

    yield make
    for site in made:
        site.close()
