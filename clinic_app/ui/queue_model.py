"""Today's calls as a table: one row per patient, in the order the service gives.

The service reads the whole day's order at once (one line per patient: cheap, even for
10,000 calls) and the details (reasons, names, last outcome) a page at a time; the model
keeps the pages it has read and asks for the others as the view scrolls to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from clinic_app.domain.followups import KIND_LABELS, Kind, Outcome
from clinic_app.domain.patient import LANGUAGES
from clinic_app.services.calls import QUEUE_PAGE, DayQueue, QueueRow
from clinic_app.ui.i18n import tr_label

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


PAGE = QUEUE_PAGE
#: reads the details of lines start:end of a queue
Fetch = Callable[[DayQueue, int, int], list[QueueRow]]


class QueueModel(QAbstractTableModel):
    #: the details of rows first..last were read (the view sizes those rows)
    page_read = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = DayQueue(dt.date.today(), [])
        self.fetch: Fetch | None = None
        self.pages: dict[int, list[QueueRow]] = {}
        self.page_size = PAGE

    @property
    def day(self) -> dt.date:
        return self.queue.day

    def set_queue(self, queue: DayQueue, first: list[QueueRow], fetch: Fetch | None) -> None:
        """Show ``queue``; ``first`` holds its first page, ``fetch`` reads the others."""
        self.beginResetModel()
        self.queue, self.fetch = queue, fetch
        self.pages = {0: list(first)} if first else {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_queue(DayQueue(self.day, []), [], None)

    def __len__(self) -> int:
        return len(self.queue)

    def row(self, index: int) -> QueueRow | None:
        if not 0 <= index < len(self.queue):
            return None
        size = self.page_size
        page = index // size
        if page not in self.pages:
            if self.fetch is None:
                return None
            self.pages[page] = self.fetch(self.queue, page * size, (page + 1) * size)
            self.page_read.emit(page * size, min(len(self.queue), (page + 1) * size) - 1)
        rows = self.pages[page]
        wanted = self.queue.patient_ids[index]
        # a line whose details vanished since the queue was read (logged elsewhere) is
        # skipped by the service: find this patient's row rather than trusting the slot
        return next((r for r in rows if r.entry.patient_id == wanted), None)

    def find(self, patient_id: str) -> int:
        return self.queue.find(patient_id)

    # counts shown at the top of the page ------------------------------------------
    def overdue_days(self, row: QueueRow) -> int:
        return (self.day - dt.date.fromisoformat(row.entry.due_date)).days

    def counts(self) -> dict[str, int]:
        return self.queue.counts()

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
        return "; ".join(tr_label(r).rstrip(". ") for r in row.entry.reasons)

    def cell(self, row: QueueRow, column: int) -> str:
        p = row.patient
        if column == 0:
            return f"{p.full_name}  ({p.clinic_number})"
        if column == 1:
            return self.reasons_text(row)
        if column == 2:
            return self.due_text(row)
        if column == 3:
            return tr_label(TIME_LABELS.get(p.preferred_time.value, p.preferred_time.value))
        if column == 4:
            return tr_label(LANGUAGES.get(p.preferred_language, p.preferred_language))
        if column == 5:
            return self.tr("1st try") if row.entry.attempt == 1 else self.tr(
                "Try {0}").format(row.entry.attempt)
        if column == 6:
            return tr_label(outcome_label(row.last_outcome)) if row.last_outcome else self.tr(
                "Not called yet")
        return ""

    # QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.queue)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return "\n".join(tr_label(r) for r in row.entry.reasons)
        if role == Qt.ItemDataRole.FontRole and index.column() == 2 and \
                (self.overdue_days(row) > 0 or row.entry.callback):
            font = QFont()
            font.setBold(True)  # overdue stands out by weight and words, not colour alone
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(COLUMNS[section])
        return None
