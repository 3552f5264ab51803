"""Recording visits and appointments; the rules that follow from them run at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clinic_app.db.followups import FollowUpRepository
from clinic_app.db.visits import VisitRepository
from clinic_app.domain.clock import Clock, today
from clinic_app.domain.followups import missed_appointment_follow_up, visit_follow_ups
from clinic_app.domain.patient import clean_text
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService
from clinic_app.services.calls import CallService

APPOINTMENT_STATUSES = ("scheduled", "attended", "missed", "cancelled")


class VisitService:
    def __init__(self, visits: VisitRepository, follow_ups: FollowUpRepository,
                 calls: CallService, clock: Clock, access: Access,
                 audit: AuditService) -> None:
        self.repo = visits
        self.follow_ups = follow_ups
        self.calls = calls
        self.clock = clock
        self.access = access
        self.audit = audit

    def record_visit(self, patient_id: str, *, visit_date: str | dt.date | None = None,
                     clinician: str = "", reason: str = "", notes: str = "",
                     medicines_changed: bool = False,
                     check_in_days: int | None = None) -> str:
        """Save a visit; a medicine check or a check-in call is scheduled from it at once."""
        self.access.require(Permission.PATIENTS)
        errors: dict[str, str] = {}
        day = _date(visit_date, today(self.clock), "visit_date", errors)
        if day and day > today(self.clock):
            errors["visit_date"] = N_("A visit cannot be in the future.")
        if check_in_days is not None and not 1 <= int(check_in_days) <= 365:
            errors["check_in_days"] = N_("Check in after 1 to 365 days.")
        row = {"patient_id": patient_id, "visit_date": day.isoformat() if day else "",
               "clinician": clean_text(clinician, "clinician", errors),
               "reason": clean_text(reason, "reason", errors),
               "notes": clean_text(notes, "notes", errors, 5000, multiline=True),
               "medicines_changed": bool(medicines_changed),
               "check_in_days": int(check_in_days) if check_in_days else None}
        if errors:
            raise ValidationError(errors)
        patient = self.calls.patients.get(patient_id)
        assert day is not None
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            vid = self.repo.add_visit(conn, stamp, row)
            if not (patient.do_not_contact or patient.status != "active"):
                for new in visit_follow_ups(patient_id, vid, day, row["medicines_changed"],
                                            row["check_in_days"], self.calls.rule_settings()):
                    self.follow_ups.insert(conn, stamp, new)
            self.audit.record("visit.create", "visits", vid, patient=patient_id)
        return vid

    def visits(self, patient_id: str) -> list[dict[str, Any]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.visits(patient_id)

    def add_appointment(self, patient_id: str, starts_at: str, with_whom: str = "",
                        notes: str = "") -> str:
        self.access.require(Permission.PATIENTS)
        errors: dict[str, str] = {}
        try:
            when = dt.datetime.fromisoformat(str(starts_at).strip())
        except ValueError:
            errors["starts_at"] = N_("Use year-month-day and a time, e.g. 2026-12-01 09:30.")
            when = None
        who = clean_text(with_whom, "with_whom", errors)
        text = clean_text(notes, "notes", errors, 2000, multiline=True)
        if errors:
            raise ValidationError(errors)
        assert when is not None
        self.calls.patients.get(patient_id)
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            aid = self.repo.add_appointment(conn, stamp, patient_id,
                                            when.strftime("%Y-%m-%dT%H:%M"), who, text)
            self.audit.record("appointment.create", "appointments", aid, patient=patient_id)
        return aid

    def appointments(self, patient_id: str) -> list[dict[str, Any]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.appointments(patient_id)

    def set_status(self, appointment_id: str, status: str) -> None:
        """One click 'attended' or 'missed' (or cancelled); a miss schedules a recall call."""
        self.access.require(Permission.PATIENTS)
        if status not in APPOINTMENT_STATUSES:
            raise ValidationError({"status": "should be one of: "
                                             + ", ".join(APPOINTMENT_STATUSES) + "."})
        appt = self.repo.appointment(appointment_id)
        if appt["status"] == status:
            return
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            self.repo.set_status(conn, stamp, appointment_id, status, appt["status"])
            if status == "missed":
                day = dt.date.fromisoformat(appt["starts_at"][:10])
                blocked = self.follow_ups.not_to_call(conn, [appt["patient_id"]])
                if not blocked:
                    self.follow_ups.insert(conn, stamp, missed_appointment_follow_up(
                        appt["patient_id"], appointment_id, day, self.calls.rule_settings()))
            self.audit.record("appointment.status", "appointments", appointment_id,
                              status=status)

    def undo_status(self, appointment_id: str) -> None:
        """Put back the status before a wrong click (a recall it made is cancelled)."""
        self.access.require(Permission.PATIENTS)
        appt = self.repo.appointment(appointment_id)
        if not appt["previous_status"]:
            raise ClinicError(N_("There is no earlier status to go back to."))
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            self.repo.set_status(conn, stamp, appointment_id, appt["previous_status"], None)
            if appt["status"] == "missed":
                self.follow_ups.cancel_rule(conn, stamp, "missed_appointment", appointment_id)
            self.audit.record("appointment.status_undo", "appointments", appointment_id,
                              status=appt["previous_status"])


def _date(value: Any, default: dt.date, key: str, errors: dict[str, str]) -> dt.date | None:
    if value in (None, ""):
        return default
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        errors[key] = N_("'{0}' is not a real date. Use year-month-day, e.g. 2026-11-23.").format(
            value)
        return None
