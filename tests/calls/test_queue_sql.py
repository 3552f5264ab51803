"""The day's queue is read in SQL; ``domain.followups.build_queue`` is its specification.

Hypothesis builds real clinic files (patients with do-not-contact and status flags, open
and closed follow-ups, call attempts that reached or not, some undone, decliners waiting)
and the queue the service reads must be the one the pure rules build from the same rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.followups import Kind, build_queue
from clinic_app.services.clinic import Clinic
from tests.calls.callhelp import TODAY, add_follow_up

PATIENTS = 4
_ids = itertools.count()

patient_flags = st.tuples(st.booleans(), st.sampled_from(["active", "active", "moved"]),
                          st.sampled_from(["en", "es"]))
follow_up = st.tuples(st.integers(0, PATIENTS - 1), st.sampled_from(list(Kind)),
                      st.integers(-20, 40), st.integers(1, 4), st.booleans(),
                      st.sampled_from(["open", "open", "open", "done"]), st.integers(0, 3),
                      st.sampled_from([None, "amina", "daniel"]))
attempt = st.tuples(st.integers(0, PATIENTS - 1),
                    st.sampled_from(["reached", "left_message", "no_answer", "busy"]),
                    st.integers(-8, 2), st.integers(0, 23), st.booleans())


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Clinic:
    clinic = Clinic(tmp_path_factory.mktemp("q") / "queue.sqlite3",
                    clock=FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)))
    clinic.settings.update({"country": "KE", "site_prefix": "KIB"})
    yield clinic
    clinic.close()


class _Sql:
    def __init__(self, clinic: Clinic) -> None:
        self.db = clinic.db

    def execute(self, sql: str, args: tuple = ()) -> None:
        with self.db.transaction() as conn:
            conn.execute(sql, args)


def _fill(clinic: Clinic, flags: list, items: list, attempts: list) -> list[str]:
    db = _Sql(clinic)
    db.execute("UPDATE follow_ups SET deleted = 1")  # earlier examples drop out
    pids = []
    for dnc, status, language in flags:
        p = clinic.patients.register({"given_name": f"P{next(_ids)}", "family_name": "Test"},
                                     confirmed_new=True)
        db.execute("UPDATE patients SET do_not_contact = ?, status = ?, preferred_language = ? "
                   "WHERE id = ?", (int(dnc), status, language, p.id))
        pids.append(p.id or "")
    for who, kind, due, priority, callback, status, tries, assigned in items:
        fid = add_follow_up(clinic, pids[who], kind,
                            (TODAY + dt.timedelta(days=due)).isoformat(), callback=callback)
        db.execute("UPDATE follow_ups SET priority = ?, status = ?, attempt_count = ?, "
                   "assigned_to = ? WHERE id = ?", (priority, status, tries, assigned, fid))
    for who, outcome, day, hour, undone in attempts:
        when = dt.datetime.combine(TODAY + dt.timedelta(days=day), dt.time(hour),
                                   dt.UTC).isoformat().replace("+00:00", "Z")
        n = next(_ids)
        db.execute("INSERT INTO call_attempts (id, patient_id, at, outcome, undone_at, "
                   "created_at, updated_at, hlc, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (f"call-{n}", pids[who], when, outcome, when if undone else None, when,
                    when, f"hlc-{n}", "test"))
    return pids


def _expected(clinic: Clinic, day: dt.date, kind: str | None, assigned_to: str | None,
              language: str | None) -> list[tuple]:
    repo = clinic.calls.repo
    due = repo.open_due(day.isoformat())
    if kind:
        due = [f for f in due if f.kind == kind]
    if assigned_to:
        due = [f for f in due if f.assigned_to in (None, assigned_to)]
    views = repo.caller_views(sorted({f.patient_id for f in due}))
    entries = build_queue(due, views, day, clinic.calls.rule_settings())
    if language:
        langs = {p.id: p.preferred_language for p in
                 clinic.calls.patients.get_many([e.patient_id for e in entries])}
        entries = [e for e in entries if langs[e.patient_id] == language]
    return [_key(e) for e in entries]


def _holds(clinic: Clinic, rebuilt: bool = False) -> set[tuple]:
    from clinic_app.db.followups import REBUILD_CALL_HOLDS

    with clinic.db.transaction() as conn:
        if rebuilt:
            for statement in REBUILD_CALL_HOLDS:
                conn.execute(statement)
        rows = conn.execute("SELECT patient_id, blocked, contacted_on, hold_until "
                            "FROM call_holds").fetchall()
    # a row that holds nothing back is the same as no row
    return {tuple(r) for r in rows if r[1] or r[2] or r[3]}


def _key(e: object) -> tuple:
    return (e.patient_id, frozenset(e.follow_up_ids), e.priority,  # type: ignore[attr-defined]
            e.due_date, e.attempt, e.callback)  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(patient_flags, min_size=PATIENTS, max_size=PATIENTS),
       st.lists(follow_up, max_size=14), st.lists(attempt, max_size=8),
       st.sampled_from([None, "medicine_check", "re_engagement", "clinician_callback"]),
       st.sampled_from([None, "amina"]), st.sampled_from([None, "es"]), st.integers(-2, 3))
def test_sql_queue_is_the_pure_rules_queue(shared: Clinic, flags: list, items: list,
                                            attempts: list, kind: str | None,
                                            assigned_to: str | None, language: str | None,
                                            offset: int) -> None:
    _fill(shared, flags, items, attempts)
    day = TODAY + dt.timedelta(days=offset)
    got = shared.calls.queue(day, kind=kind, assigned_to=assigned_to, language=language)
    expected = _expected(shared, day, kind, assigned_to, language)
    assert [_key(r.entry) for r in got] == expected
    # what the triggers keep in call_holds is what rebuilding it from scratch gives
    assert _holds(shared) == _holds(shared, rebuilt=True)
    # the screen's page-by-page read gives the same rows as the whole read
    q = shared.calls.day_queue(day, kind=kind, assigned_to=assigned_to, language=language)
    paged = [r for start in range(0, len(q), 2) for r in shared.calls.rows(q, start, start + 2)]
    assert [r.entry for r in paged] == [r.entry for r in got]
    # the details come in the order they are read out: most urgent first
    for r in got:
        by_id = {f.id: f for f in shared.calls.repo.get(r.entry.follow_up_ids)}
        order = [(-by_id[i].priority, by_id[i].due_date) for i in r.entry.follow_up_ids]
        assert order == sorted(order)


def test_counts_split_today_overdue_and_callbacks(tmp_path: Path) -> None:
    clinic = Clinic(tmp_path / "c.sqlite3",
                    clock=FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)))
    clinic.settings.update({"country": "KE", "site_prefix": "KIB"})
    pids = _fill(clinic, [(False, "active", "en")] * 3, [
        (0, Kind.MEDICINE_CHECK, 0, 3, False, "open", 0, None),
        (1, Kind.POST_VISIT, -2, 2, False, "open", 0, None),
        (2, Kind.CLINICIAN_CALLBACK, -1, 4, True, "open", 0, None),
        (2, Kind.MEDICINE_CHECK, 5, 3, False, "open", 0, None),  # not due yet
    ], [])
    q = clinic.calls.day_queue()
    assert q.counts() == {"due_today": 1, "overdue": 2, "callbacks": 1}
    assert q.patient_ids == [pids[2], pids[0], pids[1]]
    assert q.find(pids[1]) == 2 and q.find("nobody") == -1
    clinic.close()


@pytest.mark.parametrize(("days_ago", "callable_"), [(3, True), (2, False), (0, False)])
def test_fatigue_window_edge(shared: Clinic, days_ago: int, callable_: bool) -> None:
    """Reached three days ago (the default window): callable again; two days ago: not."""
    pids = _fill(shared, [(False, "active", "en")] * 2,
                 [(0, Kind.MEDICINE_CHECK, -1, 3, False, "open", 0, None),
                  (1, Kind.MEDICINE_CHECK, -1, 3, False, "open", 0, None)],
                 [(0, "reached", -days_ago, 23, False), (1, "reached", -days_ago, 0, True)])
    got = [r.entry.patient_id for r in shared.calls.queue(TODAY)]
    assert (pids[0] in got) is callable_
    assert pids[1] in got  # an undone call does not count
    assert [_key(r.entry) for r in shared.calls.queue(TODAY)] == \
        _expected(shared, TODAY, None, None, None)


def test_hold_ends_when_the_first_re_engagement_falls_due(shared: Clinic) -> None:
    pids = _fill(shared, [(False, "active", "en")] * 2, [
        (0, Kind.RE_ENGAGEMENT, 0, 1, False, "open", 0, None),
        (0, Kind.RE_ENGAGEMENT, 60, 1, False, "open", 0, None),
        (0, Kind.MEDICINE_CHECK, -1, 3, False, "open", 0, None),
        (1, Kind.RE_ENGAGEMENT, 10, 1, False, "open", 0, None),  # held until then
        (1, Kind.MEDICINE_CHECK, -1, 3, False, "open", 0, None),
        (1, Kind.CLINICIAN_CALLBACK, -1, 4, True, "open", 0, None),  # they asked for it
    ], [])
    rows = {r.entry.patient_id: r.entry for r in shared.calls.queue(TODAY)}
    assert set(rows[pids[0]].kinds) == {Kind.RE_ENGAGEMENT, Kind.MEDICINE_CHECK}
    assert rows[pids[1]].kinds == (Kind.CLINICIAN_CALLBACK,)
    assert [_key(e) for e in rows.values()] == \
        sorted(_expected(shared, TODAY, None, None, None), key=lambda k: list(rows).index(k[0]))


def test_a_demo_clinics_queue_is_in_the_pure_rules_order(tmp_path: Path) -> None:
    """Thousands of patients with the demo's history: the same people in the same order."""
    import random

    from clinic_app.services import demo

    demo_clinic = Clinic(tmp_path / "big.sqlite3", rng=random.Random(3),
                         clock=FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)))
    demo.generate(demo_clinic, 4000, seed=9, care_plans=False)
    sizes = []
    for offset in (-5, 0, 3, 10, 30):
        day = TODAY + dt.timedelta(days=offset)
        got = demo_clinic.calls.day_queue(day).patient_ids
        assert got == [k[0] for k in _expected(demo_clinic, day, None, None, None)]
        sizes.append(len(got))
    assert max(sizes) >= 30, sizes
    demo_clinic.close()
