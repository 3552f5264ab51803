"""A common name in a large register: the likely duplicate is still found."""

from __future__ import annotations

from clinic_app.services.clinic import Clinic


def test_same_name_many_times_the_one_born_near_is_offered(clinic: Clinic) -> None:
    patients = clinic.patients
    for i in range(260):  # more same-named people than one candidate query reads
        patients.register({"given_name": "Juma", "family_name": "Mwangi",
                           "birth_year": 1940 + i % 10, "village": "Lindi"},
                          confirmed_new=True)
    twin = patients.register({"given_name": "Juma", "family_name": "Mwangi",
                              "birth_date": "1990-04-02", "village": "Makina"},
                             confirmed_new=True)
    candidate = patients.validate({"given_name": "Juma", "family_name": "Mwangi", "age": 36,
                                   "village": "Makina"})
    matches = patients.find_duplicates(candidate)
    assert matches and matches[0].patient.id == twin.id
    assert "same or near birth year" in matches[0].reasons
