"""Back up now: pick the USB stick (or a folder), give the passphrase, one click; the result
says "Backup verified" with size, time and how many backups the stick holds, or exactly what
failed and that the earlier backups are untouched.

The first backup sets the passphrase: asked twice, its strength shown, a plain warning that a
lost passphrase means unreadable backups, and a recovery sheet to print and lock away. It may
be remembered in the OS keyring for automatic backups; never in the database or a file.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.drives import DrivePicker
from clinic_app.ui.widgets.forms import error_label, password_edit, show_error


class _Progress(QObject):
    step = Signal(str, float)


class BackupDialog(QDialog):
    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        from clinic_app.backup.service import BackupService

        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.service = BackupService(clinic)
        self.result: Any = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        where = QGroupBox(self.tr("1. Where to"))
        self.picker = DrivePicker(self.tr("Drives and folders to back up to"),
                                  self.tr("Folder for the backup"))
        self.picker.path_changed.connect(lambda *_: self._update())
        box = QVBoxLayout(where)
        box.addWidget(self.picker)

        phrase = QGroupBox(self.tr("2. The backup passphrase"))
        form = QFormLayout(phrase)
        self.remembered = self._remembered()
        self.passphrase = password_edit("passphrase")
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.again = password_edit("passphrase_again")
        self.again.setAccessibleName(self.tr("Backup passphrase again"))
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        for edit in (self.passphrase, self.again):
            edit.textChanged.connect(lambda *_: self._update())
        self.remember = QCheckBox(self.tr("Remember it on this PC (needed for automatic "
                                          "backups)"))
        self.remember.setObjectName("remember")
        warning = QLabel(self.tr(
            "⚠ Write the passphrase down and lock it away. If it is lost, nobody can open "
            "the backups — not even us."))
        warning.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Print a recovery sheet…"))
        self.sheet_button.setObjectName("recovery_sheet")
        self.sheet_button.clicked.connect(self.print_sheet)
        if self.remembered:
            form.addRow(QLabel(self.tr("The passphrase remembered on this PC is used. Type "
                                       "another one below only to change it.")))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.again)
        form.addRow("", self.strength)
        form.addRow(warning)
        form.addRow(self.remember)
        form.addRow(self.sheet_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setRange(0, 1000)
        self.progress.setFormat(self.tr("%p%"))
        self.progress.hide()
        self.stage = QLabel()
        self.stage.setObjectName("stage")
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setFont(scaled(self.outcome.font(), 1.25))
        self.message = error_label("backup")
        self.start_button = QPushButton(self.tr("&Back up now"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        self.last = QLabel()
        self.last.setObjectName("last")
        self._show_last()
        layout.addWidget(self.last)
        layout.addWidget(where)
        layout.addWidget(phrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update()

    def _show_last(self) -> None:
        last = self.service.last_verified()
        self.last.setText(self.tr("Last verified backup: {0}").format(
            last.astimezone().strftime("%Y-%m-%d %H:%M") if last else self.tr("never")))

    # where ------------------------------------------------------------------------------
    def add_folder(self, folder: Path, label: str | None = None) -> None:
        self.picker.add_folder(folder, label)

    def folder(self) -> Path | None:
        return self.picker.path()

    # the passphrase ---------------------------------------------------------------------
    def _remembered(self) -> bool:
        from clinic_app.backup.service import passphrase_from

        try:
            return bool(passphrase_from(None))
        except ClinicError:
            return False

    def typed_passphrase(self) -> str | None:
        """The passphrase to use, or None (with the reason shown) when it is not usable."""
        from clinic_app.backup.service import MIN_SCORE, passphrase_strength

        typed, again = self.passphrase.text(), self.again.text()
        if not typed and self.remembered:
            return ""  # the remembered one
        if not typed:
            return None
        score, words = passphrase_strength(typed)
        if score < MIN_SCORE:
            return None
        return typed if typed == again else None

    def _update(self) -> None:
        from clinic_app.backup.service import MIN_SCORE, passphrase_strength

        typed, again = self.passphrase.text(), self.again.text()
        if typed:
            score, words = passphrase_strength(typed)
            text = self.tr("Passphrase: {0}").format(tr_label(words))
            if score >= MIN_SCORE and again and again != typed:
                text += " " + self.tr("⚠ The two do not match.")
            self.strength.setText(("✓ " if score >= MIN_SCORE else "⚠ ") + text)
        else:
            self.strength.setText(self.tr("At least 12 letters, or four words, e.g. “mango "
                                          "river blue lantern”."))
        self.sheet_button.setEnabled(self.typed_passphrase() not in (None, ""))
        self.start_button.setEnabled(self.folder() is not None
                                     and self.typed_passphrase() is not None)

    def print_sheet(self) -> None:
        """A recovery sheet: the clinic, where the backups go and the passphrase, to print
        and lock away (the only place the passphrase is ever written by the app)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sheet_document().print_(self.printer)

    def sheet_document(self) -> QTextDocument:
        clinic = html.escape(str(self.clinic.settings.get("clinic_name")))
        phrase = html.escape(self.passphrase.text())
        doc = QTextDocument()
        doc.setHtml(
            f"<h1>{clinic}: backup recovery sheet</h1>"
            f"<p style='font-size:18pt'>{self.tr('Backup passphrase:')}</p>"
            f"<p style='font-size:24pt'><b>{phrase}</b></p>"
            f"<p style='font-size:16pt'>{self.tr('Keep this sheet locked away. Anyone with it can read the backups; without it, nobody can.')}</p>"  # noqa: E501
            f"<p style='font-size:16pt'>{self.tr('To restore: Manage → Restore a backup…, choose the file on the USB stick, type this passphrase.')}</p>")  # noqa: E501
        return doc

    # backing up -------------------------------------------------------------------------
    def start(self) -> None:
        from clinic_app.backup.service import passphrase_from, remember_passphrase

        folder, typed = self.folder(), self.typed_passphrase()
        if folder is None or typed is None:
            return
        try:
            passphrase = typed or passphrase_from(None)
            if typed and self.remember.isChecked():
                remember_passphrase(typed)
        except ClinicError as exc:
            show_error(self.message, tr_label(str(exc)))
            return
        self._cancel.clear()
        progress = _Progress(self)
        progress.step.connect(self._step)
        show_error(self.message, "")
        self.outcome.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        service, cancel = self.service, self._cancel
        self.tasks.run(lambda: service.backup(folder, passphrase, progress=progress.step.emit,
                                              cancelled=cancel.is_set),
                       self._done, self._failed)

    def _step(self, label: str, fraction: float) -> None:
        self.stage.setText(tr_label(label))
        self.progress.setValue(int(fraction * 1000))

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)
        self.stage.clear()

    def _done(self, result: Any) -> None:
        self._finish()
        self.result = result
        self.progress.setValue(1000)
        self.outcome.setText("✓ " + tr_label(result.message))
        self._show_last()

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self.progress.hide()
        show_error(self.message, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The backup failed: {0}. The earlier backups are untouched.").format(exc))

    def reject(self) -> None:
        if self.cancel_button.isVisible():
            self._cancel.set()
            return
        super().reject()
