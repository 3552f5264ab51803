"""One open clinic database and the services over it."""

from __future__ import annotations

import random
from pathlib import Path

from clinic_app.db.connection import Database
from clinic_app.db.meta import Meta
from clinic_app.db.migrations import migrate
from clinic_app.db.patients import PatientRepository
from clinic_app.db.search import PatientSearch
from clinic_app.domain.clock import Clock, SystemClock
from clinic_app.services.patients import PatientService
from clinic_app.services.settings import SettingsService


class Clinic:
    """Open (and migrate) a clinic database; hand out its services."""

    def __init__(self, path: str | Path, *, clock: Clock | None = None,
                 rng: random.Random | None = None, create: bool = True) -> None:
        self.clock = clock or SystemClock()
        self.db = Database(path, create=create)
        migrate(self.db)
        self.meta = Meta(self.db, self.clock, rng)
        self.settings = SettingsService(self.meta)
        self.patients = PatientService(
            PatientRepository(self.db, self.meta), PatientSearch(self.db), self.settings,
            self.clock)

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()
