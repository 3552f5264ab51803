"""First run and opening: the set-up wizard makes an encrypted clinic and shows its recovery
key once; a PC without the key asks for it; a plain database is offered encryption."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from clinic_app.security import secrets
from clinic_app.security.keys import is_plain
from clinic_app.services import opening
from clinic_app.services.clinic import Clinic
from clinic_app.ui import app as gui
from clinic_app.ui import setup_wizard
from clinic_app.ui.setup_wizard import SetupWizard
from clinic_app.ui.unlock_dialog import UnlockDialog
from clinic_app.ui.widgets.recovery_key import RecoveryKeyDialog
from tests.ui.conftest import FAST_HASHER
from tests.ui.keys import type_text


def fill_clinic(w: SetupWizard, country: str = "KE") -> None:
    page = w.clinic_page
    page.name.setText("Lindi Health Post")
    page.phone.setText("+255 23 220 2000")
    page.country.setText(country)
    page.prefix.setText("LND")
    page.language.setCurrentIndex(page.language.findData("sw"))


def fill_manager(w: SetupWizard, again: str = "baobab tree shade") -> None:
    page = w.manager_page
    page.username.setText("neema")
    page.display_name.setText("Neema Mushi")
    page.password.setText("baobab tree shade")
    page.again.setText(again)


def pdf_printer(path: Path) -> Callable[[QPrinter], bool]:
    def ask(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return ask


def test_setup_wizard_end_to_end(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "clinic.sqlite3"
    w = SetupWizard(db, password_hasher=FAST_HASHER)
    qtbot.addWidget(w)
    w.show()
    fill_clinic(w, country="ZZ")
    w.next()
    assert w.currentPage() is w.clinic_page  # stays, and says why
    assert "2-letter country code" in w.clinic_page.fields.visible()["country"]
    w.clinic_page.country.setText("tz")
    w.next()
    assert w.currentPage() is w.manager_page and not db.exists()
    assert "at least 8 characters" in w.manager_page.findChild(
        type(w.manager_page.error), "rules").text()
    fill_manager(w, again="baobab tree")
    w.next()
    assert "not the same" in w.manager_page.fields.visible()["again"] and not db.exists()
    w.manager_page.again.setFocus()
    type_text(w.manager_page.again, "baobab tree shade")
    w.next()  # "Create the clinic"
    page = w.recovery_page
    assert page is not None and w.currentPage() is page
    code = w.recovery_code or ""
    assert len(code.split("-")) >= 13
    assert page.key.key_label.text().replace("\n", "-") == code  # shown, large, once
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the tick box is required
    w.reject()  # Escape on this page does nothing
    assert w.isVisible()
    printed = tmp_path / "key.pdf"
    page.key.ask_printer = pdf_printer(printed)  # type: ignore[method-assign]
    page.key.print_button.click()
    assert printed.exists() and printed.read_bytes().startswith(b"%PDF")
    assert isinstance(page.key.printer, QPrinter)  # kept alive
    page.key.tick.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert w.result() == QWizard.DialogCode.Accepted
    clinic = w.clinic
    assert clinic is not None and clinic.access.actor is None
    settings = clinic.settings.all()
    assert settings["country"] == "TZ" and settings["site_prefix"] == "LND"
    assert settings["default_language"] == "sw"
    assert clinic.accounts.login("neema", "baobab tree shade").actor.role == "manager"
    clinic.close()
    # encrypted: plain SQLite cannot read it ...
    assert not is_plain(db)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    # ... and the recovery key opens it on a PC whose key store has nothing
    empty = PlaintextKeyring()
    empty.file_path = str(tmp_path / "other-pc.cfg")
    secrets.use_backend(empty)
    reopened = opening.open_clinic(db, recovery=code).clinic
    assert reopened.settings.get("clinic_name") == "Lindi Health Post"
    reopened.close()


def test_no_key_store_lets_the_manager_choose_a_key_file(qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(secrets, "_explicit", None)
    keyring.set_keyring(NoKeyring())
    key_file = tmp_path / "usb" / "clinic.key"
    asked: list[Path] = []
    monkeypatch.setattr(setup_wizard, "ask_key_file",
                        lambda _p, db: asked.append(db) or key_file)
    db = tmp_path / "clinic.sqlite3"
    w = SetupWizard(db, password_hasher=FAST_HASHER)
    qtbot.addWidget(w)
    w.show()
    fill_clinic(w)
    w.next()
    fill_manager(w)
    w.next()
    assert asked == [db] and key_file.exists()
    assert w.currentPage() is w.recovery_page
    w.clinic.close()  # type: ignore[union-attr]
    assert opening.open_clinic(db, key_file=key_file).clinic.accounts.has_accounts()


def test_cancel_before_the_manager_exists_leaves_no_half_made_database(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "clinic.sqlite3"
    w = SetupWizard(db, password_hasher=FAST_HASHER)
    qtbot.addWidget(w)
    w.show()
    fill_clinic(w)
    w.next()
    fill_manager(w)
    w.manager_page.username.setText("two words")
    w.next()
    assert "no spaces" in w.manager_page.fields.visible()["username"]
    assert db.exists()  # the database was made; the account was not
    w.reject()
    assert not db.exists()


@pytest.fixture
def locked_db(tmp_path: Path) -> tuple[Path, str]:
    """An encrypted clinic with a manager, whose key this PC's key store no longer has."""
    db = tmp_path / "clinic.sqlite3"
    made = opening.open_clinic(db, create=True, password_hasher=FAST_HASHER)
    made.clinic.accounts.create("neema", "baobab tree shade", "manager")
    made.clinic.close()
    fresh = PlaintextKeyring()
    fresh.file_path = str(tmp_path / "new-pc.cfg")
    secrets.use_backend(fresh)
    return db, made.recovery_code or ""


def test_recovery_key_dialog_says_when_a_key_is_wrong_then_opens(
        qtbot, locked_db: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    db, code = locked_db
    dialog = UnlockDialog(db, password_hasher=FAST_HASHER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_button.click()
    assert "Type the recovery key first" in dialog.error.text()
    type_text(dialog.code, code[:-2] + ("AA" if not code.endswith("AA") else "BB"))
    dialog.open_button.click()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text().startswith("⚠")
    assert "recovery key is not right" in dialog.error.text() and dialog.opened is None
    dialog.code.setText(code.lower().replace("-", " "))  # as typed from paper
    dialog.open_button.click()
    assert dialog.opened is not None and dialog.result() == UnlockDialog.DialogCode.Accepted
    dialog.opened.clinic.close()
    # the key went back into this PC's key store: next time it just opens
    assert opening.open_clinic(db).key_source == "keyring"


def when_shown(kind: type, then: Callable[[object], None]) -> None:
    """Act on the next modal window of ``kind`` once it is up (its exec() is running)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            then(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_start_up_without_the_key_asks_for_the_recovery_key(
        qtbot, locked_db: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    db, code = locked_db

    def enter(dialog: object) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.code.setText(code)
        dialog.try_code()

    when_shown(UnlockDialog, enter)
    clinic = gui.open_for_gui(db, password_hasher=FAST_HASHER)
    assert isinstance(clinic, Clinic) and clinic.accounts.has_accounts()
    clinic.close()


def test_plain_database_is_offered_encryption_and_shows_the_key_once(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "clinic.sqlite3"
    plain = Clinic(db, password_hasher=FAST_HASHER)
    plain.accounts.create("neema", "baobab tree shade", "manager")
    plain.close()
    seen: dict[str, str] = {}

    def encrypt(box: object) -> None:
        assert isinstance(box, QMessageBox)
        seen["offer"] = box.text()
        when_shown(RecoveryKeyDialog, keep_key)
        next(b for b in box.buttons() if b.text() == "Encrypt now").click()

    def keep_key(dialog: object) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen["code"] = dialog.key.code
        dialog.reject()  # Escape: not until the key is kept
        assert dialog.isVisible() and not dialog.done_button.isEnabled()
        dialog.key.tick.setChecked(True)
        dialog.done_button.click()

    when_shown(QMessageBox, encrypt)
    clinic = gui.open_for_gui(db)
    assert clinic is not None
    assert "not encrypted" in seen["offer"]
    assert not is_plain(db) and clinic.accounts.has_accounts()
    clinic.close()
    secrets.use_backend(PlaintextKeyring())  # a PC without the key ...
    keyring.get_keyring().file_path = str(tmp_path / "other.cfg")  # type: ignore[attr-defined]
    assert opening.open_clinic(db, recovery=seen["code"]).clinic.accounts.has_accounts()
