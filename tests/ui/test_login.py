"""Logging in and out as staff do: wrong and right passwords, a forced password change,
the idle lock, switching user, and menus that follow each person's role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_app.services.clinic import Clinic
from clinic_app.ui.login_dialog import LoginDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.password_dialog import ChangePasswordDialog
from clinic_app.ui.patient_dialog import PatientDialog
from clinic_app.ui.session import Session
from clinic_app.ui.tasks import TaskRunner
from tests.ui.conftest import DEMO_PASSWORD
from tests.ui.keys import press, type_text


@pytest.fixture
def session(qtbot, demo_clinic: Clinic) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    s = Session(demo_clinic, tasks=TaskRunner(immediate=True), demo=True, idle_ms=60_000)
    s.start()
    yield s
    s.quit()


def login_dialog(qtbot, session: Session) -> LoginDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: session.login_dialog is not None
                    and session.login_dialog.isVisible())
    dialog = session.login_dialog
    assert dialog is not None
    return dialog


def log_in(qtbot, session: Session, username: str,  # type: ignore[no-untyped-def]
           password: str = DEMO_PASSWORD) -> MainWindow:
    dialog = login_dialog(qtbot, session)
    dialog.username.clear()
    type_text(dialog.username, username)
    dialog.password.setFocus()
    type_text(dialog.password, password)
    press(dialog.password, Qt.Key.Key_Return)  # Enter logs in
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible()
                    and session.window.table.isEnabled())
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)  # keys go there
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_wrong_password_says_so_and_the_right_one_opens_the_main_window(
        qtbot, session: Session) -> None:
    dialog = login_dialog(qtbot, session)
    assert session.clinic.access.actor is None
    assert "amina (manager)" in dialog.hint.text()  # the demo clinic names its staff
    type_text(dialog.username, "amina")
    press(dialog.username, Qt.Key.Key_Return)  # Enter on the name: on to the password
    assert dialog.password.hasFocus() and session.window is None
    type_text(dialog.password, "wrong-password")
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and session.window is None
    assert dialog.error.isVisibleTo(dialog)
    assert "username or password is not right" in dialog.error.text()
    assert dialog.error.text().startswith("⚠")  # not by colour alone
    assert dialog.password.text() == ""
    window = log_in(qtbot, session, "amina")
    assert "Amina Otieno (manager)" in window.user_label.text()
    assert session.clinic.access.actor is not None
    assert window.model.rowCount() == 300
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)
    failed = session.clinic.audit.repo.search(action="auth.login_failed")
    assert failed and failed[0].username == "amina"


def test_reset_password_must_be_changed_at_next_log_in(qtbot, session: Session) -> None:
    accounts = session.clinic.accounts
    session.clinic.access.actor = None
    accounts.login("amina", DEMO_PASSWORD)
    grace = next(a for a in accounts.list() if a.username == "grace")
    accounts.reset_password(grace.id, "mango-river-42")
    accounts.logout()
    dialog = login_dialog(qtbot, session)
    type_text(dialog.username, "grace")
    type_text(dialog.password, "mango-river-42")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: session.password_dialog is not None)
    change = session.password_dialog
    assert isinstance(change, ChangePasswordDialog) and session.window is None
    press(change, Qt.Key.Key_Escape)  # cannot be skipped
    assert change.isVisible()
    type_text(change.new, "grace at the desk")
    type_text(change.again, "grace at the desk!")
    change.save_button.click()
    assert "not the same" in change.fields.visible()["again"]
    change.again.setFocus()
    type_text(change.again, "grace at the desk")
    change.save_button.click()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    assert "Grace Wanjiru (front desk)" in session.window.user_label.text()
    accounts.logout()
    assert accounts.login("grace", "grace at the desk").must_change_password is False


def test_forced_change_can_only_be_left_by_quitting(qtbot, session: Session) -> None:
    accounts = session.clinic.accounts
    session.clinic.access.actor = None
    accounts.login("amina", DEMO_PASSWORD)
    daniel = next(a for a in accounts.list() if a.username == "daniel")
    accounts.reset_password(daniel.id, "temporary-77")
    accounts.logout()
    ended: list[bool] = []
    session.finished.connect(lambda: ended.append(True))
    dialog = login_dialog(qtbot, session)
    dialog.username.setText("daniel")
    dialog.password.setText("temporary-77")
    dialog.attempt()
    change = session.password_dialog
    assert change is not None
    change.quit_button.click()
    assert ended == [True] and session.clinic.access.actor is None


def test_idle_lock_hides_patients_closes_dialogs_then_log_back_in(qtbot,
                                                                   demo_clinic: Clinic) -> None:
    session = Session(demo_clinic, tasks=TaskRunner(immediate=True), idle_ms=300)
    session.start()
    window = log_in(qtbot, session, "daniel")
    type_text(window.search_box, "gonzalez")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() > 0)
    window.open_row(0)
    assert isinstance(window.dialog, PatientDialog)
    opened = window.dialog
    qtbot.waitUntil(lambda: session.login_dialog is not None, timeout=5000)
    login = login_dialog(qtbot, session)
    assert "Locked after 5 minutes without use" in login.message.text()
    assert not shiboken6.isValid(opened) or not opened.isVisible()  # closed (and deleted)
    assert window.dialog is None
    assert window.model.rowCount() == 0 and window.search_box.text() == ""
    assert window.user_label.text() == "Locked"
    assert not window.table.isEnabled() and not window.search_box.isEnabled()
    assert demo_clinic.access.actor is None
    logout = demo_clinic.audit.repo.search(action="auth.logout", limit=1)[0]
    assert logout.username == "daniel" and logout.details["reason"] == "idle"
    window = log_in(qtbot, session, "daniel")
    assert window.model.rowCount() == 300
    session.quit()


def test_switch_user_rebuilds_menus_for_the_new_role(qtbot, session: Session) -> None:
    window = log_in(qtbot, session, "amina")
    assert "&Manage" in menu_titles(window)
    assert window.merge_action.isVisible() and window.users_action.isVisible()
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # switch user
    login = login_dialog(qtbot, session)
    assert "Amina Otieno logged out" in login.message.text()
    assert window.model.rowCount() == 0
    window = log_in(qtbot, session, "grace")
    assert "Grace Wanjiru (front desk)" in window.user_label.text()
    assert "&Manage" not in menu_titles(window)
    for action in (window.merge_action, window.settings_action, window.users_action,
                   window.audit_action):
        assert not action.isVisible()
    patient_menu = window.menuBar().actions()[0].menu()
    assert window.merge_action not in patient_menu.actions()
    assert window.size_actions["large"].isVisible()  # text size stays for everyone
    assert "&View" in menu_titles(window)


def test_front_desk_cannot_merge_even_by_calling_the_slot(qtbot, session: Session,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.merge_dialog import MergeDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = log_in(qtbot, session, "grace")
    window.merge_records()
    assert window.dialog is None
    assert "may not merge patient records" in warnings[-1]
    # and the service itself refuses, whatever the screen offers
    patients = session.clinic.patients
    first, second = (patients.repo.by_clinic_number(n) for n in ("KIB-000001", "KIB-000002"))
    dialog = MergeDialog(session.clinic, first, window)
    qtbot.addWidget(dialog)
    dialog.merge_number.setText("KIB-000002")
    dialog.do_merge()
    assert "may not merge patient records" in warnings[-1]
    assert patients.get(second.id).merged_into is None


def test_opening_a_patient_is_written_to_the_audit_trail(qtbot, session: Session) -> None:
    window = log_in(qtbot, session, "grace")
    type_text(window.search_box, "KIB-000001")
    qtbot.waitUntil(lambda: window.model.searching and window.model.rowCount() == 1)
    press(window.search_box, Qt.Key.Key_Return)
    assert isinstance(window.dialog, PatientDialog)
    maria = window.dialog.patient
    entry = session.clinic.audit.repo.search(action="patient.open", limit=1)[0]
    assert entry.username == "grace" and entry.row_id == maria.id
    assert entry.table_name == "patients"
