"""Every figure of the engagement report: worked out by hand on a small clinic, and held
to a direct SQL count (``sqlcheck.py``) on that clinic and on a seeded demo clinic, for
both periods and with each filter.

The small clinic's October 2026 (previous period: 31 August - 30 September):
- Registered 1 Sep: A B C D E F H J (phones confirmed that day); I on 1 May (confirmed
  again 20 Oct); G on 10 Nov (after October); J moved away on 2 Sep.
- F's medicine check (due 8 Sep): Grace, 8 Sep, declined (distrust) -> a re-approach due
  8 Oct, which Daniel makes on 8 Oct: reached (yes, better). F is re-approached and
  re-engaged in October; a new decliner in September.
- A's medicine check (due 1 Oct): Grace, 1 Oct, reached (yes, better).
- B's medicine check (due 3 Oct): Grace, no answer on 3 Oct (moved to 4 Oct), reached on
  4 Oct (some; cost and transport; same).
- C's check-in (due 4 Oct): Daniel, 7 Oct at 00:30, reached (no; forgot; worse): late
  by half an hour. C asks for a clinician -> a call-back task due 7 Oct, done by Daniel on
  9 Oct at 23:00: on time by an hour.
- D's medicine check (due 12 Oct): Daniel, 12 Oct, declined (cost).
- E's medicine check (due 27 Oct): Grace, 'busy' on 26 Oct undone at once; 'wrong number'
  on 27 Oct -> a contact-update task due 27 Oct, never done (overdue).
- Appointments: H missed 10 Sep (recall never called); A attended 15 Oct; B missed 16 Oct,
  recall reached by Daniel on 19 Oct, attended 22 Oct.
"""

from __future__ import annotations

import datetime as dt

import pytest
from reporthelp import NOW
from sqlcheck import expected

from clinic_app.reports.engagement import FIGURES, Period

OCTOBER = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SEPTEMBER = Period(dt.date(2026, 8, 31), dt.date(2026, 9, 30))  # the 31 days before

BY_HAND_OCTOBER = {
    "due": 9, "done_on_time": 5, "done_late": 1, "closed_unreached": 2, "overdue": 1,
    "not_yet_due": 0, "done_on_time_share": 500 / 9, "called_follow_ups": 8,
    "first_attempt_reach": 62.5,
    "patients_called": 6, "patients_reached": 4, "reach_rate": 400 / 6,
    "conversations": 6, "meds_answered": 4, "meds_yes": 50.0, "meds_some": 25.0,
    "meds_no": 25.0, "feel_answered": 4, "feel_better": 50.0, "feel_same": 25.0,
    "feel_worse": 25.0, "barrier_cost": 1, "barrier_transport": 1, "barrier_forgot": 1,
    "barrier_side_effects": 0, "barrier_unclear": 0, "barrier_other": 0,
    "new_decliners": 1, "re_approached": 1, "re_engaged": 1, "decline_cost": 1,
    "decline_distrust": 0, "newly_unreachable": 0, "wrong_numbers": 1,
    "contacts_confirmed": 1, "contacts_current_share": 100.0, "contacts_stale": 0,
    "appointments_attended": 2, "appointments_missed": 1, "no_show_rate": 100 / 3,
    "recalled": 1, "recalled_attended": 1, "callbacks_requested": 1, "callbacks_done": 1,
}
BY_HAND_SEPTEMBER = {
    "due": 2, "done_on_time": 0, "closed_unreached": 1, "overdue": 1,
    "done_on_time_share": 0.0, "called_follow_ups": 1, "first_attempt_reach": 0.0,
    "patients_called": 1, "patients_reached": 0, "reach_rate": 0.0, "conversations": 0,
    "meds_yes": None, "feel_better": None, "new_decliners": 1, "decline_distrust": 1,
    "decline_cost": 0, "re_approached": 0, "re_engaged": 0, "wrong_numbers": 0,
    # I's confirmation of 20 Oct replaced the one before: September reads it as stale
    "contacts_confirmed": 7, "contacts_current_share": 87.5, "contacts_stale": 1,
    "appointments_attended": 0, "appointments_missed": 1, "no_show_rate": 100.0,
    "recalled": 0, "recalled_attended": 0, "callbacks_requested": 0,
}


def same(value: float | None, wanted: float | None) -> bool:
    if value is None or wanted is None:
        return value is wanted
    return value == pytest.approx(wanted)


def test_october_by_hand_and_september_beside_it(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER)
    assert report.previous == SEPTEMBER
    wrong = {k: (report.value(k), v) for k, v in BY_HAND_OCTOBER.items()
             if not same(report.value(k), v)}
    wrong |= {f"previous {k}": (report.value(k, previous=True), v)
              for k, v in BY_HAND_SEPTEMBER.items()
              if not same(report.value(k, previous=True), v)}
    assert not wrong
    assert report.row("reach_rate").verdict == "better"
    assert report.row("appointments_missed").verdict == ""  # 1 against 1
    assert report.row("new_decliners").change == 0
    assert report.row("meds_yes").change is None  # nobody was asked in September


def test_every_figure_equals_its_direct_sql_count(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER)
    for period, previous in ((OCTOBER, False), (SEPTEMBER, True)):
        sql = expected(clinic.path, period.first.isoformat(), period.last.isoformat(),
                       NOW.date().isoformat())
        assert set(sql) == {f.key for f in FIGURES}
        wrong = {k: (report.value(k, previous=previous), v) for k, v in sql.items()
                 if not same(report.value(k, previous=previous), v)}
        assert not wrong, period


@pytest.mark.parametrize(("staff", "kind", "hand"), [
    ("grace", None, {"due": 3, "done_on_time": 2, "closed_unreached": 1,
                     "patients_called": 3, "patients_reached": 2, "conversations": 2,
                     "meds_yes": 50.0, "new_decliners": 0, "wrong_numbers": 1,
                     "callbacks_requested": 0, "appointments_attended": 2}),
    (None, "medicine_check", {"due": 4, "done_on_time": 2, "closed_unreached": 2,
                              "patients_called": 4, "patients_reached": 2,
                              "new_decliners": 1, "decline_cost": 1, "re_engaged": 0,
                              "contacts_stale": 0}),
    ("daniel", "post_visit", {"due": 1, "done_late": 1, "patients_called": 1,
                              "meds_no": 100.0, "barrier_forgot": 1,
                              "callbacks_requested": 1}),
])
def test_filters_by_hand_and_by_sql(clinic, october, staff, kind, hand) -> None:
    report = clinic.reports.engagement(OCTOBER, staff=staff, kind=kind)
    assert {k: report.value(k) for k in hand} == pytest.approx(hand)
    sql = expected(clinic.path, "2026-10-01", "2026-10-31", NOW.date().isoformat(),
                   staff=staff, kind=kind)
    for f in FIGURES:
        if ("kind" in f.filters or not kind) and ("staff" in f.filters or not staff):
            assert same(report.value(f.key), sql[f.key]), f.key
    # a figure a filter does not apply to is the whole clinic's, and says so
    row = report.row("appointments_attended")
    assert row.current == 2 and row.ignored == {n for n, v in (("staff", staff),
                                                              ("kind", kind)) if v}


def test_a_report_of_nothing_has_blank_shares_not_zeros(clinic) -> None:
    report = clinic.reports.engagement(OCTOBER)
    assert report.value("due") == 0 and report.value("patients_called") == 0
    for key in ("reach_rate", "done_on_time_share", "meds_yes", "no_show_rate",
                "contacts_current_share", "first_attempt_reach"):
        assert report.value(key) is None and report.row(key).change is None


@pytest.mark.parametrize("period", [
    Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)),  # last month
    Period(dt.date(2026, 11, 16), dt.date(2026, 11, 23)),  # up to today
    Period(dt.date(2026, 6, 1), dt.date(2026, 8, 31)),  # a quarter (30-day trend points)
    Period(dt.date(2025, 11, 24), dt.date(2026, 11, 23)),  # a year
])
def test_demo_clinic_figures_equal_direct_sql(demo, period) -> None:
    report = demo.reports.engagement(period)
    assert report.value("patients_called") or period.first.year == 2025
    for p, previous in ((period, False), (report.previous, True)):
        sql = expected(demo.path, p.first.isoformat(), p.last.isoformat(),
                       NOW.date().isoformat(), confirm_days=int(
                           demo.settings.get("phone_confirm_days")))
        wrong = {k: (report.value(k, previous=previous), v) for k, v in sql.items()
                 if not same(report.value(k, previous=previous), v)}
        assert not wrong, (p, previous)


@pytest.mark.parametrize(("staff", "kind"), [("grace", None), (None, "post_visit"),
                                             ("amina", "missed_appointment")])
def test_demo_clinic_filtered_figures_equal_direct_sql(demo, staff, kind) -> None:
    report = demo.reports.engagement(OCTOBER, staff=staff, kind=kind)
    sql = expected(demo.path, "2026-10-01", "2026-10-31", NOW.date().isoformat(),
                   staff=staff, kind=kind)
    assert report.value("patients_called")
    for f in FIGURES:
        if ("kind" in f.filters or not kind) and ("staff" in f.filters or not staff):
            assert same(report.value(f.key), sql[f.key]), f.key


def test_trend_points_add_up_to_the_period(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER)
    t = report.trend
    assert t.size_days == 7 and len(t.on_time_now) == 5  # 31 days: 4 weeks and 3 days
    # week 1 (1-7 Oct): A, B and C's call-back on time; C's check-in late -> 3 of 4
    assert t.on_time_now[0] == 75.0
    # calls that reached, week 1: A, B (and B's unanswered try), C -> 3 of 4
    assert t.reach_now[0] == 75.0
    assert t.on_time_before[1] == 0.0 and t.on_time_before[0] is None


def test_an_undone_call_stops_counting_at_once(clinic, october) -> None:
    before = clinic.reports.engagement(OCTOBER).value("patients_called")
    clinic.db.query("UPDATE call_attempts SET undone_at = '2026-11-01T00:00:00.000Z' "
                    "WHERE outcome = 'wrong_number'")
    after = clinic.reports.engagement(OCTOBER)
    assert after.value("patients_called") == before - 1
    assert after.value("wrong_numbers") == 0
