"""Registering: validation saves nothing on error; likely duplicates are shown first."""

from __future__ import annotations

from typing import Any

import pytest

from clinic_app.domain.patient import Patient
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.services.patients import DuplicatesFound


def refused(clinic: Clinic, data: dict[str, Any]) -> dict[str, str]:
    before = clinic.patients.count()
    with pytest.raises(ValidationError) as info:
        clinic.patients.register(data)
    assert clinic.patients.count() == before  # nothing saved
    return info.value.errors


def test_register_saves_and_numbers(clinic: Clinic) -> None:
    p = clinic.patients.register({"given_name": "Amina", "family_name": "Juma",
                                  "phones": ["0712 345 678"], "age": 30})
    assert p.id and p.clinic_number == "KIB-000001"
    assert p.birth_year == 1995 and p.birth_year_estimated
    assert clinic.patients.get(p.id) == p
    assert clinic.patients.count() == 1


def test_prefix_setting_is_used_for_new_numbers(clinic: Clinic, register) -> None:
    register(given_name="A")
    clinic.settings.update({"site_prefix": "lnd"})
    assert register(given_name="B").clinic_number == "LND-000002"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"family_name": ""}, "given_name"),
        ({"given_name": "A", "birth_date": "2025-06-02"}, "birth_date"),
        ({"given_name": "A", "birth_date": "2023-02-30"}, "birth_date"),
        ({"given_name": "A", "birth_year": 2026}, "birth_year"),
        ({"given_name": "A", "phones": ["0712 34"]}, "phones"),
        ({"given_name": "A", "support": {"phone": "0722 555 010"}}, "support.name"),
        ({"given_name": "A", "hair": "brown"}, "hair"),
    ],
)
def test_invalid_input_names_the_field_and_saves_nothing(clinic: Clinic, maria: Patient,
                                                         data: dict[str, Any],
                                                         field: str) -> None:
    assert field in refused(clinic, data)


def test_future_birth_date_uses_the_clinic_clock(clinic: Clinic, clock) -> None:
    refused(clinic, {"given_name": "A", "birth_date": "2025-06-02"})
    clock.advance(days=1)
    assert clinic.patients.register({"given_name": "A", "birth_date": "2025-06-02"})


def test_phone_numbers_follow_the_clinic_country(clinic: Clinic) -> None:
    clinic.settings.update({"country": "NG"})
    p = clinic.patients.register({"given_name": "Ngozi", "phones": ["0803 123 4567"]})
    assert p.phones == ("+2348031234567",)
    assert [h.patient.id for h in clinic.patients.search("0803 123").hits] == [p.id]


def test_near_identical_person_is_shown_as_a_likely_duplicate(clinic: Clinic,
                                                              maria: Patient) -> None:
    with pytest.raises(DuplicatesFound) as info:
        clinic.patients.register({"given_name": "Maria", "family_name": "Gonzales",
                                  "birth_year": 1985, "village": "Kibera"})
    matches = info.value.matches
    assert [m.patient.id for m in matches] == [maria.id]
    assert {"similar name", "same or near birth year", "same village"} <= set(matches[0].reasons)
    assert "KIB-000001" in str(info.value) and "González" in str(info.value)
    assert isinstance(info.value, ClinicError)
    assert clinic.patients.count() == 1


def test_same_phone_and_similar_name_is_a_likely_duplicate(clinic: Clinic,
                                                           maria: Patient) -> None:
    with pytest.raises(DuplicatesFound) as info:
        clinic.patients.register({"given_name": "Maria", "family_name": "Gonzales",
                                  "phones": ["+254 712-345-678"], "village": "Lindi"})
    assert "same phone" in info.value.matches[0].reasons
    assert clinic.patients.count() == 1


def test_reordered_and_sound_alike_names_are_found(clinic: Clinic, register) -> None:
    muhammad = register(given_name="Muhammad", family_name="Abdullahi", birth_year=1979,
                        village="Lindi")
    for data in ({"given_name": "Mohamed", "family_name": "Abdullahi", "age": 46,
                  "village": "Lindi"},
                 {"given_name": "Abdullahi", "family_name": "Muhammad", "birth_year": 1979}):
        with pytest.raises(DuplicatesFound) as info:
            clinic.patients.register(data)
        assert info.value.matches[0].patient.id == muhammad.id


def test_confirmed_new_person_is_saved(clinic: Clinic, maria: Patient) -> None:
    data = {"given_name": "Maria", "family_name": "Gonzales", "birth_year": 1985,
            "village": "Kibera"}
    with pytest.raises(DuplicatesFound):
        clinic.patients.register(data)
    p = clinic.patients.register(data, confirmed_new=True)
    assert p.clinic_number == "KIB-000002"
    assert clinic.patients.count() == 2


def test_unrelated_person_registers_without_questions(clinic: Clinic, maria: Patient) -> None:
    p = clinic.patients.register({"given_name": "Juma", "family_name": "Otieno",
                                  "birth_year": 1990, "village": "Kibera",
                                  "phones": ["0722 555 010"]})
    assert p.clinic_number == "KIB-000002"


def test_merged_records_are_not_offered_as_duplicates(clinic: Clinic, maria: Patient,
                                                      register) -> None:
    twin = register(given_name="Maria", family_name="Gonzalez", birth_year=1984)
    clinic.patients.merge(maria.id, twin.id)
    with pytest.raises(DuplicatesFound) as info:
        clinic.patients.register({"given_name": "María", "family_name": "González",
                                  "birth_date": "1984-03-07"})
    assert [m.patient.id for m in info.value.matches] == [maria.id]


def test_find_duplicates_ignores_the_record_itself(clinic: Clinic, maria: Patient) -> None:
    assert clinic.patients.find_duplicates(maria) == []
