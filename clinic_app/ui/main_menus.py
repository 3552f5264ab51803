"""The main window's actions, made once, and its menus, rebuilt for each user's role.

An action a role may not use is hidden (a hidden action's shortcut does nothing too) and
left out of the menus; a menu with nothing left in it is not shown at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from clinic_app.domain.roles import Permission
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.text_size import LABELS

if TYPE_CHECKING:
    from clinic_app.ui.main_window import MainWindow

translate = QCoreApplication.translate

#: actions shown only to roles with the permission
GUARDED = {"merge_action": Permission.MERGE_PATIENTS, "settings_action": Permission.SETTINGS,
           "users_action": Permission.MANAGE_USERS, "audit_action": Permission.AUDIT,
           "batch_print_action": Permission.PRINT_HANDOUTS,
           "backup_action": Permission.BACKUP, "restore_action": Permission.BACKUP,
           "sync_action": Permission.SYNC}
GUARDED.update({name: Permission.INTERCHANGE for name in (
    "import_action", "export_patients_action", "export_follow_ups_action",
    "export_calls_action", "export_fhir_action")})
GUARDED["report_action"] = Permission.REPORTS


def make_actions(w: MainWindow) -> None:
    def action(text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        a = QAction(text, w)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    w.new_action = action(translate("menus", "&New patient"), w.new_patient,
                          QKeySequence(QKeySequence.StandardKey.New))
    w.open_action = action(translate("menus", "&Open selected"),
                           lambda: w.open_row(w._current_row()), QKeySequence("Ctrl+O"))
    w.find_action = action(translate("menus", "&Find"), w.focus_search)
    w.find_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("F3")])
    w.merge_action = action(translate("menus", "&Merge duplicate records…"), w.merge_records)
    w.batch_print_action = action(translate("menus", "Print &handouts for a day's visits…"),
                                  w.open_batch_print)
    w.quit_action = action(translate("menus", "&Quit"), w.close, QKeySequence("Ctrl+Q"))
    w.switch_user_action = action(translate("menus", "&Lock / switch user"),
                                  w.switch_user_requested.emit, QKeySequence("Ctrl+L"))
    w.password_action = action(translate("menus", "Change my &password…"), w.change_password)
    w.settings_action = action(translate("menus", "Clinic &settings…"), w.open_settings)
    w.users_action = action(translate("menus", "Staff &accounts…"), w.open_users)
    w.audit_action = action(translate("menus", "Audit &trail…"), w.open_audit)
    w.backup_action = action(translate("menus", "&Back up now…"), w.open_backup)
    w.restore_action = action(translate("menus", "&Restore a backup…"), w.open_restore)
    w.report_action = action(translate("menus", "Engagement re&port…"), w.open_report)
    w.sync_action = action(translate("menus", "S&ync with the hub…"), lambda: w.open_sync())
    from clinic_app.ui.export_actions import export_data
    from clinic_app.ui.import_wizard import open_import_wizard

    w.import_action = action(translate("menus", "&Import a patient list…"),
                             lambda: open_import_wizard(w))
    w.export_patients_action = action(translate("menus", "&Patients (CSV)…"),
                                      lambda: export_data(w, "patients"))
    w.export_follow_ups_action = action(translate("menus", "&Follow-ups (CSV)…"),
                                        lambda: export_data(w, "follow-ups"))
    w.export_calls_action = action(translate("menus", "&Call outcomes (CSV)…"),
                                   lambda: export_data(w, "calls"))
    w.export_fhir_action = action(translate("menus", "Everything as FHIR (&JSON)…"),
                                  lambda: export_data(w, "fhir"))
    w.contrast_action = action(translate("menus", "High &contrast (white on black)"),
                               w.set_high_contrast)
    w.contrast_action.setCheckable(True)
    group = QActionGroup(w)
    w.size_actions = {}
    for key, label in LABELS.items():
        size = QAction(tr_label(label), w, checkable=True)
        size.triggered.connect(lambda _=False, k=key: w.set_text_size(k))
        group.addAction(size)
        w.size_actions[key] = size


def build_menus(w: MainWindow) -> None:
    """(Re)build the menu bar for whoever is logged in now."""
    access = w.clinic.access
    for name, permission in GUARDED.items():
        getattr(w, name).setVisible(access.can(permission))
    bar = w.menuBar()
    for old in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()
    bar.clear()
    patient = bar.addMenu(translate("menus", "&Patient"))
    for a in (w.new_action, w.open_action, w.find_action):
        patient.addAction(a)
    patient.addSeparator()
    patient.addAction(w.batch_print_action)
    if w.merge_action.isVisible():
        patient.addAction(w.merge_action)
    patient.addSeparator()
    patient.addAction(w.quit_action)
    view = bar.addMenu(translate("menus", "&View"))
    sizes = view.addMenu(translate("menus", "Text &size"))
    current = str(w.clinic.settings.get("text_size"))
    for key, size in w.size_actions.items():
        size.setChecked(key == current)
        sizes.addAction(size)
    w.contrast_action.setChecked(w.clinic.settings.get("theme") == "high_contrast")
    view.addAction(w.contrast_action)
    manage = [a for a in (w.report_action, w.backup_action, w.restore_action, w.users_action,
                          w.audit_action, w.settings_action, w.sync_action) if a.isVisible()]
    if manage:
        menu = bar.addMenu(translate("menus", "&Manage"))
        for a in manage:
            menu.addAction(a)
        if w.import_action.isVisible():
            menu.addSeparator()
            menu.addAction(w.import_action)
            export = menu.addMenu(translate("menus", "&Export"))
            for a in (w.export_patients_action, w.export_follow_ups_action,
                      w.export_calls_action, w.export_fhir_action):
                export.addAction(a)
    me = bar.addMenu(translate("menus", "&User"))
    me.addAction(w.switch_user_action)
    me.addAction(w.password_action)
