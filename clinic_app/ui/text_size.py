"""The text-size setting: one place that scales the whole UI."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

POINT_SIZES = {"normal": 11, "large": 14, "extra_large": 18}
LABELS = {"normal": "Normal", "large": "Large", "extra_large": "Extra large"}


def apply_text_size(app: QApplication, size: str) -> None:
    """Set the application font; every widget that doesn't set its own follows at once."""
    font = QFont(app.font())
    font.setPointSize(POINT_SIZES.get(size, POINT_SIZES["normal"]))
    app.setFont(font)
    # Qt posts the font change to each widget; deliver it now so sizes can be measured.
    app.sendPostedEvents()


def scaled(font: QFont, factor: float) -> QFont:
    """``font`` made ``factor`` times the application's current size (headings, search box)."""
    out = QFont(font)
    out.setPointSizeF(QApplication.font().pointSizeF() * factor)
    return out
