"""Visits and appointments storage."""

from __future__ import annotations

from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.meta import Meta, Stamp
from clinic_app.errors import NotFoundError

_VISIT = "id, patient_id, visit_date, clinician, reason, notes, medicines_changed, check_in_days"
_APPT = "id, patient_id, starts_at, with_whom, status, notes, previous_status"


def _visit(r: Any) -> dict[str, Any]:
    return {"id": r[0], "patient_id": r[1], "visit_date": r[2], "clinician": r[3],
            "reason": r[4], "notes": r[5], "medicines_changed": bool(r[6]),
            "check_in_days": r[7]}


def _appointment(r: Any) -> dict[str, Any]:
    return {"id": r[0], "patient_id": r[1], "starts_at": r[2], "with_whom": r[3],
            "status": r[4], "notes": r[5], "previous_status": r[6]}


class VisitRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    def add_visit(self, conn: sqlite.Connection, stamp: Stamp, row: dict[str, Any]) -> str:
        vid = self.meta.new_id()
        conn.execute(
            "INSERT INTO visits (id, patient_id, visit_date, clinician, reason, notes, "
            "medicines_changed, check_in_days, created_at, updated_at, hlc, site_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (vid, row["patient_id"], row["visit_date"], row["clinician"], row["reason"],
             row["notes"], int(row["medicines_changed"]), row["check_in_days"], stamp.now,
             stamp.now, stamp.hlc, stamp.site_id))
        return vid

    def visits(self, patient_id: str, limit: int = 50) -> list[dict[str, Any]]:
        return [_visit(r) for r in self.db.query(
            f"SELECT {_VISIT} FROM visits WHERE patient_id = ? AND deleted = 0 "
            "ORDER BY visit_date DESC LIMIT ?", (patient_id, limit))]

    def add_appointment(self, conn: sqlite.Connection, stamp: Stamp, patient_id: str,
                        starts_at: str, with_whom: str, notes: str) -> str:
        aid = self.meta.new_id()
        conn.execute(
            "INSERT INTO appointments (id, patient_id, starts_at, with_whom, notes, created_at, "
            "updated_at, hlc, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, patient_id, starts_at, with_whom, notes, stamp.now, stamp.now, stamp.hlc,
             stamp.site_id))
        return aid

    def appointment(self, appointment_id: str) -> dict[str, Any]:
        rows = self.db.query(f"SELECT {_APPT} FROM appointments WHERE id = ? AND deleted = 0",
                             (appointment_id,))
        if not rows:
            raise NotFoundError(f"No appointment with id {appointment_id}.")
        return _appointment(rows[0])

    def appointments(self, patient_id: str, limit: int = 50) -> list[dict[str, Any]]:
        return [_appointment(r) for r in self.db.query(
            f"SELECT {_APPT} FROM appointments WHERE patient_id = ? AND deleted = 0 "
            "ORDER BY starts_at DESC LIMIT ?", (patient_id, limit))]

    def set_status(self, conn: sqlite.Connection, stamp: Stamp, appointment_id: str,
                   status: str, previous: str | None) -> None:
        conn.execute("UPDATE appointments SET status = ?, previous_status = ?, updated_at = ?, "
                     "hlc = ? WHERE id = ?",
                     (status, previous, stamp.now, stamp.hlc, appointment_id))
