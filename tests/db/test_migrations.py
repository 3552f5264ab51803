"""Numbered migrations: empty to latest, upgrades keep data, backups, refusals, rollback."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from clinic_app.db import migrations as migrations_module
from clinic_app.db.connection import Database, DatabaseTooNew
from clinic_app.db.migrations import LATEST, Migration, all_migrations, current_version, migrate
from clinic_app.db.search import PatientSearch
from clinic_app.errors import DatabaseError
from clinic_app.services.clinic import Clinic

PATIENT_SQL = (
    "INSERT INTO patients (id, clinic_number, clinic_seq, given_name, family_name, name_key, "
    "phones, phone_digits, created_at, updated_at, hlc, site_id) VALUES "
    "('p1', 'KIB-000001', 1, 'María', 'González', 'gonzalez maria', '[\"+254712345678\"]', "
    "'254712345678 0712345678', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
    "'1735689600000-000000-s', 's')"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_migrations_are_numbered_without_gaps() -> None:
    found = all_migrations()
    assert [m.version for m in found] == list(range(1, LATEST + 1))
    assert LATEST >= 2
    assert [m.name for m in found[:2]] == ["core", "search"]


@pytest.mark.parametrize("start", ["missing", "empty file"])
def test_new_database_goes_to_latest(tmp_path: Path, start: str) -> None:
    path = tmp_path / "new.sqlite3"
    if start == "empty file":
        path.write_bytes(b"")
    db = Database(path)
    assert current_version(db) == 0
    assert migrate(db) == list(range(1, LATEST + 1))
    assert current_version(db) == LATEST
    assert {"patients", "visits", "appointments", "follow_ups", "call_attempts", "settings",
            "schema_migrations", "patient_names_fts", "patient_phones_fts"} <= tables(db)
    rows = db.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
    assert [(r[0], r[1]) for r in rows] == [(m.version, m.name) for m in all_migrations()]
    assert all(r[2] for r in rows)
    assert migrate(db) == []  # nothing left to do
    db.close()
    assert not list(tmp_path.glob("*.bak"))  # nothing worth copying aside


def test_journal_mode_is_wal_and_foreign_keys_on(db: Database) -> None:
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA foreign_keys")[0][0] == 1


def test_upgrade_from_version_1_indexes_existing_rows(db_path: Path) -> None:
    db = Database(db_path)
    assert migrate(db, target=1) == [1]
    assert current_version(db) == 1
    assert "patient_names_fts" not in tables(db)
    db.conn.execute(PATIENT_SQL)

    assert migrate(db) == list(range(2, LATEST + 1))
    assert current_version(db) == LATEST
    search = PatientSearch(db)
    for query in ("gonzalez", "GONZÁLEZ maria", "mar gon", "0712", "+254 712"):
        assert [h.patient.id for h in search.search(query)] == ["p1"], query
    db.close()


def test_a_copy_is_set_aside_before_migrating(db_path: Path) -> None:
    db = Database(db_path)
    migrate(db, target=1)
    db.conn.execute(PATIENT_SQL)
    migrate(db)
    db.close()

    copies = list(db_path.parent.glob(f"{db_path.name}.before-v2-*.bak"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 1
        assert copy.execute("SELECT given_name FROM patients").fetchall() == [("María",)]
    finally:
        copy.close()


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Clinic(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from_the_future', 'x')", (LATEST + 1,))
    con.commit()
    con.close()
    before = sha256(path)

    db = Database(path)
    with pytest.raises(DatabaseTooNew, match="newer version") as info:
        migrate(db)
    assert "Nothing was changed" in str(info.value)
    db.close()
    with pytest.raises(DatabaseTooNew):
        Clinic(path)

    assert sha256(path) == before
    assert not list(tmp_path.glob("*.bak"))


def _with_broken(upto: int, broken_version: int) -> list[Migration]:
    real = [m for m in all_migrations() if m.version <= upto]
    broken = Migration(broken_version, "broken", (
        "CREATE TABLE half_done (x INTEGER);\n"
        "INSERT INTO half_done VALUES (1);\n"
        "INSERT INTO no_such_table VALUES (1);\n"))
    return [*real, broken]


def test_a_failing_migration_rolls_back_whole(db: Database, monkeypatch) -> None:
    db.conn.execute(PATIENT_SQL)
    monkeypatch.setattr(migrations_module, "all_migrations",
                        lambda: _with_broken(LATEST, LATEST + 1))
    with pytest.raises(DatabaseError, match=f"schema {LATEST + 1} .broken. failed") as info:
        migrate(db)
    assert "Nothing was changed" in str(info.value)
    assert not db.conn.in_transaction
    assert current_version(db) == LATEST
    assert "half_done" not in tables(db)
    assert db.query("SELECT count(*) FROM patients")[0][0] == 1


def test_a_failing_migration_from_empty_leaves_an_empty_file(db_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(migrations_module, "all_migrations", lambda: _with_broken(1, 2))
    db = Database(db_path)
    with pytest.raises(DatabaseError):
        migrate(db)
    # Schema 1 and the bookkeeping table were in the same transaction: all gone.
    assert tables(db) == set()
    assert current_version(db) == 0
    db.close()
