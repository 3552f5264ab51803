"""Merge two records of the same person (manager): everything moves to the one kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.domain.patient import Patient
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label

TABLE_LABELS = {  # (one, many)
    "support_contacts": ("support person", "support people"),
    "appointments": ("appointment", "appointments"), "visits": ("visit", "visits"),
    "care_plans": ("care plan", "care plans"), "follow_ups": ("follow-up", "follow-ups"),
    "call_attempts": ("call", "calls"), "handout_prints": ("printed handout", "printed handouts"),
}


class MergeDialog(QDialog):
    merged = Signal(object)  # [survivor id, merged id]

    def __init__(self, clinic: Clinic, keep: Patient | None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.setWindowTitle(self.tr("Merge duplicate records"))
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 90)  # room for the record summaries at any text size
        intro = QLabel(self.tr(
            "Use this when one person has two records. Everything on the second record "
            "(visits, plans, follow-ups, calls, phone numbers) moves to the record you keep. "
            "The second record is closed and points to the one kept. Nothing is deleted."))
        intro.setWordWrap(True)
        self.keep_number = QLineEdit(keep.clinic_number if keep else "")
        self.keep_number.setObjectName("keep_number")
        self.keep_number.setAccessibleName(self.tr("Clinic number of the record to keep"))
        self.merge_number = QLineEdit()
        self.merge_number.setObjectName("merge_number")
        self.merge_number.setAccessibleName(self.tr("Clinic number of the duplicate record"))
        self.keep_info = QLabel()
        self.merge_info = QLabel()
        for label in (self.keep_info, self.merge_info):
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Keep record (clinic no.)"), self.keep_number)
        form.addRow("", self.keep_info)
        form.addRow(self.tr("Duplicate to merge in"), self.merge_number)
        form.addRow("", self.merge_info)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.keep_number.textChanged.connect(self._refresh)
        self.merge_number.textChanged.connect(self._refresh)
        self._refresh()
        (self.merge_number if keep else self.keep_number).setFocus()

    def _lookup(self, number: str) -> Patient | None:
        number = number.strip().upper()
        return self.clinic.patients.by_clinic_number(number) if number else None

    def _describe(self, p: Patient | None, typed: str) -> str:
        if p is None:
            return self.tr("No record with that clinic number.") if typed.strip() else ""
        if p.merged_into:
            return self.tr("This record was already merged into another one.")
        counts = self.clinic.patients.linked_records(p.id or "")
        linked = ", ".join(f"{n} {tr_label(TABLE_LABELS[t][n != 1])}"
                           for t, n in counts.items() if n)
        return f"{p.full_name}, {tr_label(p.birth_display()) or '?'}, {p.village or '-'}" + (
            f" — {linked}" if linked else "")

    def _refresh(self) -> None:
        keep = self._lookup(self.keep_number.text())
        other = self._lookup(self.merge_number.text())
        self.keep_info.setText(self._describe(keep, self.keep_number.text()))
        self.merge_info.setText(self._describe(other, self.merge_number.text()))
        ok = bool(keep and other and keep.id != other.id and not keep.merged_into
                  and not other.merged_into)
        self.merge_button.setEnabled(ok)

    def do_merge(self) -> None:
        keep = self._lookup(self.keep_number.text())
        other = self._lookup(self.merge_number.text())
        if not (keep and other and keep.id and other.id):
            return
        answer = QMessageBox.question(self, APP_NAME, self.tr(
            "Merge {0} ({1}) into {2} ({3})? This cannot be undone from this screen.").format(
            other.clinic_number, other.full_name, keep.clinic_number, keep.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            survivor, moved = self.clinic.patients.merge(keep.id, other.id)
        except ClinicError as exc:
            QMessageBox.warning(self, APP_NAME, tr_label(str(exc)))
            return
        QMessageBox.information(self, APP_NAME, self.tr(
            "Merged. {0} now holds everything ({1} linked records moved).").format(
            survivor.clinic_number, sum(moved.values())))
        self.merged.emit([keep.id, other.id])
        self.accept()
