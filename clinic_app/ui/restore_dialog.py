"""Restore a backup (managers): choose the file, type the passphrase, see what it holds
(clinic, date, counts) before anything changes, then restore. The current database is first
copied aside and named in the message; the app then closes so it opens on the restored data.
A wrong passphrase, a damaged file, another program's file or a newer version's backup is
refused and nothing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import error_label, password_edit, show_error


class RestoreDialog(QDialog):
    #: the database was replaced: the app must open it again
    restored = Signal(object)  # the RestoreResult

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.manifest: Any = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.setAccessibleName(self.tr("Backup file"))
        self.file.textChanged.connect(self._forget)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.passphrase = password_edit("passphrase")
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.passphrase.textChanged.connect(self._forget)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.contents = QLabel(self.tr("Choose a backup and type its passphrase, then press "
                                       "“Check the backup” to see what it holds. Nothing "
                                       "changes until you press Restore."))
        self.contents.setObjectName("contents")
        self.contents.setWordWrap(True)
        self.message = error_label("restore")
        self.check_button = QPushButton(self.tr("&Check the backup"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm_and_restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.contents)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup"), "",
                                              self.tr("Clinic backups (*.clinicbackup);;"
                                                      "All files (*)"))
        if name:
            self.file.setText(name)

    def _forget(self) -> None:
        self.manifest = None
        self.restore_button.setEnabled(False)

    def check(self) -> None:
        """Decrypt and show what the backup holds; nothing changes."""
        from clinic_app.backup.service import inspect_file

        path, phrase = Path(self.file.text().strip()), self.passphrase.text()
        self._forget()
        try:
            self.manifest = inspect_file(path, phrase)
        except ClinicError as exc:
            show_error(self.message, tr_label(str(exc)))
            return
        except OSError as exc:
            show_error(self.message, self.tr("The file {0} cannot be read: {1}.").format(
                path, exc.strerror or exc))
            return
        show_error(self.message, "")
        self.contents.setText(self.tr("This backup holds: {0}").format(
            self.manifest.describe()))
        self.restore_button.setEnabled(True)

    def confirm_and_restore(self) -> None:
        if self.manifest is None:
            return
        answer = QMessageBox.question(
            self, APP_NAME, self.tr(
                "Replace the clinic's data on this PC with this backup?\n\n{0}\n\nThe data as "
                "it is now is kept aside first, so nothing is lost.").format(
                self.manifest.describe()))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore()

    def restore(self) -> None:
        from clinic_app.backup.service import BackupService

        path, phrase = Path(self.file.text().strip()), self.passphrase.text()
        self.restore_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.contents.setText(self.tr("Restoring… do not switch the PC off."))
        service = BackupService(self.clinic)
        self.tasks.run(lambda: service.restore(path, phrase), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.result = result
        self.contents.setText("✓ " + tr_label(result.message))
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.contents.clear()
        show_error(self.message, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The restore failed: {0}. The clinic's data was not changed.").format(exc))
