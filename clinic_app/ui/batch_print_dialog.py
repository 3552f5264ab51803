"""The handouts of everyone seen on a day, made in the background into a folder (with a
progress bar and a Cancel button), then printed if wanted.

Each handout is recorded as printed ("batch") by the service as it is written; one that
cannot be made (a character no font has) is listed with the reason and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.errors import ClinicError
from clinic_app.services.careplans import BatchResult
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import error_label, show_error


class _Progress(QObject):
    step = Signal(int, int)  # done, of


class BatchPrintDialog(QDialog):
    finished_batch = Signal(object)  # the BatchResult

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.result: BatchResult | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Handouts for a day's visits"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        today = clinic.calls.today()
        self.day = QLineEdit(today.isoformat())
        self.day.setObjectName("day")
        self.day.setAccessibleName(self.tr("Day of the visits (year-month-day)"))
        self.day.textChanged.connect(self._count)
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.folder = QLineEdit(str(Path(docs) / "Clinic handouts" / today.isoformat()))
        self.folder.setObjectName("folder")
        self.folder.setAccessibleName(self.tr("Folder for the PDF files"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Visits on:"), self.day)
        form.addRow(self.tr("Save the PDFs in:"), where)

        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Handouts made so far"))
        self.progress.setFormat(self.tr("%v of %m handouts"))
        self.progress.hide()
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setAccessibleName(self.tr("What was made and what was skipped"))
        self.report.setReadOnly(True)
        self.report.hide()
        self.message = error_label("batch")
        self.start_button = QPushButton(self.tr("&Make the handouts"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAccessibleName(self.tr("Stop making handouts"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.print_button = QPushButton(self.tr("&Print them all…"))
        self.print_button.setObjectName("print_all")
        self.print_button.setAccessibleName(self.tr("Print every handout just made"))
        self.print_button.clicked.connect(self.print_dialog)
        self.print_button.hide()
        self.printer: Any = None  # kept alive while its dialog is open
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.close_button = close
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        self._count()

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the handouts"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def _parsed_day(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.day.text().strip())
        except ValueError:
            return None

    def _count(self) -> None:
        day = self._parsed_day()
        if day is None:
            show_error(self.message, self.tr("“{0}” is not a real date: write it as "
                                             "year-month-day, e.g. {1}.").format(
                self.day.text(), self.clinic.calls.today().isoformat()))
            self.start_button.setEnabled(False)
            return
        show_error(self.message, "")
        n = len(self.clinic.care_plans.patients_seen_on(day))
        self.count.setText(self.tr("{0} patient(s) seen that day have a care plan.").format(n)
                           if n else self.tr("Nobody seen that day has a care plan yet."))
        self.start_button.setEnabled(n > 0)

    def start(self) -> None:
        day = self._parsed_day()
        if day is None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        self._cancel.clear()
        progress = _Progress(self)
        progress.step.connect(self._step)
        self.progress.setValue(0)
        self.progress.show()
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.show()
        care_plans, cancel = self.clinic.care_plans, self._cancel
        self.tasks.run(
            lambda: care_plans.batch(day, folder, progress=progress.step.emit,
                                     cancelled=cancel.is_set),
            self._done, self._failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.count.setText(self.tr("Stopping after the handout being made…"))

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)

    def _done(self, result: BatchResult) -> None:
        self._finish()
        self.result = result
        lines = [self.tr("Stopped: {0} handout(s) were made before Cancel.").format(
            len(result.written)) if result.cancelled else
            self.tr("Made {0} handout(s) in {1}.").format(len(result.written),
                                                         self.folder.text())]
        lines += [self.tr("Skipped {0}: {1}").format(who, why) for who, why in result.skipped]
        self.count.setText(lines[0])
        self.report.setPlainText("\n".join(lines[1:] + [str(p) for p in result.written]))
        self.report.show()
        self.print_button.setVisible(bool(result.written))
        self.finished_batch.emit(result)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print the handouts"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: Any) -> int:
        """Send every handout just made to ``printer`` as one job; the pages printed."""
        from clinic_app.ui.handout_dialog import print_pdfs

        if self.result is None:
            return 0
        try:
            pages = print_pdfs([p.read_bytes() for p in self.result.written], printer)
        except (ClinicError, OSError) as exc:
            show_error(self.message, str(exc) if isinstance(exc, ClinicError) else self.tr(
                "The handouts could not be read back from {0}: {1}").format(
                self.folder.text(), exc))
            return 0
        self.count.setText(self.tr("Sent {0} handout(s), {1} page(s), to the printer.").format(
            len(self.result.written), pages))
        return pages

    def _failed(self, exc: Exception) -> None:
        self._finish()
        show_error(self.message, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The handouts could not be made: {0}").format(exc))

    def reject(self) -> None:
        if self.cancel_button.isVisible():  # still working: stop first, then close
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.cancel_button.isVisible():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
