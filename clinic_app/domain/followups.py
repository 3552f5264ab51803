"""Follow-up rules: which calls to make, when, and what each outcome leads to.

Pure functions over plain facts and an injected date; the services apply what they return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from clinic_app.marks import N_


class Kind(StrEnum):
    POST_VISIT = "post_visit"
    MEDICINE_CHECK = "medicine_check"
    MISSED_APPOINTMENT = "missed_appointment"
    RESULTS = "results"
    RE_ENGAGEMENT = "re_engagement"
    CONTACT_UPDATE = "contact_update"
    CLINICIAN_CALLBACK = "clinician_callback"
    CUSTOM = "custom"


KIND_LABELS = {
    Kind.POST_VISIT: "check-in after a visit", Kind.MEDICINE_CHECK: "medicine check",
    Kind.MISSED_APPOINTMENT: "missed appointment", Kind.RESULTS: "results",
    Kind.RE_ENGAGEMENT: "gentle re-approach", Kind.CONTACT_UPDATE: "update contact details",
    Kind.CLINICIAN_CALLBACK: "clinician to call back", Kind.CUSTOM: "other",
}
#: why a rule made a follow-up (stored with it; the screens translate these, filling {0} in)
REASON_MEDICINES = "Medicines were started or changed: ask how it is going."
REASON_CHECK_IN = "Check in after the visit."
REASON_MISSED = "Missed the appointment of {0}: offer a new one."
REASON_CALLBACK = "The patient asked for a clinician to call."
REASON_UNREACHABLE = "No answer {0} times: find a working number or another way to reach them."
REASON_WRONG_NUMBER = "Wrong number: find the right one."
REASON_WRONG_THEN = "Wrong number: find the right one. Then: {0}"
REASON_DECLINED = "Declined before: ask gently how they are, no pressure."
REASONS = (REASON_MEDICINES, REASON_CHECK_IN, REASON_MISSED, REASON_CALLBACK, REASON_UNREACHABLE,
           REASON_WRONG_NUMBER, REASON_WRONG_THEN, REASON_DECLINED)
#: higher first in the queue
PRIORITY = {Kind.CLINICIAN_CALLBACK: 5, Kind.MISSED_APPOINTMENT: 4, Kind.MEDICINE_CHECK: 3,
            Kind.RESULTS: 3, Kind.POST_VISIT: 2, Kind.CUSTOM: 2, Kind.CONTACT_UPDATE: 1,
            Kind.RE_ENGAGEMENT: 1}


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"
    CALL_BACK_LATER = "call_back_later"
    DECLINED = "declined"
    MOVED = "moved"
    DECEASED = "deceased"


#: one key per outcome in the call panel
OUTCOME_KEYS = {"R": Outcome.REACHED, "N": Outcome.NO_ANSWER, "B": Outcome.BUSY,
                "M": Outcome.LEFT_MESSAGE, "W": Outcome.WRONG_NUMBER,
                "L": Outcome.CALL_BACK_LATER, "D": Outcome.DECLINED}
UNANSWERED = frozenset({Outcome.NO_ANSWER, Outcome.BUSY})
#: outcomes after which the patient is left alone for the fatigue window
CONTACTED = frozenset({Outcome.REACHED, Outcome.LEFT_MESSAGE})


class DeclineReason(StrEnum):
    NOT_INTERESTED = "not_interested"
    FEELS_FINE = "feels_fine"
    COST = "cost"
    SIDE_EFFECTS = "side_effects"
    DISTRUST = "distrust"
    NO_TIME = "no_time"
    OTHER = "other"


class Barrier(StrEnum):
    COST = "cost"
    SIDE_EFFECTS = "side_effects"
    FORGOT = "forgot"
    UNCLEAR = "unclear"
    TRANSPORT = "transport"
    OTHER = "other"


@dataclass(frozen=True)
class RuleSettings:
    medicine_check_days: int = 7
    retry_days: tuple[int, ...] = (1, 2, 4)
    unreachable_after: int = 3
    re_engage_days: tuple[int, ...] = (30, 90)
    fatigue_days: int = 3
    working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday..Friday


@dataclass(frozen=True)
class NewFollowUp:
    patient_id: str
    kind: Kind
    due_date: str
    reason: str
    rule: str | None = None
    source_id: str | None = None  # with ``rule``: makes the rule idempotent
    due_time: str | None = None
    callback: bool = False  # the patient asked for this call: no hold applies

    @property
    def priority(self) -> int:
        return PRIORITY[self.kind]


@dataclass(frozen=True)
class FollowUp:
    id: str
    patient_id: str
    kind: Kind
    due_date: str
    priority: int
    status: str
    reason: str
    attempt_count: int = 0
    due_time: str | None = None
    callback: bool = False
    rule: str | None = None
    assigned_to: str | None = None


def next_working_day(day: dt.date, working_days: frozenset[int]) -> dt.date:
    d = day + dt.timedelta(days=1)
    for _ in range(7):
        if d.weekday() in working_days:
            return d
        d += dt.timedelta(days=1)
    return day + dt.timedelta(days=1)


def visit_follow_ups(patient_id: str, visit_id: str, visit_date: dt.date,
                     medicines_changed: bool, check_in_days: int | None,
                     settings: RuleSettings) -> list[NewFollowUp]:
    """New or changed medicines -> a medicine check; 'check in' ticked -> a check-in call."""
    out = []
    if medicines_changed:
        due = visit_date + dt.timedelta(days=settings.medicine_check_days)
        out.append(NewFollowUp(patient_id, Kind.MEDICINE_CHECK, due.isoformat(),
                               REASON_MEDICINES,
                               "medicine_check", visit_id))
    if check_in_days:
        due = visit_date + dt.timedelta(days=check_in_days)
        out.append(NewFollowUp(patient_id, Kind.POST_VISIT, due.isoformat(),
                               REASON_CHECK_IN, "check_in", visit_id))
    return out


def missed_appointment_follow_up(patient_id: str, appointment_id: str, day: dt.date,
                                 settings: RuleSettings) -> NewFollowUp:
    due = next_working_day(day, settings.working_days)
    return NewFollowUp(patient_id, Kind.MISSED_APPOINTMENT, due.isoformat(),
                       REASON_MISSED.format(day.isoformat()),
                       "missed_appointment", appointment_id)


@dataclass(frozen=True)
class PatientFacts:
    """What the rules need to know about the person called."""

    id: str
    do_not_contact: bool = False
    status: str = "active"
    unanswered_in_a_row: int = 0  # before this call
    re_engagements_so_far: int = 0  # gentle re-approaches already scheduled after declines


@dataclass(frozen=True)
class CallFacts:
    outcome: Outcome
    at: dt.datetime
    callback_at: dt.datetime | None = None
    decline_reason: DeclineReason | None = None
    wants_clinician_call: bool = False
    call_id: str = ""


@dataclass
class Effects:
    """What one logged call changes. ``close`` maps follow-up id -> (status, why)."""

    close: dict[str, tuple[str, str]] = field(default_factory=dict)
    reschedule: dict[str, tuple[str, str | None, bool]] = field(default_factory=dict)
    create: list[NewFollowUp] = field(default_factory=list)
    close_all_open: str | None = None  # status for every open follow-up of the patient
    patient: dict[str, object] = field(default_factory=dict)


def after_call(open_now: list[FollowUp], call: CallFacts, patient: PatientFacts,
               settings: RuleSettings) -> Effects:
    """The follow-ups and patient changes that one outcome leads to."""
    fx = Effects()
    today = call.at.date()
    ids = [f.id for f in open_now]
    o = call.outcome
    if o in (Outcome.MOVED, Outcome.DECEASED):
        fx.close_all_open = "cancelled"
        fx.patient["status"] = o.value
        return fx
    if o == Outcome.REACHED:
        for i in ids:
            fx.close[i] = ("done", "reached")
        if patient.unanswered_in_a_row:
            fx.patient["contact_status"] = "ok"
        if call.wants_clinician_call and not patient.do_not_contact:
            fx.create.append(NewFollowUp(patient.id, Kind.CLINICIAN_CALLBACK, today.isoformat(),
                                         REASON_CALLBACK,
                                         "clinician_callback", call.call_id, callback=True))
        return fx
    if o == Outcome.LEFT_MESSAGE:
        due = today + dt.timedelta(days=settings.fatigue_days)
        for i in ids:
            fx.reschedule[i] = (due.isoformat(), None, False)
        return fx
    if o in UNANSWERED:
        # retry the next day, then 2 days later, then 4; the third unanswered call marks
        # the patient unreachable and asks the front desk for a better number (the last
        # retry still happens); when that one is not answered either, the calls stop
        tries = patient.unanswered_in_a_row + 1
        if tries == settings.unreachable_after:
            fx.patient["contact_status"] = "unreachable"
            if not patient.do_not_contact:
                fx.create.append(NewFollowUp(
                    patient.id, Kind.CONTACT_UPDATE, today.isoformat(),
                    REASON_UNREACHABLE.format(tries), "unreachable", call.call_id))
        if tries > len(settings.retry_days) or tries > settings.unreachable_after + 1:
            for f in open_now:  # a task to find a better number stays until it is done
                if f.kind != Kind.CONTACT_UPDATE:
                    fx.close[f.id] = ("cancelled", "unreachable")
            return fx
        due = today + dt.timedelta(days=settings.retry_days[tries - 1])
        for i in ids:
            fx.reschedule[i] = (due.isoformat(), None, False)
        return fx
    if o == Outcome.WRONG_NUMBER:
        for i in ids:
            fx.close[i] = ("cancelled", "wrong number")
        fx.patient["wrong_number"] = True
        if not patient.do_not_contact:
            reasons = "; ".join(sorted({f.reason for f in open_now if f.reason}))
            fx.create.append(NewFollowUp(
                patient.id, Kind.CONTACT_UPDATE, today.isoformat(),
                REASON_WRONG_THEN.format(reasons) if reasons else REASON_WRONG_NUMBER,
                "wrong_number", call.call_id))
        return fx
    if o == Outcome.CALL_BACK_LATER:
        when = call.callback_at or (call.at + dt.timedelta(days=1))
        for i in ids:
            fx.reschedule[i] = (when.date().isoformat(), when.strftime("%H:%M"), True)
        return fx
    if o == Outcome.DECLINED:
        for i in ids:
            fx.close[i] = ("cancelled", "declined")
        rounds = patient.re_engagements_so_far
        if not patient.do_not_contact and rounds < len(settings.re_engage_days):
            due = today + dt.timedelta(days=settings.re_engage_days[rounds])
            fx.create.append(NewFollowUp(
                patient.id, Kind.RE_ENGAGEMENT, due.isoformat(),
                REASON_DECLINED,
                f"re_engagement_{rounds + 1}", call.call_id))
        return fx
    raise ValueError(N_("unknown outcome {0}").format(o))


@dataclass(frozen=True)
class QueueEntry:
    patient_id: str
    follow_up_ids: tuple[str, ...]
    kinds: tuple[Kind, ...]
    reasons: tuple[str, ...]
    priority: int
    due_date: str  # the oldest due date among them (how overdue)
    attempt: int  # the number of this attempt
    callback: bool


@dataclass(frozen=True)
class CallerView:
    """What the queue needs about a patient beside the follow-ups."""

    do_not_contact: bool = False
    status: str = "active"
    last_contacted: dt.date | None = None  # last reached / message left
    hold_until: dt.date | None = None  # declined: no calls before the gentle re-approach


def build_queue(due: list[FollowUp], views: dict[str, CallerView], today: dt.date,
                settings: RuleSettings) -> list[QueueEntry]:
    """Today's calls: one entry per patient, highest priority then most overdue first.

    Do-not-contact always wins; inside the fatigue window after a contact, and before a
    decliner's re-approach date, only calls the patient asked for are placed.
    """
    by_patient: dict[str, list[FollowUp]] = {}
    for f in due:
        if f.status == "open" and f.due_date <= today.isoformat():
            by_patient.setdefault(f.patient_id, []).append(f)
    entries = []
    for pid, items in by_patient.items():
        view = views.get(pid, CallerView())
        if view.do_not_contact or view.status != "active":
            continue
        tired = view.last_contacted is not None and \
            (today - view.last_contacted).days < settings.fatigue_days
        held = view.hold_until is not None and today < view.hold_until
        allowed = [f for f in items if f.callback or not (
            tired or (held and f.kind != Kind.RE_ENGAGEMENT))]
        if not allowed:
            continue
        allowed.sort(key=lambda f: (-f.priority, f.due_date))
        entries.append(QueueEntry(
            pid, tuple(f.id for f in allowed), tuple(f.kind for f in allowed),
            tuple(f.reason or KIND_LABELS[f.kind] for f in allowed),
            max(f.priority for f in allowed), min(f.due_date for f in allowed),
            max(f.attempt_count for f in allowed) + 1, any(f.callback for f in allowed)))
    entries.sort(key=lambda e: (-e.priority, e.due_date, e.patient_id))
    return entries
