"""Name and query normalisation: fold, tokens, digits, clinic numbers."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from clinic_app.domain.text import (
    digits,
    fold,
    format_clinic_number,
    name_key,
    parse_clinic_number,
    tokens,
)

# Letters people really type in names, with and without marks, plus the ones NFKD
# does not decompose (ø, ł, ß, æ, Hausa hooked letters) and some that decompose into them.
NAME_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "áéíóúàèìòùâêîôûäëïöüñçãõåÁÉÍÓÚÀÈÌÒÙÑÇÄÖÜÅ"
    "øØłŁßæÆœŒđĐıƙƘɗƊɓƁƴƳǿǾǽǼ"
)
messy_text = st.text(alphabet=NAME_LETTERS + " -'.,_\t", max_size=30)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("María González", "maria gonzalez"),
        ("GONZÁLEZ", "gonzalez"),
        ("Hélène Lefèvre", "helene lefevre"),
        ("Søren Łukasz", "soren lukasz"),
        ("Straße", "strasse"),
        ("Ɗanjuma Ruƙayya", "danjuma rukayya"),
        ("Ǿrsted", "orsted"),
        ("", ""),
    ],
)
def test_fold_strips_marks_and_case(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_tokens_split_on_punctuation_and_underscores() -> None:
    assert tokens("  O'Brien-Smith,  María_José ") == ["o", "brien", "smith", "maria", "jose"]
    assert tokens("") == []
    assert tokens(" - ,. ") == []


def test_digits_keeps_only_digits() -> None:
    assert digits("+254 (0)712-345 678") == "2540712345678"
    assert digits("no digits") == ""


def test_name_key_puts_family_name_first() -> None:
    assert name_key("González", "María", "José") == "gonzalez maria jose"
    assert name_key("", "Amina") == "amina"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("KIB-000123", ("KIB", 123)),
        ("kib-123", ("KIB", 123)),
        ("KIB 42", ("KIB", 42)),
        ("KIB42", ("KIB", 42)),
        (" 1 ", (None, 1)),
        ("000001", (None, 1)),
        ("Maria", None),
        ("K-12", None),  # a one-letter prefix is not a clinic number
        ("1234567890", None),  # too long: a phone fragment, not a number
        ("12 34", None),
        ("", None),
    ],
)
def test_parse_clinic_number(text: str, parsed: tuple[str | None, int] | None) -> None:
    assert parse_clinic_number(text) == parsed


def test_format_and_parse_round_trip() -> None:
    assert format_clinic_number("kib", 7) == "KIB-000007"
    assert parse_clinic_number(format_clinic_number("kib", 7)) == ("KIB", 7)


@settings(max_examples=300, deadline=None)
@given(st.one_of(messy_text, st.text(max_size=30)))
@example("ǿ")  # decomposes to ø + accent: the stripped ø must fold on to o
@example("Ǽ")
def test_fold_is_idempotent_and_leaves_no_marks(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(ch) for ch in once)


@settings(max_examples=300, deadline=None)
@given(st.one_of(messy_text, st.text(max_size=30)))
@example("Ǿrsted")
def test_tokens_of_folded_text_are_the_same(text: str) -> None:
    assert tokens(fold(text)) == tokens(text)


@settings(max_examples=200, deadline=None)
@given(messy_text)
def test_tokens_are_lower_case_and_without_separators(text: str) -> None:
    for token in tokens(text):
        assert token
        assert token == token.lower()
        assert not set(token) & set(" -'.,_\t")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["KIB", "kib", "Ab", "CLNXY"]), st.integers(1, 999_999_999))
def test_clinic_numbers_parse_back(prefix: str, seq: int) -> None:
    assert parse_clinic_number(format_clinic_number(prefix, seq)) == (prefix.upper(), seq)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example("Amina OTIENO-Wanjiru 07 12")
def test_plain_ascii_takes_the_short_way_to_the_same_answer(text: str) -> None:
    """fold and digits answer ASCII text without decomposing it: the same as the long way
    (ASCII has nothing to decompose, no marks and no other digits)."""
    assert fold(text) == "".join(
        ch for ch in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(ch)).casefold()
    assert digits(text) == "".join(str(unicodedata.decimal(ch)) for ch in text
                                   if ch.isdecimal())
