"""Seeded demo data: deterministic, realistic, and fully searchable after the bulk load."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_app.domain.text import fold
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic


def make(path: Path, clock, seed: int, patients: int = 300) -> Clinic:
    c = Clinic(path, clock=clock, rng=random.Random(5))
    demo.generate(c, patients, seed=seed)
    return c


def listing(c: Clinic) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in c.db.query(
        "SELECT clinic_number, given_name, family_name, phones FROM patients ORDER BY clinic_seq")]


@pytest.fixture
def demo_clinic(tmp_path: Path, clock) -> Iterator[Clinic]:
    c = make(tmp_path / "demo.sqlite3", clock, seed=2)
    yield c
    c.close()


def test_same_seed_same_patients(tmp_path: Path, clock, demo_clinic: Clinic) -> None:
    again = make(tmp_path / "again.sqlite3", clock, seed=2)
    other = make(tmp_path / "other.sqlite3", clock, seed=3)
    try:
        assert listing(again) == listing(demo_clinic)
        assert listing(other) != listing(demo_clinic)
        assert listing(other)[:4] == listing(demo_clinic)[:4]  # the showcase is fixed
    finally:
        again.close()
        other.close()


def test_count_settings_and_visits(demo_clinic: Clinic) -> None:
    assert demo_clinic.patients.count() == 300
    numbers = [r[0] for r in listing(demo_clinic)]
    assert numbers == [f"KIB-{i:06d}" for i in range(1, 301)]
    settings = demo_clinic.settings.all()
    assert (settings["country"], settings["site_prefix"]) == ("KE", "KIB")
    visits = demo_clinic.db.query("SELECT count(*), count(DISTINCT patient_id) FROM visits")[0]
    assert 50 < visits[1] < 300 and visits[0] >= visits[1]
    orphans = demo_clinic.db.query(
        "SELECT count(*) FROM visits v LEFT JOIN patients p ON p.id = v.patient_id "
        "WHERE p.id IS NULL")[0][0]
    assert orphans == 0


def test_report(tmp_path: Path, clock) -> None:
    c = Clinic(tmp_path / "r.sqlite3", clock=clock)
    report = demo.generate(c, 40, seed=1)
    assert report.patients == 40 == c.patients.count()
    assert report.visits == c.db.query("SELECT count(*) FROM visits")[0][0]
    c.close()


@pytest.mark.parametrize(
    ("number", "given", "family", "phone", "village"),
    [
        ("KIB-000001", "María", "González", "+254712345678", "Kibera"),
        ("KIB-000002", "Muhammad", "Abdullahi", "+254722555010", "Lindi"),
        ("KIB-000003", "Ngoze", "Okafor", "+254733404404", "Makina"),
        ("KIB-000004", "Hélène", "Lefèvre", "+254701234567", "Gatwekera"),
    ],
)
def test_showcase_patients(demo_clinic: Clinic, number: str, given: str, family: str,
                           phone: str, village: str) -> None:
    p = demo_clinic.patients.repo.by_clinic_number(number)
    assert p is not None
    assert (p.given_name, p.family_name, p.phones, p.village) == (given, family, (phone,),
                                                                  village)
    assert demo_clinic.patients.search(number).patients[0].id == p.id
    assert p.id in [x.id for x in demo_clinic.patients.search(f"{given} {family}").patients]


def test_maria_is_found_the_usual_ways(demo_clinic: Clinic) -> None:
    maria = demo_clinic.patients.repo.by_clinic_number("KIB-000001")
    assert maria is not None
    for query in ("mar gon", "gonzalez maria", "GONZÁLEZ", "0712 345 678", "345 678"):
        assert maria.id in [p.id for p in demo_clinic.patients.search(query, 300).patients]


def test_every_generated_name_and_number_is_searchable(demo_clinic: Clinic) -> None:
    rng = random.Random(0)
    for number, given, family, phones in rng.sample(listing(demo_clinic), 25):
        found = {p.clinic_number for p in demo_clinic.patients.search(
            fold(f"{family} {given}"), 300).patients}
        assert number in found, (given, family)
        national = "0" + phones.split('"')[1][4:]
        assert number in {p.clinic_number for p in demo_clinic.patients.search(national).patients}


def test_generated_records_are_valid(demo_clinic: Clinic) -> None:
    today = demo_clinic.clock.now().date().isoformat()
    for _, p in demo_clinic.patients.list_window(None, 300):
        assert p.full_name and p.phones
        assert (p.birth_date is None) != (p.birth_year is None)
        assert (p.birth_date or "0") <= today
        assert p.phone_confirmed_at is None or p.phone_confirmed_at <= today


def test_search_index_is_live_after_the_bulk_load(demo_clinic: Clinic) -> None:
    p = demo_clinic.patients.register({"given_name": "Zebedee", "family_name": "Quartermaine",
                                       "phones": ["0799 123 456"]})
    assert [x.id for x in demo_clinic.patients.search("zebedee").patients] == [p.id]
    assert [x.id for x in demo_clinic.patients.search("0799 123").patients] == [p.id]

    maria = demo_clinic.patients.repo.by_clinic_number("KIB-000001")
    assert maria is not None
    demo_clinic.patients.update(maria.id, {"family_name": "Xochitlquetzal"})
    assert [x.id for x in demo_clinic.patients.search("xochitlquetzal").patients] == [maria.id]
    assert maria.id not in [x.id for x in demo_clinic.patients.search("gonzalez", 300).patients]


def test_adding_more_demo_patients_continues_the_numbers(demo_clinic: Clinic) -> None:
    demo.generate(demo_clinic, 20, seed=9)
    assert demo_clinic.patients.count() == 320
    last = demo_clinic.patients.repo.by_clinic_number("KIB-000320")
    assert last is not None
    assert last.id in [p.id for p in demo_clinic.patients.search("KIB-000320").patients]
