"""Care plans in a real clinic file: versions, permissions, language, prints recorded, batch."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from clinic_app.domain.library import condition, handout_texts
from clinic_app.domain.roles import Actor, Role
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.security.access import PermissionDenied
from clinic_app.services.clinic import Clinic


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def plan_data(**changes: Any) -> dict[str, Any]:
    bp = condition("high_blood_pressure", "en")
    assert bp is not None
    data: dict[str, Any] = {
        "language": "en",
        "conditions": [{"key": bp.key, "name": bp.name, "explanation": bp.explanation}],
        "medicines": [{"name": "Amlodipine", "dose": "5 mg tablet",
                       "schedule": {"morning": "1", "evening": "½"},
                       "purpose": "Keeps your blood pressure down.",
                       "agreed_change": "Takes it in the evening, agreed with Dr. Okafor."}],
        "goals": ["I want to dance at my daughter's wedding."],
        "warning_signs": ["you have a very bad headache"],
        "next_steps": ["Come back in one month."],
    }
    data.update(changes)
    return data


@pytest.fixture
def patient_id(clinic: Clinic) -> str:
    p = clinic.patients.register({"given_name": "Grace", "family_name": "Achieng",
                                  "preferred_language": "es"}, confirmed_new=True)
    assert p.id
    return p.id


def test_each_save_is_a_new_version_and_history_keeps_them(clinic: Clinic,
                                                            patient_id: str) -> None:
    first = clinic.care_plans.save(patient_id, plan_data())
    second = clinic.care_plans.save(patient_id, plan_data(goals=["Walk to church."]))
    assert (first.version, second.version) == (1, 2)
    assert clinic.care_plans.current(patient_id) == second
    assert [h["version"] for h in clinic.care_plans.history(patient_id)] == [2, 1]
    assert clinic.care_plans.version(first.id or "").goals == \
        ("I want to dance at my daughter's wedding.",)
    m = second.medicines[0]
    assert m.schedule == (1.0, 0.0, 0.5, 0.0) and m.agreed_change.startswith("Takes it")
    assert [e.action for e in clinic.audit.search(action="care_plan.save")][:2] == \
        ["care_plan.save", "care_plan.save"]


def test_a_printed_version_stays_as_it_was_printed(clinic: Clinic, patient_id: str) -> None:
    first = clinic.care_plans.save(patient_id, plan_data())
    printed = clinic.care_plans.handout(patient_id, language="en", destination="printer")
    clinic.care_plans.save(patient_id, plan_data(goals=["A new goal, written later."]))
    again = clinic.care_plans.handout(patient_id, language="en", plan_id=first.id)
    assert "dance at my daughter" in text_of(again.pdf)
    assert "written later" not in text_of(again.pdf)
    prints = clinic.care_plans.prints(patient_id)
    me = clinic.access.actor.username
    assert sorted((p["plan_version"], p["destination"], p["printed_by"]) for p in prints) == \
        [(1, "pdf", me), (1, "printer", me)]
    assert {p["care_plan_id"] for p in prints} == {first.id}
    assert printed.print_id in {p["id"] for p in prints}
    assert clinic.audit.search(action="handout.print")
    assert clinic.care_plans.history(patient_id)[-1]["prints"] == 2


def test_a_preview_is_not_recorded_as_a_print(clinic: Clinic, patient_id: str) -> None:
    clinic.care_plans.save(patient_id, plan_data())
    h = clinic.care_plans.handout(patient_id, destination="preview")
    assert h.print_id is None and h.pdf.startswith(b"%PDF")
    assert clinic.care_plans.prints(patient_id) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"medicines": [{"name": "Metformin", "schedule": {"morning": "two"}}]},
     "medicines.0.morning"),
    ({"medicines": [{"name": "Metformin", "schedule": {"evening": "12"}}]},
     "medicines.0.evening"),
    ({"medicines": [{"name": "Metformin", "schedule": {"midday": "0.3"}}]}, "medicines.0.midday"),
    ({"medicines": [{"name": "", "schedule": {}}]}, "medicines.0.name"),
    ({"next_appointment": "2026-02-30"}, "next_appointment"),
    ({"language": "de"}, "language"),
])
def test_bad_input_names_the_field_and_saves_nothing(clinic: Clinic, patient_id: str,
                                                     changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        clinic.care_plans.save(patient_id, plan_data(**changes))
    assert field in err.value.errors
    assert clinic.care_plans.current(patient_id) is None


def test_front_desk_prints_but_does_not_edit(clinic: Clinic, patient_id: str) -> None:
    clinic.care_plans.save(patient_id, plan_data())
    clinic.access.actor = Actor("joy", Role.FRONT_DESK, "u1", "Joy")
    with pytest.raises(PermissionDenied):
        clinic.care_plans.save(patient_id, plan_data())
    assert clinic.care_plans.handout(patient_id).print_id


def test_handout_in_the_patients_language_with_library_text_translated(
        clinic: Clinic, patient_id: str) -> None:
    clinic.care_plans.save(patient_id, plan_data())  # written in English
    h = clinic.care_plans.handout(patient_id)  # she reads Spanish
    text = text_of(h.pdf)
    es = condition("high_blood_pressure", "es")
    assert h.language == "es" and es is not None
    assert handout_texts("es")["your_medicines"] in text
    assert es.name in text  # the untouched library condition, in Spanish
    assert "dance at my daughter" in text  # her own words, as written
    en = text_of(clinic.care_plans.handout(patient_id, language="en").pdf)
    assert handout_texts("en")["your_medicines"] in en


def test_an_edited_library_condition_prints_as_the_clinician_wrote_it(
        clinic: Clinic, patient_id: str) -> None:
    clinic.care_plans.save(patient_id, plan_data(conditions=[
        {"key": "high_blood_pressure", "name": "High blood pressure",
         "explanation": "Your pressure is high. We will check it every month."}]))
    text = text_of(clinic.care_plans.handout(patient_id, language="es").pdf)
    assert "We will check it every month." in text


def test_next_appointment_comes_from_the_diary_when_the_plan_has_none(
        clinic: Clinic, patient_id: str) -> None:
    clinic.care_plans.save(patient_id, plan_data())
    clinic.visits.add_appointment(patient_id, "2026-12-07T09:30", "Dr. Okafor")
    text = text_of(clinic.care_plans.handout(patient_id, language="en").pdf)
    assert "Monday 7 December 2026, 9:30" in text and "Dr. Okafor" in text
    es = text_of(clinic.care_plans.handout(patient_id, language="es").pdf)
    assert "lunes 7 de diciembre de 2026, 9:30" in es


def test_no_plan_yet_is_a_plain_message(clinic: Clinic, patient_id: str) -> None:
    with pytest.raises(ClinicError, match="no care plan yet"):
        clinic.care_plans.handout(patient_id)


def test_batch_prints_everyone_seen_that_day_and_skips_what_cannot_print(
        clinic: Clinic, tmp_path: Path) -> None:
    ids = []
    for given in ("Amina", "Baraka", "Chidi"):
        p = clinic.patients.register({"given_name": given, "family_name": "Otieno"},
                                     confirmed_new=True)
        assert p.id
        clinic.visits.record_visit(p.id)  # today
        ids.append(p.id)
    clinic.care_plans.save(ids[0], plan_data())
    clinic.care_plans.save(ids[1], plan_data(goals=["Music \U0001D11E every day"]))
    # Chidi has no plan: not in the batch
    seen: list[tuple[int, int]] = []
    day = clinic.calls.today()
    result = clinic.care_plans.batch(day, tmp_path / "out",
                                     progress=lambda i, n: seen.append((i, n)))
    assert [p.name for p in result.written] == ["KIB-000001-Amina-Otieno.pdf"]
    assert result.written[0].read_bytes().startswith(b"%PDF")
    (who, why), = result.skipped
    assert "Baraka" in who and "U+1D11E" in why
    assert seen == [(1, 2), (2, 2)]
    assert [p["destination"] for p in clinic.care_plans.prints(ids[0])] == ["batch"]
    assert not list((tmp_path / "out").glob(".handout-*"))  # no temporary files left
    stopped = clinic.care_plans.batch(day, tmp_path / "again",
                                      cancelled=lambda: True)
    assert stopped.cancelled and stopped.written == []


def test_merging_records_moves_plans_and_prints(clinic: Clinic, patient_id: str) -> None:
    other = clinic.patients.register({"given_name": "Grace", "family_name": "Achieng"},
                                     confirmed_new=True)
    assert other.id
    clinic.care_plans.save(other.id, plan_data())
    clinic.care_plans.handout(other.id)
    clinic.patients.merge(patient_id, other.id)
    assert clinic.care_plans.current(patient_id) is not None
    assert len(clinic.care_plans.prints(patient_id)) == 1
