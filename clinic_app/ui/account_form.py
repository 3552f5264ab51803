"""One staff account form: add an account, reset its password, or change its role."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.roles import ROLE_LABELS, Role
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.security.accounts import MIN_PASSWORD, AccountService, StaffAccount
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.widgets.forms import FieldErrors, error_label, show_error

WORDS = ("mango", "river", "tulip", "cedar", "lamp", "drum", "maize", "sun", "cloud", "goat",
         "bridge", "kettle", "orange", "pepper", "harbor", "valley", "window", "garden")


def suggest_password() -> str:
    """A temporary password easy to read out: two words and a number (changed at log-in)."""
    return "-".join(secrets.choice(WORDS) for _ in range(2)) + f"-{secrets.randbelow(90) + 10}"


class AccountForm(QDialog):
    """``mode``: 'add', 'reset' (needs ``account``) or 'role' (needs ``account``)."""

    saved = Signal(str)  # what was done, in words

    def __init__(self, accounts: AccountService, mode: str,
                 account: StaffAccount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.mode = mode
        self.account = account
        title = {"add": self.tr("Add a staff account"),
                 "reset": self.tr("Reset a password"),
                 "role": self.tr("Change a role")}[mode]
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        if account is not None:
            who = QLabel(self.tr("Account: {0} ({1})").format(account.display_name,
                                                             account.username))
            who.setObjectName("who")
            who.setWordWrap(True)
            layout.addWidget(who)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(tr_label(ROLE_LABELS[role]), role.value)
        self.password = QLineEdit()
        self.password.setObjectName("temporary_password")
        if mode == "add":
            self.fields.add("username", self.tr("Username (one word)"), self.username)
            self.fields.add("display_name", self.tr("Full name"), self.display_name)
            self.fields.add("role", self.tr("Role"), self.role)
        if mode in ("add", "reset"):
            self.fields.add("password", self.tr("Temporary password"), self._password_row(),
                            self.tr("Temporary password"))
        if mode == "role":
            assert account is not None
            self.role.setCurrentIndex(max(0, self.role.findData(Role(account.role).value)))
            self.fields.add("role", self.tr("New role"), self.role)
        layout.addLayout(form)
        if mode in ("add", "reset"):
            note = QLabel(self.tr(
                "Tell the person this temporary password. They must choose their own at "
                "their next log-in. At least {0} characters, not the username.")
                .format(MIN_PASSWORD))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = error_label("form")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            {"add": self.tr("Add account"), "reset": self.tr("Reset password"),
             "role": self.tr("Change role")}[mode], QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        {"add": self.username, "reset": self.password, "role": self.role}[mode].setFocus()

    def _password_row(self) -> QWidget:
        suggest = QPushButton(self.tr("Suggest one"))
        suggest.setObjectName("suggest")
        suggest.setAutoDefault(False)
        suggest.clicked.connect(lambda: self.password.setText(suggest_password()))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(suggest)
        holder = QWidget()
        holder.setLayout(row)
        holder.setFocusProxy(self.password)
        return holder

    def save(self) -> None:
        show_error(self.error, "")
        try:
            done = self._save()
        except ValidationError as exc:
            self.fields.show(exc.errors)
            return
        except ClinicError as exc:
            self.fields.clear()
            show_error(self.error, tr_label(str(exc)))
            return
        self.saved.emit(done)
        self.accept()

    def _save(self) -> str:
        role = str(self.role.currentData())
        if self.mode == "add":
            made = self.accounts.create(self.username.text(), self.password.text(), role,
                                        display_name=self.display_name.text(),
                                        must_change=True)
            return self.tr("Added {0} ({1}). They choose their own password at their first "
                           "log-in.").format(made.display_name, made.username)
        assert self.account is not None
        if self.mode == "reset":
            self.accounts.reset_password(self.account.id, self.password.text())
            return self.tr("The password of {0} was reset. They choose a new one at their "
                           "next log-in.").format(self.account.username)
        self.accounts.set_role(self.account.id, role)
        return self.tr("{0} is now {1}.").format(self.account.username,
                                                 tr_label(ROLE_LABELS[Role(role)]))
