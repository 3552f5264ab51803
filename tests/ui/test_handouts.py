"""The handout preview, print and save from the patient record, and a day's batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from clinic_app.domain.library import handout_texts
from clinic_app.ui.batch_print_dialog import BatchPrintDialog
from clinic_app.ui.handout_dialog import HandoutDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog


def patient_with_plan(window: MainWindow):  # type: ignore[no-untyped-def]
    clinic = window.clinic
    for _, p in clinic.patients.list_at(0, 300):
        if clinic.care_plans.current(p.id or "") is not None:
            return p
    raise AssertionError("the demo clinic has patients with plans")


def open_handout(qtbot, window: MainWindow) -> HandoutDialog:  # type: ignore[no-untyped-def]
    p = patient_with_plan(window)
    window.open_patient(p.id or "")
    dialog = window.dialog
    assert isinstance(dialog, PatientDialog)
    qtbot.mouseClick(dialog.handout_button, Qt.MouseButton.LeftButton)
    handout = dialog.handout
    assert isinstance(handout, HandoutDialog)
    qtbot.waitUntil(lambda: bool(handout.pdf))
    return handout


def test_preview_shows_the_real_pdf_and_is_not_a_print(qtbot, window: MainWindow) -> None:
    handout = open_handout(qtbot, window)
    assert handout.document.pageCount() >= 1
    assert "Plan version" in handout.status.text()
    assert window.clinic.care_plans.prints(handout.patient.id or "") == []
    # another language and paper make the preview again
    handout.language.setCurrentIndex(handout.language.findData("fr"))
    qtbot.waitUntil(lambda: "Français" in handout.status.text())
    handout.paper.setCurrentIndex(handout.paper.findData("letter"))
    qtbot.waitUntil(lambda: handout.document.pagePointSize(0).width() == 612)


def test_save_as_pdf_writes_the_file_and_records_it(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    handout = open_handout(qtbot, window)
    handout.language.setCurrentIndex(handout.language.findData("es"))
    qtbot.waitUntil(lambda: "Español" in handout.status.text())
    assert handout.save_to(tmp_path / "maria")
    saved = tmp_path / "maria.pdf"
    with pdfplumber.open(saved) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert handout_texts("es")["your_medicines"] in text
    (record,) = window.clinic.care_plans.prints(handout.patient.id or "")
    assert (record["destination"], record["language"], record["printed_by"]) == \
        ("pdf", "es", "amina")


def test_a_stick_that_is_gone_says_so_and_records_nothing_twice(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    handout = open_handout(qtbot, window)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert not handout.save_to(blocker / "x.pdf")
    assert handout.message.isVisibleTo(handout) and "could not be saved" in \
        handout.message.text()


def test_printing_sends_every_page_and_records_a_print(qtbot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    handout = open_handout(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a real printer stands in
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert handout.print_to(printer)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == handout.document.pageCount()
    assert [r["destination"] for r in window.clinic.care_plans.prints(
        handout.patient.id or "")] == ["printer"]


def test_no_plan_yet_says_who_writes_it(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    clinic = window.clinic
    p = clinic.patients.register({"given_name": "Nuevo", "family_name": "Paciente"},
                                 confirmed_new=True)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: said.append(text))
    window.open_patient(p.id or "")
    dialog = window.dialog
    assert isinstance(dialog, PatientDialog)
    dialog.open_handout()
    assert said and "no care plan yet" in said[0]


def test_batch_makes_a_days_handouts_with_progress(qtbot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    clinic = window.clinic
    day = clinic.calls.today()
    seen = []
    for _, p in clinic.patients.list_at(0, 300):
        if len(seen) == 3:
            break
        if clinic.care_plans.current(p.id or "") is not None:
            clinic.visits.record_visit(p.id or "", visit_date=day)
            seen.append(p)
    dialog = BatchPrintDialog(clinic, window.tasks, window)
    assert dialog.start_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "batch"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None)
    result = dialog.result
    assert result is not None and len(result.written) >= 3 and not result.cancelled
    assert dialog.progress.value() == dialog.progress.maximum() == len(result.written)
    assert all(p.exists() for p in result.written)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a real printer stands in
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    pages = dialog.print_to(printer)
    with pdfplumber.open(tmp_path / "all.pdf") as printed:
        assert len(printed.pages) == pages
    expected = 0
    for path in result.written:
        with pdfplumber.open(path) as one:
            expected += len(one.pages)
    assert pages == expected and dialog.print_button.isVisibleTo(dialog)
    dialog.day.setText("2026-02-30")
    assert not dialog.start_button.isEnabled() and "not a real date" in dialog.message.text()
    dialog.day.setText((day - dt.timedelta(days=3650)).isoformat())
    assert not dialog.start_button.isEnabled()
