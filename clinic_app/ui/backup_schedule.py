"""The optional automatic daily backup: while the app is open, once a day, a verified backup
to the folder set in Settings (a second copy on this PC or a network folder), with the
passphrase remembered in the OS keyring. Skipped, and said so in the status bar, when the
folder or the remembered passphrase is missing; it never asks anyone anything.

It runs as the system (``auto-backup`` in the audit trail), whoever is logged in: a manager
switched it on in Settings, which is the permission.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_app.errors import ClinicError
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)
LAST_AUTO = "last_auto_backup_at"
EVERY_HOURS = 20  # "daily", whatever hour the app was opened
CHECK_MS = 30 * 60_000
FIRST_CHECK_MS = 2 * 60_000  # not in the first minutes of the morning rush


def due(clinic: Any, now: dt.datetime) -> Path | None:
    """The folder to back up to now, or None when off or done recently."""
    folder = str(clinic.settings.get("auto_backup_folder") or "").strip()
    if not folder:
        return None
    last = clinic.meta.get_sync_state(LAST_AUTO)
    if last:
        try:
            when = dt.datetime.fromisoformat(last)
        except ValueError:
            when = None
        if when is not None and now - when < dt.timedelta(hours=EVERY_HOURS):
            return None
    return Path(folder)


def run_automatic(path: Path, key: bytes | None, folder: Path) -> Any:
    """One automatic backup, on a connection of its own, as the system."""
    from clinic_app.backup.service import BackupService, passphrase_from
    from clinic_app.domain.roles import Actor
    from clinic_app.services.clinic import Clinic

    passphrase = passphrase_from(None)  # the keyring (or the environment); never asks
    clinic = Clinic(path, create=False, key=key, actor=Actor.system("auto-backup"))
    try:
        return BackupService(clinic).backup(folder, passphrase)
    finally:
        clinic.close()


class AutoBackup(QObject):
    #: a line for the status bar
    said = Signal(str)

    def __init__(self, clinic: Any, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start(CHECK_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def check(self) -> None:
        if self.running:
            return
        now = self.clinic.clock.now()
        folder = due(self.clinic, now)
        if folder is None:
            return
        self.running = True
        path, key = self.clinic.db.path, self.clinic.db.key
        self.tasks.run(lambda: run_automatic(path, key, folder),
                       lambda result: self._done(now, result), self._failed)

    def _done(self, now: dt.datetime, result: Any) -> None:
        self.running = False
        self.clinic.meta.set_sync_state(LAST_AUTO, now.isoformat())
        self.said.emit(self.tr("Automatic backup: {0}").format(tr_label(result.message)))

    def _failed(self, exc: Exception) -> None:
        self.running = False
        logger.warning("automatic backup failed: %s", exc)
        self.said.emit(self.tr("Automatic backup not made: {0}").format(
            tr_label(str(exc)) if isinstance(exc, ClinicError) else exc))
