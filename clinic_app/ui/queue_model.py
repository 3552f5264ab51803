"""Today's calls as a table: one row per patient, in the order the service gives.

A day's queue is small (tens to a few hundred people) and the service builds it whole
(priorities, holds and fatigue are decided across each patient's follow-ups), so the
model keeps the rows it was handed rather than paging them in by SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from clinic_app.domain.followups import KIND_LABELS, Kind, Outcome
from clinic_app.domain.patient import LANGUAGES
from clinic_app.services.calls import QueueRow

#: what each outcome is called on screen
OUTCOME_LABELS = {
    Outcome.REACHED: "Reached", Outcome.NO_ANSWER: "No answer", Outcome.BUSY: "Busy",
    Outcome.LEFT_MESSAGE: "Left a message", Outcome.WRONG_NUMBER: "Wrong number",
    Outcome.CALL_BACK_LATER: "Call back later", Outcome.DECLINED: "Declined",
    Outcome.MOVED: "Moved away", Outcome.DECEASED: "Died",
}
TIME_LABELS = {"any": "Any time", "morning": "Morning", "afternoon": "Afternoon",
               "evening": "Evening"}

COLUMNS = ("Patient", "Why we call", "When due", "Best time", "Language", "Attempt",
           "Last time")
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: Kind | str) -> str:
    return KIND_LABELS.get(Kind(kind), str(kind))


def outcome_label(outcome: str | None) -> str:
    if not outcome:
        return ""
    try:
        return OUTCOME_LABELS[Outcome(outcome)]
    except ValueError:
        return outcome


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.day = dt.date.today()

    def set_rows(self, rows: list[QueueRow], day: dt.date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.day = day
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], self.day)

    def row(self, index: int) -> QueueRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def find(self, patient_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.entry.patient_id == patient_id),
                    -1)

    # counts shown at the top of the page ------------------------------------------
    def overdue_days(self, row: QueueRow) -> int:
        return (self.day - dt.date.fromisoformat(row.entry.due_date)).days

    def counts(self) -> dict[str, int]:
        overdue = sum(1 for r in self.rows if self.overdue_days(r) > 0)
        return {"due_today": len(self.rows) - overdue, "overdue": overdue,
                "callbacks": sum(1 for r in self.rows if r.entry.callback)}

    # words in the cells ---------------------------------------------------------------
    def due_text(self, row: QueueRow) -> str:
        days = self.overdue_days(row)
        if row.entry.callback:
            text = self.tr("They asked us to call back")
            return text if days <= 0 else text + " — " + self._overdue(days)
        return self.tr("Due today") if days <= 0 else self._overdue(days)

    def _overdue(self, days: int) -> str:
        return self.tr("Overdue 1 day") if days == 1 else self.tr("Overdue {0} days").format(
            days)

    def reasons_text(self, row: QueueRow) -> str:
        return "; ".join(self.tr(r).rstrip(". ") for r in row.entry.reasons)

    def cell(self, row: QueueRow, column: int) -> str:
        p = row.patient
        if column == 0:
            return f"{p.full_name}  ({p.clinic_number})"
        if column == 1:
            return self.reasons_text(row)
        if column == 2:
            return self.due_text(row)
        if column == 3:
            return self.tr(TIME_LABELS.get(p.preferred_time.value, p.preferred_time.value))
        if column == 4:
            return self.tr(LANGUAGES.get(p.preferred_language, p.preferred_language))
        if column == 5:
            return self.tr("1st try") if row.entry.attempt == 1 else self.tr(
                "Try {0}").format(row.entry.attempt)
        if column == 6:
            return self.tr(outcome_label(row.last_outcome)) if row.last_outcome else self.tr(
                "Not called yet")
        return ""

    # QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return "\n".join(self.tr(r) for r in row.entry.reasons)
        if role == Qt.ItemDataRole.FontRole and index.column() == 2 and \
                (self.overdue_days(row) > 0 or row.entry.callback):
            font = QFont()
            font.setBold(True)  # overdue stands out by weight and words, not colour alone
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None
