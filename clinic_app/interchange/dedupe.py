"""Likely duplicates among many new rows at once, by the register's own rule.

``PatientService.find_duplicates`` asks the search indexes for one new patient at a time
(same names in any order, names starting alike, names that sound alike, the same phone,
born within six years) and lets ``domain.matching.duplicate_score`` decide. For a list of
100,000 rows the same candidates are found through in-memory keys built once — pairs of
3-letter name stems, pairs of sound keys, phone numbers — and the same rule decides.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
        self._parts: dict[str, tuple[list[str], list[str]]] = {}

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

    def part(self, part: str) -> tuple[list[str], list[str]]:
        """A name part's tokens and each one's sound, remembered."""
        known = self._parts.get(part)
        if known is None:
            words = tokens(part) if part else []
            known = self._parts[part] = (words, [self.sound(w) for w in words])
        return known


def _keys(words: list[str], sounds: list[str]) -> list[tuple[str, str, str]]:
    """The keys a person is filed under (``sounds``: each word's, in the same order)."""
    stems = sorted({w[:3] for w in words[:4]})
    heard = sorted({s for s in sounds[:4] if s})
    keys = [("n", a, b) for a, b in itertools.combinations(stems, 2)]
    keys += [("s", a, b) for a, b in itertools.combinations(heard, 2)]
    if len(stems) == 1:
        keys.append(("n", stems[0], ""))
    if len(heard) == 1:
        keys.append(("s", heard[0], ""))
    return keys


def _lookup_keys(words: list[str], sounds: list[str]) -> list[tuple[str, str, str]]:
    """The keys a new patient is looked up by: its first name words' stems and sounds
    (find_duplicates matches on the given and family names; ``sounds``: each word's)."""
    if not words:
        return []
    stems = sorted({w[:3] for w in words[:3]})[:2]
    heard = sorted({s for s in sounds[:3] if s})[:2]
    out = [("n", stems[0], stems[1] if len(stems) > 1 else "")]
    if heard:
        out.append(("s", heard[0], heard[1] if len(heard) > 1 else ""))
    return out


_fuzz: Any = None


def _score(candidate: Patient, name_text: str, sounds: list[str], village: str,
           y1: int | None, other: _Entry) -> float | None:
    """``duplicate_score``'s score, from words already folded (None: not a duplicate).

    The same arithmetic, so that the one candidate kept can be confirmed by
    ``duplicate_score`` itself; most candidates sharing name stems are other people and are
    settled here without it."""
    global _fuzz
    if _fuzz is None:
        from rapidfuzz import fuzz as _fuzz
    fuzz = _fuzz
    name = 0.0
    other_text = other.text
    if name_text and other_text:
        name = max(fuzz.token_sort_ratio(name_text, other_text),
                   0.92 * fuzz.token_set_ratio(name_text, other_text))
    if sounds and sounds == other.sounds:
        name = max(name, 88.0)
    shared = bool(candidate.phones) and not other.phones.isdisjoint(candidate.phones)
    if name < 50 and not shared:
        return None
    score = name * 0.6
    if name >= 88:
        score = max(score, DUPLICATE_THRESHOLD)
    if shared:
        score += 35
    y2 = other.year
    if y1 and y2:
        gap = abs(y1 - y2)
        slack = 0 if not (candidate.birth_year_estimated or other.estimated) else 3
        if candidate.birth_date and candidate.birth_date == other.birth_date:
            score += 25
        elif gap <= max(1, slack):
            score += 15
        elif gap > 5 + slack:
            score -= 25
    if village and village == other.village:
        score += 10
    return None if score < DUPLICATE_THRESHOLD else min(score, 100.0)


class _Entry:
    """One person in the index: what the quick score reads, and the patient itself (made
    only when the rule itself is asked: most registered patients never are)."""

    __slots__ = ("_patient", "_ref", "_raw", "_row", "year", "text", "sounds", "village",
                 "phones", "birth_date", "estimated")

    def __init__(self, patient: Patient | None, ref: Ref | None, raw: tuple[Any, ...] | None,
                 year: int | None, text: str, sounds: list[str], village: str,
                 phones: tuple[str, ...], birth_date: str | None, estimated: bool,
                 row: int | None = None) -> None:
        self._patient, self._ref, self._raw, self._row = patient, ref, raw, row
        self.year, self.text, self.sounds, self.village = year, text, sounds, village
        self.phones, self.birth_date, self.estimated = frozenset(phones), birth_date, estimated

    @property
    def patient(self) -> Patient:
        if self._patient is None:
            pid, number, given, family, other, birth_date, birth_year, est, phones, village = \
                self._raw  # type: ignore[misc]
            self._patient = Patient(
                given_name=given, family_name=family, other_names=other, birth_date=birth_date,
                birth_year=birth_year, birth_year_estimated=bool(est), village=village,
                phones=phones, id=pid, clinic_number=number)
        return self._patient

    @property
    def ref(self) -> Ref:
        if self._ref is None and self._raw is None:  # a row of the file
            self._ref = Ref(None, self._row, self.patient.full_name)
        if self._ref is None:
            _, number, given, family, other = self._raw[:5]  # type: ignore[index]
            self._ref = Ref(number, None, " ".join(p for p in (given, other, family) if p))
        return self._ref


#: (tokens, each token's sound, the tokens as one text, the sounds sorted)
_Named = tuple[list[str], list[str], str, list[str]]


class DuplicateIndex:
    def __init__(self) -> None:
        self._people: list[_Entry] = []
        self._villages: dict[str, str] = {}
        # name key -> birth year (None: not known) -> people, in the order they were added
        self._by_key: dict[tuple[str, str, str], dict[int | None, list[int]]] = {}
        self._by_phone: dict[str, list[int]] = {}
        self._words = _Words()
        # the name words of the patient ``matches`` was last asked about: ``add`` of the
        # same patient (a row is looked up, then added) reads them again
        self._last: tuple[Patient, _Named] | None = None

    def __len__(self) -> int:
        return len(self._people)

    def add(self, patient: Patient, ref: Ref) -> None:
        self._add(patient, ref, None, patient.given_name, patient.other_names,
                  patient.family_name, patient.birth_date, patient.birth_year,
                  patient.birth_year_estimated, patient.village, patient.phones)

    def add_row(self, patient: Patient, row: int) -> None:
        """A row of the file (its Ref, 'row 7 Amina Otieno', made if asked)."""
        last = self._last
        self._add(patient, None, None, patient.given_name, patient.other_names,
                  patient.family_name, patient.birth_date, patient.birth_year,
                  patient.birth_year_estimated, patient.village, patient.phones,
                  row, last[1] if last is not None and last[0] is patient else None)

    def add_registered(self, pid: str, number: str, given: str, family: str, other: str,
                       birth_date: str | None, birth_year: int | None, estimated: Any,
                       phones: tuple[str, ...], village: str) -> None:
        """A registered patient, from its columns (the Patient and Ref are made if asked)."""
        self._add(None, None, (pid, number, given, family, other, birth_date, birth_year,
                               estimated, phones, village),
                  given, other, family, birth_date, birth_year, bool(estimated), village, phones)

    def _add(self, patient: Patient | None, ref: Ref | None, raw: tuple[Any, ...] | None,
             given: str, other: str, family: str, birth_date: str | None,
             birth_year: int | None, estimated: bool, village: str,
             phones: tuple[str, ...], row: int | None = None,
             named: _Named | None = None) -> None:
        index = len(self._people)
        words, sounds, text, heard = named or self._named(given, other, family)
        year = int(birth_date[:4]) if birth_date else birth_year  # approx_birth_year()
        self._people.append(_Entry(patient, ref, raw, year, text, heard,
                                   self._village(village), phones, birth_date, estimated, row))
        by_key, born = self._by_key, year or None
        for key in _keys(words, sounds):
            years = by_key.get(key)
            if years is None:
                by_key[key] = {born: [index]}
            else:
                years.setdefault(born, []).append(index)
        for phone in phones:
            self._by_phone.setdefault(phone, []).append(index)

    def _named(self, given: str, other: str, family: str) -> _Named:
        """As duplicate_score reads a name: the full name's tokens, each one's sound, the
        tokens as one text, and the sounds sorted."""
        part = self._words.part
        (wg, sg), (wo, so), (wf, sf) = part(given), part(other), part(family)
        words, sounds = wg + wo + wf, sg + so + sf
        return words, sounds, " ".join(words), sorted(sounds)

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
        return self.confirm(candidate, self.ranked(candidate), limit)

    def entry(self, i: int) -> tuple[Patient, Ref]:
        """The patient and Ref of the ``i``th person added."""
        return self._people[i].patient, self._people[i].ref

    def ranked(self, candidate: Patient) -> list[int]:
        """Those added who may be ``candidate`` by the quick score, best first (positions
        for ``entry``); the rule itself (``confirm``) has the last word."""
        year = candidate.approx_birth_year()
        people = self._people
        pool: dict[int, None] = {}
        part = self._words.part
        (wg, sg), (wf, sf) = part(candidate.given_name), part(candidate.family_name)
        named = self._named(candidate.given_name, candidate.other_names,
                            candidate.family_name)
        self._last = (candidate, named)
        for key in _lookup_keys(wg + wf, sg + sf):
            years = self._by_key.get(key)
            if not years:
                continue
            if year:  # those born within BORN_SLACK years of it, or when is not known
                near = [found for y in range(year - BORN_SLACK, year + BORN_SLACK + 1)
                        if (found := years.get(y))]
                if None in years:
                    near.append(years[None])
            else:
                near = list(years.values())
            if sum(len(found) for found in near) <= PER_KEY:
                pool.update(dict.fromkeys(itertools.chain.from_iterable(near)))
            else:  # the first PER_KEY of them, in the order they were added
                pool.update(dict.fromkeys(itertools.islice(heapq.merge(*near), PER_KEY)))
        for phone in candidate.phones:
            for i in self._by_phone.get(phone, ())[:20]:
                pool[i] = None
        if not pool:
            return []
        text, sounds = named[2], named[3]
        village = self._village(candidate.village)
        scored = []
        for i in pool:
            score = _score(candidate, text, sounds, village, year, people[i])
            if score is not None:
                scored.append((-score, i))
        scored.sort()
        return [i for _, i in scored]

    def confirm(self, candidate: Patient, ranked: list[int],
                limit: int = 3) -> list[tuple[Ref, DuplicateMatch]]:
        """Of ``ranked`` (best first), the first ``limit`` that ``duplicate_score`` says are
        likely duplicates, best first."""
        found: list[tuple[Ref, DuplicateMatch]] = []
        for i in ranked:
            other, ref = self.entry(i)
            match = duplicate_score(candidate, other)
            if match is not None:
                found.append((ref, match))
                if len(found) >= limit:
                    break
        found.sort(key=lambda f: -f[1].score)
        return found


def first_duplicate(candidate: Patient, others: list[Patient]
                    ) -> tuple[int, float, tuple[str, ...]] | None:
    """``confirm`` with a limit of one, from the patients themselves (in another process):
    the position in ``others`` of the first that ``duplicate_score`` says is a likely
    duplicate of ``candidate``, and its score and reasons; None when none is."""
    for j, other in enumerate(others):
        match = duplicate_score(candidate, other)
        if match is not None:
            return j, match.score, match.reasons
    return None
