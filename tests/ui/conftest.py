from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import apply_text_size


@pytest.fixture
def window(qtbot, demo_clinic: Clinic) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real main window on the demo clinic, tasks run at once (no threads)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, "normal")
    w = MainWindow(demo_clinic, TaskRunner(immediate=True))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    apply_text_size(app, "normal")
