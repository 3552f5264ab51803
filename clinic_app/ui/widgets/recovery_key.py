"""The recovery key, shown once: large monospace type, a Print button, a tick box.

Used by the set-up wizard (new clinic) and after encrypting an existing database.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.ui.text_size import scaled

logger = logging.getLogger(__name__)

GROUPS_PER_LINE = 4


def key_lines(code: str) -> list[str]:
    """The code in lines of four groups, easy to copy by hand and to read back."""
    groups = code.split("-")
    return ["-".join(groups[i:i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)]


class RecoveryKeyWidget(QWidget):
    """Shows ``code`` once; ``confirmed`` is True once the tick box is ticked."""

    confirmed_changed = Signal(bool)

    def __init__(self, code: str = "", clinic_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.clinic_name = clinic_name
        self.printer: QPrinter | None = None  # kept: Qt does not own it
        intro = QLabel(self.tr(
            "This is the clinic's recovery key. It is shown only this once.\n"
            "If this PC breaks, or its key store is lost, the clinic's records can only be "
            "opened with this key. Without it they cannot be read by anyone.\n"
            "Print it or write it down now, and keep it locked away, apart from this PC."))
        intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("border: 2px solid palette(window-text); padding: 12px;")
        self.print_button = QPushButton(self.tr("&Print the recovery key…"))
        self.print_button.setObjectName("print_key")
        self.print_button.clicked.connect(self.print_key)
        self.tick = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.tick.setObjectName("recovery_confirmed")
        self.tick.toggled.connect(self.confirmed_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tick)
        layout.addStretch(1)
        self.set_code(code, clinic_name)

    def set_code(self, code: str, clinic_name: str = "") -> None:
        self.code = code
        self.clinic_name = clinic_name or self.clinic_name
        self.key_label.setText("\n".join(key_lines(code)))
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(" ".join(code.replace("-", " ")))
        self.tick.setChecked(False)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font = scaled(font, 1.7)
        font.setWeight(QFont.Weight.Bold)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        # The tick box is required: make it as easy to see and hit as the text is large.
        side = self.tick.fontMetrics().height()
        self.tick.setStyleSheet(f"QCheckBox {{ font-weight: bold; }} QCheckBox::indicator "
                                f"{{ width: {side}px; height: {side}px; }}")

    @property
    def confirmed(self) -> bool:
        return self.tick.isChecked()

    # printing ------------------------------------------------------------------
    def print_key(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.ask_printer(self.printer):
            self.render(self.printer)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog (tests replace this to print to a PDF file)."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def sheet_html(self) -> str:
        lines = "<br>".join(html.escape(line) for line in key_lines(self.code))
        return (
            f"<h1 style='font-size:22pt'>{html.escape(self.tr('Recovery key'))}</h1>"
            f"<p style='font-size:16pt'>{html.escape(self.clinic_name)}<br>"
            f"{html.escape(self.tr('Printed on {0}').format(dt.date.today().isoformat()))}</p>"
            f"<p style='font-family:monospace; font-size:26pt; font-weight:bold'>{lines}</p>"
            "<p style='font-size:16pt'>" + html.escape(self.tr(
                "This key opens the clinic's records if the PC's key store is lost or the "
                "records are moved to a new PC. Keep this paper locked away, apart from the "
                "PC. Anyone with this key and a copy of the records can read them.")) + "</p>")

    def render(self, printer: QPrinter) -> None:
        doc = QTextDocument()
        doc.setHtml(self.sheet_html())
        doc.print_(printer)
        logger.info("recovery key sheet printed")


class RecoveryKeyDialog(QDialog):
    """The recovery key after encrypting an existing database; closes only once ticked."""

    def __init__(self, code: str, clinic_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep the recovery key"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.key = RecoveryKeyWidget(code, clinic_name, self)
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(self.tr("Continue"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("continue")
        self.done_button.setEnabled(False)
        self.key.confirmed_changed.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.key.confirmed:
            super().accept()

    def reject(self) -> None:
        """Escape and the close button do nothing until the key is kept."""
        if self.key.confirmed:
            super().accept()
