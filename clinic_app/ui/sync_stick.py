"""Sync bundles on a USB stick, for clinics with no link at all (shared/SYNC.md, "Sneakernet"):
the Sync page's box with "Export sync bundle…" and "Import sync bundle…", and the window
that picks where to write one (the USB sticks plugged in, as for a backup, or a folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.errors import ClinicError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.drives import DrivePicker, backup_drives
from clinic_app.ui.widgets.forms import error_label, show_error


class StickDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export sync bundle"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        intro = QLabel(self.tr("Plug in the USB stick, choose it, and press “Write the bundle "
                               "here”."))
        intro.setWordWrap(True)
        self.picker = DrivePicker(self.tr("USB sticks and folders to write the bundle to"),
                                  self.tr("Folder for the sync bundle"))
        self.picker.path_changed.connect(lambda *_: self._update())
        buttons = QDialogButtonBox()
        self.write_button = buttons.addButton(self.tr("Write the bundle here"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("write_bundle")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self._update()

    def add_folder(self, folder: Path, label: str | None = None) -> None:
        self.picker.add_folder(folder, label)

    def folder(self) -> Path | None:
        return self.picker.path()

    def _update(self) -> None:
        self.write_button.setEnabled(self.folder() is not None)


def first_drive() -> Path:
    """Where the "import" file window opens: the first USB stick, or the home folder."""
    drives = backup_drives()
    return drives[0][1] if drives else Path.home()


class BundleBox(QGroupBox):
    """"No internet? Carry the changes on a USB stick": export a bundle to a stick, import the
    hub's return bundle (or another clinic's bundle), each said in plain words."""

    done = Signal()  # a bundle was written or read: the page shows the new state
    changed = Signal()  # records changed here (a bundle was read)

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("No internet? Carry the changes on a USB stick"), parent)
        self.clinic = clinic
        self.tasks = tasks
        self.busy = False
        self.setObjectName("stick_box")
        how = QLabel(self.tr(
            "Export writes the changes made on this PC to a USB stick for the district "
            "office. Import reads the return bundle they give back (a .clinicsync file)."))
        how.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export sync bundle…"))
        self.export_button.setObjectName("export_bundle")
        self.export_button.setAccessibleName(self.tr("Export a sync bundle to a USB stick"))
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton(self.tr("Import sync bundle…"))
        self.import_button.setObjectName("import_bundle")
        self.import_button.setAccessibleName(self.tr("Import a sync bundle from a USB stick"))
        self.import_button.clicked.connect(self.choose_bundle)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setObjectName("bundle_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.error = error_label("bundle")
        box = QVBoxLayout(self)
        box.addWidget(how)
        box.addLayout(row)
        box.addWidget(self.outcome)
        box.addWidget(self.error)

    def set_busy(self, busy: bool) -> None:
        """While a sync or a bundle runs, no second one starts."""
        self.busy = busy
        for button in (self.export_button, self.import_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def export_bundle(self) -> None:
        self.stick = StickDialog(self.window())
        self.stick.accepted.connect(lambda: self._export_to(self.stick.folder()))
        self.stick.open()

    def _export_to(self, folder: Path | None) -> None:
        if folder is None:
            return
        sync = self.clinic.sync
        self._started(self.tr("Writing the sync bundle…"))
        self.tasks.run(lambda: (sync.pending(), sync.export_bundle(folder)), self._exported,
                       self._failed)

    def _exported(self, result: tuple[int, Path]) -> None:
        n, path = result
        self._done(self.tr(
            "✓ Sync bundle written: {0} in {1}. It carries the {2} changes the hub does not "
            "have yet. Take it to the district office, and import the return bundle they "
            "give you.").format(path.name, path.parent, n))

    def choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Sync bundle to import"),
                                              str(first_drive()),
                                              self.tr("Sync bundles (*.clinicsync)"))
        if name:
            self.import_bundle(Path(name))

    def import_bundle(self, path: Path) -> None:
        sync = self.clinic.sync
        self._started(self.tr("Reading the sync bundle…"))
        self.tasks.run(lambda: sync.import_bundle(path), self._imported, self._failed)

    def _imported(self, report: Any) -> None:
        if report.kind == "hub-return":
            text = self.tr("✓ Return bundle read: {0} changes from other PCs applied; the hub "
                           "confirmed {1} changes made on this PC.").format(
                report.applied, report.acknowledged)
        else:
            text = self.tr("✓ Bundle read: {0} changes applied.").format(report.applied)
        if report.duplicates:
            text += " " + self.tr("({0} were here already.)").format(report.duplicates)
        if report.conflicts:
            text += " " + self.tr("⚠ Two PCs changed the same details at the same time "
                                  "({0}): choose the right version below.").format(
                report.conflicts)
        if report.quarantined:
            text += " " + self.tr("⚠ The hub held back {0} changes made on this PC: its clock "
                                  "looks wrong.").format(report.quarantined)
        self._done(text)
        self.changed.emit()

    def _started(self, text: str) -> None:
        for button in (self.export_button, self.import_button):
            button.setEnabled(False)
        show_error(self.error, "")
        self._say(text)

    def _done(self, text: str) -> None:
        self.set_busy(self.busy)
        self._say(text)
        self.done.emit()

    def _failed(self, exc: Exception) -> None:
        self.set_busy(self.busy)
        self._say("")
        show_error(self.error, tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "That did not finish: {0}. Your work is safe on this PC.").format(exc))
