"""The call queue: today's calls, logging what the patient said, the rules that follow,
undo, contacts to confirm, decliners, and recording visits and appointments."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from clinic_app.db.followups import FollowUpRepository
from clinic_app.db.patients import PatientRepository
from clinic_app.domain.clock import Clock, iso_utc, today
from clinic_app.domain.followups import (
    KIND_LABELS,
    Barrier,
    CallFacts,
    DeclineReason,
    Kind,
    NewFollowUp,
    Outcome,
    PatientFacts,
    QueueEntry,
    RuleSettings,
    after_call,
    missed_appointment_follow_up,
    visit_follow_ups,
)
from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError, NotFoundError, ValidationError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService
from clinic_app.services.settings import SettingsService

UNDO_MINUTES = 10
QUEUE_PAGE = 50  # queue lines read in detail at a time (a screen shows 15 to 25)
LOOKBACK_DAYS = 60  # how far back 'rules run' looks for visits and missed appointments
OVERLAP_DAYS = 2  # ... once it has run: the days before its last run, for late entries
RULES_MARK = "rules.ran_through"  # the latest day the rules were run for (this PC only)


@dataclass(frozen=True)
class QueueRow:
    entry: QueueEntry
    patient: Patient
    last_outcome: str | None
    last_call_at: str | None

    def to_json(self) -> dict[str, Any]:
        e = self.entry
        return {"patient_id": e.patient_id, "clinic_number": self.patient.clinic_number,
                "name": self.patient.full_name, "follow_up_ids": list(e.follow_up_ids),
                "kinds": [k.value for k in e.kinds], "reasons": list(e.reasons),
                "priority": e.priority, "due_date": e.due_date, "attempt": e.attempt,
                "callback": e.callback, "preferred_time": self.patient.preferred_time.value,
                "language": self.patient.preferred_language, "last_outcome": self.last_outcome}


@dataclass(frozen=True)
class DayQueue:
    """A day's queue as read: every patient's line in call order, without details."""

    day: dt.date
    patient_ids: list[str]  # in call order
    overdue: int = 0
    callbacks: int = 0
    filters: dict[str, str | None] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.patient_ids)

    def counts(self) -> dict[str, int]:
        return {"due_today": len(self) - self.overdue, "overdue": self.overdue,
                "callbacks": self.callbacks}

    def find(self, patient_id: str) -> int:
        try:
            return self.patient_ids.index(patient_id)
        except ValueError:
            return -1


@dataclass(frozen=True)
class LoggedCall:
    call_id: str
    outcome: Outcome
    closed: int
    rescheduled: int
    created: int

    def to_json(self) -> dict[str, Any]:
        return {"call_id": self.call_id, "outcome": self.outcome.value, "closed": self.closed,
                "rescheduled": self.rescheduled, "created": self.created}


@dataclass(frozen=True)
class RulesReport:
    created: int
    closed: int

    def to_json(self) -> dict[str, int]:
        return asdict(self)


class CallService:
    def __init__(self, repo: FollowUpRepository, patients: PatientRepository,
                 settings: SettingsService, clock: Clock, access: Access,
                 audit: AuditService) -> None:
        self.repo = repo
        self.patients = patients
        self.settings = settings
        self.clock = clock
        self.access = access
        self.audit = audit

    def rule_settings(self) -> RuleSettings:
        s = self.settings.all()
        return RuleSettings(medicine_check_days=int(s["medicine_check_days"]),
                            fatigue_days=int(s["fatigue_days"]))

    def today(self) -> dt.date:
        return today(self.clock)

    # the queue -------------------------------------------------------------
    def day_queue(self, day: dt.date | None = None, *, kind: str | None = None,
                  language: str | None = None, assigned_to: str | None = None) -> DayQueue:
        """Calls due on ``day`` (default today) and overdue, one line per patient, in call
        order; read the details of the lines shown with ``rows``."""
        self.access.require(Permission.CALLS)
        day = day or self.today()
        filters = {"kind": kind, "language": language, "assigned_to": assigned_to}
        order = self.repo.queue_order(day.isoformat(), self.rule_settings().fatigue_days,
                                      **filters)
        return DayQueue(day, order.patient_ids, order.overdue, order.callbacks, filters)

    def rows(self, queue: DayQueue, start: int = 0, end: int | None = None) -> list[QueueRow]:
        """The queue's lines ``start:end`` with their reasons, patients and last outcomes."""
        self.access.require(Permission.CALLS)
        ids = queue.patient_ids[start:end]
        items = self.repo.queue_items(queue.day.isoformat(), self.rule_settings().fatigue_days,
                                      ids, **queue.filters)
        people = {p.id: p for p in self.patients.get_many(ids)}
        last = self.repo.last_outcomes(ids)
        rows = []
        for pid in ids:
            mine, p = items.get(pid), people.get(pid)
            if p is None or not mine:
                continue  # changed since the queue was read: it shows on the next read
            entry = QueueEntry(pid, tuple(f.id for f in mine),
                               tuple(f.kind for f in mine),
                               tuple(f.reason or KIND_LABELS[f.kind] for f in mine),
                               max(f.priority for f in mine), min(f.due_date for f in mine),
                               max(f.attempt_count for f in mine) + 1,
                               any(f.callback for f in mine))
            outcome, at = last.get(pid, (None, None))
            rows.append(QueueRow(entry, p, outcome, at))
        return rows

    def queue(self, day: dt.date | None = None, *, kind: str | None = None,
              language: str | None = None, assigned_to: str | None = None) -> list[QueueRow]:
        """The whole day's queue with every detail (the command line's ``queue``)."""
        return self.rows(self.day_queue(day, kind=kind, language=language,
                                        assigned_to=assigned_to))

    # logging a call ---------------------------------------------------------
    def log_call(self, follow_up_id: str, outcome: Outcome | str, *,
                 taking_medicines: str | None = None, barriers: list[str] | None = None,
                 feeling: str | None = None, wants_clinician_call: bool = False,
                 teach_back: bool = False, decline_reason: str | None = None,
                 callback_at: dt.datetime | None = None, notes: str = "",
                 at: dt.datetime | None = None, phone: str | None = None) -> LoggedCall:
        """Record what happened on a call and apply the rules that follow from it, in one
        transaction. Every open follow-up due for the patient is covered by the call."""
        actor = self.access.require(Permission.CALLS)
        errors: dict[str, str] = {}
        outcome = _choice(Outcome, outcome, "outcome", errors)
        if taking_medicines not in (None, "yes", "some", "no"):
            errors["adherence"] = N_("should be yes, some or no.")
        if feeling not in (None, "better", "same", "worse"):
            errors["feeling"] = N_("should be better, same or worse.")
        barrier_values = [_choice(Barrier, b, "barrier", errors) for b in barriers or []]
        reason = _choice(DeclineReason, decline_reason, "decline_reason", errors) \
            if decline_reason else None
        if outcome == Outcome.DECLINED and reason is None:
            errors["decline_reason"] = "Say why they declined (" + ", ".join(
                r.value for r in DeclineReason) + ")."
        if reason == DeclineReason.OTHER and not notes.strip():
            errors["notes"] = N_("Write the patient's reason in their words.")
        if errors:
            raise ValidationError(errors)
        assert outcome is not None
        found = self.repo.get([follow_up_id])
        if not found:
            raise NotFoundError(N_("No follow-up with id {0}.").format(follow_up_id))
        target = found[0]
        if target.status != "open":
            raise ClinicError(N_("That follow-up is already closed; refresh the queue."))
        when = at or self.clock.now()
        day = when.astimezone().date()
        covered = [f for f in self.repo.open_for_patient(target.patient_id)
                   if f.due_date <= day.isoformat() or f.id == target.id
                   # a new 'no' replaces a re-approach still waiting: one at a time
                   or (outcome == Outcome.DECLINED and f.kind == Kind.RE_ENGAGEMENT)]
        facts = PatientFacts(
            target.patient_id, unanswered_in_a_row=self.repo.unanswered_in_a_row(
                target.patient_id), re_engagements_so_far=self.repo.re_engagements(
                target.patient_id))
        patient = self.patients.get(target.patient_id)
        facts = PatientFacts(facts.id, patient.do_not_contact, patient.status.value,
                             facts.unanswered_in_a_row, facts.re_engagements_so_far)
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            call_id = self.repo.meta.new_id()
            fx = after_call(covered, CallFacts(outcome, when.astimezone(), callback_at,
                                               reason, wants_clinician_call, call_id),
                            facts, self.rule_settings())
            touched = list(fx.close) + list(fx.reschedule)
            if fx.close_all_open:
                touched = [f.id for f in self.repo.open_for_patient(target.patient_id)]
            before = self.repo.snapshot(conn, touched)
            patient_before = self.repo.patient_fields(conn, target.patient_id)
            for fid, (status, why) in fx.close.items():
                self.repo.close(conn, stamp, fid, status, why)
            for fid, (due, due_time, callback) in fx.reschedule.items():
                self.repo.reschedule(conn, stamp, fid, due, due_time, callback)
            if fx.close_all_open:
                self.repo.close_open_for_patient(conn, stamp, target.patient_id,
                                                 fx.close_all_open, outcome.value)
            created = [fid for new in fx.create if (fid := self.repo.insert(conn, stamp, new))]
            changes = dict(fx.patient)
            if changes.pop("wrong_number", False):
                wrong = json.loads(patient_before["wrong_phones"])
                called = phone or (json.loads(patient_before["phones"]) or [None])[0]
                if called and called not in wrong:
                    wrong.append(called)
                changes["wrong_phones"] = json.dumps(wrong)
            self.repo.set_patient_fields(conn, stamp, target.patient_id, changes)
            effects = {"follow_ups": before, "created": created,
                       "patient": {k: patient_before[k] for k in changes}}
            self.repo.add_attempt(conn, stamp, {
                "id": call_id, "follow_up_id": target.id, "patient_id": target.patient_id,
                "at": iso_utc(when), "by_user": actor.username, "outcome": outcome.value,
                "taking_medicines": taking_medicines,
                "barriers": json.dumps([b.value for b in barrier_values if b]),
                "feeling": feeling, "wants_clinician_call": int(wants_clinician_call),
                "teach_back": int(teach_back), "decline_reason": reason.value if reason else None,
                "callback_at": iso_utc(callback_at) if callback_at else None,
                "notes": notes.strip(), "effects": json.dumps(effects)})
            self.audit.record("call.log", "patients", target.patient_id, outcome=outcome.value,
                              call=call_id)
        return LoggedCall(call_id, outcome, len(fx.close) + (len(touched) if fx.close_all_open
                                                             else 0),
                          len(fx.reschedule), len(created))

    def undo(self, call_id: str) -> None:
        """Take back a logged call (a wrong key) within 10 minutes: what it changed is put
        back and the call is marked undone (kept, not deleted)."""
        self.access.require(Permission.CALLS)
        call = self.repo.attempt(call_id)
        if call is None:
            raise NotFoundError(N_("No call with id {0}.").format(call_id))
        if call["undone_at"]:
            raise ClinicError(N_("That call was already undone."))
        logged = dt.datetime.fromisoformat(call["created_at"].replace("Z", "+00:00"))
        if self.clock.now() - logged > dt.timedelta(minutes=UNDO_MINUTES):
            raise ClinicError(N_("A call can be undone for {0} minutes only; log a new "
                                 "outcome instead.").format(UNDO_MINUTES))
        fx = call["effects"]
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            self.repo.restore(conn, stamp, fx.get("follow_ups", {}))
            self.repo.tombstone(conn, stamp, fx.get("created", []))
            self.repo.set_patient_fields(conn, stamp, call["patient_id"], fx.get("patient", {}))
            self.repo.mark_undone(conn, stamp, call_id)
            self.audit.record("call.undo", "patients", call["patient_id"], call=call_id)

    # rules -----------------------------------------------------------------
    def run_rules(self, day: dt.date | None = None) -> RulesReport:
        """Apply the rules as of ``day``: follow-ups for recent visits and missed
        appointments (each made once), and none left open for people not to be called."""
        self.access.require(Permission.CALLS)
        day = day or self.today()
        # the first run looks back LOOKBACK_DAYS; later runs read the days since the last
        # run (and a little before it), so a daily run reads a day's events
        first = day - dt.timedelta(days=LOOKBACK_DAYS)
        mark = self.repo.meta.get_sync_state(RULES_MARK)
        if mark:
            ran = min(dt.date.fromisoformat(mark), day)
            first = max(first, ran - dt.timedelta(days=OVERLAP_DAYS))
        settings = self.rule_settings()
        new: list[NewFollowUp] = []
        for vid, pid, vday, meds, check_in in self.repo.visits_between(first.isoformat(),
                                                                        day.isoformat()):
            new += visit_follow_ups(pid, vid, dt.date.fromisoformat(vday), meds, check_in,
                                    settings)
        for aid, pid, starts in self.repo.missed_between(first.isoformat(), day.isoformat()):
            new.append(missed_appointment_follow_up(pid, aid, dt.date.fromisoformat(starts[:10]),
                                                    settings))
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            blocked = self.repo.not_to_call(conn, sorted({n.patient_id for n in new}))
            created = sum(1 for n in new if n.patient_id not in blocked
                          and self.repo.insert(conn, stamp, n))
            closed = self.repo.close_for_inactive(conn, stamp)
            self.audit.record("rules.run", None, None, day=day.isoformat(), created=created,
                              closed=closed)
        if not mark or mark < day.isoformat():
            self.repo.meta.set_sync_state(RULES_MARK, day.isoformat())
        return RulesReport(created, closed)

    # lists -------------------------------------------------------------------
    def decliners(self) -> list[dict[str, Any]]:
        self.access.require(Permission.CALLS)
        rows = self.repo.decliners()
        people = {p.id: p for p in self.patients.get_many([r["patient_id"] for r in rows])}
        return [{**r, "patient": people[r["patient_id"]]} for r in rows
                if r["patient_id"] in people]

    def contacts_to_confirm(self, limit: int = 300) -> list[tuple[str, Patient]]:
        """(why, patient): unreachable or a wrong number first, then phones not confirmed
        within the clinic's setting, oldest first."""
        self.access.require(Permission.CALLS)
        days = int(self.settings.get("phone_confirm_days"))
        cutoff = self.today() - dt.timedelta(days=days)
        return self.patients.contacts_to_confirm(cutoff.isoformat(), limit)

    def set_next_approach(self, follow_up_id: str, day: dt.date) -> None:
        """A person changes when a decliner will next be approached."""
        self.access.require(Permission.CALLS)
        found = self.repo.get([follow_up_id])
        if not found or found[0].kind != Kind.RE_ENGAGEMENT or found[0].status != "open":
            raise ClinicError(N_("That is not an open re-approach."))
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            self.repo.move(conn, stamp, follow_up_id, day.isoformat())
            self.audit.record("follow_up.move", "follow_ups", follow_up_id,
                              due=day.isoformat())


def _choice(enum: Any, value: Any, key: str, errors: dict[str, str]) -> Any:
    if value is None:
        return None
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        errors[key] = f"'{value}' is not one of: " + ", ".join(e.value for e in enum) + "."
        return None
