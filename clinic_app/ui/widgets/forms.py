"""Form pieces shared by the log-in, password, set-up and staff dialogs.

Errors are shown in words under the field they are about (with a ⚠ sign, so colour is
never the only signal), and the field is named to screen readers.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.ui.i18n import tr_label
from clinic_app.ui.theme import error_style


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


class DateEdit(QDateEdit):
    """A date box Tab leaves (Qt's moves between day, month and year instead, a trap for a
    keyboard user); the arrow keys and typing still change each part."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` (or hide the label when empty) in the screens' language, always with a
    warning sign."""
    if text:
        text = tr_label(text.removeprefix("⚠").strip())
        label.setText("⚠ " + text)
        label.show()
    else:
        label.clear()
        label.hide()


def confirm_discard(parent: QWidget, text: str) -> bool:
    """Ask before closing a form with unsaved typing; True when the person says discard.
    No is the default, so a slip of Enter keeps the work."""
    from PySide6.QtWidgets import QMessageBox

    from clinic_app import APP_NAME

    answer = QMessageBox.question(
        parent, APP_NAME, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FieldErrors:
    """Rows of a form, each with an error label under its field, by key."""

    def __init__(self, form: QFormLayout) -> None:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, key: str, text: str, widget: QWidget, accessible: str | None = None,
            hint: str = "") -> None:
        """A row: ``text`` beside ``widget``; under it ``hint`` (if any), then its error."""
        widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            note = hint_label(hint)
            note.setObjectName(f"hint_{key}")
            widget.setAccessibleDescription(hint)
            box.addWidget(note)
        label = error_label(key)
        box.addWidget(label)
        holder = QWidget()
        holder.setLayout(box)
        self.form.addRow(text, holder)
        label_widget = self.form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)
        self.labels[key] = label
        self.widgets[key] = widget

    def show(self, errors: dict[str, str]) -> None:
        """Show each message under its field, clear the rest; the cursor goes to the first
        field that needs fixing."""
        for key, label in self.labels.items():
            show_error(label, errors.get(key, ""))
        first = next((k for k in self.labels if k in errors), None)
        if first is not None:
            self.widgets[first].setFocus()

    def clear(self) -> None:
        self.show({})

    def visible(self) -> dict[str, str]:
        return {k: label.text() for k, label in self.labels.items() if not label.isHidden()}
