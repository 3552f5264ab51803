"""Start the GUI: open (or make) the clinic database and show the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_app import APP_NAME
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.text_size import apply_text_size

logger = logging.getLogger(__name__)

DEMO_PATIENTS = 2000


def open_clinic(path: Path, demo: bool) -> Clinic:
    """Open the database; the demo clinic is made on first use."""
    clinic = Clinic(path)
    if demo and clinic.patients.count() == 0:
        from clinic_app.services import demo as demo_data

        demo_data.generate(clinic, DEMO_PATIENTS, seed=1)
    return clinic


def _install_excepthook() -> None:
    """An unexpected error shows a plain message (and goes to the log), never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logger.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        text = str(exc) if isinstance(exc, ClinicError) else (
            "Something went wrong and that action did not finish. Your saved work is safe. "
            f"If it happens again, tell your manager: {kind.__name__}: {exc}")
        QMessageBox.warning(None, APP_NAME, text)

    sys.excepthook = hook


def run(path: Path, demo: bool = False) -> int:
    from clinic_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ClinicCompanion")
    try:
        clinic = open_clinic(path, demo)
    except ClinicError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"clinic-app: {exc}", file=sys.stderr)
        return 2
    previous_hook = sys.excepthook
    _install_excepthook()
    try:
        apply_text_size(app, str(clinic.settings.get("text_size")))
        window = MainWindow(clinic)
        window.show()
        code = app.exec()
        window.tasks.wait()
    finally:
        sys.excepthook = previous_hook
        clinic.close()
    return int(code)
