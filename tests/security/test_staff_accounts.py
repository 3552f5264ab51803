"""Staff accounts: argon2id passwords, log-in that never says which part was wrong, growing
waits after five wrong tries, resets, and an audit entry for each of these."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor, Role
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.security.accounts import WRONG, LoginFailed
from clinic_app.services.clinic import Clinic
from tests.security.conftest import MANAGER_PW, STAFF_PW, entries


def _fails(clinic: Clinic, username: str, password: str) -> str:
    with pytest.raises(LoginFailed) as exc:
        clinic.accounts.login(username, password)
    return str(exc.value)


def test_the_first_account_must_be_a_manager(clinic: Clinic) -> None:
    with pytest.raises(ValidationError) as exc:
        clinic.accounts.create("grace", STAFF_PW, "front_desk")
    assert exc.value.errors == {"role": "The first account must be a manager."}
    assert not clinic.accounts.has_accounts()
    boss = clinic.accounts.create("amina", MANAGER_PW, Role.MANAGER)
    assert boss.role is Role.MANAGER and clinic.accounts.has_accounts()


def test_default_hasher_stores_argon2id_and_never_the_password(tmp_path: Path,
                                                               clock: FixedClock) -> None:
    clinic = Clinic(tmp_path / "c.db", clock=clock, rng=random.Random(1))  # library defaults
    account = clinic.accounts.create("amina", MANAGER_PW, "manager")
    stored = clinic.accounts.users.get(account.id)["password_hash"]
    assert stored.startswith("$argon2id$")
    clinic.accounts.logout()
    assert clinic.accounts.login("Amina", MANAGER_PW).actor.user_id == account.id
    clinic.close()
    assert MANAGER_PW.encode() not in (tmp_path / "c.db").read_bytes()


@pytest.mark.parametrize("taken", ["grace", "GRACE", "Grace", " grace "])
def test_usernames_are_unique_ignoring_case(taken: str, clinic: Clinic,
                                            staff: dict[str, Actor]) -> None:
    with pytest.raises(ClinicError, match="already a staff account"):
        clinic.accounts.create(taken, "another-pass-1", "clinician")
    assert [a.username for a in clinic.accounts.list()].count("grace") == 1


def test_accented_usernames_are_unique_ignoring_case_too(clinic: Clinic,
                                                         staff: dict[str, Actor]) -> None:
    clinic.accounts.create("Ángela", STAFF_PW, "clinician")
    with pytest.raises(ClinicError, match="already a staff account"):
        clinic.accounts.create("ángela", "another-pass-1", "front_desk")
    clinic.accounts.logout()
    assert clinic.accounts.login("ÁNGELA", STAFF_PW).actor.username == "Ángela"


@pytest.mark.parametrize(("username", "password", "field", "words"), [
    ("neema", "short12", "password", "at least 8"),
    ("neema", "", "password", "at least 8"),
    ("neema", "NEEMA", "password", "at least 8"),
    ("neemachebet", "NeemaChebet", "password", "not be the username"),
    ("neema chebet", "long-enough-1", "username", "no spaces"),
    ("", "long-enough-1", "username", "1 to 40"),
    ("n" * 41, "long-enough-1", "username", "1 to 40"),
])
def test_password_and_username_rules(username: str, password: str, field: str, words: str,
                                     clinic: Clinic, staff: dict[str, Actor]) -> None:
    before = len(clinic.accounts.list())
    with pytest.raises(ValidationError) as exc:
        clinic.accounts.create(username, password, "front_desk")
    assert words in exc.value.errors[field]
    assert len(clinic.accounts.list()) == before
    assert clinic.accounts.create("neema", "12345678", "front_desk").username == "neema"


def test_log_in_right_and_wrong_never_says_which_part(clinic: Clinic,
                                                      staff: dict[str, Actor]) -> None:
    clinic.accounts.set_active(staff["clinician"].user_id, False)
    result = clinic.accounts.login("grace", STAFF_PW)
    assert result.actor == Actor("grace", Role.FRONT_DESK, staff["front_desk"].user_id, "grace")
    assert clinic.access.actor == result.actor and result.must_change_password is False
    wrong_password = _fails(clinic, "grace", "not-her-pass")
    wrong_username = _fails(clinic, "gracie", STAFF_PW)
    switched_off = _fails(clinic, "daniel", STAFF_PW)  # right password, account off
    assert wrong_password == wrong_username == switched_off == WRONG
    assert "username or password" in WRONG
    assert clinic.access.actor == result.actor  # a failed try does not log anyone in


def test_after_five_wrong_tries_the_waits_grow(clinic: Clinic, staff: dict[str, Actor],
                                               clock: FixedClock) -> None:
    clinic.accounts.logout()
    for _ in range(4):
        assert _fails(clinic, "grace", "nope-nope") == WRONG
    assert _fails(clinic, "grace", "nope-nope") == WRONG + " Wait 30 seconds before the next try."
    # Locked: even the right password is refused until the time has passed.
    assert _fails(clinic, "grace", STAFF_PW) == \
        "Too many wrong tries. Wait 30 seconds, then try again."
    clock.advance(seconds=29)
    assert "Wait 1 seconds" in _fails(clinic, "grace", STAFF_PW)
    clock.advance(seconds=1)
    assert _fails(clinic, "grace", "nope-nope").endswith("Wait 60 seconds before the next try.")
    clock.advance(seconds=59)
    assert "Too many wrong tries" in _fails(clinic, "grace", STAFF_PW)
    clock.advance(seconds=1)
    assert _fails(clinic, "grace", "nope-nope").endswith("Wait 120 seconds before the next try.")
    clock.advance(seconds=120)
    assert clinic.accounts.login("grace", STAFF_PW).actor.username == "grace"
    user = clinic.accounts.users.by_username("grace")
    assert user is not None and user["failed_attempts"] == 0 and user["locked_until"] is None
    clinic.accounts.logout()
    assert _fails(clinic, "grace", "nope-nope") == WRONG  # the count started again


def test_an_unknown_name_is_treated_exactly_like_a_known_one(clinic: Clinic,
                                                             staff: dict[str, Actor],
                                                             clock: FixedClock) -> None:
    """The messages and waits cannot tell a guesser whether an account exists."""
    clinic.accounts.logout()
    seen = []
    for step in range(7):
        known = _fails(clinic, "grace", "nope-nope")
        assert known == _fails(clinic, "nobody", "nope-nope"), step
        seen.append(known)
        if step >= 4:  # both locked now, with the same wait
            locked = _fails(clinic, "grace", "nope-nope")
            assert locked.startswith("Too many wrong tries")
            assert locked == _fails(clinic, "nobody", "nope-nope")
        clock.advance(seconds=15 * 60)
    assert seen[4].endswith("Wait 30 seconds before the next try.")
    assert seen[6].endswith("Wait 120 seconds before the next try.")


def test_reset_and_change_password(clinic: Clinic, staff: dict[str, Actor]) -> None:
    grace = staff["front_desk"].user_id
    clinic.accounts.login("amina", MANAGER_PW)
    with pytest.raises(ValidationError):
        clinic.accounts.reset_password(grace, "short")
    clinic.accounts.reset_password(grace, "temporary-1")
    assert clinic.accounts.users.get(grace)["must_change_password"] is True
    clinic.accounts.logout()
    assert _fails(clinic, "grace", STAFF_PW) == WRONG  # the old password stopped working
    result = clinic.accounts.login("grace", "temporary-1")
    assert result.must_change_password is True
    with pytest.raises(ValidationError) as wrong_old:
        clinic.accounts.change_password("not-the-old-1", "her-own-pass-1")
    assert "current password is not right" in wrong_old.value.errors["old_password"]
    with pytest.raises(ValidationError):
        clinic.accounts.change_password("temporary-1", "temporary-1")
    with pytest.raises(ValidationError):
        clinic.accounts.change_password("temporary-1", "short")
    clinic.accounts.change_password("temporary-1", "her-own-pass-1")
    assert clinic.accounts.users.get(grace)["must_change_password"] is False
    clinic.accounts.logout()
    assert _fails(clinic, "grace", "temporary-1") == WRONG
    assert clinic.accounts.login("grace", "her-own-pass-1").must_change_password is False


def test_every_log_in_out_failure_and_reset_is_audited(clinic: Clinic,
                                                       staff: dict[str, Actor],
                                                       clock: FixedClock) -> None:
    grace, amina = staff["front_desk"].user_id, staff["manager"].user_id
    clinic.accounts.logout()
    start = clinic.audit.repo.search(limit=1)[0].seq

    def since_start() -> list[tuple[str, str, str | None, str | None]]:
        return [(e.action, e.username, e.table_name, e.row_id)
                for e in reversed(entries(clinic)) if e.seq > start]

    _fails(clinic, "grace", "nope-nope")
    _fails(clinic, "ghost", "nope-nope")
    clinic.accounts.login("amina", MANAGER_PW)
    clinic.accounts.reset_password(grace, "temporary-1")
    clinic.accounts.logout()
    clinic.accounts.login("grace", "temporary-1")
    clinic.accounts.change_password("temporary-1", "her-own-pass-1")
    clinic.accounts.logout("idle lock")
    for _ in range(5):
        _fails(clinic, "grace", "nope-nope")
    _fails(clinic, "grace", "her-own-pass-1")
    assert since_start() == [
        ("auth.login_failed", "grace", "users", grace),
        ("auth.login_failed", "ghost", None, None),
        ("auth.login", "amina", "users", amina),
        ("user.reset_password", "amina", "users", grace),
        ("auth.logout", "amina", "users", amina),
        ("auth.login", "grace", "users", grace),
        ("user.change_password", "grace", "users", grace),
        ("auth.logout", "grace", "users", grace),
        *[("auth.login_failed", "grace", "users", grace)] * 5,
        ("auth.login_refused", "grace", None, None),
    ]
    newest = entries(clinic, limit=9)
    assert newest[0].details == {"wait_s": 30}
    assert newest[1].details == {"failures": 5}
    assert newest[6].details == {"reason": "idle lock"}
    texts = [str(e.to_json()) for e in entries(clinic)]
    assert not any(pw in t for t in texts for pw in ("temporary-1", "her-own-pass-1",
                                                     "nope-nope", MANAGER_PW))
    assert clinic.audit.verify().ok
