"""Who is at the keyboard: log in, forced password change, idle lock, switch user.

The main window is made after the first log-in and kept; locking hides its patient data,
closes open dialogs and logs the person out; the next log-in rebuilds the menus for the
new person's role.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_app.security.accounts import LoginResult
from clinic_app.services.clinic import Clinic
from clinic_app.ui.idle import IdleWatcher
from clinic_app.ui.login_dialog import LoginDialog, demo_hint_text
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.password_dialog import ChangePasswordDialog
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import apply_text_size
from clinic_app.ui.theme import apply_theme

logger = logging.getLogger(__name__)


class Session(QObject):
    """``idle_ms``: the idle-lock interval; None reads the clinic's setting (minutes)."""

    #: the app should end (Quit at log-in, or the main window closed)
    finished = Signal()

    def __init__(self, clinic: Clinic, *, tasks: TaskRunner | None = None, demo: bool = False,
                 idle_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks or TaskRunner(self)
        self.demo = demo
        self._idle_ms = idle_ms
        self.window: MainWindow | None = None
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.idle = IdleWatcher(self.idle_interval(), self)
        self.idle.idle.connect(self.lock_idle)
        self._ended = False
        clinic.access.actor = None  # nobody, until someone logs in

    def idle_minutes(self) -> int:
        return int(self.clinic.settings.get("idle_lock_minutes"))

    def idle_interval(self) -> int:
        return self._idle_ms if self._idle_ms is not None else self.idle_minutes() * 60_000

    # logging in -------------------------------------------------------------------
    def start(self) -> None:
        self.show_login()

    def show_login(self, message: str = "") -> None:
        hint = ""
        if self.demo:
            from clinic_app.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

            hint = demo_hint_text(DEMO_ACCOUNTS, DEMO_PASSWORD)
        dialog = LoginDialog(self.clinic, run=self.tasks.run, message=message, demo_hint=hint,
                             parent=self.window)
        dialog.logged_in.connect(self._logged_in)
        dialog.quit_requested.connect(self.quit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        if self.window is None:
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.show()
        else:
            dialog.open()  # over the locked main window
        dialog.activateWindow()
        dialog.username.setFocus()

    def _logged_in(self, result: LoginResult, password: str) -> None:
        if self.login_dialog is not None:
            self.login_dialog.finish()
            self.login_dialog = None
        logger.info("logged in: %s", result.actor.username)
        if result.must_change_password:
            dialog = ChangePasswordDialog(self.clinic.accounts, forced=True,
                                          old_password=password, parent=self.window)
            dialog.changed.connect(self._enter)
            dialog.quit_requested.connect(self.quit)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _: setattr(self, "password_dialog", None))
            self.password_dialog = dialog
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.show()
            dialog.activateWindow()
            return
        self._enter()

    def _enter(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_text_size(app, str(self.clinic.settings.get("text_size")))
        apply_theme(app, str(self.clinic.settings.get("theme")))
        if self.window is None:
            self.window = MainWindow(self.clinic, self.tasks)
            self.window.switch_user_requested.connect(self.switch_user)
            self.window.data_changed.connect(self._settings_changed)
            self.window.closed.connect(self._window_closed)
            self.window.show()
        else:
            self.window.unlock()
        self.window.activateWindow()
        self.window.search_box.setFocus()
        self.idle.start(self.idle_interval())

    def _settings_changed(self, kind: str, _ids: object) -> None:
        if kind == "settings" and self.idle.watching:
            self.idle.start(self.idle_interval())

    # locking ------------------------------------------------------------------------
    def lock_idle(self) -> None:
        minutes = self.idle_minutes()
        self.lock("idle", self.tr("Locked after {0} minutes without use. Log in to continue.")
                  .format(minutes) if minutes != 1 else
                  self.tr("Locked after 1 minute without use. Log in to continue."))

    def switch_user(self) -> None:
        actor = self.clinic.access.actor
        who = (actor.display_name or actor.username) if actor else ""
        self.lock("switch_user", self.tr("{0} logged out. The next person can log in.")
                  .format(who) if who else "")

    def lock(self, reason: str, message: str) -> None:
        """Log out, close every open dialog, hide patient data, ask for a log-in."""
        self.idle.stop()
        self.close_dialogs()
        self.clinic.accounts.logout(reason)
        if self.window is not None:
            self.window.lock(message or self.tr("Locked. Log in to continue."))
        self.show_login(message)

    def close_dialogs(self) -> None:
        """Every open dialog is closed: unsaved typing in them is dropped, by design."""
        for _ in range(5):  # a closed dialog may have been covering another
            open_dialogs = [w for w in QApplication.topLevelWidgets()
                            if isinstance(w, QDialog) and w.isVisible()
                            and w is not self.login_dialog]
            if not open_dialogs:
                break
            for dialog in open_dialogs:
                self._close(dialog)
        if self.window is not None:
            self.window.dialog = None

    @staticmethod
    def _close(dialog: QWidget) -> None:
        if isinstance(dialog, (LoginDialog, ChangePasswordDialog)):
            dialog.finish()
        elif isinstance(dialog, QDialog):
            QDialog.reject(dialog)  # the base reject: some dialogs refuse Escape
            dialog.hide()

    # ending -------------------------------------------------------------------------
    def quit(self) -> None:
        self.idle.stop()
        if self.clinic.access.actor is not None:
            self.clinic.accounts.logout("quit")
        self.close_dialogs()
        for dialog in (self.login_dialog, self.password_dialog):
            if dialog is not None:
                dialog.finish()
        self.login_dialog = self.password_dialog = None
        if self.window is not None:
            self.window.close()  # -> _window_closed
        else:
            self._end()

    def _window_closed(self) -> None:
        if self.clinic.access.actor is not None:
            self.clinic.accounts.logout("quit")
        self._end()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self.idle.close()
            self.finished.emit()
