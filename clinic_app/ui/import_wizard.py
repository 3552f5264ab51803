"""Import a patient list: pick the file -> what was found (text encoding, separator) ->
which column holds what -> how dates are written (only when it cannot be told) -> the
first rows as they will be saved -> the check of every row (to import, looks like a
duplicate, cannot be imported and why) -> the import, in the background, all or nothing
-> done, with the file of rows left out to fix and import again.

The reading, checking and saving are ``clinic_app.interchange``'s; this only shows them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clinic_app.domain.clock import today
from clinic_app.domain.patient import Patient
from clinic_app.domain.phones import display
from clinic_app.errors import ClinicError
from clinic_app.interchange import mapping as m
from clinic_app.interchange.csv_import import (
    DUPLICATE,
    IMPORT,
    REJECTED,
    ImportCancelled,
    ImportPlan,
    ImportService,
    guess_date_order,
)
from clinic_app.interchange.dates import AMBIGUOUS
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label, tr_reasons
from clinic_app.ui.import_pages import ColumnsPage, DatesPage, FilePage, PreviewPage
from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.widgets.forms import error_label, show_error

FILE, COLUMNS, DATES, PREVIEW, CHECK, DONE = range(6)
LIST_LIMIT = 5000  # rows listed on the check page (all are in the file of rows left out)


class _Progress(QObject):
    step = Signal(str, int, int)


class CheckPage(QWizardPage):
    """The dry run; its Import button runs the import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.include = QCheckBox(self.tr(
            "Also import the rows that look like duplicates (I checked: they are different "
            "people)"))
        self.include.setObjectName("include_duplicates")
        self.include.toggled.connect(self._include_toggled)
        self.model = RowsModel([self.tr("Row in file"), self.tr("Name"), self.tr("What"),
                                self.tr("Why")], self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setObjectName("import_issues")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.error = error_label("import_check")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.include)
        layout.addWidget(self.error)
        self._busy = False
        self._imported = False

    def initializePage(self) -> None:  # noqa: N802
        self.w.plan = None
        self._imported = False
        self.model.set_rows([])
        self.include.hide()
        show_error(self.error, "")
        self.summary.setText(self.tr("Checking every row…"))
        self._start(lambda: self.w.service.plan(
            self.w.source or Path("list.csv"), self.w.table, self.w.fields,  # type: ignore
            date_order=self.w.date_order, import_duplicates=self.include.isChecked(),
            skip=self.w.skip, progress=self.w.progress_signal, cancelled=self.w.cancel.is_set),
            self._checked)

    def _start(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy = True
        self.w.cancel.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.completeChanged.emit()
        self.w.tasks.run(fn, lambda result: self._finish(done, result), self._failed)

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._busy = False
        self.progress.hide()
        done(result)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.progress.hide()
        show_error(self.error, self.w.explain(exc))
        self.completeChanged.emit()

    def on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Checking %v of %m") if stage == "check"
                                else self.tr("Saving %v of %m"))

    def _checked(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        n_dup, n_bad = plan.count(DUPLICATE), plan.count(REJECTED)
        lines = [self.tr("✓ {0} patients will be imported.").format(f"{len(plan.to_import):,}")]
        if n_dup:
            lines.append(self.tr("⚠ {0} look like patients already registered, or appear "
                                 "twice in the file: not imported.").format(f"{n_dup:,}"))
        if n_bad:
            lines.append(self.tr("✗ {0} cannot be imported: the reason is given for each."
                                 ).format(f"{n_bad:,}"))
        if n_dup or n_bad:
            lines.append(self.tr("The rows not imported will be saved in a file that you "
                                 "can correct and import again."))
        self.summary.setText("\n".join(lines))
        self.include.setVisible(n_dup > 0)
        what = {DUPLICATE: self.tr("Duplicate?"), REJECTED: self.tr("Cannot import")}
        cells = dict(zip(plan.table.numbers, plan.table.rows, strict=True))
        rows = [([str(o.row), o.patient.full_name if o.patient else
                  self.w.raw_name(cells.get(o.row, [])), what[o.status], tr_reasons(o.reason)], o)
                for o in plan.outcomes if o.status != IMPORT][:LIST_LIMIT]
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import {0} patients")
                           .format(f"{len(plan.to_import):,}"))

    def _include_toggled(self, on: bool) -> None:
        if self.w.plan is not None:
            self.w.plan.import_duplicates = on
            self._checked(self.w.plan)

    def isComplete(self) -> bool:  # noqa: N802
        plan = self.w.plan
        return not self._busy and plan is not None and bool(plan.to_import)

    def validatePage(self) -> bool:  # noqa: N802
        """Import runs in the background; the wizard moves on when it is done."""
        if self._imported:
            return True
        if self._busy or self.w.plan is None:
            return False
        plan = self.w.plan
        self.summary.setText(self.tr("Importing… the patients appear only when every one "
                                     "is saved."))
        self._start(lambda: self.w.service.commit(
            plan, progress=self.w.progress_signal, cancelled=self.w.cancel.is_set),
            self._done)
        return False

    def _done(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        self._imported = True
        self.w.imported.emit([n for n in plan.clinic_numbers])
        self.w.next()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QLabel()
        self.text.setObjectName("import_done")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags() |
                                          self.text.textInteractionFlags().TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        plan = self.w.plan
        assert plan is not None
        lines = [self.tr("✓ {0} patients were imported.").format(f"{plan.imported:,}")]
        if plan.clinic_numbers:
            lines.append(self.tr("Their clinic numbers are {0} to {1}.").format(
                plan.clinic_numbers[0], plan.clinic_numbers[-1]))
        if plan.rejects_file:
            lines += ["", self.tr("{0} rows were not imported. They are in this file:").format(
                f"{len(plan.left_out()):,}"), str(plan.rejects_file), "",
                self.tr("Open it in your spreadsheet program. The last column says what is "
                        "wrong in each row. Correct the rows, delete the rows of patients "
                        "who are already registered, save the file, then import it again. "
                        "If a row that looks like a duplicate is really another person, "
                        "tick “Also import the rows that look like duplicates” then.")]
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    imported = Signal(list)  # the new clinic numbers

    def __init__(self, clinic: Clinic, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.service = ImportService(clinic)
        self.setWindowTitle(self.tr("Import a patient list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.table: Any = None
        self.source: Path | None = None
        self.is_fhir = False
        self.skip: dict[int, str] = {}
        self.fields: list[str] = []
        self.date_order: str | None = None
        self.date_guess: Any = None
        self.plan: ImportPlan | None = None
        self.cancel = threading.Event()
        self._progress = _Progress()
        self.pages: dict[int, QWizardPage] = {
            FILE: FilePage(self), COLUMNS: ColumnsPage(self), DATES: DatesPage(self),
            PREVIEW: PreviewPage(self), CHECK: CheckPage(self), DONE: DonePage(self)}
        for pid, page in self.pages.items():
            self.setPage(pid, page)
        check = self.pages[CHECK]
        assert isinstance(check, CheckPage)
        self._progress.step.connect(check.on_progress)
        self.rejected.connect(self.cancel.set)
        self.resize(900, 620)

    # helpers the pages use -----------------------------------------------------------------
    def progress_signal(self, stage: str, done: int, total: int) -> None:
        self._progress.step.emit(stage, done, total)  # from the worker: queued to the GUI

    def read_file(self, path: Path, done: Callable[[Any], None],
                  failed: Callable[[Exception], None]) -> None:
        def read() -> tuple[Any, dict[int, str], bool]:
            if path.suffix.lower() == ".json":
                from clinic_app.interchange.fhir import read_bundle

                table, skip = read_bundle(path)
                return table, skip, True
            return self.service.read(path), {}, False

        def loaded(result: tuple[Any, dict[int, str], bool]) -> None:
            from clinic_app.interchange.fhir import FHIR_FIELDS

            self.table, self.skip, self.is_fhir = result
            self.source = path
            self.fields = list(FHIR_FIELDS) if self.is_fhir else m.auto_map(self.table.header)
            self.date_order = None
            done(result)

        self.tasks.run(read, loaded, failed)

    def reader_settings(self) -> dict[str, Any]:
        s = self.clinic.settings
        sex_cols = [i for i, f in enumerate(self.fields) if f == "sex"]
        return {"country": str(s.get("country")), "today": today(self.clinic.clock),
                "default_language": str(s.get("default_language")),
                "date_order": self.date_order,
                "sex_values": [r[sex_cols[0]] for r in self.table.rows] if sex_cols else None}

    def birth_text(self, p: Patient) -> str:
        if p.birth_date:
            return p.birth_date
        if p.birth_year:
            return self.tr("about {0}").format(p.birth_year) if p.birth_year_estimated \
                else str(p.birth_year)
        return ""

    def raw_name(self, cells: list[str]) -> str:
        """The name as the file writes it (for rows that cannot be read)."""
        order = ("given_name", "other_names", "family_name", "family_name_2", "full_name")
        parts = sorted((order.index(f), cells[i]) for i, f in enumerate(self.fields)
                       if f in order and i < len(cells) and cells[i])
        return " ".join(text for _, text in parts)

    def language_text(self, code: str) -> str:
        from clinic_app.domain.patient import LANGUAGES

        return tr_label(LANGUAGES.get(code, code))

    def phone_text(self, e164: str) -> str:
        return display(e164, str(self.clinic.settings.get("country")))

    def explain(self, exc: Exception) -> str:
        if isinstance(exc, ImportCancelled):
            return self.tr("Stopped. Nothing was imported.")
        if isinstance(exc, ClinicError):
            return tr_label(str(exc))
        return self.tr("Something went wrong ({0}). Nothing was imported; try again, or "
                       "save the list again as CSV.").format(type(exc).__name__)

    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == COLUMNS:
            self.date_guess = guess_date_order(self.table, self.fields)
            if self.date_guess.order == AMBIGUOUS:
                return DATES
            self.date_order = self.date_guess.order
            return PREVIEW
        if current == FILE:
            return COLUMNS
        if current == DATES:
            return PREVIEW
        if current == PREVIEW:
            return CHECK
        if current == CHECK:
            return DONE
        return -1

    def reject(self) -> None:
        self.cancel.set()  # a running check or import stops and rolls back
        super().reject()


def open_import_wizard(window: Any) -> None:
    """Manage → Import a patient list…"""
    from clinic_app.domain.roles import Permission

    if not window._allowed(Permission.INTERCHANGE):
        return
    wizard = ImportWizard(window.clinic, window.tasks, window)
    wizard.imported.connect(lambda numbers: window.data_changed.emit("patient", numbers))
    window._show_dialog(wizard)
