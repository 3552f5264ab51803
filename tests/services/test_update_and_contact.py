"""Editing a patient, confirming phone numbers, and when to ask about contact details."""

from __future__ import annotations

import pytest

from clinic_app.domain.patient import Patient
from clinic_app.errors import NotFoundError, ValidationError
from clinic_app.services.clinic import Clinic


def test_update_changes_only_what_was_given(clinic: Clinic, maria: Patient, clock) -> None:
    clock.advance(hours=2)
    p = clinic.patients.update(maria.id, {"village": "Lindi", "notes": "Prefers mornings"})
    assert (p.village, p.notes) == ("Lindi", "Prefers mornings")
    assert (p.given_name, p.phones, p.birth_date) == (maria.given_name, maria.phones,
                                                      maria.birth_date)
    assert p.updated_at == "2025-06-01T11:00:00.000Z" and p.created_at == maria.created_at


def test_update_with_bad_input_changes_nothing(clinic: Clinic, maria: Patient) -> None:
    with pytest.raises(ValidationError) as info:
        clinic.patients.update(maria.id, {"village": "Lindi", "birth_date": "2030-01-01"})
    assert "birth_date" in info.value.errors
    assert clinic.patients.get(maria.id) == maria


def test_update_unknown_patient(clinic: Clinic) -> None:
    with pytest.raises(NotFoundError):
        clinic.patients.update("nobody", {"village": "x"})


def test_renaming_updates_the_search_index(clinic: Clinic, maria: Patient) -> None:
    clinic.patients.update(maria.id, {"family_name": "Rodríguez"})
    assert [p.id for p in clinic.patients.search("rodriguez").patients] == [maria.id]
    assert clinic.patients.search("gonzalez").hits == []


def test_a_new_number_counts_as_confirmed_today(clinic: Clinic, maria: Patient, clock) -> None:
    clock.advance(days=10)
    p = clinic.patients.update(maria.id, {"phones": ["0712 345 678", "0722 555 010"]})
    assert p.phones == ("+254712345678", "+254722555010")
    assert p.phone_confirmed_at == "2025-06-11"
    assert [x.id for x in clinic.patients.search("0722 555").patients] == [maria.id]


def test_dropping_a_number_does_not_confirm_the_rest(clinic: Clinic, register,
                                                     clock) -> None:
    p = register(given_name="A", phones=["0712 345 678", "0722 555 010"])
    clock.advance(days=5)
    p = clinic.patients.update(p.id, {"phones": ["0712 345 678"]})
    assert p.phone_confirmed_at == "2025-06-01"
    assert clinic.patients.search("0722 555").hits == []


def test_numbers_typed_at_registration_count_as_confirmed(clinic: Clinic,
                                                         maria: Patient) -> None:
    assert maria.phone_confirmed_at == "2025-06-01"
    assert not clinic.patients.needs_contact_check(maria)
    no_phone = clinic.patients.register({"given_name": "No", "family_name": "Phone"})
    assert no_phone.phone_confirmed_at is None


def test_confirm_phone_uses_the_clinic_clock(clinic: Clinic, maria: Patient, clock) -> None:
    maria = clinic.patients.update(maria.id, {"phone_confirmed_at": None})
    assert maria.phone_confirmed_at is None
    assert clinic.patients.needs_contact_check(maria)  # never confirmed
    clock.advance(days=3)
    p = clinic.patients.confirm_phone(maria.id)
    assert p.phone_confirmed_at == "2025-06-04"
    assert clinic.patients.get(maria.id).phone_confirmed_at == "2025-06-04"
    assert not clinic.patients.needs_contact_check(p)


def test_contact_check_after_the_configured_days(clinic: Clinic, maria: Patient,
                                                 clock) -> None:
    p = clinic.patients.confirm_phone(maria.id)
    assert clinic.settings.get("phone_confirm_days") == 90
    clock.advance(days=90)
    assert not clinic.patients.needs_contact_check(p)
    clock.advance(days=1)
    assert clinic.patients.needs_contact_check(p)
    clinic.settings.update({"phone_confirm_days": 120})
    assert not clinic.patients.needs_contact_check(p)
    clinic.settings.update({"phone_confirm_days": 30})
    clock.set(clock.now().replace(month=7, day=1))  # 30 days after confirming
    assert not clinic.patients.needs_contact_check(p)
    clock.advance(days=1)
    assert clinic.patients.needs_contact_check(p)


def test_patient_without_a_phone_always_needs_a_check(clinic: Clinic, register) -> None:
    p = register(given_name="No", family_name="Phone")
    assert clinic.patients.needs_contact_check(p)


def test_list_window_through_the_service(clinic: Clinic, register) -> None:
    for given, family in [("B", "Otieno"), ("A", "Achieng"), ("C", "Zola")]:
        register(given_name=given, family_name=family)
    page = clinic.patients.list_window(None, 2)
    assert [p.family_name for _, p in page] == ["Achieng", "Otieno"]
    rest = clinic.patients.list_window(page[-1][0], 2)
    assert [p.family_name for _, p in rest] == ["Zola"]
