"""Roles and what each may do. Services check these; the UI hides what a role may not do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    CLINICIAN = "clinician"
    MANAGER = "manager"


ROLE_LABELS = {Role.FRONT_DESK: "front desk", Role.CLINICIAN: "clinician",
               Role.MANAGER: "manager"}


class Permission(StrEnum):
    PATIENTS = "patients"  # find, open, register and edit patients
    CALLS = "calls"  # work the follow-up call queue
    PRINT_HANDOUTS = "print_handouts"
    CARE_PLANS = "care_plans"
    CLINICAL_NOTES = "clinical_notes"
    MERGE_PATIENTS = "merge_patients"
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"  # back up and restore
    REPORTS = "reports"
    SETTINGS = "settings"  # clinic settings (each person's text size is their own)
    SYNC = "sync"
    AUDIT = "audit"  # view and export the audit trail
    INTERCHANGE = "interchange"  # import patient lists; export patients, follow-ups, calls


_FRONT_DESK = frozenset({Permission.PATIENTS, Permission.CALLS, Permission.PRINT_HANDOUTS})
_CLINICIAN = _FRONT_DESK | {Permission.CARE_PLANS, Permission.CLINICAL_NOTES}
_MANAGER = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: _FRONT_DESK,
    Role.CLINICIAN: _CLINICIAN,
    Role.MANAGER: _MANAGER,
}

PERMISSION_LABELS = {
    Permission.PATIENTS: "work with patient records",
    Permission.CALLS: "work the call queue",
    Permission.PRINT_HANDOUTS: "print handouts",
    Permission.CARE_PLANS: "edit care plans",
    Permission.CLINICAL_NOTES: "write clinical notes",
    Permission.MERGE_PATIENTS: "merge patient records",
    Permission.MANAGE_USERS: "manage staff accounts",
    Permission.BACKUP: "back up or restore",
    Permission.REPORTS: "see reports",
    Permission.SETTINGS: "change clinic settings",
    Permission.SYNC: "set up sync",
    Permission.AUDIT: "see the audit trail",
    Permission.INTERCHANGE: "import or export patient lists",
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a logged-in staff member, or the command line."""

    username: str
    role: Role | None  # None: the command line / system, which may do everything
    user_id: str | None = None
    display_name: str = ""

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls(username=name, role=None)

    @property
    def is_system(self) -> bool:
        return self.role is None

    def can(self, permission: Permission) -> bool:
        return self.role is None or permission in ROLE_PERMISSIONS[self.role]
