"""Visits, appointments and `run_rules` on a real clinic file: each event makes one call."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from callhelp import TODAY, add_follow_up, day, open_follow_ups, queued
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.followups import Kind
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic


def test_medicine_change_and_check_in(clinic, person) -> None:
    pid = person()
    clinic.visits.record_visit(pid, visit_date=day(-3), medicines_changed=True, check_in_days=10)
    assert open_follow_ups(clinic, pid) == [("medicine_check", day(4), "medicine_check"),
                                            ("post_visit", day(7), "check_in")]
    assert clinic.calls.run_rules().created == 0  # already made when the visit was saved
    with pytest.raises(ValidationError):
        clinic.visits.record_visit(pid, visit_date=day(1))
    with pytest.raises(ValidationError):
        clinic.visits.record_visit(pid, check_in_days=0)


def test_missed_friday_is_recalled_monday_and_status_undo(clinic, person) -> None:
    pid = person()
    aid = clinic.visits.add_appointment(pid, "2026-11-20 10:00", "Dr. Okafor")
    clinic.visits.set_status(aid, "missed")
    assert open_follow_ups(clinic, pid) == [("missed_appointment", "2026-11-23",
                                             "missed_appointment")]
    assert queued(clinic) == [pid]
    clinic.visits.undo_status(aid)  # it was a wrong click
    assert clinic.visits.appointments(pid)[0]["status"] == "scheduled"
    assert open_follow_ups(clinic, pid) == [] and queued(clinic) == []
    with pytest.raises(ClinicError):
        clinic.visits.undo_status(aid)
    clinic.visits.set_status(aid, "missed")  # really missed after all: the recall comes back
    assert [k for k, _, _ in open_follow_ups(clinic, pid)] == ["missed_appointment"]
    clinic.visits.set_status(aid, "attended")
    clinic.visits.undo_status(aid)
    assert clinic.visits.appointments(pid)[0]["status"] == "missed"


def test_missed_appointment_of_do_not_contact_makes_nothing(clinic, person) -> None:
    pid = person(do_not_contact=True)
    aid = clinic.visits.add_appointment(pid, "2026-11-20 10:00")
    clinic.visits.set_status(aid, "missed")
    clinic.visits.record_visit(pid, medicines_changed=True, check_in_days=3)
    assert open_follow_ups(clinic, pid) == []
    assert clinic.calls.run_rules().created == 0


def test_the_same_rule_event_is_kept_once(clinic, person) -> None:
    pid = person()
    first = add_follow_up(clinic, pid, rule="check_in", source_id="v1")
    again = add_follow_up(clinic, pid, Kind.POST_VISIT, day(3), rule="check_in", source_id="v1")
    assert first and again is None
    assert len(open_follow_ups(clinic, pid)) == 1


def test_queue_filters_by_kind_and_language(clinic, person, follow_up) -> None:
    es = person(preferred_language="es")
    en = person(preferred_language="en")
    follow_up(es, Kind.MISSED_APPOINTMENT, day(-1))
    follow_up(en, Kind.MEDICINE_CHECK, day(-5))
    follow_up(en, Kind.POST_VISIT, day(0))
    assert queued(clinic) == [es, en]
    assert queued(clinic, kind="post_visit") == [en]
    assert queued(clinic, language="es") == [es]
    (row,) = clinic.calls.queue(kind="medicine_check")
    assert row.entry.kinds == (Kind.MEDICINE_CHECK,)
    assert row.to_json()["language"] == "en"


events = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["visit", "missed", "attended"]),
                            st.integers(-70, 0), st.booleans(), st.sampled_from([None, 3, 14])),
                  max_size=12)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events, st.integers(0, 10))
def test_run_rules_is_idempotent(tmp_path_factory, events: list, later: int) -> None:
    path = tmp_path_factory.mktemp("rules") / "c.sqlite3"
    clock = FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
    c = Clinic(path, clock=clock, rng=random.Random(1))
    try:
        ids = [c.patients.register({"given_name": f"P{i}", "family_name": "Rule",
                                    "phones": [f"0712 555 00{i}"],
                                    "do_not_contact": i == 3}, confirmed_new=True).id
               for i in range(4)]
        visits, meta = c.visits.repo, c.meta
        with c.db.transaction() as conn:  # written straight to the tables: only the rules act
            stamp = meta.stamp(conn)
            for who, kind, offset, meds, check_in in events:
                when = (TODAY + dt.timedelta(days=offset)).isoformat()
                if kind == "visit":
                    visits.add_visit(conn, stamp, {
                        "patient_id": ids[who], "visit_date": when, "clinician": "",
                        "reason": "", "notes": "", "medicines_changed": meds,
                        "check_in_days": check_in})
                else:
                    aid = visits.add_appointment(conn, stamp, ids[who], when + "T10:00", "", "")
                    visits.set_status(conn, stamp, aid, kind, "scheduled")
        first = c.calls.run_rules()
        rows = c.db.query("SELECT patient_id, rule, source_id FROM follow_ups")
        assert first.created == len(rows) and len(set(rows)) == len(rows)
        assert all(pid != ids[3] for pid, _, _ in rows)  # do-not-contact: nothing made
        assert c.calls.run_rules() == type(first)(0, 0)
        clock.advance(days=later)
        again = c.calls.run_rules()
        assert again.closed == 0
        assert c.db.query("SELECT count(*) FROM follow_ups")[0][0] == len(rows) + again.created
    finally:
        c.close()
