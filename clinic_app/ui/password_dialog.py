"""Change my password: at first log-in after a reset (cannot be skipped), or from the menu."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clinic_app.errors import ClinicError, ValidationError
from clinic_app.security.accounts import MIN_PASSWORD, AccountService
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.widgets.forms import FieldErrors, error_label, password_edit, show_error


class ChangePasswordDialog(QDialog):
    """``forced``: after a manager's reset. Only Save (or Quit, which logs out) leaves it.

    ``old_password``: the password just typed at log-in, so it is not asked again.
    """

    changed = Signal()
    quit_requested = Signal()

    def __init__(self, accounts: AccountService, *, forced: bool = False,
                 old_password: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.forced = forced
        self._old = old_password
        self.setWindowTitle(self.tr("Choose a new password"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        actor = accounts.access.actor
        who = (actor.display_name or actor.username) if actor else ""
        intro = QLabel(self.tr(
            "{0}, your password was set by a manager. Choose your own password now; "
            "only you should know it.").format(who) if forced else self.tr(
            "Choose a new password for {0}.").format(who))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        rules = QLabel(self.tr("At least {0} characters, and not your username. A few words "
                               "you can remember are easier than one short odd word.")
                       .format(MIN_PASSWORD))
        rules.setObjectName("rules")
        rules.setWordWrap(True)
        self.old = password_edit("old_password")
        self.new = password_edit("new_password")
        self.again = password_edit("new_password_again")
        form = QFormLayout()
        self.fields = FieldErrors(form)
        if old_password is None:
            self.fields.add("old_password", self.tr("Current password"), self.old)
        self.fields.add("password", self.tr("New password"), self.new)
        self.fields.add("again", self.tr("New password again"), self.again)
        self.error = error_label("form")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save new password"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        if forced:
            self.quit_button = self.buttons.addButton(self.tr("Log out and quit"),
                                                      QDialogButtonBox.ButtonRole.RejectRole)
            self.quit_button.setObjectName("quit")
            self.quit_button.clicked.connect(self.quit_requested)
        else:
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(super().reject)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(rules)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.new if old_password is not None else self.old).setFocus()

    def save(self) -> None:
        old = self._old if self._old is not None else self.old.text()
        new, again = self.new.text(), self.again.text()
        show_error(self.error, "")
        if new != again:
            self.fields.show({"again": self.tr("The two new passwords are not the same. "
                                               "Type them again.")})
            self.again.clear()
            self.again.setFocus()
            return
        try:
            self.accounts.change_password(old, new)
        except ValidationError as exc:
            self.fields.show(exc.errors)
            if "old_password" in exc.errors and self._old is not None:
                show_error(self.error, exc.errors["old_password"])
            (self.new if "password" in exc.errors else self.old).setFocus()
            return
        except ClinicError as exc:
            show_error(self.error, tr_label(str(exc)))
            return
        self.fields.clear()
        self.changed.emit()
        super().accept()

    def reject(self) -> None:
        """Escape closes the voluntary change only; the forced one must be done (or Quit)."""
        if not self.forced:
            super().reject()

    def finish(self) -> None:
        super().reject()

