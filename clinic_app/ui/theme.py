"""The colour setting: the usual colours, or high contrast (white and yellow on black) for
people who see poorly. One place sets the whole app's palette; the few widgets with colours
of their own (error messages, banners) ask here which to use.

Nothing is told by colour alone anyway: errors start with ⚠, overdue calls say "Overdue",
the report's changes say "better" or "worse".
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("normal", "high_contrast")
LABELS = {"normal": "Usual colours", "high_contrast": "High contrast (white on black)"}
#: error text: dark red on light, yellow on black
ERROR_COLOUR = {"normal": "#a00000", "high_contrast": "#ffff00"}
HIGH_CONTRAST_SHEET = """
QWidget:focus { border: 3px solid #ffff00; }
QPushButton { border: 2px solid #ffffff; padding: 4px 10px; }
QPushButton:default { border: 3px solid #ffff00; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit {
    border: 2px solid #ffffff; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.9em; height: 0.9em; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QToolTip { color: #ffffff; background: #000000; border: 2px solid #ffff00; }
"""

_current = "normal"
_usual: tuple[str, QPalette] | None = None  # the style and palette before any change


def current_theme() -> str:
    return _current


def error_style() -> str:
    return f"color: {ERROR_COLOUR[_current]}; font-weight: bold;"


def high_contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, black),
                         (QPalette.ColorRole.WindowText, white),
                         (QPalette.ColorRole.Base, black),
                         (QPalette.ColorRole.AlternateBase, QColor("#1c1c1c")),
                         (QPalette.ColorRole.Text, white),
                         (QPalette.ColorRole.Button, black),
                         (QPalette.ColorRole.ButtonText, white),
                         (QPalette.ColorRole.BrightText, yellow),
                         (QPalette.ColorRole.Highlight, yellow),
                         (QPalette.ColorRole.HighlightedText, black),
                         (QPalette.ColorRole.ToolTipBase, black),
                         (QPalette.ColorRole.ToolTipText, white),
                         (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
                         (QPalette.ColorRole.Link, QColor("#00ffff")),
                         (QPalette.ColorRole.Light, white),
                         (QPalette.ColorRole.Mid, QColor("#808080")),
                         (QPalette.ColorRole.Dark, QColor("#c0c0c0"))):
        p.setColor(role, colour)
    disabled = QColor("#b0b0b0")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """Colour the whole app; widgets follow at once (error labels made from now on too)."""
    global _current, _usual
    if _usual is None:
        _usual = (app.style().name(), QPalette(app.palette()))
    theme = theme if theme in THEMES else "normal"
    if theme == "high_contrast":
        app.setStyle(QStyleFactory.create("Fusion"))  # the style that follows a palette
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_SHEET)
    else:
        app.setStyleSheet("")
        app.setStyle(QStyleFactory.create(_usual[0]) or app.style())
        app.setPalette(_usual[1])
    _current = theme
    app.sendPostedEvents()
