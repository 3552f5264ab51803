"""The call queue worked with the keyboard only: Ctrl+2, Enter, one outcome key, a short
form by keys, Enter; and what the queue, the counts and the decliners show after each."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clinic_app.domain.patient import Patient
from clinic_app.services.clinic import Clinic
from clinic_app.ui.call_panel import CallPanel
from clinic_app.ui.calls_page import CallsPage
from clinic_app.ui.main_window import MainWindow
from tests.ui.keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def make_due_calls(clinic: Clinic, n: int = 3) -> list[Patient]:
    """``n`` patients with a medicine check overdue 13 days (a visit 20 days ago with a
    medicine change): they head today's queue."""
    today = clinic.calls.today()
    queued = {r.entry.patient_id for r in clinic.calls.queue()}
    declined = {d["patient_id"] for d in clinic.calls.decliners()}
    chosen: list[Patient] = []
    for _, p in clinic.patients.list_at(0, 300):
        if len(chosen) == n:
            break
        if p.id in queued or p.id in declined or p.do_not_contact or not p.phones or \
                p.status.value != "active" or p.contact_status != "ok" or p.wrong_phones:
            continue
        assert p.id
        clinic.visits.record_visit(p.id, visit_date=today - dt.timedelta(days=20),
                                   clinician="Dr Achieng", reason="Blood pressure",
                                   medicines_changed=True)
        if any(r.entry.patient_id == p.id for r in clinic.calls.queue()):
            chosen.append(p)
    assert len(chosen) == n
    first = [r.entry.patient_id for r in clinic.calls.queue()[:n]]
    assert sorted(first) == sorted(p.id for p in chosen)
    return [next(p for p in chosen if p.id == pid) for pid in first]


def counts(page: CallsPage) -> tuple[int, int, int]:
    found = re.findall(r"\d+", page.counts.text())
    return int(found[0]), int(found[1]), int(found[2])


def queue_ids(page: CallsPage) -> list[str]:
    return [page.model.row(i).entry.patient_id for i in range(page.model.rowCount())]


def selected_id(page: CallsPage) -> str:
    return page.model.row(page.table.currentIndex().row()).entry.patient_id


def open_calls(qtbot, window: MainWindow) -> CallsPage:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_2, CTRL)
    page = window.pages.calls
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.hasFocus())
    return page


def open_panel(qtbot, window: MainWindow, page: CallsPage) -> CallPanel:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_Return)
    panel = page.panel
    assert isinstance(panel, CallPanel)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return panel


def back_to_queue(qtbot, window: MainWindow, page: CallsPage) -> None:  # type: ignore[no-untyped-def]
    """The panel closed; keys go to the main window again."""
    qtbot.waitUntil(lambda: page.panel is None and QApplication.activeWindow() is window)


def test_three_calls_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    clinic = window.clinic
    a, b, c = make_due_calls(clinic)
    page = open_calls(qtbot, window)
    due, overdue, callbacks = counts(page)
    total = page.model.rowCount()
    assert due + overdue == total and overdue >= 3
    assert selected_id(page) == a.id
    row_text = [page.model.cell(page.model.row(0), col) for col in range(7)]
    assert a.full_name in row_text[0] and a.clinic_number in row_text[0]
    assert "Medicines were started or changed" in row_text[1]
    assert row_text[2] == "Overdue 13 days"  # in words, not colour alone
    assert row_text[5] == "1st try" and row_text[6] == "Not called yet"

    # 1. no answer: one key, and the patient is off today's list
    panel = open_panel(qtbot, window, page)
    assert a.full_name in panel.windowTitle()
    press(panel, Qt.Key.Key_N)
    back_to_queue(qtbot, window, page)
    assert a.id not in queue_ids(page)
    assert counts(page) == (due, overdue - 1, callbacks)
    assert selected_id(page) == b.id  # the next patient is ready
    assert "Undo last call" in page.undo_button.text() and a.full_name in \
        page.undo_button.text()

    # 2. reached: the short form by keys, Enter saves
    panel = open_panel(qtbot, window, page)
    press(panel, Qt.Key.Key_R)
    form = panel.reached
    assert QApplication.focusWidget() is form.adherence.buttons["yes"]
    press(panel, Qt.Key.Key_Right)  # some of them
    press(panel, Qt.Key.Key_Tab)  # barriers: cost
    press(panel, Qt.Key.Key_Tab)  # side effects
    press(panel, Qt.Key.Key_Space)
    for _ in range(5):  # forgot, unclear, transport, other, then feeling
        press(panel, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.feeling.buttons["better"]
    press(panel, Qt.Key.Key_Space)
    press(panel, Qt.Key.Key_Tab)  # wants a clinician to call
    press(panel, Qt.Key.Key_Space)
    press(panel, Qt.Key.Key_Tab)  # teach-back
    press(panel, Qt.Key.Key_Space)
    press(panel, Qt.Key.Key_Tab)  # notes
    type_text(QApplication.focusWidget(), "Dizzy in the mornings")
    assert form.values() == {"taking_medicines": "some", "barriers": ["side_effects"],
                             "feeling": "better", "wants_clinician_call": True,
                             "teach_back": True, "notes": "Dizzy in the mornings"}
    press(panel, Qt.Key.Key_Return)
    back_to_queue(qtbot, window, page)
    # reached: the medicine check is done, but a clinician call-back is now due today
    ids = queue_ids(page)
    assert b.id in ids
    row = page.model.row(ids.index(b.id))
    assert row.entry.callback and row.last_outcome == "reached"
    assert page.model.cell(row, 6) == "Reached"
    assert counts(page) == (due + 1, overdue - 2, callbacks + 1)
    assert selected_id(page) == c.id

    # 3. declined: the reason by arrow keys, Enter saves
    panel = open_panel(qtbot, window, page)
    press(panel, Qt.Key.Key_D)
    assert QApplication.focusWidget() is panel.decline.reasons
    press(panel, Qt.Key.Key_Return)  # no reason chosen yet: told so, nothing saved
    assert page.panel is panel and "Choose why" in panel.decline.error.text()
    press(panel, Qt.Key.Key_Down)  # from the first reason to the next: feels fine
    assert panel.decline.reasons.currentItem().text() == "Feels fine"
    press(panel, Qt.Key.Key_Return)
    back_to_queue(qtbot, window, page)
    assert c.id not in queue_ids(page)
    assert counts(page) == (due + 1, overdue - 3, callbacks + 1)

    # the decliner is listed with the gentle re-approach 30 days on
    press(window, Qt.Key.Key_4, CTRL)
    decliners = window.pages.decliners
    assert window.pages.currentWidget() is decliners
    rows = [decliners.model.cells[i] for i in range(decliners.model.rowCount())]
    mine = next(r for r in rows if c.full_name in r[0])
    assert mine[1] == "Feels fine"
    assert mine[4] == (clinic.calls.today() + dt.timedelta(days=30)).isoformat()


def test_ctrl_z_undoes_the_last_call(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = make_due_calls(window.clinic)
    page = open_calls(qtbot, window)
    before = counts(page)
    panel = open_panel(qtbot, window, page)
    press(panel, Qt.Key.Key_B)  # busy
    back_to_queue(qtbot, window, page)
    assert a.id not in queue_ids(page) and page.undo_button.isVisible()
    press(window, Qt.Key.Key_Z, CTRL)
    assert queue_ids(page)[0] == a.id  # back, first as before
    assert counts(page) == before
    assert not page.undo_button.isVisible() and not page.undo_action.isEnabled()
    assert "taken back" in page.hint.text()
    press(window, Qt.Key.Key_Z, CTRL)  # nothing more to undo: nothing happens
    assert queue_ids(page)[0] == a.id


def test_copy_a_phone_number(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    a, _, _ = make_due_calls(window.clinic)
    page = open_calls(qtbot, window)
    panel = open_panel(qtbot, window, page)
    QGuiApplication.clipboard().clear()
    copy = panel.copy_buttons[0]
    assert QApplication.focusWidget() is copy  # the first number, ready to copy
    press(panel, Qt.Key.Key_Space)
    copied = QGuiApplication.clipboard().text()
    assert copied and copied.lstrip("+").isdigit()
    assert copied[-6:] == a.phones[0][-6:]
    assert "Copied" in panel.stage_hint.text()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)  # one click does it too
    assert QGuiApplication.clipboard().text() == copied
    press(panel, Qt.Key.Key_Escape)  # closes without logging anything
    back_to_queue(qtbot, window, page)
    assert a.id in queue_ids(page) and not page.undo_button.isVisible()


def test_a_long_queue_is_read_a_page_at_a_time(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A busy day (more rows than a page): opening the page reads the order and one page
    of details; scrolling to the end reads the last page, and its rows are the right ones."""
    page: CallsPage = window.findChild(CallsPage)
    make_due_calls(window.clinic, 6)
    page.model.page_size = 2  # the day's queue is then several pages of two
    page.table.setFixedHeight(page.table.horizontalHeader().height() +
                              2 * page.table.verticalHeader().defaultSectionSize())
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    n = page.model.rowCount()
    assert n > 3 * 2
    assert len(page.model.pages) <= 2  # the first page, and what the view shows
    whole = window.clinic.calls.queue()
    assert page.model.queue.patient_ids == [r.entry.patient_id for r in whole]
    page.table.scrollToBottom()
    last = page.model.row(n - 1)
    assert last is not None and last.entry == whole[-1].entry
    assert (n - 1) // 2 in page.model.pages
    assert len(page.model.pages) < (n + 1) // 2  # never every page


def test_call_panel_shows_the_plans_medicines_agreed_changes_and_goals(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    (patient,) = make_due_calls(window.clinic, 1)
    window.clinic.care_plans.save(patient.id or "", {
        "medicines": [{"name": "Metformin", "dose": "500 mg",
                       "schedule": {"morning": 1, "evening": 1},
                       "agreed_change": "Takes it with supper, agreed with Dr. Okafor"}],
        "goals": ["Dance at my granddaughter's wedding"]})
    page: CallsPage = window.findChild(CallsPage)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.open_row(page.model.find(patient.id or ""))
    qtbot.waitUntil(lambda: page.panel is not None)
    text = page.panel.findChild(QLabel, "plan_text").text()
    assert "Metformin" in text and "morning 1, evening 1" in text
    assert "supper" in text and "granddaughter" in text
