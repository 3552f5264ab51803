"""Who is at the keyboard, and the check every guarded service makes."""

from __future__ import annotations

import getpass

from clinic_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Actor, Permission
from clinic_app.errors import ClinicError


class PermissionDenied(ClinicError):
    pass


class NotLoggedIn(ClinicError):
    pass


def cli_actor() -> Actor:
    """The command line acts as the PC's logged-in OS user (audited as cli:<user>)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor.system(f"cli:{name}")


class Access:
    """The current actor of one open clinic. The GUI sets it at log-in; the CLI at start."""

    def __init__(self, actor: Actor | None = None) -> None:
        self.actor = actor

    def current(self) -> Actor:
        if self.actor is None:
            raise NotLoggedIn("Log in first.")
        return self.actor

    def require(self, permission: Permission) -> Actor:
        actor = self.current()
        if not actor.can(permission):
            role = ROLE_LABELS.get(actor.role, str(actor.role)) if actor.role else ""
            raise PermissionDenied(
                f"Your role ({role}) may not {PERMISSION_LABELS[permission]}. "
                "Ask a manager.")
        return actor

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)
