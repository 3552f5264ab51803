"""The engagement report's counts: a few aggregate statements per period.

Each raw count here is one figure of ``clinic_app.reports.engagement`` (its definition is
there, in words) or the denominator of a share. Times are compared as UTC text bounds of
the period's local days; dates (due dates, appointment days, phone confirmations) are
local already. Migration 0008 adds the covering indexes these read (a month of the
1,000,000-patient benchmark clinic in well under a second).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.domain.clock import iso_utc
from clinic_app.domain.followups import Barrier, DeclineReason

_LIVE = "{a}.undone_at IS NULL AND {a}.deleted = 0"
#: closed before local midnight ending the day ``on_time_days`` after the due date
_ON_TIME = "julianday(f.closed_at) + :offset < julianday(f.due_date) + :on_time"


def utc_midnight(day: dt.date) -> str:
    """The UTC stamp of the clinic's local midnight starting ``day``."""
    return iso_utc(dt.datetime.combine(day, dt.time()).astimezone())


@dataclass(frozen=True)
class Bounds:
    """One period for the queries: local days ``first``..``last`` and their UTC bounds."""

    first: dt.date
    last: dt.date
    today: dt.date
    confirm_days: int
    on_time_days: int = 2

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def params(self) -> dict[str, Any]:
        after = self.last + dt.timedelta(days=1)
        # the local UTC offset of the period's first day (a daylight-saving change inside
        # the period moves the day boundary of a few stamps by an hour)
        offset = dt.datetime.combine(self.first, dt.time()).astimezone().utcoffset()
        return {"first": self.first.isoformat(), "last": self.last.isoformat(),
                "after": after.isoformat(), "start": utc_midnight(self.first),
                "end": utc_midnight(after), "today": self.today.isoformat(),
                "confirm_from": (self.last - dt.timedelta(days=self.confirm_days)).isoformat(),
                "on_time": self.on_time_days + 1,
                "offset": (offset or dt.timedelta()).total_seconds() / 86400}


def _calls_where(staff: str | None, kind: str | None) -> str:
    where = [_LIVE.format(a="c"), "c.at >= :start", "c.at < :end"]
    if staff:
        where.append("c.by_user = :staff")
    if kind:
        where.append("EXISTS (SELECT 1 FROM follow_ups k WHERE k.id = c.follow_up_id "
                     "AND k.kind = :kind)")
    return " AND ".join(where)


def _follow_ups_where(staff: str | None, kind: str | None) -> str:
    where = ["f.deleted = 0", "f.due_date >= :first", "f.due_date <= :last"]
    if kind:
        where.append("f.kind = :kind")
    if staff:
        where.append("(f.assigned_to = :staff OR EXISTS (SELECT 1 FROM call_attempts s WHERE "
                     f"s.follow_up_id = f.id AND s.by_user = :staff AND {_LIVE.format(a='s')}))")
    return " AND ".join(where)


#: (calls, calls that reached, follow-ups due, done on time) in one trend bucket
TrendRow = tuple[int, int, int, int]
_DECLINED = ("call_attempts d INDEXED BY call_attempts_declined WHERE d.outcome = 'declined' "
             "AND d.undone_at IS NULL AND d.deleted = 0")


class EngagementQueries:
    """Raw counts for the engagement report. Calls are read through one covering index
    (``call_attempts_report``), each pass aggregating only what it needs; follow-ups due
    through ``follow_ups_report_due`` a day at a time in index order; contact
    confirmations as a few ranges of ``patients_report_confirmed`` shared by the periods.
    A month of the benchmark's large clinic makes no table look-ups but the appointments'."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def _one(self, sql: str, args: dict[str, Any]) -> tuple[int, ...]:
        row = self.db.query(sql, args)[0]
        return tuple(int(v or 0) for v in row)

    def periods(self, periods: list[Bounds], size_days: int, staff: str | None = None,
                kind: str | None = None) -> list[tuple[dict[str, int], list[TrendRow]]]:
        """Each period's raw counts and its trend rows (buckets of ``size_days`` days).

        The periods after the first are counted at the same time on a second thread (its
        own connection, kept warm between reports): a PC has two cores, and the previous
        period costs as much as the current one."""
        later = [self._pool().submit(self.counts, b, size_days, staff, kind, contacts={})
                 for b in periods[1:]]
        contacts = self.contacts(periods)
        results = [self.counts(periods[0], size_days, staff, kind, contacts={})]
        results += [f.result() for f in later]
        for (raw, _), c in zip(results, contacts, strict=True):
            raw.update(c)
        return results

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="report")
            return self._executor

    def counts(self, b: Bounds, size_days: int, staff: str | None = None,
               kind: str | None = None, *, contacts: dict[str, int] | None = None,
               ) -> tuple[dict[str, int], list[TrendRow]]:
        """Every raw count of the report for one period, and its trend rows."""
        args = {**b.params(), "staff": staff, "kind": kind}
        out: dict[str, int] = dict.fromkeys(
            ("due", "done_on_time", "done_late", "closed_unreached", "overdue",
             "not_yet_due", "called_follow_ups", "first_reached"), 0)
        starts = [b.first + dt.timedelta(days=d) for d in range(0, b.days, size_days)]
        trend = [[0, 0, 0, 0] for _ in starts]
        calls = _calls_where(staff, kind)
        index = "call_attempts c INDEXED BY call_attempts_report"

        # a row a day, status and number of attempts, in index order (no sort)
        for day, status, attempts, n, on_time in self.db.query(
                "SELECT f.due_date, f.status, f.attempt_count, count(*), "
                f"sum(CASE WHEN f.status = 'done' THEN {_ON_TIME} END) "
                "FROM follow_ups f INDEXED BY follow_ups_report_due "
                f"WHERE {_follow_ups_where(staff, kind)} "
                "GROUP BY f.due_date, f.status, f.attempt_count", args):
            n, on_time = int(n), int(on_time or 0)
            out["due"] += n
            if status == "done":
                out["done_on_time"] += on_time
                out["done_late"] += n - on_time
                out["first_reached"] += n if attempts == 1 else 0
            elif status == "cancelled":
                out["closed_unreached"] += n
            else:
                out["overdue" if day < args["today"] else "not_yet_due"] += n
            out["called_follow_ups"] += n if (attempts or 0) > 0 else 0
            bucket = trend[min(max(_days_between(b.first, day) // size_days, 0),
                               len(trend) - 1)]
            bucket[2] += n
            bucket[3] += on_time

        # calls a bucket at a time: index ranges, nothing to sort
        for i, first in enumerate(starts):
            last = min(first + dt.timedelta(days=size_days), b.last + dt.timedelta(days=1))
            n, reached = self._one(
                f"SELECT count(*), sum(c.outcome = 'reached') FROM {index} WHERE "
                f"{calls.replace(':start', ':b_start').replace(':end', ':b_end')}",
                {**args, "b_start": utc_midnight(first), "b_end": utc_midnight(last)})
            trend[i][:2] = [n, reached]

        (out["conversations"], out["meds_answered"], out["meds_yes"], out["meds_some"],
         out["meds_no"], out["feel_answered"], out["feel_better"], out["feel_same"],
         out["feel_worse"]) = self._one(
            "SELECT count(*), sum(c.taking_medicines IS NOT NULL), "
            "sum(c.taking_medicines = 'yes'), sum(c.taking_medicines = 'some'), "
            "sum(c.taking_medicines = 'no'), sum(c.feeling IS NOT NULL), "
            "sum(c.feeling = 'better'), sum(c.feeling = 'same'), sum(c.feeling = 'worse') "
            f"FROM {index} WHERE {calls} AND c.outcome = 'reached'", args)

        named: Counter[str] = Counter()
        for text, n in self.db.query(
                f"SELECT c.barriers, count(*) FROM {index} WHERE {calls} AND "
                "c.outcome = 'reached' AND c.barriers != '[]' GROUP BY c.barriers", args):
            for barrier in _json_list(text):
                named[barrier] += int(n)
        for barrier in Barrier:
            out[f"barrier_{barrier.value}"] = named[barrier.value]
        reasons = dict(self.db.query(
            f"SELECT c.decline_reason, count(*) FROM {index} WHERE {calls} AND "
            "c.outcome = 'declined' GROUP BY c.decline_reason", args))
        for reason in DeclineReason:
            out[f"decline_{reason.value}"] = int(reasons.get(reason.value, 0))

        # per patient called: reached (when last), a wrong number, their last call, a 'no'
        # in the period; beside their first 'no' ever (decliners only, from a small index)
        (out["patients_called"], out["patients_reached"], out["wrong_numbers"],
         out["re_approached"], out["re_engaged"], out["new_decliners"]) = self._one(
            "WITH g AS (SELECT c.patient_id AS pid, max(CASE WHEN c.outcome = 'reached' "
            "THEN c.at END) AS reached, max(c.outcome = 'wrong_number') AS wrong, "
            "max(c.at) AS last_call, max(c.outcome = 'declined') AS said_no "
            f"FROM {index} WHERE {calls} GROUP BY c.patient_id), "
            "n AS (SELECT d.patient_id AS pid, min(d.at) AS first_no "
            f"FROM {_DECLINED} GROUP BY d.patient_id) "
            "SELECT count(*), sum(g.reached IS NOT NULL), sum(g.wrong), "
            "sum(n.first_no < g.last_call), sum(n.first_no < g.reached), "
            "sum(g.said_no AND n.first_no >= :start) FROM g LEFT JOIN n ON n.pid = g.pid",
            args)

        by_staff = ("AND EXISTS (SELECT 1 FROM call_attempts s WHERE s.id = f.source_id AND "
                    "s.by_user = :staff)") if staff else ""
        out["newly_unreachable"], = self._one(
            "SELECT count(DISTINCT f.patient_id) FROM follow_ups f WHERE f.rule = "
            "'unreachable' AND f.source_id IS NOT NULL AND f.deleted = 0 AND "
            f"f.created_at >= :start AND f.created_at < :end {by_staff}", args)
        out["callbacks_requested"], out["callbacks_done"] = self._one(
            "SELECT count(*), sum(f.status = 'done') FROM follow_ups f WHERE f.rule = "
            "'clinician_callback' AND f.source_id IS NOT NULL AND f.kind = "
            "'clinician_callback' AND f.deleted = 0 AND f.created_at >= :start AND "
            f"f.created_at < :end {by_staff}", args)

        if contacts is None:
            contacts = self.contacts([b])[0]
        out.update(contacts)

        appointments = ("FROM appointments a INDEXED BY appointments_report WHERE "
                        "a.deleted = 0 AND a.starts_at >= :first AND a.starts_at < :after")
        out["appointments_attended"], out["appointments_missed"] = self._one(
            f"SELECT sum(a.status = 'attended'), sum(a.status = 'missed') {appointments}",
            args)
        out["recalled"], out["recalled_attended"] = self._one(
            "SELECT count(*), sum(EXISTS (SELECT 1 FROM appointments l WHERE "
            "l.patient_id = a.patient_id AND l.deleted = 0 AND l.status = 'attended' AND "
            f"l.starts_at > a.starts_at)) {appointments} AND a.status = 'missed' AND "
            "EXISTS (SELECT 1 FROM follow_ups r WHERE r.rule = 'missed_appointment' AND "
            "r.source_id = a.id AND r.status = 'done' AND r.deleted = 0)", args)
        return out, [(a, r, d, o) for a, r, d, o in trend]

    def contacts(self, periods: list[Bounds]) -> list[dict[str, int]]:
        """Per period: active patients registered by its end, how many of them had their
        phone confirmed within the setting (current) and during the period. Read as the
        active patients now less those registered after the period (a short range of one
        index), and counts of confirmation dates over the pieces the periods' date ranges
        cut the calendar into (overlapping windows are read once)."""
        active_now, = self._one(
            "SELECT count(*) FROM patients INDEXED BY patients_report_confirmed "
            "WHERE deleted = 0 AND status = 'active'", {})
        ranges: dict[tuple[int, str], tuple[str, str]] = {}
        for i, b in enumerate(periods):
            p = b.params()
            ranges[(i, "current")] = (p["confirm_from"], p["after"])
            ranges[(i, "confirmed")] = (p["first"], p["after"])
        cuts = sorted({x for lo_hi in ranges.values() for x in lo_hi})
        piece: dict[tuple[str, str], int] = {}
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            if any(a <= lo and hi <= z for a, z in ranges.values()):
                piece[(lo, hi)], = self._one(
                    "SELECT count(*) FROM patients INDEXED BY patients_report_confirmed "
                    "WHERE deleted = 0 AND status = 'active' AND phone_confirmed_at >= :lo "
                    "AND phone_confirmed_at < :hi", {"lo": lo, "hi": hi})
        out = []
        for i, b in enumerate(periods):
            args = b.params()
            later, later_current, later_confirmed = self._one(
                "SELECT count(*), sum(phone_confirmed_at >= :confirm_from AND "
                "phone_confirmed_at < :after), sum(phone_confirmed_at >= :first AND "
                "phone_confirmed_at < :after) FROM patients INDEXED BY "
                "patients_report_created WHERE deleted = 0 AND status = 'active' AND "
                "created_at >= :end", args)
            total = {name: sum(n for (lo, hi), n in piece.items()
                               if ranges[(i, name)][0] <= lo and hi <= ranges[(i, name)][1])
                     for name in ("current", "confirmed")}
            active = active_now - later
            current = total["current"] - later_current
            out.append({"active_patients": active, "contacts_current": current,
                        "contacts_stale": active - current,
                        "contacts_confirmed": total["confirmed"] - later_confirmed})
        return out

    def staff_names(self, since: str) -> list[str]:
        """Staff accounts, and whoever logged calls since ``since`` (a UTC stamp), for the
        staff filter."""
        return [r[0] for r in self.db.query(
            "SELECT username FROM users WHERE deleted = 0 UNION SELECT DISTINCT c.by_user "
            "FROM call_attempts c INDEXED BY call_attempts_report WHERE c.undone_at IS NULL "
            "AND c.deleted = 0 AND c.at >= :since AND c.by_user IS NOT NULL AND "
            "c.by_user != '' ORDER BY 1", {"since": since})]


def _days_between(first: dt.date, day: str) -> int:
    try:
        return (dt.date.fromisoformat(day) - first).days
    except ValueError:  # a damaged date: the first bucket
        return 0


def _json_list(text: str) -> list[str]:
    """The distinct strings of a JSON list (a damaged value counts as none)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return []
    return sorted({v for v in value if isinstance(v, str)}) if isinstance(value, list) else []
