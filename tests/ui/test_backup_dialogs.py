"""Back up now and Restore from the Manage menu, on the real demo clinic and real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from clinic_app.services.clinic import Clinic
from clinic_app.ui.backup_dialog import BackupDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.restore_dialog import RestoreDialog
from tests.ui.keys import type_text

PHRASE = "mango river blue lantern"


def make_backup(qtbot, window: MainWindow, stick: Path) -> BackupDialog:  # type: ignore[no-untyped-def]
    window.open_backup()
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog)
    stick.mkdir(exist_ok=True)
    dialog.add_folder(stick)
    type_text(dialog.passphrase, PHRASE)
    type_text(dialog.again, PHRASE)
    assert dialog.start_button.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.message.isVisibleTo(dialog))
    return dialog


def test_reminder_then_a_verified_backup_on_the_stick(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    assert window.backup_banner.isVisibleTo(window)
    assert "No verified backup" in window.backup_banner.text()
    dialog = make_backup(qtbot, window, tmp_path / "stick")
    assert dialog.result is not None, dialog.message.text()
    assert "Backup verified" in dialog.outcome.text()
    (made,) = (tmp_path / "stick").glob("*.clinicbackup")
    assert made == dialog.result.path
    dialog.reject()
    qtbot.waitUntil(lambda: not window.backup_banner.isVisibleTo(window))


def test_a_weak_or_mistyped_passphrase_cannot_start(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    window.open_backup()
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.add_folder(tmp_path)
    type_text(dialog.passphrase, "clinic")
    type_text(dialog.again, "clinic")
    assert not dialog.start_button.isEnabled() and "⚠" in dialog.strength.text()
    dialog.passphrase.setText(PHRASE)
    dialog.again.setText(PHRASE + "x")
    assert not dialog.start_button.isEnabled() and "do not match" in dialog.strength.text()


def test_restore_shows_what_it_holds_then_replaces_and_closes(qtbot, window: MainWindow,
                                                              tmp_path: Path,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clinic = window.clinic
    made = make_backup(qtbot, window, tmp_path / "stick").result
    made_path = made.path
    window.dialog.reject()
    later = clinic.patients.register({"given_name": "Added", "family_name": "Afterwards"},
                                     confirmed_new=True)
    window.open_restore()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.file.setText(str(made_path))
    type_text(dialog.passphrase, "the wrong words here")
    dialog.check()
    assert dialog.message.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
    dialog.passphrase.setText(PHRASE)
    dialog.check()
    assert "patients" in dialog.contents.text() and dialog.restore_button.isEnabled()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    path = clinic.db.path
    dialog.confirm_and_restore()
    qtbot.waitUntil(lambda: bool(said))
    assert "kept as" in said[0] and "close" in said[0]
    reopened = Clinic(path, create=False)
    try:
        assert reopened.patients.repo.by_clinic_number(later.clinic_number or "") is None
    finally:
        reopened.close()
    assert list(path.parent.glob(f"{path.name}.before-restore-*"))


def test_automatic_daily_backup_to_a_folder(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Switched on in Settings, with the passphrase remembered in the keyring: a verified
    backup once a day, said in the status bar, as the system whoever is logged in."""
    from clinic_app.backup.service import forget_passphrase, remember_passphrase

    clinic = window.clinic
    folder = tmp_path / "second-copy"
    folder.mkdir()
    window.auto_backup.check()  # off: nothing happens
    assert not list(folder.iterdir())
    clinic.settings.update({"auto_backup_folder": str(folder)})
    window.auto_backup.check()  # no passphrase remembered: says so, makes nothing
    assert "not made" in window.statusBar().currentMessage()
    assert not list(folder.glob("*.clinicbackup"))
    remember_passphrase(PHRASE)
    try:
        window.auto_backup.check()
        qtbot.waitUntil(lambda: bool(list(folder.glob("*.clinicbackup"))))
        assert "Backup verified" in window.statusBar().currentMessage()
        window.auto_backup.check()  # done today: not again
        assert len(list(folder.glob("*.clinicbackup"))) == 1
        entries = clinic.audit.search(action="backup.made")
        assert entries and entries[0].username == "auto-backup"
    finally:
        forget_passphrase()
