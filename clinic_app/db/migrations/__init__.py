"""Numbered schema migrations, applied in one transaction at start-up."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from clinic_app.db.connection import Database, DatabaseError, DatabaseTooNew, friendly_error
from clinic_app.db.driver import sqlite

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def all_migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    versions = [mig.version for mig in found]
    assert versions == list(range(1, len(found) + 1)), f"migration numbers have gaps: {versions}"
    return found


LATEST = len(all_migrations())


def current_version(db: Database) -> int:
    conn = db.conn
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if not has_table:
            return 0
        row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except sqlite.DatabaseError as exc:
        raise friendly_error(exc, db.path) from None
    return int(row[0] or 0)


def _split_statements(sql: str) -> list[str]:
    """Split a migration script into complete statements (triggers contain ';')."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete statement in migration: {buf[:80]!r}")
    return statements


def backup_before_migration(db: Database, version: int) -> Path | None:
    """Copy the database aside (SQLite online backup) before migrating a non-empty file."""
    if not db.path.exists() or db.path.stat().st_size == 0 or version == 0:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = db.path.with_name(f"{db.path.name}.before-v{version + 1}-{stamp}.bak")
    if target.exists():  # never overwrite an earlier copy
        target = target.with_name(f"{target.stem}-{uuid.uuid4().hex[:8]}.bak")
    db.copy_to(target)
    logger.info("copied %s to %s before migrating", db.path, target)
    return target


def migrate(db: Database, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: latest). Returns the versions applied.

    A database made by a newer Clinic Companion is refused with a clear message.
    """
    migrations = all_migrations()
    latest = len(migrations)
    target = latest if target is None else target
    version = current_version(db)
    if version > latest:
        raise DatabaseTooNew(
            f"The database {db.path} was made by a newer version of Clinic Companion "
            f"(schema {version}; this version knows up to {latest}). Install the newer version "
            "to open it. Nothing was changed."
        )
    if version == 0:
        foreign = db.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'").fetchone()[0]
        if foreign:
            raise DatabaseError(
                f"{db.path} is a database of another program, not a clinic database. "
                "Choose the clinic's database file. Nothing was changed.")
    db.use_wal()
    pending = [m for m in migrations if version < m.version <= target]
    if not pending:
        return []
    db.migration_copy = backup_before_migration(db, version)
    now = dt.datetime.now(dt.UTC).isoformat()
    with db.transaction() as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for mig in pending:
            try:
                for statement in _split_statements(mig.sql):
                    conn.execute(statement)
            except sqlite.DatabaseError as exc:
                raise DatabaseError(
                    f"Updating the database to schema {mig.version} ({mig.name}) failed: {exc}. "
                    "Nothing was changed."
                ) from exc
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (mig.version, mig.name, now),
            )
    logger.info("migrated %s to schema %d", db.path, pending[-1].version)
    return [m.version for m in pending]
