"""Files restore must refuse, with a clear message and nothing changed: a wrong passphrase,
an empty, random or foreign file, one cut short anywhere, one with any byte flipped, one made
by a newer version."""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.backup import (
    BackupFileError,
    BackupService,
    Damaged,
    NotABackup,
    TooNew,
    WrongPassphrase,
)
from clinic_app.backup.container import TAG_BYTES, encrypt_stream, read_header
from clinic_app.db.connection import Database
from clinic_app.db.migrations import LATEST, current_version, migrate
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from tests.backup.conftest import FAST_KDF, PASSPHRASE, SMALL_CHUNK, all_rows, copy_db
from tests.conftest import TODAY

Make = Callable[..., BackupService]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, templates: dict[str, Any]) -> dict[str, Any]:
    """One real backup (and the snapshot inside it), made once for the module."""
    base = tmp_path_factory.mktemp("made")
    clinic = Clinic(copy_db(templates["plain"], base / "clinic.db"), create=False)
    service = BackupService(clinic, kdf=FAST_KDF, chunk_size=SMALL_CHUNK)
    (base / "stick").mkdir()
    result = service.backup(base / "stick", PASSPHRASE)
    snapshot = base / "snapshot.db"
    clinic.db.copy_to(snapshot)
    clinic.close()
    return {"path": result.path, "data": result.path.read_bytes(),
            "manifest": result.manifest, "snapshot": snapshot}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory,
         templates: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A clinic that refused restores must leave exactly as it was (shared by the examples)."""
    base = tmp_path_factory.mktemp("live")
    clinic = Clinic(copy_db(templates["plain"], base / "clinic.db"), create=False,
                    clock=FixedClock(TODAY))
    rows = all_rows(clinic.path)
    yield {"clinic": clinic, "rows": rows,
           "service": BackupService(clinic, kdf=FAST_KDF, chunk_size=SMALL_CHUNK)}
    clinic.close()


def refused(live: dict[str, Any], file: Path, passphrase: str = PASSPHRASE,
            kind: type[Exception] = BackupFileError) -> str:
    """Restore refuses ``file`` with ``kind``; the clinic is as it was, nothing left beside."""
    service: BackupService = live["service"]
    folder = live["clinic"].path.parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(kind) as caught:
        service.restore(file, passphrase)
    assert sorted(p.name for p in folder.iterdir()) == before
    return str(caught.value)


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def test_the_module_backup_is_good(made: dict[str, Any], live: dict[str, Any]) -> None:
    assert live["service"].verify(made["path"], PASSPHRASE).ok


def test_a_wrong_passphrase_is_refused(made: dict[str, Any], live: dict[str, Any]) -> None:
    message = refused(live, made["path"], "river stone mango lanterns", WrongPassphrase)
    assert "does not open with this passphrase" in message and "Nothing was changed" in message
    with pytest.raises(WrongPassphrase):
        live["service"].inspect(made["path"], "wrong")
    checked = live["service"].verify(made["path"], "")
    assert not checked.ok and isinstance(checked.error, WrongPassphrase)
    assert all_rows(live["clinic"].path) == live["rows"]


@pytest.mark.parametrize(("name", "content", "says"), [
    ("empty.clinicbackup", b"", "is empty"),
    ("random.clinicbackup", random.Random(1).randbytes(100_000), "not a Clinic Companion backup"),
    ("short.clinicbackup", b"CLIN", "not a Clinic Companion backup"),
    ("notes.txt", b"Shopping list: rice, beans\n" * 50, "not a Clinic Companion backup"),
    ("photos.zip", b"PK\x03\x04" + bytes(300), "not a Clinic Companion backup"),
])
def test_files_that_are_no_backup_are_refused(tmp_path: Path, live: dict[str, Any], name: str,
                                              content: bytes, says: str) -> None:
    message = refused(live, _write(tmp_path, name, content), kind=NotABackup)
    assert says in message and "Nothing was changed" in message
    assert all_rows(live["clinic"].path) == live["rows"]


def test_a_database_file_is_not_taken_for_a_backup(live: dict[str, Any],
                                                   made: dict[str, Any]) -> None:
    message = refused(live, made["snapshot"], kind=NotABackup)
    assert "database file, not a backup" in message


def truncation_points(data: bytes) -> list[int]:
    """Inside the header, around every chunk boundary, and just short of the end."""
    header = read_header(_Reader(data)).size
    record = SMALL_CHUNK + TAG_BYTES
    points = set(range(0, 20)) | {header - 1, header, header + 1, header + TAG_BYTES}
    for k in range(1, (len(data) - header) // record + 1):
        points |= {header + k * record + d for d in (-1, 0, 1)}
    points |= {len(data) - 1, len(data) - TAG_BYTES, len(data) // 2}
    return sorted(p for p in points if 0 <= p < len(data))


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def read(self, n: int) -> bytes:
        out = self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out


def test_a_file_cut_short_anywhere_is_refused(tmp_path: Path, made: dict[str, Any],
                                              live: dict[str, Any]) -> None:
    data = made["data"]
    points = truncation_points(data)
    assert len(points) > 40  # the backup spans many chunks
    for cut in points:
        path = _write(tmp_path, f"cut-{cut}.clinicbackup", data[:cut])
        checked = live["service"].verify(path, PASSPHRASE)
        assert not checked.ok and checked.error is not None, cut
        assert isinstance(checked.error, NotABackup if cut < 8 else Damaged), cut
        path.unlink()
    # at a chunk boundary the file still looks whole, but its last chunk is not the final one
    boundary = points[-4]
    message = refused(live, _write(tmp_path, "cut.clinicbackup", data[:boundary]), kind=Damaged)
    assert "damaged or incomplete" in message and "Nothing was changed" in message
    assert all_rows(live["clinic"].path) == live["rows"]


def _flipped(data: bytes, where: int, xor: int) -> bytes:
    where %= len(data)
    return data[:where] + bytes([data[where] ^ xor]) + data[where + 1:]


#: positions: any byte, with extra weight on the header (its first few hundred bytes)
POSITIONS = st.one_of(st.integers(0, 600), st.integers(0, 2**31))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=POSITIONS, xor=st.integers(1, 255))
def test_one_flipped_byte_anywhere_fails_verification(tmp_path: Path, made: dict[str, Any],
                                                      live: dict[str, Any], where: int,
                                                      xor: int) -> None:
    path = _write(tmp_path, "flipped.clinicbackup", _flipped(made["data"], where, xor))
    checked = live["service"].verify(path, PASSPHRASE)
    assert not checked.ok and isinstance(checked.error, BackupFileError)
    assert checked.manifest is None


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=POSITIONS, xor=st.integers(1, 255))
def test_one_flipped_byte_is_never_a_partial_restore(tmp_path: Path, made: dict[str, Any],
                                                     live: dict[str, Any], where: int,
                                                     xor: int) -> None:
    path = _write(tmp_path, "flipped.clinicbackup", _flipped(made["data"], where, xor))
    refused(live, path)
    assert all_rows(live["clinic"].path) == live["rows"]


def _newer(tmp_path: Path, made: dict[str, Any], *, header_schema: int, manifest_schema: int,
           format_version: int = 1) -> Path:
    """A backup as a later version would write it (built with the real writer)."""
    manifest = made["manifest"].to_json(with_key=True) | {"schema_version": manifest_schema,
                                             "app_version": "9.0.0"}
    path = tmp_path / f"newer-{header_schema}-{manifest_schema}-{format_version}.clinicbackup"
    with open(made["snapshot"], "rb") as src, open(path, "wb") as out:
        encrypt_stream(src, out, PASSPHRASE, manifest, schema_version=header_schema,
                       app_version="9.0.0", kdf=FAST_KDF, chunk_size=SMALL_CHUNK,
                       format_version=format_version)
    return path


@pytest.mark.parametrize(("header_schema", "manifest_schema", "format_version"), [
    (LATEST + 1, LATEST + 1, 1),  # a newer schema, said in the header too
    (LATEST, LATEST + 1, 1),  # only the (encrypted) manifest tells
    (LATEST, LATEST, 2),  # a newer file format
])
def test_a_backup_from_a_newer_version_is_refused(tmp_path: Path, made: dict[str, Any],
                                                  live: dict[str, Any], header_schema: int,
                                                  manifest_schema: int,
                                                  format_version: int) -> None:
    path = _newer(tmp_path, made, header_schema=header_schema, manifest_schema=manifest_schema,
                  format_version=format_version)
    message = refused(live, path, kind=TooNew)
    assert "newer version of Clinic Companion" in message and "9.0.0" in message
    assert "Install the newer version" in message and "Nothing was changed" in message
    with pytest.raises(TooNew):
        live["service"].inspect(path, PASSPHRASE)
    assert all_rows(live["clinic"].path) == live["rows"]


def test_an_older_schema_backup_is_restored_and_brought_up_to_date(
        tmp_path: Path, made: dict[str, Any], make_service: Make, clock: FixedClock) -> None:
    """The other side of 'too new': a backup of a database made before the last migration
    restores, and opening it brings it up to date."""
    old = tmp_path / "old.db"
    db = Database(old)
    migrate(db, target=LATEST - 1)
    counts = db.table_counts()
    db.close()
    data = old.read_bytes()
    manifest = made["manifest"].to_json(with_key=True) | {
        "schema_version": LATEST - 1, "sha256": hashlib.sha256(data).hexdigest(),
        "snapshot_bytes": len(data), "counts": counts}
    path = tmp_path / "old.clinicbackup"
    with open(old, "rb") as src, open(path, "wb") as out:
        encrypt_stream(src, out, PASSPHRASE, manifest, schema_version=LATEST - 1, kdf=FAST_KDF)
    target = Clinic(tmp_path / "target" / "clinic.db", clock=clock)
    result = make_service(target).restore(path, PASSPHRASE)
    assert result.manifest.schema_version == LATEST - 1
    reopened = Clinic(result.path, create=False, clock=clock)
    assert current_version(reopened.db) == LATEST
    reopened.close()


def test_restore_refuses_a_file_it_cannot_read(tmp_path: Path, live: dict[str, Any]) -> None:
    with pytest.raises(Exception, match="cannot be opened") as caught:
        live["service"].restore(tmp_path / "missing.clinicbackup", PASSPHRASE)
    assert "Nothing was changed" in str(caught.value)
    assert os.listdir(tmp_path) == []
