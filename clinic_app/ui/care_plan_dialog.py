"""The care plan, written with the patient in plain words: conditions, medicines on a
four-times-a-day schedule, the patient's own goals, warning signs and next steps.

Each save is a new version. While the clinician types, a plain-language check grades all the
words the patient will read and marks long sentences and jargon in the fields themselves.
Staff who may not change plans (front desk) see the plan read-only.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.domain import library
from clinic_app.domain.careplan import SLOTS, CarePlan, amount_text
from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.care_plan_parts import (
    LANGUAGE_NAMES,
    ConditionRow,
    GrowingText,
    HistoryDialog,
    local_time,
    slot_value,
    two_lines,
)
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import confirm_discard, error_label, hint_label, show_error
from clinic_app.ui.widgets.plain_language import (
    PlainLanguageCheck,
    PlainLanguageHighlighter,
    Segment,
)

logger = logging.getLogger(__name__)

#: the medicines table's columns, left to right, by their key in the plan data
COLUMNS = ("name", "dose", *(s.value for s in SLOTS), "purpose", "side_effects",
           "agreed_change")
SLOT_COLUMNS = range(2, 2 + len(SLOTS))
PATIENT_COLUMNS = (6, 7, 8)  # what the patient reads, so what the plain-language check reads
ERROR_BACKGROUND = QColor("#ffd9d9")


class CarePlanDialog(QDialog):
    print_requested = Signal(str)  # the patient's id

    def __init__(self, clinic: Clinic, tasks: TaskRunner, patient: Patient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.patient = patient
        self.pid = patient.id or ""
        actor = clinic.access.actor
        self.can_edit = bool(actor and actor.can(Permission.CARE_PLANS))
        self.can_print = bool(actor and actor.can(Permission.PRINT_HANDOUTS))
        current = clinic.care_plans.current(self.pid)
        self.plan: CarePlan = current or clinic.care_plans.new_plan(self.pid)
        self.conditions: list[ConditionRow] = []
        self.errors: dict[str, QLabel] = {}
        self.highlighters: dict[str, PlainLanguageHighlighter] = {}
        self.history_dialog: HistoryDialog | None = None
        self._saving = False
        self._quiet = False  # loading: not an edit
        self.setWindowTitle(self.tr("Care plan — {0}").format(patient.full_name))

        self.heading = QLabel(f"{patient.full_name}   {patient.clinic_number}")
        self.heading.setObjectName("heading")
        self.heading.setFont(scaled(self.heading.font(), 1.3))
        self.version_line = QLabel()
        self.version_line.setObjectName("version_line")
        self.read_only_note = QLabel("ℹ " + self.tr(
            "Only clinicians can change the care plan. You can read it here."))
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("font-weight: bold;")
        self.read_only_note.setVisible(not self.can_edit)
        self.form_error = error_label("form")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(self._language_row())
        column.addWidget(self._conditions_box())
        column.addWidget(self._medicines_box())
        column.addWidget(self._goals_box())
        column.addWidget(self._details_box())
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.scroll)
        self.check = PlainLanguageCheck(
            self, tasks, self._segments, lambda: str(self.language.currentData()),
            self._plain_fields, status=self.status, scroll=self.scroll, table=self.table,
            editable=self.can_edit)
        self.check_timer = self.check.timer
        self.check_panel, self.grade, self.counts = (
            self.check.panel, self.check.grade, self.check.counts)
        self.suggestions, self.plain_button = self.check.suggestions, self.check.plain_button
        splitter.addWidget(self.check_panel)
        self.check_panel.setVisible(self.can_edit)  # only who can change the words needs it
        splitter.setStretchFactor(0, 1)  # a wider window widens the form
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.version_line)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form_error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

        self._load(self.plan)
        self._as_saved = self.form_data()
        self._update_state()
        fm = self.fontMetrics()
        width, height = fm.averageCharWidth() * 160, fm.lineSpacing() * 50
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)
        panel = fm.averageCharWidth() * 40
        splitter.setSizes([width - panel, panel])
        if self.can_edit:  # a new plan starts from its conditions; an old one, the goals
            (self.goals if self.conditions else self.library).setFocus()
        else:
            self.scroll.setFocus()
        self.check.start()

    # building -----------------------------------------------------------------------
    def _language_row(self) -> QHBoxLayout:
        self.language = QComboBox()
        self.language.setObjectName("plan_language")
        self.language.setAccessibleName(self.tr("Plan language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setEnabled(self.can_edit)
        self._language = self.plan.language
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel(self.tr("Plan &language:"))
        label.setBuddy(self.language)
        note = hint_label(self.tr("The language the patient reads; the handout is printed "
                                  "in it."))
        self.errors["language"] = error_label("language")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language)
        row.addWidget(note, 1)
        row.addWidget(self.errors["language"])
        return row

    def _conditions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conditions"))
        self.conditions_layout = QVBoxLayout()
        self.library = QComboBox()
        self.library.setObjectName("library")
        self.library.setAccessibleName(self.tr("Add a condition from the library"))
        self.add_condition_button = QPushButton(self.tr("Add condition"))
        self.add_condition_button.setObjectName("add_condition")
        self.add_condition_button.clicked.connect(self.add_library_condition)
        label = QLabel(self.tr("Add a condition from the &library:"))
        label.setBuddy(self.library)
        self.add_row = QWidget()
        row = QHBoxLayout(self.add_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.library, 1)
        row.addWidget(self.add_condition_button)
        self.add_row.setVisible(self.can_edit)
        self.no_conditions = QLabel(self.tr("No conditions written yet."))
        v = QVBoxLayout(box)
        v.addWidget(self.no_conditions)
        v.addLayout(self.conditions_layout)
        v.addWidget(self.add_row)
        return box

    def _medicines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Medicines"))
        headers = [self.tr("Medicine"), self.tr("Dose"), self.tr("Morning"), self.tr("Midday"),
                   self.tr("Evening"), self.tr("Bedtime"), self.tr("What it is for"),
                   self.tr("Side effects to watch"), self.tr("Agreed change")]
        tips = [self.tr("e.g. Amlodipine"), self.tr("e.g. 5 mg tablet"), "", "", "", "",
                self.tr("In plain words, e.g. Keeps your blood pressure down."),
                self.tr("e.g. Swollen ankles."),
                self.tr("e.g. takes it in the evening — agreed with Dr. Okafor")]
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("medicines")
        self.table.setAccessibleName(self.tr("Medicines"))
        self.table.setAccessibleDescription(self.tr(
            "One medicine a row; the pills taken in the morning, at midday, in the evening "
            "and at bedtime."))
        self.column_names = headers
        # the sentence columns are narrow: their headers take two lines, never cut short
        self.table.setHorizontalHeaderLabels([two_lines(h) if c in PATIENT_COLUMNS else h
                                              for c, h in enumerate(headers)])
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.table.fontMetrics().averageCharWidth() * 8)
        for col in range(len(COLUMNS)):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                tip = tips[col] or self.tr("Pills at this time: 1, 2, ½ or 1½")
                item.setToolTip(f"{headers[col]}: {tip}")
            # names, doses and pill counts as wide as they are; the sentences share the rest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch
                                        if col in PATIENT_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        if not self.can_edit:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # rows as tall as their wrapped text, once the columns have settled
        self.rows_timer = QTimer(self)
        self.rows_timer.setSingleShot(True)
        self.rows_timer.setInterval(0)
        self.rows_timer.timeout.connect(self._fit_table)
        self.table.itemChanged.connect(self._changed)
        self.table.itemChanged.connect(self.rows_timer.start)
        self.table.model().rowsInserted.connect(self.rows_timer.start)
        self.table.model().rowsRemoved.connect(self.rows_timer.start)
        header.sectionResized.connect(self.rows_timer.start)
        self._fit_table()
        self.add_medicine_button = QPushButton(self.tr("Add medicine"))
        self.add_medicine_button.setObjectName("add_medicine")
        self.add_medicine_button.clicked.connect(self.add_medicine)
        self.remove_medicine_button = QPushButton(self.tr("Remove medicine"))
        self.remove_medicine_button.setObjectName("remove_medicine")
        self.remove_medicine_button.clicked.connect(self.remove_medicine)
        for button in (self.add_medicine_button, self.remove_medicine_button):
            button.setVisible(self.can_edit)
        self.errors["medicines"] = error_label("medicines")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_medicine_button)
        buttons.addWidget(self.remove_medicine_button)
        buttons.addStretch(1)
        v = QVBoxLayout(box)
        v.addWidget(hint_label(self.tr(
            "Pills at each time of day: 1, 2, ½ or 1½ (0.5 or 1/2 work too). Leave a time "
            "empty when none is taken then.")))
        v.addWidget(self.table)
        v.addWidget(self.errors["medicines"])
        v.addLayout(buttons)
        return box

    def _lines_box(self, title: str, name: str, hint: str, lines: int = 4) -> tuple[
            QGroupBox, QPlainTextEdit]:
        box = QGroupBox(title)
        edit = GrowingText(lines, name)
        edit.setAccessibleName(title)
        edit.setAccessibleDescription(hint)
        edit.setReadOnly(not self.can_edit)
        edit.textChanged.connect(self._changed)
        self.highlighters[name] = PlainLanguageHighlighter(edit.document())
        self.errors[name] = error_label(name)
        v = QVBoxLayout(box)
        v.addWidget(hint_label(hint))
        v.addWidget(edit)
        v.addWidget(self.errors[name])
        return box, edit

    def _goals_box(self) -> QWidget:
        goals, self.goals = self._lines_box(
            self.tr("The patient's goals, in their own words"), "goals",
            self.tr("One goal a line. Write what the patient says, as they say it."))
        warnings, self.warning_signs = self._lines_box(
            self.tr("Call us or come in if…"), "warning_signs",
            self.tr("Warning signs, one a line. Each finishes the sentence “Call us or come "
                    "in if…”."), 5)
        steps, self.next_steps = self._lines_box(
            self.tr("Next steps"), "next_steps", self.tr("What the patient will do, one a line."))
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        for box in (goals, warnings, steps):
            v.addWidget(box)
        return holder

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next appointment and support"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.appointment = QLineEdit()
        self.appointment.setPlaceholderText(self.tr("e.g. 2026-12-01 09:30"))
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(self.tr("e.g. Dr. Okafor"))
        self.support = QLineEdit()
        self.support.setPlaceholderText(self.tr("name and relationship, e.g. Grace (daughter)"))
        booked = self._booked_appointment()
        hint = self.tr("YYYY-MM-DD, or YYYY-MM-DD HH:MM. Leave empty to use the next booked "
                       "appointment")
        hint += (self.tr(" ({0}).").format(booked) if booked
                 else self.tr(" (none is booked yet)."))
        rows = (("next_appointment", self.tr("Next &appointment"), self.appointment, hint),
                ("next_appointment_with", self.tr("&With whom"), self.with_whom, ""),
                ("support_person", self.tr("&Support person"), self.support,
                 self.tr("Someone the patient agreed we may involve (family, caregiver).")))
        for key, text, edit, note in rows:
            edit.setObjectName(key)
            edit.setAccessibleName(text.replace("&", ""))
            edit.setReadOnly(not self.can_edit)
            edit.textChanged.connect(self._changed)
            self.errors[key] = error_label(key)
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(edit)
            if note:
                edit.setAccessibleDescription(note)
                v.addWidget(hint_label(note))
            v.addWidget(self.errors[key])
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, holder)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save as new version (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.can_edit)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(self.show_history)
        self.print_button = QPushButton(self.tr("Print or preview…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.pid))
        self.print_button.setVisible(self.can_print)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.history_button, self.print_button,
                       self.close_button):
            button.setAccessibleName(button.text().replace("…", "").split(" (")[0])
            button.setAutoDefault(False)
        if self.can_edit:
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        row = QHBoxLayout()
        for button in (self.save_button, self.history_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _booked_appointment(self) -> str:
        try:
            appointments = self.clinic.visits.appointments(self.pid)
        except ClinicError:
            return ""
        now = self.clinic.patients.today().isoformat()
        booked = sorted(a["starts_at"] for a in appointments
                        if a["status"] == "scheduled" and a["starts_at"][:10] >= now)
        return booked[0][:16].replace("T", " ") if booked else ""

    # loading and reading the form ------------------------------------------------
    def _load(self, plan: CarePlan) -> None:
        self._quiet = True
        self.language.setCurrentIndex(max(self.language.findData(plan.language), 0))
        self._language = str(self.language.currentData())
        self._fill_library()
        for c in plan.conditions:
            self._add_condition(c.key, c.name, c.explanation)
        self.table.setRowCount(0)
        for m in plan.medicines:
            self._add_medicine_row([m.name, m.dose, *(amount_text(x) for x in m.schedule),
                                    m.purpose, m.side_effects, m.agreed_change])
        self.goals.setPlainText("\n".join(plan.goals))
        self.warning_signs.setPlainText("\n".join(plan.warning_signs))
        self.next_steps.setPlainText("\n".join(plan.next_steps))
        self.appointment.setText((plan.next_appointment or "").replace("T", " "))
        self.with_whom.setText(plan.next_appointment_with)
        self.support.setText(plan.support_person)
        self._quiet = False
        self._conditions_changed()

    def _fill_library(self) -> None:
        self.library.clear()
        for key, item in library.conditions(self._language).items():
            self.library.addItem(item.name, key)
        self.library.addItem(self.tr("Write my own…"), "")

    def _medicine_rows(self) -> list[int]:
        """Table rows with anything typed in them (an empty row is not a medicine)."""
        return [r for r in range(self.table.rowCount())
                if any(self._cell(r, c) for c in range(len(COLUMNS)))]

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def form_data(self) -> dict[str, Any]:
        """The form as the data ``build_plan`` reads (see ``plan_to_dict``)."""
        medicines = []
        for r in self._medicine_rows():
            values = {key: self._cell(r, c) for c, key in enumerate(COLUMNS)}
            medicines.append({
                "name": values["name"], "dose": values["dose"],
                "schedule": {s.value: slot_value(values[s.value]) for s in SLOTS},
                "purpose": values["purpose"], "side_effects": values["side_effects"],
                "agreed_change": values["agreed_change"]})
        return {
            "language": str(self.language.currentData()),
            "conditions": [{"key": row.key, "name": row.name.text(),
                            "explanation": row.explanation.toPlainText()}
                           for row in self.conditions],
            "medicines": medicines,
            "goals": self.goals.toPlainText().splitlines(),
            "warning_signs": self.warning_signs.toPlainText().splitlines(),
            "next_steps": self.next_steps.toPlainText().splitlines(),
            "next_appointment": self.appointment.text().strip() or None,
            "next_appointment_with": self.with_whom.text(),
            "support_person": self.support.text(),
        }

    def is_dirty(self) -> bool:
        return self.form_data() != self._as_saved

    # editing ---------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._quiet or self.check.marking:  # loading, or marks redrawn: not an edit
            return
        self.check.schedule()
        self._update_state()

    def _language_changed(self) -> None:
        """Library texts left as the library wrote them follow the plan's language."""
        old, new = self._language, str(self.language.currentData())
        if old == new:
            return
        self._language = new
        for row in self.conditions:
            was = library.condition(row.key, old) if row.key else None
            now = library.condition(row.key, new) if row.key else None
            if was and now and (row.name.text(), row.explanation.toPlainText()) == (
                    was.name, was.explanation):
                row.name.setText(now.name)
                row.explanation.setPlainText(now.explanation)
        self._fill_library()
        self._goals_placeholder()
        self._changed()

    def add_library_condition(self) -> None:
        key = str(self.library.currentData() or "")
        if not key:
            row = self._add_condition("", "", "")
            row.name.setFocus()
            self._changed()
            return
        existing = next((r for r in self.conditions if r.key == key), None)
        if existing is not None:
            self.scroll.ensureWidgetVisible(existing)
            existing.name.setFocus()
            return
        item = library.condition(key, self._language)
        if item is None:
            return
        row = self._add_condition(key, item.name, item.explanation)
        row.warnings_button.setFocus()
        self._changed()

    def _add_condition(self, key: str, name: str, explanation: str) -> ConditionRow:
        row = ConditionRow(key, name, explanation, self.can_edit)
        row.name.textChanged.connect(self._changed)
        row.explanation.textChanged.connect(self._changed)
        row.remove_requested.connect(self.remove_condition)
        row.warnings_requested.connect(self.add_warning_signs)
        self.conditions.append(row)
        self.conditions_layout.addWidget(row)
        self._conditions_changed()
        if not self._quiet:
            self.scroll.ensureWidgetVisible(row)
        return row

    def remove_condition(self, row: ConditionRow) -> None:
        self.conditions.remove(row)
        row.hide()
        row.deleteLater()
        self._conditions_changed()
        self.library.setFocus()
        self._changed()

    def _conditions_changed(self) -> None:
        for n, row in enumerate(self.conditions, 1):
            row.number(n)
        self.no_conditions.setVisible(not self.conditions)
        self._goals_placeholder()
        self._fix_tab_order()

    def add_warning_signs(self, row: ConditionRow) -> None:
        item = library.condition(row.key, self._language)
        if item is None:
            return
        have = [t.strip() for t in self.warning_signs.toPlainText().splitlines() if t.strip()]
        added = [s for s in item.warning_signs if s not in have]
        if added:
            self.warning_signs.setPlainText("\n".join(have + added))
        self.status.setText(self.tr("Added {0} warning signs of “{1}”.").format(
            len(added), row.name.text()) if added else self.tr(
            "The warning signs of “{0}” are already there.").format(row.name.text()))

    def _goals_placeholder(self) -> None:
        keys = [r.key for r in self.conditions if r.key] or list(
            library.conditions(self._language))[:1]
        examples = [g for k in keys for g in getattr(
            library.condition(k, self._language), "goals_examples", ())][:3]
        self.goals.setPlaceholderText(
            self.tr("For example:") + "\n" + "\n".join(examples) if examples else "")

    def add_medicine(self) -> None:
        row = self._add_medicine_row([""] * len(COLUMNS))
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _add_medicine_row(self, values: list[str]) -> int:
        quiet, self._quiet = self._quiet, True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col in SLOT_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, col, item)
        self._quiet = quiet
        return row

    def remove_medicine(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            show_error(self.errors["medicines"], self.tr("Choose a medicine in the table "
                                                         "first."))
            return
        show_error(self.errors["medicines"], "")
        self.table.removeRow(row)
        self._changed()

    def _fit_table(self, *_args: Any) -> None:
        """Show every row and room for one more: the body scrolls, not the table in it."""
        table = self.table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        spare = table.verticalHeader().defaultSectionSize() * (1 if table.rowCount() else 2)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + spare
                               + table.horizontalScrollBar().sizeHint().height()
                               + table.frameWidth() * 2)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.language]
        for row in self.conditions:
            chain += row.focus_order()
        chain += [self.library, self.add_condition_button, self.table,
                  self.add_medicine_button, self.remove_medicine_button, self.goals,
                  self.warning_signs, self.next_steps, self.appointment, self.with_whom,
                  self.support, self.suggestions, self.plain_button, self.save_button,
                  self.history_button, self.print_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _update_state(self) -> None:
        saved = self.plan.id is not None
        dirty = self.is_dirty()
        if saved:
            self.version_line.setText(self.tr("Version {0}, saved {1} by {2}.").format(
                self.plan.version, local_time(self.plan.created_at),
                self.plan.created_by or self.tr("someone")))
        elif self.can_edit:
            self.version_line.setText(self.tr("No care plan saved yet: saving makes version 1."))
        else:
            self.version_line.setText(self.tr("No care plan yet."))
        self.print_button.setEnabled(saved and not dirty)
        if saved and not dirty:
            tip = self.tr("Preview and print the handout of version {0}.").format(
                self.plan.version)
        elif self.can_edit:
            tip = self.tr("Save the plan first: the handout is printed from the saved version.")
        else:
            tip = self.tr("There is no saved plan to print yet.")
        self.print_button.setToolTip(tip)
        if dirty and self.can_edit:
            self.status.setText("✎ " + self.tr("Changes not saved yet."))

    # plain-language check ------------------------------------------------------------
    @property
    def _ready(self) -> bool:
        """Whether the plain-language check has warmed up (tests wait for it)."""
        return self.check.ready

    def highlighter_for(self, edit: QPlainTextEdit) -> PlainLanguageHighlighter:
        """The highlighter marking one of the plan's multi-line fields."""
        return self.check.highlighter_for(edit)

    def _plain_fields(self) -> list[tuple[QPlainTextEdit, PlainLanguageHighlighter]]:
        """Every multi-line field the check may mark, with its highlighter."""
        return [*((r.explanation, r.highlighter) for r in self.conditions),
                *((e, self.highlighters[e.objectName()])
                  for e in (self.goals, self.warning_signs, self.next_steps))]

    def _segments(self) -> tuple[str, list[Segment]]:
        """Every patient-facing line, in the order of ``CarePlan.patient_texts``."""
        segments: list[Segment] = []
        pos = 0

        def add(text: str, where: str, target: Any, offset: int = 0) -> None:
            nonlocal pos
            if text.strip():
                segments.append(Segment(pos, text, where, target, offset))
                pos += len(text) + 1

        def add_box(edit: QPlainTextEdit, where: str) -> None:
            block = edit.document().firstBlock()
            while block.isValid():
                add(block.text(), where, edit, block.position())
                block = block.next()

        for n, row in enumerate(self.conditions, 1):
            name = row.name.text().strip() or self.tr("Condition {0}").format(n)
            add(row.name.text(), self.tr("{0}: name").format(name), row.name)
            add_box(row.explanation, self.tr("{0}: in plain words").format(name))
        for r in self._medicine_rows():
            name = self._cell(r, 0) or self.tr("Medicine {0}").format(r + 1)
            for col in PATIENT_COLUMNS:
                item = self.table.item(r, col)
                add(item.text() if item else "", f"{name}: {self.column_names[col].lower()}",
                    (r, col))
        add_box(self.goals, self.tr("Goals"))
        add_box(self.warning_signs, self.tr("Warning signs"))
        add_box(self.next_steps, self.tr("Next steps"))
        return "\n".join(s.text for s in segments), segments

    # saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.can_edit or self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        data = self.form_data()
        pid, service = self.pid, self.clinic.care_plans
        self.tasks.run(lambda: service.save(pid, data), lambda plan: self._saved(plan, data),
                       self._save_failed)

    def _saved(self, plan: CarePlan, data: dict[str, Any]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.plan = plan
        self._as_saved = data
        self.show_errors({})
        self._update_state()
        self.status.setText("✓ " + self.tr("Saved as version {0}").format(plan.version))

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, ClinicError):
            QMessageBox.warning(self, APP_NAME, tr_label(str(exc)))
        else:
            QMessageBox.warning(self, APP_NAME, self.tr(
                "Saving failed: {0}. Nothing was changed.").format(exc))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field, in words; the cursor goes to the first."""
        for label in [*self.errors.values(), *(r.error for r in self.conditions)]:
            show_error(label, "")
        for r in range(self.table.rowCount()):
            for c in range(len(COLUMNS)):
                item = self.table.item(r, c)
                if item is not None and item.toolTip():
                    item.setBackground(QBrush())
                    item.setToolTip("")
        rows = self._medicine_rows()
        medicine_lines: list[str] = []
        unplaced: list[str] = []
        first: tuple[QWidget, QLabel] | None = None  # the field to fix first, its message
        for key, message in errors.items():
            parts = key.split(".")
            place: tuple[QWidget, QLabel] | None = None
            if parts[0] == "medicines" and len(parts) == 3 and parts[2] in COLUMNS and \
                    parts[1].isdecimal() and int(parts[1]) < len(rows):
                row, col = rows[int(parts[1])], COLUMNS.index(parts[2])
                name = self._cell(row, 0) or self.tr("row {0}").format(row + 1)
                medicine_lines.append(self.tr("{0}, {1}: {2}").format(
                    name, self.column_names[col].lower(), message))
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(ERROR_BACKGROUND)
                    item.setToolTip("⚠ " + message)
                if first is None:
                    self.table.setCurrentCell(row, col)
                place = self.table, self.errors["medicines"]
            elif parts[0] == "conditions" and len(parts) == 3 and parts[1].isdecimal() and \
                    int(parts[1]) < len(self.conditions):
                condition = self.conditions[int(parts[1])]
                show_error(condition.error, message)
                place = condition.name, condition.error
            elif key in self.errors:
                show_error(self.errors[key], message)
                place = self.findChild(QWidget, key) or self.language, self.errors[key]
            else:
                unplaced.append(message)
            if first is None:
                first = place
        show_error(self.errors["medicines"], "\n".join(medicine_lines))
        show_error(self.form_error, "" if not errors else " ".join(
            [self.tr("Nothing was saved. Correct what is marked below."), *unplaced]))
        if first is not None:
            widget, label = first
            widget.setFocus()

            def scroll() -> None:  # once the messages just shown have their place
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                self.scroll.ensureWidgetVisible(widget)
                self.scroll.ensureWidgetVisible(label)

            QTimer.singleShot(0, self, scroll)

    def show_history(self) -> None:
        self.tasks.run(lambda: self.clinic.care_plans.history(self.pid), self._show_history,
                       lambda exc: QMessageBox.warning(self, APP_NAME, tr_label(str(exc))))

    def _show_history(self, rows: list[dict[str, Any]]) -> None:
        self.history_dialog = HistoryDialog(rows, self)
        self.history_dialog.open()

    def reject(self) -> None:
        """Close: ask first when something typed has not been saved."""
        if self._saving:
            return
        if self.can_edit and self.is_dirty() and not confirm_discard(self, self.tr(
                "Close without saving? The changes to the care plan will be lost.")):
            return
        self.check_timer.stop()
        super().reject()
