"""A manager's screens: staff accounts (add, reset, role, switch off) and the audit trail
(filter, page, export, check the chain)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt

from clinic_app.domain.roles import Role
from clinic_app.ui import audit_model
from clinic_app.ui.account_form import AccountForm
from clinic_app.ui.audit_dialog import AuditDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.users_dialog import UsersDialog
from tests.ui.keys import type_text


def users_dialog(qtbot, window: MainWindow) -> UsersDialog:  # type: ignore[no-untyped-def]
    window.users_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, UsersDialog)
    return dialog


def form_of(dialog: UsersDialog) -> AccountForm:
    assert dialog.form is not None
    return dialog.form


def select(dialog: UsersDialog, username: str) -> None:
    row = next(i for i, a in enumerate(dialog.model.accounts) if a.username == username)
    dialog.table.selectRow(row)


def shown(dialog: UsersDialog, username: str) -> list[str]:
    row = next(i for i, a in enumerate(dialog.model.accounts) if a.username == username)
    return [dialog.model.data(dialog.model.index(row, c))
            for c in range(dialog.model.columnCount())]


def test_add_an_account_with_a_temporary_password(qtbot, window: MainWindow) -> None:
    dialog = users_dialog(qtbot, window)
    assert shown(dialog, "amina")[:4] == ["amina", "Amina Otieno", "manager", "Yes"]
    dialog.add_button.click()
    form = form_of(dialog)
    type_text(form.username, "joseph k")
    type_text(form.display_name, "Joseph Kamau")
    form.role.setCurrentIndex(form.role.findData(Role.CLINICIAN.value))
    type_text(form.password, "short")
    form.save_button.click()
    errors = form.fields.visible()
    assert "no spaces" in errors["username"] and "8 characters" in errors["password"]
    assert all(text.startswith("⚠") for text in errors.values())
    form.username.setText("joseph")
    qtbot.mouseClick(form.findChild(type(form.save_button), "suggest"),
                     Qt.MouseButton.LeftButton)
    temporary = form.password.text()
    assert len(temporary) >= 8
    form.save_button.click()
    assert dialog.form is None and "Added Joseph Kamau" in dialog.message.text()
    assert shown(dialog, "joseph")[1:5] == ["Joseph Kamau", "clinician", "Yes", "Yes"]
    assert shown(dialog, "joseph")[5] == "never"
    clinic = window.clinic
    clinic.accounts.logout()
    result = clinic.accounts.login("joseph", temporary)
    assert result.must_change_password and result.actor.role == Role.CLINICIAN


def test_reset_password_role_and_switch_off(qtbot, window: MainWindow) -> None:
    dialog = users_dialog(qtbot, window)
    select(dialog, "grace")
    dialog.reset_button.click()
    form = form_of(dialog)
    assert "Grace Wanjiru" in form.findChild(type(dialog.message), "who").text()
    type_text(form.password, "grace")
    form.save_button.click()
    assert "8 characters" in form.fields.visible()["password"]
    form.password.setText("new-start-2026")
    form.save_button.click()
    assert "was reset" in dialog.message.text()
    assert shown(dialog, "grace")[4] == "Yes"  # must change password
    select(dialog, "grace")
    dialog.role_button.click()
    form = form_of(dialog)
    form.role.setCurrentIndex(form.role.findData(Role.CLINICIAN.value))
    form.save_button.click()
    assert shown(dialog, "grace")[2] == "clinician"
    select(dialog, "grace")
    dialog.active_button.click()
    assert "switched off" in dialog.message.text()
    assert shown(dialog, "grace")[3] == "No — switched off"
    select(dialog, "amina")  # oneself: refused, and said so
    dialog.active_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert "cannot switch off your own account" in dialog.error.text()
    actions = [e.action for e in window.clinic.audit.repo.search(action="user.", limit=10)]
    assert {"user.reset_password", "user.role", "user.deactivate"} <= set(actions)


def audit_dialog(window: MainWindow) -> AuditDialog:
    window.audit_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, AuditDialog)
    return dialog


def column(dialog: AuditDialog, c: int) -> list[str]:
    m = dialog.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def test_audit_trail_filters_pages_and_never_shows_a_row_twice(qtbot, window: MainWindow,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clinic = window.clinic
    for n in (1, 2, 3, 4, 5):
        maria = clinic.patients.repo.by_clinic_number(f"KIB-00000{n}")
        assert maria is not None and maria.id
        window.open_patient(maria.id)
        window.dialog.reject()  # type: ignore[union-attr]
    monkeypatch.setattr(audit_model, "PAGE", 3)
    dialog = audit_dialog(window)
    assert column(dialog, 2)[0] == "opened a patient record"  # newest first
    dialog.action.setCurrentIndex(dialog.action.findData("patient.open"))
    dialog.user.setCurrentText("amina")
    dialog.show_button.click()
    assert dialog.model.rowCount() == 3 and dialog.more_button.isEnabled()
    dialog.more_button.click()
    assert dialog.model.rowCount() == 5
    assert set(column(dialog, 2)) == {"opened a patient record"}
    assert set(column(dialog, 1)) == {"amina"}
    assert len({e.id for e in dialog.model.entries}) == 5
    dialog.more_button.click()
    assert not dialog.more_button.isEnabled() and "5 entries shown" in dialog.summary.text()
    # with no filter, paging past the newest entries (each look adds one) skips nothing
    dialog.action.setCurrentIndex(0)
    dialog.user.setCurrentText("")
    dialog.show_button.click()
    for _ in range(100):
        if not dialog.more_button.isEnabled():
            break
        dialog.more_button.click()
    seqs = [e.seq for e in dialog.model.entries]
    assert len(seqs) == len(set(seqs))
    assert min(seqs) == 1 and len(seqs) >= max(seqs) - 10
    views = clinic.audit.repo.search(action="audit.view", limit=100)
    assert views and views[0].username == "amina"  # looking is itself audited


def test_audit_export_and_chain_check(qtbot, window: MainWindow, tmp_path: Path,
                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clinic = window.clinic
    maria = clinic.patients.repo.by_clinic_number("KIB-000001")
    assert maria is not None and maria.id
    window.open_patient(maria.id)
    window.dialog.reject()  # type: ignore[union-attr]
    dialog = audit_dialog(window)
    dialog.action.setCurrentIndex(dialog.action.findData("patient.open"))
    target = tmp_path / "exported.csv"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV files (*.csv)"))
    dialog.export_button.click()
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert [r["action"] for r in rows] == ["patient.open"]
    assert rows[0]["user"] == "amina" and rows[0]["row_id"] == maria.id
    assert "Saved 1 entries" in dialog.result.text()
    assert clinic.audit.repo.search(action="audit.export", limit=1)
    dialog.verify_button.click()
    assert dialog.result.text().startswith("✔ Chain intact:")
    count = clinic.db.query("SELECT count(*) FROM audit_log")[0][0]
    assert f"{count} entries" in dialog.result.text()
    # someone with the key edits the log behind the app's back
    clinic.db.conn.execute("DROP TRIGGER audit_log_no_update")
    clinic.db.conn.execute("UPDATE audit_log SET username = 'nobody' WHERE seq = 2")
    dialog.verify_button.click()
    text = dialog.result.text()
    assert text.startswith("⚠") and "broken at entry 2" in text and "altered" in text


def test_managers_screens_are_refused_to_front_desk(qtbot, window: MainWindow,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    clinic = window.clinic
    clinic.accounts.logout()
    clinic.accounts.login("grace", "clinic-demo")
    window.unlock()
    for open_screen in (window.open_users, window.open_audit, window.open_settings):
        open_screen()
        assert window.dialog is None
    assert len(said) == 3 and all("Ask a manager" in text for text in said)


def test_every_action_the_code_records_has_words() -> None:
    """Each audit action written anywhere (``audit.record("x.y", ...)``, also chosen by an
    if/else) is shown in words, not as its code."""
    import ast
    from pathlib import Path

    import clinic_app
    from clinic_app.ui.audit_model import ACTION_LABELS

    def literals(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    found: set[str] = set()
    for path in Path(clinic_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "record" and node.args):
                found.update(a for a in literals(node.args[0]) if "." in a)
    assert {"patient.import", "patient.create", "user.deactivate"} <= found
    assert sorted(found - set(ACTION_LABELS)) == []
