"""Preview a patient's handout as it will print, then print it or save it as a PDF.

The preview is the real PDF (QPdfView), made from the current plan in the chosen language
and paper; a preview is not recorded. Printing and saving are recorded (who, when, which
plan version) by the service that makes the PDF.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.patient import Patient
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import error_label, show_error

logger = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}
PRINT_DPI = 300


def print_pdfs(documents: list[bytes], printer: QPrinter) -> int:
    """Print PDFs on ``printer`` as one job, each page drawn at 300 dpi to fill the paper;
    the number of pages printed. ClinicError when the printer cannot be opened."""
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(printer):
        raise ClinicError("The printer could not be opened. Check that it is on and "
                          "connected, then try again.")
    printed = 0
    try:
        for data in documents:
            document = QPdfDocument()
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            for page in range(document.pageCount()):
                if printed:
                    printer.newPage()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                points = document.pagePointSize(page)
                scale = PRINT_DPI / 72
                image = document.render(page, QSize(int(points.width() * scale),
                                                    int(points.height() * scale)))
                # the page keeps its shape, drawn from its top-left corner; the printer
                # scales the 300 dpi image (no huge copy at the printer's own resolution)
                fit = min(target.width() / image.width(), target.height() / image.height())
                painter.drawImage(QRectF(0, 0, image.width() * fit, image.height() * fit),
                                  image)
                printed += 1
            document.close()
    finally:
        painter.end()
    return printed


class HandoutDialog(QDialog):
    def __init__(self, clinic: Clinic, tasks: TaskRunner, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.patient = patient
        self.pdf: bytes = b""
        #: the printer chosen last (kept: the next print starts from it), alive while its
        #: dialog is open
        self.printer: QPrinter | None = None
        self._seq = 0
        self.setWindowTitle(self.tr("Handout — {0}").format(patient.full_name))
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, self.fontMetrics().height() * 40)

        plan = clinic.care_plans.current(patient.id or "")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the handout"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(
            clinic.care_plans.handout_language(patient, plan)))
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter (US)"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(clinic.settings.get("paper_size")))
        self.clinician = QCheckBox(self.tr("Clinician's copy (adds the teach-back checklist)"))
        self.clinician.setObjectName("clinician_copy")
        self.clinician.setAccessibleName(self.tr("Clinician's copy"))
        for signal in (self.language.currentIndexChanged, self.paper.currentIndexChanged,
                       self.clinician.toggled):
            signal.connect(lambda *_: self.refresh())

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setAccessibleName(self.tr("Preview of the handout"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.message = error_label("handout")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setAccessibleName(self.tr("Print the handout"))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.setAccessibleName(self.tr("Save the handout as a PDF file"))
        self.save_button.clicked.connect(self.save_dialog)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Language:")))
        options.addWidget(self.language)
        options.addWidget(QLabel(self.tr("Paper:")))
        options.addWidget(self.paper)
        options.addWidget(self.clinician)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.refresh()

    # the preview ----------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        return {"language": self.language.currentData(), "paper": self.paper.currentData(),
                "clinician_copy": self.clinician.isChecked()}

    def refresh(self) -> None:
        """Make the preview again (off the GUI thread) for the chosen options."""
        self._seq += 1
        seq, pid, opts = self._seq, self.patient.id or "", self.options()
        self._set_ready(False)
        self.status.setText(self.tr("Making the preview…"))
        care_plans = self.clinic.care_plans
        self.tasks.run(lambda: care_plans.handout(pid, destination="preview", **opts),
                       lambda h: self._shown(seq, h), lambda exc: self._failed(seq, exc))

    def _shown(self, seq: int, handout: Any) -> None:
        if seq != self._seq:
            return
        self.pdf = handout.pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        show_error(self.message, "")
        pages = self.document.pageCount()
        self.status.setText(self.tr("Plan version {0} · {1} · {2} page(s)").format(
            handout.plan.version, LANGUAGE_NAMES[handout.language], pages))
        self._set_ready(True)

    def _failed(self, seq: int, exc: Exception) -> None:
        if seq != self._seq:
            return
        self.pdf = b""
        self.document.close()
        self.status.clear()
        show_error(self.message, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The handout could not be made: {0}").format(exc))

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # printing and saving --------------------------------------------------------------
    def _recorded(self, destination: str) -> bytes:
        """The PDF again, this time recorded as printed or saved (same plan and options)."""
        handout = self.clinic.care_plans.handout(self.patient.id or "",
                                                 destination=destination, **self.options())
        return handout.pdf

    def print_dialog(self) -> None:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.A4 if self.paper.currentData() == "a4" else \
            QPageSize.PageSizeId.Letter
        self.printer.setPageSize(QPageSize(size))
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print the handout"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page of the handout on ``printer``; recorded as a print."""
        try:
            pages = print_pdfs([self._recorded("printer")], printer)
        except ClinicError as exc:
            show_error(self.message, tr_label(str(exc)))
            return False
        self.status.setText(self.tr("Sent to the printer ({0} page(s)).").format(pages))
        return True

    def save_dialog(self) -> None:
        from clinic_app.services.careplans import handout_file_name

        start = Path.home() / handout_file_name(self.patient, self.clinician.isChecked())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handout as a PDF"),
                                              str(start), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from clinic_app.services.careplans import write_atomically

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_atomically(path, self._recorded("pdf"))
        except ClinicError as exc:
            show_error(self.message, tr_label(str(exc)))
            return False
        except OSError as exc:
            show_error(self.message, self.tr(
                "The PDF could not be saved to {0}: {1}. Choose another folder or check the "
                "stick, then try again.").format(path.parent, exc.strerror or exc))
            return False
        show_error(self.message, "")
        self.status.setText(self.tr("Saved: {0}").format(path))
        return True
