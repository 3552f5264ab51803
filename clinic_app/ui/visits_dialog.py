"""A patient's visits and appointments: record a visit (the follow-up calls it calls for are
made at once), book an appointment, mark it attended or missed in one click, undo a wrong one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.patient import Patient
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.rows_model import RowsModel
from clinic_app.ui.widgets.forms import error_label, show_error


class VisitsDialog(QDialog):
    def __init__(self, clinic: Clinic, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.patient = patient
        self.setWindowTitle(self.tr("Visits and appointments — {0}").format(patient.full_name))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.message = error_label("visits")
        layout = QVBoxLayout(self)
        layout.addWidget(self._visits_box())
        layout.addWidget(self._appointments_box())
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        self.reason.setFocus()

    def _table(self, model: RowsModel, name: str, label: str) -> QTableView:
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        view.setObjectName(name)
        view.setAccessibleName(label)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _visits_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Visits"))
        self.visit_model = RowsModel([self.tr("Date"), self.tr("Seen by"), self.tr("Reason"),
                                      self.tr("Medicines changed"), self.tr("Check in")], self)
        table = self._table(self.visit_model, "visits", self.tr("Visits"))  # first for Tab
        form = QFormLayout()
        self.visit_date = QLineEdit(self.clinic.patients.today().isoformat())
        self.clinician = QLineEdit()
        self.reason = QLineEdit()
        self.notes = QLineEdit()
        self.medicines = QCheckBox(self.tr("Medicines started or changed (a check call in a "
                                           "week)"))
        self.check_in = QCheckBox(self.tr("Check in with this patient after"))
        self.check_in_days = QSpinBox()
        self.check_in_days.setRange(1, 365)
        self.check_in_days.setValue(7)
        self.check_in_days.setSuffix(self.tr(" days"))
        row = QHBoxLayout()
        row.addWidget(self.check_in)
        row.addWidget(self.check_in_days)
        row.addStretch(1)
        for label, widget in ((self.tr("Date"), self.visit_date),
                              (self.tr("Seen by"), self.clinician),
                              (self.tr("Reason"), self.reason), (self.tr("Notes"), self.notes)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.medicines)
        form.addRow(row)
        save = QPushButton(self.tr("Record the visit"))
        save.setObjectName("record_visit")
        save.clicked.connect(self.record_visit)
        v = QVBoxLayout(box)
        v.addWidget(table)
        v.addLayout(form)
        v.addWidget(save)
        return box

    def _appointments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appointments"))
        self.appt_model = RowsModel([self.tr("When"), self.tr("With"), self.tr("Status")], self)
        self.appt_view = self._table(self.appt_model, "appointments", self.tr("Appointments"))
        self.starts_at = QLineEdit()
        self.starts_at.setPlaceholderText(self.tr("e.g. 2026-12-01 09:30"))
        self.starts_at.setAccessibleName(self.tr("Appointment date and time"))
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(self.tr("with whom, e.g. Dr. Okafor"))
        self.with_whom.setAccessibleName(self.tr("With whom"))
        add = QPushButton(self.tr("Book"))
        add.clicked.connect(self.add_appointment)
        new = QHBoxLayout()
        new.addWidget(QLabel(self.tr("New:")))
        new.addWidget(self.starts_at, 2)
        new.addWidget(self.with_whom, 2)
        new.addWidget(add)
        actions = QHBoxLayout()
        for text, status in ((self.tr("Attended"), "attended"), (self.tr("Missed"), "missed"),
                             (self.tr("Cancelled"), "cancelled")):
            button = QPushButton(text)
            button.setObjectName(f"mark_{status}")
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            actions.addWidget(button)
        undo = QPushButton(self.tr("Undo status"))
        undo.setObjectName("undo_status")
        undo.clicked.connect(self.undo_status)
        actions.addWidget(undo)
        actions.addStretch(1)
        v = QVBoxLayout(box)
        v.addWidget(self.appt_view)
        v.addLayout(actions)
        v.addLayout(new)
        return box

    def refresh(self) -> None:
        pid = self.patient.id or ""
        self.visit_model.set_rows([
            ([v["visit_date"], v["clinician"], v["reason"],
              self.tr("yes") if v["medicines_changed"] else "",
              self.tr("after {0} days").format(v["check_in_days"]) if v["check_in_days"]
              else ""], v) for v in self.clinic.visits.visits(pid)])
        labels = {"scheduled": self.tr("booked"), "attended": self.tr("attended"),
                  "missed": self.tr("missed"), "cancelled": self.tr("cancelled")}
        self.appt_model.set_rows([
            ([a["starts_at"].replace("T", " "), a["with_whom"], labels[a["status"]]], a)
            for a in self.clinic.visits.appointments(pid)])
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ValidationError as exc:
            show_error(self.message, " ".join(tr_label(m) for m in exc.errors.values()))
            return False
        except ClinicError as exc:
            show_error(self.message, tr_label(str(exc)))
            return False
        show_error(self.message, "")
        self.refresh()
        return True

    def record_visit(self) -> None:
        ok = self._run(lambda: self.clinic.visits.record_visit(
            self.patient.id or "", visit_date=self.visit_date.text(),
            clinician=self.clinician.text(), reason=self.reason.text(), notes=self.notes.text(),
            medicines_changed=self.medicines.isChecked(),
            check_in_days=self.check_in_days.value() if self.check_in.isChecked() else None))
        if ok:
            for edit in (self.reason, self.notes):
                edit.clear()
            self.medicines.setChecked(False)
            self.check_in.setChecked(False)

    def add_appointment(self) -> None:
        if self._run(lambda: self.clinic.visits.add_appointment(
                self.patient.id or "", self.starts_at.text(), self.with_whom.text())):
            self.starts_at.clear()

    def _selected(self) -> dict | None:
        index = self.appt_view.currentIndex()
        return self.appt_model.item(index.row()) if index.isValid() else None

    def set_status(self, status: str) -> None:
        appt = self._selected()
        if appt is None:
            show_error(self.message, self.tr("Choose an appointment in the list first."))
            return
        self._run(lambda: self.clinic.visits.set_status(appt["id"], status))

    def undo_status(self) -> None:
        appt = self._selected()
        if appt is None:
            show_error(self.message, self.tr("Choose an appointment in the list first."))
            return
        self._run(lambda: self.clinic.visits.undo_status(appt["id"]))
