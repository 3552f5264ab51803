"""An encrypted clinic is migrated like a plain one, and the copy made first is encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.migrations import LATEST, current_version, migrate
from clinic_app.security import keys


def test_migrating_an_encrypted_database_keeps_an_encrypted_copy(tmp_path: Path) -> None:
    key = keys.new_key()
    path = tmp_path / "clinic.sqlite3"
    old = Database(path, key=key)
    migrate(old, target=LATEST - 1)
    with old.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('clinic_name', 'Lindi Health Post')")
    old.close()

    db = Database(path, key=key)
    assert migrate(db) == [LATEST]
    assert current_version(db) == LATEST
    copies = list(tmp_path.glob("clinic.sqlite3.before-v*.bak"))
    assert len(copies) == 1
    assert b"Lindi Health Post" not in copies[0].read_bytes()
    with pytest.raises(sqlite.DatabaseError):
        sqlite.connect(copies[0]).execute("SELECT * FROM settings").fetchall()
    copy = Database(copies[0], key=key)
    assert copy.query("SELECT value FROM settings WHERE key = 'clinic_name'")[0][0] == \
        "Lindi Health Post"
    assert current_version(copy) == LATEST - 1
