"""Start the GUI: open (or set up) the clinic database, then ask who is logging in.

Start-up, in order: the demo clinic (made on first use); no database yet → the set-up
wizard; an encrypted database whose key is not on this PC → the recovery key; a plain
database → the offer to encrypt it now; a database with no staff account → the wizard's
clinic and manager pages. Then the log-in.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from clinic_app import APP_NAME
from clinic_app.errors import ClinicError
from clinic_app.security.keys import KeyNotFound, is_plain
from clinic_app.security.secrets import KeyringUnavailable
from clinic_app.services import opening
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.text_size import apply_text_size
from clinic_app.ui.theme import apply_theme

logger = logging.getLogger(__name__)

DEMO_PATIENTS = 2000


def demo_key_file(path: Path) -> Path:
    return Path(f"{path}.key")


def open_demo(path: Path, **clinic_args: Any) -> Clinic:
    """The demo clinic: made and filled on first use, with its demo staff accounts.

    Its key is kept in a file beside the database (``<db>.key``). That protects nothing,
    and is only fit for the made-up demo data: a real clinic's key lives in the OS keyring.
    """
    key_file = demo_key_file(path)
    if path.exists() and path.stat().st_size > 0 and is_plain(path):
        opening.encrypt_in_place(path, key_file=key_file).clinic.close()  # an older demo
    clinic = opening.open_clinic(path, key_file=key_file, create=True, **clinic_args).clinic
    from clinic_app.services import demo as demo_data

    if clinic.patients.count() == 0:
        demo_data.generate(clinic, DEMO_PATIENTS, seed=1)
    demo_data.create_demo_accounts(clinic)  # an older demo made before accounts existed
    return clinic


def open_for_gui(path: Path, *, key_file: Path | None = None, parent: QWidget | None = None,
                 **clinic_args: Any) -> Clinic | None:
    """Open (or set up) a real clinic's database, asking the person what is needed.

    None: the person chose to quit. ClinicError: the database cannot be used (the caller
    shows the message).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return _set_up(path, key_file, None, parent, clinic_args)
    try:
        opened = opening.open_clinic(path, key_file=key_file, **clinic_args)
    except KeyNotFound:
        from clinic_app.ui.unlock_dialog import UnlockDialog

        unlock = UnlockDialog(path, parent, **clinic_args)
        if unlock.exec() != QDialog.DialogCode.Accepted or unlock.opened is None:
            return None
        opened = unlock.opened
    if opened.key_source.startswith("none"):
        opened = offer_encryption(opened, key_file, parent)
    if not opened.clinic.accounts.has_accounts():
        return _set_up(path, key_file, opened.clinic, parent, clinic_args)
    return opened.clinic


def _set_up(path: Path, key_file: Path | None, existing: Clinic | None,
            parent: QWidget | None, clinic_args: dict[str, Any]) -> Clinic | None:
    from clinic_app.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(path, key_file=key_file, existing=existing, parent=parent,
                         **clinic_args)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.clinic is None:
        if existing is not None:
            existing.close()
        return None
    return wizard.clinic


def offer_encryption(opened: opening.Opened, key_file: Path | None,
                     parent: QWidget | None) -> opening.Opened:
    """A plain database: offer to encrypt it now, and show its new recovery key once."""
    path = opened.clinic.path
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, QApplication.translate(
        "app", "The clinic's records are not encrypted. Anyone who copies the file {0} can "
        "read every patient's details.\n\nEncrypt them now? It takes a moment; a copy is "
        "checked before the original is replaced. You will be shown a recovery key to "
        "print.").format(path), parent=parent)
    encrypt = box.addButton(QApplication.translate("app", "Encrypt now"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("app", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(encrypt)
    box.exec()
    if box.clickedButton() is not encrypt:
        return opened
    opened.clinic.close()
    while True:
        try:
            done = opening.encrypt_in_place(path, key_file=key_file)
            break
        except KeyringUnavailable:
            from clinic_app.ui import setup_wizard

            chosen = setup_wizard.ask_key_file(parent, path)
            if chosen is None:
                return opening.open_clinic(path)
            key_file = chosen
        except ClinicError as exc:
            QMessageBox.warning(parent, APP_NAME, tr_label(str(exc)))
            return opening.open_clinic(path)
    from clinic_app.ui.widgets.recovery_key import RecoveryKeyDialog

    RecoveryKeyDialog(done.recovery_code or "", str(done.clinic.settings.get("clinic_name")),
                      parent).exec()
    return done


def _install_excepthook() -> None:
    """An unexpected error shows a plain message (and goes to the log), never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logger.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else (
            "Something went wrong and that action did not finish. Your saved work is safe. "
            f"If it happens again, tell your manager: {kind.__name__}: {exc}")
        QMessageBox.warning(None, APP_NAME, text)

    sys.excepthook = hook


def choose_screen_language(language: str | None) -> str:
    """Install the screens' language: ``language`` when given (``--language``), else the one
    chosen on this PC, else (the first run) the person is asked, and the choice kept."""
    from clinic_app.ui import i18n

    if language is None:
        language = i18n.chosen_language()
        if language is None:
            from clinic_app.ui.language_dialog import LanguageDialog

            system = QLocale.system().name()[:2]
            dialog = LanguageDialog(system if system in i18n.UI_LANGUAGES else "en")
            dialog.exec()
            language = dialog.language
            i18n.choose_language(language)
    return i18n.install(language)


def run(path: Path, demo: bool = False, key_file: Path | None = None,
        idle_ms: int | None = None, language: str | None = None) -> int:
    from clinic_app.ui.session import Session

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ClinicCompanion")
    app.setQuitOnLastWindowClosed(False)  # the log-in closes before the main window opens
    choose_screen_language(language)
    previous_hook = sys.excepthook
    _install_excepthook()
    clinic: Clinic | None = None
    try:
        try:
            clinic = open_demo(Path(path)) if demo else open_for_gui(Path(path),
                                                                     key_file=key_file)
        except ClinicError as exc:
            QMessageBox.critical(None, APP_NAME, tr_label(str(exc)))
            print(f"clinic-app: {exc}", file=sys.stderr)
            return 2
        if clinic is None:
            return 0  # the person chose to quit
        apply_text_size(app, str(clinic.settings.get("text_size")))
        apply_theme(app, str(clinic.settings.get("theme")))
        session = Session(clinic, demo=demo, idle_ms=idle_ms)
        session.finished.connect(app.quit)
        session.start()
        code = app.exec()
        session.tasks.wait()
    finally:
        sys.excepthook = previous_hook
        if clinic is not None:
            clinic.close()
    return int(code)
