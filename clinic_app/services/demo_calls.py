"""Seeded demo call history: appointments, follow-ups made by the rules, call attempts.

Made from the demo visits in the same process that makes the patients (no database reads),
shaped like what the rules in ``domain/followups.py`` would have left behind: closed history,
a realistic number open and due, decliners waiting for a gentle re-approach, wrong numbers
and unreachable patients waiting on a contact update.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from clinic_app.domain.followups import PRIORITY, Kind
from clinic_app.domain.ids import uuid7

DAY_MS = 86_400_000
HISTORY_DAYS = 60
FOLLOW_UP_COLUMNS = (
    "id", "patient_id", "kind", "due_date", "due_time", "priority", "status", "reason", "rule",
    "source_id", "callback", "attempt_count", "closed_reason", "closed_at", "created_at",
    "updated_at", "hlc", "site_id",
)
CALL_COLUMNS = (
    "id", "follow_up_id", "patient_id", "at", "by_user", "outcome", "taking_medicines",
    "barriers", "feeling", "wants_clinician_call", "decline_reason", "callback_at", "notes",
    "teach_back", "effects", "created_at", "updated_at", "hlc", "site_id",
)
APPOINTMENT_COLUMNS = ("id", "patient_id", "starts_at", "with_whom", "status", "notes",
                       "created_at", "updated_at", "hlc", "site_id")
REASONS = {"medicine_check": "Medicines were started or changed: ask how it is going.",
           "check_in": "Check in after the visit.",
           "missed_appointment": "Missed an appointment: offer a new one.",
           "re_engagement": "Declined before: ask gently how they are, no pressure.",
           "wrong_number": "Wrong number: find the right one.",
           "unreachable": "No answer 3 times: find a working number or another way to reach "
                          "them."}
RULE_KIND = {"medicine_check": Kind.MEDICINE_CHECK, "check_in": Kind.POST_VISIT,
             "missed_appointment": Kind.MISSED_APPOINTMENT, "re_engagement": Kind.RE_ENGAGEMENT,
             "wrong_number": Kind.CONTACT_UPDATE, "unreachable": Kind.CONTACT_UPDATE}
# How a closed follow-up ended: (weight, outcome).
ENDINGS = ((70, "reached"), (8, "declined"), (6, "unreachable"), (5, "wrong_number"),
           (6, "left_message"), (5, "call_back_later"))
DECLINE_REASONS = ("not_interested", "feels_fine", "cost", "side_effects", "distrust",
                   "no_time")
BARRIERS = ('[]', '[]', '[]', '["cost"]', '["side_effects"]', '["forgot"]', '["transport"]',
            '["unclear"]', '["cost", "transport"]')
STAFF = ("grace", "grace", "amina", "daniel")


class _Out:
    def __init__(self, site_id: str, rng: random.Random, stamp: Any) -> None:
        self.site_id, self.rng, self.stamp = site_id, rng, stamp
        self.follow_ups: list[tuple[Any, ...]] = []
        self.calls: list[tuple[Any, ...]] = []
        self.appointments: list[tuple[Any, ...]] = []

    def _meta(self, ms: int) -> tuple[str, str, str, str]:
        s = self.stamp(ms)
        return s, s, f"{ms:013d}-000000-{self.site_id}", self.site_id

    def follow_up(self, pid: str, rule: str | None, source: str | None, due_ms: int,
                  created_ms: int, status: str = "open", why: str | None = None,
                  closed_ms: int | None = None, attempts: int = 0,
                  kind: Kind | None = None) -> str:
        fid = uuid7(created_ms, self.rng)
        k = kind or RULE_KIND[rule or ""]
        self.follow_ups.append((
            fid, pid, k.value, self.stamp(due_ms)[:10], None, PRIORITY[k], status,
            REASONS.get(rule or "", "Check in after the visit."), rule, source, 0, attempts, why,
            self.stamp(closed_ms) if closed_ms else None, *self._meta(created_ms)))
        return fid

    def call(self, fid: str, pid: str, ms: int, outcome: str) -> str:
        r = self.rng.random
        cid = uuid7(ms, self.rng)
        reached = outcome == "reached"
        self.calls.append((
            cid, fid, pid, self.stamp(ms), STAFF[int(r() * 4)], outcome,
            ("yes", "yes", "some", "no")[int(r() * 4)] if reached else None,
            BARRIERS[int(r() * len(BARRIERS))] if reached else "[]",
            ("better", "same", "same", "worse")[int(r() * 4)] if reached else None,
            int(reached and r() < 0.05),
            DECLINE_REASONS[int(r() * 6)] if outcome == "declined" else None,
            self.stamp(ms + DAY_MS) if outcome == "call_back_later" else None, "",
            int(reached and r() < 0.4), "{}", *self._meta(ms)))
        return cid


def make(visits: Sequence[tuple[Any, ...]], no_call: set[str], now_ms: int, seed: int,
         site_id: str, stamp: Any, follow_ups_per_patient: float | None,
         patients: int) -> _Out:
    """Rows for the follow-up tables from the (id-sorted) visits of ``patients`` patients.

    ``follow_ups_per_patient``: when set above what the visits make, older closed check-ins
    are added to reach it (a long history, for the benchmark).
    """
    rng = random.Random(seed * 7919 + 11)
    r = rng.random
    out = _Out(site_id, rng, stamp)
    weights = [w for w, _ in ENDINGS]
    endings = [e for _, e in ENDINGS]
    drawn = rng.choices(endings, weights=weights, k=max(len(visits), 1) * 2)
    n = 0
    today_ms = now_ms - now_ms % DAY_MS
    # The call pages show recent work: history is made for the last months' visits only
    # (a 1 M-patient register must still build within a minute), unless a long history
    # is asked for (the benchmark).
    oldest = "" if follow_ups_per_patient else dt.datetime.fromtimestamp(
        (now_ms - HISTORY_DAYS * DAY_MS) / 1000, dt.UTC).date().isoformat()
    for v in visits:
        vid, pid, vday, meds, check_in = v[0], v[1], v[2], v[6], v[7]
        if vday < oldest:
            continue
        v_ms = int(dt.datetime.fromisoformat(vday).replace(tzinfo=dt.UTC).timestamp() * 1000)
        made = []
        if meds:
            made.append(("medicine_check", vid, v_ms + 7 * DAY_MS))
        if check_in:
            made.append(("check_in", vid, v_ms + check_in * DAY_MS))
        if r() < 0.35:  # a next appointment was booked at the visit
            a_ms = v_ms + int(14 + r() * 46) * DAY_MS + int(8 + r() * 8) * 3_600_000
            x = r()
            status = "scheduled" if a_ms > now_ms else (
                "attended" if x < 0.8 else "missed" if x < 0.95 else "cancelled")
            aid = uuid7(v_ms, rng)
            out.appointments.append((aid, pid, out.stamp(a_ms)[:16], "", status, "",
                                     *out._meta(v_ms)))
            if status == "missed":
                a_day = dt.date.fromisoformat(out.stamp(a_ms)[:10])
                nxt = a_day + dt.timedelta(days=3 if a_day.weekday() == 4 else
                                           2 if a_day.weekday() == 5 else 1)
                made.append(("missed_appointment", aid, v_ms + (nxt - dt.date.fromisoformat(
                    vday)).days * DAY_MS))
        for rule, source, due_ms in made:
            n += 1
            age = (today_ms - due_ms) // DAY_MS
            if pid in no_call:
                if age < 0:
                    continue
                out.follow_up(pid, rule, source, due_ms, v_ms, "cancelled",
                              "not to be contacted", due_ms)
                continue
            if age < 0 or (age <= 7 and r() < 0.35):  # still to call (or retrying)
                fid = out.follow_up(pid, rule, source, due_ms, v_ms,
                                    attempts=int(age > 1 and r() < 0.3))
                if age > 1 and r() < 0.3:
                    out.call(fid, pid, due_ms + 10 * 3_600_000, "no_answer")
                continue
            _close(out, pid, rule, source, due_ms, v_ms, drawn[n % len(drawn)], age, now_ms)
    _history(out, rng, follow_ups_per_patient, patients, [v[1] for v in visits], now_ms)
    out.follow_ups.sort()
    out.calls.sort()
    out.appointments.sort()
    return out


def _close(out: _Out, pid: str, rule: str, source: str, due_ms: int, made_ms: int,
           ending: str, age: int, now_ms: int) -> None:
    """A follow-up that was called: its attempts (recent ones only) and what came of it."""
    call_ms = due_ms + int(9 + out.rng.random() * 7) * 3_600_000
    recent = age <= 365
    if ending in ("left_message", "call_back_later"):
        ending = "reached"  # the later call got through
    if ending == "unreachable":
        fid = out.follow_up(pid, rule, source, due_ms, made_ms, "cancelled", "unreachable",
                            call_ms + 3 * DAY_MS, attempts=3)
        if recent:
            last = ""
            for d in (0, 1, 3):
                last = out.call(fid, pid, call_ms + d * DAY_MS, "no_answer")
            if age <= 14:  # the contact update is still to do
                out.follow_up(pid, "unreachable", last, due_ms + 3 * DAY_MS, call_ms + 3 * DAY_MS)
        return
    status, why = {"reached": ("done", "reached"), "declined": ("cancelled", "declined"),
                   "wrong_number": ("cancelled", "wrong number")}[ending]
    fid = out.follow_up(pid, rule, source, due_ms, made_ms, status, why, call_ms, attempts=1)
    if not recent:
        return
    cid = out.call(fid, pid, call_ms, ending)
    if ending == "declined" and age <= 45:
        re_ms = call_ms + 30 * DAY_MS
        done = re_ms < now_ms - 2 * DAY_MS and out.rng.random() < 0.5
        out.follow_up(pid, "re_engagement", cid, re_ms, call_ms, "done" if done else "open",
                      "reached" if done else None, re_ms if done else None, int(done))
        if done:
            out.call(out.follow_ups[-1][0], pid, re_ms + 3_600_000, "reached")
    elif ending == "wrong_number" and age <= 14:
        out.follow_up(pid, "wrong_number", cid, call_ms, call_ms)


def _history(out: _Out, rng: random.Random, per_patient: float | None, patients: int,
             patient_ids: Sequence[str], now_ms: int) -> None:
    """Older closed check-ins (no rule) up to ``per_patient`` follow-ups a patient."""
    if not per_patient or not patient_ids:
        return
    extra = int(per_patient * patients) - len(out.follow_ups)
    r = rng.random
    span = 5 * 365 * DAY_MS
    m = len(patient_ids)
    for _ in range(max(extra, 0)):
        pid = patient_ids[int(r() * m)]
        due_ms = now_ms - 30 * DAY_MS - int(r() * span)
        x = r()
        out.follow_up(pid, None, None, due_ms, due_ms - 7 * DAY_MS,
                      "done" if x < 0.8 else "cancelled",
                      "reached" if x < 0.8 else "declined" if x < 0.9 else "unreachable",
                      due_ms + DAY_MS, attempts=1, kind=Kind.POST_VISIT)
