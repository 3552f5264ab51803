"""The engagement report: what each figure means, the periods, and the report itself.

Outcomes, not activity: whether patients were reached, what they said, whether decliners
came back, whether contact details are current and appointments kept. Every figure is
defined once below (``FIGURES``); the definitions are printed with the report, shown as
tooltips in the app, and the tests hold each number to a direct SQL count written from
the same words.

General rules for every figure:
- A period is a range of the clinic's local calendar days, first and last included.
  Times stored in UTC (calls, when a follow-up was closed or made) count on the local day
  they happened.
- Calls that were undone, and follow-ups withdrawn (undone or merged away), never count.
- The previous period has the same number of days: the days just before a custom period
  or a month; for "this week" (Monday to today), the same weekdays one week earlier.
- Shares are percentages of the number named in their definition; with nothing to divide
  by, the share is blank, not zero.
- A staff filter keeps the calls that person logged (and the follow-ups they called or
  were assigned); a kind filter keeps follow-ups of that kind and the calls made for them.
  Figures marked "whole clinic" ignore a filter that does not apply to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clinic_app.domain.followups import KIND_LABELS, Barrier, DeclineReason, Kind
from clinic_app.marks import N_, as_written

ON_TIME_DAYS = 2  # a follow-up done no later than this many days after its due date

SECTIONS = (
    ("follow_ups", "Follow-up calls"),
    ("reach", "Reaching patients"),
    ("said", "What reached patients said"),
    ("decliners", "Patients who said no"),
    ("contacts", "Contact details"),
    ("appointments", "Appointments"),
    ("callbacks", "Clinician call-backs"),
)
SECTION_LABELS = dict(SECTIONS)

BARRIER_LABELS = {Barrier.COST: "cost", Barrier.SIDE_EFFECTS: "side effects",
                  Barrier.FORGOT: "forgot", Barrier.UNCLEAR: "unclear how to take them",
                  Barrier.TRANSPORT: "transport", Barrier.OTHER: "other"}
DECLINE_LABELS = {DeclineReason.NOT_INTERESTED: "not interested",
                  DeclineReason.FEELS_FINE: "feels fine", DeclineReason.COST: "cost",
                  DeclineReason.SIDE_EFFECTS: "side effects", DeclineReason.DISTRUST: "distrust",
                  DeclineReason.NO_TIME: "no time", DeclineReason.OTHER: "other reason"}


@dataclass(frozen=True)
class FigureDef:
    """One figure: ``unit`` is "count" or "percent"; ``better`` is +1 when a higher value
    is better, -1 when lower is better, 0 when neither; ``filters`` names the filters that
    apply to it ("staff", "kind")."""

    key: str
    section: str
    label: str
    unit: str
    better: int
    definition: str
    filters: frozenset[str] = frozenset({"staff", "kind"})


def _f(key: str, section: str, label: str, unit: str, better: int, definition: str,
       filters: tuple[str, ...] = ("staff", "kind")) -> FigureDef:
    return FigureDef(key, section, label, unit, better, " ".join(definition.split()),
                     frozenset(filters))


_BASE = [
    # follow-up calls --------------------------------------------------------------------
    _f("due", "follow_ups", "Follow-ups due", "count", 0, """Follow-ups whose due date is in
       the period, whatever became of them. A retry after no answer moves the due date, so a
       follow-up counts in the period of its latest due date."""),
    _f("done_on_time", "follow_ups", "Done on time (within 2 days)", "count", 1, f"""Of the
       follow-ups due, those closed as done (the patient was reached) no later than
       {ON_TIME_DAYS} days after the due date."""),
    _f("done_on_time_share", "follow_ups", "Done on time, share of due", "percent", 1,
       """Done on time as a share of the follow-ups due."""),
    _f("done_late", "follow_ups", "Done late", "count", -1, f"""Of the follow-ups due, those
       closed as done more than {ON_TIME_DAYS} days after the due date."""),
    _f("closed_unreached", "follow_ups", "Closed without reaching the patient", "count", -1,
       """Of the follow-ups due, those closed without a conversation: the patient declined,
       could not be reached, the number was wrong, they moved or died, or asked not to be
       contacted."""),
    _f("overdue", "follow_ups", "Overdue (still open)", "count", -1, """Of the follow-ups
       due, those still open today although their due date has passed."""),
    _f("not_yet_due", "follow_ups", "Not yet due", "count", 0, """Of the follow-ups due,
       those still open whose due date is today or later (a period that has not ended).
       Due = done on time + done late + closed without reaching + overdue + not yet due."""),
    # reaching patients -------------------------------------------------------------------
    _f("patients_called", "reach", "Patients called", "count", 0, """Different patients with
       at least one call logged in the period (any outcome)."""),
    _f("patients_reached", "reach", "Patients reached", "count", 1, """Different patients
       with at least one call in the period whose outcome was 'reached' (a conversation)."""),
    _f("reach_rate", "reach", "Reach rate", "percent", 1, """Patients reached as a share of
       patients called."""),
    _f("called_follow_ups", "reach", "Follow-ups called", "count", 0, """Of the follow-ups
       due, those with at least one call logged (their count of attempts is above
       zero)."""),
    _f("first_attempt_reach", "reach", "Reached on the first call", "percent", 1, """Of the
       follow-ups due that were called, the share closed as done after one attempt: the
       first call reached the patient."""),
    # what reached patients said -----------------------------------------------------------
    _f("conversations", "said", "Conversations (patient reached)", "count", 0,
       """Calls in the period with the outcome 'reached'. The shares below are of these
       conversations, each counted once, so a patient reached twice counts twice."""),
    _f("meds_answered", "said", "Asked about medicines", "count", 0, """Conversations in
       which the answer to 'taking the medicines as agreed?' was recorded."""),
    _f("meds_yes", "said", "Taking medicines as agreed: yes", "percent", 1, """Share of the
       conversations with a medicines answer where the answer was 'yes'."""),
    _f("meds_some", "said", "Taking medicines as agreed: some", "percent", 0, """Share of the
       conversations with a medicines answer where the answer was 'some of them'."""),
    _f("meds_no", "said", "Taking medicines as agreed: no", "percent", -1, """Share of the
       conversations with a medicines answer where the answer was 'no'."""),
    _f("feel_answered", "said", "Asked how they feel", "count", 0, """Conversations in which
       'feeling better, the same or worse?' was recorded."""),
    _f("feel_better", "said", "Feeling better", "percent", 1, """Share of the conversations
       with a feeling answer where the patient felt better."""),
    _f("feel_same", "said", "Feeling the same", "percent", 0, """Share of the conversations
       with a feeling answer where the patient felt the same."""),
    _f("feel_worse", "said", "Feeling worse", "percent", -1, """Share of the conversations
       with a feeling answer where the patient felt worse."""),
]
_BARRIERS = [
    _f(f"barrier_{b.value}", "said", f"Barrier: {label}", "count", 0, f"""Conversations in
       which the patient named '{label}' as a reason for not taking medicines as agreed.
       Listed by how often they were named.""") for b, label in BARRIER_LABELS.items()]
_DECLINERS = [
    _f("new_decliners", "decliners", "New decliners", "count", -1, """Patients who said no
       (outcome 'declined') in the period for the first time ever."""),
    _f("re_approached", "decliners", "Decliners re-approached", "count", 0, """Different
       patients called in the period (any outcome) after an earlier 'no' of theirs."""),
    _f("re_engaged", "decliners", "Decliners re-engaged", "count", 1, """Different patients
       reached in the period (a conversation) on a call made after an earlier 'no' of
       theirs: the measure of success with decliners."""),
]
_REASONS = [
    _f(f"decline_{r.value}", "decliners", f"Reason for no: {label}", "count", 0, f"""Calls in
       the period where the patient declined and the reason recorded was '{label}'. Listed by
       how often they were given.""") for r, label in DECLINE_LABELS.items()]
_REST = [
    # contact details --------------------------------------------------------------------------
    _f("newly_unreachable", "contacts", "Newly unreachable", "count", -1, """Different
       patients marked unreachable in the period (no answer three times in a row), counted
       by the 'find a working number' task it made.""", ("staff",)),
    _f("wrong_numbers", "contacts", "Wrong numbers found", "count", -1, """Different patients
       with a call in the period whose outcome was 'wrong number'."""),
    _f("contacts_confirmed", "contacts", "Phones confirmed in the period", "count", 1,
       """Active patients whose phone number was last confirmed on a day in the period.""",
       ()),
    _f("contacts_current_share", "contacts", "Contact details current", "percent", 1,
       """At the end of the period: the share of active patients registered by then whose
       phone was confirmed within the clinic's setting ('confirm contact details after N
       days'). Read from each patient's latest confirmation date, so for an earlier period
       it can only understate.""", ()),
    _f("contacts_stale", "contacts", "Contact details to confirm", "count", -1, """At the
       end of the period: active patients registered by then whose phone was not confirmed
       within the setting (or never).""", ()),
    # appointments -------------------------------------------------------------------------------
    _f("appointments_attended", "appointments", "Appointments attended", "count", 1,
       """Appointments on a day in the period marked attended.""", ()),
    _f("appointments_missed", "appointments", "Appointments missed", "count", -1,
       """Appointments on a day in the period marked missed.""", ()),
    _f("no_show_rate", "appointments", "No-show rate", "percent", -1, """Missed as a share
       of the appointments attended or missed (cancelled and still scheduled ones are left
       out).""", ()),
    _f("recalled", "appointments", "Recalled after a miss", "count", 1, """Appointments
       missed in the period whose recall call reached the patient (the 'missed appointment'
       follow-up was done).""", ()),
    _f("recalled_attended", "appointments", "Recalled, then attended", "count", 1, """Of the
       missed appointments recalled, those whose patient attended a later appointment.""",
       ()),
    # clinician call-backs ---------------------------------------------------------------------
    _f("callbacks_requested", "callbacks", "Call-backs asked for", "count", 0, """Patients
       who asked, on a call in the period, for a clinician to call them back (the call-back
       task made)."""),
    _f("callbacks_done", "callbacks", "Call-backs done", "count", 1, """Of the call-backs
       asked for in the period, those closed as done so far."""),
]
FIGURES: tuple[FigureDef, ...] = tuple(_BASE + _BARRIERS + _DECLINERS + _REASONS + _REST)
BY_KEY = {f.key: f for f in FIGURES}
#: figures listed by how often they occur (the issue's "barriers / reasons by frequency")
BY_FREQUENCY = ("barrier_", "decline_")
#: one name and definition for each such group (the printed list of definitions)
GROUPS = {
    "barrier_": ("Barrier: …", "Conversations in which the patient named that barrier (cost, "
                 "side effects, forgot, unclear how to take them, transport, other) as a reason "
                 "for not taking medicines as agreed; one conversation may name several. "
                 "Listed by how often they were named."),
    "decline_": ("Reason for no: …", "Calls in the period where the patient declined, by the "
                 "reason recorded. Listed by how often they were given."),
}


# periods ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """Local calendar days ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(N_("the period ends before it starts"))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def before(self, shift_days: int | None = None) -> Period:
        """The period of equal length ``shift_days`` earlier (default: just before)."""
        shift = dt.timedelta(days=shift_days if shift_days is not None else self.days)
        return Period(self.first - shift, self.last - shift)

    def label(self, month_name: Callable[[int], str] | None = None) -> str:
        """'2–29 November 2026'; ``month_name`` names a month (1-12) in another language."""
        name = month_name or (lambda m: dt.date(2000, m, 1).strftime("%B"))
        f, last = self.first, self.last
        if f == last:
            return f"{last.day} {name(last.month)} {last.year}"
        if (f.year, f.month) == (last.year, last.month):
            return f"{f.day}–{last.day} {name(last.month)} {last.year}"
        if f.year == last.year:
            return f"{f.day} {name(f.month)} – {last.day} {name(last.month)} {last.year}"
        return f"{f.day} {name(f.month)} {f.year} – {last.day} {name(last.month)} {last.year}"

    def to_json(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}


def this_week(today: dt.date) -> tuple[Period, Period]:
    """Monday to today, and the same weekdays one week earlier."""
    current = Period(today - dt.timedelta(days=today.weekday()), today)
    return current, current.before(7)


def last_month(today: dt.date) -> tuple[Period, Period]:
    """The last whole calendar month, and the same number of days just before it."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    current = Period(last.replace(day=1), last)
    return current, current.before()


def custom(first: dt.date, last: dt.date) -> tuple[Period, Period]:
    current = Period(first, last)
    return current, current.before()


# the report ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    figure: FigureDef
    current: float | None
    previous: float | None
    ignored: frozenset[str] = frozenset()  # filters set that this figure does not use

    @property
    def key(self) -> str:
        return self.figure.key

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def verdict(self) -> str:
        """'better', 'worse' or '' (no change, or a figure that is neither)."""
        change = self.change
        small = 1.0 if self.figure.unit == "percent" else 0.5  # under a point: noise
        if not change or not self.figure.better or abs(change) < small:
            return ""
        return "better" if change * self.figure.better > 0 else "worse"


@dataclass(frozen=True)
class Trend:
    """Per bucket of ``size_days`` days from each period's first day, this period beside
    the previous one: the share of calls that reached the patient, and the share of the
    follow-ups due that were done on time."""

    size_days: int
    reach_now: tuple[float | None, ...]
    reach_before: tuple[float | None, ...]
    on_time_now: tuple[float | None, ...]
    on_time_before: tuple[float | None, ...]

    @property
    def unit(self) -> str:
        return {1: N_("day"), 7: N_("week")}.get(
            self.size_days, N_("{0} days").format(self.size_days))


@dataclass(frozen=True)
class EngagementReport:
    period: Period
    previous: Period
    rows: tuple[Row, ...]
    trend: Trend
    staff: str | None = None
    kind: str | None = None
    clinic_name: str = ""
    made_at: str = ""  # UTC ISO
    confirm_days: int = 90

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def value(self, key: str, previous: bool = False) -> float | None:
        r = self.row(key)
        return r.previous if previous else r.current

    def sections(self) -> list[tuple[str, list[Row]]]:
        return [(label, [r for r in self.rows if r.figure.section == key])
                for key, label in SECTIONS]

    def filter_text(self, tr: Callable[[str], str] = as_written) -> str:
        parts = []
        if self.staff:
            parts.append(tr(N_("calls by {0}")).format(self.staff))
        if self.kind:
            parts.append(tr(N_("{0} follow-ups")).format(
                tr(KIND_LABELS.get(Kind(self.kind), self.kind))))
        return ", ".join(parts) if parts else tr(N_("everyone, every kind of follow-up"))

    def to_json(self) -> dict[str, Any]:
        return {
            "clinic": self.clinic_name, "made_at": self.made_at,
            "period": self.period.to_json(), "previous_period": self.previous.to_json(),
            "filters": {"staff": self.staff, "kind": self.kind},
            "figures": [{"key": r.key, "section": SECTION_LABELS[r.figure.section],
                         "figure": r.figure.label, "unit": r.figure.unit,
                         "this_period": _round(r.current), "previous_period": _round(r.previous),
                         "change": _round(r.change),
                         "filters_not_applied": sorted(r.ignored)}
                        for r in self.rows],
        }


def _round(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 1)


def share(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return 100.0 * part / whole


def figure_values(raw: dict[str, int]) -> dict[str, float | None]:
    """Every figure's value from the raw counts read by ``db.reports.EngagementQueries``."""
    v: dict[str, float | None] = {k: raw[k] for k in BY_KEY if k in raw}
    v["done_on_time_share"] = share(raw["done_on_time"], raw["due"])
    v["reach_rate"] = share(raw["patients_reached"], raw["patients_called"])
    v["first_attempt_reach"] = share(raw["first_reached"], raw["called_follow_ups"])
    for k in ("yes", "some", "no"):
        v[f"meds_{k}"] = share(raw[f"meds_{k}"], raw["meds_answered"])
    for k in ("better", "same", "worse"):
        v[f"feel_{k}"] = share(raw[f"feel_{k}"], raw["feel_answered"])
    v["no_show_rate"] = share(raw["appointments_missed"],
                              raw["appointments_missed"] + raw["appointments_attended"])
    v["contacts_current_share"] = share(raw["contacts_current"], raw["active_patients"])
    missing = set(BY_KEY) - set(v)
    assert not missing, f"figures without a value: {sorted(missing)}"
    return v


def build_rows(now: dict[str, float | None], before: dict[str, float | None],
               staff: str | None, kind: str | None) -> tuple[Row, ...]:
    """Rows in catalogue order; barriers and decline reasons by frequency (this period,
    then the previous one), each group where its first member stands."""
    active = frozenset(n for n, v in (("staff", staff), ("kind", kind)) if v)
    rows = [Row(f, now[f.key], before[f.key], active - f.filters) for f in FIGURES]
    for prefix in BY_FREQUENCY:
        group = [r for r in rows if r.key.startswith(prefix)]
        group.sort(key=lambda r: (-(r.current or 0), -(r.previous or 0)))
        first = next(i for i, r in enumerate(rows) if r.key.startswith(prefix))
        rest = [r for r in rows if not r.key.startswith(prefix)]
        rows = rest[:first] + group + rest[first:]
    return tuple(rows)
