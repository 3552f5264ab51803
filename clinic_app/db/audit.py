"""Audit log storage: append-only rows, one hash chain per site."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.meta import Meta
from clinic_app.domain.audit import AuditEntry, canonical_details, entry_hash

_COLUMNS = ("seq, id, at, username, action, table_name, row_id, details, prev_hash, hash, "
            "site_id, user_id")


def _details(text: Any) -> dict[str, Any]:
    """The stored details. Text that is not a JSON object (only a tampered row holds such)
    is kept as found, so the chain check reports that entry instead of failing."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        value = None
    return value if isinstance(value, dict) else {"unreadable": text}


def _entry(r: Any) -> AuditEntry:
    return AuditEntry(seq=r[0], id=r[1], at=r[2], username=r[3], action=r[4], table_name=r[5],
                      row_id=r[6], details=_details(r[7]), prev_hash=r[8], hash=r[9],
                      site_id=r[10], user_id=r[11])


class AuditRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    def append(self, username: str, user_id: str | None, action: str, table_name: str | None,
               row_id: str | None, details: dict[str, Any]) -> AuditEntry:
        """Add one entry. Joins the caller's transaction, so it lands with the change."""
        with self.db.transaction() as conn:
            stamp = self.meta.stamp(conn)
            site = stamp.site_id
            head = self._head(conn, site)
            seq = head[0] + 1
            prev = head[1] or None
            entry_id = self.meta.new_id()
            text = canonical_details(details)
            digest = entry_hash(prev, seq, entry_id, stamp.now, username, action, table_name,
                                row_id, text, user_id, site)
            conn.execute(
                "INSERT INTO audit_log (id, seq, at, user_id, username, action, table_name, "
                "row_id, details, prev_hash, hash, created_at, updated_at, hlc, site_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, seq, stamp.now, user_id, username, action, table_name, row_id, text,
                 prev, digest, stamp.now, stamp.now, stamp.hlc, site))
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (f"audit_head:{site}", f"{seq}:{digest}"))
        return AuditEntry(seq, entry_id, stamp.now, username, action, table_name, row_id,
                          details, prev, digest, site, user_id)

    @staticmethod
    def _head(conn: sqlite.Connection, site: str) -> tuple[int, str]:
        row = conn.execute("SELECT seq, hash FROM audit_log WHERE site_id = ? "
                           "ORDER BY seq DESC LIMIT 1", (site,)).fetchone()
        return (int(row[0]), row[1]) if row else (0, "")

    def recorded_head(self, site: str) -> tuple[int, str] | None:
        """The (seq, hash) stored with the newest entry of ``site``'s chain."""
        row = self.db.query("SELECT value FROM sync_state WHERE key = ?", (f"audit_head:{site}",))
        if not row:
            return None
        seq, digest = row[0][0].split(":", 1)
        return int(seq), digest

    def sites(self) -> list[str]:
        rows = self.db.query("SELECT DISTINCT site_id FROM audit_log")
        heads = self.db.query("SELECT substr(key, 12) FROM sync_state "
                              "WHERE key LIKE 'audit_head:%'")
        return sorted({r[0] for r in rows} | {r[0] for r in heads})

    def chain(self, site: str) -> Iterator[AuditEntry]:
        """``site``'s entries in chain order, read in pages (the log grows without end)."""
        after = 0
        while True:
            rows = self.db.query(f"SELECT {_COLUMNS} FROM audit_log WHERE site_id = ? AND "
                                 "seq > ? ORDER BY seq LIMIT 1000", (site, after))
            if not rows:
                return
            for r in rows:
                yield _entry(r)
            after = rows[-1][0]

    def search(self, *, since: str | None = None, until: str | None = None,
               username: str | None = None, action: str | None = None,
               row_id: str | None = None, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
        """Entries newest first, filtered."""
        where, params = ["1 = 1"], []
        for clause, value in (("at >= ?", since), ("at < ?", until), ("username = ?", username),
                              ("row_id = ?", row_id)):
            if value:
                where.append(clause)
                params.append(value)
        if action:
            where.append("action LIKE ? || '%'")
            params.append(action)
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM audit_log WHERE {' AND '.join(where)} "
            "ORDER BY at DESC, seq DESC LIMIT ? OFFSET ?", (*params, limit, offset))
        return [_entry(r) for r in rows]
