"""The database is encrypted and this PC has no key for it: ask for the recovery key
(printed at set-up) or a key file. A wrong one says so and lets the person try again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.db.connection import DatabaseWrongKey
from clinic_app.errors import ClinicError
from clinic_app.services import opening
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import error_label, show_error


class UnlockDialog(QDialog):
    """On success ``opened`` holds the open clinic (the key is put back in the keyring)."""

    def __init__(self, path: Path, parent: QWidget | None = None, **clinic_args: Any) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.clinic_args = clinic_args
        self.opened: opening.Opened | None = None
        self.setWindowTitle(self.tr("Enter the recovery key"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        intro = QLabel(self.tr(
            "The clinic's records are locked with a key that is not on this PC. This happens "
            "after moving to a new PC, or when the PC's key store was reset.\n\n"
            "Type the recovery key: the groups of letters and digits printed when the clinic "
            "was set up. Or choose the key file, if the clinic keeps one. (If the file was "
            "damaged, no key will open it: then restore the latest backup.)\n\n"
            "Records file: {0}").format(self.path))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setAccessibleName(self.tr("Recovery key"))
        self.code.setPlaceholderText("ABCD-EFGH-…")
        font = scaled(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont), 1.3)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        self.error = error_label("unlock")
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("Open"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        self.file_button = QPushButton(self.tr("Use a &key file…"))
        self.file_button.setObjectName("key_file")
        self.file_button.setAutoDefault(False)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(lambda: self.use_key_file())
        quit_button = self.buttons.addButton(self.tr("Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.try_code)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("&Recovery key"), buddy=self.code))
        layout.addWidget(self.code)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def try_code(self) -> None:
        code = self.code.text().strip()
        if not code:
            show_error(self.error, self.tr("Type the recovery key first."))
            return
        self._open(recovery=code)

    def use_key_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the key file"),
                                                    str(self.path.parent))
            if not chosen:
                return
            path = Path(chosen)
        self._open(key_file=path)

    def _open(self, **how: Any) -> None:
        try:
            self.opened = opening.open_clinic(self.path, **how, **self.clinic_args)
        except DatabaseWrongKey:
            self._wrong(self.tr("That key does not open these records. Check each group of "
                                "four characters against the printed sheet, or try the other "
                                "sheet or key file."))
            return
        except ClinicError as exc:
            self._wrong(tr_label(str(exc)))
            return
        show_error(self.error, "")
        self.accept()

    def _wrong(self, text: str) -> None:
        show_error(self.error, text)
        self.code.setFocus()
        self.code.selectAll()
