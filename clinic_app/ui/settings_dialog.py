"""Clinic settings (managers): name, phone, country for phone numbers, clinic-number prefix,
idle lock, text size."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.errors import ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.services.settings import BY_KEY
from clinic_app.ui import i18n
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.text_size import LABELS
from clinic_app.ui.theme import LABELS as THEME_LABELS
from clinic_app.ui.theme import error_style


class SettingsDialog(QDialog):
    saved = Signal()
    #: Settings → Sync: the Sync page, over this dialog
    sync_requested = Signal()

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        values = clinic.settings.all()
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        self.language = QComboBox()  # this PC's, not the clinic's: kept outside the database
        self.language.setObjectName("ui_language")
        for code, name in i18n.UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            i18n.chosen_language() or i18n.current_language())))
        label = self.tr("Language of the screens (this PC)")
        self.language.setAccessibleName(label)
        form.addRow(label, self.language)
        for key in ("clinic_name", "clinic_phone", "country", "site_prefix"):
            edit = QLineEdit(str(values[key]))
            edit.setObjectName(key)
            self._add(form, key, edit)
        for key in ("phone_confirm_days", "idle_lock_minutes", "medicine_check_days",
                    "fatigue_days", "backup_reminder_days", "backup_keep_last",
                    "backup_keep_months"):
            spin = QSpinBox()
            spin.setObjectName(key)
            low = BY_KEY[key].minimum
            spin.setRange(1 if low is None else low, BY_KEY[key].maximum or 3650)
            spin.setValue(int(values[key]))
            self._add(form, key, spin)
        for key, labels in (("text_size", LABELS), ("theme", THEME_LABELS)):
            choice = QComboBox()
            choice.setObjectName(key)
            for value, label in labels.items():
                choice.addItem(tr_label(label), value)
            choice.setCurrentIndex(max(0, choice.findData(values[key])))
            self._add(form, key, choice)
        paper = QComboBox()
        paper.setObjectName("paper_size")
        paper.addItem(self.tr("A4"), "a4")
        paper.addItem(self.tr("Letter (US)"), "letter")
        paper.setCurrentIndex(max(0, paper.findData(values["paper_size"])))
        self._add(form, "paper_size", paper)
        auto = QLineEdit(str(values["auto_backup_folder"]))
        auto.setObjectName("auto_backup_folder")
        auto.setPlaceholderText(self.tr("e.g. D:\\Backups, or empty for none"))
        self._add(form, "auto_backup_folder", auto)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        sync = buttons.addButton(self.tr("S&ync with the hub…"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        sync.setObjectName("sync")
        sync.setAccessibleName(self.tr("Sync with the hub: set up, status, USB bundles"))
        sync.clicked.connect(self.sync_requested.emit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = tr_label(BY_KEY[key].label)
        widget.setAccessibleName(label)
        form.addRow(label, widget)
        self.fields[key] = widget

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text().strip()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
        return out

    def save(self) -> None:
        try:
            self.clinic.settings.update(self.values())
        except ValidationError as exc:
            self.error.setText("⚠ " + "; ".join(
                f"{tr_label(BY_KEY[k].label) if k in BY_KEY else k}: {m}"
                for k, m in exc.errors.items()))
            self.error.show()
            return
        language = str(self.language.currentData())
        if language != (i18n.chosen_language() or i18n.current_language()):
            i18n.choose_language(language)
            QMessageBox.information(self, APP_NAME, self.tr(
                "The screens will be in {0} from the next time Clinic Companion opens.").format(
                i18n.UI_LANGUAGES[language]))
        self.saved.emit()
        self.accept()
