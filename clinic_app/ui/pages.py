"""The main window's pages: Patients (the search), Calls today, Contacts to confirm and
Decliners, as tabs; Ctrl+1 .. Ctrl+4 switch between them.

The call pages are shown only to roles that may work the call queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from clinic_app.domain.roles import Permission
from clinic_app.ui.calls_page import CallsPage
from clinic_app.ui.worklists import ContactsPage, DeclinersPage

if TYPE_CHECKING:
    from clinic_app.ui.main_window import MainWindow


class Pages(QTabWidget):
    def __init__(self, window: MainWindow, patients: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("pages")
        self.setDocumentMode(True)
        clinic, tasks = window.clinic, window.tasks
        self.patients = patients
        self.calls = CallsPage(clinic, tasks, self)
        self.contacts = ContactsPage(clinic, tasks, self)
        self.decliners = DeclinersPage(clinic, tasks, self)
        self.addTab(patients, self.tr("Patients (Ctrl+1)"))
        self.addTab(self.calls, self.tr("Calls today (Ctrl+2)"))
        self.addTab(self.contacts, self.tr("Contacts to confirm (Ctrl+3)"))
        self.addTab(self.decliners, self.tr("Decliners (Ctrl+4)"))
        self.call_pages = (self.calls, self.contacts, self.decliners)
        self.actions_: list[QAction] = []
        for number, page in enumerate((patients, *self.call_pages), start=1):
            action = QAction(self.tabText(number - 1), window)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, p=page: self.show_page(p))
            window.addAction(action)
            self.actions_.append(action)
        for page in self.call_pages:
            page.changed.connect(lambda pid: window.data_changed.emit("calls", [pid]))
        self.contacts.edit_patient.connect(window.open_patient)
        window.data_changed.connect(self._on_data_changed)
        self.currentChanged.connect(lambda _: self._entered())

    def show_page(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index < 0 or not self.isTabVisible(index):
            return
        self.setCurrentIndex(index)
        self._entered()

    def _entered(self) -> None:
        page = self.currentWidget()
        if page is self.patients:
            self.window_.focus_search()
        elif page in self.call_pages:
            page.reload()  # type: ignore[attr-defined]
            page.focus_table()  # type: ignore[attr-defined]

    def unlock(self) -> None:
        """Show the call pages to roles that may work the queue; start on Patients."""
        allowed = self.window_.clinic.access.can(Permission.CALLS)
        for page, action in zip(self.call_pages, self.actions_[1:], strict=True):
            self.setTabVisible(self.indexOf(page), allowed)
            action.setEnabled(allowed)
        self.actions_[0].setEnabled(True)
        self.setCurrentWidget(self.patients)
        self.tabBar().setEnabled(True)

    def lock(self) -> None:
        """Nothing of anyone's calls stays on screen."""
        for page in self.call_pages:
            page.clear()
        self.setCurrentWidget(self.patients)
        self.tabBar().setEnabled(False)
        for action in self.actions_:
            action.setEnabled(False)

    def _on_data_changed(self, kind: str, ids: object) -> None:
        page = self.currentWidget()
        if page in self.call_pages and kind in ("patient", "settings") or \
                (kind == "calls" and page in (self.contacts, self.decliners)):
            page.reload()  # type: ignore[attr-defined]
