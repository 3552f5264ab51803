"""The import wizard, walked through as a manager would: real widgets, real files, a real
clinic; the background work runs at once (TaskRunner(immediate=True))."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QRadioButton, QTableView, QWizard

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor, Role
from clinic_app.services.clinic import Clinic
from clinic_app.ui.import_wizard import CHECK, COLUMNS, DATES, DONE, FILE, PREVIEW, ImportWizard
from clinic_app.ui.tasks import TaskRunner
from tests.interchange.conftest import patients, write_csv

ROWS = [["Apellido", "Nombre", "Fecha de nacimiento", "Teléfono", "Color favorito"],
        ["González", "María", "03/07/1984", "0712 345 678", "azul"],
        ["Núñez", "José", "01/02/1990", "0733 404 404", "rojo"],
        ["Núñez", "José", "01/02/1990", "0733 404 404", "rojo"],
        ["Pérez", "Ana", "05/06/1970", "07", "verde"]]


@pytest.fixture
def manager_clinic(tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    c = Clinic(tmp_path / "w.sqlite3", clock=clock, rng=random.Random(3))
    c.settings.update({"country": "KE", "site_prefix": "KIB", "default_language": "es"})
    c.access.actor = Actor("amina", Role.MANAGER)
    yield c
    c.close()


def _text(wizard: ImportWizard, name: str) -> str:
    return wizard.findChild(QLabel, name).text()


def _cells(view: QTableView) -> list[list[str]]:
    m = view.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_walk_through_an_import(qtbot, manager_clinic: Clinic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = write_csv(tmp_path, "pacientes.csv", ROWS, sep=";", encoding="cp1252")
    wizard = ImportWizard(manager_clinic, TaskRunner(immediate=True))
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FILE and not next_button.isEnabled()

    # pick the file: what was found is shown
    wizard.pages[FILE].load(source)
    found = _text(wizard, "import_found")
    assert "4 patients in 5 columns" in found and "Windows-1252" in found
    assert "semicolons" in found
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # columns matched from Spanish headers; the unknown one is left out
    assert wizard.currentId() == COLUMNS
    combos = [wizard.findChild(QComboBox, f"column_{i}") for i in range(5)]
    assert [c.currentData() for c in combos] == ["family_name", "given_name", "birth_date",
                                                 "phone", ""]
    assert combos[4].currentText() == "Do not import"
    combos[2].setCurrentIndex(0)  # a mistake: no birth date ...
    combos[0].setCurrentIndex(combos[0].findData(""))  # ... and no family name
    combos[1].setCurrentIndex(0)  # and no first name: nothing is a name now
    assert "No column holds the patients' names" in wizard.findChild(
        QLabel, "error_import_columns").text()
    assert not next_button.isEnabled()
    combos[0].setCurrentIndex(combos[0].findData("family_name"))
    combos[1].setCurrentIndex(combos[1].findData("given_name"))
    combos[2].setCurrentIndex(combos[2].findData("birth_date"))
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # every date reads both ways: the wizard asks
    assert wizard.currentId() == DATES
    day = wizard.findChild(QRadioButton, "day_first")
    assert "3 July 1984" in day.text()
    assert not next_button.isEnabled()
    day.click()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # the first rows as they will be saved
    assert wizard.currentId() == PREVIEW
    preview = _cells(wizard.findChild(QTableView, "import_preview"))
    assert preview[0][:6] == ["2", "María González", "✓ OK", "1984-07-03", "0712 345678",
                              "unknown"]
    assert preview[0][7] == "Spanish"
    assert preview[3][:3] == ["5", "Ana Pérez", "✗ Phone: Too few digits for a phone number "
                              "('07')."]
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # the dry run: counts and the rows with a reason; nothing saved yet
    assert wizard.currentId() == CHECK
    summary = _text(wizard, "import_summary")
    assert "2 patients will be imported" in summary and "1 look like" in summary
    assert "1 cannot be imported" in summary
    issues = _cells(wizard.findChild(QTableView, "import_issues"))
    assert [(r[0], r[1], r[2]) for r in issues] == [("4", "José Núñez", "Duplicate?"),
                                                    ("5", "Ana Pérez", "Cannot import")]
    assert "row 3" in issues[0][3]
    assert patients(manager_clinic) == []
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Import 2 patients"
    wizard.findChild(QCheckBox, "include_duplicates").setChecked(True)
    assert commit.text() == "Import 3 patients"
    wizard.findChild(QCheckBox, "include_duplicates").setChecked(False)
    with qtbot.waitSignal(wizard.imported) as got:
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert got.args == [["KIB-000001", "KIB-000002"]]

    # done: what happened and where the rows left out are
    assert wizard.currentId() == DONE
    done = _text(wizard, "import_done")
    assert "2 patients were imported" in done and "KIB-000001 to KIB-000002" in done
    rejects = next(tmp_path.glob("pacientes-not-imported-*.csv"))
    assert str(rejects) in done and "2 rows were not imported" in done
    assert sorted(p.full_name for p in patients(manager_clinic)) == ["José Núñez",
                                                                   "María González"]
    assert manager_clinic.patients.search("gonzalez").patients[0].birth_date == "1984-07-03"


def test_a_file_that_is_not_a_list_says_so(qtbot, manager_clinic: Clinic,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    junk = tmp_path / "photo.csv"
    junk.write_bytes(bytes(range(256)) * 50)
    wizard = ImportWizard(manager_clinic, TaskRunner(immediate=True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[FILE].load(junk)
    error = wizard.findChild(QLabel, "error_import_file")
    assert error.isVisible() and "not a text file" in error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
