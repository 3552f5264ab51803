"""Logging calls through CallService on a real clinic file: what each outcome changes, undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from callhelp import at, day, open_follow_ups, patient_row, queued
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.domain.followups import DeclineReason, Kind, Outcome
from clinic_app.errors import ClinicError, ValidationError


def count_follow_ups(clinic, pid: str) -> int:
    return clinic.db.query("SELECT count(*) FROM follow_ups WHERE patient_id = ? AND deleted = 0",
                           (pid,))[0][0]


def test_declined_needs_a_reason_and_other_needs_words(clinic, person, follow_up) -> None:
    fid = follow_up(person())
    with pytest.raises(ValidationError) as no_reason:
        clinic.calls.log_call(fid, "declined")
    assert "decline_reason" in no_reason.value.errors
    with pytest.raises(ValidationError) as no_words:
        clinic.calls.log_call(fid, "declined", decline_reason="other", notes="  ")
    assert "notes" in no_words.value.errors
    with pytest.raises(ValidationError):
        clinic.calls.log_call(fid, "declined", decline_reason="because")
    assert clinic.db.query("SELECT count(*) FROM call_attempts")[0][0] == 0
    clinic.calls.log_call(fid, "declined", decline_reason="other", notes="Too far to travel")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(list(Outcome)),
                          st.none() | st.sampled_from(list(DeclineReason)),
                          st.text(max_size=5)), min_size=1, max_size=4))
def test_every_decline_on_file_has_a_reason(clinic, person, follow_up, calls: list) -> None:
    pid = person()
    for outcome, reason, notes in calls:
        open_now = clinic.calls.repo.open_for_patient(pid)
        fid = open_now[0].id if open_now else follow_up(pid)
        try:
            clinic.calls.log_call(fid, outcome, decline_reason=reason, notes=notes)
        except (ValidationError, ClinicError):
            pass
    for reason, notes in clinic.db.query(
            "SELECT decline_reason, notes FROM call_attempts WHERE outcome = 'declined'"):
        assert reason in {r.value for r in DeclineReason}
        assert reason != "other" or notes.strip()


def test_unanswered_three_times_makes_the_patient_unreachable(clinic, clock, person,
                                                              follow_up) -> None:
    pid = person()
    fid = follow_up(pid)
    clinic.calls.log_call(fid, "no_answer")
    assert open_follow_ups(clinic, pid) == [("medicine_check", day(1), "")]
    clock.advance(days=1)
    clinic.calls.log_call(fid, "busy")
    assert open_follow_ups(clinic, pid) == [("medicine_check", day(3), "")]
    assert patient_row(clinic, pid)["contact_status"] == "ok"
    clock.advance(days=2)
    clinic.calls.log_call(fid, "no_answer")
    # unreachable: a task to find a better number, and one last try four days on
    assert open_follow_ups(clinic, pid) == [("contact_update", day(3), "unreachable"),
                                            ("medicine_check", day(7), "")]
    assert patient_row(clinic, pid)["contact_status"] == "unreachable"
    clock.advance(days=4)
    clinic.calls.log_call(fid, "no_answer")  # the last try: the calls stop
    assert open_follow_ups(clinic, pid) == [("contact_update", day(3), "unreachable")]
    # reaching them later puts the record right
    (task,) = clinic.calls.repo.open_for_patient(pid)
    clinic.calls.log_call(task.id, "reached")
    assert patient_row(clinic, pid)["contact_status"] == "ok"


def test_wrong_number_marks_the_number_and_makes_a_task(clinic, person, follow_up) -> None:
    pid = person()
    fid = follow_up(pid)
    phone = json.loads(clinic.db.query("SELECT phones FROM patients WHERE id = ?", (pid,))[0][0])[0]
    clinic.calls.log_call(fid, "wrong_number")
    assert json.loads(patient_row(clinic, pid)["wrong_phones"]) == [phone]
    assert open_follow_ups(clinic, pid) == [("contact_update", day(0), "wrong_number")]


def test_decline_holds_other_calls_until_the_re_approach(clinic, clock, person,
                                                         follow_up) -> None:
    pid = person()
    clinic.calls.log_call(follow_up(pid), "declined", decline_reason="cost")
    assert open_follow_ups(clinic, pid) == [("re_engagement", day(30), "re_engagement_1")]
    follow_up(pid, Kind.MEDICINE_CHECK, day(5))
    asked = follow_up(pid, Kind.POST_VISIT, day(6), callback=True)
    clock.advance(days=6)
    rows = clinic.calls.queue()
    assert [r.entry.follow_up_ids for r in rows] == [(asked,)]  # only the call they asked for
    (decliner,) = clinic.calls.decliners()
    assert (decliner["decline_reason"], decliner["next_approach"]) == ("cost", day(30))
    clock.advance(days=24)  # the re-approach day: everything due is called together
    (row,) = clinic.calls.queue()
    assert set(row.entry.kinds) == {Kind.RE_ENGAGEMENT, Kind.MEDICINE_CHECK, Kind.POST_VISIT}
    clinic.calls.log_call(row.entry.follow_up_ids[0], "declined", decline_reason="no_time")
    assert open_follow_ups(clinic, pid) == [("re_engagement", day(120), "re_engagement_2")]
    clock.advance(days=90)
    clinic.calls.log_call(clinic.calls.queue()[0].entry.follow_up_ids[0], "declined",
                          decline_reason="not_interested")
    assert open_follow_ups(clinic, pid) == []  # at most two gentle re-approaches


def test_set_next_approach(clinic, person, follow_up) -> None:
    pid = person()
    clinic.calls.log_call(follow_up(pid), "declined", decline_reason="distrust")
    (fu,) = clinic.calls.repo.open_for_patient(pid)
    clinic.calls.set_next_approach(fu.id, dt.date(2027, 1, 10))
    assert clinic.calls.decliners()[0]["next_approach"] == "2027-01-10"
    with pytest.raises(ClinicError):
        clinic.calls.set_next_approach(follow_up(pid), dt.date(2027, 1, 10))


def test_fatigue_window_then_a_callback_gets_through(clinic, clock, person, follow_up) -> None:
    pid = person()
    clinic.calls.log_call(follow_up(pid), "reached", taking_medicines="some",
                          barriers=["cost"], feeling="same")
    later = follow_up(pid, Kind.POST_VISIT, day(1))
    clock.advance(days=1)
    assert pid not in queued(clinic)  # reached yesterday: left alone
    clinic.calls.log_call(later, "call_back_later", callback_at=at(2, 14, 0))
    assert open_follow_ups(clinic, pid) == [("post_visit", day(2), "")]
    assert clinic.calls.repo.get([later])[0].due_time == "14:00"
    assert queued(clinic, day(2)) == [pid]  # inside the window, but they asked for it
    assert pid not in queued(clinic, day(1))


def test_left_message_counts_as_contact(clinic, clock, person, follow_up) -> None:
    pid = person()
    clinic.calls.log_call(follow_up(pid), "left_message")
    follow_up(pid, Kind.MISSED_APPOINTMENT, day(1))
    assert pid not in queued(clinic, day(1)) and pid not in queued(clinic, day(2))
    assert queued(clinic, day(3)) == [pid]


@pytest.mark.parametrize("outcome", ["moved", "deceased"])
def test_moved_or_deceased_close_all_and_change_status(clinic, person, follow_up,
                                                       outcome: str) -> None:
    pid = person()
    fid = follow_up(pid)
    follow_up(pid, Kind.POST_VISIT, day(20))
    follow_up(pid, Kind.RE_ENGAGEMENT, day(40))
    result = clinic.calls.log_call(fid, outcome)
    assert open_follow_ups(clinic, pid) == [] and result.closed == 3
    assert patient_row(clinic, pid)["status"] == outcome
    assert clinic.calls.run_rules().created == 0


def test_reached_wanting_a_clinician_call(clinic, person, follow_up) -> None:
    pid = person()
    clinic.calls.log_call(follow_up(pid), "reached", wants_clinician_call=True, teach_back=True)
    assert open_follow_ups(clinic, pid)[0][0] == "clinician_callback"
    assert queued(clinic) == [pid]  # they asked for it: no fatigue hold
    assert clinic.db.query("SELECT teach_back FROM call_attempts")[0][0] == 1


@pytest.mark.parametrize("outcome", list(Outcome))
def test_do_not_contact_wins(clinic, person, follow_up, outcome: Outcome) -> None:
    pid = person()
    fid = follow_up(pid)
    follow_up(pid, Kind.CLINICIAN_CALLBACK, callback=True)
    clinic.patients.update(pid, {"do_not_contact": True})
    assert pid not in queued(clinic)
    before = count_follow_ups(clinic, pid)
    clinic.calls.log_call(fid, outcome, decline_reason="cost", wants_clinician_call=True)
    assert count_follow_ups(clinic, pid) == before
    clinic.calls.run_rules()
    assert open_follow_ups(clinic, pid) == []


def test_undo_puts_everything_back(clinic, clock, person, follow_up) -> None:
    pid = person()
    fid = follow_up(pid)
    other = follow_up(pid, Kind.POST_VISIT, day(-2))
    before = (open_follow_ups(clinic, pid), patient_row(clinic, pid))
    snapshot = clinic.db.query("SELECT id, status, due_date, attempt_count, closed_reason "
                               "FROM follow_ups ORDER BY id")
    logged = clinic.calls.log_call(fid, "wrong_number")
    assert logged.closed == 2 and logged.created == 1
    clock.advance(minutes=9)
    clinic.calls.undo(logged.call_id)
    assert (open_follow_ups(clinic, pid), patient_row(clinic, pid)) == before
    assert clinic.db.query("SELECT id, status, due_date, attempt_count, closed_reason FROM "
                           "follow_ups WHERE deleted = 0 ORDER BY id") == snapshot
    assert [r.entry.follow_up_ids for r in clinic.calls.queue()] == [(fid, other)] or \
        [set(r.entry.follow_up_ids) for r in clinic.calls.queue()] == [{fid, other}]
    with pytest.raises(ClinicError):
        clinic.calls.undo(logged.call_id)  # once only


def test_undo_of_unreachable_restores_contact_status(clinic, person, follow_up) -> None:
    pid = person()
    fid = follow_up(pid)
    for _ in range(2):
        clinic.calls.log_call(fid, "no_answer")
    third = clinic.calls.log_call(fid, "no_answer")
    assert patient_row(clinic, pid)["contact_status"] == "unreachable"
    clinic.calls.undo(third.call_id)
    assert patient_row(clinic, pid)["contact_status"] == "ok"
    assert [k for k, _, _ in open_follow_ups(clinic, pid)] == ["medicine_check"]


def test_undo_refused_after_ten_minutes(clinic, clock, person, follow_up) -> None:
    logged = clinic.calls.log_call(follow_up(person()), "declined", decline_reason="cost")
    clock.advance(minutes=10, seconds=1)
    with pytest.raises(ClinicError):
        clinic.calls.undo(logged.call_id)


def test_closed_or_unknown_follow_ups_are_refused(clinic, person, follow_up) -> None:
    fid = follow_up(person())
    clinic.calls.log_call(fid, "reached")
    with pytest.raises(ClinicError):
        clinic.calls.log_call(fid, "reached")
    with pytest.raises(ClinicError):
        clinic.calls.log_call("no-such-id", "reached")
    with pytest.raises(ValidationError):
        clinic.calls.log_call(fid, "shouted")
