"""Sync while the app is open: every N minutes (the setting ``sync_every_minutes``; 0 means
only when someone presses "Sync now"), in the background, never blocking anyone, and never
two at once.

The periodic sync runs on a connection of its own as the system (``auto-sync``), whoever is
logged in or when the screen is locked: a manager set it up, which is the permission. When the
hub cannot be reached it is skipped quietly (one short line in the status bar) and tried
again at the next turn; the changes wait safely on this PC.

"Sync now" in the Sync page goes through the same object, as the person who pressed it, so
the page shows a periodic sync that is already running and cannot start a second one.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_app.errors import ClinicError
from clinic_app.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)
CHECK_MS = 60_000  # look once a minute whether a sync is due


def due(clinic: Any, now: dt.datetime) -> bool:
    """Whether a periodic sync should run now: enrolled, not off, not a demo database, and
    the last try at least ``sync_every_minutes`` ago."""
    from clinic_app.sync.service import HUB_URL, LAST_ATTEMPT

    every = int(clinic.settings.get("sync_every_minutes"))
    if every <= 0 or not clinic.meta.get_sync_state(HUB_URL) or clinic.sync.is_demo():
        return False
    last = clinic.meta.get_sync_state(LAST_ATTEMPT)
    if not last:
        return True
    try:
        when = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    except ValueError:
        return True
    # a clock set back (when < now - ...) must not stop sync for good: due again then too
    return not (now - dt.timedelta(minutes=every) < when <= now)


def run_automatic(path: Path, key: bytes | None, clock: Any, cycle: dict[str, Any]) -> Any:
    """One periodic sync, on a connection of its own, as the system."""
    from clinic_app.domain.roles import Actor
    from clinic_app.services.clinic import Clinic
    from clinic_app.sync.service import SyncService

    clinic = Clinic(path, create=False, key=key, clock=clock, actor=Actor.system("auto-sync"))
    try:
        return SyncService(clinic).sync_now(**cycle)
    finally:
        clinic.close()


class AutoSync(QObject):
    #: a short line for the status bar
    said = Signal(str)
    #: a sync started (True) or ended (False)
    busy = Signal(bool)
    #: the CycleReport of a sync that finished
    finished = Signal(object)
    #: the error a sync stopped with (a ClinicError in plain words, or another exception)
    failed = Signal(object)

    def __init__(self, clinic: Any, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.running = False
        self.runs = 0  # syncs started (periodic and asked for)
        #: options for the cycle (tests: no pause between retries)
        self.cycle: dict[str, Any] = {}
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start(CHECK_MS)

    def check(self) -> None:
        """The timer's turn: a periodic sync when one is due."""
        if self.running:
            return
        try:
            if not due(self.clinic, self.clinic.clock.now()):
                return
        except ClinicError as exc:  # e.g. the database is busy: try at the next turn
            logger.info("periodic sync not checked: %s", exc)
            return
        path, key, clock, cycle = (self.clinic.db.path, self.clinic.db.key, self.clinic.clock,
                                   dict(self.cycle))
        self._run(lambda: run_automatic(path, key, clock, cycle))

    def sync_now(self) -> bool:
        """A sync asked for by the person logged in; False when one is running already."""
        if self.running:
            return False
        sync, cycle = self.clinic.sync, dict(self.cycle)
        self._run(lambda: sync.sync_now(**cycle))
        return True

    def _run(self, work: Any) -> None:
        self.running = True
        self.runs += 1
        self.busy.emit(True)
        self.tasks.run(work, self._done, self._failed)

    def _done(self, report: Any) -> None:
        self.running = False
        self.busy.emit(False)
        when = self.clinic.clock.now().astimezone().strftime("%H:%M")
        text = self.tr("Synced with the hub at {0}.").format(when)
        if report.conflicts:
            text += " " + self.tr("⚠ Some records now have two versions: open them to "
                                  "choose the right one.")
        self.finished.emit(report)  # first: lists refresh, then the line is said
        self.said.emit(text)

    def _failed(self, exc: Exception) -> None:
        from clinic_app.sync.client import HubUnreachable

        self.running = False
        self.busy.emit(False)
        if isinstance(exc, HubUnreachable):
            text = self.tr("Sync skipped: the hub could not be reached. Your work is safe on "
                           "this PC; sync will try again later.")
        elif isinstance(exc, ClinicError):
            text = self.tr("Sync did not finish: {0}").format(exc)
        else:
            logger.warning("sync failed: %r", exc)
            text = self.tr("Sync did not finish ({0}). Your work is safe on this PC.").format(
                exc)
        self.said.emit(text)
        self.failed.emit(exc)
