"""FHIR R4: the export checked against the R4 models (fhir.resources 6.4.0, FHIR 4.0.1),
a round trip into an empty clinic, and a Synthea-style Bundle through the import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources import __fhir_version__
from fhir.resources.bundle import Bundle

from clinic_app.errors import ClinicError
from clinic_app.interchange.csv_import import REJECTED, import_fhir
from clinic_app.interchange.export import ExportService
from clinic_app.services.clinic import Clinic
from tests.interchange.conftest import patients


def _export(clinic: Clinic, path: Path) -> dict[str, Any]:
    ExportService(clinic).export_fhir(path)
    return json.loads(path.read_text("utf-8"))


def _by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.fixture
def merged_demo(demo_clinic: Clinic) -> tuple[Clinic, str, str]:
    keep, gone = [p for _, p in demo_clinic.patients.list_window(None, 2)]
    demo_clinic.patients.merge(keep.id or "", gone.id or "")
    return demo_clinic, keep.id or "", gone.id or ""


def test_export_is_valid_r4(merged_demo: tuple[Clinic, str, str], tmp_path: Path) -> None:
    clinic, _, _ = merged_demo
    assert __fhir_version__ == "4.0.1"
    raw = _export(clinic, tmp_path / "all.json")
    bundle = Bundle.parse_obj(raw)  # raises on anything R4 does not allow
    kinds = {e.resource.resource_type for e in bundle.entry}
    assert kinds == {"Patient", "Appointment", "CarePlan", "MedicationStatement"}
    assert len(_by_type(raw, "Patient")) == 300


def test_the_r4_check_can_fail(merged_demo: tuple[Clinic, str, str], tmp_path: Path) -> None:
    raw = _export(merged_demo[0], tmp_path / "all.json")
    statement = _by_type(raw, "MedicationStatement")[0]
    del statement["status"]  # required in R4
    with pytest.raises(ValueError, match="status"):
        Bundle.parse_obj(raw)
    raw = _export(merged_demo[0], tmp_path / "all.json")
    _by_type(raw, "Patient")[0]["nickname"] = "Ami"  # no such element
    with pytest.raises(ValueError, match="nickname"):
        Bundle.parse_obj(raw)


def test_patient_contents(merged_demo: tuple[Clinic, str, str], tmp_path: Path) -> None:
    clinic, keep, gone = merged_demo
    raw = _export(clinic, tmp_path / "all.json")
    by_id = {p["id"]: p for p in _by_type(raw, "Patient")}
    survivor, merged = by_id[keep], by_id[gone]
    assert merged["active"] is False
    assert merged["link"] == [{"other": {"reference": f"urn:uuid:{keep}"},
                               "type": "replaced-by"}]
    assert {"other": {"reference": f"urn:uuid:{gone}"}, "type": "replaces"} in survivor["link"]
    maria = next(p for p in by_id.values() if p["identifier"][0]["value"] == "KIB-000001")
    assert maria["name"][0]["family"] == "González" and maria["gender"] == "female"
    assert maria["birthDate"] == "1984-03-07"
    assert maria["communication"][0]["language"]["coding"][0]["code"] == "es"
    assert maria["telecom"][0] == {"system": "phone", "value": "+254712345678",
                                   "use": "mobile", "rank": 1}
    muhammad = next(p for p in by_id.values() if p["identifier"][0]["value"] == "KIB-000002")
    assert muhammad["birthDate"] == "1979" and muhammad["_birthDate"]["extension"][0][
        "valueBoolean"] is True
    # a support person as Patient.contact
    p = clinic.patients.get(keep)
    clinic.patients.update(keep, {"support": {"name": "Grace Achieng", "relationship":
                                              "daughter", "phone": "0711 222 333"}})
    raw = _export(clinic, tmp_path / "again.json")
    contact = next(r for r in _by_type(raw, "Patient") if r["id"] == p.id)["contact"][0]
    assert contact == {"name": {"text": "Grace Achieng"}, "relationship": [{"text": "daughter"}],
                       "telecom": [{"system": "phone", "value": "+254711222333"}]}


def test_care_plans_and_medicines_point_at_their_patient(demo_clinic: Clinic,
                                                         tmp_path: Path) -> None:
    raw = _export(demo_clinic, tmp_path / "all.json")
    patients_ = {f"urn:uuid:{p['id']}" for p in _by_type(raw, "Patient")}
    plans = _by_type(raw, "CarePlan")
    assert plans and all(p["subject"]["reference"] in patients_ for p in plans)
    plan_refs = {f"urn:uuid:{p['id']}" for p in plans}
    meds = _by_type(raw, "MedicationStatement")
    assert meds and all(m["basedOn"][0]["reference"] in plan_refs for m in meds)
    assert all(m["dosage"][0]["timing"]["repeat"]["when"][0] in ("MORN", "NOON", "EVE", "HS")
               for m in meds if "dosage" in m)
    for a in _by_type(raw, "Appointment"):
        assert a["participant"][0]["actor"]["reference"] in patients_
        assert a["status"] in ("booked", "fulfilled", "noshow", "cancelled")
    full_urls = [e["fullUrl"] for e in raw["entry"]]
    assert len(full_urls) == len(set(full_urls))


def _identity(p: Any, support: Any) -> tuple[Any, ...]:
    s = support
    return (p.given_name, p.family_name, p.other_names, p.sex, p.birth_date, p.birth_year,
            p.birth_year_estimated, p.phones, p.village, p.address, p.preferred_language,
            p.status, (s.name, s.relationship, s.phone) if s else None)


def test_round_trip_into_an_empty_clinic(merged_demo: tuple[Clinic, str, str],
                                         clinic: Clinic, tmp_path: Path) -> None:
    source, _, gone = merged_demo
    source.patients.update(patients(source)[5].id or "", {"support": {
        "name": "Baraka", "relationship": "son", "phone": "0711 000 999"}})
    path = tmp_path / "export.json"
    _export(source, path)
    plan = import_fhir(clinic, path, import_duplicates=True)
    [merged_row] = [o for o in plan.outcomes if o.status == REJECTED]
    assert "merged into another one" in merged_row.reason
    before = sorted((_identity(p, source.patients.get(p.id or "").support)
                     for p in patients(source)), key=repr)
    after = sorted((_identity(p, clinic.patients.get(p.id or "").support)
                    for p in patients(clinic)), key=repr)
    assert len(before) == 299 and after == before
    old = {p.clinic_number for p in patients(source)}
    notes = {p.notes.rsplit(": ", 1)[-1] for p in patients(clinic)}
    assert notes == old  # each keeps its old number in its notes


SYNTHEA = {"resourceType": "Bundle", "type": "transaction", "entry": [
    {"fullUrl": "urn:uuid:a1", "resource": {
        "resourceType": "Patient", "id": "a1",
        "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/"
                                            "CodeSystem/v2-0203", "code": "MR"}]},
                        "system": "http://hospital.smarthealthit.org", "value": "mr-77"}],
        "name": [{"use": "official", "family": "Otieno730", "given": ["Amina112", "Rose8"],
                  "prefix": ["Mrs."]}],
        "telecom": [{"system": "phone", "value": "0722-000-111", "use": "home"}],
        "gender": "female", "birthDate": "1990-12-25",
        "address": [{"line": ["12 Kenyatta Ave"], "city": "Kisumu", "country": "KE"}],
        "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47",
                                                    "code": "es-MX"}]}}]}},
    {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Condition", "id": "c1"}},
    {"fullUrl": "urn:uuid:a2", "resource": {
        "resourceType": "Patient", "id": "a2", "name": [{"family": "Kamau", "given": ["Juma"]}],
        "gender": "male", "birthDate": "1931-02-03", "deceasedDateTime": "2020-01-01T00:00:00Z"}},
    {"fullUrl": "urn:uuid:a3", "resource": {
        "resourceType": "Patient", "id": "a3", "name": [{"family": "Njeri"}],
        "telecom": [{"system": "phone", "value": "55-01"}], "gender": "female"}},
]}


def test_a_synthea_style_bundle_goes_through_the_same_checks(clinic: Clinic,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "synthea.json"
    path.write_text(json.dumps(SYNTHEA), "utf-8")
    dry = import_fhir(clinic, path, dry_run=True)
    assert [(o.row, o.status) for o in dry.outcomes] == [(1, "import"), (3, "import"),
                                                        (4, REJECTED)]
    assert "Phone" in dry.outcomes[2].reason and patients(clinic) == []
    plan = import_fhir(clinic, path)
    assert plan.imported == 2 and plan.rejects_file is not None
    saved = {p.family_name: p for p in patients(clinic)}
    amina = saved["Otieno"]
    assert (amina.given_name, amina.other_names, amina.birth_date, amina.village) == \
        ("Amina", "Rose", "1990-12-25", "Kisumu")
    assert amina.phones == ("+254722000111",) and amina.preferred_language == "es"
    assert "mr-77" in amina.notes and amina.address == "12 Kenyatta Ave"
    assert saved["Kamau"].status.value == "deceased"


@pytest.mark.parametrize("content, words", [
    (b"\x89PNG\r\n", "not a FHIR JSON file"), (b"[1, 2]", "not a FHIR Bundle"),
    (b'{"resourceType": "Observation"}', "not a FHIR Bundle"),
    (b'{"resourceType": "Bundle", "entry": {"a": 1}}', "not a list"),
    (b'{"resourceType": "Bundle", "entry": [1, "x", null]}', "no Patient"),
    (b"[" * 100_000, "not a FHIR JSON file"),
])
def test_broken_fhir_files(clinic: Clinic, tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ClinicError, match=words):
        import_fhir(clinic, path, dry_run=True)


def test_a_patient_with_odd_shapes_is_rejected_not_crashed(clinic: Clinic,
                                                           tmp_path: Path) -> None:
    odd = {"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Patient", "name": "Amina", "telecom": 5,
                      "address": [None, 3], "contact": "x"}},
        {"resource": {"resourceType": "Patient", "name": [{"text": "Juma Kamau"}]}}]}
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(odd), "utf-8")
    plan = import_fhir(clinic, path)
    assert [o.status for o in plan.outcomes] == [REJECTED, "import"]
    assert [p.full_name for p in patients(clinic)] == ["Juma Kamau"]
