"""Export: patients as CSV (columns the import reads back), follow-ups and call outcomes as
CSV, and everything as a FHIR R4 Bundle. Managers only; every export is audited.

Files are written under a temporary name and renamed when complete, so a cut-short export
never looks like a whole one.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from clinic_app.db.interchange import InterchangeRepository
from clinic_app.db.patients import COLUMNS, row_to_patient
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError
from clinic_app.marks import N_

PATIENT_HEADER = (
    "Clinic number", "First name", "Family name", "Other names", "Sex", "Date of birth",
    "Year of birth", "Year of birth is an estimate", "Phone", "Phone confirmed", "Village",
    "Address", "Language", "Preferred channel", "Preferred time", "Do not contact",
    "Consent to contact", "Large print", "Reading support", "Status", "Notes",
    "Support person", "Relationship", "Support phone", "Support consent", "Registered",
)
FOLLOW_UP_HEADER = ("Clinic number", "Follow-up id", "Kind", "Due", "Status", "Priority",
                    "Attempts", "Reason", "Assigned to", "Closed because", "Closed at",
                    "Created")
CALL_HEADER = ("Clinic number", "Call id", "Follow-up id", "At", "By", "Outcome",
               "Taking medicines", "Barriers", "Feeling", "Wants clinician call",
               "Decline reason", "Call back at", "Teach-back", "Notes")
WHAT = ("patients", "follow-ups", "calls")


def inert(value: Any) -> Any:
    """A cell a spreadsheet shows rather than runs (=, +, -, @ start formulas)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _yes(flag: Any) -> str:
    return "yes" if flag else "no"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"out": str(self.path), "rows": self.rows, "resources": self.counts}


def _write_atomic(path: Path, write: Callable[[IO[str]], Any], encoding: str) -> Any:
    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("w", encoding=encoding, newline="") as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ClinicError(N_("The export could not be written to {0} ({1}). Check the folder"
                             " exists, may be written and has space. Nothing was exported.").format(
                                 path, exc.strerror or exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result


def _csv(rows: Iterable[Sequence[Any]], header: Sequence[str]) -> Callable[[IO[str]], int]:
    def write(f: IO[str]) -> int:
        writer = csv.writer(f)
        writer.writerow(header)
        n = 0
        for row in rows:
            writer.writerow([inert(v) if v is not None else "" for v in row])
            n += 1
        return n
    return write


def patient_rows(repo: InterchangeRepository) -> Iterable[tuple[Any, ...]]:
    width = len(COLUMNS)
    for row in repo.patients_for_export(include_merged=False):
        p = row_to_patient(row[:width])
        s_name, s_rel, s_phone, s_consent, _ = row[width:]
        yield (p.clinic_number, p.given_name, p.family_name, p.other_names, p.sex.value,
               p.birth_date, p.birth_year, _yes(p.birth_year_estimated) if p.birth_year
               else "", "; ".join(p.phones), p.phone_confirmed_at, p.village, p.address,
               p.preferred_language, p.preferred_channel.value, p.preferred_time.value,
               _yes(p.do_not_contact), p.contact_consent_at, _yes(p.large_print),
               _yes(p.reading_support), p.status.value, p.notes, s_name, s_rel, s_phone,
               s_consent, (p.created_at or "")[:10])


class ExportService:
    def __init__(self, clinic: Any) -> None:
        self.clinic = clinic
        self.repo = InterchangeRepository(clinic.db)

    def export_csv(self, path: Path, what: str = "patients") -> ExportResult:
        """Patients, follow-ups or calls as CSV (UTF-8 with BOM: Excel shows accents)."""
        self.clinic.access.require(Permission.INTERCHANGE)
        if what == "patients":
            rows, header = patient_rows(self.repo), PATIENT_HEADER
        elif what == "follow-ups":
            rows, header = self.repo.follow_ups_for_export(), FOLLOW_UP_HEADER
        elif what == "calls":
            rows = (r[:7] + (", ".join(json.loads(r[7] or "[]")),) + r[8:9] +
                    (_yes(r[9]),) + r[10:12] + (_yes(r[12]),) + r[13:]
                    for r in self.repo.calls_for_export())
            header = CALL_HEADER
        else:
            raise ClinicError(N_("Export '{0}'? Choose one of: {1}.").format(what, ', '.join(WHAT)))
        n = _write_atomic(path, _csv(rows, header), "utf-8-sig")
        self.clinic.audit.record("export.csv", what.replace("-", "_"), None, rows=n,
                                 file=path.name)
        return ExportResult(path, n, {what: n})

    def export_fhir(self, path: Path) -> ExportResult:
        """A FHIR R4 Bundle (JSON) of patients, appointments, care plans and medicines."""
        from clinic_app.interchange.fhir import write_bundle

        self.clinic.access.require(Permission.INTERCHANGE)
        now = self.clinic.clock.now()
        counts = _write_atomic(path, lambda f: write_bundle(self.repo, f, now), "utf-8")
        self.clinic.audit.record("export.fhir", "patients", None, file=path.name, **{
            k.lower(): v for k, v in counts.items()})
        return ExportResult(path, sum(counts.values()), counts)
