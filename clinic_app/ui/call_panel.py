"""The call panel: who to call and what to say, and one key to log what happened.

R reached, N no answer, B busy, M left a message, W wrong number, L call back later,
D declined. R, D and L open a short form (Enter saves, Esc goes back); the others are
logged at once (a slip can be undone from the queue for 10 minutes).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.careplan import SLOTS, CarePlan, Slot, amount_text
from clinic_app.domain.followups import OUTCOME_KEYS, Outcome
from clinic_app.domain.patient import LANGUAGES, Patient
from clinic_app.domain.phones import display
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services import scripts
from clinic_app.services.calls import LoggedCall, QueueRow
from clinic_app.services.clinic import Clinic
from clinic_app.ui.call_forms import CallbackForm, DeclineForm, ReachedForm
from clinic_app.ui.i18n import tr_label
from clinic_app.ui.queue_model import OUTCOME_LABELS, kind_label
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import error_label, show_error

#: outcomes that need a few more words before they are logged
_FORMS = {Outcome.REACHED: 1, Outcome.DECLINED: 2, Outcome.CALL_BACK_LATER: 3}


translate = QCoreApplication.translate


def outcome_keys() -> dict[str, Outcome]:
    """The letter of each outcome in the screens' language (C for "Contestó" in Spanish),
    each used once; the English letters when a translation would give two the same."""
    letters = {  # the first letter of the outcome's word, where the language allows
        Outcome.REACHED: translate("OutcomeKeys", "R", "the key for: reached"),
        Outcome.NO_ANSWER: translate("OutcomeKeys", "N", "the key for: no answer"),
        Outcome.BUSY: translate("OutcomeKeys", "B", "the key for: busy"),
        Outcome.LEFT_MESSAGE: translate("OutcomeKeys", "M", "the key for: left a message"),
        Outcome.WRONG_NUMBER: translate("OutcomeKeys", "W", "the key for: wrong number"),
        Outcome.CALL_BACK_LATER: translate("OutcomeKeys", "L", "the key for: call back later"),
        Outcome.DECLINED: translate("OutcomeKeys", "D", "the key for: declined"),
    }
    keys = {letter.strip().upper(): outcome for outcome, letter in letters.items()}
    if len(keys) != len(OUTCOME_KEYS) or not all(len(k) == 1 and k.isalpha() for k in keys):
        return dict(OUTCOME_KEYS)
    return keys


class CallPanel(QDialog):
    logged = Signal(object)  # LoggedCall

    def __init__(self, clinic: Clinic, tasks: TaskRunner, row: QueueRow, patient: Patient,
                 last_visit: dict[str, Any] | None, due_text: str,
                 parent: QWidget | None = None, plan: CarePlan | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.row = row
        self.patient = patient
        self.called_phone: str | None = None  # the number last copied (what was dialled)
        self._saving = False
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Call {0}").format(patient.full_name))
        self.setObjectName("call_panel")
        fm = self.fontMetrics()
        screen = self.screen().availableGeometry()
        self.resize(min(screen.width(), fm.averageCharWidth() * 125),
                    min(screen.height(), fm.height() * 38))
        language = patient.preferred_language

        heading = QLabel(f"{patient.full_name}  ({patient.clinic_number})")
        heading.setObjectName("heading")
        heading.setFont(scaled(heading.font(), 1.4))
        attempt = self.tr("1st try") if row.entry.attempt == 1 else self.tr(
            "Try {0}").format(row.entry.attempt)
        sub = QLabel(f"{due_text} · {attempt}")
        sub.setObjectName("due")

        left = QVBoxLayout()
        left.addWidget(self._phones_group(patient))
        left.addWidget(self._about_group(patient, last_visit))
        left.addWidget(self._plan_group(plan))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._script_group(row, patient, language), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.stages = QStackedWidget()
        self.stages.setObjectName("stages")
        self.stages.addWidget(self._outcome_keys())
        teach = scripts.teach_back(language)
        self.reached = ReachedForm(teach.text if teach else "")
        self.decline = DeclineForm()
        self.callback = CallbackForm(clinic.calls.clock.now().astimezone())
        self.forms: dict[int, ReachedForm | DeclineForm | CallbackForm] = {
            1: self.reached, 2: self.decline, 3: self.callback}
        for form in self.forms.values():
            self.stages.addWidget(form)
        self.stage_hint = QLabel()
        self.stage_hint.setObjectName("stage_hint")
        self.stage_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("save_call")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(self.tr("Back (Esc)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.show_stage(0))
        self.error = error_label("call")
        bottom = QHBoxLayout()
        bottom.addWidget(self.stage_hint, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        self.stage_scroll = QScrollArea()
        self.stage_scroll.setWidgetResizable(True)
        self.stage_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stage_scroll.setWidget(self.stages)
        layout.addLayout(columns, 2)
        layout.addWidget(self.stage_scroll, 0)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.show_stage(0)

    # building -------------------------------------------------------------------
    def _phones_group(self, p: Patient) -> QGroupBox:
        group = QGroupBox(self.tr("Phone numbers"))
        grid = QGridLayout(group)
        country = self.clinic.patients.country
        big = scaled(group.font(), 1.3)
        self.copy_buttons: list[QPushButton] = []
        numbers = list(p.phones) + [w for w in p.wrong_phones if w not in p.phones]
        for i, number in enumerate(numbers):
            shown = display(number, country)
            label = QLabel(shown)
            label.setFont(big)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, i, 0)
            if number in p.wrong_phones:
                label.setText("✗ " + shown)
                note = QLabel(self.tr("wrong number: do not use"))
                note.setObjectName("wrong_number")
                grid.addWidget(note, i, 1)
                continue
            button = self._copy_button(number, shown, self.tr("Copy"))
            grid.addWidget(button, i, 1)
        if not numbers:
            grid.addWidget(QLabel(self.tr("No phone number on record.")), 0, 0)
        return group

    def _copy_button(self, number: str, shown: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("copy_phone")
        button.setAccessibleName(self.tr("Copy {0}").format(shown))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: self.copy_phone(number, shown))
        self.copy_buttons.append(button)
        return button

    def _about_group(self, p: Patient, visit: dict[str, Any] | None) -> QGroupBox:
        group = QGroupBox(self.tr("About this patient"))
        box = QVBoxLayout(group)
        language = LANGUAGES.get(p.preferred_language, p.preferred_language)
        box.addWidget(QLabel(self.tr("Speaks: {0}").format(tr_label(language))))
        s = p.support
        if s and s.name:
            country = self.clinic.patients.country
            who = f"{s.name} ({s.relationship})" if s.relationship else s.name
            phone = display(s.phone, country) if s.phone else ""
            text = self.tr("Support person: {0} {1}").format(who, phone).strip()
            if not s.consent_at:
                text += " — " + self.tr("no consent recorded: do not share health details")
            row = QHBoxLayout()
            label = QLabel(text)
            label.setObjectName("support")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if s.phone:
                row.addWidget(self._copy_button(s.phone, phone, self.tr("Copy")))
            box.addLayout(row)
        else:
            box.addWidget(QLabel(self.tr("Support person: none recorded")))
        if visit:
            parts = [visit["visit_date"], visit.get("clinician") or "", visit.get("reason") or ""]
            text = self.tr("Last visit: {0}").format(" · ".join(x for x in parts if x))
        else:
            text = self.tr("Last visit: none on record")
        last = QLabel(text)
        last.setObjectName("last_visit")
        last.setWordWrap(True)
        box.addWidget(last)
        return group

    def _plan_group(self, plan: CarePlan | None) -> QGroupBox:
        """Current medicines (with how many when), agreed changes and the patient's own
        goals, from the care plan: what to ask about."""
        group = QGroupBox(self.tr("Medicines and goals"))
        group.setObjectName("plan")
        box = QVBoxLayout(group)
        if plan is None:
            box.addWidget(QLabel(self.tr("No care plan yet.")))
            return group
        when = {Slot.MORNING: self.tr("morning"), Slot.MIDDAY: self.tr("midday"),
                Slot.EVENING: self.tr("evening"), Slot.BEDTIME: self.tr("bedtime")}
        lines = []
        for m in plan.medicines:
            slots = ", ".join(f"{when[s]} {amount_text(m.amount(s))}" for s in SLOTS
                              if m.amount(s))
            lines.append(f"• <b>{escape(m.name)}</b> {escape(m.dose)}"
                         + (f" — {escape(slots)}" if slots else ""))
            if m.agreed_change:
                lines.append("&nbsp;&nbsp;" + self.tr("Agreed: {0}").format(
                    escape(m.agreed_change)))
        if not plan.medicines:
            lines.append(self.tr("No medicines in the plan."))
        if plan.goals:
            lines.append(self.tr("<b>Their goals</b>, in their words:"))
            lines += [f"• {escape(g)}" for g in plan.goals]
        label = QLabel("<br>".join(lines))
        label.setObjectName("plan_text")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Medicines and goals"))
        box.addWidget(label)
        return group

    def _script_group(self, row: QueueRow, p: Patient, language: str) -> QWidget:
        group = QGroupBox(self.tr("What to say"))
        inner = QWidget()
        box = QVBoxLayout(inner)
        actor = self.clinic.access.actor
        caller = (actor.display_name or actor.username) if actor else ""
        hello = scripts.greeting(language, patient=p.full_name, caller=caller,
                                 clinic=str(self.clinic.settings.get("clinic_name")))
        used = {hello.language} if hello else set()
        if hello:
            box.addWidget(self._words(hello.text, "greeting"))
        for kind, reason in zip(row.entry.kinds, row.entry.reasons, strict=False):
            title = QLabel("• " + tr_label(reason or kind_label(kind)))
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
            box.addWidget(title)
            found = scripts.script_for(kind.value, language)
            if found:
                used.add(found.language)
                box.addWidget(self._words(found.text, f"script_{kind.value}"))
        if language not in used:
            note = QLabel(self.tr("No script in {0} yet: these words are in English; say them "
                                  "in the patient's language.").format(
                tr_label(LANGUAGES.get(language, language))))
            note.setObjectName("script_fallback")
            note.setWordWrap(True)
            box.addWidget(note)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(group)
        outer.addWidget(scroll)
        return group

    def _words(self, text: str, name: str) -> QLabel:
        label = QLabel("“" + text + "”")
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setFont(scaled(label.font(), 1.15))
        label.setContentsMargins(16, 0, 0, 8)
        return label

    def _outcome_keys(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.outcome_buttons: dict[str, QPushButton] = {}
        self.keys = outcome_keys()
        for i, (key, outcome) in enumerate(self.keys.items()):
            text = f"[{key}]  {tr_label(OUTCOME_LABELS[outcome])}"
            button = QPushButton(text)
            button.setObjectName(f"outcome_{key}")
            button.setAccessibleName(self.tr("{0}, key {1}").format(
                tr_label(OUTCOME_LABELS[outcome]), key))
            button.setAutoDefault(False)
            button.setFont(scaled(button.font(), 1.15))
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
            button.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            self.outcome_buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)
        return holder

    # stages -----------------------------------------------------------------------
    def show_stage(self, stage: int) -> None:
        self.stages.setCurrentIndex(stage)
        # Only the page shown takes room: the outcome keys stay compact, a form gets space.
        for i in range(self.stages.count()):
            policy = QSizePolicy.Policy.Preferred if i == stage else QSizePolicy.Policy.Ignored
            self.stages.widget(i).setSizePolicy(policy, policy)
        self.stages.adjustSize()
        outer = self.layout()
        if stage == 0:
            self.stage_scroll.setMaximumHeight(self.stages.widget(0).sizeHint().height() + 4)
        else:
            self.stage_scroll.setMaximumHeight(16_777_215)
        if isinstance(outer, QVBoxLayout):
            outer.setStretchFactor(self.stage_scroll, 0 if stage == 0 else 3)
        show_error(self.error, "")
        in_form = stage != 0
        self.save_button.setVisible(in_form)
        self.back_button.setVisible(in_form)
        if not in_form:
            self.outcome = None
            self.stage_hint.setText(self.tr(
                "What happened? Press a letter key: {0}. Esc closes without saving.").format(
                ", ".join(f"{key} {tr_label(OUTCOME_LABELS[o]).lower()}"
                          for key, o in self.keys.items())))
            (self.copy_buttons[0] if self.copy_buttons else self.stages).setFocus()
        else:
            assert self.outcome is not None
            self.stage_hint.setText(self.tr("{0}: Enter saves, Esc goes back.").format(
                tr_label(OUTCOME_LABELS[self.outcome])))
            self.forms[stage].start()

    def choose(self, outcome: Outcome) -> None:
        """An outcome key or button: log it now, or ask the few more things it needs."""
        if self._saving:
            return
        self.outcome = outcome
        if outcome in _FORMS:
            self.show_stage(_FORMS[outcome])
        else:
            self._log({})

    def save(self) -> None:
        stage = self.stages.currentIndex()
        if stage == 0 or self.outcome is None:
            return
        self._log(self.forms[stage].values())

    def _log(self, values: dict[str, Any]) -> None:
        outcome = self.outcome
        assert outcome is not None
        self._saving = True
        fid = self.row.entry.follow_up_ids[0]
        phone = self.called_phone or next(
            (x for x in self.patient.phones if x not in self.patient.wrong_phones), None)
        calls = self.clinic.calls
        self.tasks.run(lambda: calls.log_call(fid, outcome, phone=phone, **values),
                       self._logged, self._failed)

    def _logged(self, result: LoggedCall) -> None:
        self._saving = False
        self.logged.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        form = self.forms.get(self.stages.currentIndex())
        if isinstance(exc, ValidationError) and form is not None:
            form.show_errors(exc.errors)
        elif isinstance(exc, ValidationError):
            show_error(self.error, " ".join(tr_label(m) for m in exc.errors.values()))
        elif isinstance(exc, ClinicError):
            show_error(self.error, tr_label(str(exc)))
        else:
            show_error(self.error, self.tr("Saving failed: {0}. Nothing was changed.").format(
                exc))

    def copy_phone(self, number: str, shown: str) -> None:
        QGuiApplication.clipboard().setText(shown.replace(" ", ""))
        self.called_phone = number
        self.stage_hint.setText(self.tr("Copied {0}. Paste it into the phone or dial it, "
                                        "then press the key for what happened.").format(shown))

    # keys -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        stage = self.stages.currentIndex()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if stage == 0 and plain and event.text().upper() in self.keys:
            self.choose(self.keys[event.text().upper()])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and stage != 0:
            self.save()
            return
        if key == Qt.Key.Key_Escape and stage != 0:
            self.show_stage(0)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._saving:
            super().reject()

