"""The plain-language check of an editor: grades the words the patient will read, lists the
long sentences and hard words with a suggestion for each, and marks them in the fields.

An editor hands ``PlainLanguageCheck`` its text as ``Segment`` lines (each knowing the field it
came from), shows ``panel`` beside its form and calls ``schedule()`` after every edit; the
check runs after a pause in typing, once ``start()`` has warmed ``readability`` up off the
GUI thread. Choosing a suggestion puts the cursor on its text; "Use plain words" replaces a
hard word with the plain words offered for it.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain import readability
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import hint_label

LONG_BACKGROUND = QColor("#fff3c4")
LONG_UNDERLINE = QColor("#8a6d00")
JARGON_UNDERLINE = QColor("#b00000")


class PlainLanguageHighlighter(QSyntaxHighlighter):
    """Marks long sentences (background and underline) and jargon (wavy underline).

    The marks come from the last plain-language check, keyed by the text of the
    line they were found in, so a line typed since is left plain until the next check.
    ``ranges`` records what was marked, by block number.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marks: dict[str, list[tuple[int, int, str]]] = {}
        self.ranges: dict[int, list[tuple[int, int, str]]] = {}

    def set_marks(self, marks: dict[str, list[tuple[int, int, str]]]) -> None:
        """Mark ``(start, end, kind)`` ranges in each line whose text is a key."""
        if marks == self.marks:
            return
        self.marks = marks
        self.ranges = {}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        number = self.currentBlock().blockNumber()
        marks = sorted(self.marks.get(text, ()), key=lambda m: m[2] == "jargon")
        if not marks:
            self.ranges.pop(number, None)
            return
        for start, end, kind in marks:  # long sentences first, then jargon inside them
            if kind == "jargon":
                fmt = QTextCharFormat(self.format(start))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(JARGON_UNDERLINE)
            else:
                fmt = QTextCharFormat()
                fmt.setBackground(LONG_BACKGROUND)
                fmt.setForeground(QColor("#000000"))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(LONG_UNDERLINE)
            self.setFormat(start, end - start, fmt)
        self.ranges[number] = marks


@dataclass(frozen=True)
class Segment:
    """One line of patient-facing text, where it sits in the checked text and on screen."""

    start: int  # offset in the checked text
    text: str
    where: str  # the field, in words
    target: Any  # QPlainTextEdit | QLineEdit | (row, column) of the medicines table
    offset: int  # where the line starts inside its field


@dataclass(frozen=True)
class Found:
    """One thing the check flagged, placed inside its segment's line."""

    flag: readability.Flag
    segment: Segment
    start: int  # inside the segment's line
    end: int



logger = logging.getLogger(__name__)

CHECK_DELAY_MS = 400
_NUMBER = re.compile(r"\d+")

#: the checked text (the segments' lines joined by newlines) and its segments, in order
Segments = Callable[[], tuple[str, list[Segment]]]
#: every multi-line field that may carry marks, with the highlighter on its document
Fields = Callable[[], list[tuple[QPlainTextEdit, PlainLanguageHighlighter]]]


class PlainLanguageCheck(QObject):
    """The check of one editor's patient-facing text, and its panel (``panel``).

    The editor supplies ``segments`` (what to check), ``language`` (the language code to check
    in), ``fields`` (where marks go), ``status`` (a label for what was done), ``scroll`` (the
    scroll area holding the fields) and, when a segment's target is a ``(row, column)`` cell,
    the ``table`` it is in. ``marking`` is true while marks are being redrawn: text-changed
    signals then are not edits. Call ``start()`` once the form is filled.
    """

    def __init__(self, parent: QWidget, tasks: TaskRunner, segments: Segments,
                 language: Callable[[], str], fields: Fields, *, status: QLabel,
                 scroll: QScrollArea, table: QTableWidget | None = None,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.segments, self.language, self.fields = segments, language, fields
        self.status, self.scroll, self.table = status, scroll, table
        self.editable = editable
        self.found: list[Found] = []
        self.result: readability.Readability | None = None
        self.ready = False  # readability warmed up
        self.marking = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run_check)
        self.panel = self._check_panel(parent)

    def _check_panel(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Plain-language check"))
        box.setMinimumWidth(parent.fontMetrics().averageCharWidth() * 34)
        self.grade = QLabel(self.tr("Getting the reading check ready…"))
        self.grade.setObjectName("grade")
        self.grade.setWordWrap(True)
        self.grade.setFont(scaled(self.grade.font(), 1.15))
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(self.tr("Suggestions"))
        self.suggestions.setAccessibleDescription(self.tr(
            "Choose a suggestion to go to its text."))
        self.suggestions.setWordWrap(True)
        self.suggestions.itemClicked.connect(self.go_to)
        self.suggestions.itemActivated.connect(self.go_to)
        self.suggestions.currentItemChanged.connect(lambda *_: self._update_plain_button())
        label = QLabel(self.tr("&Suggestions (choose one to go to it):"))
        label.setWordWrap(True)
        label.setBuddy(self.suggestions)
        self.plain_button = QPushButton(self.tr("Use plain words"))
        self.plain_button.setObjectName("use_plain_words")
        self.plain_button.setToolTip(self.tr("Put the plain words in place of the chosen word."))
        self.plain_button.clicked.connect(self.use_plain_words)
        self.plain_button.setVisible(self.editable)
        self.plain_button.setEnabled(False)
        legend = hint_label(self.tr(
            "In the fields: a long sentence has a yellow background and a straight "
            "underline; a hard word has a wavy underline."))
        v = QVBoxLayout(box)
        v.addWidget(self.grade)
        v.addWidget(self.counts)
        v.addWidget(label)
        v.addWidget(self.suggestions, 1)
        v.addWidget(self.plain_button)
        v.addWidget(legend)
        return box

    def start(self) -> None:
        """Warm ``readability`` up off the GUI thread; the first check runs when it is done."""
        self.tasks.run(readability.warm_up, self._warmed, self._warmed)

    def schedule(self) -> None:
        """Check again after a pause in typing (each call restarts the wait)."""
        self.timer.start()

    def _warmed(self, *_args: Any) -> None:
        if not shiboken6.isValid(self):  # closed and deleted while the check warmed up
            return
        self.ready = True
        self.run_check()

    def run_check(self) -> None:
        """Grade every patient-facing text and mark what to fix (after a pause in typing)."""
        self.timer.stop()
        if not self.ready:
            return  # warm_up calls back here when it is done
        text, segments = self.segments()
        try:
            result = readability.check(text, self.language())
        except ValueError as exc:
            logger.warning("plain-language check failed: %s", exc)
            return
        self.result = result
        self.found = []
        for flag in result.flags:
            seg = next((s for s in segments
                        if s.start <= flag.start and flag.end <= s.start + len(s.text)), None)
            if seg is not None:  # a phrase across two lines is not one phrase
                self.found.append(Found(flag, seg, flag.start - seg.start,
                                        flag.end - seg.start))
        self._show_result(result)
        self._highlight()

    def _verdict(self, r: readability.Readability) -> str:
        if r.score is None:
            return self.tr("Nothing to check yet")
        target = readability.TARGETS[r.language]
        shown = math.floor(r.score + 0.5)  # as the check rounds it
        if not r.higher_is_easier:
            grade = self.tr("grade 1 or below") if shown <= 1 else self.tr(
                "grade {0}").format(shown)
            return (self.tr("✓ Easy to read ({0})").format(grade) if r.ok else
                    self.tr("⚠ Hard to read: {0} — aim for {1:g} or lower").format(
                        grade, target))
        shown = min(max(shown, 0), 100)
        return (self.tr("✓ Easy to read (score {0} out of 100)").format(shown) if r.ok else
                self.tr("⚠ Hard to read: score {0} out of 100 — aim for {1:g} or higher")
                .format(shown, target))

    def _suggestion_text(self, found: Found) -> str:
        flag = found.flag
        if flag.kind == "jargon":
            text = self.tr("“{0}” → say “{1}”").format(flag.text, flag.suggestion)
        else:
            number = _NUMBER.search(flag.suggestion)
            words = number.group() if number else str(len(flag.text.split()))
            text = self.tr("Long sentence ({0} words): split it").format(words)
        return f"{text}\n    {found.segment.where}"

    def _show_result(self, r: readability.Readability) -> None:
        self.grade.setText(self._verdict(r))
        if r.score is None:
            self.counts.setText(self.tr("The patient's words are checked as you type."))
        else:
            self.counts.setText(self.tr("{0} words in {1} sentences; {2} to fix.").format(
                r.words, r.sentences, len(self.found)) if self.found else
                self.tr("{0} words in {1} sentences; nothing to fix.").format(
                    r.words, r.sentences))
        keep = self.suggestions.currentRow()
        self.suggestions.clear()
        for i, found in enumerate(self.found):
            item = QListWidgetItem(("⚠ " if found.flag.kind == "long_sentence" else "✎ ")
                                   + self._suggestion_text(found))
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(found.flag.text)
            self.suggestions.addItem(item)
        if 0 <= keep < self.suggestions.count():
            self.suggestions.setCurrentRow(keep)
        self._update_plain_button()

    def _highlight(self) -> None:
        marks: dict[QPlainTextEdit, dict[str, list[tuple[int, int, str]]]] = {}
        for found in self.found:
            target = found.segment.target
            if isinstance(target, QPlainTextEdit):
                lines = marks.setdefault(target, {})
                lines.setdefault(found.segment.text, []).append(
                    (found.start, found.end, found.flag.kind))
        self.marking = True
        try:
            for edit, highlighter in self.fields():
                highlighter.set_marks(marks.get(edit, {}))
        finally:
            self.marking = False

    def highlighter_for(self, edit: QPlainTextEdit) -> PlainLanguageHighlighter:
        """The highlighter marking ``edit`` (one of ``fields()``)."""
        for field, highlighter in self.fields():
            if field is edit:
                return highlighter
        raise KeyError(edit.objectName())

    def _selected(self) -> Found | None:
        item = self.suggestions.currentItem()
        if item is None:
            return None
        index = item.data(Qt.ItemDataRole.UserRole)
        return self.found[index] if isinstance(index, int) and index < len(self.found) else None

    def _update_plain_button(self) -> None:
        found = self._selected()
        self.plain_button.setEnabled(found is not None and found.flag.kind == "jargon")

    def go_to(self, item: QListWidgetItem | None = None) -> None:
        """Put the cursor on the suggestion's text, in its field."""
        found = self._selected()
        if found is None:
            return
        target, seg = found.segment.target, found.segment
        if isinstance(target, QPlainTextEdit):
            cursor = QTextCursor(target.document())
            cursor.setPosition(seg.offset + found.start)
            cursor.setPosition(seg.offset + found.end, QTextCursor.MoveMode.KeepAnchor)
            target.setTextCursor(cursor)
            target.setFocus()
            target.ensureCursorVisible()
            self.scroll.ensureWidgetVisible(target)
        elif isinstance(target, QLineEdit):
            target.setFocus()
            target.setSelection(found.start, found.end - found.start)
            self.scroll.ensureWidgetVisible(target)
        elif self.table is not None:
            row, col = target
            self.scroll.ensureWidgetVisible(self.table)
            self.table.setFocus()
            self.table.setCurrentCell(row, col)
            if self.editable:
                self.table.editItem(self.table.item(row, col))
                editor = QApplication.focusWidget()
                if isinstance(editor, QLineEdit):
                    editor.setSelection(found.start, found.end - found.start)

    def use_plain_words(self) -> None:
        """Replace the chosen hard word with the plain words suggested for it."""
        found = self._selected()
        if found is None or found.flag.kind != "jargon" or not self.editable:
            return
        target, seg = found.segment.target, found.segment
        plain = found.flag.suggestion
        if isinstance(target, QPlainTextEdit):
            block = target.document().findBlock(seg.offset)
            if block.position() != seg.offset or block.text() != seg.text:
                return self._stale()
            cursor = QTextCursor(target.document())
            cursor.setPosition(seg.offset + found.start)
            cursor.setPosition(seg.offset + found.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(plain)
            target.setTextCursor(cursor)
        elif isinstance(target, QLineEdit):
            if target.text() != seg.text:
                return self._stale()
            target.setText(seg.text[:found.start] + plain + seg.text[found.end:])
        else:
            item = self.table.item(*target) if self.table is not None else None
            if item is None or item.text() != seg.text:
                return self._stale()
            item.setText(seg.text[:found.start] + plain + seg.text[found.end:])
        self.status.setText(self.tr("“{0}” is now “{1}”.").format(found.flag.text, plain))
        self.run_check()

    def _stale(self) -> None:
        self.status.setText(self.tr("That text changed since the check: choose the "
                                    "suggestion again."))
        self.run_check()
