"""Phone numbers normalised with the clinic's country."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.domain.phones import PhoneError, display, normalise, search_digits_for


@pytest.mark.parametrize(
    "raw",
    ["0712 345 678", "0712345678", "0712-345-678", "(0712) 345 678", "+254 712 345 678",
     "+254712345678", "254712345678", "+254 (0) 712 345 678", "  0712 345678 "],
)
def test_kenyan_forms_normalise_to_e164(raw: str) -> None:
    phone = normalise(raw, "KE")
    assert phone.e164 == "+254712345678"
    assert phone.national.replace(" ", "") == "0712345678"


def test_country_code_is_case_insensitive() -> None:
    assert normalise("0712 345 678", "ke").e164 == "+254712345678"


def test_same_digits_mean_different_numbers_in_different_countries() -> None:
    assert normalise("0803 123 4567", "NG").e164 == "+2348031234567"
    assert normalise("+234 803 123 4567", "KE").e164 == "+2348031234567"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "Enter a phone number"),
        ("   ", "Enter a phone number"),
        ("12", "Too few digits"),
        ("0712 34", "cannot be a phone number in KE"),
        ("0712 345 678 999 111", "cannot be a phone number in KE"),
        ("call me", "Too few digits"),
    ],
)
def test_bad_numbers_say_what_is_wrong(raw: str, words: str) -> None:
    with pytest.raises(PhoneError, match=words):
        normalise(raw, "KE")


def test_display_is_national_at_home_and_international_abroad() -> None:
    assert display("+254712345678", "KE").replace(" ", "") == "0712345678"
    shown = display("+254712345678", "NG")
    assert shown.startswith("+254")
    assert display("not a number", "KE") == "not a number"


def test_search_digits_hold_both_forms_once() -> None:
    text = search_digits_for(["+254712345678", "+254722555010"], "KE")
    assert text.split() == ["254712345678", "0712345678", "254722555010", "0722555010"]
    # A foreign number has no separate national form to add.
    assert search_digits_for(["+447911123456"], "KE").split() == ["447911123456"]
    assert search_digits_for([], "KE") == ""


SEPARATORS = st.sampled_from([" ", "-", "  ", " - ", ".", ""])


@st.composite
def typed_kenyan_mobile(draw: st.DrawFn) -> tuple[str, str]:
    """A valid Kenyan mobile typed the way people do: groups, dashes, maybe brackets."""
    rest = draw(st.text(alphabet="0123456789", min_size=8, max_size=8))
    national = "07" + rest
    cuts = sorted(draw(st.sets(st.integers(1, len(national) - 1), max_size=4)))
    groups = [national[i:j] for i, j in zip([0, *cuts], [*cuts, len(national)], strict=True)]
    if draw(st.booleans()):
        groups[0] = f"({groups[0]})"
    text = groups[0]
    for group in groups[1:]:
        text += draw(SEPARATORS) + group
    pad = draw(st.sampled_from(["", " ", "  "]))
    return national, pad + text + pad


@settings(max_examples=200, deadline=None)
@given(typed_kenyan_mobile())
def test_typed_kenyan_mobiles_normalise(case: tuple[str, str]) -> None:
    national, typed = case
    phone = normalise(typed, "KE")
    assert phone.e164 == "+254" + national[1:]
    indexed = search_digits_for([phone.e164], "KE").split()
    assert "254" + national[1:] in indexed
    assert national in indexed
