"""Real parts for the backup tests: 300-patient demo clinics in real files (plain and
encrypted), a file keyring of each test's own, argon2id with small costs, small chunks."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from clinic_app.backup import BackupService, KdfParams
from clinic_app.backup.service import ENV_PASSPHRASE
from clinic_app.db.connection import Database
from clinic_app.domain.clock import FixedClock
from clinic_app.security import keys, secrets
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic

PASSPHRASE = "river stone mango lantern"
#: still argon2id, with the smallest costs: each test opens many backups
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
SMALL_CHUNK = 16 * 1024  # many chunks even in a small backup


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """A real keyring backend in a file of this test's own (never the PC's key store); no
    passphrase, key file or keyring choice leaks in from the shell."""
    for name in (ENV_PASSPHRASE, keys.ENV_KEY_FILE, "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    before = keyring.get_keyring()
    monkeypatch.setattr(secrets, "_explicit", None)
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use_backend(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Made once: a plain and an encrypted 300-patient demo clinic, closed (copied per test)."""
    base = tmp_path_factory.mktemp("templates")
    key = keys.new_key()
    for name, k in (("plain.db", None), ("encrypted.db", key)):
        c = Clinic(base / name, key=k, rng=random.Random(7))
        demo.generate(c, 300, seed=3)
        c.close()
    return {"plain": base / "plain.db", "encrypted": base / "encrypted.db", "key": key}


def copy_db(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture
def plain(tmp_path: Path, clock: FixedClock, templates: dict[str, Any]) -> Iterator[Clinic]:
    """A plain 300-patient demo clinic of this test's own."""
    c = Clinic(copy_db(templates["plain"], tmp_path / "clinic" / "clinic.db"), clock=clock,
               create=False)
    yield c
    c.close()


@pytest.fixture
def encrypted(tmp_path: Path, clock: FixedClock, templates: dict[str, Any]) -> Iterator[Clinic]:
    """An encrypted (SQLCipher) 300-patient demo clinic, its key in this test's keyring."""
    path = copy_db(templates["encrypted"], tmp_path / "clinic" / "clinic.db")
    keys.remember_key(path, templates["key"])
    c = Clinic(path, clock=clock, create=False, key=templates["key"])
    yield c
    c.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def make_service() -> Callable[..., BackupService]:
    def make(clinic: Clinic, **kw: Any) -> BackupService:
        kw.setdefault("kdf", FAST_KDF)
        kw.setdefault("chunk_size", SMALL_CHUNK)
        return BackupService(clinic, **kw)

    return make


def all_rows(path: Path, key: bytes | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search-index tables too), in a stable order."""
    db = Database(path, create=False, key=key)
    try:
        names = [r[0] for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted((tuple(r) for r in db.query(f'SELECT * FROM "{n}"')), key=repr)
                for n in names}
    finally:
        db.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
