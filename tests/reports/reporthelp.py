"""A small clinic's story for the report tests, told through the services on a real file.

The clock is moved to each event's time, so stamps (calls, closings, registrations) fall on
the days the story says; each call is logged as the person the story names.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor, Role
from clinic_app.services.clinic import Clinic

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
MANAGER = Actor("amina", Role.MANAGER, None, "Amina")
GRACE = Actor("grace", Role.FRONT_DESK, None, "Grace")
DANIEL = Actor("daniel", Role.CLINICIAN, None, "Daniel")


class Story:
    """Events on a clinic at given times, each logged as a given person."""

    def __init__(self, clinic: Clinic, clock: FixedClock) -> None:
        self.clinic = clinic
        self.clock = clock
        self._n = 0

    def at(self, day: str, hour: int = 10, minute: int = 0) -> Story:
        d = dt.date.fromisoformat(day)
        self.clock.set(dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=dt.UTC))
        return self

    def patient(self, name: str, day: str) -> str:
        self.at(day)
        self._n += 1
        p = self.clinic.patients.register(
            {"given_name": name, "family_name": f"Otieno{self._n}",
             "phones": [f"0712 {self._n:03d} {self._n:03d}"]}, confirmed_new=True)
        assert p.id
        return p.id

    def visit(self, pid: str, day: str, **kw: Any) -> list[str]:
        """Record a visit; the ids of the follow-ups it made."""
        self.at(day, 9)
        vid = self.clinic.visits.record_visit(pid, visit_date=day, **kw)
        return [r[0] for r in self.clinic.db.query(
            "SELECT id FROM follow_ups WHERE source_id = ? ORDER BY kind", (vid,))]

    def call(self, fid: str, outcome: str, day: str, who: Actor, hour: int = 11,
             minute: int = 0, **kw: Any) -> str:
        self.at(day, hour, minute)
        before = self.clinic.access.actor
        self.clinic.access.actor = who
        try:
            return self.clinic.calls.log_call(fid, outcome, **kw).call_id
        finally:
            self.clinic.access.actor = before

    def made_by(self, rule: str, source: str) -> str:
        return str(self.clinic.db.query(
            "SELECT id FROM follow_ups WHERE rule = ? AND source_id = ?", (rule, source))[0][0])

    def appointment(self, pid: str, starts: str, status: str) -> str:
        self.at(starts[:10], 8)
        aid = self.clinic.visits.add_appointment(pid, starts)
        self.at(starts[:10], 17)
        self.clinic.visits.set_status(aid, status)
        return aid


def open_clinic(path: Path, clock: FixedClock) -> Clinic:
    c = Clinic(path, clock=clock, rng=random.Random(11))
    c.settings.update({"country": "KE", "site_prefix": "KIB", "clinic_name": "Test Clinic"})
    return c


def build_october(clinic: Clinic, clock: FixedClock) -> dict[str, str]:
    """The story of ``test_figures.py`` (its docstring tells it)."""
    s = Story(clinic, clock)
    ids: dict[str, str] = {}
    ids["I"] = s.patient("Imani", "2026-05-01")
    for name in "ABCDEFHJ":
        ids[name] = s.patient(name * 3, "2026-09-01")
    ids["G"] = s.patient("Gift", "2026-11-10")
    s.at("2026-09-02")
    clinic.patients.update(ids["J"], {"status": "moved"})
    s.at("2026-10-20")
    clinic.patients.confirm_phone(ids["I"])

    (f6,) = s.visit(ids["F"], "2026-09-01", medicines_changed=True)  # due 09-08
    (f1,) = s.visit(ids["A"], "2026-09-24", medicines_changed=True)  # due 10-01
    (f2,) = s.visit(ids["B"], "2026-09-26", medicines_changed=True)  # due 10-03
    (f3,) = s.visit(ids["C"], "2026-10-01", check_in_days=3)  # due 10-04
    (f4,) = s.visit(ids["D"], "2026-10-05", medicines_changed=True)  # due 10-12
    (f5,) = s.visit(ids["E"], "2026-10-20", medicines_changed=True)  # due 10-27
    ids.update(f1=f1, f2=f2, f3=f3, f4=f4, f5=f5, f6=f6)

    s.appointment(ids["H"], "2026-09-10T09:00", "missed")  # its recall is never called
    decline = s.call(f6, "declined", "2026-09-08", GRACE, decline_reason="distrust")
    s.call(f1, "reached", "2026-10-01", GRACE, taking_medicines="yes", feeling="better")
    s.call(f2, "no_answer", "2026-10-03", GRACE)  # retried the next day
    s.call(f2, "reached", "2026-10-04", GRACE, taking_medicines="some", feeling="same",
           barriers=["cost", "transport"])
    re2 = s.made_by("re_engagement_1", decline)  # due 10-08
    s.call(re2, "reached", "2026-10-08", DANIEL, taking_medicines="yes", feeling="better")
    # just after midnight ending the second day after the due date: late by minutes
    callback = s.call(f3, "reached", "2026-10-07", DANIEL, hour=0, minute=30,
                      taking_medicines="no", feeling="worse", barriers=["forgot"],
                      wants_clinician_call=True)
    cb1 = s.made_by("clinician_callback", callback)  # due 10-07
    s.call(cb1, "reached", "2026-10-09", DANIEL, hour=23)  # on time by an hour
    s.call(f4, "declined", "2026-10-12", DANIEL, decline_reason="cost")
    s.appointment(ids["A"], "2026-10-15T09:00", "attended")
    missed = s.appointment(ids["B"], "2026-10-16T09:00", "missed")
    r1 = s.made_by("missed_appointment", missed)  # due Monday 10-19
    s.call(r1, "reached", "2026-10-19", DANIEL)
    s.appointment(ids["B"], "2026-10-22T09:00", "attended")
    busy = s.call(f5, "busy", "2026-10-26", GRACE)
    clinic.calls.undo(busy)  # a wrong key: never counted
    s.call(f5, "wrong_number", "2026-10-27", GRACE)
    ids.update(re2=re2, cb1=cb1, r1=r1)
    clock.set(NOW)
    clinic.access.actor = MANAGER
    return ids
