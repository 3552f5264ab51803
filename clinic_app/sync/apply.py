"""Applying received changes: a batch in one transaction, per-field last-writer-wins by HLC.

The rules (shared/SYNC.md, docs/sync-wire.md), the same whatever the order of delivery:
- a field takes the incoming value when the change's HLC is higher than the version of the
  value held (``sync_field_versions``); an equal HLC never wins, so applying anything twice
  changes nothing;
- a change to a row this PC does not have is an insert when it carries every required column
  (a row's first change carries them all); otherwise, and when a parent row (a foreign key)
  is missing, it waits in ``sync_parked`` and is applied when the row arrives;
- append-only rows (the audit log) are inserted once, as they came (their hash chain is the
  origin's), and never changed;
- a field never changed since its row's insert has the insert's version ('*', stored when
  the row first changes; until then the row's own hlc); the row's ``hlc`` is the newest stamp
  of any change to it, so it too is the same at every site;
- review fields of patients that lose to a concurrent edit open one ``sync_conflicts`` row per
  field with both values (judged per pair of edits: the loser's editor had not seen the
  winner's value, whichever arrives first); a delete against an edit the winning delete had
  not seen is judged on the merged row (field ``deleted``). Each open conflict is the same at
  every site; a later edit by someone who saw the merged value settles it, here or anywhere;
- derived data stays whole: patients' ``name_key`` / ``phone_digits`` are recomputed with the
  functions PatientRepository uses, and the search and call-hold triggers fire as for a local
  write; the capture triggers are off for the transaction, so nothing is echoed back;
- the local HLC moves past every stamp received (``hlc.receive``), so a later local edit wins.

Rank merge of status fields (SYNC.md: "a follow-up that is done stays done") is deliberately
not done: undoing a call reopens follow-ups, and a rank rule that the undoing site could not
apply to its own write would leave the sites apart. Status fields are plain LWW fields.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from clinic_app.bulk import collector_paused
from clinic_app.db.driver import sqlite
from clinic_app.domain.hlc import Hlc, receive
from clinic_app.domain.phones import search_digits_for
from clinic_app.domain.text import name_key
from clinic_app.marks import N_
from clinic_app.sync import FUTURE_LIMIT_MS, REVIEW_FIELDS, SyncError
from clinic_app.sync.changes import HLC_RE, TableSpec, table_specs

logger = logging.getLogger(__name__)

_NAMES = ("given_name", "family_name", "other_names")
_CHUNK = 500


@dataclass
class ApplyReport:
    """What one batch did."""

    received: int = 0
    applied: int = 0  # changes that set at least one field (or inserted a row)
    duplicates: int = 0  # changes already held, or older than what is held
    conflicts: int = 0  # review conflicts opened (or brought up to date)
    waiting: int = 0  # changes waiting for their row or a parent row (all batches)
    ahead: int = 0  # changes stamped more than 24 h ahead of this PC's clock
    ahead_sites: set[str] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)  # tables with a changed row


def schema_of(batch: Mapping[str, Any]) -> int:
    schema = batch.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise SyncError(N_("The batch names no valid schema version; nothing was applied."))
    return schema


def check_schema(schema: int, latest: int) -> None:
    if schema > latest:
        raise SyncError(
            N_("These changes were made by a newer version of Clinic Companion (schema {0}; "
               "this version knows up to {1}). Update this PC, then sync again. Nothing was "
               "applied.").format(schema, latest))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def check_change(c: Any, specs: Mapping[str, TableSpec], i: int) -> dict[str, Any]:
    """One wire change, checked; SyncError names what is wrong."""
    try:
        spec = specs.get(c["table"])
        ok = (spec is not None and type(c["change_id"]) is str and c["change_id"] and
              type(c["site_id"]) is str and c["site_id"] and type(c["row_id"]) is str and
              c["row_id"] and c["op"] in ("upsert", "delete") and type(c["hlc"]) is str and
              HLC_RE.fullmatch(c["hlc"]) is not None and type(c["fields"]) is dict and
              type(c["base"]) is dict)
    except (TypeError, KeyError):
        ok, spec = False, None
    if not ok or spec is None:
        table = c.get("table") if isinstance(c, dict) else None
        if isinstance(table, str) and table not in specs:
            raise SyncError(N_("Change {0} is for a table this PC does not sync ({1}); "
                               "nothing was applied.").format(i + 1, repr(table)))
        raise SyncError(N_("Change {0} is not a valid change (docs/sync-wire.md); nothing "
                           "was applied.").format(i + 1))
    fields = c["fields"]
    if not spec.column_set.issuperset(fields):
        unknown = sorted(set(fields) - spec.column_set)
        raise SyncError(N_("Change {0} sets columns {1} that {2} does not have here; nothing"
                           " was applied.").format(i + 1, unknown, spec.name))
    if not _SCALARS.issuperset(map(type, fields.values())):
        raise SyncError(N_("Change {0} has a field that is not text, a number or null; "
                           "nothing was applied.").format(i + 1))
    return c


class _Row:
    """A synced row as this batch sees it: loaded once, changed in memory, written once."""

    __slots__ = ("table", "row_id", "in_db", "new", "values", "original", "versions",
                 "bases", "vdirty", "hlc", "db_hlc", "star_held")

    def __init__(self, table: str, row_id: str) -> None:
        self.table = table
        self.row_id = row_id
        self.in_db = False
        self.new = False
        self.values: dict[str, Any] = {}
        self.original: dict[str, Any] = {}
        self.versions: dict[str, str] = {}
        self.bases: dict[str, str | None] = {}
        self.vdirty: set[str] = set()
        self.hlc = ""
        self.db_hlc = ""
        self.star_held = False  # the insert's version ('*') is stored

    @property
    def exists(self) -> bool:
        return self.in_db or self.new

    def version(self, f: str) -> str:
        return self.versions.get(f) or self.versions.get("*") or ""


@dataclass
class _Conflict:
    db_id: str | None = None  # an open row already in sync_conflicts
    field_hlc: str = ""
    settled_by: str | None = None  # the HLC that settled the row in the database
    new: dict[str, Any] | None = None  # values of a conflict opened by this batch
    held: tuple[Any, ...] = ()  # the open row's values as stored


class _Applier:
    def __init__(self, conn: sqlite.Connection, specs: Mapping[str, TableSpec], country: str,
                 new_id: Callable[[], str], now_iso: str) -> None:
        self.conn = conn
        self.specs = specs
        self.country = country
        self.new_id = new_id
        self.now_iso = now_iso
        self.rows: dict[tuple[str, str], _Row] = {}
        self.conflicts: dict[tuple[str, str, str], _Conflict] = {}
        self.conflicts_loaded: set[tuple[str, str]] = set()
        self.parked_new: dict[str, dict[str, Any]] = {}
        self.unparked: set[str] = set()
        self.opened = 0
        self.digits: dict[str, str] = {"[]": ""}  # phones text -> search digits

    # loading ----------------------------------------------------------------------------
    def prefetch(self, wanted: Iterable[tuple[str, str]]) -> None:
        by_table: dict[str, list[str]] = {}
        for table, row_id in wanted:
            if (table, row_id) not in self.rows:
                self.rows[(table, row_id)] = _Row(table, row_id)
                by_table.setdefault(table, []).append(row_id)
        for table, ids in by_table.items():
            spec = self.specs[table]
            for i in range(0, len(ids), _CHUNK):
                part = ids[i:i + _CHUNK]
                marks = ", ".join("?" for _ in part)
                if spec.insert_only:  # held or not is all that matters
                    for (found,) in self.conn.execute(
                            f"SELECT id FROM {table} WHERE id IN ({marks})", part):
                        self.rows[(table, found)].in_db = True
                    continue
                cols = ", ".join(spec.columns)
                found = []
                for r in self.conn.execute(
                        f"SELECT id, hlc, {cols} FROM {table} WHERE id IN ({marks})", part):
                    row = self.rows[(table, r[0])]
                    row.in_db = True
                    row.hlc = row.db_hlc = r[1]
                    row.values = row.original = dict(zip(spec.columns, tuple(r)[2:],
                                                         strict=True))  # copied on write
                    found.append(r[0])
                if not found:
                    continue
                marks = ", ".join("?" for _ in found)
                for r in self.conn.execute(
                        "SELECT row_id, field, hlc, base FROM sync_field_versions WHERE "
                        f"table_name = ? AND row_id IN ({marks})", (table, *found)):
                    row = self.rows[(table, r[0])]
                    row.versions[r[1]] = r[2]
                    row.bases[r[1]] = r[3]
                for row_id in found:  # never changed since its insert: the row's hlc is that
                    row = self.rows[(table, row_id)]  # insert's (stored once it changes)
                    row.star_held = "*" in row.versions
                    row.versions.setdefault("*", row.db_hlc)
                if table in REVIEW_FIELDS:
                    self._load_conflicts(table, found)
            if table in REVIEW_FIELDS:  # rows not here have no conflicts to load
                self.conflicts_loaded.update((table, i) for i in ids)

    def _load_conflicts(self, table: str, ids: Sequence[str]) -> None:
        marks = ", ".join("?" for _ in ids)
        for r in self.conn.execute(
                "SELECT id, row_id, field, coalesce(field_hlc, ''), local_value, remote_value, "
                "local_hlc, remote_hlc FROM sync_conflicts WHERE status = 'open' AND "
                f"table_name = ? AND row_id IN ({marks})", (table, *ids)):
            self.conflicts[(table, r[1], r[2])] = _Conflict(
                db_id=r[0], field_hlc=r[3], held=(r[4], r[5], r[6], r[7], r[3]))
        self.conflicts_loaded.update((table, i) for i in ids)

    def row(self, table: str, row_id: str) -> _Row:
        found = self.rows.get((table, row_id))
        if found is None:
            self.prefetch([(table, row_id)])
            found = self.rows[(table, row_id)]
        return found

    def _missing_parent(self, spec: TableSpec, fields: Mapping[str, Any],
                        only: Iterable[str] | None = None) -> bool:
        names = set(fields) if only is None else set(only)
        for column, parent in spec.parents:
            if column in names and fields.get(column) is not None and \
                    not self.row(parent, fields[column]).exists:
                return True
        return False

    # the rules -----------------------------------------------------------------------------
    def apply(self, c: dict[str, Any]) -> str | None:
        """'applied', 'duplicate', or None when the change must wait for a row."""
        spec = self.specs[c["table"]]
        row = self.row(spec.name, c["row_id"])
        hlc, fields, base = c["hlc"], c["fields"], c["base"]
        if not row.exists:
            if not spec.required <= fields.keys() or self._missing_parent(spec, fields):
                return None
            row.new = True
            row.values = dict(fields)  # its keys are columns of the table (checked)
            row.hlc = row.db_hlc = hlc  # (db_hlc: as the insert writes it)
            if not spec.insert_only:
                row.versions = {"*": hlc}
            return "applied"
        if spec.insert_only:
            return "duplicate"
        won = [f for f in fields if hlc > row.version(f)]
        if won and self._missing_parent(spec, fields, won):
            return None
        if spec.name in REVIEW_FIELDS:
            self._review(spec.name, row, c, won)
        if won and row.values is row.original:
            row.values = dict(row.original)
        for f in won:
            row.values[f] = fields[f]
            row.versions[f] = hlc
            row.bases[f] = base.get(f)
            row.vdirty.add(f)
        if hlc > row.hlc:  # the row's hlc: the newest stamp of any change to it, anywhere
            row.hlc = hlc
        elif not won:
            return "duplicate"
        return "applied"

    def _review(self, table: str, row: _Row, c: dict[str, Any], won: list[str]) -> None:
        hlc, fields, base = c["hlc"], c["fields"], c["base"]
        if any(row.versions.get(f) == hlc for f in fields):
            return  # this very change was applied before
        if (table, row.row_id) not in self.conflicts_loaded:
            self._load_conflicts(table, [row.row_id])
        for f in won:  # an edit made by someone who saw the merged value settles a conflict
            found = self.conflicts.get((table, row.row_id, f))
            seen = base.get(f) or ""
            if found and found.field_hlc and seen >= found.field_hlc:
                if found.new is not None:
                    found.new = None
                    self.opened -= 1
                    found.field_hlc = ""
                if found.db_id and found.settled_by is None:
                    found.settled_by = hlc
        # a review field edited here and there, neither editor seeing the other's edit
        for f in REVIEW_FIELDS[table] & fields.keys():
            if f not in row.versions or row.values.get(f) == fields[f]:
                continue  # the field was never edited here, or both sides agree
            mine = row.versions[f]
            if f in won and (base.get(f) or "") < mine:
                self._open(table, row, f, row.values.get(f), mine, fields[f], hlc,
                           field_hlc=hlc)
            elif f not in won and (row.bases.get(f) or "") < hlc:
                self._open(table, row, f, row.values.get(f), mine, fields[f], hlc,
                           field_hlc=mine)

    def _deleted_review(self, table: str, row: _Row) -> None:
        """A delete against an edit the deleter had not seen: judged on the merged row, so
        every site that holds the same changes reaches the same verdict, whatever the order.
        The record is removed by the delete that won, which saw the row as of its base; an
        edit of any other field stamped after that base (and not by the delete itself) went
        unseen."""
        if (table, row.row_id) not in self.conflicts_loaded:
            self._load_conflicts(table, [row.row_id])
        key = (table, row.row_id, "deleted")
        won = row.versions.get("deleted")
        unseen = ""
        if row.values.get("deleted") == 1 and won:
            seen = row.bases.get("deleted") or ""
            unseen = max((v for f, v in row.versions.items()
                          if f not in ("*", "deleted") and v > seen and v != won), default="")
        found = self.conflicts.get(key)
        if unseen and won:
            self._open(table, row, "deleted", 1, won, 0, unseen, field_hlc=won)
        elif found is not None:
            if found.new is not None:
                found.new = None
                self.opened -= 1
            if found.db_id and found.settled_by is None:
                found.settled_by = max(row.versions.values(), default=row.hlc)

    def _open(self, table: str, row: _Row, f: str, mine: Any, mine_hlc: str, theirs: Any,
              their_hlc: str, *, field_hlc: str) -> None:
        key = (table, row.row_id, f)
        found = self.conflicts.setdefault(key, _Conflict())
        values = (_text(mine), _text(theirs), mine_hlc, their_hlc, field_hlc)
        if found.db_id and found.settled_by is None and found.held == values:
            return  # open already, as it is (a change applied again)
        if found.new is None:
            self.opened += 1
        found.field_hlc = field_hlc
        found.new = {"local_value": mine, "remote_value": theirs, "local_hlc": mine_hlc,
                     "remote_hlc": their_hlc, "field_hlc": field_hlc}

    # writing --------------------------------------------------------------------------------
    def _derived(self, row: _Row, cols: Iterable[str]) -> dict[str, Any]:
        cols = set(cols)
        out: dict[str, Any] = {}
        if row.new or cols & set(_NAMES):
            v = row.values
            out["name_key"] = name_key(v.get("family_name") or "", v.get("given_name") or "",
                                       v.get("other_names") or "")
        if row.new or "phones" in cols:
            text = row.values.get("phones") or "[]"
            found = self.digits.get(text)
            if found is None:
                try:
                    phones = json.loads(text)
                except ValueError:
                    phones = []
                found = self.digits[text] = " ".join(
                    _phone_digits(p, self.country) for p in phones if isinstance(p, str)
                ) if isinstance(phones, list) else ""
            out["phone_digits"] = found
        return out

    def _unique_usernames(self) -> None:
        """Two PCs set up apart may each have made an account with the same user name (both
        'amina'). The name stays with the older account (the smaller id: UUIDv7s sort by
        time); the other becomes ``name-xxxx`` (the end of its id). Every site decides the
        same whatever the order, so nothing of it has to travel."""
        incoming: dict[str, str] = {}
        for row in sorted((r for r in self.rows.values() if r.table == "users" and r.new),
                          key=lambda r: r.row_id):
            name = row.values.get("username")
            if not isinstance(name, str):
                continue
            held = self.conn.execute("SELECT id FROM users WHERE username = ? AND id <> ?",
                                     (name, row.row_id)).fetchone()
            rival = min(x for x in (held[0] if held else None, incoming.get(name)) if x) \
                if held or name in incoming else None
            if rival is None:
                incoming[name] = row.row_id
                continue
            if row.row_id > rival:
                row.values["username"] = _renamed(name, row.row_id)
                incoming[row.values["username"]] = row.row_id
            else:
                self.conn.execute("UPDATE users SET username = ? WHERE id = ?",
                                  (_renamed(name, rival), rival))
                incoming[name] = row.row_id
            logger.warning("two accounts named %r: the later one is now %r", name,
                           _renamed(name, max(row.row_id, rival)))

    def flush(self) -> None:
        conn = self.conn
        conn.execute("PRAGMA defer_foreign_keys = ON")
        self._unique_usernames()
        inserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        versions: list[tuple[Any, ...]] = []
        for row in self.rows.values():
            if row.new:
                values = dict(row.values)
                if row.table == "patients":
                    values |= self._derived(row, values)
                cols = ("id", "hlc", *values)
                inserts.setdefault((row.table, cols), []).append(
                    (row.row_id, row.hlc, *values.values()))
            elif row.vdirty or row.hlc != row.db_hlc:
                changed = sorted(c for c in row.vdirty if c != "*" and
                                 (row.values[c] != row.original.get(c) or
                                  type(row.values[c]) is not type(row.original.get(c))))
                values = {c: row.values[c] for c in changed}
                if row.table == "patients":
                    values |= self._derived(row, changed)
                if row.hlc != row.db_hlc:
                    values["hlc"] = row.hlc
                if values:
                    updates.setdefault((row.table, tuple(values)), []).append(
                        (*values.values(), row.row_id))
            if (row.vdirty or row.hlc != row.db_hlc) and not row.star_held and \
                    not self.specs[row.table].insert_only:
                row.vdirty.add("*")  # the insert's version, until now the row's own hlc
            if row.table in REVIEW_FIELDS:  # a base is only ever read to judge a conflict
                versions += [(row.table, row.row_id, f, row.versions[f], row.bases.get(f))
                             for f in row.vdirty]
            else:
                versions += [(row.table, row.row_id, f, row.versions[f], None)
                             for f in row.vdirty]
        search = _Search(conn, updates)
        try:
            for (table, cols), rows in inserts.items():
                conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                 f"({', '.join('?' for _ in cols)})", rows)
            for (table, cols), rows in updates.items():
                sets = ", ".join(f"{c} = ?" for c in cols)
                rows.sort(key=_last)  # in id order: neighbouring pages, fewer reads
                conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", rows)
        except sqlite.IntegrityError as exc:
            raise SyncError(
                N_("Received {0} rows clash with rows already here ({1}): two sites may use "
                   "the same clinic-number prefix or user name. Nothing was applied; ask for"
                   " help before syncing again.").format(table, exc)) from None
        search.write()
        conn.executemany(
            "INSERT INTO sync_field_versions (table_name, row_id, field, hlc, base) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, field) DO UPDATE SET "
            "hlc = excluded.hlc, base = excluded.base", sorted(versions, key=_key))
        self._write_conflicts()

    def _write_conflicts(self) -> None:
        conn = self.conn
        for (table, row_id, f), found in self.conflicts.items():
            if found.db_id and found.settled_by:
                conn.execute(
                    "UPDATE sync_conflicts SET status = 'resolved', resolved_at = ?, "
                    "resolved_by = ? WHERE id = ? AND status = 'open'",
                    (self.now_iso, "site " + Hlc.parse(found.settled_by).site, found.db_id))
            if found.new is None:
                continue
            n = found.new
            conn.execute(
                "INSERT INTO sync_conflicts (id, table_name, row_id, field, local_value, "
                "remote_value, local_hlc, remote_hlc, field_hlc, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (table_name, row_id, field) WHERE status = 'open' DO UPDATE SET "
                "local_value = excluded.local_value, remote_value = excluded.remote_value, "
                "local_hlc = excluded.local_hlc, remote_hlc = excluded.remote_hlc, "
                "field_hlc = excluded.field_hlc",
                (self.new_id(), table, row_id, f, _text(n["local_value"]),
                 _text(n["remote_value"]), n["local_hlc"], n["remote_hlc"], n["field_hlc"],
                 self.now_iso))

    # a batch -------------------------------------------------------------------------------
    def run(self, changes: Sequence[dict[str, Any]], report: ApplyReport) -> None:
        wanted: list[tuple[str, str]] = []
        for c in changes:
            wanted.append((c["table"], c["row_id"]))
            spec = self.specs[c["table"]]
            wanted += [(parent, c["fields"][col]) for col, parent in spec.parents
                       if isinstance(c["fields"].get(col), str)]
        self.prefetch(wanted)
        parked_ids = {r[0] for r in self.conn.execute("SELECT change_id FROM sync_parked")}
        for c in changes:
            outcome = self.apply(c)
            if outcome is None:
                if c["change_id"] not in parked_ids:
                    self.parked_new.setdefault(c["change_id"], c)
                continue
            if c["change_id"] in parked_ids:
                self.unparked.add(c["change_id"])
            report.applied += outcome == "applied"
            report.duplicates += outcome == "duplicate"
            if outcome == "applied":
                report.tables.add(c["table"])
        if any(r.new for r in self.rows.values()):
            self._retry_parked(report)
        for table in REVIEW_FIELDS:
            for row in self.rows.values():
                if row.table == table and row.exists and (row.vdirty or row.hlc != row.db_hlc):
                    self._deleted_review(table, row)
        self.flush()
        if self.unparked:
            ids = list(self.unparked)
            for i in range(0, len(ids), _CHUNK):
                part = ids[i:i + _CHUNK]
                self.conn.execute(f"DELETE FROM sync_parked WHERE change_id IN "
                                  f"({', '.join('?' for _ in part)})", part)
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_parked (change_id, table_name, row_id, hlc, change, "
            "reason, parked_at) VALUES (?, ?, ?, ?, ?, 'waiting for its row or parent row', ?)",
            [(c["change_id"], c["table"], c["row_id"], c["hlc"], json.dumps(c), self.now_iso)
             for cid, c in self.parked_new.items() if cid not in self.unparked])
        report.conflicts += self.opened
        report.waiting = int(self.conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0])

    def _retry_parked(self, report: ApplyReport) -> None:
        """Changes waiting for a row: applied once the row (or its parent) is here."""
        waiting = {cid: json.loads(text) for cid, text in self.conn.execute(
            "SELECT change_id, change FROM sync_parked ORDER BY hlc")}
        waiting.update(self.parked_new)
        progress = True
        while progress and waiting:
            progress = False
            for cid, c in sorted(waiting.items(), key=lambda kv: kv[1]["hlc"]):
                outcome = self.apply(c)
                if outcome is None:
                    continue
                progress = True
                del waiting[cid]
                self.unparked.add(cid)
                report.applied += outcome == "applied"
                report.duplicates += outcome == "duplicate"
                if outcome == "applied":
                    report.tables.add(c["table"])


class _Search:
    """The patient search indexes, kept for a whole batch at once (their triggers stand aside
    while changes are applied: migration 0007). Made before the batch's writes: it notes the
    rows whose indexed text is about to change, and the last pk before the new rows."""

    INDEXES = (("patient_names_fts", "name_key"), ("patient_phones_fts", "phone_digits"))

    def __init__(self, conn: sqlite.Connection,
                 updates: Mapping[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]]) -> None:
        self.conn = conn
        self.last_pk = int(conn.execute("SELECT coalesce(max(pk), 0) FROM patients")
                           .fetchone()[0])
        self.changed: dict[str, list[str]] = {col: [] for _, col in self.INDEXES}
        for (table, cols), rows in updates.items():
            if table == "patients":
                for _, col in self.INDEXES:
                    if col in cols:
                        self.changed[col] += [r[-1] for r in rows]  # the id comes last
        self.old: dict[str, list[tuple[int, str]]] = {}
        for col, ids in self.changed.items():
            self.old[col] = []
            for i in range(0, len(ids), _CHUNK):
                part = ids[i:i + _CHUNK]
                self.old[col] += [tuple(r) for r in conn.execute(
                    f"SELECT pk, {col} FROM patients WHERE id IN "
                    f"({', '.join('?' for _ in part)})", part)]

    def write(self) -> None:
        conn = self.conn
        for fts, col in self.INDEXES:
            for i in range(0, len(self.old[col]), _CHUNK):
                part = self.old[col][i:i + _CHUNK]
                conn.execute(
                    f"INSERT INTO {fts} ({fts}, rowid, {col}) SELECT 'delete', column1, "
                    f"column2 FROM (VALUES {', '.join('(?, ?)' for _ in part)})",
                    [v for pair in part for v in pair])
            ids = self.changed[col]
            for i in range(0, len(ids), _CHUNK):
                part = ids[i:i + _CHUNK]
                conn.execute(f"INSERT INTO {fts} (rowid, {col}) SELECT pk, {col} FROM patients "
                             f"WHERE id IN ({', '.join('?' for _ in part)})", part)
            conn.execute(f"INSERT INTO {fts} (rowid, {col}) SELECT pk, {col} FROM patients "
                         "WHERE pk > ?", (self.last_pk,))


def _renamed(username: str, row_id: str) -> str:
    return f"{username}-{row_id[-4:]}"


def _last(row: tuple[Any, ...]) -> Any:
    return row[-1]


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row[:3]


@functools.lru_cache(maxsize=65_536)
def _phone_digits(e164: str, country: str) -> str:
    """One number's search digits, as PatientRepository stores them (search_digits_for of a
    list is its numbers' joined by spaces); a number met again costs nothing."""
    return search_digits_for([e164], country)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def apply_changes(conn: sqlite.Connection, changes: Sequence[Any], *, site_id: str,
                  wall_ms: int, country: str, new_id: Callable[[], str], now_iso: str,
                  ) -> ApplyReport:
    """Apply received wire changes inside the caller's write transaction.

    The capture triggers are off while they are applied (received changes are not sent
    back); the local clock then moves past every stamp received.
    """
    specs = table_specs(conn)
    checked = [check_change(c, specs, i) for i, c in enumerate(changes)]
    report = ApplyReport(received=len(checked))
    conn.execute("INSERT OR IGNORE INTO sync_capture_off (reason) VALUES ('applying')")
    try:
        with collector_paused():  # tens of thousands of small dicts, no cycles
            _Applier(conn, specs, country, new_id, now_iso).run(checked, report)
    finally:
        conn.execute("DELETE FROM sync_capture_off WHERE reason = 'applying'")
    if checked:
        newest = max(c["hlc"] for c in checked)
        for c in checked:
            if int(c["hlc"][:13]) > wall_ms + FUTURE_LIMIT_MS:
                report.ahead += 1
                report.ahead_sites.add(c["site_id"])
        row = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
        last = Hlc.parse(row[0]) if row else None
        if last is None or Hlc.parse(newest) > last:
            moved = receive(last, Hlc.parse(newest), wall_ms, site_id)
            conn.execute("INSERT INTO sync_state (key, value) VALUES ('hlc', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(moved),))
    if report.ahead:
        logger.warning("%d received changes are stamped more than a day ahead (sites %s)",
                       report.ahead, ", ".join(sorted(report.ahead_sites)))
    return report
