"""Fuzzy rules: likely-duplicate scoring and 'did you mean' spellings (rapidfuzz)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clinic_app.domain.patient import Patient
from clinic_app.domain.text import fold, tokens
from clinic_app.marks import N_

_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")

DUPLICATE_THRESHOLD = 60.0


def skeleton(word: str) -> str:
    """A rough sound key: folded, consonants only, doubles collapsed ('Muhammad' -> 'mhmd')."""
    w = fold(word)
    head, rest = w[:1], w[1:]
    return _DOUBLES.sub(r"\1", head + _VOWELS.sub("", rest))


def spelling_score(query: str, candidate: str) -> float:
    """How close two single names look or sound, 0..100."""
    from rapidfuzz import fuzz

    q, c = fold(query), fold(candidate)
    score = fuzz.ratio(q, c)
    if skeleton(q) == skeleton(c):
        score = max(score, 85.0)
    return score


@dataclass(frozen=True)
class DuplicateMatch:
    patient: Patient
    score: float
    reasons: tuple[str, ...]


def duplicate_score(new: Patient, other: Patient) -> DuplicateMatch | None:
    """Score how likely ``other`` is the same person as ``new``; None when unlikely."""
    from rapidfuzz import fuzz

    reasons: list[str] = []
    new_name = " ".join(tokens(new.full_name))
    other_name = " ".join(tokens(other.full_name))
    name = 0.0
    if new_name and other_name:
        # Order-free; a name missing its middle part ('Maria González' / 'Maria José
        # González') counts nearly as much as the whole.
        name = max(fuzz.token_sort_ratio(new_name, other_name),
                   0.92 * fuzz.token_set_ratio(new_name, other_name))
    # Sound-alike names count as similar too (Mohamed / Muhammad).
    new_keys = sorted(skeleton(t) for t in tokens(new.full_name))
    other_keys = sorted(skeleton(t) for t in tokens(other.full_name))
    if new_keys and new_keys == other_keys:
        name = max(name, 88.0)
    score = name * 0.6
    if name >= 80:
        reasons.append(N_("similar name"))
    if name >= 88:  # a near-identical or sound-alike name is worth a look on its own
        score = max(score, DUPLICATE_THRESHOLD)
    shared_phones = set(new.phones) & set(other.phones)
    if shared_phones:
        score += 35
        reasons.append(N_("same phone"))
    y1, y2 = new.approx_birth_year(), other.approx_birth_year()
    if y1 and y2:
        gap = abs(y1 - y2)
        slack = 0 if not (new.birth_year_estimated or other.birth_year_estimated) else 3
        if new.birth_date and other.birth_date and new.birth_date == other.birth_date:
            score += 25
            reasons.append(N_("same birth date"))
        elif gap <= max(1, slack):
            score += 15
            reasons.append(N_("same or near birth year"))
        elif gap > 5 + slack:
            score -= 25
    if new.village and other.village and fold(new.village) == fold(other.village):
        score += 10
        reasons.append(N_("same village"))
    if score < DUPLICATE_THRESHOLD or (name < 50 and not shared_phones):
        return None
    return DuplicateMatch(other, round(min(score, 100.0), 1), tuple(reasons))
