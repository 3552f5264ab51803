"""Staff accounts (managers): who may log in, their role, and password resets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.roles import ROLE_LABELS, Role
from clinic_app.errors import ClinicError
from clinic_app.security.accounts import StaffAccount
from clinic_app.services.clinic import Clinic
from clinic_app.ui.account_form import AccountForm
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.widgets.forms import error_label, show_error


def local_time(stamp: str | None, never: str) -> str:
    """A stored UTC stamp as this PC's local date and time."""
    if not stamp:
        return never
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class StaffModel(RowsModel):
    """The staff list: a clinic has a handful of accounts, so all are held."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("Username"), self.tr("Name"), self.tr("Role"),
                        self.tr("Can log in"), self.tr("Must change password"),
                        self.tr("Last log-in")]

    @property
    def accounts(self) -> list[StaffAccount]:
        return self.items

    def set_accounts(self, accounts: list[StaffAccount]) -> None:
        ordered = sorted(accounts, key=lambda a: (not a.active, a.username.casefold()))
        self.set_rows([([a.username, a.display_name, tr_label(ROLE_LABELS[Role(a.role)]),
                         self.tr("Yes") if a.active else self.tr("No — switched off"),
                         self.tr("Yes") if a.must_change_password else self.tr("No"),
                         local_time(a.last_login_at, self.tr("never"))], a)
                       for a in ordered])


class UsersDialog(QDialog):
    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.accounts = clinic.accounts
        self.form: AccountForm | None = None
        self.setWindowTitle(self.tr("Staff accounts"))
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 110)
        intro = QLabel(self.tr(
            "Everyone who uses this PC has their own account. A person who leaves is "
            "switched off (their name stays in the audit trail)."))
        intro.setWordWrap(True)
        self.model = StaffModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("accounts")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = self._button(self.tr("&Add account…"), "add", self.add_account)
        self.reset_button = self._button(self.tr("&Reset password…"), "reset",
                                         self.reset_password)
        self.role_button = self._button(self.tr("Change r&ole…"), "role", self.change_role)
        self.active_button = self._button(self.tr("S&witch off"), "active", self.toggle_active)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.error = error_label("users")
        row = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.role_button, self.active_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()
        self.resize(chars * 110, self.fontMetrics().height() * 24)
        self.table.setFocus()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self, keep: str | None = None) -> None:
        try:
            self.model.set_accounts(self.accounts.list())
        except ClinicError as exc:
            show_error(self.error, tr_label(str(exc)))
            return
        row = next((i for i, a in enumerate(self.model.accounts) if a.id == keep), 0)
        if self.model.rowCount():
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> StaffAccount | None:
        index = self.table.currentIndex()
        return self.model.accounts[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for b in (self.reset_button, self.role_button, self.active_button):
            b.setEnabled(account is not None)
        name = account.username if account else ""
        self.active_button.setText(
            self.tr("S&witch on {0}").format(name) if account and not account.active
            else self.tr("S&witch off {0}").format(name))

    def _open_form(self, mode: str, account: StaffAccount | None) -> None:
        show_error(self.error, "")
        form = AccountForm(self.accounts, mode, account, self)
        form.saved.connect(lambda text: self._saved(text, account))
        self.form = form
        form.finished.connect(lambda _: setattr(self, "form", None))
        form.open()

    def _saved(self, text: str, account: StaffAccount | None) -> None:
        self.message.setText("✔ " + text)
        self.refresh(account.id if account else None)

    def add_account(self) -> None:
        self._open_form("add", None)

    def reset_password(self) -> None:
        if (account := self.selected()) is not None:
            self._open_form("reset", account)

    def change_role(self) -> None:
        if (account := self.selected()) is not None:
            self._open_form("role", account)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        show_error(self.error, "")
        try:
            self.accounts.set_active(account.id, not account.active)
        except ClinicError as exc:
            show_error(self.error, tr_label(str(exc)))
            return
        self.message.setText("✔ " + (
            self.tr("{0} can log in again.") if not account.active else
            self.tr("{0} is switched off and can no longer log in.")).format(account.username))
        self.refresh(account.id)
