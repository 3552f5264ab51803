"""Settings → Sync (managers): connect this PC to the hub, see in plain words how sync is
going, sync now, carry changes on a USB stick, and settle records with two versions.

Everything that touches the network or the disk runs off the GUI thread; a sync started
here goes through the window's ``AutoSync``, so a periodic sync already running shows here
and a second one cannot start.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.sync.service import Conflict, SyncStatus
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.sync_conflicts import ConflictWords, ResolveDialog
from clinic_app.ui.sync_schedule import AutoSync
from clinic_app.ui.sync_stick import BundleBox
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import FieldErrors, error_label, show_error

EVERY = (5, 15, 30, 60, 240, 1440, 0)
WARN_STYLE = "font-weight: bold;"


def _say(label: QLabel, text: str) -> None:
    """A line that takes no room while it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def _label(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet(WARN_STYLE)
    return label


class SyncDialog(QDialog):
    #: records changed here (a bundle imported, a version chosen): lists refresh
    changed = Signal()

    def __init__(self, clinic: Clinic, tasks: TaskRunner, runner: AutoSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.runner = runner or AutoSync(clinic, tasks, self)
        self.words = ConflictWords(clinic, self)
        self.status: SyncStatus | None = None
        self.conflicts: list[Conflict] = []
        self._failure = ""
        self.setWindowTitle(self.tr("Sync with the hub"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

        intro = QLabel(self.tr(
            "Sync shares this clinic's records with the hub (at the district office) and "
            "with the clinic's other PCs. It is optional: everything in the app works "
            "without it."))
        intro.setWordWrap(True)
        self.demo_note = _label("demo_note", bold=True)
        self.demo_note.hide()

        self.body = body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(self.demo_note)
        layout.addWidget(self._connect_box())
        layout.addWidget(self._status_box())
        self.stick_box = BundleBox(clinic, tasks, self)
        self.stick_box.done.connect(self.refresh)
        self.stick_box.changed.connect(self.changed)
        layout.addWidget(self.stick_box)
        layout.addWidget(self._conflict_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

        self.runner.busy.connect(self._busy)
        self.runner.finished.connect(self._synced)
        self.runner.failed.connect(self._sync_failed)
        self._busy(self.runner.running)
        self.refresh()

    # building ---------------------------------------------------------------------------
    def _connect_box(self) -> QGroupBox:
        self.connect_box = QGroupBox(self.tr("Connect this PC to the hub"))
        self.connect_box.setObjectName("connect_box")
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.hub_url = QLineEdit()
        self.hub_url.setObjectName("hub_url")
        self.hub_url.setPlaceholderText(self.tr("e.g. https://hub.example.org"))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("e.g. ABCD-EFGH-JKLM-NPQR"))
        self.fields.add("hub_url", self.tr("Hub address:"), self.hub_url,
                        hint=self.tr("As the hub's administrator gave it to you."))
        self.fields.add("code", self.tr("Enrolment code:"), self.code,
                        hint=self.tr("A one-time code from the hub's administrator. It "
                                     "works once, for this PC."))
        self.connect_button = QPushButton(self.tr("Connect to the hub"))
        self.connect_button.setObjectName("connect")
        self.connect_button.setAccessibleName(self.tr("Connect this PC to the hub"))
        self.connect_button.clicked.connect(self.enroll)
        self.connect_state = _label("connect_state")
        self.connect_state.hide()
        self.connect_error = error_label("connect")
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addWidget(self.connect_state, 1)
        row.addStretch(1)
        box = QVBoxLayout(self.connect_box)
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(self.connect_error)
        return self.connect_box

    def _status_box(self) -> QGroupBox:
        self.status_box = QGroupBox(self.tr("How sync is going"))
        self.status_box.setObjectName("status_box")
        self.where = _label("where")
        self.last = _label("last")
        self.waiting = _label("waiting")
        self.problem = _label("problem")
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.problem.hide()
        self.clock_note = _label("clock_note", bold=True)
        self.held = _label("held", bold=True)
        self.every = QComboBox()
        self.every.setObjectName("every")
        self.every.setAccessibleName(self.tr("How often to sync by itself"))
        self.every.activated.connect(self._every_chosen)
        self.every_error = error_label("every")
        often = QHBoxLayout()
        often_label = QLabel(self.tr("Sync by itself:"))
        often_label.setBuddy(self.every)
        often.addWidget(often_label)
        often.addWidget(self.every)
        often.addStretch(1)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setAccessibleName(self.tr("Sync with the hub now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Sync running"))
        self.progress.setRange(0, 0)  # busy: a sync does not know its length in advance
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.progress.hide()
        self.sync_state = _label("sync_state")
        self.sync_state.hide()
        now = QHBoxLayout()
        now.addWidget(self.sync_button)
        now.addWidget(self.progress)
        now.addWidget(self.sync_state, 1)
        now.addStretch(1)
        self.outcome = _label("outcome")
        self.outcome.hide()
        box = QVBoxLayout(self.status_box)
        for w in (self.where, self.last, self.waiting, self.problem, self.clock_note,
                  self.held):
            box.addWidget(w)
        box.addLayout(often)
        box.addWidget(self.every_error)
        box.addLayout(now)
        box.addWidget(self.outcome)
        return self.status_box

    def _conflict_box(self) -> QGroupBox:
        self.conflict_box = QGroupBox(self.tr("Records with two versions"))
        self.conflict_box.setObjectName("conflict_box")
        how = QLabel(self.tr("Two PCs changed the same details of these records at the same "
                             "time. Open each one and choose the right version."))
        how.setWordWrap(True)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conflict_list.setAccessibleName(self.tr("Records with two versions"))
        self.conflict_list.itemActivated.connect(lambda item: self.open_conflict(
            self.conflict_list.row(item)))
        self.open_button = QPushButton(self.tr("Open and choose…"))
        self.open_button.setObjectName("open_conflict")
        self.open_button.clicked.connect(lambda: self.open_conflict(
            self.conflict_list.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        box = QVBoxLayout(self.conflict_box)
        box.addWidget(how)
        box.addWidget(self.conflict_list)
        box.addLayout(row)
        self.conflict_box.hide()
        return self.conflict_box

    # showing the state ----------------------------------------------------------------------
    def refresh(self) -> None:
        sync = self.clinic.sync
        self.tasks.run(lambda: (sync.status(), sync.conflicts()), lambda got: self._show(*got),
                       lambda exc: show_error(self.connect_error, self._words(exc)))

    def _show(self, status: SyncStatus, conflicts: list[Conflict]) -> None:
        self.status = status
        if status.demo:
            show_error(self.demo_note, self.tr(
                "This is the demo database: its patients are made up and never sync. Set up "
                "sync in the clinic's real database."))
        for box in (self.connect_box, self.stick_box):
            box.setEnabled(not status.demo)
        self.connect_box.setVisible(not status.enrolled)
        self.status_box.setVisible(status.enrolled)
        name = f"“{status.site_name}”" if status.site_name else ""
        self.where.setText(self.tr("✓ This PC is connected to the hub at {0} {1}").format(
            status.hub, self.tr("as {0}.").format(name) if name else "").strip())
        self.last.setText(self.tr("Last synced {0}.").format(self._when(status.last_success))
                          if status.last_success else self.tr("Not synced yet."))
        self.waiting.setText(self._waiting(status.pending))
        error = status.last_error if status.last_error != self._failure else None
        head = self.tr("The last try ({0}) did not work.").format(
            self._when(status.last_attempt))
        _say(self.problem, f"<b>⚠ {html.escape(head)}</b><br>{html.escape(error)}"
             if error else "")
        show_error(self.clock_note, self._clock(status))
        show_error(self.held, self.tr(
            "The hub held back {0} changes made on this PC because their time was too far "
            "ahead. They are kept; once the clock is right, the hub lets them through.")
            .format(status.held) if status.held else "")
        self._fill_every(status.every_minutes)
        self._fill_conflicts(conflicts)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for what the page shows (up to most of the screen; it scrolls)."""
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        tall = min(int(screen * 0.9), self.body.sizeHint().height() + self.fontMetrics()
                   .height() * 4)
        if tall > self.height():
            self.resize(max(self.width(), self.minimumWidth()), tall)

    def _when(self, iso: str | None) -> str:
        if not iso:
            return self.tr("never")
        try:
            when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return iso
        today = self.clinic.clock.now().astimezone().date()
        hm = when.strftime("%H:%M")
        if when.date() == today:
            return self.tr("{0} today").format(hm)
        if when.date() == today - dt.timedelta(days=1):
            return self.tr("{0} yesterday").format(hm)
        return self.tr("on {0} at {1}").format(when.strftime("%Y-%m-%d"), hm)

    def _waiting(self, n: int) -> str:
        if n == 0:
            return self.tr("✓ Nothing is waiting to go: the hub has everything made on this PC.")
        if n == 1:
            return self.tr("1 change made on this PC is waiting to go to the hub.")
        return self.tr("{0} changes made on this PC are waiting to go to the hub.").format(n)

    def _clock(self, status: SyncStatus) -> str:
        if not status.clock_wrong() or status.clock_offset_ms is None:
            return ""
        ms = status.clock_offset_ms
        days = abs(ms) / 86_400_000
        amount = self.tr("{0} days").format(round(days)) if days >= 1.5 else \
            self.tr("{0} hours").format(round(abs(ms) / 3_600_000))
        way = self.tr("ahead of") if ms > 0 else self.tr("behind")
        return self.tr("This PC's clock is about {0} {1} the hub's. Ask someone to set the "
                       "right date and time on this PC: until then, changes made here may "
                       "be held back or sorted wrongly.").format(amount, way)

    def _fill_every(self, minutes: int) -> None:
        self.every.clear()
        choices = list(EVERY) if minutes in EVERY else [minutes, *EVERY]
        for m in choices:
            if m == 0:
                text = self.tr("Only when I press “Sync now”")
            elif m == 60:
                text = self.tr("Every hour")
            elif m == 1440:
                text = self.tr("Once a day")
            elif m % 60 == 0:
                text = self.tr("Every {0} hours").format(m // 60)
            else:
                text = self.tr("Every {0} minutes").format(m)
            self.every.addItem(text, m)
        self.every.setCurrentIndex(self.every.findData(minutes))

    def _fill_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        self.conflict_list.clear()
        for c in conflicts:
            item = QListWidgetItem("⚠ " + self.words.line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflict_list.addItem(item)
        if conflicts:
            self.conflict_list.setCurrentRow(0)
        self.conflict_box.setTitle(self.tr("Records with two versions ({0})").format(
            len(conflicts)))
        rows = max(2, min(6, len(conflicts))) * 2  # a line may wrap once
        self.conflict_list.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 12)
        self.conflict_box.setVisible(bool(conflicts))

    def _words(self, exc: Exception) -> str:
        if isinstance(exc, ValidationError):
            return " ".join(tr_label(m) for m in exc.errors.values())
        if isinstance(exc, ClinicError):
            return tr_label(str(exc))
        return self.tr("That did not finish: {0}. Your work is safe on this PC.").format(exc)

    # connecting -------------------------------------------------------------------------
    def enroll(self) -> None:
        url, code = self.hub_url.text().strip(), self.code.text().strip()
        errors = {}
        if not url:
            errors["hub_url"] = self.tr("Type the hub's address.")
        if not code:
            errors["code"] = self.tr("Type the enrolment code.")
        self.fields.show(errors)
        show_error(self.connect_error, "")
        if errors:
            return
        self.connect_button.setEnabled(False)
        _say(self.connect_state, self.tr("Connecting… This can take up to half a minute."))
        sync = self.clinic.sync
        self.tasks.run(lambda: sync.enroll(url, code), self._enrolled, self._enroll_failed)

    def _enrolled(self, answer: dict[str, Any]) -> None:
        self.connect_button.setEnabled(True)
        _say(self.connect_state, "")
        self.code.clear()
        _say(self.outcome, self.tr("✓ Connected to the hub. The first sync starts now."))
        self.refresh()
        self.runner.sync_now()

    def _enroll_failed(self, exc: Exception) -> None:
        from clinic_app.sync.client import HubAnswer, HubRefusedToken, HubUnreachable

        self.connect_button.setEnabled(True)
        _say(self.connect_state, "")
        text = self._words(exc)
        if isinstance(exc, ValidationError) and "code" in exc.errors:
            self.fields.show({"code": text})
        elif isinstance(exc, HubRefusedToken):  # the hub's words say what to do
            self.fields.show({"code": text})
        elif isinstance(exc, HubUnreachable | HubAnswer) or (
                isinstance(exc, ClinicError) and ("hub address" in text or "port" in text)):
            self.fields.show({"hub_url": text})
        else:
            self.fields.clear()
            show_error(self.connect_error, text)

    # syncing ----------------------------------------------------------------------------
    def sync_now(self) -> None:
        self._failure = ""
        _say(self.outcome, "")
        if not self.runner.sync_now():
            _say(self.outcome, self.tr("A sync is running already; what it did shows here "
                                       "when it ends."))

    def _busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.sync_button.setText(self.tr("Syncing…") if busy else self.tr("Sync now"))
        self.progress.setVisible(busy)
        _say(self.sync_state, self.tr("Syncing with the hub. You can keep working, or close "
                                      "this window.") if busy else "")
        self.stick_box.set_busy(busy)

    def _synced(self, report: Any) -> None:
        text = self.tr("✓ Synced {0}: {1} sent to the hub, {2} received from other PCs.")\
            .format(self._when(self.clinic.meta.get_sync_state("last_sync_ok")),
                    report.sent, report.received)
        if report.conflicts:
            text += " " + self.tr("⚠ Two PCs changed the same details at the same time "
                                  "({0}): choose the right version below.").format(
                report.conflicts)
        _say(self.outcome, text)
        self._failure = ""
        self.refresh()
        if report.applied:
            self.changed.emit()

    def _sync_failed(self, exc: Exception) -> None:
        self._failure = tr_label(str(exc))
        _say(self.outcome, "⚠ " + self._words(exc))
        self.refresh()

    def _every_chosen(self, index: int) -> None:
        try:
            self.clinic.settings.update({"sync_every_minutes": self.every.itemData(index)})
        except ClinicError as exc:
            show_error(self.every_error, self._words(exc))
            return
        show_error(self.every_error, "")

    # conflicts --------------------------------------------------------------------------
    def open_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        self.choice = ResolveDialog(self.clinic, self.tasks, self.conflicts[row], self)
        self.choice.resolved.connect(lambda *_: (self.refresh(), self.changed.emit()))
        self.choice.open()
