"""Accessibility: names a screen reader speaks, a tab order that follows the screen, the
whole search → open → call → log outcome → print path by keyboard alone, and no
information by colour alone."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from clinic_app.services.clinic import Clinic
from clinic_app.ui.handout_dialog import HandoutDialog
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from tests.ui.keys import press, type_text
from tests.ui.screens import walk_screens
from tests.ui.test_calls import back_to_queue, open_calls, open_panel, queue_ids, selected_id

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit, QTabBar)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls of ``root`` a person can reach with the keyboard."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisibleTo(root) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root.window()
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]  # their own


def spoken_name(w: QWidget) -> str:
    """What a screen reader says for ``w``: its accessible name, else what Qt derives (a
    button's text, a field's label)."""
    face = QAccessible.queryAccessibleInterface(w)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def test_every_control_on_the_main_screens_has_a_name(qtbot, demo_clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    nameless: list[str] = []
    counted = 0

    def check(screen: str, root: QWidget) -> None:
        nonlocal counted
        for w in controls(root):
            counted += 1
            if not spoken_name(w):
                nameless.append(f"{screen}: {type(w).__name__} #{w.objectName()}")

    assert walk_screens(qtbot, demo_clinic, check) >= 13
    assert counted > 120
    assert not nameless, f"{len(nameless)} controls without a name:\n" + "\n".join(nameless)


def tab_walk(root: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The controls Tab visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(limit):
        press(root, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is None or w is start:
            break
        seen.append(w)
    return seen


def reading_order_breaks(order: list[QWidget]) -> list[str]:
    """Places where Tab goes up the screen inside one box (a field skipped and come back to):
    in reading order each next control of a group box is level with or below the last."""
    breaks = []
    last: dict[int, tuple[int, QWidget]] = {}
    for w in order:
        box = w.parentWidget()
        while box is not None and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if box is None:
            continue
        y = w.mapTo(box, w.rect().topLeft()).y()
        before = last.get(id(box))
        if before is not None and y + 4 < before[0]:
            breaks.append(f"{box.title()}: {before[1].objectName()} -> {w.objectName()}")
        last[id(box)] = (y, w)
    return breaks


def test_tab_reaches_every_control_in_reading_order(qtbot, demo_clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []

    def check(screen: str, root: QWidget) -> None:
        reachable = controls(root)
        if not reachable:
            return
        root.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window())
        def place(w: QWidget) -> tuple[int, int]:
            at = w.mapTo(root.window(), w.rect().topLeft())
            return at.y(), at.x()

        order = tab_walk(root, min(reachable, key=place))  # from the top: Tab wraps once
        missed = [w for w in reachable if w not in order and not isinstance(w, QTabBar)
                  and not (isinstance(w, QRadioButton) and not w.isChecked())]  # arrows
        problems.extend(f"{screen}: Tab never reaches {type(w).__name__} #{w.objectName()}"
                        for w in missed)
        problems.extend(f"{screen}: {b}" for b in reading_order_breaks(order))

    walk_screens(qtbot, demo_clinic, check)
    assert not problems, "\n".join(problems)


def due_patient_with_plan(clinic: Clinic):  # type: ignore[no-untyped-def]
    """A reachable patient with a care plan whose medicine check is 13 days overdue: the
    first in today's queue."""
    import datetime as dt

    today = clinic.calls.today()
    for _, p in clinic.patients.list_at(0, 300):
        if p.do_not_contact or not p.phones or p.status.value != "active" or \
                p.contact_status != "ok" or p.wrong_phones or \
                clinic.care_plans.current(p.id or "") is None or \
                any(r.entry.patient_id == p.id for r in clinic.calls.queue()):
            continue
        clinic.visits.record_visit(p.id or "", visit_date=today - dt.timedelta(days=20),
                                   clinician="Dr Achieng", reason="Blood pressure",
                                   medicines_changed=True)
        if clinic.calls.queue()[0].entry.patient_id == p.id:
            return p
    raise AssertionError("no patient with a plan could be queued first")


def find_and_open(qtbot, window: MainWindow, p) -> PatientDialog:  # type: ignore[no-untyped-def]
    """Type ``p``'s name in the search box (it has the cursor), Enter: their record."""
    assert QApplication.focusWidget() is window.search_box
    type_text(window.search_box, p.full_name)
    qtbot.waitUntil(lambda: not window._timer.isActive() and window.model.rowCount() > 0
                    and window.model.patient(0) is not None
                    and window.model.patient(0).id == p.id)
    press(window, Qt.Key.Key_Return)
    record = window.dialog
    assert isinstance(record, PatientDialog) and record.patient is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is record)
    assert record.patient.id == p.id
    return record


def test_search_open_call_log_and_print_by_keyboard_alone(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    clinic = window.clinic
    p = due_patient_with_plan(clinic)

    # search: the box has the cursor at start; type, Enter opens the best match
    record = find_and_open(qtbot, window, p)
    press(record, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not record.isVisible())
    window.activateWindow()  # as a desktop's window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # call: Ctrl+2, the patient is first; Enter opens the call; R reached; the short form
    page = open_calls(qtbot, window)
    assert selected_id(page) == p.id
    panel = open_panel(qtbot, window, page)
    press(panel, Qt.Key.Key_R)
    form = panel.reached
    assert QApplication.focusWidget() is form.adherence.buttons["yes"]
    press(panel, Qt.Key.Key_Space)  # taking them as agreed
    for _ in range(7):  # past the barriers to how they feel
        press(panel, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.feeling.buttons["better"]
    press(panel, Qt.Key.Key_Space)
    assert form.values()["taking_medicines"] == "yes" and form.values()["feeling"] == "better"
    press(panel, Qt.Key.Key_Return)  # logs it
    back_to_queue(qtbot, window, page)
    assert p.id not in queue_ids(page)
    assert [tuple(r) for r in clinic.db.query(
        "SELECT outcome, taking_medicines, feeling FROM call_attempts WHERE patient_id = ?",
        (p.id,))] == [("reached", "yes", "better")]

    # print: Ctrl+1, Ctrl+F, the name, Enter; Alt+H the handout; Alt+P; Enter in Qt's dialog
    press(window, Qt.Key.Key_1, CTRL)
    press(window, Qt.Key.Key_F, CTRL)
    record = find_and_open(qtbot, window, p)
    press(record, Qt.Key.Key_H, ALT)  # the button's underlined letter (clicks it after 100 ms)
    qtbot.waitUntil(lambda: getattr(record, "handout", None) is not None)
    handout = record.handout
    assert isinstance(handout, HandoutDialog)
    qtbot.waitUntil(lambda: bool(handout.pdf) and QApplication.activeWindow() is handout)
    out = tmp_path / "printed.pdf"
    handout.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # stands in for a printer
    handout.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    handout.printer.setOutputFileName(str(out))
    answered: list[str] = []

    def accept_print_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, accept_print_dialog)
            return
        answered.append(dialog.windowTitle())
        press(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(50, accept_print_dialog)
    press(handout, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    assert answered
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == handout.document.pageCount()
    assert [r["destination"] for r in clinic.care_plans.prints(p.id or "")] == ["printer"]


def test_overdue_and_badges_are_words_not_only_colour(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What emphasis or colour says is in words (or a sign) too."""
    from PySide6.QtWidgets import QLabel

    from clinic_app.ui.queue_model import QueueModel
    from clinic_app.ui.report_dialog import ReportDialog
    from clinic_app.ui.widgets.forms import error_label, show_error

    due_patient_with_plan(window.clinic)
    page = open_calls(qtbot, window)
    model = page.model
    assert isinstance(model, QueueModel)
    emphasised = [model.cell(model.row(r), 2) for r in range(model.rowCount())
                  if model.data(model.index(r, 2), Qt.ItemDataRole.FontRole) is not None]
    assert emphasised and all(t.startswith("Overdue") for t in emphasised), emphasised
    # the report's change column: green and red, and the words better / worse
    window.open_report()
    report = window.dialog
    assert isinstance(report, ReportDialog)
    qtbot.waitUntil(lambda: report.model.rowCount() > 10)
    m = report.model
    coloured = [m.data(m.index(r, 3)) for r in range(m.rowCount())
                if m.data(m.index(r, 3), Qt.ItemDataRole.ForegroundRole) is not None]
    assert coloured and all("better" in t or "worse" in t for t in coloured), coloured
    report.close()
    # an error is red and bold, and always starts with a warning sign
    label = error_label("x")
    qtbot.addWidget(label)
    show_error(label, "The phone number is too short.")
    assert isinstance(label, QLabel) and label.text().startswith("⚠ ")


def test_high_contrast_from_the_view_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from clinic_app.ui.theme import ERROR_COLOUR, current_theme
    from clinic_app.ui.widgets.forms import error_label

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.palette().color(QPalette.ColorRole.Window)
    try:
        assert not window.contrast_action.isChecked()
        window.contrast_action.trigger()  # View → High contrast (white on black)
        assert current_theme() == "high_contrast"
        assert window.clinic.settings.get("theme") == "high_contrast"  # kept for next time
        assert window.contrast_action.isChecked()
        palette = window.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert window.search_box.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
        label = error_label("x")
        qtbot.addWidget(label)
        assert ERROR_COLOUR["high_contrast"] in label.styleSheet()
        # the grab is mostly black: what a person sees changed, not only a setting
        image = window.grab().toImage()
        dark = sum(image.pixelColor(x, y).lightness() < 40
                   for x in range(0, image.width(), 17) for y in range(0, image.height(), 17))
        assert dark > 0.6 * (image.width() // 17) * (image.height() // 17)
    finally:
        window.contrast_action.trigger()
    assert current_theme() == "normal"
    assert app.palette().color(QPalette.ColorRole.Window) == usual
