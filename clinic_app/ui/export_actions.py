"""Manage → Export: patients, follow-ups or calls as CSV, or everything as a FHIR file.
A Save dialog, then the export in the background, then where it went (or what failed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clinic_app import APP_NAME
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError
from clinic_app.ui.i18n import tr_label

KINDS = {"patients": "patients", "follow-ups": "follow-ups", "calls": "calls", "fhir": "fhir"}


def _tr(text: str) -> str:
    return QApplication.translate("export", text)


def export_data(window: Any, kind: str, path: Path | None = None) -> None:
    """Ask where to save (unless ``path``), export in the background, then say how it went."""
    if not window._allowed(Permission.INTERCHANGE):
        return
    day = dt.date.today().isoformat()
    if path is None:
        if kind == "fhir":
            default, pattern = f"clinic-fhir-{day}.json", _tr("FHIR JSON (*.json)")
        else:
            default, pattern = f"{kind}-{day}.csv", _tr("CSV for spreadsheets (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            window, _tr("Export: where to save?"), str(Path.home() / default), pattern)
        if not chosen:
            return
        path = Path(chosen)
    from clinic_app.interchange.export import ExportService

    service = ExportService(window.clinic)
    target = path

    def work() -> Any:
        if kind == "fhir":
            return service.export_fhir(target)
        return service.export_csv(target, kind)

    def done(result: Any) -> None:
        what = ", ".join(f"{n:,} {k}" for k, n in result.counts.items())
        QMessageBox.information(window, APP_NAME, _tr(
            "Exported {0} to:\n{1}\n\nThis file holds patients' private details: keep it "
            "safe and delete it when it is no longer needed.").format(what, str(result.path)))

    def failed(exc: Exception) -> None:
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else _tr(
            "The export failed ({0}). Nothing was saved; try again.").format(
            type(exc).__name__)
        QMessageBox.warning(window, APP_NAME, text)

    window.tasks.run(work, done, failed)
