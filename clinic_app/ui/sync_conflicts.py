"""Records with two versions (shared/SYNC.md, "Conflicts"): two PCs changed the same name,
phone numbers, birth date or sex at the same time, or one removed a record the other changed.

The record already holds one of the two (the merge rule picked it); a person who knows which
is right keeps one or the other, or types the right value. That choice is an ordinary edit of
the record, which syncs and settles the conflict at every PC.

- ``TwoVersionsBanner``: the banner in the patient record, one line per conflict with a button
  for each version and "Type the right one…";
- ``ResolveDialog``: the same choice in a small window (from the banner, and from the list in
  the Sync page).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.phones import display
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.sync.service import Conflict
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import error_label, show_error

BANNER_STYLE = ("QFrame#two_versions { border: 2px solid #8a6d00; background: #fff8dc; }"
                " QFrame#two_versions QLabel { color: #000; }")


def _removed(value: Any) -> bool:
    return str(value) in ("1", "True", "deleted")


class ConflictWords(QObject):
    """A conflict in plain words: what differs, and each version as a person reads it."""

    def __init__(self, clinic: Clinic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic

    def field(self, c: Conflict) -> str:
        return {"given_name": self.tr("given name"), "family_name": self.tr("family name"),
                "other_names": self.tr("other names"), "phones": self.tr("phone numbers"),
                "birth_date": self.tr("date of birth"), "birth_year": self.tr("year of birth"),
                "sex": self.tr("sex")}.get(c.field, c.field_label)

    def value(self, c: Conflict, value: Any) -> str:
        """One version as the record would show it."""
        if c.field == "deleted":
            return self.tr("removed") if _removed(value) else self.tr("kept")
        if value is None or value == "":
            return self.tr("(empty)")
        if c.field == "phones":
            try:
                numbers = json.loads(value) if isinstance(value, str) else list(value)
            except ValueError:
                return str(value)
            country = str(self.clinic.settings.get("country"))
            return ", ".join(display(str(n), country) for n in numbers) or self.tr("no number")
        if c.field == "sex":
            return {"female": self.tr("female"), "male": self.tr("male"),
                    "other": self.tr("other"), "unknown": self.tr("not recorded")
                    }.get(str(value), str(value))
        return str(value)

    def sentence(self, c: Conflict) -> str:
        """What happened, in one or two sentences."""
        if c.field == "deleted":
            first = (self.tr("This PC removed this record (for example merged it into "
                             "another) while another PC was changing it.")
                     if _removed(c.mine) else
                     self.tr("Another PC removed this record (for example merged it into "
                             "another) while this PC was changing it."))
            now = (self.tr("It is removed now.") if _removed(c.current)
                   else self.tr("It is kept now."))
            return f"{first} {now}"
        return self.tr("Two PCs changed the {0} at the same time: this PC had {1}, the other "
                       "PC {2}. The record shows {3} now.").format(
            self.field(c), self.value(c, c.mine), self.value(c, c.theirs),
            self.value(c, c.current))

    def choices(self, c: Conflict) -> list[tuple[str, Any]]:
        """(button text, value to keep) for each version, the one shown now marked."""
        if c.field == "deleted":
            return [(self.tr("Keep it removed"), "deleted"),
                    (self.tr("Restore the record"), "restore")]
        out = []
        for mark, value in ((self.tr("this PC's"), c.mine), (self.tr("the other PC's"),
                                                              c.theirs)):
            text = self.tr("Keep {0} ({1})").format(self.value(c, value), mark)
            if str(value) == str(c.current):
                text += " ✓ " + self.tr("shown now")
            out.append((text, value))
        return out

    def line(self, c: Conflict) -> str:
        """One line of the Sync page's list."""
        if c.field == "deleted":
            return self.tr("{0}: removed at one PC, changed at another").format(c.label)
        return self.tr("{0}: {1} — this PC {2}, the other PC {3}").format(
            c.label, self.field(c), self.value(c, c.mine), self.value(c, c.theirs))


def resolve_value(c: Conflict, value: Any) -> Any:
    """A version or a typed value as ``SyncService.resolve`` takes it."""
    if c.field == "phones" and isinstance(value, str) and not value.strip().startswith("["):
        return [part for part in value.split(",") if part.strip()]
    return value


class ResolveDialog(QDialog):
    """Keep one version, or type the right value; saved as an ordinary edit."""

    resolved = Signal(str, str)  # conflict id, field

    def __init__(self, clinic: Clinic, tasks: TaskRunner, conflict: Conflict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.conflict = conflict
        words = ConflictWords(clinic, self)
        self.setWindowTitle(self.tr("Two versions of {0}").format(conflict.label))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        who = QLabel(conflict.label)
        who.setObjectName("record")
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        text = QLabel(words.sentence(conflict))
        text.setObjectName("sentence")
        text.setWordWrap(True)
        ask = QLabel(self.tr("Which is right? Ask the patient if you can."))
        ask.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.options: list[tuple[QRadioButton, Any]] = []
        layout = QVBoxLayout(self)
        for w in (who, text, ask):
            layout.addWidget(w)
        for label, value in words.choices(conflict):
            radio = QRadioButton(label)
            radio.setObjectName("keep_mine" if not self.options else "keep_theirs")
            radio.setAccessibleName(label)
            self.group.addButton(radio)
            self.options.append((radio, value))
            layout.addWidget(radio)
        self.typed: QLineEdit | QComboBox | None = None
        self.type_radio: QRadioButton | None = None
        if conflict.field != "deleted":
            self.type_radio = QRadioButton(self.tr("Neither: the right {0} is").format(
                words.field(conflict)))
            self.type_radio.setObjectName("type_own")
            self.group.addButton(self.type_radio)
            self.typed = self._editor(conflict, words)
            self.typed.setObjectName("typed_value")
            self.typed.setAccessibleName(self.tr("The right {0}").format(words.field(conflict)))
            row = QHBoxLayout()
            row.addWidget(self.type_radio)
            row.addWidget(self.typed, 1)
            layout.addLayout(row)
            if isinstance(self.typed, QLineEdit):
                self.typed.textEdited.connect(lambda _t: self.type_radio.setChecked(True))
            else:
                self.typed.activated.connect(lambda _i: self.type_radio.setChecked(True))
        self.error = error_label("resolve")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save this choice"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_choice")
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, c: Conflict, words: ConflictWords) -> QLineEdit | QComboBox:
        if c.field == "sex":
            combo = QComboBox()
            for value in ("female", "male", "other", "unknown"):
                combo.addItem(words.value(c, value), value)
            combo.setCurrentIndex(max(0, combo.findData(str(c.current))))
            return combo
        edit = QLineEdit(words.value(c, c.current) if c.current not in (None, "") else "")
        edit.setPlaceholderText({"phones": self.tr("e.g. 0712 345 678, a second after a comma"),
                                 "birth_date": self.tr("year-month-day, e.g. 1984-03-07"),
                                 "birth_year": self.tr("e.g. 1980")}.get(c.field, ""))
        return edit

    def chosen(self) -> Any:
        """The value to save, or None when nothing is chosen yet."""
        for radio, value in self.options:
            if radio.isChecked():
                return value
        if self.type_radio is not None and self.type_radio.isChecked():
            if isinstance(self.typed, QComboBox):
                return self.typed.currentData()
            assert isinstance(self.typed, QLineEdit)
            return self.typed.text()
        return None

    def save(self) -> None:
        value = self.chosen()
        if value is None:
            show_error(self.error, self.tr("Choose one of the versions, or type the right "
                                           "one."))
            return
        show_error(self.error, "")
        self.save_button.setEnabled(False)
        c, sync = self.conflict, self.clinic.sync
        self.tasks.run(lambda: sync.resolve(c.id, resolve_value(c, value)), self._saved,
                       self._failed)

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self.resolved.emit(self.conflict.id, self.conflict.field)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, failure_text(exc))


def failure_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(tr_label(m) for m in exc.errors.values()) + " " + (
            QCoreApplication.translate("ResolveDialog", "Nothing was changed."))
    if isinstance(exc, ClinicError):
        return tr_label(str(exc))
    return QCoreApplication.translate(
        "ResolveDialog", "The choice was not saved: {0}. Nothing was changed.").format(exc)


class TwoVersionsBanner(QFrame):
    """In the patient record: "⚠ Two versions of this record", a line per conflict with
    a button for each version. Hidden when the record has none (or the person may not see
    patients)."""

    resolved = Signal(str)  # the field whose value changed

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.words = ConflictWords(clinic, self)
        self.row_id: str | None = None
        self.conflicts: list[Conflict] = []
        self.setObjectName("two_versions")
        self.setAccessibleName(self.tr("Two versions of this record"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(BANNER_STYLE)
        self.setLayout(QVBoxLayout())
        self.dialog: ResolveDialog | None = None
        self.hide()

    def show_for(self, row_id: str | None) -> None:
        """(Re)load the open conflicts of the record ``row_id``."""
        from clinic_app.domain.roles import Permission

        self.row_id = row_id
        if not row_id or not self.clinic.access.can(Permission.PATIENTS):
            self._fill([])
            return
        sync = self.clinic.sync
        self.tasks.run(lambda: sync.conflicts(row_id), self._fill,
                       lambda exc: self._fill([]))

    def _fill(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        layout = self.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear(item.layout())
                item.layout().deleteLater()
        if not conflicts:
            self.hide()
            return
        title = QLabel("⚠ " + self.tr("Two versions of this record: ask the patient which is "
                                      "right"))
        title.setObjectName("two_versions_title")
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        for c in conflicts:
            text = QLabel(self.words.sentence(c))
            text.setObjectName("two_versions_text")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
            row = QHBoxLayout()
            for i, (label, value) in enumerate(self.words.choices(c)):
                button = QPushButton(label)
                button.setObjectName("keep_mine" if i == 0 else "keep_theirs")
                button.setAccessibleName(label)
                button.clicked.connect(lambda _=False, c=c, v=value: self.keep(c, v))
                row.addWidget(button)
            if c.field != "deleted":
                typed = QPushButton(self.tr("Type the right one…"))
                typed.setObjectName("type_right")
                typed.setAccessibleName(self.tr("Type the right {0}").format(
                    self.words.field(c)))
                typed.clicked.connect(lambda _=False, c=c: self.open_choice(c))
                row.addWidget(typed)
            row.addStretch(1)
            layout.addLayout(row)
        self.error = error_label("two_versions")
        layout.addWidget(self.error)
        self.show()

    def keep(self, c: Conflict, value: Any) -> None:
        sync = self.clinic.sync
        self.tasks.run(lambda: sync.resolve(c.id, resolve_value(c, value)),
                       lambda _r: self._done(c.field), self._failed)

    def open_choice(self, c: Conflict) -> None:
        self.dialog = ResolveDialog(self.clinic, self.tasks, c, self.window())
        self.dialog.resolved.connect(lambda _id, field: self._done(field))
        self.dialog.open()

    def _done(self, field: str) -> None:
        self.show_for(self.row_id)
        self.resolved.emit(field)

    def _failed(self, exc: Exception) -> None:
        show_error(self.error, failure_text(exc))


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
