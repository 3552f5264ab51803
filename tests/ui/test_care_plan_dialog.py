"""The care plan dialog: a clinician writes the plan with the patient, in plain words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListWidget, QMessageBox, QTableWidget, QWidget

from clinic_app.domain import library
from clinic_app.domain.careplan import plan_to_dict
from clinic_app.domain.patient import Patient
from clinic_app.ui.care_plan_dialog import CarePlanDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.widgets.plain_language import LONG_BACKGROUND
from tests.ui.conftest import log_in
from tests.ui.keys import type_text

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline
SINGLE = QTextCharFormat.UnderlineStyle.SingleUnderline


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No modal box may block a test: questions are answered Yes (and kept to check);
    a warning box fails the test with its text."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected warning box: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    yield asked


def maria(window: MainWindow) -> Patient:
    patient = window.clinic.patients.by_clinic_number("KIB-000001")
    assert patient is not None and patient.id
    return patient


def english_patient_without_plan(window: MainWindow) -> Patient:
    clinic = window.clinic
    for n in range(2, 301):
        p = clinic.patients.by_clinic_number(f"KIB-{n:06d}")
        if p and p.id and p.preferred_language == "en" and clinic.care_plans.current(p.id) is None:
            return p
    raise AssertionError("the demo clinic has no English-speaking patient without a plan")


def open_plan(qtbot, window: MainWindow, patient: Patient,  # type: ignore[no-untyped-def]
              user: str = "daniel") -> CarePlanDialog:
    log_in(window.clinic, user)
    dialog = CarePlanDialog(window.clinic, window.tasks, patient, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog._ready)  # the readability warm-up has reported back
    return dialog


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_in_cell(qtbot, table: QTableWidget, row: int, col: int,  # type: ignore[no-untyped-def]
                 text: str) -> None:
    """Open the cell's editor as a user would, type, and press Enter."""
    index = table.model().index(row, col)
    if table.indexWidget(index) is None:  # "Add medicine" opens the first cell itself
        table.setCurrentCell(row, col)
        table.editItem(table.item(row, col))
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next event turn
    qtbot.waitUntil(lambda: table.indexWidget(table.model().index(row, col)) is None)
    assert table.item(row, col).text() == text


def add_medicine(qtbot, dialog: CarePlanDialog, **cells: str) -> int:  # type: ignore[no-untyped-def]
    columns = ("name", "dose", "morning", "midday", "evening", "bedtime", "purpose",
               "side_effects", "agreed_change")
    click(qtbot, dialog.add_medicine_button)
    row = dialog.table.rowCount() - 1
    for key, text in cells.items():
        type_in_cell(qtbot, dialog.table, row, columns.index(key), text)
    return row


def add_condition(qtbot, dialog: CarePlanDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    index = dialog.library.findText(name)
    assert index >= 0, f"{name} is not in the library list"
    dialog.library.setCurrentIndex(index)
    click(qtbot, dialog.add_condition_button)


def suggestions(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def new_line(edit: QWidget) -> None:
    QTest.keyClick(edit, Qt.Key.Key_Return)


def type_at_end(edit: QWidget, text: str) -> None:
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)


def test_a_clinician_writes_a_plan_and_it_is_saved_exactly(qtbot, window: MainWindow) -> None:
    patient = english_patient_without_plan(window)
    pid = patient.id or ""
    dialog = open_plan(qtbot, window, patient)
    assert dialog.save_button.isVisibleTo(dialog)
    assert "No care plan saved yet" in dialog.version_line.text()

    add_condition(qtbot, dialog, "High blood pressure")
    hbp = library.condition("high_blood_pressure", "en")
    assert hbp is not None
    row = dialog.conditions[-1]
    assert (row.name.text(), row.explanation.toPlainText()) == (hbp.name, hbp.explanation)
    assert hbp.goals_examples[0] in dialog.goals.placeholderText()
    click(qtbot, row.warnings_button)
    assert dialog.warning_signs.toPlainText().splitlines() == list(hbp.warning_signs)

    add_medicine(qtbot, dialog, name="Amlodipine", dose="5 mg tablet", morning="1",
                 evening="½", purpose="Keeps your blood pressure down.",
                 agreed_change="Takes it in the evening — agreed with Dr. Okafor")
    type_text(dialog.goals, "I want to see my grandchildren grow up.")
    new_line(dialog.goals)
    type_text(dialog.goals, "Quiero ver a mis nietos — ¡pronto!")
    type_text(dialog.next_steps, "Walk every day.")
    type_text(dialog.appointment, "2026-12-01 09:30")
    type_text(dialog.with_whom, "Dr. Okafor")
    assert not dialog.print_button.isEnabled()
    click(qtbot, dialog.save_button)

    assert "Saved as version 1" in dialog.status.text()
    assert not dialog.form_error.isVisibleTo(dialog)
    assert dialog.isVisible()  # stays open after a save
    plan = window.clinic.care_plans.current(pid)
    assert plan is not None and plan.version == 1 and plan.created_by == "daniel"
    assert plan_to_dict(plan) == {
        "language": "en",
        "conditions": [{"key": "high_blood_pressure", "name": hbp.name,
                        "explanation": hbp.explanation}],
        "medicines": [{"name": "Amlodipine", "dose": "5 mg tablet",
                       "schedule": {"morning": 1.0, "midday": 0.0, "evening": 0.5,
                                    "bedtime": 0.0},
                       "purpose": "Keeps your blood pressure down.", "side_effects": "",
                       "agreed_change": "Takes it in the evening — agreed with Dr. Okafor"}],
        "goals": ["I want to see my grandchildren grow up.",
                  "Quiero ver a mis nietos — ¡pronto!"],
        "warning_signs": list(hbp.warning_signs),
        "next_steps": ["Walk every day."],
        "next_appointment": "2026-12-01T09:30",
        "next_appointment_with": "Dr. Okafor",
        "support_person": window.clinic.care_plans.new_plan(pid).support_person,
    }
    assert dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.print_requested) as printed:
        click(qtbot, dialog.print_button)
    assert printed.args == [pid]
    type_text(dialog.next_steps, " Rest.")  # unsaved again: the handout would be stale
    assert not dialog.print_button.isEnabled()
    assert "Save" in dialog.print_button.toolTip()


def test_each_save_is_a_new_version_and_history_lists_them(qtbot, window: MainWindow) -> None:
    patient = maria(window)
    pid = patient.id or ""
    before = window.clinic.care_plans.current(pid)
    assert before is not None
    dialog = open_plan(qtbot, window, patient)
    add_medicine(qtbot, dialog, name="Paracetamol", dose="500 mg tablet", midday="1/2",
                 bedtime="1½")
    click(qtbot, dialog.save_button)
    first = window.clinic.care_plans.current(pid)
    assert first is not None and first.version == before.version + 1
    assert first.conditions == before.conditions  # what was there is kept
    assert first.medicines[:-1] == before.medicines
    assert first.medicines[-1].schedule == (0.0, 0.5, 0.0, 1.5)

    type_at_end(dialog.next_steps, " Camine cada día.")
    click(qtbot, dialog.save_button)
    second = window.clinic.care_plans.current(pid)
    assert second is not None and second.version == before.version + 2
    assert second.next_steps[-1].endswith("Camine cada día.")
    assert f"Saved as version {second.version}" in dialog.status.text()

    click(qtbot, dialog.history_button)
    history = dialog.history_dialog
    assert history is not None and history.isVisible()
    shown = [history.model.cells[r] for r in range(history.model.rowCount())]
    assert [r[0] for r in shown] == [str(second.version), str(first.version),
                                     str(before.version)]
    assert shown[0][2] == "daniel" and shown[0][4] == "0"


def test_a_slot_that_is_not_a_number_is_refused_in_words(qtbot, window: MainWindow) -> None:
    patient = maria(window)
    pid = patient.id or ""
    version = window.clinic.care_plans.current(pid).version  # type: ignore[union-attr]
    dialog = open_plan(qtbot, window, patient)
    row = add_medicine(qtbot, dialog, name="Ibuprofen", morning="lots")
    type_at_end(dialog.goals, " Caminar sin dolor.")
    click(qtbot, dialog.save_button)

    message = dialog.errors["medicines"]
    assert message.isVisibleTo(dialog)
    assert "Ibuprofen, morning" in message.text() and "not a number of pills" in message.text()
    assert message.text().startswith("⚠")
    assert "Nothing was saved" in dialog.form_error.text()
    assert "lots" in dialog.table.item(row, 2).toolTip()
    assert window.clinic.care_plans.current(pid).version == version  # type: ignore[union-attr]
    assert dialog.table.item(row, 2).text() == "lots"  # nothing typed is lost
    assert "Caminar sin dolor." in dialog.goals.toPlainText()

    type_in_cell(qtbot, dialog.table, row, 2, "2")
    click(qtbot, dialog.save_button)
    assert not message.isVisibleTo(dialog) and not dialog.form_error.isVisibleTo(dialog)
    saved = window.clinic.care_plans.current(pid)
    assert saved is not None and saved.version == version + 1
    assert saved.medicines[-1].schedule[0] == 2.0


def test_an_impossible_date_is_refused_by_its_field(qtbot, window: MainWindow) -> None:
    patient = maria(window)
    pid = patient.id or ""
    version = window.clinic.care_plans.current(pid).version  # type: ignore[union-attr]
    dialog = open_plan(qtbot, window, patient)
    type_text(dialog.appointment, "2026-02-30")
    click(qtbot, dialog.save_button)
    error = dialog.errors["next_appointment"]
    assert error.isVisibleTo(dialog) and "not a real date" in error.text()
    assert not dialog.errors["medicines"].isVisibleTo(dialog)
    assert window.clinic.care_plans.current(pid).version == version  # type: ignore[union-attr]
    assert dialog.appointment.text() == "2026-02-30"


def test_a_condition_without_a_name_is_marked_on_its_row(qtbot, window: MainWindow) -> None:
    dialog = open_plan(qtbot, window, maria(window))
    dialog.library.setCurrentIndex(dialog.library.count() - 1)
    assert dialog.library.currentText() == "Write my own…"
    click(qtbot, dialog.add_condition_button)
    row = dialog.conditions[-1]
    assert row.key == "" and row.name.text() == ""
    qtbot.waitUntil(row.isVisible)
    click(qtbot, dialog.save_button)
    assert row.error.isVisibleTo(dialog) and "needs a name" in row.error.text()
    assert not dialog.conditions[0].error.isVisibleTo(dialog)


def test_jargon_is_listed_marked_and_replaced_with_plain_words(qtbot,
                                                              window: MainWindow) -> None:
    dialog = open_plan(qtbot, window, english_patient_without_plan(window))
    text = "Take the tablet orally to treat hypertension."
    type_text(dialog.next_steps, text)
    qtbot.waitUntil(lambda: len(suggestions(dialog.suggestions)) == 2)
    listed = suggestions(dialog.suggestions)
    assert "“orally” → say “by mouth”" in listed[0] and "Next steps" in listed[0]
    assert "“hypertension” → say “high blood pressure”" in listed[1]

    block = dialog.next_steps.document().firstBlock()
    waves = {(r.start, r.length) for r in block.layout().formats()
             if r.format.underlineStyle() == WAVE}
    assert waves == {(text.index("orally"), 6), (text.index("hypertension"), 12)}
    assert dialog.highlighter_for(dialog.next_steps).ranges[0] == [
        (text.index("orally"), text.index("orally") + 6, "jargon"),
        (text.index("hypertension"), text.index("hypertension") + 12, "jargon")]

    item = dialog.suggestions.item(1)
    qtbot.mouseClick(dialog.suggestions.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.suggestions.visualItemRect(item).center())
    assert dialog.next_steps.textCursor().selectedText() == "hypertension"
    assert dialog.plain_button.isEnabled()
    click(qtbot, dialog.plain_button)
    assert dialog.next_steps.toPlainText() == "Take the tablet orally to treat high blood pressure."
    assert len(suggestions(dialog.suggestions)) == 1  # only "orally" is left


def test_a_sentence_over_fifteen_words_is_flagged(qtbot, window: MainWindow) -> None:
    dialog = open_plan(qtbot, window, english_patient_without_plan(window))
    fifteen = "I want to walk to the market and back with my sister every single week."
    nineteen = "I want to be strong enough to walk to the market and back with my sister " \
               "every single week."
    type_text(dialog.goals, fifteen)
    qtbot.waitUntil(lambda: "Easy to read" in dialog.grade.text())
    assert suggestions(dialog.suggestions) == []
    new_line(dialog.goals)
    type_text(dialog.goals, nineteen)
    qtbot.waitUntil(lambda: dialog.suggestions.count() == 1)
    assert "Long sentence (19 words): split it" in dialog.suggestions.item(0).text()
    second = dialog.goals.document().findBlockByNumber(1)
    marked = [r for r in second.layout().formats() if r.format.underlineStyle() == SINGLE]
    assert [(r.start, r.length) for r in marked] == [(0, len(nineteen))]
    assert marked[0].format.background().color() == LONG_BACKGROUND
    first = dialog.goals.document().firstBlock()
    assert not first.layout().formats()  # fifteen words is fine


def test_the_grade_follows_the_typing_after_a_pause(qtbot, window: MainWindow) -> None:
    dialog = open_plan(qtbot, window, english_patient_without_plan(window))
    assert dialog.grade.text() == "Nothing to check yet"
    type_text(dialog.goals, "Cardiovascular complications necessitate comprehensive "
                            "pharmacological management.")
    assert dialog.check_timer.isActive()
    assert dialog.grade.text() == "Nothing to check yet"  # not while still typing
    qtbot.waitUntil(lambda: "Hard to read" in dialog.grade.text())
    assert dialog.grade.text().startswith("⚠")
    dialog.goals.selectAll()
    type_text(dialog.goals, "I want to walk to the shop.")
    qtbot.waitUntil(lambda: "Easy to read (grade" in dialog.grade.text())
    assert dialog.grade.text().startswith("✓")


def test_the_plan_language_moves_library_texts_and_the_check(qtbot, window: MainWindow) -> None:
    dialog = open_plan(qtbot, window, maria(window))
    assert dialog.language.currentData() == "es"
    assert dialog.library.findText("Presión alta") >= 0
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    malaria = library.condition("malaria", "en")
    assert malaria is not None
    assert dialog.conditions[0].name.text() == malaria.name
    assert dialog.library.findText("High blood pressure") >= 0
    assert dialog.form_data()["language"] == "en"


def test_front_desk_reads_the_plan_but_cannot_change_it(qtbot, window: MainWindow) -> None:
    patient = maria(window)
    pid = patient.id or ""
    version = window.clinic.care_plans.current(pid).version  # type: ignore[union-attr]
    dialog = open_plan(qtbot, window, patient, user="grace")
    assert not dialog.save_button.isVisibleTo(dialog)
    assert dialog.read_only_note.isVisibleTo(dialog)
    assert "Only clinicians can change" in dialog.read_only_note.text()
    assert dialog.goals.isReadOnly() and dialog.conditions[0].name.isReadOnly()
    assert not dialog.language.isEnabled()
    assert not dialog.add_medicine_button.isVisibleTo(dialog)
    assert not dialog.add_row.isVisibleTo(dialog)
    assert not dialog.check_panel.isVisibleTo(dialog)  # nothing there they could act on
    assert dialog.table.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.clinic.care_plans.current(pid).version == version  # type: ignore[union-attr]
    assert dialog.print_button.isEnabled()  # front desk prints handouts
    dialog.reject()
    assert not dialog.isVisible()


def test_closing_with_unsaved_text_asks_first(qtbot, window: MainWindow, monkeypatch,
                                              questions: list[str]) -> None:  # type: ignore[no-untyped-def]
    dialog = open_plan(qtbot, window, maria(window))
    click(qtbot, dialog.close_button)  # nothing typed: no question
    assert not dialog.isVisible() and questions == []

    dialog = open_plan(qtbot, window, maria(window))
    type_at_end(dialog.goals, " Dormir mejor.")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: questions.append(text)
                        or QMessageBox.StandardButton.No)
    click(qtbot, dialog.close_button)
    assert questions and "lost" in questions[0]
    assert dialog.isVisible() and "Dormir mejor." in dialog.goals.toPlainText()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(questions) == 2

