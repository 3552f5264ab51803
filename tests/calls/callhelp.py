"""Helpers for the call-queue tests: follow-ups, queue reads and times in a real clinic file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clinic_app.domain.followups import Kind, NewFollowUp
from clinic_app.services.clinic import Clinic

TODAY = dt.date(2026, 11, 23)  # a Monday; the clock says 09:30 UTC


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def add_follow_up(clinic: Clinic, patient_id: str, kind: Kind = Kind.MEDICINE_CHECK,
                  due: str = TODAY.isoformat(), reason: str = "", *, rule: str | None = None,
                  source_id: str | None = None, callback: bool = False) -> str | None:
    repo = clinic.calls.repo
    with repo.db.transaction() as conn:
        return repo.insert(conn, repo.meta.stamp(conn), NewFollowUp(
            patient_id, kind, due, reason or f"{kind.value} reason", rule, source_id,
            callback=callback))


def open_follow_ups(clinic: Clinic, patient_id: str) -> list[tuple[str, str, str]]:
    """(kind, due_date, rule) of the patient's open follow-ups, oldest first."""
    return [(f.kind.value, f.due_date, f.rule or "")
            for f in clinic.calls.repo.open_for_patient(patient_id)]


def queued(clinic: Clinic, when: str | None = None, **filters: Any) -> list[str]:
    """Patient ids in the queue, in order."""
    d = dt.date.fromisoformat(when) if when else None
    return [r.entry.patient_id for r in clinic.calls.queue(d, **filters)]


def patient_row(clinic: Clinic, patient_id: str) -> dict[str, Any]:
    r = clinic.db.query("SELECT status, contact_status, wrong_phones, do_not_contact "
                        "FROM patients WHERE id = ?", (patient_id,))[0]
    return {"status": r[0], "contact_status": r[1], "wrong_phones": r[2],
            "do_not_contact": bool(r[3])}


def at(offset_days: int = 0, hour: int = 9, minute: int = 30) -> dt.datetime:
    d = TODAY + dt.timedelta(days=offset_days)
    return dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=dt.UTC)
