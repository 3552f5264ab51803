"""The follow-up rules as pure functions: dates, outcomes, the queue's holds (hypothesis)."""

from __future__ import annotations

import datetime as dt

from callhelp import TODAY
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.domain.followups import (
    CallerView,
    CallFacts,
    DeclineReason,
    FollowUp,
    Kind,
    Outcome,
    PatientFacts,
    RuleSettings,
    after_call,
    build_queue,
    missed_appointment_follow_up,
    next_working_day,
    visit_follow_ups,
)

S = RuleSettings()
NOON = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def fu(i: int, pid: str = "p1", kind: Kind = Kind.MEDICINE_CHECK, due: str = "2026-11-23",
       callback: bool = False, attempts: int = 0) -> FollowUp:
    from clinic_app.domain.followups import PRIORITY
    return FollowUp(f"f{i}", pid, kind, due, PRIORITY[kind], "open", f"reason {i}",
                    attempts, callback=callback)


def test_visit_rules_medicine_check_and_check_in() -> None:
    made = visit_follow_ups("p", "v", dt.date(2026, 11, 2), True, 14, S)
    assert [(n.kind, n.due_date, n.rule, n.source_id) for n in made] == [
        (Kind.MEDICINE_CHECK, "2026-11-09", "medicine_check", "v"),
        (Kind.POST_VISIT, "2026-11-16", "check_in", "v")]
    assert visit_follow_ups("p", "v", dt.date(2026, 11, 2), False, None, S) == []


@given(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
def test_missed_appointment_recall_on_next_working_day(missed: dt.date) -> None:
    due = dt.date.fromisoformat(missed_appointment_follow_up("p", "a", missed, S).due_date)
    assert due > missed and due.weekday() < 5
    skipped = range(1, (due - missed).days)
    assert all((missed + dt.timedelta(days=k)).weekday() >= 5 for k in skipped)


def test_friday_miss_is_recalled_on_monday() -> None:
    assert next_working_day(dt.date(2026, 11, 20), S.working_days) == dt.date(2026, 11, 23)


def call(outcome: Outcome, **kw: object) -> CallFacts:
    return CallFacts(outcome, NOON, call_id="c1", **kw)  # type: ignore[arg-type]


def test_unanswered_retries_then_unreachable() -> None:
    open_now = [fu(1)]
    first = after_call(open_now, call(Outcome.NO_ANSWER), PatientFacts("p1"), S)
    second = after_call(open_now, call(Outcome.BUSY), PatientFacts("p1", unanswered_in_a_row=1), S)
    assert first.reschedule["f1"][0] == "2026-11-24"
    assert second.reschedule["f1"][0] == "2026-11-25"
    third = after_call(open_now, call(Outcome.NO_ANSWER),
                       PatientFacts("p1", unanswered_in_a_row=2), S)
    # the third unanswered call: unreachable, a contact-update task, and one last try at +4
    assert third.patient == {"contact_status": "unreachable"}
    assert [(n.kind, n.rule) for n in third.create] == [(Kind.CONTACT_UPDATE, "unreachable")]
    assert third.reschedule["f1"][0] == "2026-11-27" and third.close == {}
    fourth = after_call(open_now, call(Outcome.BUSY),
                        PatientFacts("p1", unanswered_in_a_row=3), S)
    assert fourth.close == {"f1": ("cancelled", "unreachable")}
    assert fourth.create == [] and fourth.reschedule == {}
    task = fu(2, kind=Kind.CONTACT_UPDATE)  # finding a better number is not given up
    assert "f2" not in after_call([fu(1), task], call(Outcome.NO_ANSWER),
                                  PatientFacts("p1", unanswered_in_a_row=3), S).close


@given(st.sampled_from(list(Outcome)), st.integers(0, 5), st.integers(0, 3), st.booleans())
def test_do_not_contact_creates_nothing(outcome: Outcome, unanswered: int, rounds: int,
                                        wants: bool) -> None:
    fx = after_call([fu(1)], call(outcome, decline_reason=DeclineReason.COST,
                                  wants_clinician_call=wants),
                    PatientFacts("p1", do_not_contact=True, unanswered_in_a_row=unanswered,
                                 re_engagements_so_far=rounds), S)
    assert fx.create == []


@given(st.integers(0, 5))
def test_declines_re_engage_at_30_then_90_and_at_most_twice(rounds: int) -> None:
    fx = after_call([fu(1)], call(Outcome.DECLINED, decline_reason=DeclineReason.FEELS_FINE),
                    PatientFacts("p1", re_engagements_so_far=rounds), S)
    assert fx.close == {"f1": ("cancelled", "declined")}
    expected = {0: ["2026-12-23"], 1: ["2027-02-21"]}.get(rounds, [])
    assert [n.due_date for n in fx.create] == expected
    assert all(n.kind == Kind.RE_ENGAGEMENT for n in fx.create)


def test_call_back_later_keeps_the_time_and_marks_a_callback() -> None:
    when = dt.datetime(2026, 11, 25, 14, 15, tzinfo=dt.UTC)
    fx = after_call([fu(1), fu(2)], call(Outcome.CALL_BACK_LATER, callback_at=when),
                    PatientFacts("p1"), S)
    assert fx.reschedule == {"f1": ("2026-11-25", "14:15", True),
                             "f2": ("2026-11-25", "14:15", True)}


@given(st.sampled_from([Outcome.MOVED, Outcome.DECEASED]))
def test_moved_or_deceased_close_everything(outcome: Outcome) -> None:
    fx = after_call([fu(1)], call(outcome), PatientFacts("p1"), S)
    assert fx.close_all_open == "cancelled" and fx.patient == {"status": outcome.value}
    assert fx.create == []


def test_reached_wanting_a_clinician_makes_a_callback_task() -> None:
    fx = after_call([fu(1)], call(Outcome.REACHED, wants_clinician_call=True),
                    PatientFacts("p1", unanswered_in_a_row=2), S)
    assert fx.close == {"f1": ("done", "reached")}
    assert fx.patient == {"contact_status": "ok"}
    assert [(n.kind, n.callback, n.due_date) for n in fx.create] == [
        (Kind.CLINICIAN_CALLBACK, True, "2026-11-23")]


# the queue -------------------------------------------------------------------------------
kinds = st.sampled_from(list(Kind))
follow_ups = st.lists(st.tuples(st.sampled_from(["p1", "p2", "p3", "p4"]), kinds,
                                st.integers(-20, 3), st.booleans()), max_size=25)
views = st.fixed_dictionaries({p: st.builds(
    CallerView, do_not_contact=st.booleans(), status=st.sampled_from(["active", "active", "moved"]),
    last_contacted=st.none() | st.integers(-6, 0).map(lambda d: TODAY + dt.timedelta(days=d)),
    hold_until=st.none() | st.integers(-5, 60).map(lambda d: TODAY + dt.timedelta(days=d)),
) for p in ("p1", "p2", "p3", "p4")})


def _due(items: list[tuple[str, Kind, int, bool]]) -> list[FollowUp]:
    return [fu(i, pid, kind, (TODAY + dt.timedelta(days=d)).isoformat(), cb)
            for i, (pid, kind, d, cb) in enumerate(items)]


@settings(max_examples=300)
@given(follow_ups, views)
def test_queue_respects_fatigue_holds_and_do_not_contact(items: list, v: dict) -> None:
    due = _due(items)
    by_id = {f.id: f for f in due}
    entries = build_queue(due, v, TODAY, S)
    assert len({e.patient_id for e in entries}) == len(entries)  # one row per patient
    for e in entries:
        view = v[e.patient_id]
        assert not view.do_not_contact and view.status == "active"
        tired = view.last_contacted and (TODAY - view.last_contacted).days < S.fatigue_days
        held = view.hold_until and TODAY < view.hold_until
        for fid in e.follow_up_ids:
            f = by_id[fid]
            assert f.due_date <= TODAY.isoformat()
            if tired:
                assert f.callback  # only calls the patient asked for
            if held:
                assert f.callback or f.kind == Kind.RE_ENGAGEMENT
    # nothing callable is left out
    listed = {fid for e in entries for fid in e.follow_up_ids}
    for f in due:
        view = v[f.patient_id]
        if (f.callback and f.due_date <= TODAY.isoformat() and not view.do_not_contact
                and view.status == "active"):
            assert f.id in listed
    keys = [(-e.priority, e.due_date) for e in entries]
    assert keys == sorted(keys)


def test_several_due_follow_ups_make_one_row_with_all_reasons() -> None:
    due = [fu(1, kind=Kind.POST_VISIT, due="2026-11-20"), fu(2, due="2026-11-22"),
           fu(3, kind=Kind.MISSED_APPOINTMENT), fu(4, due="2026-11-30")]
    (entry,) = build_queue(due, {}, TODAY, S)
    assert entry.follow_up_ids == ("f3", "f2", "f1")
    assert entry.reasons == ("reason 3", "reason 2", "reason 1")
    assert (entry.priority, entry.due_date) == (4, "2026-11-20")


def test_order_is_priority_then_most_overdue() -> None:
    due = [fu(1, "a", Kind.POST_VISIT, "2026-11-01"), fu(2, "b", Kind.MEDICINE_CHECK, "2026-11-22"),
           fu(3, "c", Kind.MEDICINE_CHECK, "2026-11-10"), fu(4, "d", Kind.CLINICIAN_CALLBACK)]
    assert [e.patient_id for e in build_queue(due, {}, TODAY, S)] == ["d", "c", "b", "a"]


def test_attempt_number_follows_the_attempts_so_far() -> None:
    (entry,) = build_queue([fu(1, attempts=2)], {}, TODAY, S)
    assert entry.attempt == 3
