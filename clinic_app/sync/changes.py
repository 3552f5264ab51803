"""The outbox read as wire changes (docs/sync-wire.md), acknowledgement, and what the schema
says about each synced table (its columns, the columns a first change must carry, parents)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from clinic_app.db.driver import sqlite
from clinic_app.marks import N_
from clinic_app.sync import INSERT_ONLY, SYNCED_TABLES, synced_columns

#: the keys of one wire change, no more and no fewer (the hub holds changes to the same)
CHANGE_KEYS = ("change_id", "site_id", "table", "row_id", "op", "hlc", "fields", "base")
HLC_RE = re.compile(r"\d{13}-\d{6}-[^\x00]{1,64}")

_OUTBOX = "seq, change_id, site_id, table_name, row_id, op, hlc, fields, base"


@dataclass(frozen=True)
class TableSpec:
    """One synced table as the schema has it."""

    name: str
    columns: tuple[str, ...]  # the columns that travel in ``fields``
    required: frozenset[str]  # NOT NULL without a default: a row's first change carries them
    parents: tuple[tuple[str, str], ...]  # (column, parent table) of each foreign key
    insert_only: bool
    column_set: frozenset[str] = frozenset()


def table_specs(conn: sqlite.Connection) -> dict[str, TableSpec]:
    """Every synced table's spec, read from the database's own schema."""
    out = {}
    for table in SYNCED_TABLES:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns = synced_columns(table, [r[1] for r in info])
        required = frozenset(r[1] for r in info if r[3] and r[4] is None and r[1] in columns)
        parents = tuple((r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({table})"))
        out[table] = TableSpec(table, columns, required, parents, table in INSERT_ONLY,
                               frozenset(columns))
    return out


@dataclass(frozen=True)
class OutboxChange:
    seq: int  # this PC's order of its changes
    change: dict[str, Any]  # the wire change


def _wire(row: Sequence[Any]) -> OutboxChange:
    return OutboxChange(row[0], {
        "change_id": row[1], "site_id": row[2], "table": row[3], "row_id": row[4],
        "op": row[5], "hlc": row[6], "fields": json.loads(row[7]), "base": json.loads(row[8])})


def pending_count(conn: sqlite.Connection) -> int:
    """Changes not yet acknowledged by the hub."""
    return int(conn.execute("SELECT count(*) FROM sync_outbox WHERE acked = 0").fetchone()[0])


def pending(conn: sqlite.Connection, *, after_seq: int = 0,
            limit: int | None = None) -> list[OutboxChange]:
    """Unacknowledged changes in the order they were made (from ``after_seq`` on)."""
    rows = conn.execute(
        f"SELECT {_OUTBOX} FROM sync_outbox WHERE acked = 0 AND seq > ? ORDER BY seq LIMIT ?",
        (after_seq, -1 if limit is None else limit)).fetchall()
    return [_wire(r) for r in rows]


def pending_texts(conn: sqlite.Connection, *, after_seq: int = 0,
                  limit: int = 500) -> list[tuple[int, str, str]]:
    """Like ``pending``, as (seq, change_id, the wire change as JSON text): the outbox's
    JSON columns are spliced in as they are, not parsed and written again (a first push
    carries every row of the clinic)."""
    rows = conn.execute(
        "SELECT seq, change_id, '{\"change_id\":' || json_quote(change_id) || "
        "',\"site_id\":' || json_quote(site_id) || ',\"table\":' || json_quote(table_name) "
        "|| ',\"row_id\":' || json_quote(row_id) || ',\"op\":' || json_quote(op) || "
        "',\"hlc\":' || json_quote(hlc) || ',\"fields\":' || json(fields) || "
        "',\"base\":' || json(base) || '}' FROM sync_outbox WHERE acked = 0 AND seq > ? "
        "ORDER BY seq LIMIT ?", (after_seq, limit)).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def pending_tables(conn: sqlite.Connection) -> set[str]:
    """The tables that have unacknowledged changes."""
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT table_name FROM sync_outbox WHERE acked = 0")}


def mark_acked(conn: sqlite.Connection, change_ids: Iterable[str]) -> int:
    """Acknowledge the changes the hub confirmed it holds; returns how many were pending."""
    ids = list(change_ids)
    done = 0
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join("?" for _ in part)
        done += conn.execute(f"UPDATE sync_outbox SET acked = 1 WHERE acked = 0 AND "
                             f"change_id IN ({marks})", part).rowcount
    return done


def mark_acked_through(conn: sqlite.Connection, seq: int) -> int:
    """Acknowledge every change up to and including outbox position ``seq``."""
    return conn.execute("UPDATE sync_outbox SET acked = 1 WHERE acked = 0 AND seq <= ?",
                        (seq,)).rowcount


def reassert(conn: sqlite.Connection, change_id: str, site_id: str, table: str, row_id: str,
             field: str, value: Any, hlc: str, base: str | None) -> None:
    """Make the change stamped ``hlc`` of a row carry ``field`` = ``value`` even when the edit
    left the value as it was (a person confirming one side of a conflict): the choice then
    travels and settles the conflict everywhere. Call after the edit, in its transaction."""
    row = conn.execute("SELECT seq, fields, base FROM sync_outbox WHERE acked = 0 AND "
                       "table_name = ? AND row_id = ? AND hlc = ?",
                       (table, row_id, hlc)).fetchone()
    op = "delete" if field == "deleted" and value == 1 else "upsert"
    if row is None:
        conn.execute("INSERT INTO sync_outbox (change_id, table_name, row_id, op, fields, base, "
                     "hlc, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (change_id, table, row_id, op, json.dumps({field: value}),
                      json.dumps({field: base}), hlc, site_id))
    else:
        fields = json.loads(row[1]) | {field: value}
        bases = json.loads(row[2])
        bases.setdefault(field, base)
        conn.execute("UPDATE sync_outbox SET fields = ?, base = ?, op = CASE WHEN op = 'delete' "
                     "THEN op ELSE ? END WHERE seq = ?",
                     (json.dumps(fields), json.dumps(bases), op, row[0]))
    conn.execute(
        "INSERT INTO sync_field_versions (table_name, row_id, field, hlc, base) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, field) DO UPDATE SET "
        "base = CASE WHEN sync_field_versions.hlc = excluded.hlc THEN sync_field_versions.base "
        "ELSE excluded.base END, hlc = excluded.hlc", (table, row_id, field, hlc, base))


def field_version(conn: sqlite.Connection, table: str, row_id: str, field: str) -> str | None:
    """The version of a field's current value: its own, else the row's insert (stored once
    the row changed; until then the row's own hlc)."""
    if table not in SYNCED_TABLES:
        raise ValueError(N_("not a synced table: {0}").format(table))
    row = conn.execute(
        "SELECT coalesce((SELECT hlc FROM sync_field_versions WHERE table_name = ?1 AND "
        "row_id = ?2 AND field = ?3), (SELECT hlc FROM sync_field_versions WHERE "
        f"table_name = ?1 AND row_id = ?2 AND field = '*'), (SELECT hlc FROM {table} WHERE "
        "id = ?2))", (table, row_id, field)).fetchone()
    return row[0] if row else None
