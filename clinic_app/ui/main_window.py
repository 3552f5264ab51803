"""The front desk: search box (focused on start), the patient table, and the actions."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import ROLE_LABELS, Permission
from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.services.patients import SearchResult
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.main_menus import build_menus, make_actions
from clinic_app.ui.pages import Pages
from clinic_app.ui.patient_list_model import PatientListModel
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import apply_text_size, scaled
from clinic_app.ui.theme import apply_theme, current_theme

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 60  # wait for a pause in typing this long before searching


class MainWindow(QMainWindow):
    #: emitted after a write: kind ("patient", "settings") and the ids changed
    data_changed = Signal(str, object)
    #: the person asked to lock the screen or hand over to someone else (Ctrl+L)
    switch_user_requested = Signal()
    #: the window closed (the app quits)
    closed = Signal()

    new_action: QAction
    open_action: QAction
    find_action: QAction
    merge_action: QAction
    batch_print_action: QAction
    backup_action: QAction
    restore_action: QAction
    report_action: QAction
    quit_action: QAction
    switch_user_action: QAction
    password_action: QAction
    settings_action: QAction
    users_action: QAction
    audit_action: QAction
    sync_action: QAction
    size_actions: dict[str, QAction]
    contrast_action: QAction

    def __init__(self, clinic: Clinic, tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.clinic = clinic
        self.tasks = tasks or TaskRunner(self)
        self._search_seq = 0
        self.dialog: QDialog | None = None
        self.setWindowTitle(f"{APP_NAME} — {clinic.settings.get('clinic_name')}")
        self.resize(1100, 720)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(
            self.tr("Find a patient: name, phone or clinic number"))
        self.search_box.setAccessibleName(self.tr("Find a patient"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.new_button = QPushButton(self.tr("New patient (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("Register a new patient"))
        self.new_button.clicked.connect(self.new_patient)

        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.linkActivated.connect(self._use_suggestion)
        self.info.setWordWrap(True)

        self.model = PatientListModel(clinic.patients, self, run=self.tasks.run)
        self.model.counted.connect(self._show_count)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("patients")
        self.table.setAccessibleName(self.tr("Patients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # fit columns to the rows on screen only
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        self.backup_banner = QPushButton()
        self.backup_banner.setObjectName("backup_banner")
        self.backup_banner.setAccessibleName(self.tr("Backup reminder"))
        self.backup_banner.setStyleSheet("text-align: left; padding: 6px; font-weight: bold; "
                                         "background: #fff3c4; color: #000; "
                                         "border: 2px solid #8a6d00;")
        self.backup_banner.clicked.connect(lambda: self.open_backup())
        self.backup_banner.hide()
        layout = QVBoxLayout()
        layout.addWidget(self.backup_banner)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.pages = Pages(self, central)  # Patients, Calls today, Contacts, Decliners
        self.setCentralWidget(self.pages)
        self.setTabOrder(self.search_box, self.table)
        self.setTabOrder(self.table, self.new_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._start_search)
        self.search_box.textChanged.connect(lambda _: self._timer.start())

        self.user_label = QLabel()
        self.user_label.setObjectName("user")
        self.statusBar().addPermanentWidget(self.user_label)
        make_actions(self)
        self.data_changed.connect(self._on_data_changed)
        from clinic_app.ui.backup_schedule import AutoBackup

        self.auto_backup = AutoBackup(clinic, self.tasks, self)
        self.auto_backup.said.connect(lambda text: (
            self.statusBar().showMessage(text, 60_000), self.show_backup_reminder()))
        self.auto_backup.start()
        from clinic_app.ui.sync_schedule import AutoSync

        self.auto_sync = AutoSync(clinic, self.tasks, self)  # every N minutes, when enrolled
        self.auto_sync.said.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.auto_sync.finished.connect(
            lambda report: report.applied and self.data_changed.emit("sync", []))
        self.auto_sync.start()
        self.unlock()

    # who is logged in ------------------------------------------------------------
    def unlock(self) -> None:
        """Show the register to the person now logged in, with the menus of their role."""
        build_menus(self)
        actor = self.clinic.access.actor
        if actor is None:
            self.user_label.setText(self.tr("Not logged in"))
        else:
            role = tr_label(ROLE_LABELS[actor.role]) if actor.role else self.tr("system")
            self.user_label.setText(self.tr("Logged in: {0} ({1})").format(
                actor.display_name or actor.username, role))
        self.menuBar().setEnabled(True)
        for widget in (self.search_box, self.new_button, self.table):
            widget.setEnabled(True)
        self.setWindowTitle(f"{APP_NAME} — {self.clinic.settings.get('clinic_name')}")
        self._show_browse_info()
        self.model.browse()
        self._apply_fonts()
        self.pages.unlock()
        self.show_backup_reminder()
        self.search_box.setFocus()

    def show_backup_reminder(self) -> None:
        """For managers: a banner when the last verified backup is older than the setting
        (words and a ⚠ sign, not colour alone); clicking it opens Back up now."""
        from clinic_app.backup.reminders import backup_due

        text = backup_due(self.clinic) if self.clinic.access.can(Permission.BACKUP) else ""
        self.backup_banner.setText(("⚠ " + tr_label(text) + "  " + self.tr(
            "Back up now…")) if text else "")
        self.backup_banner.setVisible(bool(text))

    def lock(self, message: str) -> None:
        """Hide every patient's details until someone logs in again."""
        self._timer.stop()
        self._search_seq += 1  # a search still running must not show its results
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.model.clear()
        self.info.setText(message)
        self.user_label.setText(self.tr("Locked"))
        self.statusBar().clearMessage()
        self.menuBar().setEnabled(False)
        for widget in (self.search_box, self.new_button, self.table):
            widget.setEnabled(False)  # the message above them stays readable
        self.pages.lock()

    def _allowed(self, permission: Permission) -> bool:
        """The same check the services make; a refusal is shown as the service words it."""
        try:
            self.clinic.access.require(permission)
        except ClinicError as exc:
            self._show_error(exc)
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_from_search()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move_selection(key)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # searching -----------------------------------------------------------------
    def _start_search(self) -> None:
        query = self.search_box.text()
        self._search_seq += 1
        seq = self._search_seq
        if not query.strip():
            self._show_browse_info()
            self.model.browse()
            self._fit_columns()
            return
        self.tasks.run(lambda: self.clinic.patients.search(query),
                       lambda result: self._show_results(seq, query, result),
                       self._show_error)

    def _show_results(self, seq: int, query: str, result: SearchResult) -> None:
        if seq != self._search_seq:
            return  # the receptionist typed more since; a newer search is coming
        self.model.show_results(result.patients)
        self._fit_columns()
        if result.patients:
            self.table.selectRow(0)
            n = len(result.patients)
            self.info.setText(
                (self.tr("1 match.") if n == 1 else self.tr("{0} matches.").format(n))
                + " " + self.tr("Enter opens the highlighted patient; arrow keys move."))
        elif result.suggestions:
            links = ", ".join(f'<a href="{html.escape(s)}">{html.escape(s)}</a>'
                              for s in result.suggestions)
            self.info.setText(self.tr("No patient matches “{0}”. Did you mean: {1}?")
                              .format(html.escape(query), links))
        else:
            self.info.setText(self.tr(
                "No patient matches “{0}”. Check the spelling, or register a new patient "
                "(Ctrl+N).").format(html.escape(query)))

    def _show_browse_info(self) -> None:
        # The count of a large register arrives later (model.counted, off the GUI thread).
        self.info.setText(self.tr("Type a name, phone number or clinic number."))
        self.statusBar().showMessage(str(self.clinic.settings.get("clinic_name")))

    def _show_count(self, count: int) -> None:
        if not self.model.searching:
            self.info.setText(self.tr(
                "{0} patients. Type a name, phone number or clinic number.").format(f"{count:,}"))

    def _use_suggestion(self, text: str) -> None:
        self.search_box.setText(text)
        self.search_box.setFocus()

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _move_selection(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10}[Qt.Key(key)]
        row = max(0, min(rows - 1, self._current_row() + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _open_from_search(self) -> None:
        if self._timer.isActive():  # Enter pressed before the pause: search now, then open
            self._timer.stop()
            query = self.search_box.text()
            try:
                result = self.clinic.patients.search(query)
            except ClinicError as exc:
                self._show_error(exc)
                return
            self._search_seq += 1
            self._show_results(self._search_seq, query, result)
        row = self._current_row()
        if row < 0 and self.model.searching and self.model.rowCount():
            row = 0  # the best match; with no search typed, Enter opens nobody at random
        self.open_row(row)

    # records -------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        patient = self.model.patient(row)
        if patient is not None and patient.id:
            self.open_patient(patient.id)

    def open_patient(self, patient_id: str) -> None:
        from clinic_app.ui.patient_dialog import PatientDialog

        try:
            patient = self.clinic.patients.open(patient_id)  # audited: who opened it
        except ClinicError as exc:
            self._show_error(exc)
            return
        dialog = PatientDialog(self.clinic, self.tasks, patient, self)
        dialog.saved.connect(lambda p: self.data_changed.emit("patient", [p.id]))
        dialog.open_other.connect(self.open_patient)
        self._show_dialog(dialog)

    def new_patient(self) -> None:
        from clinic_app.ui.patient_dialog import PatientDialog

        dialog = PatientDialog(self.clinic, self.tasks, None, self,
                               prefill=self.search_box.text())
        dialog.saved.connect(lambda p: self.data_changed.emit("patient", [p.id]))
        dialog.saved.connect(self._show_new)
        dialog.open_other.connect(self.open_patient)
        self._show_dialog(dialog)

    def _show_new(self, patient: Patient) -> None:
        self.search_box.setText(patient.clinic_number or "")
        self._start_search()

    def merge_records(self) -> None:
        from clinic_app.ui.merge_dialog import MergeDialog

        if not self._allowed(Permission.MERGE_PATIENTS):
            return
        row = self._current_row()
        selected = self.model.patient(row) if row >= 0 else None
        dialog = MergeDialog(self.clinic, selected, self)
        dialog.merged.connect(lambda ids: self.data_changed.emit("patient", ids))
        self._show_dialog(dialog)

    def open_settings(self) -> None:
        from clinic_app.ui.settings_dialog import SettingsDialog

        if not self._allowed(Permission.SETTINGS):
            return
        dialog = SettingsDialog(self.clinic, self)
        dialog.saved.connect(lambda: self.data_changed.emit("settings", []))
        dialog.sync_requested.connect(lambda: self.open_sync(over=dialog))
        self._show_dialog(dialog)

    def open_users(self) -> None:
        from clinic_app.ui.users_dialog import UsersDialog

        if self._allowed(Permission.MANAGE_USERS):
            self._show_dialog(UsersDialog(self.clinic, self))

    def open_audit(self) -> None:
        from clinic_app.ui.audit_dialog import AuditDialog

        if self._allowed(Permission.AUDIT):
            self._show_dialog(AuditDialog(self.clinic, self))

    def open_batch_print(self) -> None:
        from clinic_app.ui.batch_print_dialog import BatchPrintDialog

        if self._allowed(Permission.PRINT_HANDOUTS):
            self._show_dialog(BatchPrintDialog(self.clinic, self.tasks, self))

    def open_backup(self) -> None:
        from clinic_app.ui.backup_dialog import BackupDialog

        if self._allowed(Permission.BACKUP):
            dialog = BackupDialog(self.clinic, self.tasks, self)
            dialog.finished.connect(lambda _: self.show_backup_reminder())
            self._show_dialog(dialog)

    def open_sync(self, over: QDialog | None = None) -> None:
        """Settings → Sync (also Manage → Sync with the hub…); ``over`` the settings."""
        from clinic_app.ui.sync_page import SyncDialog

        if not self._allowed(Permission.SYNC):
            return
        dialog = SyncDialog(self.clinic, self.tasks, self.auto_sync, over or self)
        dialog.changed.connect(lambda: self.data_changed.emit("sync", []))
        if over is None:
            self._show_dialog(dialog)
        else:
            self.sync_dialog = dialog
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def open_restore(self) -> None:
        from clinic_app.ui.restore_dialog import RestoreDialog

        if self._allowed(Permission.BACKUP):
            dialog = RestoreDialog(self.clinic, self.tasks, self)
            dialog.restored.connect(self._restored)
            self._show_dialog(dialog)

    def open_report(self) -> None:
        from clinic_app.ui.report_dialog import ReportDialog

        if self._allowed(Permission.REPORTS):
            self._show_dialog(ReportDialog(self.clinic, self.tasks, self))

    def _restored(self, result: object) -> None:
        """The database file was replaced: nothing of the old one may be used any more, so
        the app closes after saying where the old data was kept."""
        QMessageBox.information(self, APP_NAME, self.tr(
            "{0}\n\nClinic Companion will now close. Open it again to work on the restored "
            "data.").format(tr_label(getattr(result, "message", ""))))
        self.close()

    def change_password(self) -> None:
        from clinic_app.ui.password_dialog import ChangePasswordDialog

        self._show_dialog(ChangePasswordDialog(self.clinic.accounts, parent=self))

    def _show_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog without blocking; ``self.dialog`` keeps it alive."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()
        dialog.activateWindow()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.search_box.setFocus()

    def set_high_contrast(self, on: bool) -> None:
        try:
            self.clinic.settings.update({"theme": "high_contrast" if on else "normal"})
        except ClinicError as exc:
            self._show_error(exc)
            return
        self.data_changed.emit("settings", [])

    def set_text_size(self, size: str) -> None:
        try:
            self.clinic.settings.update({"text_size": size})
        except ClinicError as exc:
            self._show_error(exc)
            return
        self.data_changed.emit("settings", [])

    def _on_data_changed(self, kind: str, ids: object) -> None:
        if kind == "settings":
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            size = str(self.clinic.settings.get("text_size"))
            apply_text_size(app, size)
            apply_theme(app, str(self.clinic.settings.get("theme")))
            self.contrast_action.setChecked(current_theme() == "high_contrast")
            if size in self.size_actions:
                self.size_actions[size].setChecked(True)
            self.setWindowTitle(f"{APP_NAME} — {self.clinic.settings.get('clinic_name')}")
            self._apply_fonts()
        # Lists re-read what they show: a search runs again, browsing restarts.
        self._start_search()

    def _fit_columns(self) -> None:
        """Every column but the name wide enough for what it shows (name takes the rest)."""
        for column in range(self.model.columnCount()):
            if column != 1:
                self.table.resizeColumnToContents(column)

    def _apply_fonts(self) -> None:
        self.search_box.setFont(scaled(self.search_box.font(), 1.35))
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 1.6))
        self._fit_columns()

    def _show_error(self, exc: Exception) -> None:
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "Something went wrong: {0}. Your saved work is safe.").format(exc)
        QMessageBox.warning(self, APP_NAME, text)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802
        self.tasks.wait(5000)
        super().closeEvent(event)  # type: ignore[arg-type]
        self.closed.emit()
