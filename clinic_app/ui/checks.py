"""The self-test's checks of Qt itself (``clinic-app --self-test``): its libraries, the PDF
viewer, the window plug-in for this kind of PC, and Qt's own translations. Here, with the
rest of the Qt code; ``clinic_app/selftest.py`` calls them."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6 import __version__ as qt_version
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLibraryInfo,
    QSize,
    QTranslator,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from clinic_app.selftest import StepFailed

_app: Any = None  # the QApplication made for the check (kept alive to the end)


def check_qt(pdf: bytes, native_platform: str) -> str:
    """Every screen's module loads, the PDF viewer draws ``pdf``'s first page off screen,
    and the plug-in that opens windows here (``native_platform``) is there."""
    global _app
    if QCoreApplication.instance() is None:
        # off screen: this checks the libraries, not the screen (no window is shown)
        _app = QApplication(["clinic-app-self-test", "-platform", "offscreen"])
    importlib.import_module("clinic_app.ui.app")
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.pageCount() < 1:
        raise StepFailed(f"Qt's PDF viewer could not read the handout ({document.error()})")
    image = document.render(0, QSize(200, 283))
    document.close()
    if image.isNull():
        raise StepFailed("Qt's PDF viewer could not draw the handout")
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    plugins = [f for d in folders if d.is_dir() for f in d.iterdir()
               if f.name.startswith(native_platform) or f.name.startswith(f"lib{native_platform}")]
    if not plugins:
        raise StepFailed(f"the window plug-in {native_platform} is missing (looked in "
                         f"{', '.join(map(str, folders)) or 'no plug-in folder'})")
    return (f"Qt {qt_version}, the screens load, the PDF viewer draws the handout, "
            f"{native_platform} found")


def missing_qt_translations(languages: list[str]) -> tuple[list[str], str]:
    """The languages Qt's own catalogue (its dialogs' buttons) is missing for, and where
    it looked."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [lang for lang in languages if not QTranslator().load(f"qtbase_{lang}", folder)], \
        folder
