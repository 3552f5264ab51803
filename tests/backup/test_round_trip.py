"""Back up, verify, inspect and restore real clinics: every row comes back, to the byte."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clinic_app.backup import BackupService, inspect_file, verify_file
from clinic_app.backup.service import LAST_VERIFIED
from clinic_app.db.connection import Database
from clinic_app.db.migrations import all_migrations
from clinic_app.domain.clock import FixedClock
from clinic_app.security import keys
from clinic_app.services.clinic import Clinic
from clinic_app.services.opening import open_clinic
from tests.backup.conftest import PASSPHRASE, all_rows, copy_db

Make = Callable[..., BackupService]
# What a thief would look for in a backup file: names, a village, clinic numbers.
IN_CLEAR = ["González".encode(), "María".encode(), b"Kibera", b"KIB-000", b"+2547"]


def test_backup_verifies_and_says_so(plain: Clinic, stick: Path, make_service: Make,
                                     clock: FixedClock) -> None:
    steps: list[tuple[str, float]] = []
    counts = plain.db.table_counts()
    result = make_service(plain).backup(stick, PASSPHRASE,
                                        progress=lambda s, f: steps.append((s, f)))
    assert result.verified and result.path.parent == stick and result.path.exists()
    local = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")  # the clinic's own time
    assert result.path.name == f"kibera-community-clinic-demo-{local}.clinicbackup"
    assert result.size_bytes == result.path.stat().st_size
    assert result.size_bytes < result.manifest.snapshot_bytes / 3  # compressed
    assert result.backups_in_folder == 1 and result.deleted_by_rotation == []
    assert result.message.startswith("Backup verified: ") and "holds 1 backup" in result.message
    m = result.manifest
    assert (m.clinic_name, m.site_id, m.schema_version) == (
        "Kibera Community Clinic (demo)", plain.meta.site_id, len(all_migrations()))
    assert m.counts["patients"] == 300 and m.counts == counts
    assert m.created_at == "2026-11-23T09:30:00.000Z" and not m.encrypted and m.db_key is None
    assert [f for _, f in steps] == sorted(f for _, f in steps) and steps[-1] == (
        "Backup verified", 1.0)
    assert [p.name for p in stick.iterdir()] == [result.path.name]  # no temp file left
    assert not list(plain.path.parent.glob(".clinic-backup-work-*"))  # work files gone
    # what the reminders read; what the audit trail says
    assert make_service(plain).last_verified() == clock.now()
    assert plain.meta.get_sync_state(LAST_VERIFIED) == "2026-11-23T09:30:00.000Z"
    entry = plain.audit.repo.search(action="backup.made")[0]
    assert entry.details["file"] == result.path.name and entry.details["verified"] is True
    data = result.path.read_bytes()
    assert [s for s in IN_CLEAR if s in data] == []


def test_round_trip_into_a_new_file_gives_every_row(plain: Clinic, stick: Path, tmp_path: Path,
                                                    make_service: Make, clock: FixedClock,
                                                    templates: dict[str, Any]) -> None:
    before = all_rows(plain.path)  # the moment of the snapshot
    result = make_service(plain).backup(stick, PASSPHRASE)
    # another PC: a new, empty clinic file, restored from the stick
    other = Clinic(tmp_path / "new-pc" / "clinic.db", clock=clock)
    restored = make_service(other).restore(result.path, PASSPHRASE)
    assert restored.path == other.path and restored.aside.exists()
    assert restored.manifest.counts["patients"] == 300
    after = all_rows(other.path)
    changes = [r for r in after["audit_log"] if r not in before["audit_log"]]
    assert len(changes) == 1 and "backup.restored" in changes[0]  # the one new entry
    after["audit_log"] = [r for r in after["audit_log"] if r not in changes]
    for rows in (after, before):  # what writing that entry moved on: the clock, the chain head
        rows["sync_state"] = [r for r in rows["sync_state"]
                              if r[0] != "hlc" and not r[0].startswith("audit_head:")]
    assert after == before
    reopened = Clinic(other.path, create=False, clock=clock)
    assert reopened.patients.search("González").hits
    assert reopened.audit.verify().ok
    assert reopened.db.check() == "ok"
    reopened.close()


def test_restore_over_the_live_database_keeps_it_aside(plain: Clinic, stick: Path,
                                                       make_service: Make,
                                                       clock: FixedClock) -> None:
    service = make_service(plain)
    result = service.backup(stick, PASSPHRASE)
    backed_up = all_rows(plain.path)
    phone = plain.settings.get("clinic_phone")
    plain.settings.update({"clinic_phone": "0700 000 111"})  # a change after the backup
    changed = all_rows(plain.path)
    shown = service.inspect(result.path, PASSPHRASE)  # what restore shows first
    assert shown.counts == result.manifest.counts and "300 patients" in shown.describe()
    assert all_rows(plain.path) == changed  # looking changes nothing
    restored = service.restore(result.path, PASSPHRASE)
    local = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    assert restored.aside.name == f"clinic.db.before-restore-{local}"
    assert str(restored.aside) in restored.message
    assert all_rows(restored.aside)["settings"] == changed["settings"]
    reopened = Clinic(plain.path, create=False, clock=clock)
    assert reopened.settings.get("clinic_phone") == phone != "0700 000 111"
    assert all_rows(plain.path)["patients"] == backed_up["patients"]
    actions = [e.action for e in reopened.audit.repo.search()]
    assert "backup.restored" in actions and "backup.restore_started" not in actions
    reopened.close()
    aside = Clinic(restored.aside, create=False, clock=clock)  # the aside copy opens too
    assert "backup.restore_started" in [e.action for e in aside.audit.repo.search()]
    aside.close()


def test_an_encrypted_clinic_restores_on_a_new_pc_with_the_passphrase_alone(
        encrypted: Clinic, stick: Path, tmp_path: Path, make_service: Make, clock: FixedClock,
        templates: dict[str, Any], file_keyring: Any) -> None:
    result = make_service(encrypted).backup(stick, PASSPHRASE)
    assert result.manifest.encrypted and result.manifest.db_key == templates["key"]
    assert "db_key" not in repr(result.manifest)
    assert result.size_bytes >= result.manifest.snapshot_bytes  # ciphertext does not compress
    data = result.path.read_bytes()
    assert [s for s in IN_CLEAR if s in data] == []
    before = all_rows(encrypted.path, templates["key"])

    file_keyring.file_path = str(tmp_path / "new-pc-keyring.cfg")  # a PC that knows nothing
    fresh = open_clinic(tmp_path / "new-pc" / "clinic.db", create=True, clock=clock)
    restored = make_service(fresh.clinic).restore(result.path, PASSPHRASE)
    assert not keys.is_plain(restored.path)  # never written out in plain
    reopened = open_clinic(restored.path, clock=clock)  # the key was kept in the keyring
    assert reopened.key_source == "keyring"
    assert reopened.clinic.patients.count() == 300
    after = all_rows(restored.path, templates["key"])
    assert after["patients"] == before["patients"] and after["visits"] == before["visits"]
    assert after["care_plans"] == before["care_plans"]
    reopened.clinic.close()


def test_verify_reads_the_whole_file(encrypted: Clinic, stick: Path, make_service: Make,
                                     tmp_path: Path) -> None:
    service = make_service(encrypted)
    result = service.backup(stick, PASSPHRASE)
    checked = service.verify(result.path, PASSPHRASE)
    assert checked.ok and checked.manifest == result.manifest and checked.error is None
    assert checked.reason.startswith("Backup verified: Kibera Community Clinic (demo)")
    # without a clinic (the command line's verify-backup): the same answer
    work = tmp_path / "work"
    work.mkdir()
    alone = verify_file(result.path, PASSPHRASE, work_dir=work)
    assert alone.ok and alone.manifest == result.manifest and list(work.iterdir()) == []
    assert inspect_file(result.path, PASSPHRASE) == result.manifest
    shown = json.dumps(result.manifest.to_json())  # what may be printed: never the key
    assert "db_key" not in shown and result.manifest.db_key.hex() not in shown


def test_the_snapshot_is_consistent_while_the_app_keeps_writing(
        plain: Clinic, stick: Path, tmp_path: Path, make_service: Make,
        clock: FixedClock) -> None:
    """Another connection registers patients all through the backup; the snapshot is one
    moment: every patient with its search rows and audit entry, the audit chain whole."""
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        other = Clinic(plain.path, create=False, clock=FixedClock(clock.now()),
                       rng=random.Random(1))
        try:
            i = 0
            while not stop.is_set():
                other.patients.register({"given_name": f"Writer{i}", "family_name": "Busy",
                                         "sex": "female", "birth_year": 1990},
                                        confirmed_new=True)
                i += 1
                written.append(i)
        finally:
            other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:
            stop.wait(0.01)
        at_start = len(written)
        result = make_service(plain).backup(stick, PASSPHRASE)
        during = len(written) - at_start
    finally:
        stop.set()
        thread.join()
    assert during > 0, "the writer must have been writing during the backup"
    other = Clinic(tmp_path / "check" / "clinic.db", clock=clock)
    make_service(other).restore(result.path, PASSPHRASE)
    restored = Clinic(other.path, create=False, clock=clock)
    try:
        n = restored.patients.count()
        assert 300 + 5 <= n < 300 + len(written) + 1
        assert n == result.manifest.counts["patients"]
        creates = restored.audit.repo.search(action="patient.create", limit=100_000)
        assert len(creates) == n - 300
        assert restored.audit.verify().ok and restored.db.check() == "ok"
        assert restored.patients.search(f"Writer{n - 301} Busy").hits
    finally:
        restored.close()


def test_a_damaged_database_is_not_backed_up(tmp_path: Path, templates: dict[str, Any],
                                             stick: Path, make_service: Make,
                                             clock: FixedClock) -> None:
    """A copy of a damaged database would only look like a backup."""
    path = copy_db(templates["plain"], tmp_path / "damaged" / "clinic.db")
    db = Database(path, create=False)
    root = db.query("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'patients' ORDER BY rootpage LIMIT 1")[0][0]
    size = int(db.query("PRAGMA page_size")[0][0])
    db.close()
    with open(path, "r+b") as f:  # scribble over one index page's cells (at its end)
        f.seek((root - 1) * size + size - 1500)
        f.write(b"\xff" * 1400)
    clinic = Clinic(path, create=False, clock=clock)
    earlier = stick / "earlier.clinicbackup"
    earlier.write_bytes(b"an earlier backup")
    try:
        with pytest.raises(Exception, match="failed its check") as caught:
            make_service(clinic).backup(stick, PASSPHRASE)
        assert "earlier backups" in str(caught.value)
        assert [p.name for p in stick.iterdir()] == ["earlier.clinicbackup"]
        assert make_service(clinic).last_verified() is None
    finally:
        clinic.close()
