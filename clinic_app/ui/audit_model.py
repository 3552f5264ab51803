"""The audit trail table: pages of entries, newest first, fetched as the manager asks.

Looking is itself audited ('audit.view'), so the log grows at the top while it is read.
Later pages are read up to the moment of the first one (``until``); an entry written in
that same millisecond can still push rows down, so rows already shown are skipped by id
and the offset learns how far the rows moved (nothing is missed, nothing shown twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clinic_app.domain.audit import AuditEntry
from clinic_app.domain.clock import iso_utc
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.users_dialog import local_time

PAGE = 200
ModelIndex = QModelIndex | QPersistentModelIndex
#: reads one page: (filters, limit, offset) -> entries newest first (AuditService.search)
Search = Callable[..., list[AuditEntry]]

ACTION_LABELS = {
    "auth.login": "logged in", "auth.logout": "logged out",
    "auth.login_failed": "log-in failed", "auth.login_refused": "log-in refused (waiting)",
    "patient.open": "opened a patient record", "patient.create": "registered a patient",
    "patient.edit": "edited a patient record", "patient.merge": "merged two records",
    "user.create": "added a staff account", "user.reset_password": "reset a password",
    "user.change_password": "changed own password", "user.role": "changed a role",
    "user.activate": "switched an account on", "user.deactivate": "switched an account off",
    "settings.change": "changed settings", "audit.view": "looked at the audit trail",
    "audit.export": "exported the audit trail",
    "appointment.create": "booked an appointment",
    "appointment.status": "marked an appointment", "appointment.status_undo":
    "undid an appointment mark", "backup.failed": "a backup failed",
    "backup.made": "made a backup", "backup.restored": "restored a backup",
    "call.log": "logged a call", "call.undo": "undid a call",
    "care_plan.save": "saved a care plan", "database.encrypt": "encrypted the database",
    "export.csv": "exported a CSV file", "export.fhir": "exported a FHIR file",
    "follow_up.move": "moved a follow-up", "handout.print": "printed a handout",
    "patient.import": "imported a patient list", "patient.bulk_create": "added demo patients",
    "patient.search": "searched patients",
    "report.export": "exported a report", "report.view": "looked at a report",
    "rules.run": "ran the follow-up rules", "sync.enroll": "connected to the hub",
    "sync.export": "exported a sync bundle", "sync.import": "imported a sync bundle",
    "sync.resolve": "settled a record with two versions", "visit.create": "recorded a visit",
}


def detail_text(details: dict[str, Any]) -> str:
    """Details as words a person reads: lists joined, nested filters flattened, no blanks."""
    parts: list[str] = []
    for key, value in sorted(details.items()):
        if isinstance(value, dict):
            parts.extend(f"{k}: {v}" for k, v in sorted(value.items()) if v not in ("", None))
        elif isinstance(value, (list, tuple)):
            if value:
                parts.append(f"{key}: " + ", ".join(str(v) for v in value))
        elif value not in ("", None):
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    def __init__(self, search: Search, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = search
        self.filters: dict[str, Any] = {}
        self.entries: list[AuditEntry] = []
        self._ids: set[str] = set()
        self._shift = 0
        self.more = False  # the last page was full: there may be older entries
        self._headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"),
                         self.tr("Details"))

    def load(self, **filters: Any) -> None:
        """Start again with ``filters``: the newest page."""
        self.filters = {k: v for k, v in filters.items() if v}
        page = self._search(**self.filters, limit=PAGE, offset=0)
        self.beginResetModel()
        self.entries = list(page)
        self._ids = {e.id for e in page}
        self._shift = 0
        self.more = len(page) == PAGE
        self.endResetModel()
        if page and "until" not in self.filters:
            newest = dt.datetime.fromisoformat(page[0].at.replace("Z", "+00:00"))
            self.filters["until"] = iso_utc(newest + dt.timedelta(milliseconds=1))

    def load_more(self) -> int:
        """Add the next older page; how many new rows were added."""
        fresh: list[AuditEntry] = []
        for _ in range(5):
            page = self._search(**self.filters, limit=PAGE,
                                offset=len(self.entries) + self._shift)
            fresh = [e for e in page if e.id not in self._ids]
            self._shift += len(page) - len(fresh)  # shown rows pushed down by new ones
            self.more = len(page) == PAGE
            if fresh or not self.more:
                break
        if fresh:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.entries.extend(fresh)
            self._ids.update(e.id for e in fresh)
            self.endInsertRows()
        return len(fresh)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Entry {0}, action {1}, record {2}").format(
                e.seq, e.action, e.row_id or "-")
        return self.texts(e)[index.column()]

    def texts(self, e: AuditEntry) -> tuple[str, str, str, str, str]:
        label = ACTION_LABELS.get(e.action)
        what = tr_label(label) if label else e.action
        record = f"{e.table_name} …{e.row_id[-8:]}" if e.table_name and e.row_id else (
            e.table_name or "")
        details = detail_text(e.details)
        return (local_time(e.at, ""), e.username, what, record, details)
