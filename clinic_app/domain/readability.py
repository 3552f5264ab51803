"""Plain-language check of patient-facing text: reading score, long sentences, jargon.

Runs on every pause in typing, so it is pure and fast: the jargon lists are read once and
compiled into one regex per language. Scores come from textstat, whose language setting is
global, so every textstat call holds one lock and sets its language first. The first English
score loads textstat's pronouncing dictionary (about a second): call :func:`warm_up` from a
worker thread at start-up to pay that early. Instruction texts are English; the UI
translates them.
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import textstat

from clinic_app.domain.text import fold
from clinic_app.marks import N_

LANGUAGES = ("en", "es", "fr")
#: a sentence with more words than this is flagged
MAX_SENTENCE_WORDS = 15
#: English: highest school grade; Spanish and French: lowest score out of 100
TARGETS: dict[str, float] = {"en": 6, "es": 70, "fr": 70}


@dataclass(frozen=True)
class _Measure:
    name: str
    textstat_lang: str
    function: str  # name of the textstat function
    higher_is_easier: bool


_MEASURES = {
    "en": _Measure("Flesch-Kincaid grade", "en_US", "flesch_kincaid_grade", False),
    "es": _Measure("Fernández-Huerta", "es", "fernandez_huerta", True),
    # textstat 0.7.8 applies the Kandel & Moles (1958) constants for "fr":
    # 207 - 1.015 * words per sentence - 73.6 * syllables per word.
    "fr": _Measure("Kandel-Moles", "fr", "flesch_reading_ease", True),
}


@dataclass(frozen=True)
class Flag:
    """Something to fix: ``text == checked_text[start:end]``."""

    kind: str  # "long_sentence" | "jargon"
    start: int
    end: int
    text: str
    suggestion: str


@dataclass(frozen=True)
class Readability:
    language: str
    score: float | None  # None when there is nothing to score
    measure: str
    higher_is_easier: bool
    ok: bool  # the score meets TARGETS[language] (judged on the rounded number shown)
    verdict: str
    words: int
    sentences: int
    flags: tuple[Flag, ...]


# A word: letters/digits, kept whole across an inner apostrophe or hyphen ("don't",
# "l'hypertension", "follow-up") and a decimal point or comma ("2.5", "0,5"), as textstat counts.
_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’‐‑-][^\W_]+)*")
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
# A list marker at the start of a line: "- ", "• ", "1. ", "2) ", "a) ".
_MARKER = re.compile(r"\s*(?:[-*+•‣◦–—·]|\(?\d{1,3}[.)]|\(?[A-Za-z]\))\s+")
# A sentence ends at . ! ? … (and closing quotes) followed by a space or the end of the line,
# so "2.5 mg" and "e.g" stay inside their sentence.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_INNER_STOP = re.compile(r"[.!?…]+(?=\S)")
_TRAILING_STOP = re.compile(r"[\s.!?…\"'”’»)\]]+$")
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "’": "'"})
_LOCK = threading.Lock()


def _language(language: str) -> str:
    """'en', 'fr-CA', 'es_MX' -> the base code; anything else is a plain ValueError."""
    code = language.strip().lower().replace("_", "-").split("-")[0] if language else ""
    if code not in LANGUAGES:
        raise ValueError(
            N_("Unknown language {0}: the plain-language check knows {1}.")
                .format(repr(language), ', '.join(LANGUAGES))
        )
    return code


@functools.cache
def jargon(language: str) -> dict[str, str]:
    """Jargon word or phrase (lower case) -> plain words, for one language (shared: don't edit)."""
    code = _language(language)
    path = resources.files("clinic_app") / "resources" / "careplan" / "jargon" / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _key(phrase: str) -> str:
    """What a jargon match is looked up by: folded, one space, plain hyphens/apostrophes."""
    return fold(" ".join(phrase.translate(_HYPHENS).split()))


def _phrase_pattern(phrase: str) -> str:
    """Regex for one entry: any run of spaces, either apostrophe, with or without accents."""
    parts: list[str] = []
    for ch in " ".join(phrase.split()):
        if ch == " ":
            parts.append(r"\s+")
        elif ch in "'’":
            parts.append("['’]")
        elif ch in "-‐‑":
            parts.append("[-‐‑]")
        elif ch in "œæ":
            parts.append(f"(?:{ch}|{fold(ch)})")
        else:
            bare = fold(ch)
            same = bare == ch.casefold() or len(bare) != 1
            parts.append(re.escape(ch) if same else f"[{re.escape(ch)}{re.escape(bare)}]")
    return "".join(parts)


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    plain: dict[str, str]  # _key(jargon) -> plain words


@functools.cache
def _matcher(code: str) -> _Matcher:
    entries = jargon(code)
    longest_first = sorted(entries, key=lambda k: (-len(k), k))
    alternatives = "|".join(_phrase_pattern(k) for k in longest_first)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return _Matcher(pattern, {_key(k): v for k, v in entries.items()})


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    words: int


def _sentences(text: str) -> list[_Sentence]:
    """Sentences with at least one word; each line (list item) ends a sentence."""
    found: list[_Sentence] = []
    for line in _LINE.finditer(text):
        pos, line_end = line.start(), line.end()
        marker = _MARKER.match(text, pos, line_end)
        if marker:
            pos = marker.end()
        cuts = [m.end() for m in _END.finditer(text, pos, line_end)]
        if not cuts or cuts[-1] != line_end:
            cuts.append(line_end)
        for cut in cuts:
            start, end = pos, cut
            pos = cut
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            words = len(_WORD.findall(text, start, end))
            if words:
                found.append(_Sentence(start, end, words))
    return found


def _for_textstat(text: str, sentences: list[_Sentence]) -> str:
    """The sentences as textstat splits them: one stop at each end, none inside."""
    out = []
    for s in sentences:
        piece = text[s.start : s.end]
        tail = piece[len(_TRAILING_STOP.sub("", piece)) :]
        stop = "?" if "?" in tail else "!" if "!" in tail else "."
        body = _INNER_STOP.sub("", piece[: s.end - s.start - len(tail)])
        out.append(body + stop)
    return " ".join(out)


def _textstat_score(text: str, code: str) -> float:
    measure = _MEASURES[code]
    with _LOCK:
        textstat.set_lang(measure.textstat_lang)
        function: Callable[[str], float] = getattr(textstat, measure.function)
        return float(function(text))


def _round(x: float) -> int:
    return math.floor(x + 0.5)


def _verdict(code: str, score: float) -> tuple[bool, str]:
    target = TARGETS[code]
    shown = _round(score)
    if not _MEASURES[code].higher_is_easier:
        grade = "grade 1 or below" if shown <= 1 else f"grade {shown}"
        if shown <= target:
            return True, f"Easy to read ({grade})"
        return False, f"Hard to read: {grade} — aim for {target:g} or lower"
    shown_out_of_100 = min(max(shown, 0), 100)
    if shown >= target:
        return True, f"Easy to read (score {shown_out_of_100} out of 100)"
    return False, (f"Hard to read: score {shown_out_of_100} out of 100 — "
                   f"aim for {target:g} or higher")


def _jargon_flags(text: str, code: str) -> list[Flag]:
    matcher = _matcher(code)
    flags = []
    for m in matcher.pattern.finditer(text):
        found = m.group()
        plain = matcher.plain.get(_key(found))
        if plain is None:  # a casefold oddity: never offer a wrong word
            continue
        if found[:1].isupper():
            plain = plain[:1].upper() + plain[1:]
        flags.append(Flag("jargon", m.start(), m.end(), found, plain))
    return flags


def check(text: str, language: str) -> Readability:
    """Score ``text`` for reading ease in ``language`` and flag long sentences and jargon."""
    code = _language(language)
    measure = _MEASURES[code]
    sentences = _sentences(text)
    words = sum(s.words for s in sentences)
    if not words:
        return Readability(code, None, measure.name, measure.higher_is_easier, True,
                           "Nothing to check yet", 0, 0, ())
    flags = [
        Flag("long_sentence", s.start, s.end, text[s.start : s.end],
             f"Split this sentence: {s.words} words (aim for {MAX_SENTENCE_WORDS} or fewer).")
        for s in sentences
        if s.words > MAX_SENTENCE_WORDS
    ]
    flags += _jargon_flags(text, code)
    flags.sort(key=lambda f: (f.start, f.end, f.kind))
    score = _textstat_score(_for_textstat(text, sentences), code)
    ok, verdict = _verdict(code, score)
    return Readability(code, score, measure.name, measure.higher_is_easier, ok, verdict,
                       words, len(sentences), tuple(flags))


def warm_up() -> None:
    """Load the jargon lists and textstat's dictionaries (slow once; call off the GUI thread)."""
    for code in LANGUAGES:
        check("Take one tablet by mouth each morning.", code)
