"""Roles are enforced by the services themselves, not only hidden in the UI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import Actor, Role
from clinic_app.security.access import NotLoggedIn, PermissionDenied
from clinic_app.services.clinic import Clinic
from tests.security.conftest import JUMA, MARIA, STAFF_PW

Op = Callable[[Clinic, dict[str, Any]], Any]


@pytest.fixture
def world(clinic: Clinic, staff: dict[str, Actor]) -> dict[str, Any]:
    """Two patients and the staff, registered by the command line (a system actor)."""
    maria = clinic.patients.register(dict(MARIA), confirmed_new=True)
    juma = clinic.patients.register(dict(JUMA), confirmed_new=True)
    return {"maria": maria, "juma": juma, **staff}


# What only a manager may do, and how to see that nothing happened when refused.
MANAGER_ONLY: dict[str, tuple[Op, Callable[[Clinic, dict[str, Any]], bool]]] = {
    "merge patients": (
        lambda c, w: c.patients.merge(w["maria"].id, w["juma"].id),
        lambda c, w: c.patients.repo.get(w["juma"].id).merged_into is None),
    "change a clinic setting": (
        lambda c, w: c.settings.update({"clinic_name": "Taken Over"}),
        lambda c, w: c.settings.get("clinic_name") == "Test Clinic"),
    "text size with a clinic setting": (
        lambda c, w: c.settings.update({"text_size": "large", "site_prefix": "ZZZ"}),
        lambda c, w: c.settings.get("text_size") == "normal"),
    "list accounts": (lambda c, w: c.accounts.list(), lambda c, w: True),
    "create an account": (
        lambda c, w: c.accounts.create("mallory", "long-enough-1", "manager"),
        lambda c, w: c.accounts.users.by_username("mallory") is None),
    "reset a password": (
        lambda c, w: c.accounts.reset_password(w["manager"].user_id, "temporary-9"),
        lambda c, w: c.accounts.users.get(w["manager"].user_id)["must_change_password"] is False),
    "change a role": (
        lambda c, w: c.accounts.set_role(w["front_desk"].user_id, "manager"),
        lambda c, w: c.accounts.users.get(w["front_desk"].user_id)["role"] is Role.FRONT_DESK),
    "switch an account off": (
        lambda c, w: c.accounts.set_active(w["manager"].user_id, False),
        lambda c, w: c.accounts.users.get(w["manager"].user_id)["active"] is True),
    "view the audit trail": (lambda c, w: c.audit.search(), lambda c, w: True),
    "export the audit trail": (lambda c, w: c.audit.export_csv(), lambda c, w: True),
}

# What every role may do with patients (and the text size, which is each person's own).
EVERYONE: dict[str, Op] = {
    "search": lambda c, w: c.patients.search("gonzález").hits[0].patient.family_name,
    "open": lambda c, w: c.patients.open(w["maria"].id).given_name,
    "register": lambda c, w: c.patients.register(
        {"given_name": "Neema", "family_name": "Chebet", "sex": "female",
         "birth_year": 1999}, confirmed_new=True).clinic_number,
    "edit": lambda c, w: c.patients.update(w["juma"].id, {"village": "Makina"}).village,
    "text size": lambda c, w: c.settings.update({"text_size": "large"})["text_size"],
}
EXPECTED = {"search": "González", "open": "María", "register": "KIB-000003",
            "edit": "Makina", "text size": "large"}


@pytest.mark.parametrize("role", ["front_desk", "clinician"])
@pytest.mark.parametrize("what", list(MANAGER_ONLY))
def test_staff_are_refused_manager_work_with_a_plain_message(
        role: str, what: str, clinic: Clinic, world: dict[str, Any]) -> None:
    operation, unchanged = MANAGER_ONLY[what]
    clinic.access.actor = world[role]
    with pytest.raises(PermissionDenied) as refused:
        operation(clinic, world)
    message = str(refused.value)
    label = "front desk" if role == "front_desk" else "clinician"
    assert message.startswith(f"Your role ({label}) may not ") and message.endswith(
        "Ask a manager.")
    assert "Permission." not in message and "_" not in message
    assert unchanged(clinic, world)


@pytest.mark.parametrize("role", ["front_desk", "clinician", "manager"])
@pytest.mark.parametrize("what", list(EVERYONE))
def test_every_role_works_with_patients(role: str, what: str, clinic: Clinic,
                                        world: dict[str, Any]) -> None:
    clinic.access.actor = world[role]
    assert EVERYONE[what](clinic, world) == EXPECTED[what]


@pytest.mark.parametrize("what", list(MANAGER_ONLY))
def test_a_manager_may_do_all_of_it(what: str, clinic: Clinic, world: dict[str, Any]) -> None:
    clinic.access.actor = world["manager"]
    operation, unchanged = MANAGER_ONLY[what]
    if what == "reset a password":  # a manager resets someone else's
        clinic.accounts.reset_password(world["front_desk"].user_id, "temporary-9")
        assert clinic.accounts.users.get(world["front_desk"].user_id)["must_change_password"]
        return
    if what == "switch an account off":  # ... and cannot lock themselves out
        clinic.accounts.set_active(world["front_desk"].user_id, False)
        assert not clinic.accounts.users.get(world["front_desk"].user_id)["active"]
        return
    operation(clinic, world)
    if what not in ("list accounts", "view the audit trail", "export the audit trail"):
        assert not unchanged(clinic, world)


def test_a_manager_cannot_remove_their_own_manager_role(clinic: Clinic,
                                                        world: dict[str, Any]) -> None:
    clinic.access.actor = world["manager"]
    with pytest.raises(Exception, match="yourself"):
        clinic.accounts.set_role(world["manager"].user_id, "front_desk")
    with pytest.raises(Exception, match="your own account"):
        clinic.accounts.set_active(world["manager"].user_id, False)


NOT_LOGGED_IN: dict[str, Op] = {
    "search": lambda c, w: c.patients.search("maria"),
    "open": lambda c, w: c.patients.open(w["maria"].id),
    "get": lambda c, w: c.patients.get(w["maria"].id),
    "register": lambda c, w: c.patients.register(dict(MARIA), confirmed_new=True),
    "edit": lambda c, w: c.patients.update(w["juma"].id, {"village": "Makina"}),
    "merge": lambda c, w: c.patients.merge(w["maria"].id, w["juma"].id),
    "settings": lambda c, w: c.settings.update({"clinic_name": "X"}),
    "accounts": lambda c, w: c.accounts.list(),
    "reset": lambda c, w: c.accounts.reset_password(w["manager"].user_id, "temporary-9"),
    "audit": lambda c, w: c.audit.search(),
    "export": lambda c, w: c.audit.export_csv(),
    "change password": lambda c, w: c.accounts.change_password(STAFF_PW, "new-pass-123"),
}


@pytest.mark.parametrize("what", list(NOT_LOGGED_IN))
def test_nobody_logged_in_may_do_nothing(what: str, clinic: Clinic,
                                         world: dict[str, Any]) -> None:
    clinic.accounts.logout()
    assert clinic.access.actor is None
    with pytest.raises(NotLoggedIn, match="Log in first"):
        NOT_LOGGED_IN[what](clinic, world)


def test_the_refusal_follows_the_person_logged_in(clinic: Clinic,
                                                  world: dict[str, Any]) -> None:
    """Switching user on a shared desk PC changes what the services allow."""
    maria: Patient = world["maria"]
    clinic.accounts.login("grace", STAFF_PW)
    assert clinic.access.actor is not None and clinic.access.actor.role is Role.FRONT_DESK
    with pytest.raises(PermissionDenied):
        clinic.patients.merge(maria.id, world["juma"].id)
    clinic.accounts.logout("switch user")
    with pytest.raises(NotLoggedIn):
        clinic.patients.open(maria.id)
    clinic.accounts.login("amina", "manager-pass-1")
    survivor, _ = clinic.patients.merge(maria.id, world["juma"].id)
    assert survivor.id == maria.id
