"""Patient repository: the only place that reads and writes patient rows."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.followups import REBUILD_CALL_HOLDS
from clinic_app.db.meta import Meta, Stamp
from clinic_app.domain.patient import (
    Channel,
    Patient,
    Sex,
    Status,
    SupportContact,
    TimeOfDay,
)
from clinic_app.domain.text import format_clinic_number, name_key
from clinic_app.errors import ClinicError, NotFoundError

COLUMNS = (
    "pk", "id", "clinic_number", "given_name", "family_name", "other_names", "sex",
    "birth_date", "birth_year", "birth_year_estimated", "phones", "phone_confirmed_at",
    "village", "address", "preferred_language", "preferred_channel", "preferred_time",
    "do_not_contact", "contact_consent_at", "large_print", "reading_support", "status",
    "notes", "merged_into", "created_at", "updated_at", "contact_status", "wrong_phones",
)
SELECT = ", ".join(f"p.{c}" for c in COLUMNS)

# Tables whose rows belong to a patient and move with a merge.
CHILD_TABLES = ("support_contacts", "appointments", "visits", "care_plans", "follow_ups",
                "call_attempts", "handout_prints")


@dataclass(frozen=True)
class ListKey:
    """Where a window of the alphabetical patient list ends (keyset paging)."""

    name_key: str
    pk: int


_SEX = {e.value: e for e in Sex}
_CHANNEL = {e.value: e for e in Channel}
_TIME = {e.value: e for e in TimeOfDay}
_STATUS = {e.value: e for e in Status}


def row_to_patient(row: sqlite.Row | Sequence[Any]) -> Patient:
    """A Patient from a row selected as ``SELECT`` (the COLUMNS, in order).

    Unpacked by position with enum lookups from prebuilt dicts: search builds up to 50 of
    these per keystroke, so this is on the hot path.
    """
    (_pk, pid, number, given, family, other, sex, birth_date, birth_year, estimated, phones,
     confirmed, village, address, language, channel, time_of_day, do_not_contact, consent,
     large_print, reading_support, status, notes, merged_into, created, updated,
     contact_status, wrong_phones) = tuple(row)[:len(COLUMNS)]
    return Patient(
        id=pid, clinic_number=number, given_name=given, family_name=family, other_names=other,
        sex=_SEX[sex], birth_date=birth_date, birth_year=birth_year,
        birth_year_estimated=bool(estimated),
        phones=tuple(json.loads(phones)) if phones != "[]" else (),
        phone_confirmed_at=confirmed, village=village, address=address,
        preferred_language=language, preferred_channel=_CHANNEL[channel],
        preferred_time=_TIME[time_of_day], do_not_contact=bool(do_not_contact),
        contact_consent_at=consent, large_print=bool(large_print),
        reading_support=bool(reading_support), status=_STATUS[status], notes=notes,
        merged_into=merged_into, created_at=created, updated_at=updated,
        contact_status=contact_status,
        wrong_phones=tuple(json.loads(wrong_phones)) if wrong_phones != "[]" else (),
    )


def _values(p: Patient, phone_digits: str) -> dict[str, Any]:
    return {
        "given_name": p.given_name, "family_name": p.family_name, "other_names": p.other_names,
        "name_key": name_key(p.family_name, p.given_name, p.other_names), "sex": p.sex.value,
        "birth_date": p.birth_date, "birth_year": p.birth_year,
        "birth_year_estimated": int(p.birth_year_estimated), "phones": json.dumps(list(p.phones)),
        "phone_digits": phone_digits, "phone_confirmed_at": p.phone_confirmed_at,
        "village": p.village, "address": p.address, "preferred_language": p.preferred_language,
        "preferred_channel": p.preferred_channel.value, "preferred_time": p.preferred_time.value,
        "do_not_contact": int(p.do_not_contact), "contact_consent_at": p.contact_consent_at,
        "large_print": int(p.large_print), "reading_support": int(p.reading_support),
        "status": p.status.value, "notes": p.notes,
    }


def _batched(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    it = iter(rows)
    while batch := list(itertools.islice(it, size)):
        yield batch


class PatientRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    # reads ---------------------------------------------------------------
    def get(self, patient_id: str) -> Patient:
        rows = self.db.query(f"SELECT {SELECT} FROM patients p WHERE p.id = ?", (patient_id,))
        if not rows:
            raise NotFoundError(f"No patient with id {patient_id}.")
        patient = row_to_patient(rows[0])
        support = self.db.query(
            "SELECT id, name, relationship, phone, consent_at FROM support_contacts "
            "WHERE patient_id = ? AND deleted = 0 ORDER BY created_at LIMIT 1", (patient_id,))
        if support:
            s = support[0]
            patient = replace(patient, support=SupportContact(
                id=s["id"], name=s["name"], relationship=s["relationship"], phone=s["phone"],
                consent_at=s["consent_at"]))
        return patient

    def get_many(self, ids: Sequence[str]) -> list[Patient]:
        """Several patients by id (without their support person), in no set order."""
        out: list[Patient] = []
        ids = list(ids)
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            marks = ", ".join("?" for _ in part)
            out += [row_to_patient(r) for r in self.db.query(
                f"SELECT {SELECT} FROM patients p WHERE p.id IN ({marks})", part)]
        return out

    def contacts_to_confirm(self, cutoff: str, limit: int) -> list[tuple[str, Patient]]:
        """Patients whose contact details need a person: unreachable or a wrong number first,
        then phones never confirmed or confirmed before ``cutoff``, oldest first."""
        flagged = self.db.query(
            f"SELECT p.contact_status, p.wrong_phones, {SELECT} FROM patients p "
            "WHERE p.deleted = 0 AND (p.contact_status != 'ok' OR p.wrong_phones != '[]') "
            "ORDER BY p.updated_at DESC LIMIT ?", (limit,))
        out = [("unreachable" if r[0] != "ok" else "wrong number", row_to_patient(tuple(r)[2:]))
               for r in flagged]
        if len(out) < limit:
            old = self.db.query(
                f"SELECT {SELECT} FROM patients p INDEXED BY patients_phone_confirmed "
                "WHERE p.deleted = 0 AND p.status = 'active' AND "
                "(p.phone_confirmed_at IS NULL OR p.phone_confirmed_at < ?) AND "
                "p.contact_status = 'ok' AND p.wrong_phones = '[]' "
                "ORDER BY p.phone_confirmed_at LIMIT ?", (cutoff, limit - len(out)))
            out += [("not confirmed", row_to_patient(r)) for r in old]
        return out

    def by_clinic_number(self, clinic_number: str) -> Patient | None:
        rows = self.db.query(f"SELECT {SELECT} FROM patients p WHERE p.clinic_number = ?",
                             (clinic_number,))
        return row_to_patient(rows[0]) if rows else None

    def max_pk(self) -> int:
        """Grows with every new row: a cheap 'has anyone been added' check."""
        return int(self.db.query("SELECT coalesce(max(pk), 0) FROM patients")[0][0])

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM patients WHERE deleted = 0")[0][0])

    def list_window(self, after: ListKey | None, limit: int) -> list[tuple[ListKey, Patient]]:
        """The next ``limit`` patients in alphabetical order after ``after`` (keyset paging)."""
        if after is None:
            rows = self.db.query(
                f"SELECT p.name_key, {SELECT} FROM patients p WHERE p.deleted = 0 "
                "ORDER BY p.name_key, p.pk LIMIT ?", (limit,))
        else:
            rows = self.db.query(
                f"SELECT p.name_key, {SELECT} FROM patients p WHERE p.deleted = 0 "
                "AND (p.name_key, p.pk) > (?, ?) ORDER BY p.name_key, p.pk LIMIT ?",
                (after.name_key, after.pk, limit))
        return [(ListKey(r[0], r[1]), row_to_patient(tuple(r)[1:])) for r in rows]

    def list_at(self, offset: int, limit: int) -> list[tuple[ListKey, Patient]]:
        """``limit`` patients from alphabetical position ``offset`` (a jump in the list).

        The skipping walks only the covering list index, never the rows themselves.
        """
        rows = self.db.query(
            f"SELECT p.name_key, {SELECT} FROM patients p JOIN ("
            "SELECT pk FROM patients WHERE deleted = 0 ORDER BY name_key, pk LIMIT ? OFFSET ?"
            ") AS page ON p.pk = page.pk ORDER BY p.name_key, p.pk", (limit, offset))
        return [(ListKey(r[0], r[1]), row_to_patient(tuple(r)[1:])) for r in rows]

    def child_counts(self, patient_id: str) -> dict[str, int]:
        return {t: int(self.db.query(
            f"SELECT count(*) FROM {t} WHERE patient_id = ? AND deleted = 0",  # noqa: S608
            (patient_id,))[0][0]) for t in CHILD_TABLES}

    # writes --------------------------------------------------------------
    def _next_seq(self, conn: sqlite.Connection) -> int:
        return int(conn.execute("SELECT coalesce(max(clinic_seq), 0) FROM patients")
                   .fetchone()[0]) + 1

    def add(self, patient: Patient, prefix: str, phone_digits: str) -> Patient:
        with self.db.transaction() as conn:
            stamp = self.meta.stamp(conn)
            pid = self.meta.new_id()
            seq = self._next_seq(conn)
            number = format_clinic_number(prefix, seq)
            values = _values(patient, phone_digits) | {
                "id": pid, "clinic_number": number, "clinic_seq": seq,
                "created_at": stamp.now, "updated_at": stamp.now, "hlc": stamp.hlc,
                "site_id": stamp.site_id,
            }
            cols = ", ".join(values)
            conn.execute(f"INSERT INTO patients ({cols}) VALUES "
                         f"({', '.join(':' + c for c in values)})", values)
            self._save_support(conn, pid, patient.support, stamp)
        return self.get(pid)

    def update(self, patient: Patient, phone_digits: str) -> Patient:
        assert patient.id
        with self.db.transaction() as conn:
            stamp = self.meta.stamp(conn)
            values = _values(patient, phone_digits) | {
                "updated_at": stamp.now, "hlc": stamp.hlc, "id": patient.id,
                "contact_status": patient.contact_status,
                "wrong_phones": json.dumps(list(patient.wrong_phones))}
            sets = ", ".join(f"{c} = :{c}" for c in values if c != "id")
            cur = conn.execute(f"UPDATE patients SET {sets} WHERE id = :id AND deleted = 0",
                               values)
            if cur.rowcount != 1:
                raise NotFoundError(f"Patient {patient.id} does not exist or was merged.")
            self._save_support(conn, patient.id, patient.support, stamp)
        return self.get(patient.id)

    def _save_support(self, conn: sqlite.Connection, patient_id: str,
                      support: SupportContact | None, stamp: Stamp) -> None:
        existing = conn.execute(
            "SELECT id FROM support_contacts WHERE patient_id = ? AND deleted = 0 "
            "ORDER BY created_at LIMIT 1", (patient_id,)).fetchone()
        if support is None or support.is_empty:
            if existing:
                conn.execute("UPDATE support_contacts SET deleted = 1, updated_at = ?, hlc = ? "
                             "WHERE id = ?", (stamp.now, stamp.hlc, existing[0]))
            return
        if existing:
            conn.execute(
                "UPDATE support_contacts SET name = ?, relationship = ?, phone = ?, "
                "consent_at = ?, updated_at = ?, hlc = ? WHERE id = ?",
                (support.name, support.relationship, support.phone, support.consent_at,
                 stamp.now, stamp.hlc, existing[0]))
        else:
            conn.execute(
                "INSERT INTO support_contacts (id, patient_id, name, relationship, phone, "
                "consent_at, created_at, updated_at, hlc, site_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.meta.new_id(), patient_id, support.name, support.relationship,
                 support.phone, support.consent_at, stamp.now, stamp.now, stamp.hlc,
                 stamp.site_id))

    def merge(self, survivor: Patient, merged: Patient, phone_digits: str) -> dict[str, int]:
        """Move every child row of ``merged`` to ``survivor``; tombstone ``merged``.

        ``survivor`` already carries the combined fields. Returns rows moved per table.
        """
        assert survivor.id and merged.id
        moved: dict[str, int] = {}
        with self.db.transaction() as conn:
            live = conn.execute(
                "SELECT count(*) FROM patients WHERE id IN (?, ?) AND deleted = 0",
                (survivor.id, merged.id)).fetchone()[0]
            if live != 2:  # checked again inside the transaction: another PC may have merged
                raise ClinicError("One of these records was merged or removed meanwhile. "
                                  "Search again and retry.")
            stamp = self.meta.stamp(conn)
            # One support person is current: the kept record's. The other's moves too, as
            # a closed (tombstoned) row, so it stays on file without replacing it.
            if conn.execute("SELECT 1 FROM support_contacts WHERE patient_id = ? AND "
                            "deleted = 0", (survivor.id,)).fetchone():
                conn.execute("UPDATE support_contacts SET deleted = 1, updated_at = ?, hlc = ? "
                             "WHERE patient_id = ? AND deleted = 0",
                             (stamp.now, stamp.hlc, merged.id))
            for table in CHILD_TABLES:
                cur = conn.execute(
                    f"UPDATE {table} SET patient_id = ?, updated_at = ?, hlc = ? "  # noqa: S608
                    "WHERE patient_id = ?", (survivor.id, stamp.now, stamp.hlc, merged.id))
                moved[table] = cur.rowcount
            values = _values(survivor, phone_digits) | {
                "updated_at": stamp.now, "hlc": stamp.hlc, "id": survivor.id}
            sets = ", ".join(f"{c} = :{c}" for c in values if c != "id")
            conn.execute(f"UPDATE patients SET {sets} WHERE id = :id", values)
            conn.execute(
                "UPDATE patients SET deleted = 1, merged_into = ?, updated_at = ?, hlc = ? "
                "WHERE id = ?", (survivor.id, stamp.now, stamp.hlc, merged.id))
        return moved

    def bulk_insert(self, columns: Sequence[str], rows: Iterable[Sequence[Any]], *,
                    aside: SetAside | None = None) -> int:
        """Insert many prepared patient rows in one transaction (demo data, imports).

        The search indexes are rebuilt once at the end instead of row by row; the
        transaction makes the load whole or nothing. With ``aside`` (a load of several
        tables in one outer transaction) the search triggers and indexes stay set aside
        until ``aside.restore()``.
        """
        sql = (f"INSERT INTO patients ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        count = 0
        conn = self.db.conn
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        conn.execute(f"PRAGMA cache_size = {min(cache, -262144)}")  # 256 MB while loading
        try:
            with self.db.transaction() as conn:
                # Search triggers and the secondary indexes are set aside and made again
                # once at the end: sorting once beats a million random index inserts.
                own = aside or SetAside(conn)
                own.set_aside("patients", PATIENTS_LOAD_GROUP)
                for batch in _batched(rows, 20_000):
                    conn.executemany(sql, batch)
                    count += len(batch)
                conn.execute(
                    "INSERT INTO patient_names_fts (patient_names_fts) VALUES ('rebuild')")
                conn.execute(
                    "INSERT INTO patient_phones_fts (patient_phones_fts) VALUES ('rebuild')")
                if aside is None:
                    own.restore()
        finally:
            conn.execute(f"PRAGMA cache_size = {cache}")
        return count

    def next_clinic_seq(self) -> int:
        return self._next_seq(self.db.conn)

    def insert_rows(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]], *, aside: SetAside | None = None) -> None:
        """Insert prepared rows of a child table in one transaction (demo data).

        With ``aside`` (a load of several tables in one outer transaction) what is set
        aside for the load is made again only by ``aside.restore()``."""
        if table not in CHILD_TABLES:
            raise ValueError(f"not a patient child table: {table}")
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
               f"VALUES ({', '.join('?' for _ in columns)})")
        with self.db.transaction() as conn:
            # For big loads, secondary indexes are built once after the rows are in, and
            # the call_holds triggers are set aside and the table made again at the end.
            own = aside or SetAside(conn)
            if len(rows) > 50_000:
                own.set_aside(table, CHILD_LOAD_GROUP)
            conn.executemany(sql, rows)
            if aside is None:
                own.restore()

    def optimize(self) -> None:
        self.db.conn.execute("PRAGMA optimize")


# What a bulk load sets aside, per table: the patients' search triggers and secondary
# indexes; a child table's secondary indexes and call_holds triggers (big loads only).
PATIENTS_LOAD_GROUP = ("(type = 'trigger' AND name LIKE 'patients_search_%') OR "
                       "(type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%')")
CHILD_LOAD_GROUP = ("(type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR "
                    "(type = 'trigger' AND name LIKE 'call_holds_%')")


def set_aside_for_demo_load(conn: sqlite.Connection, tables: Sequence[str]) -> SetAside:
    """For a whole demo load: the sync capture triggers of ``tables`` (and what was made
    after them) set aside when this database never captures (``sync_capture_off`` holds
    'demo', see migration 0007) — they would only check that, once per row. The patients'
    search triggers and each big table's indexes are set aside by the loads themselves."""
    aside = SetAside(conn)
    if conn.execute("SELECT 1 FROM sync_capture_off WHERE reason = 'demo'").fetchone():
        marks = ", ".join("?" for _ in tables)
        first = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "  # noqa: S608
            f"name LIKE 'sync\\_capture\\_%' ESCAPE '\\' AND tbl_name IN ({marks}) "
            "ORDER BY rowid LIMIT 1", tuple(tables)).fetchone()
        if first:
            aside.set_aside_from(first[0])
    return aside


class SetAside:
    """Indexes and triggers dropped for a bulk load and made again by ``restore()``, all in
    the caller's transaction (a failed load rolls the drops back with the rows).

    They are made again in the order a table-by-table load leaves them in
    ``sqlite_master``, so the schema reads the same however the load was made: first
    what was set aside without belonging to a loaded table's group (``set_aside_from``),
    in its old order, then each table's group in the order the tables were loaded.
    """

    def __init__(self, conn: sqlite.Connection) -> None:
        self.conn = conn
        self._objects = conn.execute(
            "SELECT rowid, type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND type IN ('index', 'trigger') ORDER BY rowid").fetchall()
        self._dropped: set[str] = set()
        self._groups: list[str] = []

    def _select(self, where: str, params: Sequence[Any] = ()) -> list[str]:
        """Names of the indexes and triggers as they were before anything was set aside
        (``m``: rid, type, name, tbl_name, sql) that ``where`` picks, in their old order."""
        if not self._objects:
            return []
        values = ", ".join("(?, ?, ?, ?, ?)" for _ in self._objects)
        flat = [v for o in self._objects for v in tuple(o)]
        return [r[0] for r in self.conn.execute(
            f"WITH m (rid, type, name, tbl_name, sql) AS (VALUES {values}) "  # noqa: S608
            f"SELECT name FROM m WHERE {where} ORDER BY rid", [*flat, *params])]

    def _drop(self, names: Iterable[str]) -> None:
        kinds = {o[2]: o[1] for o in self._objects}
        for name in names:
            if name not in self._dropped:
                self.conn.execute(f"DROP {str(kinds[name]).upper()} {name}")
                self._dropped.add(name)

    def set_aside(self, table: str, where: str) -> None:
        """Drop ``table``'s load group (``where``): made again after what was set aside
        before it."""
        names = [n for n in self._select(f"tbl_name = ? AND ({where})", (table,))
                 if n not in self._groups]
        self._drop(names)
        self._groups += names

    def set_aside_from(self, first: str) -> bool:
        """Drop ``first`` and every index and trigger made after it, when nothing but
        indexes and triggers was made after it (False, and nothing dropped, otherwise)."""
        rid = next((o[0] for o in self._objects if o[2] == first), None)
        if rid is None or self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE rowid > ? AND type NOT IN "
                "('index', 'trigger')", (rid,)).fetchone():
            return False
        self._drop(self._select("rid >= ? AND name NOT LIKE 'sqlite_autoindex%'", (rid,)))
        return True

    def restore(self) -> None:
        """Make again what was set aside; rebuild ``call_holds`` if its triggers were."""
        grouped = set(self._groups)
        order = [o[2] for o in self._objects if o[2] in self._dropped and o[2] not in grouped]
        sql = {o[2]: o[4] for o in self._objects}
        if any(name.startswith("call_holds_") for name in self._dropped):
            for statement in REBUILD_CALL_HOLDS:
                self.conn.execute(statement)
        for name in order + self._groups:
            self.conn.execute(sql[name])
        self._dropped.clear()
        self._groups.clear()
