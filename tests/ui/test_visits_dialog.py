"""Visits and appointments from the patient record; the follow-up calls they lead to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from clinic_app.ui.visits_dialog import VisitsDialog
from tests.ui.keys import type_text


def open_visits(qtbot, window: MainWindow) -> VisitsDialog:  # type: ignore[no-untyped-def]
    maria = window.clinic.patients.by_clinic_number("KIB-000001")
    assert maria is not None
    window.open_patient(maria.id or "")
    dialog = window.dialog
    assert isinstance(dialog, PatientDialog)
    qtbot.mouseClick(dialog.visits_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.visits, VisitsDialog)
    return dialog.visits


def test_a_visit_with_changed_medicines_schedules_the_check_call(qtbot,
                                                                 window: MainWindow) -> None:
    visits = open_visits(qtbot, window)
    before = visits.visit_model.rowCount()
    visits.visit_date.setText("2026-11-10")
    type_text(visits.reason, "Blood pressure review")
    visits.medicines.setChecked(True)
    visits.record_visit()
    assert not visits.message.isVisibleTo(visits)
    assert visits.visit_model.rowCount() == before + 1
    due = [r for r in window.clinic.calls.queue(dt.date(2026, 11, 23))
           if r.patient.id == visits.patient.id]
    assert due and "medicine_check" in [k.value for k in due[0].entry.kinds]


def test_a_future_visit_date_is_refused_and_nothing_saved(qtbot, window: MainWindow) -> None:
    visits = open_visits(qtbot, window)
    before = visits.visit_model.rowCount()
    visits.visit_date.setText("2031-01-01")
    visits.record_visit()
    assert visits.message.isVisibleTo(visits) and "future" in visits.message.text()
    assert visits.visit_model.rowCount() == before


def test_missed_then_undo_takes_the_recall_back(qtbot, window: MainWindow) -> None:
    visits = open_visits(qtbot, window)
    visits.starts_at.setText("2026-11-20 09:30")
    type_text(visits.with_whom, "Dr. Okafor")
    visits.add_appointment()
    row = next(i for i in range(visits.appt_model.rowCount())
               if visits.appt_model.item(i)["starts_at"] == "2026-11-20T09:30")
    visits.appt_view.selectRow(row)
    visits.set_status("missed")
    pid = visits.patient.id

    def recalls() -> list[object]:
        return [r for r in window.clinic.calls.queue(dt.date(2026, 11, 23))
                if r.patient.id == pid and "missed_appointment" in
                [k.value for k in r.entry.kinds]]

    assert recalls()
    visits.appt_view.selectRow(row)
    visits.undo_status()
    assert visits.appt_model.item(row)["status"] == "scheduled"
    assert not recalls()
