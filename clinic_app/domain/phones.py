"""Phone numbers, normalised with the clinic's country (phonenumbers)."""

from __future__ import annotations

from dataclasses import dataclass

from clinic_app.domain.text import digits
from clinic_app.marks import N_


class PhoneError(ValueError):
    pass


@dataclass(frozen=True)
class Phone:
    e164: str  # '+254712345678'
    national: str  # '0712 345678'


def normalise(raw: str, country: str) -> Phone:
    """Parse ``raw`` as a number in ``country`` (ISO 3166 alpha-2).

    Raises PhoneError with a message a receptionist can act on.
    """
    import phonenumbers

    text = raw.strip()
    if not text:
        raise PhoneError(N_("Enter a phone number, or leave the box empty."))
    if len(digits(text)) < 5:
        raise PhoneError(N_("Too few digits for a phone number."))
    try:
        number = phonenumbers.parse(text, country.upper())
    except phonenumbers.NumberParseException:
        raise PhoneError(N_("'{0}' is not a phone number. Check the digits.").format(
            text)) from None
    if not phonenumbers.is_valid_number(number):
        region = country.upper()
        raise PhoneError(N_("'{0}' cannot be a phone number in {1} (or with its country "
                            "code). Check the digits.").format(text, region))
    return Phone(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        national=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
    )


def display(e164: str, country: str) -> str:
    """How a stored number is shown: national format at home, international abroad."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == country.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def search_digits_for(e164_list: list[str], country: str) -> str:
    """Space-separated digit strings indexed for phone-fragment search."""
    parts: list[str] = []
    for e164 in e164_list:
        intl = digits(e164)
        nat = digits(display(e164, country))
        parts.append(intl)
        if nat and nat != intl:
            parts.append(nat)
    return " ".join(parts)
