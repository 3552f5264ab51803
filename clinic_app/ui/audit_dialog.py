"""The audit trail (managers): filter, read page by page, export as CSV, check the chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.clock import iso_utc
from clinic_app.errors import ClinicError
from clinic_app.security.audit import VerifyResult
from clinic_app.services.clinic import Clinic
from clinic_app.ui.audit_model import AuditModel
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.widgets.forms import DateEdit, error_label, show_error

ANY_DATE = QDate(2000, 1, 1)
#: (action prefix, label) offered in the 'What' filter
ACTION_FILTERS = (
    ("", "Everything"), ("patient.open", "Patient records opened"),
    ("patient.", "Patient records: all changes"), ("auth.", "Log-ins and log-outs"),
    ("auth.login_failed", "Failed log-ins"), ("user.", "Staff accounts"),
    ("settings.", "Settings"), ("audit.", "Audit trail use"),
)
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


def _run_now(fn: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None]) -> None:
    try:
        result = fn()
    except Exception as exc:
        failed(exc)
    else:
        done(result)


class AuditDialog(QDialog):
    def __init__(self, clinic: Clinic, parent: QWidget | None = None,
                 run: Runner | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._run = run or _run_now
        self.setWindowTitle(self.tr("Audit trail"))
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 120)
        self.since = DateEdit()
        self.since.setObjectName("since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMinimumDate(ANY_DATE)
        self.since.setSpecialValueText(self.tr("any date"))
        self.since.setDate(ANY_DATE)
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.setEditable(True)
        self.user.addItem("")
        self.user.lineEdit().setPlaceholderText(self.tr("everyone"))
        try:
            for account in clinic.accounts.list():
                self.user.addItem(account.username)
        except ClinicError:
            pass
        self.action = QComboBox()
        self.action.setObjectName("action")
        for prefix, label in ACTION_FILTERS:
            self.action.addItem(tr_label(label), prefix)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.search)
        filters = QHBoxLayout()
        for text, widget, name in ((self.tr("&From date"), self.since, self.tr("From date")),
                                   (self.tr("&User"), self.user, self.tr("User")),
                                   (self.tr("W&hat"), self.action, self.tr("What"))):
            widget.setAccessibleName(name)
            filters.addWidget(QLabel(text, buddy=widget))
            filters.addWidget(widget, 1)
        self.model = AuditModel(clinic.audit.search, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("entries")
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.5))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.more_button = self._button(self.tr("Show &older entries"), "more", self.more)
        self.export_button = self._button(self.tr("&Export CSV…"), "export",
                                          lambda: self.export_csv())
        self.verify_button = self._button(self.tr("&Check the chain"), "verify", self.verify)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.error = error_label("audit")
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(self.show_button)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        for b in (self.more_button, self.export_button, self.verify_button):
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(chars * 120, self.fontMetrics().height() * 30)
        self.search()
        self.table.setFocus()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.since.date() > ANY_DATE:
            day = self.since.date().toPython()
            assert isinstance(day, dt.date)
            midnight = dt.datetime.combine(day, dt.time()).astimezone()  # local midnight
            out["since"] = iso_utc(midnight)
        user = self.user.currentText().strip()
        if user:
            out["username"] = user
        if self.action.currentData():
            out["action"] = str(self.action.currentData())
        return out

    def search(self) -> None:
        show_error(self.error, "")
        try:
            self.model.load(**self.filters())
        except ClinicError as exc:
            show_error(self.error, tr_label(str(exc)))
        self._after_load()

    def more(self) -> None:
        try:
            self.model.load_more()
        except ClinicError as exc:
            show_error(self.error, tr_label(str(exc)))
        self._after_load()

    def _after_load(self) -> None:
        n = self.model.rowCount()
        self.summary.setText(
            self.tr("No entries match.") if n == 0 else
            self.tr("{0} entries shown, newest first.").format(n) + (
                " " + self.tr("Older entries: press 'Show older entries'.")
                if self.model.more else ""))
        self.more_button.setEnabled(self.model.more)
        self.table.resizeColumnsToContents()

    def export_csv(self, path: Path | None = None) -> None:
        """Save the filtered entries as a CSV file (asks where, unless ``path`` is given)."""
        if path is None:
            name = f"audit-trail-{dt.date.today().isoformat()}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit trail"), str(Path.home() / name),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
        filters = self.filters()
        target = path

        def write() -> int:
            text = self.clinic.audit.export_csv(**filters)
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            return max(0, text.count("\n") - 1)

        self.export_button.setEnabled(False)
        self._run(write, lambda rows: self._exported(target, rows), self._failed)

    def _exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.result.setText("✔ " + self.tr("Saved {0} entries to {1}").format(rows, path))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Checking every entry…"))
        self._run(self.clinic.audit.verify, self._verified, self._failed)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if result.broken is None:
            self.result.setText("✔ " + self.tr("Chain intact: {0} entries. Nothing was "
                                               "changed or removed.").format(result.entries))
            return
        b = result.broken
        self.result.setText("⚠ " + self.tr(
            "The chain is broken at entry {0} ({1}). Entries may have been changed or "
            "removed. Keep this PC as it is and tell whoever looks after your data.")
            .format(b.seq, b.reason))

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.result.clear()
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "That did not work: {0}").format(exc)
        show_error(self.error, text)
