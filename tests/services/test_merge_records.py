"""Merging a duplicate record: everything moves to the survivor, nothing is lost."""

from __future__ import annotations

from typing import Any

import pytest

from clinic_app.db.patients import CHILD_TABLES
from clinic_app.domain.patient import Patient
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.services.patients import combine

STAMP = ("2025-05-01T10:00:00.000Z", "2025-05-01T10:00:00.000Z",
         "1746093600000-000000-othersite", "othersite")
SYNC_COLS = ("created_at", "updated_at", "hlc", "site_id")


def give_history(clinic: Clinic, patient_id: str) -> dict[str, int]:
    """Visits, appointments, follow-ups and calls for one patient, as another PC wrote them."""
    repo = clinic.patients.repo
    repo.insert_rows("visits", ("id", "patient_id", "visit_date", "reason", *SYNC_COLS),
                     [(f"v{i}", patient_id, f"2025-04-0{i}", "BP check", *STAMP)
                      for i in range(1, 4)])
    repo.insert_rows("appointments", ("id", "patient_id", "starts_at", *SYNC_COLS),
                     [("a1", patient_id, "2025-07-01T09:00", *STAMP),
                      ("a2", patient_id, "2025-08-01T09:00", *STAMP)])
    repo.insert_rows("follow_ups", ("id", "patient_id", "kind", "due_date", *SYNC_COLS),
                     [("f1", patient_id, "post_visit", "2025-06-03", *STAMP)])
    repo.insert_rows("call_attempts", ("id", "follow_up_id", "patient_id", "at", "outcome",
                                       *SYNC_COLS),
                     [("c1", "f1", patient_id, "2025-06-03T10:00", "no_answer", *STAMP),
                      ("c2", "f1", patient_id, "2025-06-04T10:00", "reached", *STAMP)])
    repo.insert_rows("care_plans", ("id", "patient_id", "version", "language", "content",
                                    *SYNC_COLS),
                     [("cp1", patient_id, 1, "en",
                       '{"goals": ["Walk to the market without resting"]}', *STAMP)])
    repo.insert_rows("handout_prints", ("id", "patient_id", "care_plan_id", "plan_version",
                                        "printed_at", "language", "paper", "destination",
                                        *SYNC_COLS),
                     [("hp1", patient_id, "cp1", 1, "2025-06-03T10:00", "en", "a4", "printer",
                       *STAMP)])
    return {"visits": 3, "appointments": 2, "follow_ups": 1, "call_attempts": 2,
            "care_plans": 1, "handout_prints": 1}


def rows(clinic: Clinic, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in clinic.db.conn.execute(sql, params).fetchall()]


@pytest.fixture
def pair(clinic: Clinic, maria: Patient, register) -> tuple[Patient, Patient]:
    twin = register(given_name="Maria", family_name="Gonzales", birth_year=1984,
                    birth_year_estimated=True, phones=["0722 555 010"], address="Near the school",
                    notes="Allergic to penicillin", do_not_contact=True,
                    support={"name": "Grace", "relationship": "sister"})
    return maria, twin


def test_merge_moves_every_child_row(clinic: Clinic, pair: tuple[Patient, Patient],
                                     clock) -> None:
    survivor, merged = pair
    expected = give_history(clinic, merged.id) | {"support_contacts": 1}
    old_hlcs = dict(rows(clinic, "SELECT id, hlc FROM visits UNION ALL "
                                 "SELECT id, hlc FROM call_attempts"))
    old_survivor_hlc = rows(clinic, "SELECT hlc FROM patients WHERE id = ?", (survivor.id,))[0][0]
    clock.advance(days=1)

    result, moved = clinic.patients.merge(survivor.id, merged.id)

    assert {k: v for k, v in moved.items() if v} == expected
    for table in CHILD_TABLES:
        assert rows(clinic, f"SELECT count(*) FROM {table} WHERE patient_id = ?",
                    (merged.id,)) == [(0,)], table
        assert rows(clinic, f"SELECT count(*) FROM {table} WHERE patient_id = ?",
                    (survivor.id,)) == [(expected.get(table, 0),)], table
    # The rows that changed carry a later stamp, so sync sends them.
    for row_id, hlc in rows(clinic, "SELECT id, hlc FROM visits UNION ALL "
                                    "SELECT id, hlc FROM call_attempts"):
        assert hlc > old_hlcs[row_id]
    new_hlc, updated_at = rows(clinic, "SELECT hlc, updated_at FROM patients WHERE id = ?",
                               (survivor.id,))[0]
    assert new_hlc > old_survivor_hlc and updated_at == "2025-06-02T09:00:00.000Z"
    assert clinic.patients.repo.child_counts(survivor.id)["visits"] == 3
    assert result.id == survivor.id


def test_merged_record_becomes_a_tombstone(clinic: Clinic, pair: tuple[Patient, Patient]) -> None:
    survivor, merged = pair
    before = clinic.patients.count()
    clinic.patients.merge(survivor.id, merged.id)
    assert rows(clinic, "SELECT deleted, merged_into FROM patients WHERE id = ?",
                (merged.id,)) == [(1, survivor.id)]
    assert clinic.patients.get(merged.id).merged_into == survivor.id
    assert clinic.patients.count() == before - 1


def test_survivor_keeps_its_fields_and_gains_the_missing_ones(
        clinic: Clinic, pair: tuple[Patient, Patient]) -> None:
    survivor, merged = pair
    result, _ = clinic.patients.merge(survivor.id, merged.id)
    assert (result.given_name, result.family_name) == ("María", "González")
    assert result.birth_date == "1984-03-07" and result.birth_year is None
    assert result.phones == ("+254712345678", "+254722555010")
    assert result.address == "Near the school"
    assert result.do_not_contact is True  # the safer choice survives
    assert "From merged record KIB-000002: Allergic to penicillin" in result.notes
    assert result.support is not None and result.support.name == "Grace"
    assert clinic.patients.get(survivor.id) == result


def test_merged_record_is_no_longer_found(clinic: Clinic, pair: tuple[Patient, Patient]) -> None:
    survivor, merged = pair
    assert merged.id in [p.id for p in clinic.patients.search("gonzales").patients]
    clinic.patients.merge(survivor.id, merged.id)
    for query in ("gonzales", "maria", "KIB-000002", "2"):
        assert merged.id not in [p.id for p in clinic.patients.search(query).patients], query
    # the survivor is found by the number it gained
    assert [p.id for p in clinic.patients.search("0722 555").patients] == [survivor.id]


def test_merging_twice_or_into_itself_is_refused(clinic: Clinic,
                                                 pair: tuple[Patient, Patient]) -> None:
    survivor, merged = pair
    with pytest.raises(ClinicError, match="two different"):
        clinic.patients.merge(survivor.id, survivor.id)
    clinic.patients.merge(survivor.id, merged.id)
    snapshot = rows(clinic, "SELECT id, hlc, deleted FROM patients ORDER BY pk")
    with pytest.raises(ClinicError, match="already merged"):
        clinic.patients.merge(survivor.id, merged.id)
    with pytest.raises(ClinicError, match="already merged"):
        clinic.patients.merge(merged.id, survivor.id)
    assert rows(clinic, "SELECT id, hlc, deleted FROM patients ORDER BY pk") == snapshot


def test_a_merged_record_cannot_be_edited(clinic: Clinic, pair: tuple[Patient, Patient]) -> None:
    survivor, merged = pair
    clinic.patients.merge(survivor.id, merged.id)
    with pytest.raises(ClinicError, match=f"merged into {survivor.clinic_number}"):
        clinic.patients.update(merged.id, {"village": "Lindi"})


def test_merge_of_unknown_record(clinic: Clinic, maria: Patient) -> None:
    with pytest.raises(ClinicError):
        clinic.patients.merge(maria.id, "nobody")


def test_combine_never_overwrites_the_survivor() -> None:
    a = Patient(given_name="A", village="Kibera", phones=("+1",), phone_confirmed_at="2025-01-01",
                birth_year=1980, notes="first")
    b = Patient(given_name="B", village="Lindi", phones=("+2", "+1"),
                phone_confirmed_at="2025-03-01", birth_date="1981-02-02", large_print=True,
                clinic_number="KIB-000009", other_names="Wa")
    c = combine(a, b)
    assert (c.given_name, c.village, c.other_names) == ("A", "Kibera", "Wa")
    assert c.phones == ("+1", "+2")
    assert c.phone_confirmed_at == "2025-03-01"  # the later confirmation
    assert (c.birth_date, c.birth_year) == ("1981-02-02", None)  # an exact date beats a year
    assert c.large_print is True
    assert c.notes == "first"  # nothing to carry over from an empty note
