"""Duplicate scoring and 'did you mean' spellings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clinic_app.domain.matching import duplicate_score, skeleton, spelling_score
from clinic_app.domain.patient import Patient

MARIA = Patient(given_name="María", family_name="González", birth_date="1984-03-07",
                phones=("+254712345678",), village="Kibera", id="a")


@pytest.mark.parametrize(("word", "key"), [("Muhammad", "mhmd"), ("Mohamed", "mhmd"),
                                           ("Mohammed", "mhmd"), ("Ngozi", "ngz"),
                                           ("Ngoze", "ngz"), ("Aisha", "ash"), ("", "")])
def test_skeleton(word: str, key: str) -> None:
    assert skeleton(word) == key


def test_spelling_score_ranks_sound_alikes_high() -> None:
    assert spelling_score("Mohamed", "Muhammad") >= 85
    assert spelling_score("GONZÁLEZ", "gonzalez") == 100
    assert spelling_score("Ngozi", "Ngoze") >= 70
    assert spelling_score("Ngozi", "Otieno") < 50


def test_near_identical_person_is_a_likely_duplicate() -> None:
    new = Patient(given_name="Maria", family_name="Gonzales", birth_year=1985,
                  birth_year_estimated=True, village="kibera")
    match = duplicate_score(new, MARIA)
    assert match is not None
    assert match.patient is MARIA
    assert {"similar name", "same or near birth year", "same village"} <= set(match.reasons)
    assert 60 <= match.score <= 100


def test_same_birth_date_and_phone_score_highest() -> None:
    new = replace(MARIA, id=None)
    match = duplicate_score(new, MARIA)
    assert match is not None
    assert {"same phone", "same birth date"} <= set(match.reasons)
    assert match.score == 100


def test_sound_alike_names_count_as_similar() -> None:
    a = Patient(given_name="Mohamed", family_name="Abdullahi", birth_year=1979)
    b = Patient(given_name="Muhammad", family_name="Abdullahi", birth_year=1979)
    match = duplicate_score(a, b)
    assert match is not None and "similar name" in match.reasons


def test_a_near_identical_name_alone_is_worth_a_look_and_a_phone_raises_it() -> None:
    new = Patient(given_name="Maria", family_name="Gonzales", village="Lindi")
    by_name = duplicate_score(new, MARIA)
    assert by_name is not None and by_name.reasons == ("similar name",)
    match = duplicate_score(replace(new, phones=("+254712345678",)), MARIA)
    assert match is not None and "same phone" in match.reasons
    assert match.score > by_name.score


def test_a_merely_similar_name_alone_is_not_flagged() -> None:
    assert duplicate_score(Patient(given_name="Marta", family_name="Gomez"), MARIA) is None


def test_unrelated_people_are_not_duplicates() -> None:
    other = Patient(given_name="Juma", family_name="Otieno", birth_year=1990, village="Kibera",
                    phones=("+254722555010",))
    assert duplicate_score(other, MARIA) is None


def test_far_apart_birth_years_count_against() -> None:
    elder = Patient(given_name="María", family_name="González", birth_date="1940-01-01")
    assert duplicate_score(elder, replace(MARIA, village="", phones=())) is None
