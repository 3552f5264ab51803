"""First run: the clinic's details, the first manager, the encrypted database, and the
recovery key shown once.

The database is made when the manager page is committed (key in the OS keyring; if there
is none, the manager chooses a key file). ``existing`` finishes the set-up of a database
that has no staff account yet (its key was made earlier, so no recovery key is shown).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clinic_app import APP_NAME
from clinic_app.domain.patient import LANGUAGES
from clinic_app.domain.roles import Actor, Role
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.security.accounts import MIN_PASSWORD
from clinic_app.security.secrets import KeyringUnavailable
from clinic_app.services import opening
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.settings_check import settings_problems
from clinic_app.ui.widgets.forms import FieldErrors, error_label, password_edit, show_error
from clinic_app.ui.widgets.recovery_key import RecoveryKeyWidget

logger = logging.getLogger(__name__)


def ask_key_file(parent: QWidget | None, db_path: Path) -> Path | None:
    """No secure key store on this PC: explain, then let the manager choose a key file."""
    answer = QMessageBox.question(
        parent, QApplication.translate("setup", "No key store on this PC"),
        QApplication.translate(
            "setup", "This PC has no secure key store (such as the Windows Credential "
            "Manager or GNOME Keyring), so the key that locks the clinic's records cannot be "
            "kept there.\n\nYou can keep the key in a file instead, ideally on a USB stick "
            "kept apart from the PC. Whoever has that file and a copy of the records can "
            "read them.\n\nChoose where to save the key file?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QApplication.translate("setup", "Save the key file"),
        str(db_path.with_name(db_path.stem + ".key")))
    return Path(chosen) if chosen else None


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


class ClinicPage(QWizardPage):
    KEYS = ("clinic_name", "clinic_phone", "country", "default_language", "site_prefix")

    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self.setTitle(self.tr("Your clinic"))
        self.setSubTitle(self.tr("These appear on screens and printed handouts. A manager "
                                 "can change them later in Manage → Clinic settings."))
        self.name = QLineEdit(str(values.get("clinic_name", "")))
        self.phone = QLineEdit(str(values.get("clinic_phone", "")))
        self.country = QLineEdit(str(values.get("country", "")))
        self.country.setMaxLength(2)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(tr_label(label), code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            values.get("default_language", "en"))))
        self.prefix = QLineEdit(str(values.get("site_prefix", "")))
        self.prefix.setMaxLength(5)
        for widget, key in zip((self.name, self.phone, self.country, self.language, self.prefix),
                               self.KEYS, strict=True):
            widget.setObjectName(key)
        form = QFormLayout(self)
        self.fields = FieldErrors(form)
        self.fields.add("clinic_name", self.tr("Clinic name"), self.name)
        self.fields.add("clinic_phone", self.tr("Clinic phone"), self.phone)
        self.fields.add("country", self.tr("Country"), self.country,
                        hint=self.tr("2 letters, for reading phone numbers: KE Kenya, "
                                     "TZ Tanzania, NG Nigeria, MX Mexico…"))
        self.fields.add("default_language", self.tr("Default language"), self.language)
        self.fields.add("site_prefix", self.tr("Clinic numbers start with"), self.prefix,
                        hint=self.tr("2 to 5 letters, e.g. KIB gives KIB-000001"))

    def values(self) -> dict[str, Any]:
        return {"clinic_name": self.name.text().strip(), "clinic_phone": self.phone.text(),
                "country": self.country.text().strip(),
                "default_language": self.language.currentData(),
                "site_prefix": self.prefix.text().strip()}

    def validatePage(self) -> bool:  # noqa: N802
        problems = settings_problems(self.values())
        self.fields.show({k: _sentence(v) for k, v in problems.items()})
        return not problems


class ManagerPage(QWizardPage):
    def __init__(self, commit: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(self.tr("The manager adds the other staff accounts later. Each "
                                 "person logs in with their own name and password."))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = password_edit("password")
        self.again = password_edit("password_again")
        rules = QLabel(self.tr("Password: at least {0} characters, and not the username. A "
                               "few words you can remember are easier than one short odd "
                               "word.").format(MIN_PASSWORD))
        rules.setObjectName("rules")
        rules.setWordWrap(True)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.fields.add("username", self.tr("Username"), self.username,
                        hint=self.tr("One word, typed at every log-in, e.g. amina"))
        self.fields.add("display_name", self.tr("Full name"), self.display_name)
        self.fields.add("password", self.tr("Password"), self.password)
        self.fields.add("again", self.tr("Password again"), self.again)
        self.error = error_label("create")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.error)
        if commit:
            note = QLabel(self.tr("Next, the clinic's records file is made and locked "
                                  "(encrypted) with a new key."))
            note.setWordWrap(True)
            layout.addWidget(note)
            self.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton,
                               self.tr("Create the clinic"))

    def validatePage(self) -> bool:  # noqa: N802
        show_error(self.error, "")
        if self.password.text() != self.again.text():
            self.fields.show({"again": self.tr("The two passwords are not the same. "
                                               "Type them again.")})
            self.again.clear()
            self.again.setFocus()
            return False
        self.fields.clear()
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.create(self.username.text(), self.display_name.text(),
                             self.password.text())


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Keep the recovery key"))
        self.key = RecoveryKeyWidget(parent=self)
        self.key.confirmed_changed.connect(lambda _: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.key.set_code(wizard.recovery_code or "", wizard.clinic_page.values()["clinic_name"])
        # From here the clinic exists: no going back, no cancelling; Finish once ticked.
        wizard.setButtonLayout([QWizard.WizardButton.Stretch,
                                QWizard.WizardButton.FinishButton])

    def isComplete(self) -> bool:  # noqa: N802
        return self.key.confirmed


class SetupWizard(QWizard):
    """On acceptance ``clinic`` is the new clinic (no one logged in yet)."""

    def __init__(self, path: Path, *, key_file: Path | None = None,
                 existing: Clinic | None = None, parent: QWidget | None = None,
                 **clinic_args: Any) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.key_file = key_file
        self.clinic_args = clinic_args
        self.clinic: Clinic | None = existing
        self.recovery_code: str | None = None
        self.made_database = False
        self.setWindowTitle(self.tr("Set up {0}").format(APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumSize(chars * 90, self.fontMetrics().height() * 28)
        start = existing.settings.all() if existing else {"country": "", "site_prefix": "",
                                                           "default_language": "en"}
        self.clinic_page = ClinicPage(start)
        self.manager_page = ManagerPage(commit=existing is None)
        self.addPage(self.clinic_page)
        self.addPage(self.manager_page)
        self.recovery_page: RecoveryPage | None = None
        if existing is None:
            self.recovery_page = RecoveryPage()
            self.addPage(self.recovery_page)

    # making the clinic -------------------------------------------------------------
    def create(self, username: str, display_name: str, password: str) -> bool:
        """Make the database (once), save the settings, add the manager. False: stay."""
        page = self.manager_page
        if self.clinic is None and not self._make_database():
            return False
        assert self.clinic is not None
        self.clinic.access.actor = Actor.system("setup")
        try:
            self.clinic.settings.update(self.clinic_page.values())
            self.clinic.accounts.create(username, password, Role.MANAGER,
                                        display_name=display_name, must_change=False)
        except ValidationError as exc:
            page.fields.show({k: _sentence(v) for k, v in exc.errors.items()})
            return False
        except ClinicError as exc:
            show_error(page.error, tr_label(str(exc)))
            return False
        finally:
            self.clinic.access.actor = None
        return True

    def _make_database(self) -> bool:
        key_file = self.key_file
        while True:
            try:
                opened = opening.open_clinic(self.path, key_file=key_file, create=True,
                                             **self.clinic_args)
            except KeyringUnavailable:
                key_file = ask_key_file(self, self.path)
                if key_file is None:
                    show_error(self.manager_page.error, self.tr(
                        "The clinic was not created: it needs a key store or a key file."))
                    return False
                continue
            except ClinicError as exc:
                show_error(self.manager_page.error, tr_label(str(exc)))
                return False
            break
        self.key_file = key_file
        self.clinic = opened.clinic
        self.recovery_code = opened.recovery_code
        self.made_database = True
        return True

    def reject(self) -> None:
        """Cancel before the manager exists removes the half-made database; after, the
        recovery key must be confirmed first (the Finish button)."""
        if self.recovery_page is not None and self.currentPage() is self.recovery_page:
            return
        if self.made_database and self.clinic is not None:
            self.clinic.close()
            self.clinic = None
            for leftover in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        super().reject()
