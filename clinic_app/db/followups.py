"""Follow-ups, call attempts, visits and appointments: the call queue's storage."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.meta import Meta, Stamp
from clinic_app.domain.followups import (
    CONTACTED,
    UNANSWERED,
    CallerView,
    FollowUp,
    Kind,
    NewFollowUp,
    Outcome,
)
from clinic_app.errors import ClinicError

#: call_holds made again from what it is derived from (after a bulk load set its triggers
#: aside); migration 0005 explains the table
REBUILD_CALL_HOLDS = (
    "DELETE FROM call_holds",
    "INSERT INTO call_holds (patient_id, blocked) SELECT id, 1 FROM patients "
    "WHERE do_not_contact = 1 OR status != 'active'",
    "INSERT INTO call_holds (patient_id, contacted_on) SELECT patient_id, "
    "substr(max(at), 1, 10) FROM call_attempts WHERE undone_at IS NULL AND deleted = 0 AND "
    "outcome IN ('reached', 'left_message') GROUP BY patient_id "
    "ON CONFLICT (patient_id) DO UPDATE SET contacted_on = excluded.contacted_on",
    "INSERT INTO call_holds (patient_id, hold_until) SELECT patient_id, min(due_date) "
    "FROM follow_ups WHERE kind = 're_engagement' AND status = 'open' AND deleted = 0 "
    "GROUP BY patient_id ON CONFLICT (patient_id) DO UPDATE SET hold_until = "
    "excluded.hold_until",
)
#: what ``call_holds_patient_ai`` does for each new patient, for the patients from a pk on
#: (a bulk insert sets the trigger aside: a trigger per row costs half the insert)
HOLD_NEW_PATIENTS = (
    "INSERT INTO call_holds (patient_id, blocked) SELECT id, 1 FROM patients "
    "WHERE pk >= ? AND (do_not_contact = 1 OR status != 'active') "
    "ON CONFLICT (patient_id) DO UPDATE SET blocked = 1")


class QueueOrder(NamedTuple):
    """The day's queue before its details are read: who, in call order, and the counts."""

    patient_ids: list[str]
    overdue: int
    callbacks: int


_FU = ("id, patient_id, kind, due_date, priority, status, reason, attempt_count, due_time, "
       "callback, rule, assigned_to")


_RULES_NS = uuid.UUID("0b1c7a52-6f3e-4c1e-9a47-2f6d8e1c5b30")


def rule_follow_up_id(rule: str, source_id: str, generation: int = 0) -> str:
    """The id of the follow-up ``rule`` makes for the event ``source_id``, the same at every
    site (a name-based UUID); ``generation`` counts earlier ones withdrawn."""
    suffix = f"\x00{generation}" if generation else ""
    return str(uuid.uuid5(_RULES_NS, f"{rule}\x00{source_id}{suffix}"))


def _follow_up(r: Sequence[Any]) -> FollowUp:
    return FollowUp(id=r[0], patient_id=r[1], kind=Kind(r[2]), due_date=r[3], priority=r[4],
                    status=r[5], reason=r[6], attempt_count=r[7], due_time=r[8],
                    callback=bool(r[9]), rule=r[10], assigned_to=r[11])


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class FollowUpRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    # reads -----------------------------------------------------------------
    def open_due(self, day: str) -> list[FollowUp]:
        """Open follow-ups due on or before ``day`` (a partial index holds only open ones)."""
        rows = self.db.query(f"SELECT {_FU} FROM follow_ups WHERE status = 'open' AND "
                             "deleted = 0 AND due_date <= ?", (day,))
        return [_follow_up(r) for r in rows]

    def _queue_where(self, day: str, fatigue_days: int, kind: str | None,
                     assigned_to: str | None, language: str | None,
                     ) -> tuple[str, dict[str, Any]]:
        """Which open follow-ups make today's calls: the same decisions as
        ``domain.followups.build_queue`` (the tests hold the two to each other), in SQL so a
        10,000-call day is one pass over a covering index with one look-up each in the
        small ``call_holds`` table (migration 0005). Do-not-contact and patients no longer
        active drop out; inside the fatigue window after a contact, and before a decliner's
        re-approach date, only calls the patient asked for stay. Used as
        ``FROM follow_ups f LEFT JOIN call_holds h ... WHERE <this>``."""
        fresh = dt.date.fromisoformat(day) - dt.timedelta(days=fatigue_days - 1)
        args = {"day": day, "fresh": fresh.isoformat(), "kind": kind, "me": assigned_to,
                "language": language}
        where = [
            "f.status = 'open'", "f.deleted = 0", "f.due_date <= :day",
            "h.blocked IS NOT 1",
            "(f.callback = 1 OR h.patient_id IS NULL OR NOT ("
            "coalesce(h.contacted_on >= :fresh, 0) OR "  # tired: reached inside the window
            "(coalesce(h.hold_until > :day, 0) AND f.kind != 're_engagement')))",  # held
        ]
        if kind:
            where.append("f.kind = :kind")
        if assigned_to:
            where.append("(f.assigned_to IS NULL OR f.assigned_to = :me)")
        if language:
            where.append("EXISTS (SELECT 1 FROM patients l WHERE l.id = f.patient_id AND "
                         "l.preferred_language = :language)")
        return " AND ".join(where), args

    def queue_order(self, day: str, fatigue_days: int, *, kind: str | None = None,
                    assigned_to: str | None = None,
                    language: str | None = None) -> QueueOrder:
        """The day's queue: one line per patient, highest priority then most overdue, with
        how many are overdue and asked for a call-back. One row comes back whatever the size
        of the day (the ids as one string): a 10,000-call day costs no Python objects."""
        where, args = self._queue_where(day, fatigue_days, kind, assigned_to, language)
        # the rows reach group_concat in the subquery's order (SQLite aggregates a sorted
        # subquery in order; a sort inside group_concat costs half as much again here, and
        # the tests hold the order to build_queue's)
        row = self.db.conn.execute(
            "SELECT count(*), coalesce(sum(due < :day), 0), coalesce(sum(cb), 0), "
            "coalesce(group_concat(pid, ' '), '') FROM ("
            "SELECT f.patient_id AS pid, max(f.priority) AS prio, min(f.due_date) AS due, "
            "max(f.callback) AS cb FROM follow_ups f INDEXED BY follow_ups_open_queue "
            f"LEFT JOIN call_holds h ON h.patient_id = f.patient_id WHERE {where} "
            "GROUP BY f.patient_id ORDER BY prio DESC, due, pid)", args).fetchone()
        ids = row[3].split(" ") if row[0] else []
        return QueueOrder(ids, int(row[1]), int(row[2]))

    def queue_items(self, day: str, fatigue_days: int, patient_ids: Sequence[str], *,
                    kind: str | None = None, assigned_to: str | None = None,
                    language: str | None = None) -> dict[str, list[FollowUp]]:
        """The follow-ups behind some patients' lines, in the order they are read out."""
        where, args = self._queue_where(day, fatigue_days, kind, assigned_to, language)
        out: dict[str, list[FollowUp]] = {}
        for part in _chunks(list(patient_ids)):
            marks = ", ".join(f":p{i}" for i in range(len(part)))
            args.update({f"p{i}": pid for i, pid in enumerate(part)})
            for r in self.db.query(
                    f"SELECT {', '.join('f.' + c for c in _FU.split(', '))} FROM follow_ups f "
                    "LEFT JOIN call_holds h ON h.patient_id = f.patient_id WHERE "
                    f"f.patient_id IN ({marks}) AND {where} "
                    "ORDER BY f.priority DESC, f.due_date, f.id", args):
                fu = _follow_up(r)
                out.setdefault(fu.patient_id, []).append(fu)
        return out

    def get(self, ids: Sequence[str]) -> list[FollowUp]:
        out: list[FollowUp] = []
        for part in _chunks(list(ids)):
            marks = ", ".join("?" for _ in part)
            out += [_follow_up(r) for r in self.db.query(
                f"SELECT {_FU} FROM follow_ups WHERE id IN ({marks}) AND deleted = 0", part)]
        return out

    def open_for_patient(self, patient_id: str) -> list[FollowUp]:
        return [_follow_up(r) for r in self.db.query(
            f"SELECT {_FU} FROM follow_ups WHERE patient_id = ? AND status = 'open' AND "
            "deleted = 0 ORDER BY due_date", (patient_id,))]

    def caller_views(self, patient_ids: Sequence[str]) -> dict[str, CallerView]:
        """Do-not-contact, status, last contact and decline hold for each patient."""
        views: dict[str, CallerView] = {}
        contacted = tuple(o.value for o in CONTACTED)
        for part in _chunks(list(patient_ids)):
            marks = ", ".join("?" for _ in part)
            base = {r[0]: (bool(r[1]), r[2]) for r in self.db.query(
                f"SELECT id, do_not_contact, status FROM patients WHERE id IN ({marks})", part)}
            last = {r[0]: r[1] for r in self.db.query(
                f"SELECT patient_id, max(at) FROM call_attempts WHERE patient_id IN ({marks}) "
                f"AND undone_at IS NULL AND deleted = 0 AND outcome IN (?, ?) "
                "GROUP BY patient_id", (*part, *contacted))}
            hold = {r[0]: r[1] for r in self.db.query(
                f"SELECT patient_id, min(due_date) FROM follow_ups WHERE patient_id IN "
                f"({marks}) AND kind = 're_engagement' AND status = 'open' AND deleted = 0 "
                "GROUP BY patient_id", part)}
            for pid in part:
                dnc, status = base.get(pid, (False, "active"))
                views[pid] = CallerView(
                    do_not_contact=dnc, status=status,
                    last_contacted=dt.date.fromisoformat(last[pid][:10]) if pid in last
                    else None,
                    hold_until=dt.date.fromisoformat(hold[pid]) if pid in hold else None)
        return views

    def unanswered_in_a_row(self, patient_id: str) -> int:
        rows = self.db.query("SELECT outcome FROM call_attempts WHERE patient_id = ? AND "
                             "undone_at IS NULL AND deleted = 0 ORDER BY at DESC LIMIT 20",
                             (patient_id,))
        n = 0
        for (outcome,) in rows:
            if Outcome(outcome) not in UNANSWERED:
                break
            n += 1
        return n

    def re_engagements(self, patient_id: str) -> int:
        return int(self.db.query("SELECT count(*) FROM follow_ups WHERE patient_id = ? AND "
                                 "kind = 're_engagement' AND deleted = 0", (patient_id,))[0][0])

    def last_outcomes(self, patient_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Each patient's latest call: (outcome, at)."""
        out: dict[str, tuple[str, str]] = {}
        for part in _chunks(list(patient_ids)):
            marks = ", ".join("?" for _ in part)
            for r in self.db.query(
                    f"SELECT patient_id, outcome, max(at) FROM call_attempts WHERE patient_id "
                    f"IN ({marks}) AND undone_at IS NULL AND deleted = 0 GROUP BY patient_id",
                    part):
                out[r[0]] = (r[1], r[2])
        return out

    def attempt(self, call_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT id, patient_id, follow_up_id, at, outcome, effects, "
                             "undone_at, created_at FROM call_attempts WHERE id = ?", (call_id,))
        if not rows:
            return None
        r = rows[0]
        return {"id": r[0], "patient_id": r[1], "follow_up_id": r[2], "at": r[3],
                "outcome": r[4], "effects": json.loads(r[5]), "undone_at": r[6],
                "created_at": r[7]}

    def decliners(self, limit: int = 500) -> list[dict[str, Any]]:
        """People whose latest call was a 'no', with why and when they will next be asked."""
        rows = self.db.query(
            "SELECT c.patient_id, c.decline_reason, c.notes, c.at, f.id, f.due_date "
            "FROM call_attempts c "
            "LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE "
            "patient_id = c.patient_id AND kind = 're_engagement' AND status = 'open' AND "
            "deleted = 0 ORDER BY due_date LIMIT 1) "
            "WHERE c.outcome = 'declined' AND c.undone_at IS NULL AND c.deleted = 0 "
            "AND c.at = (SELECT max(at) FROM call_attempts x WHERE x.patient_id = c.patient_id "
            "AND x.undone_at IS NULL AND x.deleted = 0) ORDER BY c.at DESC LIMIT ?", (limit,))
        return [{"patient_id": r[0], "decline_reason": r[1], "notes": r[2], "declined_at": r[3],
                 "follow_up_id": r[4], "next_approach": r[5]} for r in rows]

    # writes (inside the caller's transaction) ---------------------------------
    def insert(self, conn: sqlite.Connection, stamp: Stamp, new: NewFollowUp) -> str | None:
        """Add a follow-up; None when its rule already made one for the same event.

        A rule's follow-up for an event has the same id on every PC (derived from the rule and
        the event), so two synced PCs that both run the rules make one follow-up, not two."""
        fid = self._rule_id(conn, new.rule, new.source_id) if new.rule and new.source_id \
            else self.meta.new_id()
        cur = conn.execute(
            "INSERT OR IGNORE INTO follow_ups (id, patient_id, kind, due_date, due_time, "
            "priority, reason, rule, source_id, callback, created_at, updated_at, hlc, site_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fid, new.patient_id, new.kind.value, new.due_date, new.due_time, new.priority,
             new.reason, new.rule, new.source_id, int(new.callback), stamp.now, stamp.now,
             stamp.hlc, stamp.site_id))
        return fid if cur.rowcount == 1 else None

    @staticmethod
    def _rule_id(conn: sqlite.Connection, rule: str, source_id: str) -> str:
        """The first of the event's ids not taken by a withdrawn follow-up (``cancel_rule``
        keeps them as tombstones): the same at every PC that saw the same history."""
        for generation in range(1000):
            fid = rule_follow_up_id(rule, source_id, generation)
            if conn.execute("SELECT 1 FROM follow_ups WHERE id = ? AND rule IS NOT ?",
                            (fid, rule)).fetchone() is None:
                return fid
        raise ClinicError(f"The follow-up rule {rule} was undone too often for one event.")

    def snapshot(self, conn: sqlite.Connection, ids: Sequence[str]) -> dict[str, list[Any]]:
        """The columns a call may change, as they are now (what undo puts back)."""
        out = {}
        for fid in ids:
            r = conn.execute("SELECT status, due_date, due_time, callback, attempt_count, "
                             "closed_reason, closed_at FROM follow_ups WHERE id = ?",
                             (fid,)).fetchone()
            if r:
                out[fid] = list(r)
        return out

    def restore(self, conn: sqlite.Connection, stamp: Stamp,
                before: dict[str, list[Any]]) -> None:
        for fid, (status, due, due_time, callback, attempts, why, closed) in before.items():
            conn.execute("UPDATE follow_ups SET status = ?, due_date = ?, due_time = ?, "
                         "callback = ?, attempt_count = ?, closed_reason = ?, closed_at = ?, "
                         "updated_at = ?, hlc = ? WHERE id = ?",
                         (status, due, due_time, callback, attempts, why, closed, stamp.now,
                          stamp.hlc, fid))

    def close(self, conn: sqlite.Connection, stamp: Stamp, fid: str, status: str,
              why: str) -> None:
        conn.execute("UPDATE follow_ups SET status = ?, closed_reason = ?, closed_at = ?, "
                     "attempt_count = attempt_count + 1, updated_at = ?, hlc = ? WHERE id = ?",
                     (status, why, stamp.now, stamp.now, stamp.hlc, fid))

    def reschedule(self, conn: sqlite.Connection, stamp: Stamp, fid: str, due: str,
                   due_time: str | None, callback: bool) -> None:
        conn.execute("UPDATE follow_ups SET due_date = ?, due_time = ?, callback = ?, "
                     "attempt_count = attempt_count + 1, updated_at = ?, hlc = ? WHERE id = ?",
                     (due, due_time, int(callback), stamp.now, stamp.hlc, fid))

    def close_open_for_patient(self, conn: sqlite.Connection, stamp: Stamp, patient_id: str,
                               status: str, why: str) -> list[str]:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM follow_ups WHERE patient_id = ? AND status = 'open' AND "
            "deleted = 0", (patient_id,))]
        for fid in ids:
            conn.execute("UPDATE follow_ups SET status = ?, closed_reason = ?, closed_at = ?, "
                         "updated_at = ?, hlc = ? WHERE id = ?",
                         (status, why, stamp.now, stamp.now, stamp.hlc, fid))
        return ids

    def tombstone(self, conn: sqlite.Connection, stamp: Stamp, ids: Sequence[str]) -> None:
        for fid in ids:
            conn.execute("UPDATE follow_ups SET deleted = 1, status = 'cancelled', "
                         "closed_reason = 'undone', updated_at = ?, hlc = ? WHERE id = ?",
                         (stamp.now, stamp.hlc, fid))

    def patient_fields(self, conn: sqlite.Connection, patient_id: str) -> dict[str, Any]:
        r = conn.execute("SELECT status, contact_status, wrong_phones, phones FROM patients "
                         "WHERE id = ?", (patient_id,)).fetchone()
        return {"status": r[0], "contact_status": r[1], "wrong_phones": r[2], "phones": r[3]}

    def set_patient_fields(self, conn: sqlite.Connection, stamp: Stamp, patient_id: str,
                           fields: dict[str, Any]) -> None:
        allowed = {"status", "contact_status", "wrong_phones"}
        values = {k: v for k, v in fields.items() if k in allowed}
        if not values:
            return
        sets = ", ".join(f"{k} = :{k}" for k in values)
        conn.execute(f"UPDATE patients SET {sets}, updated_at = :now, hlc = :hlc WHERE id = :id",
                     {**values, "now": stamp.now, "hlc": stamp.hlc, "id": patient_id})

    def add_attempt(self, conn: sqlite.Connection, stamp: Stamp, row: dict[str, Any]) -> None:
        cols = list(row) + ["created_at", "updated_at", "hlc", "site_id"]
        values = list(row.values()) + [stamp.now, stamp.now, stamp.hlc, stamp.site_id]
        conn.execute(f"INSERT INTO call_attempts ({', '.join(cols)}) "
                     f"VALUES ({', '.join('?' for _ in cols)})", values)

    def mark_undone(self, conn: sqlite.Connection, stamp: Stamp, call_id: str) -> None:
        conn.execute("UPDATE call_attempts SET undone_at = ?, updated_at = ?, hlc = ? "
                     "WHERE id = ?", (stamp.now, stamp.now, stamp.hlc, call_id))

    # events the rules read ------------------------------------------------------
    def visits_between(self, first: str, last: str) -> list[tuple[str, str, str, bool, int]]:
        return [(r[0], r[1], r[2], bool(r[3]), r[4]) for r in self.db.query(
            "SELECT id, patient_id, visit_date, medicines_changed, check_in_days FROM visits "
            "WHERE visit_date BETWEEN ? AND ? AND deleted = 0 AND "
            "(medicines_changed = 1 OR check_in_days IS NOT NULL)", (first, last))]

    def missed_between(self, first: str, last: str) -> list[tuple[str, str, str]]:
        return [(r[0], r[1], r[2]) for r in self.db.query(
            "SELECT id, patient_id, starts_at FROM appointments WHERE starts_at BETWEEN ? AND ? "
            "AND status = 'missed' AND deleted = 0", (first, last + "T99"))]

    def not_to_call(self, conn: sqlite.Connection, patient_ids: Sequence[str]) -> set[str]:
        """Of ``patient_ids``, those who asked not to be contacted, moved or died."""
        out: set[str] = set()
        for part in _chunks(list(patient_ids)):
            marks = ", ".join("?" for _ in part)
            out |= {r[0] for r in conn.execute(
                f"SELECT id FROM patients WHERE id IN ({marks}) AND (do_not_contact = 1 OR "
                "status != 'active')", part)}
        return out

    def move(self, conn: sqlite.Connection, stamp: Stamp, fid: str, due: str) -> None:
        conn.execute("UPDATE follow_ups SET due_date = ?, updated_at = ?, hlc = ? WHERE id = ?",
                     (due, stamp.now, stamp.hlc, fid))

    def cancel_rule(self, conn: sqlite.Connection, stamp: Stamp, rule: str,
                    source_id: str) -> None:
        """Withdraw the follow-up a rule made for an event that turned out wrong. It stays on
        file as a tombstone; its (rule, event) slot is freed for a later real event."""
        conn.execute("UPDATE follow_ups SET status = 'cancelled', deleted = 1, "
                     "closed_reason = 'undone', rule = rule || ':undone:' || id, "
                     "updated_at = ?, hlc = ? WHERE rule = ? AND source_id = ? AND "
                     "status = 'open'", (stamp.now, stamp.hlc, rule, source_id))

    def flag_contacts_from_open_tasks(self) -> None:
        """Mark on the record what open contact-update tasks say (demo data): the number is
        wrong, or the patient is unreachable."""
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE patients SET wrong_phones = phones WHERE id IN (SELECT patient_id FROM "
                "follow_ups WHERE rule = 'wrong_number' AND status = 'open')")
            conn.execute(
                "UPDATE patients SET contact_status = 'unreachable' WHERE id IN (SELECT "
                "patient_id FROM follow_ups WHERE rule = 'unreachable' AND status = 'open')")

    def close_for_inactive(self, conn: sqlite.Connection, stamp: Stamp) -> int:
        """Open follow-ups of people who moved, died or asked not to be contacted."""
        cur = conn.execute(
            "UPDATE follow_ups SET status = 'cancelled', closed_reason = 'not to be contacted', "
            "closed_at = ?, updated_at = ?, hlc = ? WHERE status = 'open' AND deleted = 0 AND "
            "patient_id IN (SELECT id FROM patients WHERE do_not_contact = 1 OR "
            "status != 'active')", (stamp.now, stamp.now, stamp.hlc))
        return cur.rowcount
