"""A patient's care plan: what the clinician and the patient agreed, in plain words.

Plans are versioned: each save is a new version and a printed handout names the version it
was printed from. Everything here is plain data; the wording of the fixed texts and the
library of conditions lives in ``resources/`` (see ``clinic_app.domain.library``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from clinic_app.errors import ValidationError
from clinic_app.marks import N_


class Slot(StrEnum):
    """The Universal Medication Schedule: four times of day."""

    MORNING = "morning"
    MIDDAY = "midday"
    EVENING = "evening"
    BEDTIME = "bedtime"


SLOTS = tuple(Slot)
#: the most pills one slot may hold; more is almost certainly a typing slip
MAX_PER_SLOT = 10.0
PLAN_LANGUAGES = ("en", "es", "fr")


def amount_text(amount: float) -> str:
    """How many, the way a patient reads it: 1, 2, ½, 1½ (empty for none)."""
    if amount <= 0:
        return ""
    whole, half = int(amount), amount - int(amount) >= 0.5
    if whole == 0:
        return "½"
    return f"{whole}½" if half else str(whole)


@dataclass(frozen=True)
class Medicine:
    name: str
    #: how many in each slot, in the order of SLOTS (0 = none; halves allowed)
    schedule: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    dose: str = ""  # e.g. "500 mg tablet"
    purpose: str = ""  # what it is for, in plain words
    side_effects: str = ""  # what to watch for
    agreed_change: str = ""  # e.g. "takes it in the evening — agreed with Dr. Okafor"

    def amount(self, slot: Slot) -> float:
        return self.schedule[SLOTS.index(slot)]

    @property
    def per_day(self) -> float:
        return sum(self.schedule)


@dataclass(frozen=True)
class Condition:
    key: str  # a library key ("high_blood_pressure") or "" for one the clinician wrote
    name: str
    explanation: str


@dataclass(frozen=True)
class CarePlan:
    patient_id: str
    language: str = "en"
    conditions: tuple[Condition, ...] = ()
    medicines: tuple[Medicine, ...] = ()
    goals: tuple[str, ...] = ()  # in the patient's own words
    warning_signs: tuple[str, ...] = ()  # "come in or call us if ..."
    next_steps: tuple[str, ...] = ()
    next_appointment: str | None = None  # ISO date or date-time
    next_appointment_with: str = ""
    support_person: str = ""  # name and relationship, e.g. "Grace (daughter)"
    # set by the store
    id: str | None = None
    version: int = 0
    created_at: str | None = None
    created_by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def patient_texts(self) -> list[str]:
        """Every text the patient will read: what the plain-language check looks at."""
        out = [t for c in self.conditions for t in (c.name, c.explanation)]
        out += [t for m in self.medicines for t in (m.purpose, m.side_effects, m.agreed_change)]
        out += [*self.goals, *self.warning_signs, *self.next_steps]
        return [t for t in out if t.strip()]


def _text(value: Any, limit: int = 2000) -> str:
    text = " ".join(str(value or "").split())
    return text[:limit]


def _lines(values: Any) -> tuple[str, ...]:
    if isinstance(values, str):
        values = values.splitlines()
    return tuple(t for t in (_text(v, 500) for v in values or ()) if t)


def _amount(value: Any, where: str, errors: dict[str, str]) -> float:
    if value in (None, ""):
        return 0.0
    text = str(value).strip().replace(",", ".").replace("½", ".5")
    if text.startswith("."):
        text = "0" + text
    try:
        amount = float(text)
    except ValueError:
        errors[where] = N_("“{0}” is not a number of pills: write 1, 2 or ½.").format(value)
        return 0.0
    if amount < 0 or amount > MAX_PER_SLOT or (amount * 2) != int(amount * 2):
        errors[where] = (N_("“{0}” pills: use whole or half pills, at most {1} at one time.")
            .format(value, format(MAX_PER_SLOT, 'g')))
        return 0.0
    return amount


def build_plan(patient_id: str, data: dict[str, Any]) -> CarePlan:
    """A checked care plan from form or JSON data; ValidationError names every problem."""
    errors: dict[str, str] = {}
    language = str(data.get("language") or "en")
    if language not in PLAN_LANGUAGES:
        errors["language"] = N_("Handouts are written in {0}.").format(', '.join(PLAN_LANGUAGES))
    conditions = []
    for i, c in enumerate(data.get("conditions") or ()):
        name = _text(c.get("name"), 200)
        if not name:
            errors[f"conditions.{i}.name"] = N_("A condition needs a name.")
        conditions.append(Condition(key=_text(c.get("key"), 60), name=name,
                                    explanation=_text(c.get("explanation"))))
    medicines = []
    for i, m in enumerate(data.get("medicines") or ()):
        name = _text(m.get("name"), 200)
        if not name:
            errors[f"medicines.{i}.name"] = N_("A medicine needs a name.")
        raw = m.get("schedule") or {}
        if isinstance(raw, dict):
            raw = [raw.get(s.value) for s in SLOTS]
        raw = list(raw) + [0] * (4 - len(raw))
        schedule = tuple(_amount(v, f"medicines.{i}.{s.value}", errors)
                         for v, s in zip(raw[:4], SLOTS, strict=True))
        medicines.append(Medicine(
            name=name, schedule=schedule,  # type: ignore[arg-type]
            dose=_text(m.get("dose"), 200), purpose=_text(m.get("purpose"), 500),
            side_effects=_text(m.get("side_effects"), 500),
            agreed_change=_text(m.get("agreed_change"), 500)))
    appointment = data.get("next_appointment") or None
    if appointment:
        try:
            parsed = dt.datetime.fromisoformat(str(appointment))
            appointment = parsed.isoformat(timespec="minutes") if len(str(appointment)) > 10 \
                else parsed.date().isoformat()
        except ValueError:
            errors["next_appointment"] = (N_("“{0}” is not a real date: write it as "
                                             "YYYY-MM-DD (and a time if known).")
                                                 .format(appointment))
    if errors:
        raise ValidationError(errors)
    return CarePlan(
        patient_id=patient_id, language=language, conditions=tuple(conditions),
        medicines=tuple(medicines), goals=_lines(data.get("goals")),
        warning_signs=_lines(data.get("warning_signs")),
        next_steps=_lines(data.get("next_steps")), next_appointment=appointment,
        next_appointment_with=_text(data.get("next_appointment_with"), 200),
        support_person=_text(data.get("support_person"), 200))


def plan_to_dict(plan: CarePlan) -> dict[str, Any]:
    """The plan's content as JSON-ready data (what is stored and what build_plan reads)."""
    return {
        "language": plan.language,
        "conditions": [{"key": c.key, "name": c.name, "explanation": c.explanation}
                       for c in plan.conditions],
        "medicines": [{"name": m.name, "dose": m.dose,
                       "schedule": {s.value: m.amount(s) for s in SLOTS},
                       "purpose": m.purpose, "side_effects": m.side_effects,
                       "agreed_change": m.agreed_change} for m in plan.medicines],
        "goals": list(plan.goals), "warning_signs": list(plan.warning_signs),
        "next_steps": list(plan.next_steps), "next_appointment": plan.next_appointment,
        "next_appointment_with": plan.next_appointment_with,
        "support_person": plan.support_person,
    }
