"""One row of a patient list (mapped columns of text) -> a checked Patient, or the reason
it cannot be saved, in the words of the patient form's own checks (``build_patient``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from clinic_app.domain.patient import Patient, build_patient
from clinic_app.domain.phones import PhoneError, QuickPhones, search_digits_for
from clinic_app.domain.text import digits
from clinic_app.errors import ValidationError
from clinic_app.interchange import mapping as m
from clinic_app.interchange.dates import DateProblem, parse_date

LABELS = {
    "given_name": "Name", "family_name": "Name", "other_names": "Other names",
    "sex": "Sex", "birth_date": "Date of birth", "birth_year": "Year of birth", "age": "Age",
    "phones": "Phone", "village": "Village", "address": "Address", "notes": "Notes",
    "preferred_language": "Language", "do_not_contact": "Do not contact",
    "status": "Status", "birth_year_estimated": "Year of birth is an estimate",
    "support": "Support person", "support.name": "Support person",
    "support.relationship": "Support person's relationship",
    "support.phone": "Support person's phone",
}


#: build_patient's groups of fields that are checked together; every other field alone
_BIRTH = ("birth_date", "birth_year", "birth_year_estimated", "age")
_BIRTH_SETS = ("birth_date", "birth_year", "birth_year_estimated")
_NAMES = ("given_name", "family_name")
#: a name that build_patient accepts, to check other fields on their own
_SOME_NAME = "X"


class RowRejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Candidate:
    """A row that can be saved: its row number, the patient, the phone digits to index."""

    row: int
    patient: Patient
    phone_digits: str


def _title(name: str) -> str:
    """'OTIENO' -> 'Otieno' (lists often write family names in capitals)."""
    return name.title() if name.isupper() and len(name) > 1 else name


def split_full_name(full: str) -> tuple[str, str]:
    """(given, family) of a whole name: 'Otieno, Amina', 'OTIENO Amina', 'Amina Otieno'."""
    full = " ".join(full.split())
    if "," in full:
        family, _, given = full.partition(",")
        return given.strip(), family.strip()
    words = full.split(" ")
    if len(words) == 1:
        return words[0], ""
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and len(capitals) < len(words) and words[0].isupper():
        n = len([w for w in words[:len(capitals)] if w.isupper()])
        return " ".join(words[n:]), " ".join(words[:n])
    return " ".join(words[:-1]), words[-1]


class RowReader:
    """Reads rows of one file under one mapping."""

    def __init__(self, fields: list[str], *, country: str, today: dt.date,
                 default_language: str, date_order: str | None,
                 sex_values: list[str] | None = None) -> None:
        self.fields = fields
        self.country = country
        self.today = today
        self.default_language = default_language
        self.date_order = date_order
        self.sex_table = m.sex_reader(sex_values or [])
        self._columns: dict[str, list[int]] = {}
        for i, f in enumerate(fields):
            if f:
                self._columns.setdefault(f, []).append(i)
        import phonenumbers

        code = phonenumbers.country_code_for_region(country.upper())
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
        # Home numbers are shown (and indexed) in national form too; only when the calling
        # code is this country's alone can that be told from the E.164 text.
        self._home = f"+{code}" if code and len(regions) == 1 else None
        # A list repeats its values (first names, villages, birth dates, sexes, numbers):
        # each distinct value is checked by build_patient (or normalise) once.
        self._checked: dict[tuple[Any, ...], dict[str, Any] | None] = {}
        self._numbers: dict[str, tuple[str, str] | str] = {}
        self._quick = QuickPhones(country)  # normalise's answer, quicker for the usual shapes
        self._indexed: dict[tuple[str, str], str] = {}

    def _cell(self, cells: list[str], field: str) -> str:
        cols = self._columns.get(field)
        return cells[cols[0]].strip() if cols else ""

    def data(self, cells: list[str]) -> tuple[dict[str, Any], list[str]]:
        """The form data for build_patient, and the raw phone numbers."""
        cell = self._cell
        data: dict[str, Any] = {}
        problems: list[str] = []
        given, family = cell(cells, "given_name"), cell(cells, "family_name")
        family2 = cell(cells, "family_name_2")
        if family2:
            family = f"{family} {family2}".strip()
        if not (given or family) and cell(cells, "full_name"):
            given, family = split_full_name(cell(cells, "full_name"))
        data["given_name"], data["family_name"] = _title(given), _title(family)
        if "other_names" in self._columns:
            data["other_names"] = _title(cell(cells, "other_names"))
        if "sex" in self._columns:
            data["sex"] = m.read_sex(cell(cells, "sex"), self.sex_table)
        birth = cell(cells, "birth_date")
        if birth:
            try:
                data["birth_date"] = parse_date(birth, self.date_order, self.today,
                                                "Date of birth")
            except DateProblem as exc:
                problems.append(str(exc))
        elif cell(cells, "birth_year"):
            data["birth_year"] = cell(cells, "birth_year")
            if cell(cells, "birth_year_estimated"):
                data["birth_year_estimated"] = m.read_yes_no(
                    cell(cells, "birth_year_estimated"))
        elif cell(cells, "age"):
            data["age"] = m.read_age(cell(cells, "age"))
        for field in ("village", "address"):
            if field in self._columns:
                data[field] = cell(cells, field)
        notes = cell(cells, "notes")
        previous = cell(cells, "previous_number")
        if previous:
            notes = f"{notes}\nNumber in the old system: {previous}".strip()
        if notes:
            data["notes"] = notes
        language = cell(cells, "preferred_language")
        data["preferred_language"] = m.read_language(language) if language \
            else self.default_language
        if cell(cells, "status"):
            data["status"] = m.read_status(cell(cells, "status"))
        if cell(cells, "do_not_contact"):
            data["do_not_contact"] = m.read_yes_no(cell(cells, "do_not_contact"))
        support = {"name": cell(cells, "support_name"),
                   "relationship": cell(cells, "support_relationship"),
                   "phone": cell(cells, "support_phone")}
        if any(support.values()):
            data["support"] = support
        phones = [p for i in self._columns.get("phone", []) for p in m.split_phones(cells[i])]
        if problems:
            raise RowRejected("; ".join(problems))
        return data, phones

    def read(self, row: int, cells: list[str]) -> Candidate:
        """The checked patient of one row; RowRejected naming every problem."""
        data, raw_phones = self.data(cells)
        errors: dict[str, str] = {}
        phones: list[str] = []
        national: list[str] = []
        for raw in raw_phones:
            number = self._number(raw)
            if isinstance(number, str):
                errors.setdefault("phones", number)
                continue
            if number[0] not in phones:
                phones.append(number[0])
                national.append(number[1])
        patient = self._build(data, tuple(phones))
        if patient is None:  # something is wrong: build_patient says what, in its words
            try:
                patient = build_patient(data, self.country, self.today)
            except ValidationError as exc:
                errors = {**exc.errors, **{k: v for k, v in errors.items()
                                           if k not in exc.errors}}
            else:
                if phones:
                    patient = replace(patient, phones=tuple(phones))
        if errors:
            raise RowRejected("; ".join(
                f"{LABELS.get(k, k.replace('_', ' ').capitalize())}: {v}"
                for k, v in errors.items()))
        return Candidate(row, patient, self._phone_digits(phones, national))

    def _number(self, raw: str) -> tuple[str, str] | str:
        """(E.164, national form) of one number as written, or what is wrong with it."""
        known = self._numbers.get(raw)
        if known is None:
            try:
                phone = self._quick(raw)
                known = (phone.e164, phone.national)
            except PhoneError as exc:
                known = (f"{str(exc).rstrip('.')} ('{raw}')." if raw not in str(exc)
                         else str(exc))
            self._numbers[raw] = known
        return known

    def _build(self, data: dict[str, Any], phones: tuple[str, ...]) -> Patient | None:
        """What ``build_patient(data)`` gives (with these phones) when every field is right;
        None when any is not (the caller then asks build_patient for the problems).

        build_patient checks each field on its own, but for the name (at least one) and the
        birth (date, year, estimate or age together): each such group of the row's values
        is checked by build_patient itself, once per distinct group of values."""
        values: dict[str, Any] = {}
        birth: list[tuple[str, Any]] = []
        for key, value in data.items():
            if key in _BIRTH:
                birth.append((key, value))
                continue
            if isinstance(value, dict):  # the support person
                value = tuple(value.items())
            checked = self._check_group(((key, value),))
            if checked is None:
                return None
            values.update(checked)
        if not (values.get("given_name") or values.get("family_name")):
            return None  # no name: build_patient says so
        if birth:
            checked = self._check_group(tuple(birth))
            if checked is None:
                return None
            values.update(checked)
        return Patient(**values, phones=phones) if phones else Patient(**values)

    def _check_group(self, group: tuple[tuple[str, Any], ...]) -> dict[str, Any] | None:
        """The Patient fields build_patient sets from these values (with a name, when the
        group has none), or None when it rejects them. Remembered."""
        # with each value's type: 1 == 1.0 == True as keys, not to build_patient
        key = tuple((k, type(v), v) for k, v in group)
        try:
            known = self._checked.get(key, False)
        except TypeError:  # a value that cannot be a key: no shortcut
            return None
        if known is not False:
            return known  # type: ignore[return-value]
        data = {k: (dict(v) if k == "support" and isinstance(v, tuple) else v)
                for k, v in group}
        keys = [k for k, _ in group]
        if not any(k in _NAMES for k in keys):
            data["given_name"] = _SOME_NAME
        elif keys[0] == "given_name":
            data["family_name"] = _SOME_NAME
        else:
            data["given_name"] = _SOME_NAME
        sets = _BIRTH_SETS if keys[0] in _BIRTH else keys
        try:
            patient = build_patient(data, self.country, self.today)
            result: dict[str, Any] | None = {k: getattr(patient, k) for k in sets}
        except ValidationError:
            result = None
        self._checked[key] = result
        return result

    def _phone_digits(self, phones: list[str], national: list[str]) -> str:
        """What ``search_digits_for`` gives, without parsing each number again."""
        parts: list[str] = []
        for e164, nat in zip(phones, national, strict=True):
            part = self._indexed.get((e164, nat))
            if part is None:
                if self._home is None or not e164.startswith(self._home):
                    part = search_digits_for([e164], self.country)
                else:
                    intl, local = digits(e164), digits(nat)
                    part = intl if not local or local == intl else f"{intl} {local}"
                self._indexed[(e164, nat)] = part
            parts.append(part)
        return " ".join(parts)
