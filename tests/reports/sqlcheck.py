"""Every figure of the engagement report as a direct SQL count, written from the words of
its definition and nothing else (plain ``sqlite3``, SQLite's own 'localtime' for the
clinic's days, one statement per figure, no shared code with ``clinic_app.db.reports``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

LIVE_CALL = "undone_at IS NULL AND deleted = 0"
BARRIERS = ("cost", "side_effects", "forgot", "unclear", "transport", "other")
REASONS = ("not_interested", "feels_fine", "cost", "side_effects", "distrust", "no_time",
           "other")


def pct(part: float, whole: float) -> float | None:
    return None if not whole else 100.0 * part / whole


def expected(path: Path, first: str, last: str, today: str, *, confirm_days: int = 90,
             staff: str | None = None, kind: str | None = None) -> dict[str, Any]:
    con = sqlite3.connect(path)
    p: dict[str, Any] = {"first": first, "last": last, "today": today, "staff": staff,
                         "kind": kind}

    def one(sql: str) -> Any:
        return con.execute(sql, p).fetchone()[0] or 0

    # a call "in the period": live, on a local day of the period, by the person, for the kind
    call = (f"c.{LIVE_CALL.replace(' AND ', ' AND c.')} AND date(c.at, 'localtime') "
            "BETWEEN :first AND :last")
    if staff:
        call += " AND c.by_user = :staff"
    if kind:
        call += (" AND c.follow_up_id IN (SELECT id FROM follow_ups WHERE kind = :kind)")
    fu = "f.deleted = 0 AND f.due_date BETWEEN :first AND :last"
    if kind:
        fu += " AND f.kind = :kind"
    if staff:
        fu += (" AND (f.assigned_to = :staff OR f.id IN (SELECT follow_up_id FROM "
               f"call_attempts WHERE by_user = :staff AND {LIVE_CALL}))")
    closed_day = "date(f.closed_at, 'localtime')"
    out: dict[str, Any] = {}
    out["due"] = one(f"SELECT count(*) FROM follow_ups f WHERE {fu}")
    out["done_on_time"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'done' AND "
        f"{closed_day} <= date(f.due_date, '+2 days')")
    out["done_late"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'done' AND "
        f"{closed_day} > date(f.due_date, '+2 days')")
    out["closed_unreached"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'cancelled'")
    out["overdue"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'open' AND "
        "f.due_date < :today")
    out["not_yet_due"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'open' AND "
        "f.due_date >= :today")
    out["done_on_time_share"] = pct(out["done_on_time"], out["due"])
    out["called_follow_ups"] = one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.attempt_count >= 1")
    out["first_attempt_reach"] = pct(one(
        f"SELECT count(*) FROM follow_ups f WHERE {fu} AND f.status = 'done' AND "
        "f.attempt_count = 1"), out["called_follow_ups"])

    out["patients_called"] = one(f"SELECT count(DISTINCT patient_id) FROM call_attempts c "
                                 f"WHERE {call}")
    out["patients_reached"] = one(f"SELECT count(DISTINCT patient_id) FROM call_attempts c "
                                  f"WHERE {call} AND outcome = 'reached'")
    out["reach_rate"] = pct(out["patients_reached"], out["patients_called"])
    reached = f"FROM call_attempts c WHERE {call} AND outcome = 'reached'"
    out["conversations"] = one(f"SELECT count(*) {reached}")
    out["meds_answered"] = one(f"SELECT count(taking_medicines) {reached}")
    for a in ("yes", "some", "no"):
        out[f"meds_{a}"] = pct(one(f"SELECT count(*) {reached} AND taking_medicines = '{a}'"),
                               out["meds_answered"])
    out["feel_answered"] = one(f"SELECT count(feeling) {reached}")
    for a in ("better", "same", "worse"):
        out[f"feel_{a}"] = pct(one(f"SELECT count(*) {reached} AND feeling = '{a}'"),
                               out["feel_answered"])
    for b in BARRIERS:
        out[f"barrier_{b}"] = one(
            f"SELECT count(*) {reached} AND EXISTS (SELECT 1 FROM json_each(c.barriers) j "
            f"WHERE j.value = '{b}')")
    for r in REASONS:
        out[f"decline_{r}"] = one(f"SELECT count(*) FROM call_attempts c WHERE {call} AND "
                                  f"outcome = 'declined' AND decline_reason = '{r}'")
    earlier_no = (f"EXISTS (SELECT 1 FROM call_attempts d WHERE d.patient_id = c.patient_id "
                  f"AND d.outcome = 'declined' AND d.{LIVE_CALL.replace(' AND ', ' AND d.')} "
                  "AND d.at < c.at)")
    no_before_period = (
        "NOT EXISTS (SELECT 1 FROM call_attempts d WHERE d.patient_id = c.patient_id AND "
        f"d.outcome = 'declined' AND d.{LIVE_CALL.replace(' AND ', ' AND d.')} AND "
        "date(d.at, 'localtime') < :first)")
    out["new_decliners"] = one(
        f"SELECT count(DISTINCT patient_id) FROM call_attempts c WHERE {call} AND "
        f"outcome = 'declined' AND {no_before_period}")
    out["re_approached"] = one(f"SELECT count(DISTINCT patient_id) FROM call_attempts c "
                               f"WHERE {call} AND {earlier_no}")
    out["re_engaged"] = one(f"SELECT count(DISTINCT patient_id) FROM call_attempts c "
                            f"WHERE {call} AND outcome = 'reached' AND {earlier_no}")
    out["wrong_numbers"] = one(f"SELECT count(DISTINCT patient_id) FROM call_attempts c "
                               f"WHERE {call} AND outcome = 'wrong_number'")
    made = "f.deleted = 0 AND date(f.created_at, 'localtime') BETWEEN :first AND :last"
    by = (" AND f.source_id IN (SELECT id FROM call_attempts WHERE by_user = :staff)"
          if staff else "")
    out["newly_unreachable"] = one(f"SELECT count(DISTINCT patient_id) FROM follow_ups f "
                                   f"WHERE {made} AND f.rule = 'unreachable'{by}")
    out["callbacks_requested"] = one(f"SELECT count(*) FROM follow_ups f WHERE {made} AND "
                                     f"f.kind = 'clinician_callback'{by}")
    out["callbacks_done"] = one(f"SELECT count(*) FROM follow_ups f WHERE {made} AND "
                                f"f.kind = 'clinician_callback' AND f.status = 'done'{by}")

    end = dt.date.fromisoformat(last)
    p["from"] = (end - dt.timedelta(days=confirm_days)).isoformat()
    active = ("deleted = 0 AND status = 'active' AND date(created_at, 'localtime') <= :last")
    n_active = one(f"SELECT count(*) FROM patients WHERE {active}")
    current = one(f"SELECT count(*) FROM patients WHERE {active} AND "
                  "substr(phone_confirmed_at, 1, 10) BETWEEN :from AND :last")
    out["contacts_confirmed"] = one(f"SELECT count(*) FROM patients WHERE {active} AND "
                                    "substr(phone_confirmed_at, 1, 10) BETWEEN :first AND :last")
    out["contacts_current_share"] = pct(current, n_active)
    out["contacts_stale"] = n_active - current

    appt = "a.deleted = 0 AND substr(a.starts_at, 1, 10) BETWEEN :first AND :last"
    out["appointments_attended"] = one(f"SELECT count(*) FROM appointments a WHERE {appt} "
                                       "AND a.status = 'attended'")
    out["appointments_missed"] = one(f"SELECT count(*) FROM appointments a WHERE {appt} "
                                     "AND a.status = 'missed'")
    out["no_show_rate"] = pct(out["appointments_missed"],
                              out["appointments_missed"] + out["appointments_attended"])
    recall = ("a.id IN (SELECT source_id FROM follow_ups WHERE rule = 'missed_appointment' "
              "AND status = 'done' AND deleted = 0)")
    out["recalled"] = one(f"SELECT count(*) FROM appointments a WHERE {appt} AND "
                          f"a.status = 'missed' AND {recall}")
    out["recalled_attended"] = one(
        f"SELECT count(*) FROM appointments a WHERE {appt} AND a.status = 'missed' AND "
        f"{recall} AND a.patient_id IN (SELECT patient_id FROM appointments l WHERE "
        "l.deleted = 0 AND l.status = 'attended' AND l.starts_at > a.starts_at)")
    con.close()
    return out
