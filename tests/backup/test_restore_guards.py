"""What restore checks before it changes anything: where the backup's database key will be
kept, and that no other program still has the database open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from clinic_app.backup import BackupService
from clinic_app.db.connection import Database, DatabaseLocked
from clinic_app.domain.clock import FixedClock
from clinic_app.errors import ClinicError
from clinic_app.security import keys, secrets
from clinic_app.services.clinic import Clinic
from clinic_app.services.opening import open_clinic
from tests.backup.conftest import PASSPHRASE, all_rows

Make = Callable[..., BackupService]


@pytest.fixture
def encrypted_backup(encrypted: Clinic, stick: Path, make_service: Make) -> Path:
    return make_service(encrypted).backup(stick, PASSPHRASE).path


def _fresh(tmp_path: Path, clock: FixedClock) -> Clinic:
    return Clinic(tmp_path / "new-pc" / "clinic.db", clock=clock)


def test_the_key_goes_to_a_new_key_file_when_one_is_named(
        encrypted_backup: Path, tmp_path: Path, make_service: Make, clock: FixedClock,
        templates: dict[str, Any]) -> None:
    secrets.use_backend(fail.Keyring())  # this PC has no key store
    target = _fresh(tmp_path, clock)
    key_file = tmp_path / "keys" / "clinic.key"
    make_service(target).restore(encrypted_backup, PASSPHRASE, key_file=key_file)
    assert keys.read_key_file(key_file) == templates["key"]
    opened = open_clinic(target.path, key_file=key_file, clock=clock)
    assert opened.clinic.patients.count() == 300
    opened.clinic.close()


def test_a_key_file_holding_another_key_is_not_overwritten(
        encrypted_backup: Path, tmp_path: Path, make_service: Make, clock: FixedClock) -> None:
    target = _fresh(tmp_path, clock)
    key_file = tmp_path / "other.key"
    keys.write_key_file(key_file, keys.new_key())
    before, rows = key_file.read_bytes(), all_rows(target.path)
    folder = sorted(p.name for p in target.path.parent.iterdir())
    with pytest.raises(ClinicError, match="not the one in the key file") as caught:
        make_service(target).restore(encrypted_backup, PASSPHRASE, key_file=key_file)
    assert "Nothing was changed" in str(caught.value)
    assert key_file.read_bytes() == before and all_rows(target.path) == rows
    assert sorted(p.name for p in target.path.parent.iterdir()) == folder


def test_no_place_for_the_key_means_no_restore(encrypted_backup: Path, tmp_path: Path,
                                               make_service: Make, clock: FixedClock) -> None:
    target = _fresh(tmp_path, clock)
    rows = all_rows(target.path)
    secrets.use_backend(fail.Keyring())
    with pytest.raises(secrets.KeyringUnavailable, match="no key store"):
        make_service(target).restore(encrypted_backup, PASSPHRASE)
    assert all_rows(target.path) == rows
    assert [p.name for p in target.path.parent.iterdir() if "restoring" in p.name] == []


def test_restore_waits_for_other_programs_to_close_the_database(
        plain: Clinic, stick: Path, make_service: Make) -> None:
    backup = make_service(plain).backup(stick, PASSPHRASE).path
    plain.settings.update({"clinic_phone": "0700 000 111"})
    rows = all_rows(plain.path)
    other = Database(plain.path, create=False)  # another window, reading
    other.conn.execute("BEGIN")
    other.conn.execute("SELECT count(*) FROM patients").fetchone()
    try:
        with pytest.raises(DatabaseLocked, match="still open in another window"):
            make_service(plain).restore(backup, PASSPHRASE)
    finally:
        other.conn.execute("COMMIT")
        other.close()
    after = all_rows(plain.path)
    # the attempt is in the audit trail (it had begun); nothing else changed
    assert "backup.restore_started" in [e.action for e in plain.audit.repo.search()]
    assert {k: v for k, v in after.items() if k not in ("audit_log", "sync_state")} == {
        k: v for k, v in rows.items() if k not in ("audit_log", "sync_state")}
    assert sorted(p.name for p in plain.path.parent.iterdir()) == [
        "clinic.db", "clinic.db-shm", "clinic.db-wal"]  # no aside or staged file left
    assert plain.settings.get("clinic_phone") == "0700 000 111"  # the clinic still works


def test_a_damaged_database_is_replaced_and_its_files_kept_aside(
        plain: Clinic, stick: Path, make_service: Make, clock: FixedClock) -> None:
    """Restoring is what a damaged database needs: the online copy cannot read it, so its
    files are copied aside as they are."""
    backup = make_service(plain).backup(stick, PASSPHRASE).path
    plain.close()  # everything in the main file, then
    with open(plain.path, "r+b") as f:  # its first page (the header and schema) destroyed
        f.write(b"\x13" * 4096)
    damaged = plain.path.read_bytes()
    result = make_service(plain).restore(backup, PASSPHRASE)  # the app's clinic, as it was
    assert result.aside.read_bytes() == damaged
    reopened = Clinic(plain.path, create=False, clock=clock)
    assert reopened.patients.count() == 300 and reopened.db.check() == "ok"
    reopened.close()
