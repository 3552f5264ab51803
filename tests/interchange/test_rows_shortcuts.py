"""The row checks remember what they checked (each distinct value once, each number parsed
once): every row must still come out exactly as ``build_patient`` and ``normalise`` say, in
their words, whatever the row holds."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from clinic_app.domain.patient import build_patient
from clinic_app.domain.phones import PhoneError, normalise, search_digits_for
from clinic_app.domain.text import name_key
from clinic_app.errors import ValidationError
from clinic_app.interchange.csv_import import NameKeys
from clinic_app.interchange.rows import LABELS, Candidate, RowReader, RowRejected

TODAY = dt.date(2026, 11, 23)
FIELDS = ["family_name", "given_name", "other_names", "birth_date", "age", "birth_year",
          "birth_year_estimated", "phone", "sex", "village", "preferred_language", "status",
          "do_not_contact", "notes", "support_name", "support_phone"]
VALUES = {
    "family_name": ["OTIENO", "Otieno", "", "  ", "González", "Ng\x07ozi", "x" * 201,
                    "o'brien-smith", "Ɗangote", "Wan  jiku"],
    "given_name": ["Amina", "", "AMINA", "María José", "Zo\u0000e", "Ruƙayya", " Juma "],
    "other_names": ["", "Wanjiru", "\x01"],
    "birth_date": ["", "07/03/1984", "31/02/1984", "01/01/2030", "12/05/1890", "1984",
                   "hier", "03/07/1984"],
    "age": ["", "34", "34 ans", "-2", "300", "about 40", "x"],
    "birth_year": ["", "1975", "1975.5", "2040", "1850"],
    "birth_year_estimated": ["", "oui", "no", "peut-être"],
    "phone": ["", "0712 345 678", "0712 345 678 / 0733 111 222", "0712", "+44 20 7946 0958",
              "0712 345 678; 0712345678", "12345", "07x2 345 678", "+254 712 345 678"],
    "sex": ["F", "H", "", "?"],
    "village": ["Kibera", "", "Soweto East", "Ki\x0bbera", "v" * 201],
    "preferred_language": ["", "fr", "sw", "klingon"],
    "status": ["", "active", "décédé", "gone"],
    "do_not_contact": ["", "oui", "non", "maybe"],
    "notes": ["", "diabetic", "line\nbreak", "n" * 5001],
    "support_name": ["", "Mama Amina"],
    "support_phone": ["", "0722 000 111", "07"],
}


def reference(reader: RowReader, row: int, cells: list[str]) -> Candidate | str:
    """The row checked the plain way: build_patient and normalise on every row."""
    try:
        data, raw_phones = reader.data(cells)
    except RowRejected as exc:
        return exc.reason
    errors: dict[str, str] = {}
    patient = None
    try:
        patient = build_patient(data, reader.country, reader.today)
    except ValidationError as exc:
        errors.update(exc.errors)
    phones: list[str] = []
    national: list[str] = []
    for raw in raw_phones:
        try:
            phone = normalise(raw, reader.country)
        except PhoneError as exc:
            errors.setdefault("phones", f"{str(exc).rstrip('.')} ('{raw}')."
                              if raw not in str(exc) else str(exc))
            continue
        if phone.e164 not in phones:
            phones.append(phone.e164)
            national.append(phone.national)
    if errors or patient is None:
        return "; ".join(f"{LABELS.get(k, k.replace('_', ' ').capitalize())}: {v}"
                         for k, v in errors.items())
    if phones:
        patient = replace(patient, phones=tuple(phones))
    return Candidate(row, patient, search_digits_for(phones, reader.country))


def checked(reader: RowReader, row: int, cells: list[str]) -> Candidate | str:
    try:
        return reader.read(row, cells)
    except RowRejected as exc:
        return exc.reason


@pytest.mark.parametrize("country", ["KE", "FR", "US"])
def test_remembered_checks_match_build_patient_row_for_row(country: str) -> None:
    rng = random.Random(8)
    rows = []
    for _ in range(3000):
        # mostly good rows, some cells from the bad end of the list
        rows.append([rng.choice(VALUES[f][:3] if rng.random() < 0.8 else VALUES[f])
                     for f in FIELDS])
    rows += rows[:500]  # repeated rows are answered from what was remembered
    sexes = sorted({r[FIELDS.index("sex")] for r in rows})
    args = {"country": country, "today": TODAY, "default_language": "sw",
            "date_order": "day-first", "sex_values": sexes}
    plain, quick = RowReader(FIELDS, **args), RowReader(FIELDS, **args)
    kinds = set()
    for n, cells in enumerate(rows, start=2):
        want, got = reference(plain, n, cells), checked(quick, n, cells)
        assert got == want, (cells, got, want)
        kinds.add(type(want))
    assert kinds == {str, Candidate}  # both kinds of answer were compared


def test_a_value_seen_before_gets_the_same_answer_after_other_rows() -> None:
    fields = ["given_name", "family_name", "birth_date", "phone"]
    reader = RowReader(fields, country="KE", today=TODAY, default_language="sw",
                       date_order="day-first")
    first = reader.read(2, ["Amina", "Otieno", "07/03/1984", "0712 345 678"])
    with pytest.raises(RowRejected, match="Date of birth"):
        reader.read(3, ["Amina", "Otieno", "31/02/1984", "0712 345 678"])
    with pytest.raises(RowRejected, match="Name"):
        reader.read(4, ["", "", "07/03/1984", "0712 345 678"])
    again = reader.read(5, ["Amina", "Otieno", "07/03/1984", "0712 345 678"])
    assert replace(again, row=2) == first
    assert again.patient.phones == ("+254712345678",)
    assert again.phone_digits == "254712345678 0712345678"


def test_name_keys_of_parts_match_name_key_of_the_whole() -> None:
    rng = random.Random(3)
    pieces = ["Amina", "OTIENO", "María José", "d'Arc", "Ɗangote", "o_brien", "Ruƙayya",
              "Noël-Brûlé", "ǿrsted", "Straße", "  ", "", "e\u0301mile", "\u0301x", "ΣΑΣ",
              "İnan", "Œdipe", "123", "Wan  jiku", "ﬁne"]
    keys = NameKeys()
    for _ in range(3000):
        family, given, other = (rng.choice(pieces) + rng.choice(["", " ", "-"]) +
                                rng.choice(pieces) for _ in range(3))
        assert keys(family, given, other) == name_key(family, given, other), \
            (family, given, other)
        assert keys(family, given) == name_key(family, given)


def test_values_equal_as_keys_are_not_taken_for_one_another() -> None:
    """1975 and 1975.0 are one dictionary key, but build_patient accepts only the first."""
    reader = RowReader(["given_name"], country="KE", today=TODAY, default_language="sw",
                       date_order=None)
    name = {"given_name": "Amina", "family_name": "Otieno"}
    assert reader._build({**name, "birth_year": 1975}, ()) is not None
    assert reader._build({**name, "birth_year": 1975.0}, ()) is None
    assert reader._build({**name, "birth_year": 1975}, ()) is not None
