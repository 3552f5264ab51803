"""Where to write: the USB sticks plugged in (with their free space) or a folder chosen by
hand, with "Look again for USB sticks" and "Choose a folder…".

Used by Back up now and by Export sync bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FOLDER = Qt.ItemDataRole.UserRole


def backup_drives() -> list[tuple[str, Path, int]]:
    """(label, folder, free bytes) of mounted, writable drives a backup can go to: on Linux
    the removable ones under /media, /run/media and /mnt; elsewhere every drive but the
    system one."""
    out = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if sys.platform.startswith("linux"):
            if not root.startswith(("/media/", "/run/media/", "/mnt/")):
                continue
        elif root == system:
            continue
        name = volume.displayName() or root
        out.append((name, Path(root), int(volume.bytesAvailable())))
    return out


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


class DrivePicker(QWidget):
    """The list of drives (object name ``drives``, named ``accessible_name`` to screen
    readers) and its two buttons; ``path()`` is the folder chosen, or None.

    ``folder_title`` is the title of the "Choose a folder…" window. ``path_changed`` carries
    the new ``path()`` whenever the choice may have changed (and after each look for sticks).
    """

    path_changed = Signal(object)  # Path | None

    def __init__(self, accessible_name: str, folder_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drive_picker")
        self.folder_title = folder_title
        self.drives = QListWidget()
        self.drives.setObjectName("drives")
        self.drives.setAccessibleName(accessible_name)
        self.drives.currentItemChanged.connect(lambda *_: self.path_changed.emit(self.path()))
        self.refresh_button = QPushButton(self.tr("Look again for USB sticks"))
        self.refresh_button.clicked.connect(self.fill_drives)
        self.choose_button = QPushButton(self.tr("Choose a folder…"))
        self.choose_button.setObjectName("choose_folder")
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.drives)
        box.addLayout(row)
        self.fill_drives()

    def fill_drives(self) -> None:
        """Look again for sticks, keeping a folder chosen by hand."""
        chosen = self.path()
        self.drives.clear()
        for name, folder, free in backup_drives():
            self.add_folder(folder, self.tr("{0} ({1}, {2} free)").format(
                name, folder, _size(free)))
        if chosen is not None:
            self.add_folder(chosen)
        if self.drives.count() == 0:
            item = QListWidgetItem(self.tr("No USB stick found. Plug one in and press “Look "
                                           "again”, or choose a folder."))
            item.setData(FOLDER, None)
            self.drives.addItem(item)
        self.drives.setCurrentRow(self.drives.count() - 1 if chosen else 0)
        self.path_changed.emit(self.path())

    def add_folder(self, folder: Path, label: str | None = None) -> None:
        """Add ``folder`` (once) and choose it."""
        for i in reversed(range(self.drives.count())):  # the "no stick found" line goes
            if self.drives.item(i).data(FOLDER) is None:
                self.drives.takeItem(i)
        for i in range(self.drives.count()):
            if self.drives.item(i).data(FOLDER) == str(folder):
                self.drives.setCurrentRow(i)
                return
        item = QListWidgetItem(label or str(folder))
        item.setData(FOLDER, str(folder))
        self.drives.addItem(item)
        self.drives.setCurrentItem(item)

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window(), self.folder_title)
        if name:
            self.add_folder(Path(name))

    def path(self) -> Path | None:
        item = self.drives.currentItem()
        value = item.data(FOLDER) if item is not None else None
        return Path(value) if value else None
