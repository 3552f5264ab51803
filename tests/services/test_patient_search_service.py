"""PatientService.search: hits best first, and 'did you mean' when nothing matched."""

from __future__ import annotations

from clinic_app.domain.patient import Patient
from clinic_app.services.clinic import Clinic


def ids(result) -> list[str]:
    return [p.id for p in result.patients]


def test_maria_is_found_many_ways(clinic: Clinic, maria: Patient, register) -> None:
    register(given_name="Juma", family_name="Otieno", phones=["0722 555 010"])
    for query in ("mar gon", "gonzalez maria", "GONZÁLEZ", "0712", "345 678", "+254 712",
                  "KIB-000001", "1"):
        result = clinic.patients.search(query)
        assert ids(result)[:1] == [maria.id], query
        assert result.suggestions == []
    assert clinic.patients.search("KIB-000001").hits[0].tier == "clinic_number"
    assert clinic.patients.search("1").hits[0].tier == "clinic_number"


def test_blank_query_finds_nothing(clinic: Clinic, maria: Patient) -> None:
    for query in ("", "   "):
        result = clinic.patients.search(query)
        assert result.hits == [] and result.suggestions == []


def test_limit(clinic: Clinic, register) -> None:
    for i in range(7):
        register(given_name="Amina", family_name=f"Juma{i}")
    assert len(clinic.patients.search("amina", limit=4).hits) == 4
    assert len(clinic.patients.search("amina").hits) == 7


def test_suggestions_offer_spellings_in_the_register(clinic: Clinic, register) -> None:
    register(given_name="Muhammad", family_name="Abdullahi", birth_year=1979)
    register(given_name="Ngoze", family_name="Okafor", birth_date="1961-11-02")
    register(given_name="Juma", family_name="Otieno")

    result = clinic.patients.search("Mohamed")
    assert result.hits == []
    assert "Muhammad" in result.suggestions

    assert "Ngoze" in clinic.patients.search("Ngozi").suggestions
    assert "Ngoze Okafor" in clinic.patients.search("Ngozi Okafor").suggestions
    assert "Muhammad Abdullahi" in clinic.patients.search("mohamed abdulahi").suggestions


def test_no_suggestions_for_nonsense_or_when_something_matched(clinic: Clinic,
                                                               register) -> None:
    register(given_name="Muhammad", family_name="Abdullahi")
    assert clinic.patients.search("Xylophone").suggestions == []
    assert clinic.patients.search("0799 999 999").suggestions == []
    result = clinic.patients.search("muhammad")
    assert result.hits and result.suggestions == []


def test_suggestions_are_only_names_that_find_someone(clinic: Clinic, register) -> None:
    register(given_name="Muhammad", family_name="Abdullahi")
    register(given_name="Ngoze", family_name="Okafor")
    # 'Muhammad Okafor' would be spelled from real terms but matches nobody.
    for text in clinic.patients.search("Mohamed Okafor").suggestions:
        assert clinic.patients.search(text).hits, text


def test_suggestions_follow_a_renamed_patient(clinic: Clinic, register) -> None:
    ngoze = register(given_name="Ngoze", family_name="Okafor")
    register(given_name="Juma", family_name="Otieno")
    assert "Ngoze" in clinic.patients.search("Ngozi").suggestions
    clinic.patients.update(ngoze.id, {"given_name": "Ngozika"})
    result = clinic.patients.search("Ngosika")
    assert result.hits == []
    assert "Ngozika" in result.suggestions
    assert "Ngoze" not in clinic.patients.search("Ngozi").suggestions


def test_suggestions_skip_merged_records(clinic: Clinic, register) -> None:
    a = register(given_name="Amina", family_name="Juma")
    b = register(given_name="Ngoze", family_name="Juma")
    clinic.patients.merge(a.id, b.id)
    assert "Ngoze" not in clinic.patients.search("Ngozi").suggestions
