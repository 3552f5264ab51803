"""One open clinic database and the services over it."""

from __future__ import annotations

import functools
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.db.audit import AuditRepository
from clinic_app.db.careplans import CarePlanRepository
from clinic_app.db.connection import Database
from clinic_app.db.followups import FollowUpRepository
from clinic_app.db.meta import Meta
from clinic_app.db.migrations import migrate
from clinic_app.db.patients import PatientRepository
from clinic_app.db.reports import EngagementQueries
from clinic_app.db.search import PatientSearch
from clinic_app.db.users import UserRepository
from clinic_app.db.visits import VisitRepository
from clinic_app.domain.clock import Clock, SystemClock
from clinic_app.domain.roles import Actor
from clinic_app.security.access import Access, cli_actor
from clinic_app.security.accounts import AccountService
from clinic_app.security.audit import AuditService
from clinic_app.services.calls import CallService
from clinic_app.services.careplans import CarePlanService
from clinic_app.services.patients import PatientService
from clinic_app.services.reports import ReportService
from clinic_app.services.settings import SettingsService
from clinic_app.services.visits import VisitService

if TYPE_CHECKING:
    from clinic_app.sync.service import SyncService


def _remember_copy_key(copy: Path, key: bytes) -> None:
    """The copy made before a migration has a salt of its own: keep its key where the keyring
    finds it (the recovery key opens it too)."""
    import logging

    from clinic_app.security import keys
    from clinic_app.security.secrets import KeyringUnavailable

    try:
        keys.remember_key(copy, key)
    except KeyringUnavailable as exc:
        logging.getLogger(__name__).warning("the key of %s is not in the keyring: %s", copy,
                                            exc)


class Clinic:
    """Open (and migrate) a clinic database; hand out its services.

    ``key`` opens an encrypted (SQLCipher) database. ``actor`` is who acts: the command
    line's OS user by default; the GUI logs staff in and out through ``accounts``.
    """

    def __init__(self, path: str | Path, *, clock: Clock | None = None,
                 rng: random.Random | None = None, create: bool = True,
                 key: bytes | None = None, actor: Actor | None = None,
                 password_hasher: Any = None) -> None:
        self.clock = clock or SystemClock()
        self.db = Database(path, create=create, key=key)
        migrate(self.db)
        if self.db.migration_copy is not None and key is not None:
            _remember_copy_key(self.db.migration_copy, key)
        self.meta = Meta(self.db, self.clock, rng)
        self.access = Access(actor if actor is not None else cli_actor())
        self.audit = AuditService(AuditRepository(self.db, self.meta), self.access)
        self.settings = SettingsService(self.meta, self.access, self.audit)
        self.patients = PatientService(
            PatientRepository(self.db, self.meta), PatientSearch(self.db), self.settings,
            self.clock, self.access, self.audit)
        self.calls = CallService(FollowUpRepository(self.db, self.meta), self.patients.repo,
                                 self.settings, self.clock, self.access, self.audit)
        self.visits = VisitService(VisitRepository(self.db, self.meta),
                                   FollowUpRepository(self.db, self.meta), self.calls,
                                   self.clock, self.access, self.audit)
        self.care_plans = CarePlanService(
            CarePlanRepository(self.db, self.meta), self.patients.repo,
            VisitRepository(self.db, self.meta), self.settings, self.clock, self.access,
            self.audit)
        self.accounts = AccountService(UserRepository(self.db, self.meta), self.access,
                                       self.audit, self.clock, password_hasher)
        self.reports = ReportService(EngagementQueries(self.db), self.settings, self.clock,
                                     self.access, self.audit)

    @functools.cached_property
    def sync(self) -> SyncService:
        """Sync with a hub or by bundles (imported when first used)."""
        from clinic_app.sync.service import SyncService

        return SyncService(self)

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()
