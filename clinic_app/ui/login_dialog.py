"""Log in: username, password, and what went wrong in words. Enter logs in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.roles import ROLE_LABELS, Role
from clinic_app.errors import ClinicError
from clinic_app.security.accounts import LoginResult
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import error_label, password_edit, show_error

#: runs a callable (off the GUI thread) and calls back with its result or its error
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


def _run_now(fn: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None]) -> None:
    try:
        result = fn()
    except Exception as exc:
        failed(exc)
    else:
        done(result)


class LoginDialog(QDialog):
    """Checks the password through ``clinic.accounts.login`` (argon2 takes a moment, so it
    runs through ``run``). Escape does not close it; Quit ends the app."""

    logged_in = Signal(object, str)  # LoginResult, the password typed (for a forced change)
    quit_requested = Signal()

    def __init__(self, clinic: Clinic, *, run: Runner | None = None, message: str = "",
                 demo_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._run = run or _run_now
        self._checking = False
        clinic_name = str(clinic.settings.get("clinic_name"))
        self.setWindowTitle(self.tr("Log in — {0}").format(clinic_name))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.heading = QLabel(clinic_name)
        self.heading.setObjectName("heading")
        self.heading.setFont(scaled(self.heading.font(), 1.4))
        self.message = QLabel(message)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = password_edit("password")
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        for field in (self.username, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.error = error_label("login")
        self.error.setAccessibleName(self.tr("Log-in problem"))
        self.hint = QLabel(demo_hint)
        self.hint.setObjectName("demo_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setVisible(bool(demo_hint))
        self.hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.hint.setMargin(8)
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("Log in"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quit")
        self.quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.attempt)
        self.quit_button.clicked.connect(self.quit_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def attempt(self) -> None:
        """Log in with what is typed. An empty field only moves the cursor (no failed try)."""
        name, password = self.username.text().strip(), self.password.text()
        if self._checking:
            return
        if not name:
            show_error(self.error, self.tr("Type your username."))
            self.username.setFocus()
            return
        if not password:
            show_error(self.error, "")
            self.password.setFocus()
            return
        self._busy(True)
        self._run(lambda: self.clinic.accounts.login(name, password),
                  lambda result: self._done(result, password), self._failed)

    def _busy(self, busy: bool) -> None:
        # Read-only rather than disabled: disabling would move the keyboard focus away.
        self._checking = busy
        for widget in (self.username, self.password):
            widget.setReadOnly(busy)
        self.login_button.setText(self.tr("Checking…") if busy else self.tr("Log in"))

    def _done(self, result: LoginResult, password: str) -> None:
        self._busy(False)
        show_error(self.error, "")
        self.password.clear()
        self.logged_in.emit(result, password)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "The password could not be checked ({0}). Try again; if it happens again, "
            "tell your manager.").format(exc)
        show_error(self.error, text)
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape or the window's close button: nothing (the Quit button ends the app)."""

    def finish(self) -> None:
        """Close for good (after logging in, or when the app quits)."""
        super().accept()


def demo_hint_text(accounts: tuple[tuple[str, str, str], ...], password: str) -> str:
    """The demo clinic's staff, shown on its log-in screen only."""
    people = ", ".join(f"{user} ({tr_label(ROLE_LABELS.get(Role(role), role))})"
                       for user, _, role in accounts)
    return QCoreApplication.translate(
        "LoginDialog", "Demo clinic (made-up patients). Log in as {0}. The password for each "
        "is {1}").format(people, password)
