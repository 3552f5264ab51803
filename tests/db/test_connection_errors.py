"""The database file: transactions, and clear errors for locked, corrupt and missing files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_app.db import connection
from clinic_app.db.connection import (
    Database,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseMissing,
    friendly_error,
)
from clinic_app.db.driver import sqlite as sqlite3  # the app's library: locks are per library
from clinic_app.db.migrations import migrate
from clinic_app.errors import ClinicError, DatabaseError
from clinic_app.services.clinic import Clinic


@pytest.fixture
def exclusive_lock(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding a write lock on the file."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def count_settings(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        con.close()


def test_transaction_commits_whole(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('a', '1')")
        conn.execute("INSERT INTO settings VALUES ('b', '2')")
    assert count_settings(db.path) == 2


def test_transaction_rolls_back_whole_on_any_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('a', '1')")
        raise RuntimeError("power cut")
    assert count_settings(db.path) == 0
    assert not db.conn.in_transaction


def test_nested_transaction_joins_the_outer_one(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as outer:
        outer.execute("INSERT INTO settings VALUES ('a', '1')")
        with db.transaction() as inner:
            assert inner is outer
            inner.execute("INSERT INTO settings VALUES ('b', '2')")
        raise RuntimeError("fails after the inner block")
    assert count_settings(db.path) == 0


def test_operational_errors_become_friendly(db: Database) -> None:
    with pytest.raises(DatabaseError, match="reported a problem"), db.transaction() as conn:
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    with pytest.raises(DatabaseError):
        db.query("SELECT * FROM no_such_table")


def test_each_thread_has_its_own_connection(db: Database) -> None:
    import threading

    seen: list[sqlite3.Connection] = []
    t = threading.Thread(target=lambda: seen.append(db.conn))
    t.start()
    t.join()
    assert seen[0] is not db.conn
    assert db.conn is db.conn


def test_locked_database_refuses_writes_clearly_and_keeps_data(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    db = Database(db_path)
    migrate(db)
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('kept', 'yes')")

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="locked") as info, db.transaction() as conn:
            conn.execute("INSERT INTO settings VALUES ('lost', 'no')")
        assert "Nothing was changed" in str(info.value)
        assert not isinstance(info.value, sqlite3.Error)
        # Readers are not blocked by a writer (WAL): the front desk can still search.
        assert db.query("SELECT value FROM settings WHERE key = 'kept'")[0][0] == "yes"
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert [tuple(r) for r in db.query("SELECT key, value FROM settings")] == [("kept", "yes")]
    with db.transaction() as conn:  # works again once the lock is gone
        conn.execute("INSERT INTO settings VALUES ('later', 'ok')")
    assert count_settings(db_path) == 2
    db.close()


def test_locked_database_through_the_services(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "clinic.sqlite3"
    clinic = Clinic(path)
    first = clinic.patients.register({"given_name": "Amina", "family_name": "Juma"})
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="locked"):
            clinic.patients.register({"given_name": "Baraka", "family_name": "Otieno"})
        with pytest.raises(DatabaseLocked):
            clinic.patients.update(first.id, {"village": "Lindi"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert clinic.patients.count() == 1
    assert clinic.patients.get(first.id).village == ""
    clinic.patients.update(first.id, {"village": "Lindi"})
    assert clinic.patients.get(first.id).village == "Lindi"
    clinic.close()


def test_locked_non_wal_database_cannot_even_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "old.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN EXCLUSIVE")  # rollback-journal mode: blocks readers too
    try:
        with pytest.raises(DatabaseLocked, match="locked"):
            Database(path).conn  # noqa: B018
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_garbage_file_is_corrupt_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is a letter to the clinic, not a database\n" * 200)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseCorrupt, match="not a readable clinic database"):
        Database(path).conn  # noqa: B018
    with pytest.raises(DatabaseCorrupt):
        Clinic(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "clinic.sqlite3"
    with pytest.raises(DatabaseMissing, match="no database at"):
        Database(path, create=False)
    with pytest.raises(DatabaseMissing):
        Clinic(path, create=False)
    assert not path.exists()
    assert not path.parent.exists()


def test_all_database_errors_are_clinic_errors() -> None:
    for cls in (DatabaseLocked, DatabaseCorrupt, DatabaseMissing):
        assert issubclass(cls, DatabaseError) and issubclass(cls, ClinicError)


@pytest.mark.parametrize(
    ("message", "cls", "words"),
    [
        ("database is locked", DatabaseLocked, "locked"),
        ("database table is locked", DatabaseLocked, "locked"),
        ("file is not a database", DatabaseCorrupt, "not a readable"),
        ("database disk image is malformed", DatabaseCorrupt, "not a readable"),
        ("attempt to write a readonly database", DatabaseError, "cannot be written"),
        ("unable to open database file", DatabaseMissing, "cannot be opened"),
        ("database or disk is full", DatabaseError, "has space"),
        ("disk I/O error", DatabaseError, "still connected"),
        ("something else", DatabaseError, "something else"),
    ],
)
def test_friendly_error_messages(message: str, cls: type, words: str) -> None:
    err = friendly_error(sqlite3.OperationalError(message), "/data/clinic.sqlite3")
    assert type(err) is cls
    assert words in str(err)
    assert "/data/clinic.sqlite3" in str(err)
