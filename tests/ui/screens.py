"""The main screens, opened one after another the way a person opens them (for the tests that
look at every screen: languages, accessible names, tab order)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.tasks import TaskRunner
from tests.ui.conftest import log_in
from tests.ui.test_calls import make_due_calls, open_calls, open_panel

Visit = Callable[[str, QWidget], None]


def walk_screens(qtbot, clinic: Clinic, visit: Visit) -> int:  # type: ignore[no-untyped-def]
    """Open each main screen of the demo clinic as the manager, call ``visit(name, window)``
    while it is shown, close it. Returns how many were visited."""
    make_due_calls(clinic, 1)
    log_in(clinic, "amina")
    window = MainWindow(clinic, TaskRunner(immediate=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    seen = 0

    def read(name: str, widget: QWidget) -> None:
        nonlocal seen
        qtbot.waitExposed(widget)
        visit(name, widget)
        seen += 1

    def dialog(name: str, open_it: Callable[[], object]) -> QDialog:
        open_it()
        d = window.dialog
        assert isinstance(d, QDialog), name
        read(name, d)
        return d

    try:
        read("main window", window)
        maria = clinic.patients.search("María González").patients[0]
        record = dialog("patient record", lambda: window.open_patient(maria.id or ""))
        for name, method in (("care plan", "open_care_plan"), ("handout", "open_handout"),
                             ("visits", "open_visits")):
            child = _child(record, method)
            read(name, child)
            child.close()
        record.close()
        for name, opener in (("settings", window.open_settings),
                             ("report", window.open_report), ("backup", window.open_backup),
                             ("staff", window.open_users), ("audit", window.open_audit),
                             ("sync", window.open_sync)):
            dialog(name, opener).close()
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        page = open_calls(qtbot, window)
        read("calls page", page)
        page.table.setFocus()  # where it was before the visit looked around
        read("call panel", open_panel(qtbot, window, page))
    finally:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top is not window:
                top.close()
        window.close()
    return seen


def _child(parent: QWidget, method: str) -> QWidget:
    before = set(QApplication.topLevelWidgets())
    getattr(parent, method)()
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert new, method
    return new[-1]
