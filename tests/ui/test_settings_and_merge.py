"""Text size, settings and merging, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QSpinBox

from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.merge_dialog import MergeDialog
from clinic_app.ui.settings_dialog import SettingsDialog
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import POINT_SIZES
from tests.ui.keys import type_text


def test_text_size_applies_at_once_and_is_remembered(qtbot, window: MainWindow) -> None:
    normal_box = window.search_box.font().pointSizeF()
    normal_row = window.table.verticalHeader().defaultSectionSize()
    window.size_actions["extra_large"].trigger()
    assert QApplication.font().pointSize() == POINT_SIZES["extra_large"]
    assert window.table.font().pointSize() == POINT_SIZES["extra_large"]
    assert window.search_box.font().pointSizeF() > normal_box
    assert window.table.verticalHeader().defaultSectionSize() > normal_row
    reopened = Clinic(window.clinic.path)
    assert reopened.settings.get("text_size") == "extra_large"
    reopened.close()
    window.size_actions["normal"].trigger()
    assert QApplication.font().pointSize() == POINT_SIZES["normal"]


def test_settings_dialog_rejects_bad_values_and_saves_good_ones(qtbot,
                                                               window: MainWindow) -> None:
    window.open_settings()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    country = dialog.findChild(QLineEdit, "country")
    country.setText("Kenya")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "2-letter" in dialog.error.text()
    assert window.clinic.settings.get("country") == "KE"
    country.setText("ke")
    size = dialog.findChild(QComboBox, "text_size")
    size.setCurrentIndex(size.findData("large"))
    dialog.findChild(QLineEdit, "clinic_name").setText("Lindi Health Post")
    paper = dialog.findChild(QComboBox, "paper_size")
    paper.setCurrentIndex(paper.findData("letter"))
    dialog.findChild(QSpinBox, "fatigue_days").setValue(5)
    dialog.findChild(QSpinBox, "medicine_check_days").setValue(10)
    dialog.save()
    qtbot.waitUntil(lambda: window.dialog is None)
    assert window.clinic.settings.get("country") == "KE"
    assert window.clinic.settings.get("paper_size") == "letter"
    assert window.clinic.calls.rule_settings().fatigue_days == 5
    assert window.clinic.calls.rule_settings().medicine_check_days == 10
    assert QApplication.font().pointSize() == POINT_SIZES["large"]
    assert "Lindi Health Post" in window.windowTitle()


def test_merge_moves_everything_to_the_kept_record(qtbot, window: MainWindow,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    patients = window.clinic.patients
    keep = patients.register({"given_name": "Baraka", "family_name": "Owino",
                              "phones": ["0711 000 111"], "birth_year": 1990},
                             confirmed_new=True)
    dup = patients.register({"given_name": "Barak", "family_name": "Owino",
                             "phones": ["0711 000 222"], "birth_year": 1990},
                            confirmed_new=True)
    window.clinic.db.conn.execute(
        "INSERT INTO visits (id, patient_id, visit_date, created_at, updated_at, hlc, site_id)"
        " VALUES ('v1', ?, '2026-01-01', 'x', 'x', 'x', 'x')", (dup.id,))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.search_box.setText(keep.clinic_number or "")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    window.merge_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_number.text() == keep.clinic_number
    assert not dialog.merge_button.isEnabled()
    type_text(dialog.merge_number, dup.clinic_number or "")
    assert "1 visit" in dialog.merge_info.text() and "1 visits" not in dialog.merge_info.text()
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)
    survivor = patients.get(keep.id or "")
    assert set(survivor.phones) == {"+254711000111", "+254711000222"}
    assert patients.get(dup.id or "").merged_into == keep.id
    assert patients.repo.child_counts(keep.id or "")["visits"] == 1
    found = [p.id for p in patients.search("owino", limit=1000).patients]
    assert keep.id in found and dup.id not in found


def test_search_runs_off_the_gui_thread(qtbot, demo_clinic: Clinic) -> None:
    """With a real thread pool, results still arrive (on the GUI thread) as the user types."""
    w = MainWindow(demo_clinic, TaskRunner())
    qtbot.addWidget(w)
    w.show()
    type_text(w.search_box, "gonzález")
    qtbot.waitUntil(lambda: w.model.searching and w.model.rowCount() > 0, timeout=5000)
    assert w.model.data(w.model.index(0, 1)) == "María González"
    w.tasks.wait()
