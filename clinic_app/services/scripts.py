"""Short suggested call scripts in plain words, one per follow-up kind, per language.

Templates live in ``resources/scripts/<language>.json``; a language without a file (or a
kind missing from it) falls back to English, and the caller is told which language it got.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from clinic_app.paths import resource_path

logger = logging.getLogger(__name__)

FALLBACK = "en"


@dataclass(frozen=True)
class Script:
    text: str
    language: str  # the language the text is in (the fallback when none was found)


@lru_cache(maxsize=16)
def _templates(language: str) -> dict[str, Any] | None:
    path = resource_path("scripts", f"{language}.json")
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:  # a damaged file: say so in the log, use English
        logger.warning("call scripts %s unreadable: %s", path, exc)
        return None


def languages() -> list[str]:
    """Languages with a script file."""
    return sorted(p.stem for p in resource_path("scripts").glob("*.json"))


def _pick(key: str, language: str, kind: str | None = None) -> Script | None:
    for lang in (language, FALLBACK):
        data = _templates(lang) or {}
        text = (data.get("kinds") or {}).get(kind) if kind else data.get(key)
        if text:
            return Script(str(text), lang)
    return None


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "…"


def script_for(kind: str, language: str) -> Script | None:
    """The suggested words for one follow-up kind, in ``language`` where a template exists."""
    return _pick("kinds", language, kind)


def greeting(language: str, *, patient: str, caller: str, clinic: str) -> Script | None:
    """The opening line, with the names filled in."""
    found = _pick("greeting", language)
    if found is None:
        return None
    names = _Blank(patient=patient, caller=caller, clinic=clinic)
    return Script(found.text.format_map(names), found.language)


def teach_back(language: str) -> Script | None:
    """A plain 'tell me in your own words' question."""
    return _pick("teach_back", language)
