"""The short forms of the call panel: what a reached patient said, why someone declined,
and when to call back. Each gives the keyword arguments of ``CallService.log_call``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.followups import Barrier, DeclineReason
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.widgets.forms import error_label, hint_label, show_error

BARRIER_LABELS = {Barrier.COST: "Cost", Barrier.SIDE_EFFECTS: "Side effects",
                  Barrier.FORGOT: "Forgets", Barrier.UNCLEAR: "Didn't understand",
                  Barrier.TRANSPORT: "Transport", Barrier.OTHER: "Something else"}
DECLINE_LABELS = {
    DeclineReason.NOT_INTERESTED: "Not interested", DeclineReason.FEELS_FINE: "Feels fine",
    DeclineReason.COST: "Cost", DeclineReason.SIDE_EFFECTS: "Side effects",
    DeclineReason.DISTRUST: "Doesn't trust the treatment", DeclineReason.NO_TIME: "No time",
    DeclineReason.OTHER: "Other reason (write their words)"}


class _Choice(QGroupBox):
    """A row of radio buttons; ``value`` is None until one is chosen. Space chooses the one
    with the focus; the arrow keys move *and* choose (a highlight that isn't a choice would
    trip a tired receptionist)."""

    def __init__(self, title: str, options: list[tuple[str, str]], name: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, label in options:
            button = QRadioButton(label)
            button.setObjectName(f"{name}_{value}")
            button.setAccessibleName(f"{title} {label}")
            self.group.addButton(button)
            self.buttons[value] = button
            button.installEventFilter(self)
            row.addWidget(button)
        row.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons.values():
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1,
                    Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None:
                buttons = list(self.buttons.values())
                at = buttons.index(watched)  # type: ignore[arg-type]
                target = buttons[max(0, min(len(buttons) - 1, at + step))]
                target.setChecked(True)
                target.setFocus()
                return True
        return super().eventFilter(watched, event)

    @property
    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def first(self) -> QRadioButton:
        return next(iter(self.buttons.values()))


class ReachedForm(QWidget):
    """What the patient said: medicines, what gets in the way, how they feel."""

    def __init__(self, teach_back_words: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adherence = _Choice(self.tr("Taking the medicines as agreed?"), [
            ("yes", self.tr("Yes")), ("some", self.tr("Some of them / sometimes")),
            ("no", self.tr("No"))], "adherence")
        self.barriers_box = QGroupBox(self.tr("What gets in the way? (tick all they say)"))
        grid = QGridLayout(self.barriers_box)
        self.barriers: dict[str, QCheckBox] = {}
        for i, (barrier, label) in enumerate(BARRIER_LABELS.items()):
            box = QCheckBox(tr_label(label))
            box.setObjectName(f"barrier_{barrier.value}")
            box.setAccessibleName(self.tr("Barrier: {0}").format(tr_label(label)))
            self.barriers[barrier.value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.feeling = _Choice(self.tr("Feeling"), [
            ("better", self.tr("Better")), ("same", self.tr("The same")),
            ("worse", self.tr("Worse"))], "feeling")
        self.wants_call = QCheckBox(self.tr("Wants a nurse or doctor to call them"))
        self.wants_call.setObjectName("wants_clinician_call")
        self.wants_call.setAccessibleName(self.wants_call.text())
        self.teach_back = QCheckBox(self.tr("Teach-back done: they said the plan back in "
                                            "their own words"))
        self.teach_back.setObjectName("teach_back")
        self.teach_back.setAccessibleName(self.tr("Teach-back done"))
        if teach_back_words:
            self.teach_back.setToolTip(teach_back_words)
        self.notes = QLineEdit()
        self.notes.setObjectName("reached_notes")
        self.notes.setAccessibleName(self.tr("Notes: what they said"))
        self.notes.setPlaceholderText(self.tr("What they said, in a few words"))
        self.error = error_label("reached")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.adherence)
        layout.addWidget(self.barriers_box)
        layout.addWidget(self.feeling)
        layout.addWidget(self.wants_call)
        layout.addWidget(self.teach_back)
        if teach_back_words:
            words = hint_label("“" + teach_back_words + "”")
            words.setObjectName("teach_back_words")
            layout.addWidget(words)
        notes_row = QFormLayout()
        notes_row.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(notes_row)
        layout.addWidget(self.error)

    def start(self) -> None:
        self.adherence.first().setFocus()

    def values(self) -> dict[str, Any]:
        return {"taking_medicines": self.adherence.value,
                "barriers": [b for b, box in self.barriers.items() if box.isChecked()],
                "feeling": self.feeling.value, "wants_clinician_call": self.wants_call.isChecked(),
                "teach_back": self.teach_back.isChecked(), "notes": self.notes.text()}

    def show_errors(self, errors: dict[str, str]) -> None:
        show_error(self.error, " ".join(errors.values()))


class DeclineForm(QWidget):
    """Why they said no (the reason is required; 'other' needs their words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Why did they say no? Arrow keys choose, Enter saves."))
        title.setWordWrap(True)
        self.reasons = QListWidget()
        self.reasons.setObjectName("decline_reasons")
        self.reasons.setAccessibleName(self.tr("Reason they declined"))
        for reason, label in DECLINE_LABELS.items():
            item = QListWidgetItem(tr_label(label))
            item.setData(Qt.ItemDataRole.UserRole, reason.value)
            self.reasons.addItem(item)
        self.reasons.setCurrentRow(-1)
        self.words = QLineEdit()
        self.words.setObjectName("decline_words")
        self.words.setAccessibleName(self.tr("Their words"))
        self.words.setPlaceholderText(self.tr("Their reason, in their words"))
        self.reasons.currentRowChanged.connect(self._reason_changed)
        self.error = error_label("decline")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.reasons, 1)
        words_row = QFormLayout()
        words_row.addRow(self.tr("Their words"), self.words)
        layout.addLayout(words_row)
        layout.addWidget(self.error)

    def _reason_changed(self, row: int) -> None:
        item = self.reasons.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == DeclineReason.OTHER:
            self.words.setFocus()

    def start(self) -> None:
        self.reasons.setFocus()

    def values(self) -> dict[str, Any]:
        item = self.reasons.currentItem()
        reason = item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else None
        return {"decline_reason": reason, "notes": self.words.text()}

    def show_errors(self, errors: dict[str, str]) -> None:
        words = {"decline_reason": self.tr("Choose why they said no (arrow keys), then press "
                                           "Enter."),
                 "notes": self.tr("Write their reason in their words.")}
        show_error(self.error, " ".join(words.get(k, v) for k, v in errors.items()))
        if "notes" in errors and "decline_reason" not in errors:
            self.words.setFocus()
        else:
            self.reasons.setFocus()


class CallbackForm(QWidget):
    """When the patient asked to be called back."""

    def __init__(self, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("When should we call back? Type or use the arrow keys; Enter "
                               "saves."))
        title.setWordWrap(True)
        self.when = QDateTimeEdit()
        self.when.setObjectName("callback_at")
        self.when.setAccessibleName(self.tr("Call back at"))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        start = (now + dt.timedelta(days=1)).replace(hour=10, minute=0, second=0,
                                                      microsecond=0)
        self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                          QTime(start.hour, 0)))
        self.error = error_label("callback")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.when)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def start(self) -> None:
        self.when.setFocus()

    def values(self) -> dict[str, Any]:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        return {"callback_at": local}

    def show_errors(self, errors: dict[str, str]) -> None:
        show_error(self.error, " ".join(errors.values()))
