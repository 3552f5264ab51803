"""An existing plain database is encrypted in place: copy, convert, verify, swap. A failure
at any step leaves the plain file exactly as it was."""

from __future__ import annotations

import gc
import os
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from clinic_app.db.connection import Database
from clinic_app.domain.clock import FixedClock
from clinic_app.errors import ClinicError, DatabaseError
from clinic_app.security import keys, secrets
from clinic_app.security.secrets import KeyringUnavailable
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic
from clinic_app.services.opening import encrypt_in_place, open_clinic
from tests.security.conftest import fast_hasher


@pytest.fixture
def plain(tmp_path: Path, clock: FixedClock) -> tuple[Path, dict[str, int]]:
    """A closed plain clinic file with 300 patients and their visits; its row counts."""
    path = tmp_path / "clinic.db"
    clinic = Clinic(path, clock=clock, rng=random.Random(2), password_hasher=fast_hasher())
    demo.generate(clinic, 300, seed=3)
    counts = clinic.db.table_counts()
    clinic.close()
    assert counts["patients"] == 300 and counts["visits"] > 0
    assert keys.is_plain(path) and not Path(f"{path}-wal").exists()
    return path, counts


def _stdlib_counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM patients").fetchone()[0],
                conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        conn.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".encrypting" in p.name)


def test_converts_keeps_every_row_and_opens_with_the_recovery_key(
        plain: tuple[Path, dict[str, int]], clock: FixedClock,
        keyring_file: PlaintextKeyring) -> None:
    path, counts = plain
    opened = encrypt_in_place(path)
    assert opened.key_source == "keyring" and opened.recovery_code
    assert opened.clinic.db.table_counts() == counts
    assert opened.clinic.patients.search("González").hits
    opened.clinic.close()

    assert not keys.is_plain(path) and _leftovers(path.parent) == []
    assert b"Gonz" not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        _stdlib_counts(path)

    secrets.delete_secret(keys.key_id(path))  # the keyring entry is lost: the code opens it
    again = open_clinic(path, recovery=opened.recovery_code, clock=clock)
    assert again.key_source == "recovery key"
    assert again.clinic.db.table_counts() == counts
    visits = again.clinic.db.query("SELECT count(*) FROM visits")[0][0]
    assert visits == counts["visits"]
    again.clinic.close()


def test_with_a_key_file_instead_of_the_keyring(plain: tuple[Path, dict[str, int]],
                                                tmp_path: Path, clock: FixedClock,
                                                restore_keyring: None) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())  # no key store at all on this PC
    path, counts = plain
    with pytest.raises(KeyringUnavailable):
        encrypt_in_place(path)
    assert keys.is_plain(path) and _stdlib_counts(path)[0] == 300
    key_file = tmp_path / "clinic.key"
    opened = encrypt_in_place(path, key_file=key_file)
    assert opened.key_source == f"key file {key_file}"
    opened.clinic.close()
    reopened = open_clinic(path, key_file=key_file, clock=clock)
    assert reopened.clinic.db.table_counts() == counts
    reopened.clinic.close()


def _open_handles(fragment: str) -> list[str]:
    fds = Path("/proc/self/fd")
    if not fds.exists():
        pytest.skip("needs /proc to list open files")
    names = []
    for fd in fds.iterdir():
        try:
            names.append(os.readlink(fd))
        except OSError:
            continue
    return [n for n in names if fragment in n]


def _fails_on_the_copy(original: Any) -> Any:
    def table_counts(self: Database) -> dict[str, int]:
        counts = original(self)
        if self.path.name.endswith(".encrypting"):
            counts["visits"] -= 1  # as if a row had not made it into the copy
        return counts

    return table_counts


@pytest.mark.parametrize("failure", ["verify", "keyring write"])
def test_a_failure_midway_leaves_the_plain_file_byte_identical(
        failure: str, plain: tuple[Path, dict[str, int]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, keyring_file: PlaintextKeyring) -> None:
    path, counts = plain
    if failure == "verify":
        monkeypatch.setattr(Database, "table_counts", _fails_on_the_copy(Database.table_counts))
        expected: type[ClinicError] = DatabaseError
    else:  # the chosen file store cannot be written (its folder is a file)
        (tmp_path / "blocked").write_text("not a folder")
        broken = PlaintextKeyring()
        broken.file_path = str(tmp_path / "blocked" / "keyring.cfg")
        secrets.use_backend(broken)
        expected = KeyringUnavailable
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(expected) as exc:
        encrypt_in_place(path)
    if failure == "verify":
        assert "did not check out" in str(exc.value) and "untouched" in str(exc.value)
    else:
        assert "could not be written" in str(exc.value)
    # No handle is left open on the copy (Windows could not delete it, and a late close
    # could write beside the original).
    assert _open_handles(".encrypting") == []
    gc.collect()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    assert _leftovers(tmp_path) == []
    assert _stdlib_counts(path) == (300, counts["visits"])
    monkeypatch.undo()
    secrets.use_backend(keyring_file)
    opened = encrypt_in_place(path)  # and it can be tried again
    assert opened.clinic.db.table_counts() == counts
    opened.clinic.close()


def test_refuses_what_is_not_a_plain_database(tmp_path: Path,
                                              keyring_file: PlaintextKeyring) -> None:
    with pytest.raises(ClinicError, match="not a plain"):
        encrypt_in_place(tmp_path / "missing.db")
    made = open_clinic(tmp_path / "enc.db", create=True)
    made.clinic.close()
    before = (tmp_path / "enc.db").read_bytes()
    with pytest.raises(ClinicError, match="not a plain"):
        encrypt_in_place(tmp_path / "enc.db")
    assert (tmp_path / "enc.db").read_bytes() == before
