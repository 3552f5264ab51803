"""The pages of the import wizard that only show and ask (file, columns, dates, preview).
The wizard itself, the dry run, the import and the done page: ``import_wizard.py``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clinic_app.errors import ClinicError
from clinic_app.interchange import mapping as m
from clinic_app.interchange.dates import DAY_FIRST, MONTH_FIRST
from clinic_app.interchange.rows import RowReader, RowRejected
from clinic_app.ui.i18n import tr_label, tr_reasons
from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.widgets.forms import error_label, hint_label, show_error

if TYPE_CHECKING:
    from clinic_app.ui.import_wizard import ImportWizard

PREVIEW_ROWS = 20


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the patient list"))
        self.setSubTitle(self.tr(
            "Save the list from your spreadsheet program as CSV (or use a FHIR file from "
            "another system). Nothing is saved until the last step."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.returnPressed.connect(lambda: self.load(Path(self.path_edit.text())))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.found = QLabel()
        self.found.setObjectName("import_found")
        self.found.setWordWrap(True)
        self.error = error_label("import_file")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the patient list"), str(Path.home()),
            self.tr("Patient lists (*.csv *.txt *.tsv *.json);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.found.clear()
        show_error(self.error, "")
        self.w.table = None
        self.completeChanged.emit()
        self.w.read_file(path, self._loaded, self._failed)

    def _loaded(self, _: Any) -> None:
        t = self.w.table
        assert t is not None
        separator = {"comma": self.tr("commas"), "semicolon": self.tr("semicolons"),
                     "tab": self.tr("tabs"), "vertical bar": self.tr("vertical bars")}
        if self.w.is_fhir:
            how = self.tr("FHIR file")
        else:
            how = self.tr("Text: {0}. Values separated by {1}.").format(
                t.encoding, separator.get(t.separator_name, t.separator_name))
        self.found.setText(self.tr("✓ Found {0} patients in {1} columns. {2}").format(
            f"{len(t.rows):,}", len(t.header), how))
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        show_error(self.error, self.w.explain(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.table is not None


class ColumnsPage(QWizardPage):
    """Each column of the file, a few of its values, and what it is saved as."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(self.tr(
            "The columns were matched by their names. Check each one and change it if it "
            "is wrong; choose “Do not import” for columns you do not need."))
        self.combos: list[QComboBox] = []
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.problem = error_label("import_columns")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802
        t = self.w.table
        assert t is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        self.combos = []
        for col, text in enumerate((self.tr("Column in the file"), self.tr("For example"),
                                    self.tr("Save as"))):
            head = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(head, 0, col)
        for i, header in enumerate(t.header):
            examples = [r[i] for r in t.rows[:50] if r[i]][:3]
            self.grid.addWidget(QLabel(header or self.tr("(no name)")), i + 1, 0)
            sample = QLabel(", ".join(examples)[:60])
            sample.setWordWrap(True)
            self.grid.addWidget(sample, i + 1, 1)
            combo = QComboBox()
            combo.setObjectName(f"column_{i}")
            combo.setAccessibleName(self.tr("Save column {0} as").format(header))
            combo.addItem(self.tr("Do not import"), m.IGNORE)
            for field, label in m.FIELDS.items():
                combo.addItem(tr_label(label), field)
            combo.setCurrentIndex(max(0, combo.findData(self.w.fields[i])))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(t.header) + 1, 1)  # rows stay at the top
        self._changed()

    def _changed(self) -> None:
        self.w.fields = [c.currentData() for c in self.combos]
        assert self.w.table is not None
        problems = m.check_mapping(self.w.table.header, self.w.fields)
        show_error(self.problem, " ".join(tr_label(p) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.w.table) and not m.check_mapping(self.w.table.header, self.w.fields)


class DatesPage(QWizardPage):
    """Asked only when every date could be read both ways."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("How are the dates written?"))
        self.question = hint_label("")
        self.day = QRadioButton()
        self.day.setObjectName("day_first")
        self.month = QRadioButton()
        self.month.setObjectName("month_first")
        self.group = QButtonGroup(self)
        for b in (self.day, self.month):
            self.group.addButton(b)
            b.toggled.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.day)
        layout.addWidget(self.month)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        example = self.w.date_guess.example or "03/07/1984"
        a, b, year = (example.replace("-", "/").replace(".", "/").split("/") + ["", ""])[:3]
        months = [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                  self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                  self.tr("September"), self.tr("October"), self.tr("November"),
                  self.tr("December")]

        def month(n: str) -> str:
            return months[int(n) - 1] if n.isdigit() and 1 <= int(n) <= 12 else n

        self.question.setText(self.tr(
            "Dates in this file, such as {0}, can be read two ways. Look at the list in "
            "your spreadsheet program, or ask who made it, and choose:").format(example))
        self.day.setText(self.tr("Day first: {0} is {1} {2} {3}").format(
            example, int(a) if a.isdigit() else a, month(b), year))
        self.month.setText(self.tr("Month first: {0} is {1} {2}, {3}").format(
            example, month(a), int(b) if b.isdigit() else b, year))

    def _chosen(self) -> None:
        if self.day.isChecked():
            self.w.date_order = DAY_FIRST
        elif self.month.isChecked():
            self.w.date_order = MONTH_FIRST
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.day.isChecked() or self.month.isChecked()


class PreviewPage(QWizardPage):
    """The first rows as they will be saved, with what is wrong in each."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The first patients, as they will be saved"))
        self.setSubTitle(self.tr(
            "If names, dates or phone numbers look wrong here, go Back and change the "
            "columns."))
        self.model = RowsModel([self.tr("Row in file"), self.tr("Name"), self.tr("Check"),
                                self.tr("Born"), self.tr("Phone"), self.tr("Sex"),
                                self.tr("Village"), self.tr("Language")], self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setObjectName("import_preview")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(True)
        # reasons wrap onto more lines once the columns have their final widths
        self.view.horizontalHeader().sectionResized.connect(
            lambda *_: self.view.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def initializePage(self) -> None:  # noqa: N802
        t = self.w.table
        assert t is not None
        try:
            reader = RowReader(self.w.fields, **self.w.reader_settings())
        except ClinicError as exc:
            self.model.set_rows([([self.w.explain(exc)] + [""] * 7, None)])
            return
        rows = []
        for number, cells in list(zip(t.numbers, t.rows, strict=True))[:PREVIEW_ROWS]:
            try:
                p = reader.read(number, cells).patient
            except RowRejected as exc:
                rows.append(([str(number), self.w.raw_name(cells), "✗ " + tr_reasons(exc.reason),
                              "", "", "", "", ""], None))
                continue
            rows.append(([str(number), p.full_name, self.tr("✓ OK"), self.w.birth_text(p),
                          ", ".join(self.w.phone_text(x) for x in p.phones),
                          tr_label(p.sex.value), p.village,
                          self.w.language_text(p.preferred_language)], p))
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()
        header.resizeSection(2, min(header.sectionSize(2),
                                    self.view.fontMetrics().averageCharWidth() * 32))
        self.view.resizeRowsToContents()
