"""Care plans: save a new version, read the history, and print the patient's handout.

Every print (to paper, to a PDF file, or in a batch) is recorded with who printed it, when,
and which plan version; the PDF is always made from that version, so a plan edited later
never changes what a patient was given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinic_app.db.careplans import CarePlanRepository
from clinic_app.db.patients import PatientRepository
from clinic_app.db.visits import VisitRepository
from clinic_app.domain.careplan import PLAN_LANGUAGES, CarePlan, Condition, build_plan
from clinic_app.domain.clock import Clock, today
from clinic_app.domain.dates import long_date, long_date_time
from clinic_app.domain.library import condition as library_condition
from clinic_app.domain.library import handout_texts
from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError, NotFoundError, ValidationError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService
from clinic_app.services.settings import SettingsService

PAPERS = ("a4", "letter")
DESTINATIONS = ("printer", "pdf", "batch", "preview")


@dataclass(frozen=True)
class Handout:
    pdf: bytes
    plan: CarePlan
    patient: Patient
    language: str
    paper: str
    clinician_copy: bool
    print_id: str | None  # None for a preview, which is not a print

    @property
    def file_name(self) -> str:
        return handout_file_name(self.patient, self.clinician_copy)


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (patient, why)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"written": [str(p) for p in self.written],
                "skipped": [{"patient": p, "reason": r} for p, r in self.skipped],
                "cancelled": self.cancelled}


def handout_file_name(patient: Patient, clinician_copy: bool = False) -> str:
    name = re.sub(r"[^\w-]+", "-", patient.full_name, flags=re.UNICODE).strip("-") or "patient"
    suffix = "-clinician" if clinician_copy else ""
    return f"{patient.clinic_number}-{name}{suffix}.pdf"


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path``, flush it to disk, then rename: a full
    disk or a pulled stick never leaves a half-written PDF under the real name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".handout-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CarePlanService:
    def __init__(self, repo: CarePlanRepository, patients: PatientRepository,
                 visits: VisitRepository, settings: SettingsService, clock: Clock,
                 access: Access, audit: AuditService) -> None:
        self.repo = repo
        self.patients = patients
        self.visits = visits
        self.settings = settings
        self.clock = clock
        self.access = access
        self.audit = audit

    # reading and saving ------------------------------------------------------------
    def current(self, patient_id: str) -> CarePlan | None:
        self.access.require(Permission.PATIENTS)
        return self.repo.current(patient_id)

    def version(self, plan_id: str) -> CarePlan:
        self.access.require(Permission.PATIENTS)
        plan = self.repo.version(plan_id)
        if plan is None:
            raise NotFoundError(N_("No care plan version with id {0}.").format(plan_id))
        return plan

    def history(self, patient_id: str) -> list[dict[str, Any]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.history(patient_id)

    def prints(self, patient_id: str) -> list[dict[str, Any]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.prints(patient_id)

    def save(self, patient_id: str, data: dict[str, Any]) -> CarePlan:
        """Check ``data`` and keep it as the patient's newest plan version."""
        actor = self.access.require(Permission.CARE_PLANS)
        patient = self.patients.get(patient_id)  # NotFoundError for an unknown id
        plan = build_plan(patient.id or patient_id, data)
        with self.repo.db.transaction() as conn:
            stamp = self.repo.meta.stamp(conn)
            plan_id, version = self.repo.add(conn, stamp, plan, actor.username)
            self.audit.record("care_plan.save", "care_plans", plan_id, patient=patient_id,
                              version=version)
        saved = self.repo.version(plan_id)
        assert saved is not None
        return saved

    def new_plan(self, patient_id: str) -> CarePlan:
        """An empty plan in the patient's language, with their support person filled in."""
        self.access.require(Permission.PATIENTS)
        patient = self.patients.get(patient_id)
        support = ""
        if patient.support and patient.support.name:
            rel = patient.support.relationship
            support = f"{patient.support.name} ({rel})" if rel else patient.support.name
        return CarePlan(patient_id=patient_id, language=self.handout_language(patient),
                        support_person=support)

    # printing ------------------------------------------------------------------------
    def handout_language(self, patient: Patient, plan: CarePlan | None = None) -> str:
        """The patient's language when handouts exist in it, else the plan's, else the
        clinic's default."""
        for lang in (patient.preferred_language, plan.language if plan else None,
                     str(self.settings.get("default_language"))):
            if lang in PLAN_LANGUAGES:
                return lang
        return "en"

    def handout(self, patient_id: str, *, language: str | None = None,
                paper: str | None = None, clinician_copy: bool = False,
                plan_id: str | None = None, destination: str = "pdf") -> Handout:
        """The handout as a PDF, from the current plan (or ``plan_id``'s version); recorded
        as a print unless ``destination`` is "preview"."""
        actor = self.access.require(Permission.PRINT_HANDOUTS)
        errors: dict[str, str] = {}
        if language is not None and language not in PLAN_LANGUAGES:
            errors["lang"] = N_("Handouts are written in {0}.").format(', '.join(PLAN_LANGUAGES))
        if paper is not None and paper not in PAPERS:
            errors["paper"] = N_("Paper is a4 or letter.")
        if destination not in DESTINATIONS:
            errors["destination"] = N_("should be one of {0}.").format(', '.join(DESTINATIONS))
        if errors:
            raise ValidationError(errors)
        patient = self.patients.get(patient_id)
        plan = self.repo.version(plan_id) if plan_id else self.repo.current(patient_id)
        if plan is None or plan.patient_id != patient.id:
            raise ClinicError(N_("{0} has no care plan yet: a clinician writes one first "
                                 "(Care plan, on the patient's record).").format(patient.full_name))
        lang = language or self.handout_language(patient, plan)
        paper = paper or str(self.settings.get("paper_size"))
        pdf = self.render(plan, patient, lang, paper, clinician_copy)
        print_id = None
        if destination != "preview":
            with self.repo.db.transaction() as conn:
                stamp = self.repo.meta.stamp(conn)
                print_id = self.repo.record_print(
                    conn, stamp, plan, printed_by=actor.username, language=lang, paper=paper,
                    clinician_copy=clinician_copy, destination=destination)
                self.audit.record("handout.print", "handout_prints", print_id,
                                  patient=patient.id, plan=plan.id, version=plan.version,
                                  language=lang, destination=destination)
        return Handout(pdf, plan, patient, lang, paper, clinician_copy, print_id)

    def render(self, plan: CarePlan, patient: Patient, language: str, paper: str,
               clinician_copy: bool = False) -> bytes:
        """The PDF of ``plan`` for ``patient`` (nothing recorded). UnprintableText when a
        character is in none of the handout fonts."""
        from clinic_app.handouts.pdf import HandoutContext, render_handout

        s = self.settings.all()
        plan = self._in_language(plan, language)
        appointment, with_whom = plan.next_appointment, plan.next_appointment_with
        if not appointment:
            appointment, with_whom = self._next_appointment(patient.id or "")
        if appointment and with_whom and not plan.next_appointment_with:
            plan = dataclasses.replace(plan, next_appointment_with=with_whom)
        ctx = HandoutContext(
            clinic_name=str(s["clinic_name"]), clinic_phone=str(s["clinic_phone"]),
            patient_name=patient.full_name, printed_on=long_date(today(self.clock), language),
            language=language, texts=handout_texts(language), paper=paper,
            clinician_copy=clinician_copy,
            next_appointment_text=long_date_time(appointment, language) if appointment else "",
            plan_version=plan.version)
        return render_handout(plan, ctx)

    def _in_language(self, plan: CarePlan, language: str) -> CarePlan:
        """Library conditions the clinician left as they were are printed in the handout's
        language; anything they wrote themselves is printed as written."""
        if language == plan.language:
            return plan
        conditions = []
        for c in plan.conditions:
            was = library_condition(c.key, plan.language) if c.key else None
            now = library_condition(c.key, language) if c.key else None
            if was and now and (c.name, c.explanation) == (was.name, was.explanation):
                conditions.append(Condition(c.key, now.name, now.explanation))
            else:
                conditions.append(c)
        return dataclasses.replace(plan, conditions=tuple(conditions))

    def _next_appointment(self, patient_id: str) -> tuple[str | None, str]:
        now = today(self.clock).isoformat()
        upcoming = [a for a in self.visits.appointments(patient_id)
                    if a["status"] == "scheduled" and a["starts_at"][:10] >= now]
        if not upcoming:
            return None, ""
        first = min(upcoming, key=lambda a: a["starts_at"])
        return first["starts_at"][:16], first["with_whom"] or ""

    def patients_seen_on(self, day: dt.date) -> list[str]:
        self.access.require(Permission.PRINT_HANDOUTS)
        return self.repo.patients_seen_on(day.isoformat())

    def batch(self, day: dt.date, out_dir: Path, *, language: str | None = None,
              paper: str | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> BatchResult:
        """The handouts of everyone seen on ``day`` who has a care plan, one PDF each in
        ``out_dir``. A handout that cannot be made is skipped with the reason; the rest
        still print. Stops between handouts when ``cancelled()`` says so."""
        ids = self.patients_seen_on(day)
        result = BatchResult()
        for i, pid in enumerate(ids):
            if cancelled and cancelled():
                result.cancelled = True
                break
            try:
                h = self.handout(pid, language=language, paper=paper, destination="batch")
                path = out_dir / h.file_name
                write_atomically(path, h.pdf)
                result.written.append(path)
            except ClinicError as exc:
                who = self.patients.get(pid)
                result.skipped.append((f"{who.full_name} ({who.clinic_number})", str(exc)))
            except OSError as exc:
                raise ClinicError(N_("Could not write the handouts to {0}: {1}. The ones "
                                     "already written are kept; check the folder or the "
                                     "stick and try again.")
                                         .format(out_dir, exc.strerror or exc)) from None
            if progress:
                progress(i + 1, len(ids))
        return result
