"""Building blocks of the care plan dialog: the pill-count reader, the plain-language
highlighter, the growing text box, one condition's row, what the check found and where,
and the versions list.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.widgets.forms import error_label
from clinic_app.ui.widgets.plain_language import PlainLanguageHighlighter

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}
_HALF = re.compile(r"^(?:(\d+)\s+)?1\s*/\s*2$")



def slot_value(text: str) -> str | float:
    """A pill count as typed ("1", "½", "1½", "0.5"), with "1/2" and "1 1/2" made numbers."""
    text = text.strip()
    half = _HALF.match(text)
    if half:
        return int(half.group(1) or 0) + 0.5
    return text


def two_lines(text: str) -> str:
    """A header split into two lines of about equal words, so a narrow column shows it all."""
    words = text.split()
    half = (len(words) + 1) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:]) if half else text


class GrowingText(QPlainTextEdit):
    """A box for a few lines that grows with what is in it (up to ``most`` lines), so the
    whole text shows without a scroll bar of its own."""

    def __init__(self, lines: int, name: str, most: int = 14) -> None:
        super().__init__()
        self.lines, self.most = lines, most
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._asked = 0  # the height last asked of the layout
        self.document().documentLayout().documentSizeChanged.connect(self._ask)

    def _ask(self, *_args: Any) -> None:
        height = self.sizeHint().height()
        if height != self._asked:
            self._asked = height
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # a new width re-wraps the text; ask for the height it needs once the layout is done
        QTimer.singleShot(0, self, self._ask)

    def sizeHint(self) -> QSize:  # noqa: N802
        # one spare line: room to type on, and the box never needs its own scroll bar
        shown = min(max(int(self.document().size().height()) + 1, self.lines), self.most)
        height = (self.fontMetrics().lineSpacing() * shown + self.frameWidth() * 2
                  + int(self.document().documentMargin() * 2 + 0.5))
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class ConditionRow(QFrame):
    """One condition: its name, its plain explanation, and buttons to remove it or to add
    its warning signs (library conditions only)."""

    remove_requested = Signal(object)
    warnings_requested = Signal(object)

    def __init__(self, key: str, name: str, explanation: str, editable: bool) -> None:
        super().__init__()
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit(name)
        self.name.setObjectName("condition_name")
        self.name.setReadOnly(not editable)
        self.explanation = GrowingText(3, "condition_explanation")
        self.explanation.setPlainText(explanation)
        self.explanation.setReadOnly(not editable)
        self.highlighter = PlainLanguageHighlighter(self.explanation.document())
        self.error = error_label("condition")
        self.warnings_button = QPushButton(self.tr("Add its warning signs"))
        self.warnings_button.setObjectName("add_warning_signs")
        self.warnings_button.clicked.connect(lambda: self.warnings_requested.emit(self))
        self.warnings_button.setVisible(editable and bool(key))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_condition")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.remove_button.setVisible(editable)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.tr("Name"))
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.error)
        explain_label = QLabel(self.tr("In plain words"))
        explain_label.setBuddy(self.explanation)
        form.addRow(explain_label, self.explanation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.warnings_button)
        buttons.addWidget(self.remove_button)
        form.addRow(buttons)

    def number(self, n: int) -> None:
        """Name the row's fields for screen readers as condition ``n``."""
        self.name.setAccessibleName(self.tr("Condition {0} name").format(n))
        self.explanation.setAccessibleName(self.tr("Condition {0} in plain words").format(n))
        self.warnings_button.setAccessibleName(
            self.tr("Add the warning signs of condition {0}").format(n))
        self.remove_button.setAccessibleName(self.tr("Remove condition {0}").format(n))

    def focus_order(self) -> list[QWidget]:
        """The row's fields and buttons in Tab order."""
        return [self.name, self.explanation, self.warnings_button, self.remove_button]


class HistoryDialog(QDialog):
    """The plan's versions, newest first: when, by whom, how often printed."""

    def __init__(self, rows: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care plan versions"))
        self.model = RowsModel([self.tr("Version"), self.tr("Saved on"), self.tr("Saved by"),
                                self.tr("Language"), self.tr("Times printed")], self)
        self.model.set_rows([([str(r["version"]), local_time(r["created_at"]),
                               r["created_by"] or "", LANGUAGE_NAMES.get(r["language"], ""),
                               str(r["prints"])], r) for r in rows])
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        view.setObjectName("history")
        view.setAccessibleName(self.tr("Care plan versions"))
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 80, fm.lineSpacing() * 16)


def local_time(stamp: str | None) -> str:
    """A stored UTC time stamp as local "YYYY-MM-DD HH:MM" (as stored when unreadable)."""
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
