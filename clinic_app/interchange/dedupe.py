"""Likely duplicates among many new rows at once, by the register's own rule.

``PatientService.find_duplicates`` asks the search indexes for one new patient at a time
(same names in any order, names starting alike, names that sound alike, the same phone,
born within six years) and lets ``domain.matching.duplicate_score`` decide. For a list of
100,000 rows the same candidates are found through in-memory keys built once — pairs of
3-letter name stems, pairs of sound keys, phone numbers — and the same rule decides.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from clinic_app.domain.matching import (
    DUPLICATE_THRESHOLD,
    DuplicateMatch,
    duplicate_score,
    skeleton,
)
from clinic_app.domain.patient import Patient
from clinic_app.domain.text import fold, tokens

BORN_SLACK = 6  # as find_duplicates: only people born within six years (or not known)
PER_KEY = 200  # as find_duplicates: at most this many candidates from one kind of match


@dataclass(frozen=True)
class Ref:
    """Who a match points at: a registered patient or an earlier row of the file."""

    clinic_number: str | None
    row: int | None
    name: str

    def describe(self) -> str:
        where = self.clinic_number if self.clinic_number else f"row {self.row}"
        return f"{where} {self.name}".strip()


class _Words:
    """tokens() and skeleton() of name parts, remembered: a register repeats its names."""

    def __init__(self) -> None:
        self._tokens: dict[str, list[str]] = {}
        self._sounds: dict[str, str] = {}

    def of(self, *parts: str) -> list[str]:
        out: list[str] = []
        for part in parts:
            if part:
                words = self._tokens.get(part)
                if words is None:
                    words = self._tokens[part] = tokens(part)
                out += words
        return out

    def sound(self, word: str) -> str:
        key = self._sounds.get(word)
        if key is None:
            key = self._sounds[word] = skeleton(word)
        return key


def _keys(words: list[str], sound: Callable[[str], str]) -> list[tuple[str, str, str]]:
    words = words[:4]
    stems = sorted({w[:3] for w in words})
    sounds = sorted({s for w in words if (s := sound(w))})
    keys = [("n", a, b) for a, b in itertools.combinations(stems, 2)]
    keys += [("s", a, b) for a, b in itertools.combinations(sounds, 2)]
    if len(stems) == 1:
        keys.append(("n", stems[0], ""))
    if len(sounds) == 1:
        keys.append(("s", sounds[0], ""))
    return keys


def _lookup_keys(words: list[str], sound: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """The keys a new patient is looked up by: its first name words' stems and sounds
    (find_duplicates matches on the given and family names)."""
    words = words[:3]
    if not words:
        return []
    stems = sorted({w[:3] for w in words})[:2]
    sounds = sorted({s for w in words if (s := sound(w))})[:2]
    out = [("n", stems[0], stems[1] if len(stems) > 1 else "")]
    if sounds:
        out.append(("s", sounds[0], sounds[1] if len(sounds) > 1 else ""))
    return out


def _score(candidate: Patient, name_text: str, sounds: list[str], village: str,
           other: Patient, other_text: str, other_sounds: list[str],
           other_village: str) -> float | None:
    """``duplicate_score``'s score, from words already folded (None: not a duplicate).

    The same arithmetic, so that the one candidate kept can be confirmed by
    ``duplicate_score`` itself; most candidates sharing name stems are other people and are
    settled here without it."""
    from rapidfuzz import fuzz

    name = 0.0
    if name_text and other_text:
        name = max(fuzz.token_sort_ratio(name_text, other_text),
                   0.92 * fuzz.token_set_ratio(name_text, other_text))
    if sounds and sounds == other_sounds:
        name = max(name, 88.0)
    shared = bool(set(candidate.phones) & set(other.phones))
    if name < 50 and not shared:
        return None
    score = name * 0.6
    if name >= 88:
        score = max(score, DUPLICATE_THRESHOLD)
    if shared:
        score += 35
    y1, y2 = candidate.approx_birth_year(), other.approx_birth_year()
    if y1 and y2:
        gap = abs(y1 - y2)
        slack = 0 if not (candidate.birth_year_estimated or other.birth_year_estimated) else 3
        if candidate.birth_date and candidate.birth_date == other.birth_date:
            score += 25
        elif gap <= max(1, slack):
            score += 15
        elif gap > 5 + slack:
            score -= 25
    if village and village == other_village:
        score += 10
    return None if score < DUPLICATE_THRESHOLD else min(score, 100.0)


class DuplicateIndex:
    def __init__(self) -> None:
        self._people: list[tuple[Patient, Ref, int | None, str, list[str], str]] = []
        self._villages: dict[str, str] = {}
        self._by_key: dict[tuple[str, str, str], list[int]] = {}
        self._words = _Words()

    def __len__(self) -> int:
        return len(self._people)

    def add(self, patient: Patient, ref: Ref) -> None:
        index = len(self._people)
        words = self._words.of(patient.given_name, patient.other_names, patient.family_name)
        # as duplicate_score reads a name: the full name's tokens, and their sorted sounds
        self._people.append((patient, ref, patient.approx_birth_year(), " ".join(words),
                             sorted(self._words.sound(w) for w in words),
                             self._village(patient.village)))
        for key in _keys(words, self._words.sound):
            self._by_key.setdefault(key, []).append(index)
        for phone in patient.phones:
            self._by_key.setdefault(("p", phone, ""), []).append(index)

    def _village(self, village: str) -> str:
        if not village:
            return ""
        folded = self._villages.get(village)
        if folded is None:
            folded = self._villages[village] = fold(village)
        return folded

    def add_all(self, people: Iterable[tuple[Patient, Ref]]) -> None:
        for patient, ref in people:
            self.add(patient, ref)

    def matches(self, candidate: Patient, limit: int = 3) -> list[tuple[Ref, DuplicateMatch]]:
        """The likeliest duplicates of ``candidate`` among those added, best first."""
        year = candidate.approx_birth_year()
        pool: dict[int, None] = {}
        words = self._words.of(candidate.given_name, candidate.family_name)
        for key in _lookup_keys(words, self._words.sound):
            taken = 0
            for i in self._by_key.get(key, ()):
                other_year = self._people[i][2]
                if year and other_year and abs(other_year - year) > BORN_SLACK:
                    continue
                pool[i] = None
                taken += 1
                if taken >= PER_KEY:
                    break
        for phone in candidate.phones:
            for i in self._by_key.get(("p", phone, ""), ())[:20]:
                pool[i] = None
        full = self._words.of(candidate.given_name, candidate.other_names,
                              candidate.family_name)
        text, sounds = " ".join(full), sorted(self._words.sound(w) for w in full)
        village = self._village(candidate.village)
        scored = []
        for i in pool:
            other, _, _, other_text, other_sounds, other_village = self._people[i]
            score = _score(candidate, text, sounds, village, other, other_text, other_sounds,
                           other_village)
            if score is not None:
                scored.append((-score, i))
        scored.sort()
        found: list[tuple[Ref, DuplicateMatch]] = []
        for _, i in scored:  # best first; the rule itself has the last word
            other, ref = self._people[i][0], self._people[i][1]
            match = duplicate_score(candidate, other)
            if match is not None:
                found.append((ref, match))
                if len(found) >= limit:
                    break
        found.sort(key=lambda f: -f[1].score)
        return found
