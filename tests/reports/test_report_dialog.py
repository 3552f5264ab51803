"""The Report page as a manager uses it: open it from the menu, read the figures, change
the period and filters, save a PDF and a CSV; mistakes said in words."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from reporthelp import GRACE, MANAGER

from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.report_dialog import ReportDialog
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import apply_text_size


@pytest.fixture
def window(qtbot, clinic, october, file_keyring) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, "normal")
    clinic.access.actor = MANAGER
    w = MainWindow(clinic, TaskRunner(immediate=True))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def shown(dialog: ReportDialog) -> dict[str, list[str]]:
    m = dialog.model
    return {m.cell(r, 0).strip(): [m.cell(r, c) for c in (1, 2, 3)]
            for r in range(m.rowCount())}


def open_report(window: MainWindow) -> ReportDialog:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Manage")
    assert window.report_action in menu.actions()
    window.report_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ReportDialog)
    return dialog


def test_last_month_beside_the_month_before(window) -> None:
    dialog = open_report(window)
    rows = shown(dialog)
    assert rows["Follow-ups due"] == ["9", "2", "+7"]
    assert rows["Reach rate"] == ["66.7%", "0.0%", "+66.7 points (better)"]
    assert rows["Taking medicines as agreed: yes"] == ["50.0%", "–", "–"]
    assert rows["Follow-up calls"] == ["", "", ""]  # a section heading
    assert "1–31 October 2026" in dialog.summary.text()
    assert "only 2 follow-ups due" in dialog.summary.text()  # September says little
    assert "66.7%" in dialog.headline_labels["reach_rate"].text()
    index = dialog.model.index(list(rows).index("Reach rate"), 0)
    assert "Patients reached as a share" in dialog.model.data(index,
                                                              Qt.ItemDataRole.ToolTipRole)
    assert dialog.reach_chart.labels[0] == "week 1"
    assert dialog.barrier_chart.rows[0][1] == 1  # cost, named once
    assert not dialog.error.isVisible()


def test_custom_dates_staff_and_kind(window, qtbot) -> None:
    dialog = open_report(window)
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    assert dialog.first.isEnabled()
    dialog.first.setDate(QDate(2026, 10, 1))
    dialog.last.setDate(QDate(2026, 10, 31))
    dialog.staff.setCurrentIndex(dialog.staff.findData("grace"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("medicine_check"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    rows = shown(dialog)
    assert rows["Follow-ups due"] == ["3", "1", "+2"]
    assert rows["Appointments attended  (all staff and kinds)"][0] == "2"
    assert "Calls by grace, medicine check follow-ups" in dialog.summary.text()


def test_wrong_dates_are_said_in_words_and_the_figures_stay(window, qtbot) -> None:
    dialog = open_report(window)
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    dialog.first.setDate(QDate(2026, 10, 31))
    dialog.last.setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "is before the first day" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert shown(dialog)["Follow-ups due"][0] == "9"  # the last good figures stay
    assert dialog.pdf_button.isEnabled()


def test_save_as_pdf_and_export_csv(window, tmp_path) -> None:
    dialog = open_report(window)
    pdf_path, csv_path = tmp_path / "october.pdf", tmp_path / "october.csv"
    dialog.save_pdf(pdf_path)
    assert dialog.result.text() == f"✔ Saved to {pdf_path}"
    with pdfplumber.open(pdf_path) as pdf:
        assert "Follow-ups due 9 2 +7" in pdf.pages[0].extract_text()
    dialog.save_csv(csv_path)
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    assert (rows["due"]["this period"], rows["due"]["previous period"]) == ("9", "2")


def test_a_failed_save_is_said_in_words(window, tmp_path) -> None:
    dialog = open_report(window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.save_pdf(blocker / "october.pdf")
    assert dialog.error.isVisible() and "Traceback" not in dialog.error.text()
    assert dialog.pdf_button.isEnabled()


def test_front_desk_has_no_report(window) -> None:
    window.clinic.access.actor = GRACE
    window.unlock()
    assert not window.report_action.isVisible()
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Manage" not in menus or window.report_action not in next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Manage").actions()


@pytest.mark.parametrize(("language", "words", "month"), [
    ("es", ["Informe de participación", "Período:", "Este período", "Cómo se cuenta cada cifra",
            "Gráficos", "página 1", "(mejor)"], "octubre"),
    ("fr", ["Rapport d'engagement", "Période :", "Cette période",
            "Comment chaque indicateur est compté", "Graphiques", "page 1", "(mieux)"],
     "octobre"),
])
def test_the_pdf_is_in_the_screens_language(window, tmp_path, language: str, words: list[str],
                                            month: str) -> None:
    """A manager whose screens are in Spanish or French prints the report in that language:
    its headings, columns, changes, charts, definitions and months."""
    from clinic_app.ui import i18n

    assert i18n.install(language) == language
    try:
        window.report_action.trigger()
        dialog = window.dialog
        assert isinstance(dialog, ReportDialog)
        dialog.save_pdf(tmp_path / "report.pdf")
        with pdfplumber.open(tmp_path / "report.pdf") as pdf:
            text = "\n".join(page.extract_text() for page in pdf.pages)
    finally:
        i18n.uninstall()
    for word in [*words, f"1–31 {month} 2026"]:
        assert word in text, word
    for english in ("Engagement report", "This period", "How each figure is counted",
                    "Follow-ups due", "Charts", "previous period", "better", "Figure"):
        assert english not in text, english
