"""Calls today: the counts, the filters, the queue; Enter opens the call panel.

After a call is logged the queue is read again and the next patient is selected; the
last call can be undone (Ctrl+Z) for 10 minutes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.followups import KIND_LABELS
from clinic_app.domain.patient import LANGUAGES
from clinic_app.errors import ClinicError
from clinic_app.services.calls import UNDO_MINUTES, DayQueue, LoggedCall, QueueRow
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.queue_model import OUTCOME_LABELS, QueueModel
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import error_label, show_error

logger = logging.getLogger(__name__)


class CallsPage(QWidget):
    #: a call was logged or undone: the patient's id
    changed = Signal(str)

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.panel: QDialog | None = None  # the call panel, while it is open
        self.last_call: tuple[str, str, str] | None = None  # call id, patient name, outcome
        self._select_at = 0
        self._select_id: str | None = None
        self._notice = ""  # said once, above the next list read
        self._seq = 0

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setFont(scaled(self.counts.font(), 1.3))
        self.counts.setAccessibleName(self.tr("Calls counts"))

        self.kind = QComboBox()
        self.kind.setObjectName("filter_kind")
        self.kind.setAccessibleName(self.tr("Show only this kind of call"))
        self.kind.addItem(self.tr("All kinds of call"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr_label(label), kind.value)
        self.language = QComboBox()
        self.language.setObjectName("filter_language")
        self.language.setAccessibleName(self.tr("Show only patients who speak"))
        self.language.addItem(self.tr("All languages"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(tr_label(name), code)
        self.mine = QCheckBox(self.tr("Only mine (and unassigned)"))
        self.mine.setObjectName("filter_mine")
        self.mine.setAccessibleName(self.tr("Only calls assigned to me or to nobody"))
        for signal in (self.kind.currentIndexChanged, self.language.currentIndexChanged,
                       self.mine.toggled):
            signal.connect(lambda *_: self.reload())
        refresh = QPushButton(self.tr("Refresh (F5)"))
        refresh.setAccessibleName(self.tr("Read the call list again"))
        refresh.clicked.connect(lambda: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.kind)
        filters.addWidget(self.language)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        filters.addWidget(refresh)

        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("queue")
        self.table.setAccessibleName(self.tr("Calls to make today"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        # a busy day has thousands of rows read a page at a time: size columns from the
        # first page and rows as their page arrives, never by reading every row
        self.model.page_read.connect(
            lambda first, last: QTimer.singleShot(0, lambda: self._size_rows(first, last)))
        self.table.installEventFilter(self)

        self.hint = QLabel(self.tr("Arrow keys choose a patient; Enter opens the call."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.error = error_label("calls")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_call")
        self.undo_button.setAccessibleName(self.tr("Undo the last call logged"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        self.undo_action = QAction(self.tr("Undo last call"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)
        refresh_action = QAction(self.tr("Refresh"), self)
        refresh_action.setShortcut(QKeySequence("F5"))
        refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_action.triggered.connect(lambda: self.reload())
        self.addAction(refresh_action)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MINUTES * 60_000)
        self._undo_timer.timeout.connect(self._undo_expired)

        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.table, self.kind)

    # reading the queue ------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        actor = self.clinic.access.actor
        return {"kind": self.kind.currentData(), "language": self.language.currentData(),
                "assigned_to": actor.username if actor and self.mine.isChecked() else None}

    def reload(self, select_at: int | None = None, select_id: str | None = None) -> None:
        """Read today's calls again (off the GUI thread); the cursor goes to ``select_id``
        if still listed, else stays at the same place."""
        self._select_at = self.current_row() if select_at is None else select_at
        self._select_id = select_id
        self._seq += 1
        seq = self._seq
        calls, args, size = self.clinic.calls, self.filters(), self.model.page_size

        def read() -> tuple[DayQueue, list[QueueRow]]:
            queue = calls.day_queue(**args)
            return queue, calls.rows(queue, 0, size)

        self.tasks.run(read, lambda result: self._loaded(seq, *result), self._failed)

    def _loaded(self, seq: int, queue: DayQueue, first: list[QueueRow]) -> None:
        if seq != self._seq:
            return  # a newer read is on its way
        show_error(self.error, "")
        self.model.set_queue(queue, first, self.clinic.calls.rows)
        c = self.model.counts()
        filtered = any(v for v in self.filters().values())
        self.counts.setText(self.tr("Due today: {0}   ·   Overdue: {1}   ·   Call-backs asked "
                                    "for: {2}").format(c["due_today"], c["overdue"],
                                                       c["callbacks"])
                            + ("   " + self.tr("(filtered)") if filtered else ""))
        if len(queue):
            found = self.model.find(self._select_id) if self._select_id else -1
            row = found if found >= 0 else max(0, min(self._select_at, len(queue) - 1))
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.hint.setText(self._notice + " " * bool(self._notice) + self.tr(
                "Arrow keys choose a patient; Enter opens the call."))
        else:
            self.hint.setText(self.tr("No calls left for today. Well done.") if not filtered
                              else self.tr("No calls match these filters."))
        self._notice = ""
        self.table.horizontalHeader().setResizeContentsPrecision(self.model.page_size)
        self.table.resizeColumnsToContents()
        self._size_rows(0, min(len(queue), self.model.page_size) - 1)
        widest = self.fontMetrics().averageCharWidth() * 36
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), widest))
        self._give_the_reason_room()

    def _give_the_reason_room(self) -> None:
        """"Why we call" takes the width the other columns leave, but never less than about
        30 characters (large text, longer words in French): then the list scrolls sideways
        rather than cut the reason to a word."""
        header = self.table.horizontalHeader()
        others = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())
                     if c != 1)
        least = self.fontMetrics().averageCharWidth() * 32
        if self.table.viewport().width() - others >= least:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(1, least)

    def _size_rows(self, first: int, last: int) -> None:
        for row in range(first, min(last, self.model.rowCount() - 1) + 1):
            self.table.resizeRowToContents(row)

    def _failed(self, exc: Exception) -> None:
        show_error(self.error, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The call list could not be read: {0}").format(exc))

    def clear(self) -> None:
        """Hide everything (the screen is locked)."""
        self._seq += 1
        self.model.clear()
        self.counts.clear()
        self._forget_undo()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def focus_table(self) -> None:
        self.table.setFocus()

    # calls ----------------------------------------------------------------------
    def open_row(self, index: int) -> None:
        row = self.model.row(index)
        if row is None or self.panel is not None:
            return
        pid = row.entry.patient_id
        due = self.model.due_text(row)
        clinic = self.clinic

        def read() -> tuple[Any, Any, Any]:
            patient = clinic.patients.open(pid)  # audited: who looked at the record
            visits = clinic.visits.visits(pid)
            return patient, visits[0] if visits else None, clinic.care_plans.current(pid)

        self.tasks.run(read, lambda got: self._show_panel(row, due, *got), self._failed)

    def _show_panel(self, row: QueueRow, due: str, patient: Any, visit: Any,
                    plan: Any = None) -> None:
        from clinic_app.ui.call_panel import CallPanel

        panel = CallPanel(self.clinic, self.tasks, row, patient, visit, due, self, plan=plan)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.logged.connect(lambda result: self._logged(row, result))
        panel.finished.connect(lambda _: self._panel_closed(panel))
        self.panel = panel
        panel.open()
        panel.activateWindow()

    def _panel_closed(self, panel: Any) -> None:
        if self.panel is panel:
            self.panel = None
            self.window().activateWindow()  # keys go back to the queue at once
            self.table.setFocus()

    def _logged(self, row: QueueRow, result: LoggedCall) -> None:
        name = row.patient.full_name
        self.last_call = (result.call_id, name, result.outcome.value)
        self.undo_action.setEnabled(True)
        label = tr_label(OUTCOME_LABELS[result.outcome])
        self.undo_button.setText(self.tr("Undo last call: {0}, {1} (Ctrl+Z)").format(
            name, label))
        self.undo_button.show()
        self._undo_timer.start()
        at = self.model.find(row.entry.patient_id)
        after = self.model.row(at + 1) if at >= 0 else None
        self.reload(select_at=at if at >= 0 else self.current_row(),
                    select_id=after.entry.patient_id if after else None)
        self.changed.emit(row.entry.patient_id)

    def undo_last(self) -> None:
        if self.last_call is None:
            return
        call_id, name, _ = self.last_call
        self.tasks.run(lambda: self.clinic.calls.undo(call_id),
                       lambda _: self._undone(name), self._failed)

    def _undone(self, name: str) -> None:
        self._forget_undo()
        self._notice = self.tr("Undone: the call to {0} was taken back.").format(name)
        self.reload()
        self.changed.emit("")

    def _undo_expired(self) -> None:
        self._forget_undo()

    def _forget_undo(self) -> None:
        self.last_call = None
        self.undo_action.setEnabled(False)
        self.undo_button.hide()
        self._undo_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.current_row())
                return True
        return super().eventFilter(watched, event)
