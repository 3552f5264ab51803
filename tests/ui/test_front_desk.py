"""The front desk as a receptionist uses it: search, open, register, edit, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from clinic_app.ui import patient_list_model as list_model
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from tests.ui.keys import press, type_text


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_box.clear()
    qtbot.waitUntil(lambda: not window.model.searching)
    type_text(window.search_box, text)
    qtbot.waitUntil(lambda: window.model.searching and not window._timer.isActive())


def opened_dialog(qtbot, window: MainWindow) -> PatientDialog:  # type: ignore[no-untyped-def]
    """The dialog the window just opened, once it is the active window (keys go to it)."""
    dialog = window.dialog
    assert isinstance(dialog, PatientDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_search_box_has_focus_on_start(window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.search_box


def test_browse_list_pages_rows_and_holds_only_a_bounded_cache(window: MainWindow,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    assert model.rowCount() == 300  # the whole register is scrollable ...
    assert "300 patients" in window.info.text()
    every = [p.id for _, p in window.clinic.patients.list_window(None, 300)]
    monkeypatch.setattr(list_model, "MAX_PAGES", 2)
    fresh = list_model.PatientListModel(window.clinic.patients)
    fresh.browse()
    assert fresh.rowCount() == 300 and fresh.pages_held == 1
    for row in (250, 150, 299, 5, 120, 260):  # jumps (index-only offset) and keyset steps
        assert fresh.patient(row).id == every[row]
        assert fresh.pages_held <= 2  # ... but only a few pages are ever held
    window.table.scrollToBottom()
    assert model.data(model.index(299, 0)) == window.clinic.patients.get(every[299]).clinic_number
    assert shown_names(window)[:3] == [window.clinic.patients.get(i).full_name
                                       for i in every[:3]]


def test_typing_finds_accented_names_in_any_order(qtbot, window: MainWindow) -> None:
    for query in ("mar gon", "gonzalez maria", "GONZÁLEZ"):
        search(qtbot, window, query)
        assert shown_names(window)[0] == "María González", query
    assert "match" in window.info.text()


def test_phone_fragment_and_clinic_number(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "345 678")
    assert "María González" in shown_names(window)
    search(qtbot, window, "KIB-000001")
    assert window.model.data(window.model.index(0, 0)) == "KIB-000001"


def test_no_match_offers_close_spellings_and_a_click_uses_one(qtbot,
                                                             window: MainWindow) -> None:
    search(qtbot, window, "Ngozi Okafor")
    assert window.model.rowCount() == 0
    assert "Ngoze Okafor" in window.info.text()
    window.info.linkActivated.emit("Ngoze Okafor")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert shown_names(window)[0] == "Ngoze Okafor"


def test_escape_clears_and_enter_opens_the_record(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "Hélène Lefèvre")
    press(window.search_box, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot, window)
    assert dialog.given.text() == "Hélène" and dialog.family.text() == "Lefèvre"
    assert "KIB-000004" in dialog.heading.text()
    dialog.reject()
    press(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: not window.model.searching)
    assert window.model.rowCount() == 300 and window.model.pages_held == 1


def test_arrow_keys_move_the_highlight_before_enter(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "gon")
    assert window.model.rowCount() >= 2
    second = window.model.patient(1)
    press(window.search_box, Qt.Key.Key_Down)
    press(window.search_box, Qt.Key.Key_Return)
    assert isinstance(window.dialog, PatientDialog)
    assert window.dialog.patient is not None and window.dialog.patient.id == second.id


def test_edit_and_save_updates_the_row(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "KIB-000001")
    press(window.search_box, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot, window)
    dialog.village.clear()
    type_text(dialog.village, "Laini Saba")
    press(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dialog is None)
    saved = window.clinic.patients.repo.by_clinic_number("KIB-000001")
    assert saved is not None and saved.village == "Laini Saba"
    qtbot.waitUntil(lambda: window.model.rowCount() > 0
                    and window.model.data(window.model.index(0, 4)) == "Laini Saba")


def test_phone_confirmed_today_clears_the_badge(qtbot, window: MainWindow) -> None:
    patients = window.clinic.patients
    maria = patients.repo.by_clinic_number("KIB-000001")
    assert maria is not None and maria.id
    patients.update(maria.id, {"phone_confirmed_at": "2025-01-02"})
    window.open_patient(maria.id)
    dialog = opened_dialog(qtbot, window)
    assert dialog.badge.isVisibleTo(dialog) and "Confirm contact" in dialog.badge.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.badge.isVisibleTo(dialog)
    assert patients.get(maria.id).phone_confirmed_at == "2026-11-23"
    assert dialog.confirmed.text() == "today"


def test_list_shows_the_confirm_contact_badge_as_words(qtbot, window: MainWindow) -> None:
    patients = window.clinic.patients
    maria = patients.repo.by_clinic_number("KIB-000001")
    assert maria is not None and maria.id
    patients.update(maria.id, {"phone_confirmed_at": "2026-01-02"})
    search(qtbot, window, "KIB-000001")
    assert "Confirm contact details" in window.model.data(window.model.index(0, 5))
    patients.confirm_phone(maria.id)
    window.data_changed.emit("patient", [maria.id])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.model.data(window.model.index(0, 5)) == "")


def visible_errors(dialog: PatientDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.errors.items()
            if label.isVisibleTo(dialog)}


def test_invalid_input_shows_inline_messages_and_saves_nothing(qtbot,
                                                              window: MainWindow) -> None:
    count = window.clinic.patients.count()
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened_dialog(qtbot, window)
    type_text(dialog.birth_date, "2030-01-01")
    type_text(dialog.phone1, "12")
    dialog.save()
    errors = visible_errors(dialog)
    assert set(errors) >= {"given_name", "birth_date", "phones"}
    assert "future" in errors["birth_date"]
    assert dialog.form_error.isVisibleTo(dialog)
    assert window.clinic.patients.count() == count
    assert dialog.isVisible()


def test_register_with_estimated_age_and_support_person(qtbot, window: MainWindow) -> None:
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened_dialog(qtbot, window)
    type_text(dialog.given, "Wekesa")
    type_text(dialog.family, "Barasa")
    dialog.birth_estimated.setChecked(True)
    type_text(dialog.estimate, "60")
    type_text(dialog.phone1, "0799 111 222")
    type_text(dialog.support_name, "Nafula Barasa")
    type_text(dialog.support_relationship, "daughter")
    type_text(dialog.support_phone, "0799 333 444")
    dialog.save()
    qtbot.waitUntil(lambda: window.dialog is None)
    hits = window.clinic.patients.search("wekesa barasa").patients
    assert len(hits) == 1
    saved = window.clinic.patients.get(hits[0].id or "")
    assert saved.birth_year == 1966 and saved.birth_year_estimated
    assert saved.phones == ("+254799111222",)
    assert saved.support is not None and saved.support.name == "Nafula Barasa"
    assert saved.support.phone == "+254799333444"
    # the new patient is shown after saving
    qtbot.waitUntil(lambda: shown_names(window)[:1] == ["Wekesa Barasa"])


def test_duplicate_warning_then_open_existing_or_save_anyway(qtbot,
                                                            window: MainWindow) -> None:
    count = window.clinic.patients.count()
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened_dialog(qtbot, window)
    type_text(dialog.given, "Maria")
    type_text(dialog.family, "Gonzales")
    type_text(dialog.phone1, "0712345678")
    dialog.save()
    assert dialog.duplicates.isVisibleTo(dialog)
    assert window.clinic.patients.count() == count
    offers = [b.text() for b in dialog.duplicates.findChildren(QPushButton, "open_duplicate")]
    assert any("KIB-000001" in text and "same phone" in text for text in offers)
    assert dialog.duplicates.findChildren(QLabel)[0].text().startswith("⚠")
    save_anyway = dialog.duplicates.findChild(QPushButton, "save_anyway")
    qtbot.mouseClick(save_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert window.clinic.patients.count() == count + 1


def test_duplicate_warning_can_open_the_existing_record(qtbot, window: MainWindow) -> None:
    count = window.clinic.patients.count()
    window.new_patient()
    dialog = opened_dialog(qtbot, window)
    type_text(dialog.given, "Muhamad")
    type_text(dialog.family, "Abdullahi")
    type_text(dialog.phone1, "0722 555 010")
    dialog.save()
    button = dialog.duplicates.findChild(QPushButton, "open_duplicate")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    opened = window.dialog
    assert isinstance(opened, PatientDialog) and opened is not dialog
    assert opened.patient is not None and opened.patient.full_name == "Muhammad Abdullahi"
    assert window.clinic.patients.count() == count
