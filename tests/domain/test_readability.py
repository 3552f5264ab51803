"""Plain-language check: jargon lists, reading scores, long sentences, offsets, threads."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.domain.readability import (
    LANGUAGES,
    MAX_SENTENCE_WORDS,
    TARGETS,
    Readability,
    check,
    jargon,
)
from clinic_app.domain.text import fold

HARD = {
    "en": (
        "Patients diagnosed with uncontrolled hypertension should demonstrate consistent "
        "adherence to pharmacological interventions, including antihypertensive medications "
        "administered orally, while simultaneously implementing comprehensive dietary "
        "modifications and regular physical activity."
    ),
    "es": (
        "Los pacientes diagnosticados con hipertensión arterial no controlada deberán mantener "
        "una adherencia terapéutica constante a las intervenciones farmacológicas prescritas, "
        "incluyendo la administración de antihipertensivos por vía oral, implementando "
        "simultáneamente modificaciones dietéticas considerables."
    ),
    "fr": (
        "Les patients présentant une hypertension artérielle insuffisamment contrôlée doivent "
        "maintenir une observance thérapeutique rigoureuse des traitements pharmacologiques "
        "prescrits, notamment l'administration d'antihypertenseurs par voie orale, tout en "
        "instaurant simultanément des modifications diététiques significatives."
    ),
}
PLAIN = {
    "en": "Take your pill each day. Eat less salt. Walk a bit each day. "
    "Come back in two weeks. Call us if you feel sick.",
    "es": "Tome su pastilla cada día. Coma con poca sal. Camine un rato cada día. "
    "Vuelva en dos semanas. Llame si se siente mal.",
    "fr": "Prenez votre pilule tous les jours. Mangez peu de sel. Marchez un peu chaque jour. "
    "Revenez dans deux semaines. Appelez si vous avez mal.",
}
# Plain filler words for generated texts: none of them is part of any jargon entry.
FILLER = {
    "en": "take your pill with food and water each day walk eat less salt call us".split(),
    "es": "tome su pastilla con comida y agua cada día camine coma llame".split(),
    "fr": "prenez votre pilule avec un repas chaque jour marchez appelez buvez".split(),
}
SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n- ", "  ", "\t", " (", ") "]


@pytest.fixture(autouse=True)
def _restore_textstat_language() -> Iterator[None]:
    yield
    textstat.set_lang("en_US")


def jargon_flags(result: Readability) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in result.flags if f.kind == "jargon"]


def raw_pairs(language: str) -> list[tuple[str, str]]:
    path = resources.files("clinic_app") / "resources" / "careplan" / "jargon" / f"{language}.json"
    pairs = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=list)
    assert isinstance(pairs, list)
    return pairs


# --- the jargon lists ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_jargon_list_is_well_formed(language: str) -> None:
    pairs = raw_pairs(language)
    keys = [k for k, _ in pairs]
    assert len(keys) >= 60
    assert len(set(keys)) == len(keys), "a key appears twice in the file"
    folded = [fold(k) for k in keys]
    assert len(set(folded)) == len(folded), "two keys differ only by accents or case"
    for key, plain in pairs:
        assert isinstance(plain, str) and plain.strip() == plain and plain
        assert key == key.lower() == " ".join(key.split()), key
        assert fold(plain) != fold(key), f"{key!r} maps to itself"
    assert jargon(language) == dict(pairs)


@pytest.mark.parametrize("language", LANGUAGES)
def test_replacements_are_not_jargon_themselves(language: str) -> None:
    for key, plain in jargon(language).items():
        assert jargon_flags(check(plain, language)) == [], f"{key!r} -> {plain!r}"


@pytest.mark.parametrize(
    ("language", "key", "plain"),
    [
        ("en", "hypertension", "high blood pressure"),
        ("en", "adhere", "keep taking"),
        ("en", "oral", "by mouth"),
        ("es", "hipertensión", "presión alta"),
        ("es", "vía oral", "por la boca"),
        ("fr", "hypertension artérielle", "tension trop haute"),
        ("fr", "per os", "par la bouche"),
    ],
)
def test_required_entries(language: str, key: str, plain: str) -> None:
    assert jargon(language)[key] == plain


@pytest.mark.parametrize("language", LANGUAGES)
def test_lists_include_phrases(language: str) -> None:
    assert sum(" " in k for k in jargon(language)) >= 10


def test_jargon_loader_is_cached() -> None:
    assert jargon("fr") is jargon("fr")


# --- scores -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_hard_text_scores_worse_than_plain_and_misses_target(language: str) -> None:
    hard, plain = check(HARD[language], language), check(PLAIN[language], language)
    assert hard.score is not None and plain.score is not None
    if hard.higher_is_easier:
        assert hard.score < plain.score
        assert hard.score < TARGETS[language] <= plain.score
    else:
        assert hard.score > plain.score
        assert hard.score > TARGETS[language] >= plain.score
    assert not hard.ok and hard.verdict.startswith("Hard to read")
    assert plain.ok and plain.verdict.startswith("Easy to read")


def test_measures_and_directions() -> None:
    en, es, fr = (check(PLAIN[lang], lang) for lang in LANGUAGES)
    assert (en.measure, en.higher_is_easier) == ("Flesch-Kincaid grade", False)
    assert (es.measure, es.higher_is_easier) == ("Fernández-Huerta", True)
    assert (fr.measure, fr.higher_is_easier) == ("Kandel-Moles", True)


def test_english_score_is_textstat_flesch_kincaid() -> None:
    textstat.set_lang("en_US")
    assert check(HARD["en"], "en").score == pytest.approx(textstat.flesch_kincaid_grade(HARD["en"]))


def test_spanish_score_is_textstat_fernandez_huerta() -> None:
    textstat.set_lang("es")
    assert check(HARD["es"], "es").score == pytest.approx(textstat.fernandez_huerta(HARD["es"]))


@pytest.mark.parametrize("text", [PLAIN["fr"], HARD["fr"]])
def test_french_score_uses_kandel_moles(text: str) -> None:
    score = check(text, "fr").score
    textstat.set_lang("fr")
    assert score == pytest.approx(textstat.flesch_reading_ease(text))
    words, sentences = textstat.lexicon_count(text), textstat.sentence_count(text)
    syllables = textstat.syllable_count(text)
    kandel_moles = 207 - 1.015 * words / sentences - 73.6 * syllables / words
    english_flesch = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words
    assert score == pytest.approx(kandel_moles)
    assert abs(score - english_flesch) > 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", " - \n ... "])
def test_nothing_to_score(language: str, text: str) -> None:
    result = check(text, language)
    assert result.score is None and result.ok and result.flags == ()
    assert (result.words, result.sentences) == (0, 0)


@pytest.mark.parametrize("language", ["de", "", "english", "e"])
def test_unknown_language_is_a_plain_error(language: str) -> None:
    with pytest.raises(ValueError, match="en, es, fr"):
        check("Take one pill.", language)
    with pytest.raises(ValueError, match="en, es, fr"):
        jargon(language)


def test_regional_codes_use_the_base_language() -> None:
    assert check(PLAIN["fr"], "fr_CA") == check(PLAIN["fr"], "fr")
    assert check(PLAIN["es"], "ES-mx").language == "es"


# --- long sentences ---------------------------------------------------------------------


def sentence(n: int) -> str:
    words = "please take one small white pill with a full glass of clean water every".split()
    words += "morning before you eat any food".split()
    return " ".join(words[:n]).capitalize() + "."


def long_flags(result: Readability) -> list[str]:
    return [f.text for f in result.flags if f.kind == "long_sentence"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sixteen_words_flagged_fifteen_not(language: str) -> None:
    assert MAX_SENTENCE_WORDS == 15
    fifteen, sixteen = sentence(15), sentence(16)
    text = f"{fifteen} {sixteen} Rest."
    result = check(text, language)
    assert long_flags(result) == [sixteen]
    (flag,) = [f for f in result.flags if f.kind == "long_sentence"]
    assert text[flag.start : flag.end] == sixteen
    assert flag.suggestion == "Split this sentence: 16 words (aim for 15 or fewer)."
    assert (result.words, result.sentences) == (32, 3)


def test_decimals_do_not_split_sentences() -> None:
    text = "Take 2.5 mg in the morning and 0,5 mg at night with a glass of water after food today."
    result = check(text, "en")
    assert result.sentences == 1 and result.words == 19
    assert long_flags(result) == [text]


def test_each_line_is_a_sentence_and_list_markers_are_skipped() -> None:
    lines = ["Take your pill each morning", "Eat less salt", "Walk a bit each day"]
    bullets = "\n".join(f"- {line}" for line in lines)
    numbered = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    prose = " ".join(f"{line}." for line in lines)
    results = [check(t, "en") for t in (bullets, numbered, prose, "\r\n".join(lines))]
    assert {(r.sentences, r.words) for r in results} == {(3, 13)}
    assert len({r.score for r in results}) == 1
    joined = check(" ".join(lines), "en")  # no stops, no breaks: one long sentence
    assert joined.sentences == 1 and joined.score is not None
    assert joined.score > results[0].score  # type: ignore[operator]


def test_sentence_ends_at_question_and_exclamation_marks() -> None:
    result = check("Do you feel dizzy? Sit down! Then call us… We will help.", "en")
    assert result.sentences == 4


# --- jargon matching ----------------------------------------------------------------------


def test_whole_words_only() -> None:
    for text in ["Moral support helps.", "He is immoral.", "Act morally.", "oralb", "oral_x"]:
        assert jargon_flags(check(text, "en")) == [], text
    assert jargon_flags(check("Oral.", "en")) == [("Oral", "By mouth")]
    assert jargon_flags(check("Take it (oral)", "en")) == [("oral", "by mouth")]


def test_longest_phrase_wins() -> None:
    assert jargon_flags(check("Adhere to the plan.", "en")) == [("Adhere to", "Keep taking")]
    assert jargon_flags(check("Check your blood  glucose.", "en")) == [
        ("blood  glucose", "blood sugar")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Tiene HIPERTENSIÓN.", [("HIPERTENSIÓN", "Presión alta")]),
        ("es", "Hipertensión arterial leve.", [("Hipertensión arterial", "Presión alta")]),
        ("es", "Tomar por VÍA ORAL.", [("por VÍA ORAL", "por la boca")]),
        ("es", "Sin hipertension ni cefalea.", [("hipertension", "presión alta"),
                                              ("cefalea", "dolor de cabeza")]),
        ("es", "¿Náuseas?", [("Náuseas", "Ganas de vomitar")]),
        ("fr", "Hypertension artérielle connue.", [("Hypertension artérielle",
                                                    "Tension trop haute")]),
        ("fr", "À prendre PER OS.", [("PER OS", "Par la bouche")]),
        ("fr", "Œdème et oedème.", [("Œdème", "Gonflement"), ("oedème", "gonflement")]),
        ("fr", "Pour s’hydrater, boire.", [("s’hydrater", "boire")]),
        ("fr", "Traiter l'hypertension.", [("hypertension", "tension trop haute")]),
        ("fr", "Une hypertendue.", [("hypertendue", "qui a trop de tension")]),
        ("fr", "Une élève.", []),
    ],
)
def test_accented_jargon(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert jargon_flags(check(text, language)) == expected


#: language, text, spans of the inserted jargon
Case = tuple[str, str, list[tuple[int, int]]]


@st.composite
def text_with_jargon(draw: st.DrawFn) -> Case:
    """A text of plain filler words with jargon inserted; returns it and the jargon spans."""
    language = draw(st.sampled_from(LANGUAGES))
    keys = sorted(jargon(language))
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for _ in range(draw(st.integers(1, 40))):
        if draw(st.booleans()):
            key = draw(st.sampled_from(keys))
            word = draw(st.sampled_from([key, key.upper(), key.capitalize()]))
            spans.append((pos, pos + len(word)))
        else:
            word = draw(st.sampled_from(FILLER[language]))
        # a filler word always follows, so two inserted entries never form a phrase together
        tail = draw(st.sampled_from(SEPARATORS)) + draw(st.sampled_from(FILLER[language]))
        piece = word + tail + draw(st.sampled_from(SEPARATORS))
        parts.append(piece)
        pos += len(piece)
    return language, "".join(parts), spans


def test_filler_words_are_not_part_of_any_entry() -> None:
    for language in LANGUAGES:
        entry_words = {w for key in jargon(language) for w in fold(key).split()}
        assert not entry_words & {fold(w) for w in FILLER[language]}


@settings(max_examples=200, deadline=None)
@given(text_with_jargon())
def test_flag_offsets_slice_back_to_their_text(case: Case) -> None:
    language, text, spans = case
    result = check(text, language)
    for flag in result.flags:
        assert flag.text == text[flag.start : flag.end]
    assert [(f.start, f.end) for f in result.flags if f.kind == "jargon"] == spans
    plain = {fold(k): v for k, v in jargon(language).items()}
    for flag in result.flags:
        if flag.kind == "jargon":
            expected = plain[fold(" ".join(flag.text.replace("’", "'").split()))]
            assert flag.suggestion.lower() == expected.lower()
    assert [f.start for f in result.flags] == sorted(f.start for f in result.flags)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGUAGES))
def test_any_text_gives_a_sane_result(text: str, language: str) -> None:
    result = check(text, language)
    for flag in result.flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert flag.text == text[flag.start : flag.end]
        assert flag.kind in {"jargon", "long_sentence"}
    assert (result.score is None) == (result.words == 0)
    assert result.sentences <= result.words


# --- threads ----------------------------------------------------------------------------


def test_concurrent_checks_match_single_threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [
        (language, f"{text} Visit {i} is on day {i * 7}.")
        for i in range(20)
        for language in LANGUAGES
        for text in (HARD[language], PLAIN[language])
    ]
    expected = [check(text, language) for language, text in jobs]
    # Widen the gap between setting textstat's language and scoring, and switch threads
    # often, so that another thread changing the language in between would be caught.
    set_lang = textstat.set_lang

    def slow_set_lang(lang: str) -> None:
        set_lang(lang)
        time.sleep(0.0002)

    monkeypatch.setattr(textstat, "set_lang", slow_set_lang)
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        for _ in range(3):
            _clear_textstat_caches()
            with ThreadPoolExecutor(max_workers=8) as pool:
                got = list(pool.map(lambda job: check(job[1], job[0]), jobs))
            assert got == expected
    finally:
        sys.setswitchinterval(old)


def _clear_textstat_caches() -> None:
    """Forget textstat's memoised results so the threads really compute."""
    from textstat.backend import metrics

    for name in ("flesch_reading_ease", "flesch_kincaid_grade", "fernandez_huerta"):
        getattr(metrics, name).cache_clear()


def test_textstat_language_is_set_for_every_call() -> None:
    textstat.set_lang("en_US")
    fr = check(PLAIN["fr"], "fr").score
    textstat.set_lang("de")  # someone else changed the global language
    assert check(PLAIN["fr"], "fr").score == fr
