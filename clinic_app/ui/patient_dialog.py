"""Register or edit a patient: inline messages per field, duplicate warning before saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.domain.matching import DuplicateMatch
from clinic_app.domain.patient import LANGUAGES, Patient
from clinic_app.domain.phones import display
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.services.patients import DuplicatesFound
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.sync_conflicts import TwoVersionsBanner
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.theme import error_style
from clinic_app.ui.widgets.forms import confirm_discard

BADGE_STYLE = ("background: #fff3c4; color: #000; border: 2px solid #8a6d00; "
               "border-radius: 4px; padding: 4px 8px; font-weight: bold;")


class PatientDialog(QDialog):
    saved = Signal(object)  # the saved Patient
    open_other = Signal(str)  # the id of an existing record the user chose to open

    def __init__(self, clinic: Clinic, tasks: TaskRunner, patient: Patient | None,
                 parent: QWidget | None = None, prefill: str = "") -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.patient = patient
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Edit patient") if patient else self.tr("New patient"))
        self.resize(1000, 760)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setFont(scaled(self.heading.font(), 1.4))
        self.badge = QLabel()
        self.badge.setObjectName("contact_badge")
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.hide()
        self.duplicates = QFrame()
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setFrameShape(QFrame.Shape.Box)
        self.duplicates.setStyleSheet("QFrame#duplicates { border: 2px solid #8a6d00; "
                                      "background: #fff8dc; }")
        self.duplicates.setLayout(QVBoxLayout())
        self.duplicates.hide()
        self.form_error = QLabel()
        self.form_error.setStyleSheet(error_style())
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._name_group(), 0, 0)
        grid.addWidget(self._birth_group(), 1, 0)
        grid.addWidget(self._preferences_group(), 2, 0)
        grid.addWidget(self._contact_group(), 0, 1)
        grid.addWidget(self._support_group(), 1, 1)
        grid.addWidget(self._notes_group(), 2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.visits_button = self.buttons.addButton(
            self.tr("Visi&ts and appointments…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.visits_button.setObjectName("visits")
        self.visits_button.clicked.connect(self.open_visits)
        self.visits_button.setVisible(patient is not None)
        self.plan_button = self.buttons.addButton(
            self.tr("Care p&lan…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.plan_button.setObjectName("care_plan")
        self.plan_button.setAccessibleName(self.tr("Care plan and handout"))
        self.plan_button.clicked.connect(self.open_care_plan)
        self.plan_button.setVisible(patient is not None)
        self.handout_button = self.buttons.addButton(
            self.tr("Print &handout…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.handout_button.setObjectName("handout")
        self.handout_button.setAccessibleName(self.tr("Preview and print the handout"))
        self.handout_button.clicked.connect(self.open_handout)
        self.handout_button.setVisible(patient is not None)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge)
        layout.addLayout(head)
        self.two_versions = TwoVersionsBanner(clinic, tasks, self)  # a sync conflict
        self.two_versions.resolved.connect(self._version_chosen)
        layout.addWidget(self.two_versions)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.form_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        if patient:
            self._load(patient)
        else:
            self._prefill(prefill)
        self._refresh_heading()
        self._saving = False
        self._as_opened = self.form_data()  # to tell whether anything was typed since
        self.two_versions.show_for(patient.id if patient else None)
        self.given.setFocus()

    # building the form ---------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _row(self, form: QFormLayout, text: str, widget: QWidget, key: str | None = None,
             accessible: str | None = None) -> None:
        widget.setAccessibleName(accessible or text.replace("&", ""))
        if key is None:
            form.addRow(text, widget)
            return
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self._error_label(key))
        holder = QWidget()
        holder.setLayout(box)
        form.addRow(text, holder)
        label = form.labelForField(holder)
        if isinstance(label, QLabel):
            label.setBuddy(widget)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, name: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, label in options:
            combo.addItem(tr_label(label), value)
        return combo

    def _name_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Name"))
        form = QFormLayout(group)
        self.given = self._line("given_name")
        self.family = self._line("family_name")
        self.other = self._line("other_names")
        self.sex = self._combo("sex", [("unknown", self.tr("Not recorded")),
                                       ("female", self.tr("Female")), ("male", self.tr("Male")),
                                       ("other", self.tr("Other"))])
        self._row(form, self.tr("&Given name"), self.given, "given_name")
        self._row(form, self.tr("&Family name"), self.family, "family_name")
        self._row(form, self.tr("Other names"), self.other, "other_names")
        self._row(form, self.tr("Se&x"), self.sex, "sex")
        return group

    def _birth_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Birth"))
        form = QFormLayout(group)
        self.birth_known = QRadioButton(self.tr("Date of birth known"))
        self.birth_estimated = QRadioButton(self.tr("Only age or birth year known"))
        choice = QButtonGroup(self)
        choice.addButton(self.birth_known)
        choice.addButton(self.birth_estimated)
        self.birth_known.setChecked(True)
        self.birth_date = self._line("birth_date", self.tr("year-month-day, e.g. 1984-03-07"))
        self.estimate = self._line("estimate", self.tr("age in years (e.g. 45) or year (1980)"))
        self.estimate.setEnabled(False)
        self.birth_known.toggled.connect(self._birth_mode)
        form.addRow(self.birth_known)
        self._row(form, self.tr("&Date of birth"), self.birth_date, "birth_date")
        form.addRow(self.birth_estimated)
        self._row(form, self.tr("About"), self.estimate, "estimate",
                  self.tr("Estimated age or birth year"))
        return group

    def _birth_mode(self, known: bool) -> None:
        self.birth_date.setEnabled(known)
        self.estimate.setEnabled(not known)
        (self.birth_date if known else self.estimate).setFocus()

    def _contact_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Contact"))
        form = QFormLayout(group)
        self.phone1 = self._line("phone1", self.tr("e.g. 0712 345 678"))
        self.phone2 = self._line("phone2", self.tr("a second number, if any"))
        self.confirmed = QLabel()
        self.confirmed.setObjectName("phone_confirmed")
        self.confirm_button = QPushButton(self.tr("Phone confirmed today"))
        self.confirm_button.setObjectName("confirm_phone")
        self.confirm_button.clicked.connect(self.confirm_phone)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirmed, 1)
        confirm_row.addWidget(self.confirm_button)
        confirm_holder = QWidget()
        confirm_holder.setLayout(confirm_row)
        self.village = self._line("village")
        self.address = self._line("address")
        self.do_not_contact = QCheckBox(self.tr("Do not contact this patient"))
        self.do_not_contact.setObjectName("do_not_contact")
        self.consent = self._line("contact_consent_at", self.tr("date, e.g. 2026-11-23"))
        consent_today = QPushButton(self.tr("Agreed today"))
        consent_today.clicked.connect(lambda: self.consent.setText(self._today()))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(consent_today)
        consent_holder = QWidget()
        consent_holder.setLayout(consent_row)
        self._row(form, self.tr("&Phone"), self.phone1, "phones")
        self._row(form, self.tr("Phone 2"), self.phone2, "phones.1")
        form.addRow(self.tr("Confirmed"), confirm_holder)
        self._row(form, self.tr("&Village"), self.village, "village")
        self._row(form, self.tr("Address"), self.address, "address")
        form.addRow(self.do_not_contact)
        self._row(form, self.tr("Consent to contact"), consent_holder, "contact_consent_at",
                  self.tr("Date the patient agreed to be contacted"))
        self.consent.setAccessibleName(consent_holder.accessibleName())
        return group

    def _preferences_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Preferences and needs"))
        form = QFormLayout(group)
        self.language = self._combo("preferred_language", list(LANGUAGES.items()))
        self.channel = self._combo("preferred_channel", [
            ("call", self.tr("Phone call")), ("sms", self.tr("Text message (SMS)")),
            ("home_visit", self.tr("Home visit")), ("none", self.tr("None"))])
        self.time = self._combo("preferred_time", [
            ("any", self.tr("Any time")), ("morning", self.tr("Morning")),
            ("afternoon", self.tr("Afternoon")), ("evening", self.tr("Evening"))])
        self.large_print = QCheckBox(self.tr("Needs large print"))
        self.large_print.setObjectName("large_print")
        self.reading_support = QCheckBox(self.tr("Needs help reading"))
        self.reading_support.setObjectName("reading_support")
        self._row(form, self.tr("Language"), self.language, "preferred_language")
        self._row(form, self.tr("Contact by"), self.channel, "preferred_channel")
        self._row(form, self.tr("Best time"), self.time, "preferred_time")
        form.addRow(self.large_print)
        form.addRow(self.reading_support)
        return group

    def _support_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Support person (family, caregiver)"))
        form = QFormLayout(group)
        self.support_name = self._line("support_name")
        self.support_relationship = self._line("support_relationship",
                                               self.tr("e.g. daughter, husband, neighbour"))
        self.support_phone = self._line("support_phone")
        self.support_consent = self._line("support_consent", self.tr("date the patient agreed"))
        self._row(form, self.tr("Name"), self.support_name, "support.name",
                  self.tr("Support person's name"))
        self._row(form, self.tr("Relationship"), self.support_relationship, None,
                  self.tr("Support person's relationship"))
        self._row(form, self.tr("Phone"), self.support_phone, "support.phone",
                  self.tr("Support person's phone"))
        self._row(form, self.tr("May involve them since"), self.support_consent,
                  "support.consent_at", self.tr("Date the patient agreed to involve them"))
        return group

    def _notes_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Notes"))
        box = QVBoxLayout(group)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        box.addWidget(self.notes)
        box.addWidget(self._error_label("notes"))
        return group

    # reading and writing the form --------------------------------------------------
    def _today(self) -> str:
        return self.clinic.patients.today().isoformat()

    def _prefill(self, text: str) -> None:
        """A new patient starts from what was typed in the search box, when it was a name."""
        words = text.split()
        if words and not any(ch.isdigit() for ch in text):
            self.given.setText(words[0].title() if words[0].islower() else words[0])
            self.family.setText(" ".join(words[1:]))

    def _load(self, p: Patient) -> None:
        country = self.clinic.patients.country
        self.given.setText(p.given_name)
        self.family.setText(p.family_name)
        self.other.setText(p.other_names)
        self._set_combo(self.sex, p.sex.value)
        if p.birth_date or not p.birth_year:
            self.birth_known.setChecked(True)
            self.birth_date.setText(p.birth_date or "")
        else:
            self.birth_estimated.setChecked(True)
            self.estimate.setText(str(p.birth_year))
        phones = [display(x, country) for x in p.phones]
        self.phone1.setText(phones[0] if phones else "")
        self.phone2.setText(", ".join(phones[1:]))
        self.village.setText(p.village)
        self.address.setText(p.address)
        self.do_not_contact.setChecked(p.do_not_contact)
        self.consent.setText(p.contact_consent_at or "")
        self._set_combo(self.language, p.preferred_language)
        self._set_combo(self.channel, p.preferred_channel.value)
        self._set_combo(self.time, p.preferred_time.value)
        self.large_print.setChecked(p.large_print)
        self.reading_support.setChecked(p.reading_support)
        if p.support:
            self.support_name.setText(p.support.name)
            self.support_relationship.setText(p.support.relationship)
            self.support_phone.setText(display(p.support.phone, country) if p.support.phone
                                       else "")
            self.support_consent.setText(p.support.consent_at or "")
        self.notes.setPlainText(p.notes)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def form_data(self) -> dict[str, Any]:
        """The form as the service's input fields."""
        data: dict[str, Any] = {
            "given_name": self.given.text(), "family_name": self.family.text(),
            "other_names": self.other.text(), "sex": self.sex.currentData(),
            "phones": [self.phone1.text()] + self.phone2.text().split(","),
            "village": self.village.text(), "address": self.address.text(),
            "do_not_contact": self.do_not_contact.isChecked(),
            "contact_consent_at": self.consent.text(),
            "preferred_language": self.language.currentData(),
            "preferred_channel": self.channel.currentData(),
            "preferred_time": self.time.currentData(),
            "large_print": self.large_print.isChecked(),
            "reading_support": self.reading_support.isChecked(),
            "notes": self.notes.toPlainText(),
            "support": {"name": self.support_name.text(),
                        "relationship": self.support_relationship.text(),
                        "phone": self.support_phone.text(),
                        "consent_at": self.support_consent.text(),
                        "id": self.patient.support.id if self.patient and self.patient.support
                        else None},
        }
        if self.birth_known.isChecked():
            data.update(birth_date=self.birth_date.text(), birth_year=None)
        else:
            raw = self.estimate.text().strip()
            data.update(birth_date=None)
            if raw.isdecimal() and len(raw) == 4:
                # A year kept as it was loaded keeps its 'estimated' mark; a year typed in
                # is the year the patient gave.
                p = self.patient
                kept = p is not None and str(p.birth_year) == raw and p.birth_year_estimated
                data.update(birth_year=raw, birth_year_estimated=kept)
            else:
                data.update(age=raw)
        return data

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
        unplaced = []
        for key, message in errors.items():
            target = {"age": "estimate", "birth_year": "estimate"}.get(key, key)
            if not self.birth_known.isChecked() and key == "birth_date":
                target = "estimate"
            label = self.errors.get(target)
            message = tr_label(message)
            if label is None:
                unplaced.append(message)
                continue
            label.setText("⚠ " + message)
            label.show()
        self.form_error.setText(
            "⚠ " + self.tr("Nothing was saved. Correct the fields marked below.")
            + ("" if not unplaced else " " + " ".join(unplaced)))
        self.form_error.setVisible(bool(errors))
        first = next(iter(errors), None)
        widget = self.findChild(QWidget, first) if first else None
        if isinstance(widget, QWidget):
            widget.setFocus()

    # actions -------------------------------------------------------------------
    def save(self, confirmed_new: bool = False) -> None:
        if self._saving:  # Enter pressed twice: one save, never two patients
            return
        self._saving = True
        data = self.form_data()
        service = self.clinic.patients
        self.save_button.setEnabled(False)
        if self.patient and self.patient.id:
            pid = self.patient.id
            self.tasks.run(lambda: service.update(pid, data), self._saved, self._save_failed)
        else:
            self.tasks.run(lambda: service.register(data, confirmed_new=confirmed_new),
                           self._saved, self._save_failed)

    def _saved(self, patient: Patient) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.patient = patient
        self.saved.emit(patient)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, DuplicatesFound):
            self.show_errors({})
            self.show_duplicates(exc.matches)
        elif isinstance(exc, ClinicError):
            QMessageBox.warning(self, APP_NAME, tr_label(str(exc)))
        else:
            QMessageBox.warning(self, APP_NAME, self.tr(
                "Saving failed: {0}. Nothing was changed.").format(exc))

    def show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        layout = self.duplicates.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = QLabel("⚠ " + self.tr(
            "This may be someone already registered. Open their record, or save if this is "
            "a different person."))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        country = self.clinic.patients.country
        for match in matches:
            p = match.patient
            phones = ", ".join(display(x, country) for x in p.phones)
            reasons = ", ".join(tr_label(r) for r in match.reasons)
            text = self.tr("Open {0}: {1}, born {2}, {3}, {4} ({5})").format(
                p.clinic_number, p.full_name, tr_label(p.birth_display()) or "?", p.village or "-",
                phones or "-", reasons)
            button = QPushButton(text)
            button.setObjectName("open_duplicate")
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.clicked.connect(lambda _=False, pid=p.id: self._open_existing(pid))
            layout.addWidget(button)
        different = QPushButton(self.tr("This is a different person: save as new"))
        different.setObjectName("save_anyway")
        different.clicked.connect(lambda: self.save(confirmed_new=True))
        layout.addWidget(different)
        self.duplicates.show()
        layout.itemAt(1).widget().setFocus()

    def open_visits(self) -> None:
        from clinic_app.ui.visits_dialog import VisitsDialog

        if self.patient is None:
            return
        self.visits = VisitsDialog(self.clinic, self.patient, self)
        self.visits.open()

    def open_care_plan(self) -> None:
        from clinic_app.ui.care_plan_dialog import CarePlanDialog

        if self.patient is None:
            return
        self.care_plan = CarePlanDialog(self.clinic, self.tasks, self.patient, self)
        self.care_plan.print_requested.connect(lambda _pid: self.open_handout())
        self.care_plan.open()

    def open_handout(self) -> None:
        """The handout's preview, to print or save; a plain message when there is no plan."""
        from clinic_app.ui.handout_dialog import HandoutDialog

        if self.patient is None:
            return
        if self.clinic.care_plans.current(self.patient.id or "") is None:
            QMessageBox.information(self, APP_NAME, self.tr(
                "{0} has no care plan yet. A clinician writes it first (Care plan…); then "
                "the handout can be printed.").format(self.patient.full_name))
            return
        parent = getattr(self, "care_plan", None)
        self.handout = HandoutDialog(self.clinic, self.tasks, self.patient,
                                     parent if parent is not None and parent.isVisible()
                                     else self)
        self.handout.open()

    def reject(self) -> None:
        """Esc or Cancel: ask first when something was typed, so it is not lost by a slip."""
        if self._saving:
            return
        if self.form_data() != self._as_opened and not confirm_discard(self, self.tr(
                "Close without saving? What you typed here will be lost.")):
            return
        super().reject()

    def _open_existing(self, patient_id: str) -> None:
        QDialog.reject(self)  # the person chose the existing record: nothing to keep
        self.open_other.emit(patient_id)

    def confirm_phone(self) -> None:
        """One click: the patient says the number is right. Saved at once."""
        if not (self.patient and self.patient.id):
            return  # new records: numbers typed in are confirmed when saved
        pid = self.patient.id
        self.tasks.run(lambda: self.clinic.patients.confirm_phone(pid), self._phone_confirmed,
                       self._save_failed)

    def _version_chosen(self, field: str) -> None:
        """A version was chosen in the "two versions" banner (saved already): the form shows
        the record as it is now; what was typed into other fields stays."""
        assert self.patient is not None and self.patient.id
        typed = self.form_data()
        self.patient = self.clinic.patients.get(self.patient.id)
        p, country = self.patient, self.clinic.patients.country
        if field == "phones":
            phones = [display(x, country) for x in p.phones]
            self.phone1.setText(phones[0] if phones else "")
            self.phone2.setText(", ".join(phones[1:]))
        elif field in ("birth_date", "birth_year"):
            (self.birth_known if p.birth_date or not p.birth_year
             else self.birth_estimated).setChecked(True)
            self.birth_date.setText(p.birth_date or "")
            self.estimate.setText(str(p.birth_year or "") if not p.birth_date else "")
        elif field == "sex":
            self._set_combo(self.sex, p.sex.value)
        elif field in ("given_name", "family_name", "other_names"):
            {"given_name": self.given, "family_name": self.family,
             "other_names": self.other}[field].setText(getattr(p, field))
        now, before = self.form_data(), self._as_opened
        self._as_opened = now if typed == before else {
            k: v if typed.get(k) == before.get(k) else before.get(k) for k, v in now.items()}
        self._refresh_heading()
        self.saved.emit(p)

    def _phone_confirmed(self, patient: Patient) -> None:
        self.patient = patient
        self.saved.emit(patient)
        self._refresh_heading()

    def _refresh_heading(self) -> None:
        p = self.patient
        if p is None:
            self.heading.setText(self.tr("Register a new patient"))
            self.confirmed.setText(self.tr("New numbers are confirmed when saved."))
            self.confirm_button.hide()
            return
        self.heading.setText(f"{p.full_name}   {p.clinic_number}")
        when = p.phone_confirmed_at
        if when:
            days = (self.clinic.patients.today() - dt.date.fromisoformat(when[:10])).days
            text = self.tr("today") if days == 0 else self.tr("{0} ({1} days ago)").format(
                when[:10], days)
        else:
            text = self.tr("never")
        self.confirmed.setText(text)
        needs = self.clinic.patients.needs_contact_check(p)
        self.badge.setText("⚠ " + self.tr("Confirm contact details"))
        self.badge.setToolTip(self.tr(
            "Ask the patient if the phone number is still right, then press "
            "'Phone confirmed today'."))
        self.badge.setVisible(needs)
        self.confirm_button.setVisible(bool(p.phones))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # Enter in a one-line field saves (like the default button); in notes it adds a line.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                isinstance(self.focusWidget(), QLineEdit):
            self.save()
            return
        super().keyPressEvent(event)
