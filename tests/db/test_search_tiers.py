"""PatientSearch over the FTS5 indexes: tiers and their order."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.db.connection import Database
from clinic_app.db.meta import Meta
from clinic_app.db.migrations import migrate
from clinic_app.db.patients import PatientRepository
from clinic_app.db.search import PatientSearch
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.patient import Patient
from clinic_app.domain.text import fold


@pytest.fixture
def maria(add) -> Patient:
    return add(given_name="María", family_name="González", birth_date="1984-03-07",
               phones=["0712 345 678"], village="Kibera")


def ids(hits) -> list[str]:
    return [h.patient.id for h in hits]


@pytest.mark.parametrize("query", ["mar gon", "gonzalez maria", "GONZÁLEZ", "María González",
                                   "  maria ", "gonz", "m g", "Gonzalez, Maria"])
def test_names_in_any_order_case_and_accents(maria: Patient, add, search: PatientSearch,
                                             query: str) -> None:
    add(given_name="Juma", family_name="Otieno")
    assert ids(search.search(query)) == [maria.id]


@pytest.mark.parametrize("query", ["0712", "345 678", "+254 712", "0712 345 678",
                                   "254712345678", "(0712) 345-678", "2345"])
def test_phone_fragments(maria: Patient, add, search: PatientSearch, query: str) -> None:
    add(given_name="Juma", phones=["0722 555 010"])
    hits = search.search(query)
    assert ids(hits) == [maria.id]
    assert hits[0].tier == "phone"


def test_too_short_phone_fragment_finds_nothing(maria: Patient, search: PatientSearch) -> None:
    assert search.search("71") == []


def test_no_match(maria: Patient, search: PatientSearch) -> None:
    assert search.search("zebra") == []
    assert search.search("0799 999") == []


@pytest.mark.parametrize("query", ["KIB-000001", "kib-1", "KIB 000001", "1", "000001"])
def test_clinic_number_comes_first(add, search: PatientSearch, query: str) -> None:
    first = add(given_name="Amina")
    # Someone whose phone holds the same digits, registered later.
    add(given_name="Kib", family_name="Kibet", phones=["0700 000 001"])
    hits = search.search(query)
    assert hits[0].patient.id == first.id
    assert hits[0].tier == "clinic_number"
    assert len(set(ids(hits))) == len(hits)


def test_clinic_number_with_another_prefix_is_not_ours(add, search: PatientSearch) -> None:
    add(given_name="Amina")
    assert [h for h in search.search("ABC-000001") if h.tier == "clinic_number"] == []


def test_whole_words_before_prefixes(add, search: PatientSearch) -> None:
    anna = add(given_name="Anna", family_name="Jones")
    annabel = add(given_name="Annabel", family_name="Kamau")
    ann = add(given_name="Ann", family_name="Smith")  # registered last
    hits = search.search("ann")
    assert [(h.patient.id, h.tier) for h in hits][0] == (ann.id, "name")
    assert {h.patient.id for h in hits[1:]} == {anna.id, annabel.id}
    assert {h.tier for h in hits[1:]} == {"name_prefix"}


def test_every_word_must_match(add, search: PatientSearch) -> None:
    mj = add(given_name="Mary", family_name="Juma")
    add(given_name="Mary", family_name="Otieno")
    add(given_name="Baraka", family_name="Juma")
    assert ids(search.search("mary juma")) == [mj.id]


def test_limit_is_respected_across_tiers(add, search: PatientSearch) -> None:
    for i in range(6):
        add(given_name="Mary", family_name=f"Person{i}")
    for i in range(6):
        add(given_name="Maryam", family_name=f"Other{i}")
    assert len(search.search("mary", limit=3)) == 3
    assert len(search.search("mary", limit=8)) == 8
    hits = search.search("mary", limit=50)
    assert len(hits) == 12
    assert [h.tier for h in hits] == ["name"] * 6 + ["name_prefix"] * 6
    assert len(search.search("1", limit=1)) == 1


def test_merged_patients_lead_to_the_survivor(add, repo: PatientRepository,
                                              search: PatientSearch) -> None:
    a = add(given_name="Amina", family_name="Juma", phones=["0712 345 678"])
    b = add(given_name="Amina", family_name="Juma", phones=["0722 555 010"])
    repo.merge(a, b, "254712345678 0712345678")
    assert ids(search.search("amina juma")) == [a.id]
    assert ids(search.search("amin")) == [a.id]
    assert search.search("0722 555") == []
    # the merged record's card still carries its number: it finds the record kept
    assert ids(search.search(b.clinic_number or "")) == [a.id]


def test_renamed_patient_is_found_by_the_new_name_only(add, repo: PatientRepository,
                                                       search: PatientSearch) -> None:
    a = add(given_name="Amina", family_name="Juma", phones=["0712 345 678"])
    repo.update(replace(a, given_name="Rehema"), "254722555010 0722555010")
    assert ids(search.search("rehema")) == [a.id]
    assert search.search("amina") == []
    assert ids(search.search("0722")) == [a.id]
    assert search.search("0712") == []


def test_name_terms_list_the_vocabulary(add, search: PatientSearch) -> None:
    add(given_name="María", family_name="González")
    assert {"maria", "gonzalez"} <= set(search.name_terms())


def test_odd_query_text_is_safe(maria: Patient, search: PatientSearch) -> None:
    for query in ['"', "AND", "maria OR", "NEAR(", "*", "maria*", "-", "'", "ma\"ria"]:
        search.search(query)  # must not raise an FTS syntax error


# A small alphabet with accents, so generated names collide and fold in interesting ways.
LETTERS = "aeinorsu" + "áéíñóöüøłçǿ" + "AEÑÖ"
names = st.text(alphabet=LETTERS, min_size=1, max_size=8)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(names, names), min_size=1, max_size=5), st.data())
def test_accent_stripped_and_recased_names_are_found(people, data) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "h.sqlite3")
        migrate(db)
        clock = FixedClock(dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
        repo = PatientRepository(db, Meta(db, clock, random.Random(1)))
        search = PatientSearch(db)
        added = [repo.add(Patient(given_name=g, family_name=f), "KIB", "") for g, f in people]
        target = data.draw(st.sampled_from(added))
        plain = fold(f"{target.family_name} {target.given_name}")
        query = data.draw(st.sampled_from([plain, plain.upper(), plain.title(),
                                           target.full_name.upper()]))
        hits = search.search(query, limit=50)
        assert target.id in ids(hits), (query, people)
        prefix_query = " ".join(w[:2] for w in plain.split())
        assert target.id in ids(search.search(prefix_query, limit=50)), prefix_query
        db.close()
