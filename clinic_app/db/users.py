"""Staff accounts storage."""

from __future__ import annotations

import unicodedata
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.meta import Meta
from clinic_app.domain.roles import Role
from clinic_app.errors import ClinicError, NotFoundError

_COLUMNS = ("id, username, display_name, role, password_hash, must_change_password, active, "
            "failed_attempts, locked_until, last_login_at, created_at")


def _user(r: Any) -> dict[str, Any]:
    return {"id": r[0], "username": r[1], "display_name": r[2], "role": Role(r[3]),
            "password_hash": r[4], "must_change_password": bool(r[5]), "active": bool(r[6]),
            "failed_attempts": int(r[7]), "locked_until": r[8], "last_login_at": r[9],
            "created_at": r[10]}


def _folded(username: str) -> str:
    """A username as compared: case and Unicode form ignored ('ÁNGELA' is 'Ángela'; SQLite's
    NOCASE folds ASCII letters only)."""
    return unicodedata.normalize("NFC", username).casefold()


class UserRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM users WHERE deleted = 0")[0][0])

    def by_username(self, username: str) -> dict[str, Any] | None:
        key = _folded(username)  # a clinic has tens of accounts: compared here, not in SQL
        rows = self.db.query(f"SELECT {_COLUMNS} FROM users WHERE deleted = 0")
        return next((_user(r) for r in rows if _folded(r[1]) == key), None)

    def get(self, user_id: str) -> dict[str, Any]:
        rows = self.db.query(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
        if not rows:
            raise NotFoundError(f"No staff account with id {user_id}.")
        return _user(rows[0])

    def all(self) -> list[dict[str, Any]]:
        return [_user(r) for r in self.db.query(
            f"SELECT {_COLUMNS} FROM users WHERE deleted = 0 ORDER BY username COLLATE NOCASE")]

    def add(self, username: str, display_name: str, role: Role, password_hash: str,
            must_change: bool) -> str:
        with self.db.transaction() as conn:
            taken = conn.execute("SELECT username FROM users").fetchall()
            if any(_folded(r[0]) == _folded(username) for r in taken):
                raise ClinicError(f"There is already a staff account named '{username}'.")
            stamp = self.meta.stamp(conn)
            user_id = self.meta.new_id()
            conn.execute(
                "INSERT INTO users (id, username, display_name, role, password_hash, "
                "must_change_password, password_changed_at, created_at, updated_at, hlc, "
                "site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (user_id, username, display_name, role.value, password_hash, int(must_change),
                 stamp.now, stamp.now, stamp.now, stamp.hlc, stamp.site_id))
        return user_id

    def update(self, user_id: str, **fields: Any) -> None:
        allowed = {"display_name", "role", "password_hash", "must_change_password", "active",
                   "failed_attempts", "locked_until", "last_login_at", "password_changed_at"}
        assert set(fields) <= allowed, set(fields) - allowed
        with self.db.transaction() as conn:
            stamp = self.meta.stamp(conn)
            values = {k: (v.value if isinstance(v, Role) else v) for k, v in fields.items()}
            sets = ", ".join(f"{k} = :{k}" for k in values)
            conn.execute(f"UPDATE users SET {sets}, updated_at = :now, hlc = :hlc "
                         "WHERE id = :id", {**values, "now": stamp.now, "hlc": stamp.hlc,
                                            "id": user_id})
