"""Staff accounts: argon2id passwords, log-in with growing delays, roles, resets."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from clinic_app.db.users import UserRepository
from clinic_app.domain.clock import Clock, iso_utc
from clinic_app.domain.roles import Actor, Permission, Role
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60
MIN_PASSWORD = 8
WRONG = "The username or password is not right. Check both and try again."


class LoginFailed(ClinicError):
    """Never says which part was wrong."""


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class StaffAccount:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    last_login_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "display_name": self.display_name,
                "role": self.role.value, "active": self.active,
                "must_change_password": self.must_change_password,
                "last_login_at": self.last_login_at}


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries in a row: 0 for the first five."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS))


def check_password(password: str, username: str) -> str | None:
    """Why ``password`` is not acceptable, or None."""
    if len(password) < MIN_PASSWORD:
        return f"Use at least {MIN_PASSWORD} characters."
    if password.strip().casefold() == username.strip().casefold():
        return "The password must not be the username."
    return None


class AccountService:
    def __init__(self, users: UserRepository, access: Access, audit: AuditService,
                 clock: Clock, hasher: Any = None) -> None:
        from argon2 import PasswordHasher

        self.users = users
        self.access = access
        self.audit = audit
        self.clock = clock
        self.hasher = hasher or PasswordHasher()  # argon2id, the library's current defaults
        self._dummy_hash: str | None = None
        self._unknown: dict[str, tuple[int, dt.datetime | None]] = {}
        self._lock = threading.Lock()

    # accounts --------------------------------------------------------------
    def has_accounts(self) -> bool:
        return self.users.count() > 0

    def list(self) -> list[StaffAccount]:
        self.access.require(Permission.MANAGE_USERS)
        return [self._account(u) for u in self.users.all()]

    @staticmethod
    def _account(u: dict[str, Any]) -> StaffAccount:
        return StaffAccount(u["id"], u["username"], u["display_name"], u["role"], u["active"],
                            u["must_change_password"], u["last_login_at"])

    def create(self, username: str, password: str, role: Role | str, display_name: str = "",
               must_change: bool = False) -> StaffAccount:
        """Add a staff account (managers; or the first manager during set-up)."""
        first = not self.has_accounts()
        if not first:
            self.access.require(Permission.MANAGE_USERS)
        username = username.strip()
        errors: dict[str, str] = {}
        if not username or len(username) > 40 or any(c.isspace() for c in username):
            errors["username"] = N_("Use one word of 1 to 40 letters or digits, no spaces.")
        try:
            role = Role(role)
        except ValueError:
            errors["role"] = N_("Choose front_desk, clinician or manager.")
        if first and role != Role.MANAGER:
            errors["role"] = N_("The first account must be a manager.")
        problem = check_password(password, username)
        if problem:
            errors["password"] = problem
        if errors:
            raise ValidationError(errors)
        user_id = self.users.add(username, display_name.strip() or username, Role(role),
                                 self.hasher.hash(password), must_change)
        self.audit.record("user.create", "users", user_id, username=username,
                          role=Role(role).value)
        return self._account(self.users.get(user_id))

    def reset_password(self, user_id: str, temporary: str) -> None:
        """A manager sets a temporary password; the user must change it at next log-in."""
        self.access.require(Permission.MANAGE_USERS)
        user = self.users.get(user_id)
        problem = check_password(temporary, user["username"])
        if problem:
            raise ValidationError({"password": problem})
        self.users.update(user_id, password_hash=self.hasher.hash(temporary),
                          must_change_password=1, failed_attempts=0, locked_until=None)
        self.audit.record("user.reset_password", "users", user_id, username=user["username"])

    def set_role(self, user_id: str, role: Role | str) -> None:
        actor = self.access.require(Permission.MANAGE_USERS)
        if actor.user_id == user_id and Role(role) != Role.MANAGER:
            raise ClinicError(N_("You cannot take the manager role from yourself."))
        self.users.update(user_id, role=Role(role))
        self.audit.record("user.role", "users", user_id, role=Role(role).value)

    def set_active(self, user_id: str, active: bool) -> None:
        actor = self.access.require(Permission.MANAGE_USERS)
        if actor.user_id == user_id and not active:
            raise ClinicError(N_("You cannot switch off your own account."))
        self.users.update(user_id, active=int(active))
        self.audit.record("user.activate" if active else "user.deactivate", "users", user_id)

    # logging in ------------------------------------------------------------
    def login(self, username: str, password: str) -> LoginResult:
        """Check the password. Wrong tries are counted; after five, each waits longer."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = self.clock.now()
        name = username.strip()
        user = self.users.by_username(name) if name else None
        if user is None or not user["active"]:
            self._verify_dummy(password)  # same work, so timing does not tell either
            self._fail_unknown(name, now)
        assert user is not None
        if user["locked_until"] and dt.datetime.fromisoformat(
                user["locked_until"].replace("Z", "+00:00")) > now:
            self._refuse_locked(user["locked_until"], now, name)
        try:
            self.hasher.verify(user["password_hash"], password)
        except (VerificationError, InvalidHashError):
            failures = user["failed_attempts"] + 1
            wait = delay_after(failures)
            until = iso_utc(now + dt.timedelta(seconds=wait)) if wait else None
            self.users.update(user["id"], failed_attempts=failures, locked_until=until)
            self.audit.record("auth.login_failed", "users", user["id"], actor_name=name,
                              failures=failures)
            raise LoginFailed(WRONG + (f" Wait {wait} seconds before the next try." if wait
                                       else "")) from None
        if self.hasher.check_needs_rehash(user["password_hash"]):
            self.users.update(user["id"], password_hash=self.hasher.hash(password))
        self.users.update(user["id"], failed_attempts=0, locked_until=None,
                          last_login_at=iso_utc(now))
        actor = Actor(username=user["username"], role=user["role"], user_id=user["id"],
                      display_name=user["display_name"])
        self.access.actor = actor
        self.audit.record("auth.login", "users", user["id"])
        return LoginResult(actor, user["must_change_password"])

    def _verify_dummy(self, password: str) -> None:
        from argon2.exceptions import VerificationError

        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("not a real password")
        try:
            self.hasher.verify(self._dummy_hash, password)
        except VerificationError:
            pass

    def _fail_unknown(self, name: str, now: dt.datetime) -> None:
        key = name.casefold()
        with self._lock:
            failures, until = self._unknown.get(key, (0, None))
            if until and until > now:
                self._refuse_locked(iso_utc(until), now, name)
            failures += 1
            wait = delay_after(failures)
            self._unknown[key] = (failures, now + dt.timedelta(seconds=wait) if wait else None)
        self.audit.record("auth.login_failed", actor_name=name or "(empty)", failures=failures)
        raise LoginFailed(WRONG + (f" Wait {wait} seconds before the next try." if wait
                                   else ""))

    def _refuse_locked(self, until: str, now: dt.datetime, name: str) -> None:
        left = dt.datetime.fromisoformat(until.replace("Z", "+00:00")) - now
        seconds = max(1, int(left.total_seconds() + 0.999))
        self.audit.record("auth.login_refused", actor_name=name or "(empty)", wait_s=seconds)
        raise LoginFailed(f"Too many wrong tries. Wait {seconds} seconds, then try again.")

    def logout(self, reason: str = "logout") -> None:
        if self.access.actor is not None:
            self.audit.record("auth.logout", "users", self.access.actor.user_id, reason=reason)
        self.access.actor = None

    def change_password(self, old: str, new: str) -> None:
        """The logged-in user changes their own password."""
        from argon2.exceptions import VerificationError

        actor = self.access.current()
        if actor.user_id is None:
            raise ClinicError(N_("The command line has no password to change."))
        user = self.users.get(actor.user_id)
        try:
            self.hasher.verify(user["password_hash"], old)
        except VerificationError:
            raise ValidationError({"old_password": "The current password is not right."}) \
                from None
        problem = check_password(new, user["username"])
        if problem:
            raise ValidationError({"password": problem})
        if new == old:
            raise ValidationError({"password": "Choose a password different from the old one."})
        self.users.update(actor.user_id, password_hash=self.hasher.hash(new),
                          must_change_password=0, password_changed_at=iso_utc(self.clock.now()))
        self.audit.record("user.change_password", "users", actor.user_id)
