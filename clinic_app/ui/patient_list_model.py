"""The patient table model: a bounded cache of row pages, never every patient.

Browsing (no search text): the view sees every patient in alphabetical order, but the model
holds at most ``MAX_PAGES`` pages of ``PAGE`` rows, fetched by SQL when a row is drawn
(keyset paging when scrolling on, an index-only jump otherwise) and dropped least recently
used first. The first page is read at once so the list paints immediately; the total count
arrives from a background task and then the scroll bar covers the whole register.

Searching: the rows are the search results, best first, handed in by the main window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from clinic_app.domain.patient import Patient
from clinic_app.domain.phones import display
from clinic_app.services.patients import ListKey, PatientService
from clinic_app.ui.i18n import tr_label

PAGE = 100
MAX_PAGES = 20  # at most 2,000 patients held, whatever the register's size
ModelIndex = QModelIndex | QPersistentModelIndex
#: runs a callable off the GUI thread and calls back with its result (TaskRunner.run)
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class PatientListModel(QAbstractTableModel):
    #: how many patients the register holds, once known (browsing)
    counted = Signal(int)

    COLUMNS = ("clinic_number", "name", "born", "phone", "village", "contact")

    def __init__(self, service: PatientService, parent: Any = None,
                 run: Runner | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._run = run
        self._rows = 0
        self._pages: OrderedDict[int, list[tuple[ListKey, Patient]]] = OrderedDict()
        self._results: list[Patient] = []
        self._searching = False
        self._generation = 0
        self._texts: dict[str, tuple[str, ...]] = {}  # shown text per patient id
        self._read_settings()
        self._headers = (self.tr("Clinic no."), self.tr("Name"), self.tr("Born (age)"),
                         self.tr("Phone"), self.tr("Village"), self.tr("Contact details"))

    def _read_settings(self) -> None:
        self._country = self.service.country
        self._today = self.service.today()
        self._confirm_days = int(self.service.settings.get("phone_confirm_days"))

    # browsing ------------------------------------------------------------
    def browse(self) -> None:
        """Show everyone, alphabetically. The first page is read now; the count comes later."""
        self._generation += 1
        generation = self._generation
        first = self.service.list_window(None, PAGE)
        self.beginResetModel()
        self._searching = False
        self._results = []
        self._pages.clear()
        self._texts.clear()
        self._read_settings()
        self._pages[0] = first
        self._rows = len(first)
        self.endResetModel()
        if len(first) < PAGE:
            self.counted.emit(self._rows)
            return
        count = self.service.count
        if self._run is None:
            self._set_total(generation, count())
        else:
            self._run(count, lambda n: self._set_total(generation, n))

    def _set_total(self, generation: int, total: int) -> None:
        if generation != self._generation or self._searching:
            return  # a newer browse or a search replaced what this count was for
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        self.counted.emit(total)

    def _page(self, number: int) -> list[tuple[ListKey, Patient]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        before = self._pages.get(number - 1)
        if before is not None and len(before) == PAGE:
            page = self.service.list_window(before[-1][0], PAGE)  # scrolling on: keyset
        else:
            page = self.service.list_at(number * PAGE, PAGE)  # a jump
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for _, p in dropped:
                self._texts.pop(p.id or "", None)
        return page

    @property
    def pages_held(self) -> int:
        return len(self._pages)

    def clear(self) -> None:
        """Show nothing (the screen is locked); a count still on its way is ignored."""
        self._generation += 1
        self.beginResetModel()
        self._searching = True
        self._results = []
        self._rows = 0
        self._pages.clear()
        self._texts.clear()
        self.endResetModel()

    # searching -----------------------------------------------------------
    def show_results(self, patients: list[Patient]) -> None:
        self._generation += 1
        self.beginResetModel()
        self._searching = True
        self._results = list(patients)
        self._rows = len(self._results)
        self._pages.clear()
        self._texts.clear()
        self.endResetModel()

    @property
    def searching(self) -> bool:
        return self._searching

    def patient(self, row: int) -> Patient | None:
        if not 0 <= row < self._rows:
            return None
        if self._searching:
            return self._results[row]
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset][1] if offset < len(page) else None

    # Qt model API ----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.patient(index.row())
        if p is None:
            return None
        text = self.texts(p)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.COLUMNS[index.column()] == "contact" and text:
                return self.tr("The phone number was not confirmed recently. Ask the patient "
                               "if it is still right, then press 'Phone confirmed today'.")
            return None
        return text

    def texts(self, p: Patient) -> tuple[str, ...]:
        """What each column shows for ``p`` (formatted once, then cached)."""
        shown = self._texts.get(p.id or "")
        if shown is None:
            shown = tuple(self._text(p, c) for c in self.COLUMNS)
            self._texts[p.id or ""] = shown
        return shown

    def _text(self, p: Patient, column: str) -> str:
        if column == "clinic_number":
            return p.clinic_number or ""
        if column == "name":
            status = {"moved": self.tr("moved"), "deceased": self.tr("deceased")}.get(p.status)
            return f"{p.full_name} ({status})" if status else p.full_name
        if column == "born":
            born = tr_label(p.birth_display())
            age = p.age(self._today)
            if not born:
                return ""
            return f"{born} ({age})" if age is not None else born
        if column == "phone":
            return ", ".join(display(x, self._country) for x in p.phones)
        if column == "village":
            return p.village
        if column == "contact":
            if p.needs_contact_check(self._today, self._confirm_days):
                return "⚠ " + self.tr("Confirm contact details")
            return ""
        return ""
