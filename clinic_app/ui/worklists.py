"""Two short work lists beside the call queue: contacts to confirm and decliners."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.domain.followups import DeclineReason
from clinic_app.domain.patient import Patient
from clinic_app.domain.phones import display
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.call_forms import DECLINE_LABELS
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import DateEdit, error_label, show_error

WHY_LABELS = {"unreachable": "No answer after several tries",
              "wrong number": "A number was wrong",
              "not confirmed": "Number not confirmed for a long time"}
LIMIT = 300


def contacts_to_confirm(clinic: Clinic, limit: int = LIMIT) -> list[tuple[str, Patient]]:
    """Unreachable or wrong numbers first, then numbers not confirmed within the setting."""
    return clinic.calls.contacts_to_confirm(limit)


def local_day(stamp: str | None) -> str:
    if not stamp:
        return ""
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return when.astimezone().date().isoformat() if when.tzinfo else stamp[:10]


class ListPage(QWidget):
    """A heading, a table of rows read off the GUI thread, and buttons under it."""

    #: the list changed something: the patient's id
    changed = Signal(str)

    def __init__(self, clinic: Clinic, tasks: TaskRunner, title: str, headers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.heading = QLabel(title)
        self.heading.setFont(scaled(self.heading.font(), 1.3))
        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.error = error_label("list")
        self.model = RowsModel(headers, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._seq = 0

    def button(self, text: str, accessible: str, slot: Callable[[], None],
               name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def read(self) -> list[tuple[list[str], Any]]:
        raise NotImplementedError

    def reload(self) -> None:
        at = self.current_row()
        self._seq += 1
        seq = self._seq
        self.tasks.run(self.read, lambda rows: self._loaded(seq, rows, at), self.failed)

    def _loaded(self, seq: int, rows: list[tuple[list[str], Any]], at: int) -> None:
        if seq != self._seq:
            return
        show_error(self.error, "")
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(max(0, min(at, len(rows) - 1)))
        self.loaded(len(rows))

    def loaded(self, count: int) -> None:
        """Say what the list holds (each page words it)."""

    def failed(self, exc: Exception) -> None:
        show_error(self.error, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "Something went wrong: {0}. Your saved work is safe.").format(exc))

    def clear(self) -> None:
        self._seq += 1
        self.model.set_rows([])
        self.info.clear()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def current(self) -> Any:
        return self.model.item(self.current_row()) if self.model.rowCount() else None

    def focus_table(self) -> None:
        self.table.setFocus()

    def enter(self) -> None:
        """Enter on a row."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter()
                return True
        return super().eventFilter(watched, event)


class ContactsPage(ListPage):
    #: the person asked to edit the patient's number (the patient dialog opens)
    edit_patient = Signal(str)

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(clinic, tasks, self.tr("Contacts to confirm"), [
            self.tr("Why"), self.tr("Patient"), self.tr("Phone"), self.tr("Last confirmed"),
            self.tr("Village")], parent)
        self.table.setObjectName("contacts")
        self.confirm = self.button(self.tr("Phone &confirmed today"), self.tr(
            "The patient says the number is right: confirmed today"), self.confirm_phone,
            "confirm_phone")
        self.edit = self.button(self.tr("&Edit number… (Enter)"), self.tr(
            "Open the patient's record to correct the number"), self.enter, "edit_number")
        self.moved = self.button(self.tr("Mark &moved away"), self.tr(
            "The patient moved away: stop calling"), self.mark_moved, "mark_moved")
        self.buttons.addStretch(1)

    def read(self) -> list[tuple[list[str], Any]]:
        country = self.clinic.patients.country
        rows = []
        for why, p in contacts_to_confirm(self.clinic):
            phones = ", ".join(("✗ " if x in p.wrong_phones else "") + display(x, country)
                               for x in list(p.phones) + [w for w in p.wrong_phones
                                                          if w not in p.phones])
            rows.append(([tr_label(WHY_LABELS.get(why, why)),
                          f"{p.full_name}  ({p.clinic_number})", phones or self.tr("none"),
                          p.phone_confirmed_at or self.tr("never"), p.village], p))
        return rows

    def loaded(self, count: int) -> None:
        if not count:
            self.info.setText(self.tr("Every number is confirmed. Nothing to do."))
            return
        many = self.tr("The first {0} patients") if count >= LIMIT else self.tr(
            "{0} patients")
        self.info.setText(many.format(count) + " " + self.tr(
            "need their contact details checked, most urgent first. Call or ask them at the "
            "desk; ✗ marks a wrong number."))

    def enter(self) -> None:
        p = self.current()
        if p is not None and p.id:
            self.edit_patient.emit(p.id)

    def confirm_phone(self) -> None:
        p = self.current()
        if p is None or not p.id:
            return
        if not p.phones:
            show_error(self.error, self.tr("There is no number to confirm: use Edit number."))
            return
        pid = p.id
        self.tasks.run(lambda: self.clinic.patients.confirm_phone(pid),
                       lambda _: self._done(pid), self.failed)

    def mark_moved(self) -> None:
        p = self.current()
        if p is None or not p.id:
            return
        answer = QMessageBox.question(
            self, APP_NAME, self.tr("Mark {0} as moved away? They will not be called again.")
            .format(p.full_name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = p.id
        self.tasks.run(lambda: self.clinic.patients.update(pid, {"status": "moved"}),
                       lambda _: self._done(pid), self.failed)

    def _done(self, pid: str) -> None:
        self.changed.emit(pid)
        self.reload()


class DeclinersPage(ListPage):
    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(clinic, tasks, self.tr("People who said no"), [
            self.tr("Patient"), self.tr("Why"), self.tr("Their words"), self.tr("Said no on"),
            self.tr("Next gentle approach")], parent)
        self.table.setObjectName("decliners")
        self.date = DateEdit()
        self.date.setObjectName("next_approach")
        self.date.setAccessibleName(self.tr("Next approach date"))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        label = QLabel(self.tr("Next approach:"))
        label.setBuddy(self.date)
        self.buttons.addWidget(label)
        self.buttons.addWidget(self.date)
        self.change = self.button(self.tr("&Change date"), self.tr(
            "Change when this person is next approached"), self.change_date, "change_date")
        self.buttons.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())

    def read(self) -> list[tuple[list[str], Any]]:
        rows = []
        seen: set[str] = set()
        # The service may list one person twice (two open re-approaches); show the first.
        by_date = sorted(self.clinic.calls.decliners(),
                         key=lambda d: (d["declined_at"] or "", d["next_approach"] or "~"))
        by_date.sort(key=lambda d: d["declined_at"] or "", reverse=True)
        for d in by_date:
            if d["patient_id"] in seen:
                continue
            seen.add(d["patient_id"])
            p = d["patient"]
            try:
                why = DECLINE_LABELS[DeclineReason(d["decline_reason"])]
            except ValueError:
                why = d["decline_reason"] or ""
            rows.append(([f"{p.full_name}  ({p.clinic_number})", tr_label(why), d["notes"] or "",
                          local_day(d["declined_at"]),
                          d["next_approach"] or self.tr("not planned")], d))
        return rows

    def loaded(self, count: int) -> None:
        self.info.setText(self.tr("{0} people said no. They are asked again gently on the "
                                  "date shown; nobody calls them before then unless they "
                                  "asked.").format(count) if count
                          else self.tr("Nobody has said no."))
        self._row_changed()

    def _row_changed(self) -> None:
        d = self.current()
        planned = bool(d and d["follow_up_id"])
        today = self.clinic.calls.today()
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        if planned:
            day = dt.date.fromisoformat(d["next_approach"])
            self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setEnabled(planned)
        self.change.setEnabled(planned)

    def enter(self) -> None:
        if self.date.isEnabled():
            self.date.setFocus()

    def change_date(self) -> None:
        d = self.current()
        if not d or not d["follow_up_id"]:
            return
        q = self.date.date()
        day = dt.date(q.year(), q.month(), q.day())
        fid, pid = d["follow_up_id"], d["patient_id"]
        self.tasks.run(lambda: self.clinic.calls.set_next_approach(fid, day),
                       lambda _: (self.changed.emit(pid), self.reload()), self.failed)
