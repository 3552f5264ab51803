"""Contacts to confirm and decliners: the lists, and acting on them by keys and buttons;
and the suggested call scripts (language, fallback)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_app.services import scripts
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from tests.ui.keys import press

CTRL = Qt.KeyboardModifier.ControlModifier


def test_contacts_to_confirm(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_3, CTRL)
    page = window.pages.contacts
    assert window.pages.currentWidget() is page and page.table.hasFocus()
    n = page.model.rowCount()
    assert n > 0 and f"{n} patients need" in page.info.text()
    whys = {page.model.cells[i][0] for i in range(n)}
    assert "Number not confirmed for a long time" in whys
    assert "No answer after several tries" in whys
    # confirm the first one's phone today: it leaves the list
    first = page.current()
    page.table.selectRow(0)
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
    assert first.id not in {p.id for p in page.model.items}
    assert window.clinic.patients.get(first.id).phone_confirmed_at == \
        window.clinic.patients.today().isoformat()
    # mark the next one moved (after a yes)
    moved = page.current()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.moved, Qt.MouseButton.LeftButton)
    assert window.clinic.patients.get(moved.id).status.value == "moved"
    assert moved.id not in {p.id for p in page.model.items}
    # Enter opens the record to correct the number
    page.table.setFocus()
    target = page.current()
    press(window, Qt.Key.Key_Return)
    assert isinstance(window.dialog, PatientDialog)
    assert window.dialog.patient.id == target.id
    QApplication.processEvents()


def test_decliners_change_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_4, CTRL)
    page = window.pages.decliners
    assert page.model.rowCount() > 0
    page.table.selectRow(0)
    d = page.current()
    assert d["follow_up_id"] and page.change.isEnabled()
    new = window.clinic.calls.today() + dt.timedelta(days=10)
    page.date.setDate(QDate(new.year, new.month, new.day))
    qtbot.mouseClick(page.change, Qt.MouseButton.LeftButton)
    row = next(i for i in range(page.model.rowCount())
               if page.model.items[i]["follow_up_id"] == d["follow_up_id"])
    assert page.model.cells[row][4] == new.isoformat()
    assert page.date.minimumDate() == QDate(*window.clinic.calls.today().timetuple()[:3])


def test_call_pages_hidden_when_locked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_2, CTRL)
    assert window.pages.calls.model.rowCount() > 0
    window.lock("Locked.")
    assert window.pages.currentWidget() is window.pages.patients
    assert window.pages.calls.model.rowCount() == 0
    assert not window.pages.tabBar().isEnabled()


def test_scripts_in_the_patients_language_with_english_fallback() -> None:
    fr = scripts.script_for("medicine_check", "fr")
    assert fr is not None and fr.language == "fr" and "médicament" in fr.text
    sw = scripts.script_for("medicine_check", "sw")  # no Swahili file yet
    assert sw is not None and sw.language == "en"
    hello = scripts.greeting("es", patient="Ana Pérez", caller="Amina", clinic="Kibera")
    assert hello is not None and "Ana Pérez" in hello.text and "Amina" in hello.text
    assert {"en", "es", "fr"} <= set(scripts.languages())
    for lang in ("en", "es", "fr"):
        for kind in ("post_visit", "medicine_check", "missed_appointment", "results",
                     "re_engagement", "contact_update", "clinician_callback", "custom"):
            found = scripts.script_for(kind, lang)
            assert found is not None and found.language == lang
            # plain words: short sentences
            for sentence in found.text.replace("?", ".").split("."):
                assert len(sentence.split()) <= 16, (lang, kind, sentence)
