"""build_patient: raw input from a form, JSON or CSV into a valid Patient, or clear errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clinic_app.domain.patient import (
    Channel,
    Patient,
    Sex,
    SupportContact,
    build_patient,
)
from clinic_app.errors import ValidationError

TODAY = dt.date(2025, 6, 1)


def build(data: dict[str, Any], base: Patient | None = None) -> Patient:
    return build_patient(data, "KE", TODAY, base)


def errors_of(data: dict[str, Any], base: Patient | None = None) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        build(data, base)
    return info.value.errors


def test_a_full_record_is_cleaned_up() -> None:
    p = build({
        "given_name": "  María  José ", "family_name": "González", "sex": "Female",
        "birth_date": "1984-03-07", "phones": ["0712 345 678", "+254 712-345-678", "0722555010"],
        "village": " Kibera ", "preferred_language": "ES", "preferred_channel": "sms",
        "do_not_contact": "no", "large_print": "yes",
    })
    assert p.given_name == "María José"
    assert p.family_name == "González"
    assert p.sex is Sex.FEMALE
    assert p.birth_date == "1984-03-07" and p.birth_year is None
    assert p.phones == ("+254712345678", "+254722555010")  # normalised, duplicate dropped
    assert p.village == "Kibera"
    assert p.preferred_language == "es"
    assert p.preferred_channel is Channel.SMS
    assert p.large_print is True and p.do_not_contact is False
    assert p.full_name == "María José González"


@pytest.mark.parametrize("data", [{}, {"given_name": "  ", "family_name": ""},
                                  {"village": "Kibera"}])
def test_a_name_is_required(data: dict[str, Any]) -> None:
    assert "given_name" in errors_of(data)


def test_one_name_is_enough() -> None:
    assert build({"family_name": "Otieno"}).full_name == "Otieno"


def test_future_birth_date_is_refused() -> None:
    errors = errors_of({"given_name": "A", "birth_date": "2025-06-02"})
    assert "future" in errors["birth_date"]


def test_birth_date_today_is_fine() -> None:
    assert build({"given_name": "Baby", "birth_date": "2025-06-01"}).birth_date == "2025-06-01"


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13-01", "07/03/1984", "yesterday"])
def test_impossible_dates_are_refused(bad: str) -> None:
    errors = errors_of({"given_name": "A", "birth_date": bad})
    assert "not a real date" in errors["birth_date"]
    assert bad in errors["birth_date"]


def test_birth_date_too_long_ago() -> None:
    assert "birth_date" in errors_of({"given_name": "A", "birth_date": "1890-01-01"})


def test_birth_date_as_a_date_object() -> None:
    assert build({"given_name": "A", "birth_date": dt.date(1990, 1, 2)}).birth_date == "1990-01-02"


@pytest.mark.parametrize(("year", "words"), [(2026, "future"), (1850, "125"),
                                             ("about 1970", "number")])
def test_bad_birth_years(year: Any, words: str) -> None:
    assert words in errors_of({"given_name": "A", "birth_year": year})["birth_year"]


def test_birth_year_alone() -> None:
    p = build({"given_name": "A", "birth_year": "1975", "birth_year_estimated": True})
    assert (p.birth_date, p.birth_year, p.birth_year_estimated) == (None, 1975, True)
    assert p.birth_display() == "about 1975"


def test_age_becomes_an_estimated_birth_year() -> None:
    p = build({"given_name": "A", "age": "40"})
    assert p.birth_year == 1985
    assert p.birth_year_estimated is True
    assert p.birth_date is None
    assert p.age(TODAY) == 40


@pytest.mark.parametrize("age", ["forty", -1, 126])
def test_bad_ages(age: Any) -> None:
    assert "age" in errors_of({"given_name": "A", "age": age})


def test_a_birth_date_wins_over_year_and_clears_the_estimate() -> None:
    base = build({"given_name": "A", "age": 30})
    p = build({"birth_date": "1994-05-05"}, base)
    assert (p.birth_date, p.birth_year, p.birth_year_estimated) == ("1994-05-05", None, False)


def test_bad_phone_names_the_field() -> None:
    errors = errors_of({"given_name": "A", "phones": ["0712 34"]})
    assert "KE" in errors["phones"]


def test_bad_second_phone_names_its_position() -> None:
    errors = errors_of({"given_name": "A", "phones": ["0712 345 678", "99"]})
    assert set(errors) == {"phones.1"}


def test_phones_as_one_text_and_blanks_ignored() -> None:
    p = build({"given_name": "A", "phones": "0712 345 678; 0722 555 010,  "})
    assert p.phones == ("+254712345678", "+254722555010")
    assert build({"given_name": "A", "phones": None}).phones == ()


def test_all_errors_are_reported_at_once() -> None:
    errors = errors_of({"given_name": "", "birth_date": "2023-02-30", "phones": ["1"],
                        "sex": "x", "preferred_language": "zz", "large_print": "maybe",
                        "shoe_size": 42})
    assert set(errors) == {"given_name", "birth_date", "phones", "sex", "preferred_language",
                           "large_print", "shoe_size"}


def test_validation_error_message_names_the_first_field() -> None:
    with pytest.raises(ValidationError, match="^given_name: "):
        build({"given_name": ""})


def test_too_long_name() -> None:
    assert "Too long" in errors_of({"given_name": "x" * 201})["given_name"]


def test_future_confirmation_and_consent_dates() -> None:
    errors = errors_of({"given_name": "A", "phone_confirmed_at": "2025-07-01",
                        "contact_consent_at": "2030-01-01"})
    assert set(errors) == {"phone_confirmed_at", "contact_consent_at"}


def test_support_person_with_phone_needs_a_name() -> None:
    errors = errors_of({"given_name": "A", "support": {"phone": "0722 555 010"}})
    assert "support.name" in errors


def test_support_person_is_validated_and_kept() -> None:
    p = build({"given_name": "A", "support": {
        "name": " Grace  Otieno ", "relationship": "daughter", "phone": "0722 555 010",
        "consent_at": "2025-05-30"}})
    assert p.support == SupportContact(name="Grace Otieno", relationship="daughter",
                                       phone="+254722555010", consent_at="2025-05-30")


def test_support_person_bad_phone_and_future_consent() -> None:
    errors = errors_of({"given_name": "A", "support": {
        "name": "Grace", "phone": "12", "consent_at": "2025-12-01"}})
    assert set(errors) == {"support.phone", "support.consent_at"}


def test_empty_support_person_is_none() -> None:
    assert build({"given_name": "A", "support": {"name": " ", "phone": ""}}).support is None
    assert "support" in errors_of({"given_name": "A", "support": "Grace"})


def test_editing_keeps_fields_not_given() -> None:
    base = build({"given_name": "Amina", "family_name": "Juma", "village": "Lindi",
                  "phones": ["0712 345 678"]})
    edited = build({"village": "Makina"}, base)
    assert (edited.given_name, edited.family_name, edited.phones) == (
        "Amina", "Juma", ("+254712345678",))
    assert edited.village == "Makina"
    assert "given_name" in errors_of({"given_name": "", "family_name": ""}, base)


def test_needs_contact_check_rule() -> None:
    p = build({"given_name": "A", "phones": ["0712 345 678"]})
    assert p.needs_contact_check(TODAY, 90)  # never confirmed
    confirmed = build({"phone_confirmed_at": "2025-03-03"}, p)  # 90 days before TODAY
    assert not confirmed.needs_contact_check(TODAY, 90)
    assert confirmed.needs_contact_check(TODAY, 89)
    assert build({"given_name": "No phone"}).needs_contact_check(TODAY, 90)


def test_to_json_is_plain_data() -> None:
    p = build({"given_name": "A", "phones": ["0712 345 678"], "support": {"name": "B"}})
    out = p.to_json()
    assert out["phones"] == ["+254712345678"]
    assert out["support"]["name"] == "B"
    assert out["sex"] == "unknown"
