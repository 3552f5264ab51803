"""The plain-language library for printed care plans, in English, Spanish and French.

Two kinds of text, read from the package's ``resources/``:

* ``handout/<lang>.json``: the fixed words of the printed handout (titles, labels, the
  questions to ask), with ``{placeholders}`` the printer fills in;
* ``careplan/conditions/<lang>.json``: common conditions, each with an everyday name, a
  short explanation, warning signs ("come in or call us if ...") and example goals.

Every language has the same keys as English. An unknown language falls back to English.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

LANGUAGES = ("en", "es", "fr")
FALLBACK = "en"


@dataclass(frozen=True)
class LibraryCondition:
    key: str  # e.g. "high_blood_pressure"
    name: str  # the everyday name: "High blood pressure"
    explanation: str  # 2-4 very short sentences
    warning_signs: tuple[str, ...]  # each completes "Call us or come in if ..."
    goals_examples: tuple[str, ...]  # goals in a patient's own words


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else FALLBACK


@lru_cache(maxsize=16)
def _read(*parts: str) -> dict[str, Any]:
    resource = files("clinic_app").joinpath("resources", *parts)
    return dict(json.loads(resource.read_text(encoding="utf-8")))


def handout_texts(lang: str) -> dict[str, Any]:
    """The handout's fixed texts in ``lang`` (English for an unknown language).

    A key missing from a translation keeps its English text. The result is a fresh copy.
    """
    texts = dict(_read("handout", f"{FALLBACK}.json"))
    texts.update(_read("handout", f"{_lang(lang)}.json"))
    return copy.deepcopy(texts)


@lru_cache(maxsize=8)
def _conditions(lang: str) -> dict[str, LibraryCondition]:
    return {
        key: LibraryCondition(
            key=key, name=str(c["name"]), explanation=str(c["explanation"]),
            warning_signs=tuple(str(s) for s in c.get("warning_signs", ())),
            goals_examples=tuple(str(g) for g in c.get("goals_examples", ())))
        for key, c in _read("careplan", "conditions", f"{lang}.json").items()
    }


def conditions(lang: str) -> dict[str, LibraryCondition]:
    """The library's conditions in ``lang``, in the file's order (English if unknown)."""
    return dict(_conditions(_lang(lang)))


def condition(key: str, lang: str) -> LibraryCondition | None:
    """One library condition in ``lang``, or None if the library has no such key."""
    return _conditions(_lang(lang)).get(key)
