"""The plain-language library: same keys and placeholders in every language, plain words."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from importlib.resources import files
from typing import Any

import pytest
import textstat

from clinic_app.domain import library
from clinic_app.domain.library import LANGUAGES, LibraryCondition

REQUIRED = ("high_blood_pressure", "type_2_diabetes", "hiv_treatment", "tb_treatment",
            "asthma", "pregnancy_checkups", "depression", "malaria")
TRANSLATIONS = [lang for lang in LANGUAGES if lang != "en"]
#: abbreviations patients know, allowed in capitals
ALLOWED_CAPS = {"HIV", "TB", "VIH", "SIDA", "AIDS"}
MAX_WORDS = 15
#: the bar each language's score must clear, and which side of it is plain
LIMITS: dict[str, tuple[str, float]] = {
    "en": ("flesch_kincaid_grade", 6.0),  # a school grade: at most
    "es": ("fernandez_huerta", 70.0),  # reading ease: at least
    "fr": ("flesch_reading_ease", 60.0),  # Kandel-Moles constants once set_lang("fr")
}

_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]+")


def raw(*parts: str) -> dict[str, Any]:
    """A resource file as written, without the loader's fallback to English."""
    text = files("clinic_app").joinpath("resources", *parts).read_text(encoding="utf-8")
    return dict(json.loads(text))


def handout_file(lang: str) -> dict[str, Any]:
    return raw("handout", f"{lang}.json")


def conditions_file(lang: str) -> dict[str, Any]:
    return raw("careplan", "conditions", f"{lang}.json")


def placeholders(value: Any) -> set[str]:
    items = value if isinstance(value, list) else [value]
    return {name for item in items for name in _PLACEHOLDER.findall(str(item))}


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def as_sentences(fragments: list[str] | tuple[str, ...]) -> str:
    """Warning-sign fragments as sentences: 'you cough up blood' -> 'You cough up blood.'"""
    return " ".join(f[:1].upper() + f[1:].rstrip(".") + "." for f in fragments)


def shouted(text: str) -> list[str]:
    """Words of 4+ letters written all in capitals, other than known abbreviations."""
    return [w for w in _WORD.findall(text)
            if len(w) >= 4 and w.isupper() and w not in ALLOWED_CAPS]


def all_texts(lang: str) -> Iterator[str]:
    for value in handout_file(lang).values():
        yield from value if isinstance(value, list) else [value]
    for c in conditions_file(lang).values():
        yield c["name"]
        yield c["explanation"]
        yield from c["warning_signs"]
        yield from c["goals_examples"]


@pytest.fixture
def score() -> Callable[[str, str], float]:
    """score(text, lang): the language's readability measure; textstat goes back to English."""
    def measure(text: str, lang: str) -> float:
        textstat.set_lang(lang)
        try:
            return float(getattr(textstat, LIMITS[lang][0])(text))
        finally:
            textstat.set_lang("en")

    return measure


def plain_enough(value: float, lang: str) -> bool:
    name, limit = LIMITS[lang]
    return value <= limit if name == "flesch_kincaid_grade" else value >= limit


# -- same shape in every language ------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_handout_has_exactly_the_english_keys(lang: str) -> None:
    assert list(handout_file(lang)) == list(handout_file("en"))


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_handout_placeholders_match_english(lang: str) -> None:
    english = handout_file("en")
    for key, value in handout_file(lang).items():
        assert placeholders(value) == placeholders(english[key]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_handout_texts_are_strings_and_the_questions_a_list(lang: str) -> None:
    texts = handout_file(lang)
    assert isinstance(texts["question_list"], list)
    assert len(texts["question_list"]) == len(handout_file("en")["question_list"])
    for key, value in texts.items():
        items = value if key == "question_list" else [value]
        assert all(isinstance(t, str) and t.strip() for t in items), key


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_conditions_have_exactly_the_english_keys(lang: str) -> None:
    assert list(conditions_file(lang)) == list(conditions_file("en"))
    english = conditions_file("en")
    for key, c in conditions_file(lang).items():
        assert set(c) == set(english[key]), key
        assert len(c["warning_signs"]) == len(english[key]["warning_signs"]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_required_conditions_exist(lang: str) -> None:
    assert set(REQUIRED) <= set(conditions_file(lang))
    assert set(REQUIRED) <= set(library.conditions(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_condition_is_complete(lang: str) -> None:
    for key, c in library.conditions(lang).items():
        assert c.key == key
        assert c.name.strip() and c.explanation.strip(), key
        assert 3 <= len(c.warning_signs) <= 5, key
        assert 2 <= len(c.goals_examples) <= 3, key
        assert 2 <= len(sentences(c.explanation)) <= 4, key
        # each sign completes "Call us or come in if ...", so it starts in lower case
        for sign in c.warning_signs:
            assert sign.strip() and not sign[0].isupper(), (key, sign)


# -- plain words -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_sentence_in_an_explanation_is_over_15_words(lang: str) -> None:
    for key, c in library.conditions(lang).items():
        for sentence in sentences(c.explanation):
            assert len(sentence.split()) <= MAX_WORDS, (key, sentence)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_condition_reads_plainly(lang: str, score: Callable[[str, str], float]) -> None:
    for key, c in library.conditions(lang).items():
        text = f"{c.explanation} {as_sentences(c.warning_signs)}"
        value = score(text, lang)
        assert plain_enough(value, lang), (key, LIMITS[lang], value)
        assert plain_enough(score(c.explanation, lang), lang), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_handout_as_a_whole_reads_plainly(
        lang: str, score: Callable[[str, str], float]) -> None:
    values = handout_file(lang).values()
    items = [t for v in values for t in (v if isinstance(v, list) else [v])]
    texts = [_PLACEHOLDER.sub("", t).strip() for t in items]
    handout = " ".join(t.rstrip(".:?\u00a0") + "." for t in texts if t)
    value = score(handout, lang)
    assert plain_enough(value, lang), (LIMITS[lang], value)


def test_score_fixture_measures_and_hard_text_fails(
        score: Callable[[str, str], float]) -> None:
    hard = ("Antihypertensive pharmacotherapy necessitates uninterrupted adherence, "
            "notwithstanding the asymptomatic presentation characteristic of hypertension.")
    assert not plain_enough(score(hard, "en"), "en")
    assert plain_enough(score("Take one pill each day. It keeps you well.", "en"), "en")


def test_textstat_is_back_in_english_after_scoring(score: Callable[[str, str], float]) -> None:
    text = "La malaria se contagia por la picadura de un mosquito."
    english = textstat.flesch_reading_ease(text)
    assert score(text, "es") != english  # Spanish constants and syllables really differ
    assert textstat.flesch_reading_ease(text) == english


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_capitals_for_emphasis(lang: str) -> None:
    loud = {text: shouted(text) for text in all_texts(lang) if shouted(text)}
    assert loud == {}


def test_shouting_is_caught_but_abbreviations_are_not() -> None:
    assert shouted("Do NOT stop your pills") == []  # three letters: too short to count
    assert shouted("NEVER stop your pills, even for ONE day") == ["NEVER"]
    assert shouted("Take your HIV and TB pills. El VIH y el SIDA.") == []


# -- the loader ------------------------------------------------------------------------------


def test_unknown_language_falls_back_to_english() -> None:
    assert library.handout_texts("xx") == library.handout_texts("en")
    assert library.handout_texts("") == handout_file("en")
    assert library.conditions("de") == library.conditions("en")
    assert library.condition("asthma", "zz") == library.condition("asthma", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_handout_texts_are_the_file_in_that_language(lang: str) -> None:
    assert library.handout_texts(lang) == handout_file(lang)


def test_translations_differ_from_english() -> None:
    en = library.handout_texts("en")
    for lang in TRANSLATIONS:
        assert library.handout_texts(lang)["title"] != en["title"]
        assert library.condition("malaria", lang) != library.condition("malaria", "en")


def test_conditions_keep_the_file_order_and_build_frozen_records() -> None:
    loaded = library.conditions("es")
    assert list(loaded) == list(conditions_file("es"))
    tb = loaded["tb_treatment"]
    assert isinstance(tb, LibraryCondition)
    assert isinstance(tb.warning_signs, tuple) and isinstance(tb.goals_examples, tuple)
    assert tb.warning_signs == tuple(conditions_file("es")["tb_treatment"]["warning_signs"])
    with pytest.raises(AttributeError):
        tb.name = "x"  # type: ignore[misc]


def test_condition_by_key() -> None:
    hbp = library.condition("high_blood_pressure", "en")
    assert hbp is not None and hbp.name == "High blood pressure"
    assert library.condition("no_such_condition", "en") is None
    assert library.condition("no_such_condition", "xx") is None


def test_callers_cannot_change_the_cached_texts() -> None:
    texts = library.handout_texts("fr")
    texts["title"] = "changed"
    texts["question_list"].append("changed")
    conds = library.conditions("fr")
    conds.pop("asthma")
    fresh = library.handout_texts("fr")
    assert fresh["title"] != "changed" and "changed" not in fresh["question_list"]
    assert "asthma" in library.conditions("fr")
