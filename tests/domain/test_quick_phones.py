"""QuickPhones gives exactly what normalise gives, for many countries' numbers in many shapes,
and takes the quick path for the usual ones (else the test would prove nothing)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.domain.phones import Phone, PhoneError, QuickPhones, normalise

COUNTRIES = ("KE", "NG", "UG", "TZ", "GH", "ZA", "IN", "FR", "DE", "GB", "US", "MX", "BR",
             "AR", "IT", "ES", "CM", "SN", "CD", "ET", "PK", "PH", "NL", "BE", "CH", "RU")
_T = phonenumbers.PhoneNumberType
TYPES = (_T.MOBILE, _T.FIXED_LINE, _T.TOLL_FREE, _T.VOIP, _T.PREMIUM_RATE, _T.SHARED_COST,
         _T.PERSONAL_NUMBER, _T.PAGER, _T.UAN, _T.VOICEMAIL)


def slow(raw: str, country: str) -> Phone | str:
    try:
        return normalise(raw, country)
    except PhoneError as exc:
        return f"error: {exc}"


def shapes(country: str, rng: random.Random) -> list[str]:
    """Real numbers of the country (its example numbers with digits changed), written at
    home, in full, in E.164 and with odd spacing; and near misses."""
    out: list[str] = []
    for kind in TYPES:
        example = phonenumbers.example_number_for_type(country, kind)
        if example is None:
            continue
        for _ in range(25):
            nsn = str(example.national_number)
            keep = rng.randrange(1, min(4, len(nsn)) + 1)
            changed = nsn[:keep] + "".join(rng.choice("0123456789")
                                           for _ in nsn[keep:])
            number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                              national_number=int(changed))
            for style in (phonenumbers.PhoneNumberFormat.NATIONAL,
                          phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                          phonenumbers.PhoneNumberFormat.E164):
                out.append(phonenumbers.format_number(number, style))
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            out.append(national.replace(" ", ""))
            out.append(national.replace(" ", "-"))
            out.append(" " + national[:-1])  # one digit short
            out.append(national + "7")  # one too many
            out.append("00" + str(example.country_code) + changed)
            out.append("0" + national)
            out.append(f"+{example.country_code} 0{changed}")
    return out


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_same_answer_as_normalise(country: str) -> None:
    rng = random.Random(country)
    quick = QuickPhones(country)
    taken = 0
    numbers = shapes(country, rng)
    for raw in numbers:
        found = quick.quick(raw)
        if found is not None:
            taken += 1
            assert found == slow(raw, country), raw
        assert quick(raw) == normalise(raw, country) if not isinstance(
            slow(raw, country), str) else True
    if quick.usable:
        assert taken > len(numbers) / 5, (country, taken, len(numbers))


def test_errors_are_normalise_s_own() -> None:
    quick = QuickPhones("KE")
    for raw in ("0712 34", "hello", "+254 812 345 678", "0812 345 678", ""):
        with pytest.raises(PhoneError) as quick_error:
            quick(raw)
        with pytest.raises(PhoneError) as slow_error:
            normalise(raw, "KE")
        assert str(quick_error.value) == str(slow_error.value)


def test_kenyan_lists_take_the_quick_path() -> None:
    quick = QuickPhones("KE")
    assert quick.usable
    assert quick.quick("0712 345 678") == normalise("0712 345 678", "KE")
    assert quick.quick("+254 712 345 678") == normalise("+254712345678", "KE")
    assert not QuickPhones("US").usable  # +1 is shared by many countries: always normalise


@settings(max_examples=400, deadline=None)
@given(country=st.sampled_from(COUNTRIES),
       raw=st.text(alphabet="0123456789 +-().", min_size=5, max_size=20))
def test_any_digits_the_same_answer(country: str, raw: str) -> None:
    found = QuickPhones(country).quick(raw)
    if found is not None:
        assert found == slow(raw, country)
