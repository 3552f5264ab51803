"""A small read-only table of rows already in memory (short work lists: contacts to
confirm, decliners), each row carrying the object it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.cells: list[list[str]] = []
        self.items: list[Any] = []

    def set_rows(self, rows: list[tuple[list[str], Any]]) -> None:
        self.beginResetModel()
        self.cells = [cells for cells, _ in rows]
        self.items = [item for _, item in rows]
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and \
                0 <= index.row() < len(self.cells):
            return self.cells[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
