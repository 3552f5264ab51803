"""What typed data survives: a double Enter, an Escape by mistake, a reopened record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from clinic_app.ui.tasks import TaskRunner
from tests.ui.conftest import log_in
from tests.ui.keys import press, type_text


def test_enter_twice_with_real_threads_registers_one_patient(qtbot, demo_clinic: Clinic) -> None:
    log_in(demo_clinic, "grace")
    w = MainWindow(demo_clinic, TaskRunner())  # a real thread pool, as in the app
    qtbot.addWidget(w)
    w.show()
    w.new_patient()
    dialog = w.dialog
    assert isinstance(dialog, PatientDialog)
    type_text(dialog.given, "Quentin")
    type_text(dialog.family, "Zephyrus")
    type_text(dialog.phone1, "0799 111 222")
    before = demo_clinic.patients.count()
    press(dialog.phone1, Qt.Key.Key_Return)
    press(dialog.phone1, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.dialog is None, timeout=10_000)
    w.tasks.wait()
    assert demo_clinic.patients.count() == before + 1
    assert len(demo_clinic.patients.search("quentin zephyrus").patients) == 1


def test_escape_on_a_typed_form_asks_before_losing_it(qtbot, window: MainWindow,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.new_patient()
    dialog = window.dialog
    assert isinstance(dialog, PatientDialog)
    type_text(dialog.given, "Half")
    dialog.reject()  # Escape
    assert asked and "lost" in asked[0]
    assert window.dialog is dialog and dialog.isVisible()  # 'No': still there, still typed
    assert dialog.given.text() == "Half"
    answers.append(QMessageBox.StandardButton.Yes)
    dialog.reject()
    qtbot.waitUntil(lambda: window.dialog is None)


def test_an_untouched_form_closes_without_a_question(qtbot, window: MainWindow,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (_ for _ in ()).throw(
        AssertionError("asked about an untouched form")))
    window.open_patient(window.clinic.patients.by_clinic_number("KIB-000001").id)
    window.dialog.reject()
    qtbot.waitUntil(lambda: window.dialog is None)


def test_reopening_and_saving_keeps_a_known_birth_year_exact(qtbot, window: MainWindow) -> None:
    patients = window.clinic.patients
    known = patients.register({"given_name": "Exact", "family_name": "Year",
                               "birth_year": 1970}, confirmed_new=True)
    guessed = patients.register({"given_name": "Guessed", "family_name": "Year", "age": 50},
                                confirmed_new=True)
    for p in (known, guessed):
        window.open_patient(p.id or "")
        dialog = window.dialog
        assert isinstance(dialog, PatientDialog)
        dialog.save()
        qtbot.waitUntil(lambda: window.dialog is None)
    assert patients.get(known.id or "").birth_year_estimated is False
    assert patients.get(guessed.id or "").birth_year_estimated is True


def test_enter_in_an_empty_search_box_opens_nobody(qtbot, window: MainWindow) -> None:
    assert window.search_box.text() == ""
    press(window.search_box, Qt.Key.Key_Return)
    assert window.dialog is None
