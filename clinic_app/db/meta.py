"""Site identity, settings rows and the hybrid logical clock, all stored in the database."""

from __future__ import annotations

import random
from dataclasses import dataclass

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.domain.clock import Clock, iso_utc
from clinic_app.domain.hlc import Hlc, next_local
from clinic_app.domain.ids import uuid7


@dataclass(frozen=True)
class Stamp:
    """What every synced row written in one transaction carries."""

    now: str  # UTC ISO-8601
    hlc: str
    site_id: str


class Meta:
    """Settings and sync bookkeeping of one clinic database."""

    def __init__(self, db: Database, clock: Clock, rng: random.Random | None = None) -> None:
        self.db = db
        self.clock = clock
        self.rng = rng or random.SystemRandom()
        self._site_id: str | None = None

    # settings ------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self.db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return row[0][0] if row else None

    def all_settings(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.query("SELECT key, value FROM settings")}

    def set_settings(self, values: dict[str, str]) -> None:
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    def get_sync_state(self, key: str) -> str | None:
        row = self.db.query("SELECT value FROM sync_state WHERE key = ?", (key,))
        return row[0][0] if row else None

    def set_sync_state(self, key: str, value: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # site and clock ------------------------------------------------------
    @property
    def site_id(self) -> str:
        if self._site_id is None:
            row = self.db.query("SELECT value FROM sync_state WHERE key = 'site_id'")
            if row:
                self._site_id = row[0][0]
            else:
                new_id = self.new_id()
                with self.db.transaction() as conn:
                    conn.execute(
                        "INSERT OR IGNORE INTO sync_state (key, value) VALUES ('site_id', ?)",
                        (new_id,),
                    )
                    self._site_id = conn.execute(
                        "SELECT value FROM sync_state WHERE key = 'site_id'"
                    ).fetchone()[0]
        return self._site_id

    def new_id(self) -> str:
        return uuid7(int(self.clock.now().timestamp() * 1000), self.rng)

    def stamp(self, conn: sqlite.Connection) -> Stamp:
        """Take the next HLC stamp. Call inside the write transaction that uses it."""
        site = self.site_id
        now = self.clock.now()
        row = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        last = Hlc.parse(row[0]) if row else None
        hlc = next_local(last, int(now.timestamp() * 1000), site)
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES ('hlc', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(hlc),),
        )
        return Stamp(now=iso_utc(now), hlc=str(hlc), site_id=site)
