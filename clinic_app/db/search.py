"""Front-desk search over the FTS5 indexes: tiers in order, each a LIMIT in index order.

No tier sorts all its matches (a 1-letter prefix matches a large share of a million
patients); each reads at most ``limit`` rows and the tiers give the order:
exact clinic number, whole-word names, name prefixes, phone fragments.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinic_app.db.connection import Database
from clinic_app.db.patients import SELECT, row_to_patient
from clinic_app.domain.patient import Patient
from clinic_app.domain.text import digits, parse_clinic_number, tokens

MIN_PHONE_DIGITS = 3


@dataclass(frozen=True)
class SearchHit:
    patient: Patient
    tier: str  # 'clinic_number' | 'name' | 'name_prefix' | 'phone'


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def name_match_expr(query_tokens: list[str], prefix: bool) -> str:
    """FTS5 MATCH text: every token (AND), whole words or prefixes."""
    star = "*" if prefix else ""
    return " ".join(_quote(t) + star for t in query_tokens)


def phone_match_expr(fragment: str) -> str:
    return _quote(fragment)


class PatientSearch:
    def __init__(self, db: Database) -> None:
        self.db = db

    def by_clinic_number(self, prefix: str | None, seq: int, limit: int) -> list[Patient]:
        """Patients with this clinic number. A number whose record was merged leads to the
        record it was merged into (the patient's card still shows the old number)."""
        if prefix:
            rows = self.db.query(
                f"SELECT {SELECT} FROM patients p WHERE p.clinic_seq = ? "
                "AND p.clinic_number LIKE ? || '-%' LIMIT ?", (seq, prefix, limit))
        else:
            rows = self.db.query(
                f"SELECT {SELECT} FROM patients p WHERE p.clinic_seq = ? LIMIT ?", (seq, limit))
        found = []
        for r in rows:
            patient = row_to_patient(r)
            if patient.merged_into:
                patient = self.survivor_of(patient)
            if patient is not None and patient not in found:
                found.append(patient)
        return found

    def survivor_of(self, patient: Patient) -> Patient | None:
        """The live record a merged one now lives on in (following merges of merges)."""
        seen: set[str] = set()
        while patient.merged_into and patient.merged_into not in seen:
            seen.add(patient.merged_into)
            rows = self.db.query(f"SELECT {SELECT} FROM patients p WHERE p.id = ?",
                                 (patient.merged_into,))
            if not rows:
                return None
            patient = row_to_patient(rows[0])
        return None if patient.merged_into else patient

    def by_names(self, match: str, limit: int,
                 born: tuple[int, int] | None = None) -> list[tuple[int, Patient]]:
        """Name matches in index order; ``born`` keeps those born in that range of years
        (or whose birth is not recorded)."""
        if born is None:
            rows = self.db.query(
                f"SELECT {SELECT} FROM patient_names_fts f JOIN patients p ON p.pk = f.rowid "
                "WHERE patient_names_fts MATCH ? AND p.deleted = 0 LIMIT ?", (match, limit))
        else:
            rows = self.db.query(
                f"SELECT {SELECT} FROM patient_names_fts f JOIN patients p ON p.pk = f.rowid "
                "WHERE patient_names_fts MATCH ? AND p.deleted = 0 AND coalesce("
                "CAST(substr(p.birth_date, 1, 4) AS INTEGER), p.birth_year, ?) BETWEEN ? AND ? "
                "LIMIT ?", (match, born[0], born[0], born[1], limit))
        return [(r[0], row_to_patient(r)) for r in rows]

    def by_phone(self, match: str, limit: int) -> list[tuple[int, Patient]]:
        rows = self.db.query(
            f"SELECT {SELECT} FROM patient_phones_fts f JOIN patients p ON p.pk = f.rowid "
            "WHERE patient_phones_fts MATCH ? AND p.deleted = 0 LIMIT ?", (match, limit))
        return [(r[0], row_to_patient(r)) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Matches for what the receptionist typed, best first."""
        hits: list[SearchHit] = []
        seen: set[str] = set()

        def add(patients: list[Patient], tier: str) -> None:
            for p in patients:
                if p.id not in seen and len(hits) < limit:
                    seen.add(p.id or "")
                    hits.append(SearchHit(p, tier))

        number = parse_clinic_number(query)
        if number is not None:
            add(self.by_clinic_number(number[0], number[1], limit), "clinic_number")
        words = [t for t in tokens(query) if not t.isdecimal()]
        if words and len(hits) < limit:
            whole = self.by_names(name_match_expr(words, prefix=False), limit)
            add([p for _, p in whole], "name")
        if words and len(hits) < limit:
            pre = self.by_names(name_match_expr(words, prefix=True), limit + len(hits))
            add([p for _, p in pre], "name_prefix")
        frag = digits(query)
        if not words and len(frag) >= MIN_PHONE_DIGITS and len(hits) < limit:
            phone = self.by_phone(phone_match_expr(frag), limit + len(hits))
            add([p for _, p in phone], "phone")
        return hits

    def name_terms(self) -> list[str]:
        """Every distinct name word in the index (for 'did you mean' spellings)."""
        return [r[0] for r in self.db.query("SELECT term FROM patient_names_vocab")]
