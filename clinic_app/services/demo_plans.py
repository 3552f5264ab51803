"""Demo care plans: every demo patient with a visit gets one, so any of them can be printed.

Plans are made from the plain-language library (conditions, warning signs, example goals)
and a small demo formulary in ``resources/demo/medicines.json``, in the patient's language.
A plan's content is chosen from a few hundred prepared variants, so a million-patient demo
does not pay for building each one.
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from importlib.resources import files
from typing import Any

from clinic_app.domain.careplan import PLAN_LANGUAGES, build_plan, plan_to_dict
from clinic_app.domain.ids import uuid7
from clinic_app.domain.library import conditions, handout_texts

PLAN_COLUMNS = ("id", "patient_id", "version", "language", "content", "created_by",
                "created_at", "updated_at", "hlc", "site_id", "deleted")
AGREED = {
    "en": "Takes it in the evening, agreed with {who}.",
    "es": "La toma por la noche, acordado con {who}.",
    "fr": "Le prend le soir, convenu avec {who}.",
}
#: what a demo visit was for → the condition its plan is about (others get a random one)
REASON_CONDITIONS = {
    "Blood pressure check": "high_blood_pressure", "Diabetes review": "type_2_diabetes",
    "Antenatal visit": "pregnancy_checkups", "HIV treatment review": "hiv_treatment",
    "TB treatment check": "tb_treatment", "Asthma review": "asthma", "Malaria test": "malaria",
    "Feeling low, poor sleep": "depression",
}
NEXT_STEPS = {
    "en": ["Come back in one month.", "Bring all your medicines with you."],
    "es": ["Vuelva en un mes.", "Traiga todas sus medicinas."],
    "fr": ["Revenez dans un mois.", "Apportez tous vos médicaments."],
}


@lru_cache(maxsize=1)
def _formulary() -> dict[str, list[dict[str, Any]]]:
    text = (files("clinic_app") / "resources" / "demo" / "medicines.json").read_text("utf-8")
    return json.loads(text)


def _plan_content(lang: str, keys: tuple[str, ...], agreed_with: str | None,
                  goal: int) -> str:
    library = conditions(lang)
    medicines = []
    for key in keys:
        for m in _formulary()[key]:
            medicines.append({
                "name": m["name"], "dose": m["dose"][lang],
                "schedule": dict(zip(("morning", "midday", "evening", "bedtime"),
                                     m["schedule"], strict=True)),
                "purpose": m["purpose"][lang], "side_effects": m["side_effects"][lang]})
    if agreed_with and medicines:
        first = medicines[0]
        if first["schedule"]["morning"] and not first["schedule"]["evening"]:
            first["schedule"] = {**first["schedule"], "morning": 0,
                                 "evening": first["schedule"]["morning"]}
            first["agreed_change"] = AGREED[lang].format(who=agreed_with)
    chosen = [library[k] for k in keys]
    examples = [g for c in chosen for g in c.goals_examples]
    warnings = list(dict.fromkeys(w for c in chosen for w in c.warning_signs[:3]))
    data = {
        "language": lang,
        "conditions": [{"key": c.key, "name": c.name, "explanation": c.explanation}
                       for c in chosen],
        "medicines": medicines,
        "goals": [examples[goal % len(examples)]] if examples else [],
        "warning_signs": warnings[:5],
        "next_steps": NEXT_STEPS[lang],
    }
    plan = build_plan("demo", data)  # the same checks a clinician's plan passes
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=4096)
def _variant(lang: str, keys: tuple[str, ...], agreed_with: str | None, goal: int) -> str:
    return _plan_content(lang, keys, agreed_with, goal)


def plan_rows(patients: list[tuple[str, str, str, str]], rng: random.Random, *, site_id: str,
              ms: int, stamp: str, clinicians: list[str]) -> list[tuple[Any, ...]]:
    """care_plans rows for (patient id, sex, language, last visit's reason): version 1 of
    each plan, about what the visit was for when the reason names a condition."""
    handout_texts("en")  # load the library once before the loop
    keys = list(conditions("en"))
    rows = []
    for i, (pid, sex, language, reason) in enumerate(patients):
        lang = language if language in PLAN_LANGUAGES else "en"
        allowed = [k for k in keys if k != "pregnancy_checkups" or sex == "female"]
        first = rng.choice(allowed)
        if REASON_CONDITIONS.get(reason) in allowed:
            first = REASON_CONDITIONS[reason]
        second = rng.choice(allowed) if rng.random() < 0.3 else first
        chosen = (first,) if second == first else (first, second)
        agreed_with = rng.choice(clinicians) if rng.random() < 0.25 else None
        content = _variant(lang, chosen, agreed_with, rng.randrange(3))
        rows.append((uuid7(ms, rng), pid, 1, lang, content, "daniel", stamp, stamp,
                     f"{ms:013d}-{i % 1_000_000:06d}-{site_id}", site_id, 0))
    return rows
