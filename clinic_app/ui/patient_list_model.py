"""The patient table model: holds only the rows fetched so far, never every patient.

Two modes. Browsing (no search text): rows come in alphabetical windows by keyset
paging as the view scrolls (``canFetchMore``/``fetchMore``). Searching: the rows are the
search results, best first, handed in by the main window's background search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clinic_app.domain.patient import Patient
from clinic_app.domain.phones import display
from clinic_app.services.patients import PatientService

WINDOW = 100
ModelIndex = QModelIndex | QPersistentModelIndex


class PatientListModel(QAbstractTableModel):
    COLUMNS = ("clinic_number", "name", "born", "phone", "village", "contact")

    def __init__(self, service: PatientService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self._rows: list[Patient] = []
        self._texts: dict[str, tuple[str, ...]] = {}  # shown text per patient id
        self._after: Any = None
        self._more = True
        self._searching = False
        self._country = service.country
        self._today = service.today()
        self._confirm_days = int(service.settings.get("phone_confirm_days"))
        self._headers = (self.tr("Clinic no."), self.tr("Name"), self.tr("Born (age)"),
                         self.tr("Phone"), self.tr("Village"), self.tr("Contact details"))

    # browsing ------------------------------------------------------------
    def browse(self) -> None:
        """Show everyone, alphabetically, starting from the first window."""
        self.beginResetModel()
        self._rows, self._after, self._more, self._searching = [], None, True, False
        self._texts.clear()
        self._country = self.service.country
        self._today = self.service.today()
        self._confirm_days = int(self.service.settings.get("phone_confirm_days"))
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._searching and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # One indexed keyset query of WINDOW rows (about a millisecond): fine on this thread.
        window = self.service.list_window(self._after, WINDOW)
        if len(window) < WINDOW:
            self._more = False
        if not window:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(window) - 1)
        self._rows.extend(p for _, p in window)
        self._after = window[-1][0]
        self.endInsertRows()

    # searching -----------------------------------------------------------
    def show_results(self, patients: list[Patient]) -> None:
        self.beginResetModel()
        self._rows, self._searching, self._more = list(patients), True, False
        self._texts.clear()
        self.endResetModel()

    @property
    def searching(self) -> bool:
        return self._searching

    def patient(self, row: int) -> Patient | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_patient(self, patient: Patient) -> None:
        """Refresh one shown row after an edit (data_changed)."""
        for i, p in enumerate(self._rows):
            if p.id == patient.id:
                self._rows[i] = patient
                self._texts.pop(patient.id or "", None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    # Qt model API ----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(p)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] == "contact":
            return self.texts(p)[index.column()] and self.tr(
                "The phone number was not confirmed recently. Ask the patient if it is "
                "still right, then press 'Phone confirmed today'.")
        return None

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
            status = "" if p.status == "active" else f" ({self._status(p)})"
            return p.full_name + status
        if column == "born":
            age = p.age(self._today)
            born = p.birth_display()
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

    def _status(self, p: Patient) -> str:
        return {"moved": self.tr("moved"), "deceased": self.tr("deceased")}.get(p.status, "")
