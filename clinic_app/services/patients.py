"""Patient use cases: find, register (without duplicates), edit, confirm contact, merge."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, replace
from typing import Any

from clinic_app.db.patients import ListKey, PatientRepository
from clinic_app.db.search import PatientSearch, SearchHit, name_match_expr, phone_match_expr
from clinic_app.domain.clock import Clock, today
from clinic_app.domain.matching import DuplicateMatch, duplicate_score, skeleton, spelling_score
from clinic_app.domain.patient import Patient, build_patient
from clinic_app.domain.phones import search_digits_for
from clinic_app.domain.roles import Permission
from clinic_app.domain.text import digits, fold, tokens
from clinic_app.errors import ClinicError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService
from clinic_app.services.settings import SettingsService

logger = logging.getLogger(__name__)

SUGGESTION_CUTOFF = 70.0


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    suggestions: list[str]  # close spellings, offered only when nothing matched

    @property
    def patients(self) -> list[Patient]:
        return [h.patient for h in self.hits]


class DuplicatesFound(ClinicError):
    """Raised by ``register`` when likely duplicates exist and were not dismissed."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        names = "; ".join(f"{m.patient.clinic_number} {m.patient.full_name}" for m in matches[:3])
        super().__init__(f"This may be a patient already registered: {names}.")


class PatientService:
    def __init__(self, repo: PatientRepository, search: PatientSearch,
                 settings: SettingsService, clock: Clock, access: Access,
                 audit: AuditService) -> None:
        self.repo = repo
        self._search = search
        self.settings = settings
        self.clock = clock
        self.access = access
        self.audit = audit
        self._terms: tuple[int, list[str], dict[str, list[str]]] | None = None
        self._terms_lock = threading.Lock()

    @property
    def country(self) -> str:
        return str(self.settings.get("country"))

    def today(self) -> dt.date:
        return today(self.clock)

    # finding ---------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> SearchResult:
        """Matches best first; close spellings when nothing matched."""
        self.access.require(Permission.PATIENTS)
        if not query.strip():
            return SearchResult([], [])
        hits = self._search.search(query, limit)
        suggestions: list[str] = []
        if not hits:
            suggestions = self.suggest(query)
        return SearchResult(hits, suggestions)

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Close spellings of the query's names in the register ('Mohamed' -> 'Muhammad')."""
        words = [t for t in tokens(query) if not t.isdecimal()]
        if not words:
            return []
        from rapidfuzz import fuzz, process

        terms, by_sound = self._name_terms()
        options: list[list[str]] = []
        for word in words:
            near = {t for t, _, _ in process.extract(
                word, terms, scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF - 10, limit=20)}
            near.update(by_sound.get(skeleton(word), []))
            ranked = sorted((t for t in near if spelling_score(word, t) >= SUGGESTION_CUTOFF),
                            key=lambda t: (-spelling_score(word, t), t))
            options.append(ranked[:limit] or [word])
        suggestions: list[str] = []
        # Vary one word at a time, keeping the others as typed (or their best spelling).
        best = [o[0] for o in options]
        for i, alts in enumerate(options):
            for alt in alts:
                words_out = best[:i] + [alt] + best[i + 1:]
                text = " ".join(w.title() for w in words_out)
                if text not in suggestions and fold(text) != fold(query) and \
                        self._search.by_names(name_match_expr(words_out, False), 1):
                    suggestions.append(text)
        return suggestions[:limit]

    def _name_terms(self) -> tuple[list[str], dict[str, list[str]]]:
        # Cached; a new row (max pk) or this service's own renames and merges make it stale.
        version = self.repo.max_pk()
        with self._terms_lock:
            if self._terms is None or self._terms[0] != version:
                terms = [t for t in self._search.name_terms() if not t.isdecimal()]
                by_sound: dict[str, list[str]] = {}
                for t in terms:
                    by_sound.setdefault(skeleton(t), []).append(t)
                self._terms = (version, terms, by_sound)
            return self._terms[1], self._terms[2]

    def get(self, patient_id: str) -> Patient:
        self.access.require(Permission.PATIENTS)
        return self.repo.get(patient_id)

    def by_clinic_number(self, number: str) -> Patient | None:
        """The record with exactly this clinic number (merged ones too), or None."""
        self.access.require(Permission.PATIENTS)
        return self.repo.by_clinic_number(number.strip().upper()) if number.strip() else None

    def linked_records(self, patient_id: str) -> dict[str, int]:
        """How many visits, plans, follow-ups, calls ... hang on a record (before a merge)."""
        self.access.require(Permission.PATIENTS)
        return self.repo.child_counts(patient_id)

    def open(self, patient_id: str) -> Patient:
        """A person opens the record: read it and write that to the audit trail."""
        self.access.require(Permission.PATIENTS)
        patient = self.repo.get(patient_id)
        self.audit.record("patient.open", "patients", patient_id)
        return patient

    def count(self) -> int:
        self.access.require(Permission.PATIENTS)
        return self.repo.count()

    def list_window(self, after: ListKey | None, limit: int) -> list[tuple[ListKey, Patient]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.list_window(after, limit)

    def list_at(self, offset: int, limit: int) -> list[tuple[ListKey, Patient]]:
        self.access.require(Permission.PATIENTS)
        return self.repo.list_at(offset, limit)

    def needs_contact_check(self, patient: Patient) -> bool:
        days = int(self.settings.get("phone_confirm_days"))
        return patient.needs_contact_check(self.today(), days)

    # registering and editing -------------------------------------------------
    def validate(self, data: dict[str, Any], base: Patient | None = None) -> Patient:
        return build_patient(data, self.country, self.today(), base)

    def find_duplicates(self, candidate: Patient, limit: int = 5) -> list[DuplicateMatch]:
        """Registered patients who are likely the same person as ``candidate``."""
        pool: dict[str, Patient] = {}
        words = tokens(f"{candidate.given_name} {candidate.family_name}")
        year = candidate.approx_birth_year()
        # In a large register a common name matches thousands: when the birth year is known,
        # only people born within a few years of it are read (then scored by the rules).
        born = (year - 6, year + 6) if year else None
        if words:
            # Same names (any order), names starting alike, then names that sound alike.
            for p in self._patients_named(words, 200, born):
                pool.setdefault(p.id or "", p)
            stems = [w[:3] for w in words[:3]]
            for _, p in self._search.by_names(name_match_expr(stems, prefix=True), 200, born):
                pool.setdefault(p.id or "", p)
            _, by_sound = self._name_terms()
            alternatives = [by_sound.get(skeleton(w), [w])[:5] or [w] for w in words[:3]]
            for i, alts in enumerate(alternatives):
                for alt in alts:
                    variant = words[:i] + [alt] + words[i + 1:]
                    for p in self._patients_named(variant, 50, born):
                        pool.setdefault(p.id or "", p)
        for e164 in candidate.phones:
            for _, p in self._search.by_phone(phone_match_expr(digits(e164)), 20):
                pool.setdefault(p.id or "", p)
        pool.pop(candidate.id or "", None)
        matches = [m for p in pool.values() if (m := duplicate_score(candidate, p))]
        matches.sort(key=lambda m: -m.score)
        return matches[:limit]

    def _patients_named(self, words: list[str], limit: int,
                        born: tuple[int, int] | None = None) -> list[Patient]:
        return [p for _, p in self._search.by_names(name_match_expr(words, False), limit, born)]

    def register(self, data: dict[str, Any], *, confirmed_new: bool = False) -> Patient:
        """Validate and save a new patient.

        Raises ValidationError for bad input and DuplicatesFound when likely duplicates
        exist, unless ``confirmed_new`` says a person checked them. Nothing is saved then.
        """
        self.access.require(Permission.PATIENTS)
        if "preferred_language" not in data:  # the clinic's language unless told otherwise
            data = {**data, "preferred_language": self.settings.get("default_language")}
        patient = self.validate(data)
        if patient.phones and not patient.phone_confirmed_at:
            # Numbers typed in with the patient at the desk are confirmed today.
            patient = replace(patient, phone_confirmed_at=self.today().isoformat())
        if not confirmed_new:
            matches = self.find_duplicates(patient)
            if matches:
                raise DuplicatesFound(matches)
        prefix = str(self.settings.get("site_prefix"))
        with self.repo.db.transaction():
            saved = self.repo.add(patient, prefix,
                                  search_digits_for(list(patient.phones), self.country))
            self.audit.record("patient.create", "patients", saved.id,
                              clinic_number=saved.clinic_number)
        return saved

    def update(self, patient_id: str, data: dict[str, Any]) -> Patient:
        self.access.require(Permission.PATIENTS)
        current = self.repo.get(patient_id)
        if current.merged_into:
            survivor = self._search.survivor_of(current)
            where = survivor.clinic_number if survivor else "the record it was merged into"
            raise ClinicError(N_("{0} was merged into {1}; open and edit that record "
                                 "instead.").format(current.clinic_number, where))
        updated = self.validate(data, base=current)
        if set(updated.phones) - set(current.phones) and "phone_confirmed_at" not in data:
            # A new number typed in is confirmed by whoever typed it.
            updated = replace(updated, phone_confirmed_at=self.today().isoformat())
        if updated.phone_confirmed_at != current.phone_confirmed_at or \
                set(updated.phones) != set(current.phones):
            # Numbers confirmed or corrected: no longer unreachable; a wrong number removed
            # from the record is no longer listed as wrong.
            updated = replace(updated, contact_status="ok", wrong_phones=tuple(
                p for p in current.wrong_phones
                if p in updated.phones and updated.phone_confirmed_at ==
                current.phone_confirmed_at))
        changed = sorted(f for f in data if getattr(updated, f, None) != getattr(current, f, None))
        with self.repo.db.transaction():
            saved = self.repo.update(updated,
                                     search_digits_for(list(updated.phones), self.country))
            self.audit.record("patient.edit", "patients", patient_id, fields=changed)
        if fold(saved.full_name) != fold(current.full_name):
            with self._terms_lock:
                self._terms = None  # a rename leaves max(pk) alone: spell from the new names
        return saved

    def confirm_phone(self, patient_id: str) -> Patient:
        """'Phone confirmed today'."""
        return self.update(patient_id, {"phone_confirmed_at": self.today().isoformat()})

    def merge(self, survivor_id: str, merged_id: str) -> tuple[Patient, dict[str, int]]:
        """Merge ``merged_id`` into ``survivor_id``: every visit, plan, follow-up and call moves;
        the merged record becomes a tombstone pointing to the survivor; nothing is lost."""
        self.access.require(Permission.MERGE_PATIENTS)
        if survivor_id == merged_id:
            raise ClinicError(N_("Choose two different records to merge."))
        survivor = self.repo.get(survivor_id)
        merged = self.repo.get(merged_id)
        for p in (survivor, merged):
            if p.merged_into:
                raise ClinicError(N_("{0} was already merged into another record.")
                    .format(p.clinic_number))
        combined = combine(survivor, merged)
        with self.repo.db.transaction():
            moved = self.repo.merge(combined, merged,
                                    search_digits_for(list(combined.phones), self.country))
            self.audit.record("patient.merge", "patients", survivor_id, merged=merged_id,
                              moved=moved)
        with self._terms_lock:
            self._terms = None
        return self.repo.get(survivor_id), moved


def combine(survivor: Patient, merged: Patient) -> Patient:
    """The survivor's fields, completed (never overwritten) by the merged record's."""
    changes: dict[str, Any] = {}
    for field in ("other_names", "village", "address", "contact_consent_at"):
        if not getattr(survivor, field) and getattr(merged, field):
            changes[field] = getattr(merged, field)
    if not survivor.birth_date and merged.birth_date:
        changes.update(birth_date=merged.birth_date, birth_year=None, birth_year_estimated=False)
    elif not survivor.birth_date and not survivor.birth_year and merged.birth_year:
        changes.update(birth_year=merged.birth_year,
                       birth_year_estimated=merged.birth_year_estimated)
    phones = list(survivor.phones) + [p for p in merged.phones if p not in survivor.phones]
    changes["phones"] = tuple(phones)
    if merged.phone_confirmed_at and (not survivor.phone_confirmed_at
                                      or merged.phone_confirmed_at > survivor.phone_confirmed_at):
        changes["phone_confirmed_at"] = merged.phone_confirmed_at
    for flag in ("do_not_contact", "large_print", "reading_support"):
        if getattr(merged, flag):
            changes[flag] = True  # the safer choice survives
    if merged.notes.strip():
        note = f"From merged record {merged.clinic_number}: {merged.notes.strip()}"
        changes["notes"] = f"{survivor.notes.rstrip()}\n{note}".strip()
    return replace(survivor, **changes)
