"""SQL for importing patient lists and exporting patients, follow-ups and calls."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.followups import HOLD_NEW_PATIENTS
from clinic_app.db.patients import SELECT

#: what an imported patient row sets (the rest take the table's defaults)
IMPORT_COLUMNS = (
    "id", "clinic_number", "clinic_seq", "given_name", "family_name", "other_names",
    "name_key", "sex", "birth_date", "birth_year", "birth_year_estimated", "phones",
    "phone_digits", "village", "address", "preferred_language", "do_not_contact", "notes",
    "status", "created_at", "updated_at", "hlc", "site_id",
)
SUPPORT_COLUMNS = ("id", "patient_id", "name", "relationship", "phone", "consent_at",
                   "created_at", "updated_at", "hlc", "site_id")
_CHUNK = 2000
#: the sync_capture_off reason held while a bulk insert writes its outbox rows itself
BULK_REASON = "bulk insert"
_INSERT_CAPTURE = re.compile(
    r"CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+"
    r"WHEN\s+NOT\s+EXISTS\s+\(SELECT\s+1\s+FROM\s+sync_capture_off\)\s+BEGIN\s+"
    r"(?P<insert>INSERT\s+INTO\s+sync_outbox\s+\([\w\s,]+\))\s+"
    r"VALUES\s+\((?P<values>.*)\);\s+END", re.S | re.I)


def bulk_capture(conn: sqlite.Connection, tables: Sequence[str]) -> dict[str, str] | None:
    """For each table, the INSERT ... SELECT that writes to the sync outbox what its
    insert capture trigger writes for each row: the trigger's own statement, its ``VALUES``
    read from the rows (alias ``t``; the text ends in ``WHERE ``: the caller says which
    rows, and orders them as they were inserted). None when capture is off (a demo
    database: the triggers would write nothing) or when the triggers are not of the shape
    this reads (then they must do it themselves, row by row)."""
    if conn.execute("SELECT 1 FROM sync_capture_off").fetchone():
        return None
    marks = ", ".join("?" for _ in tables)
    triggers = conn.execute(
        f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({marks})", tuple(tables)).fetchall()
    out: dict[str, str] = {}
    for name, table, sql in triggers:
        if name == f"sync_capture_{table}_ai":
            match = _INSERT_CAPTURE.fullmatch(sql.strip().rstrip(";"))
            if match is None or match["table"] != table:
                return None
            values = re.sub(r"\bNEW\.", "t.", match["values"])
            if re.search(r"\b(NEW|OLD)\b", values):
                return None
            out[table] = (f"{match['insert']} SELECT {values} FROM {table} AS t WHERE ")
        elif ("sync_capture_off" in sql and re.search(r"\bINSERT\s+ON\b", sql, re.I)
              and not name.startswith("patients_search_")):
            # another insert trigger that reads the capture switch (the search triggers
            # are set aside during the insert): it would see the bulk insert's reason
            return None
    return out if set(out) == set(tables) else None


class InterchangeRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # import -------------------------------------------------------------------------------
    def live_patients(self) -> Iterator[tuple[Any, ...]]:
        """(id, clinic_number, given, family, other, birth_date, birth_year, estimated,
        phones JSON, village) of every live patient, streamed: the duplicate check's index."""
        cur = self.db.conn.execute(
            "SELECT id, clinic_number, given_name, family_name, other_names, birth_date, "
            "birth_year, birth_year_estimated, phones, village FROM patients WHERE deleted = 0 "
            "ORDER BY pk")
        while rows := cur.fetchmany(_CHUNK):
            yield from (tuple(r) for r in rows)

    def change_mark(self) -> tuple[int, int]:
        """(highest pk, live patients): changes when anyone adds or merges a patient."""
        row = self.db.query("SELECT coalesce(max(pk), 0), (SELECT count(*) FROM patients "
                            "WHERE deleted = 0) FROM patients")[0]
        return int(row[0]), int(row[1])

    def next_seq(self, conn: sqlite.Connection) -> int:
        return int(conn.execute("SELECT coalesce(max(clinic_seq), 0) FROM patients")
                   .fetchone()[0]) + 1

    def insert_patients(self, conn: sqlite.Connection, rows: Sequence[Sequence[Any]],
                        supports: Sequence[Sequence[Any]],
                        progress: Any = None) -> None:
        """Insert prepared rows (IMPORT_COLUMNS order) inside the caller's transaction.

        Per-row triggers are the cost of a large insert, so two kinds are set aside and their
        work done for all the new rows at once:
        - the search triggers: the new rows are indexed by one INSERT ... SELECT each (FTS5
          flushes its terms at every statement's end: a trigger per row costs several times
          more);
        - the sync capture triggers (when capture is on): the new patients and support
          contacts go to the outbox by one INSERT ... SELECT each, made from the capture
          trigger's own statement (``bulk_capture``), so the outbox holds what the
          triggers would have written, in the same order; the patients' capture trigger
          is set aside meanwhile (it would write nothing, but a trigger per row, even one
          whose WHEN is false, costs as much again as the row);
        - the call-hold trigger: the new patients that may not be called are held by one
          INSERT ... SELECT (``HOLD_NEW_PATIENTS``).
        The caller's rollback puts everything back (triggers, capture) with the rows.
        """
        first_pk = int(conn.execute("SELECT coalesce(max(pk), 0) FROM patients")
                       .fetchone()[0]) + 1
        first_support = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM support_contacts")
                            .fetchone()[0]) + 1
        capture = bulk_capture(conn, ("patients", "support_contacts"))
        # the capture trigger writes nothing while capture is off (a demo database) or
        # while the rows are captured here: then it is set aside too
        quiet = capture is not None or conn.execute(
            "SELECT 1 FROM sync_capture_off").fetchone() is not None
        if capture:
            conn.execute(f"INSERT INTO sync_capture_off (reason) VALUES ('{BULK_REASON}')")
        deferred = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "tbl_name = 'patients' AND (name LIKE 'patients\\_search\\_%' ESCAPE '\\' OR "
            "name = 'call_holds_patient_ai' OR (? AND name = 'sync_capture_patients_ai')) "
            "ORDER BY rowid", (quiet,)).fetchall()
        for name, _ in deferred:
            conn.execute(f"DROP TRIGGER {name}")
        sql = (f"INSERT INTO patients ({', '.join(IMPORT_COLUMNS)}) "
               f"VALUES ({', '.join('?' for _ in IMPORT_COLUMNS)})")
        for start in range(0, len(rows), _CHUNK):
            conn.executemany(sql, rows[start:start + _CHUNK])
            if progress:
                progress(start + len(rows[start:start + _CHUNK]))
        conn.execute("INSERT INTO patient_names_fts (rowid, name_key) "
                     "SELECT pk, name_key FROM patients WHERE pk >= ?", (first_pk,))
        conn.execute("INSERT INTO patient_phones_fts (rowid, phone_digits) "
                     "SELECT pk, phone_digits FROM patients WHERE pk >= ?", (first_pk,))
        if any(name == "call_holds_patient_ai" for name, _ in deferred):
            conn.execute(HOLD_NEW_PATIENTS, (first_pk,))
        for _, trigger_sql in deferred:
            conn.execute(trigger_sql)
        if supports:
            conn.executemany(
                f"INSERT INTO support_contacts ({', '.join(SUPPORT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in SUPPORT_COLUMNS)})", supports)
        if capture:
            conn.execute(f"DELETE FROM sync_capture_off WHERE reason = '{BULK_REASON}'")
            conn.execute(capture["patients"] + "t.pk >= ? ORDER BY t.pk", (first_pk,))
            if supports:
                conn.execute(capture["support_contacts"] + "t.rowid >= ? ORDER BY t.rowid",
                             (first_support,))

    # export -------------------------------------------------------------------------------
    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        cur = self.db.conn.execute(sql, params)
        while rows := cur.fetchmany(_CHUNK):
            yield from (tuple(r) for r in rows)

    def patients_for_export(self, include_merged: bool) -> Iterator[tuple[Any, ...]]:
        """Rows as ``patients.SELECT`` (COLUMNS order), then the support person's name,
        relationship, phone and consent date, and the clinic number merged into."""
        where = "" if include_merged else "WHERE p.deleted = 0"
        return self._stream(
            f"SELECT {SELECT}, s.name, s.relationship, s.phone, s.consent_at, m.clinic_number "
            "FROM patients p LEFT JOIN support_contacts s ON s.id = (SELECT id FROM "
            "support_contacts WHERE patient_id = p.id AND deleted = 0 ORDER BY created_at "
            "LIMIT 1) LEFT JOIN patients m ON m.id = p.merged_into "
            f"{where} ORDER BY p.clinic_seq, p.pk")

    def merged_into(self) -> dict[str, list[str]]:
        """survivor id -> ids of the records merged into it."""
        out: dict[str, list[str]] = {}
        for merged, survivor in self.db.query(
                "SELECT id, merged_into FROM patients WHERE merged_into IS NOT NULL"):
            out.setdefault(survivor, []).append(merged)
        return out

    def appointments_for_export(self) -> Iterator[tuple[Any, ...]]:
        return self._stream(
            "SELECT a.id, a.patient_id, a.starts_at, a.with_whom, a.status, a.notes, "
            "a.created_at FROM appointments a JOIN patients p ON p.id = a.patient_id "
            "WHERE a.deleted = 0 ORDER BY a.starts_at, a.id")

    def care_plans_for_export(self) -> Iterator[tuple[Any, ...]]:
        """The current version of each patient's care plan: (id, patient_id, version,
        content JSON, created_at, created_by)."""
        return self._stream(
            "SELECT c.id, c.patient_id, c.version, c.content, c.created_at, c.created_by "
            "FROM care_plans c WHERE c.deleted = 0 AND NOT EXISTS (SELECT 1 FROM care_plans "
            "d WHERE d.patient_id = c.patient_id AND d.deleted = 0 AND (d.version > c.version "
            "OR (d.version = c.version AND d.hlc > c.hlc))) ORDER BY c.patient_id")

    def follow_ups_for_export(self) -> Iterator[tuple[Any, ...]]:
        return self._stream(
            "SELECT p.clinic_number, f.id, f.kind, f.due_date, f.status, f.priority, "
            "f.attempt_count, f.reason, f.assigned_to, f.closed_reason, f.closed_at, "
            "f.created_at FROM follow_ups f JOIN patients p ON p.id = f.patient_id "
            "WHERE f.deleted = 0 ORDER BY f.due_date, f.id")

    def calls_for_export(self) -> Iterator[tuple[Any, ...]]:
        return self._stream(
            "SELECT p.clinic_number, c.id, c.follow_up_id, c.at, c.by_user, c.outcome, "
            "c.taking_medicines, c.barriers, c.feeling, c.wants_clinician_call, "
            "c.decline_reason, c.callback_at, c.teach_back, c.notes FROM call_attempts c "
            "JOIN patients p ON p.id = c.patient_id WHERE c.deleted = 0 AND "
            "c.undone_at IS NULL ORDER BY c.at, c.id")
