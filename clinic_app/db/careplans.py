"""Care plan versions and the record of printed handouts."""

from __future__ import annotations

import json
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.meta import Meta, Stamp
from clinic_app.domain.careplan import CarePlan, build_plan, plan_to_dict

_PLAN = "id, patient_id, version, content, created_at, created_by"


def _plan(r: Any) -> CarePlan:
    plan = build_plan(r[1], json.loads(r[3]))
    return CarePlan(**{**plan.__dict__, "id": r[0], "version": r[2], "created_at": r[4],
                       "created_by": r[5]})


class CarePlanRepository:
    def __init__(self, db: Database, meta: Meta) -> None:
        self.db = db
        self.meta = meta

    def current(self, patient_id: str) -> CarePlan | None:
        rows = self.db.query(f"SELECT {_PLAN} FROM care_plans WHERE patient_id = ? AND "
                             "deleted = 0 ORDER BY version DESC, hlc DESC LIMIT 1", (patient_id,))
        return _plan(rows[0]) if rows else None

    def current_many(self, patient_ids: list[str]) -> dict[str, CarePlan]:
        out: dict[str, CarePlan] = {}
        for i in range(0, len(patient_ids), 500):
            part = patient_ids[i:i + 500]
            marks = ", ".join("?" for _ in part)
            for r in self.db.query(
                    f"SELECT {_PLAN} FROM care_plans c WHERE patient_id IN ({marks}) AND "
                    "deleted = 0 AND version = (SELECT max(version) FROM care_plans d WHERE "
                    "d.patient_id = c.patient_id AND d.deleted = 0) ORDER BY hlc", part):
                out[r[1]] = _plan(r)
        return out

    def version(self, plan_id: str) -> CarePlan | None:
        rows = self.db.query(f"SELECT {_PLAN} FROM care_plans WHERE id = ? AND deleted = 0",
                             (plan_id,))
        return _plan(rows[0]) if rows else None

    def history(self, patient_id: str) -> list[dict[str, Any]]:
        """Every version, newest first, with how often each was printed."""
        return [{"id": r[0], "version": r[1], "created_at": r[2], "created_by": r[3],
                 "language": r[4], "prints": r[5]} for r in self.db.query(
            "SELECT c.id, c.version, c.created_at, c.created_by, c.language, "
            "(SELECT count(*) FROM handout_prints h WHERE h.care_plan_id = c.id "
            "AND h.deleted = 0) FROM care_plans c WHERE c.patient_id = ? AND c.deleted = 0 "
            "ORDER BY c.version DESC, c.hlc DESC", (patient_id,))]

    def add(self, conn: sqlite.Connection, stamp: Stamp, plan: CarePlan,
            created_by: str | None) -> tuple[str, int]:
        row = conn.execute("SELECT coalesce(max(version), 0) FROM care_plans WHERE "
                           "patient_id = ?", (plan.patient_id,)).fetchone()
        version = int(row[0]) + 1
        pid = self.meta.new_id()
        conn.execute(
            "INSERT INTO care_plans (id, patient_id, version, language, content, created_by, "
            "created_at, updated_at, hlc, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pid, plan.patient_id, version, plan.language,
             json.dumps(plan_to_dict(plan), ensure_ascii=False, separators=(",", ":")),
             created_by, stamp.now, stamp.now, stamp.hlc, stamp.site_id))
        return pid, version

    def record_print(self, conn: sqlite.Connection, stamp: Stamp, plan: CarePlan, *,
                     printed_by: str | None, language: str, paper: str, clinician_copy: bool,
                     destination: str) -> str:
        hid = self.meta.new_id()
        conn.execute(
            "INSERT INTO handout_prints (id, patient_id, care_plan_id, plan_version, printed_by, "
            "printed_at, language, paper, clinician_copy, destination, created_at, updated_at, "
            "hlc, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (hid, plan.patient_id, plan.id, plan.version, printed_by, stamp.now, language,
             paper, int(clinician_copy), destination, stamp.now, stamp.now, stamp.hlc,
             stamp.site_id))
        return hid

    def prints(self, patient_id: str) -> list[dict[str, Any]]:
        return [{"id": r[0], "care_plan_id": r[1], "plan_version": r[2], "printed_by": r[3],
                 "printed_at": r[4], "language": r[5], "paper": r[6],
                 "clinician_copy": bool(r[7]), "destination": r[8]} for r in self.db.query(
            "SELECT id, care_plan_id, plan_version, printed_by, printed_at, language, paper, "
            "clinician_copy, destination FROM handout_prints WHERE patient_id = ? AND "
            "deleted = 0 ORDER BY printed_at DESC", (patient_id,))]

    def without_plan_after_visit(self) -> list[tuple[str, str, str, str]]:
        """(id, sex, language, latest visit's reason) of patients with a visit and no care
        plan (demo data). The patients are read in pk order and each latest visit looked up
        once (the LIMIT keeps the subquery whole: flattened, it ran twice a patient after
        an index scan and a sort; 13 s at 1 M, now 3 s)."""
        return [(r[0], r[1], r[2], r[3]) for r in self.db.query(
            "SELECT id, sex, lang, reason FROM (SELECT p.id, p.sex, p.pk, "
            "p.preferred_language AS lang, (SELECT coalesce(v.reason, '') FROM visits v "
            "WHERE v.patient_id = p.id AND v.deleted = 0 ORDER BY v.visit_date DESC LIMIT 1) "
            "AS reason FROM patients p NOT INDEXED WHERE p.deleted = 0 AND NOT EXISTS (SELECT 1 "
            "FROM care_plans c WHERE c.patient_id = p.id) ORDER BY p.pk LIMIT -1) "
            "WHERE reason IS NOT NULL ORDER BY pk")]

    def patients_seen_on(self, day: str) -> list[str]:
        """Patients with a visit on ``day`` and a care plan, in clinic-number order."""
        return [r[0] for r in self.db.query(
            "SELECT DISTINCT v.patient_id FROM visits v JOIN patients p ON p.id = v.patient_id "
            "WHERE v.visit_date = ? AND v.deleted = 0 AND EXISTS (SELECT 1 FROM care_plans c "
            "WHERE c.patient_id = v.patient_id AND c.deleted = 0) ORDER BY p.clinic_number",
            (day,))]
