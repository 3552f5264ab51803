"""Phone numbers, normalised with the clinic's country (phonenumbers)."""

from __future__ import annotations

import re
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


class QuickPhones:
    """``normalise`` for the two shapes nearly every number in a clinic's list has: written
    at home with the trunk prefix ("0712 345 678") or in full ("+254 712 345 678").

    About five times quicker (a patient list of 100,000 rows has 100,000 different
    numbers); any other shape, any case where phonenumbers' parsing has a rule this does
    not follow (a country sharing its calling code, special trunk-prefix rules, an
    international prefix, a leading zero kept), and every number that is not valid goes to
    ``normalise`` itself, so the answer is always what ``normalise`` gives (tested against
    it on many countries' numbers).
    """

    _SHAPE = re.compile(r"\+?[0-9][0-9 ().-]*")

    def __init__(self, country: str) -> None:
        import phonenumbers
        from phonenumbers.phonemetadata import PhoneMetadata

        self.country = country.upper()
        md = PhoneMetadata.metadata_for_region(self.country)
        code = md.country_code if md is not None else 0
        shared = len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())) != 1
        self.usable = (md is not None and not shared and bool(md.national_prefix)
                       and md.national_prefix_for_parsing == md.national_prefix
                       and md.national_prefix_transform_rule is None)
        self.metadata = md
        self.code = str(code)
        self.trunk = md.national_prefix if md is not None else None
        self.general = re.compile(md.general_desc.national_number_pattern) if self.usable \
            else None
        self.international = re.compile(md.international_prefix) if self.usable and \
            md.international_prefix else None
        if self.usable:
            self._valid = _Validity(md)
            self._formats = _national_formats(md)

    def __call__(self, raw: str) -> Phone:
        found = self.quick(raw)
        return found if found is not None else normalise(raw, self.country)

    def quick(self, raw: str) -> Phone | None:
        """The number when it has one of the two shapes and is valid; else None."""
        text = raw.strip()
        if not self.usable or not text.isascii() or not self._SHAPE.fullmatch(text):
            return None
        d = digits(text)
        assert self.general is not None and self.trunk is not None
        if text.startswith("+"):
            if not d.startswith(self.code):
                return None
            nsn = d[len(self.code):]
            if nsn.startswith(self.trunk):
                return None  # "+254 0712 ...": phonenumbers may strip the 0
        else:
            if not d.startswith(self.trunk) or self.general.fullmatch(d) or (
                    self.international is not None and self.international.match(d)):
                return None
            nsn = d[len(self.trunk):]
        if not nsn or nsn.startswith("0") or not 2 <= len(nsn) <= 17 \
                or not self._valid(nsn):
            return None
        return Phone(e164=f"+{self.code}{nsn}", national=_format_national(self._formats, nsn))


#: (possible lengths (empty: any), pattern) of a kind of number in a region's metadata
_Desc = tuple[frozenset[int], "re.Pattern[str]"]


def _desc(desc: object) -> _Desc | None:
    pattern = getattr(desc, "national_number_pattern", None) if desc is not None else None
    if not pattern:
        return None
    return frozenset(desc.possible_length), re.compile(pattern)  # type: ignore[attr-defined]


def _matches(desc: _Desc, nsn: str) -> bool:
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


class _Validity:
    """``phonenumbers.is_valid_number`` for a national number of one region: it matches the
    region's general description and one of its kinds (phonenumbers' ``_number_type_helper``
    is not UNKNOWN), with the metadata's patterns compiled once."""

    _KINDS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager",
              "uan", "voicemail", "fixed_line", "mobile")

    def __init__(self, md: object) -> None:
        self.general = _desc(md.general_desc)  # type: ignore[attr-defined]
        self.kinds = [d for k in self._KINDS if (d := _desc(getattr(md, k, None)))]

    def __call__(self, nsn: str) -> bool:
        return (self.general is not None and _matches(self.general, nsn)
                and any(_matches(d, nsn) for d in self.kinds))


#: (leading digits (None: any), pattern, the replacement written for the NATIONAL format)
_Format = tuple["re.Pattern[str] | None", "re.Pattern[str]", str]


def _national_formats(md: object) -> list[_Format]:
    """phonenumbers' formatting patterns for the NATIONAL format (``_format_nsn``), compiled
    once, each with its national-prefix rule already put in its first group."""
    from phonenumbers.phonenumberutil import _FIRST_GROUP_PATTERN

    out: list[_Format] = []
    for f in md.number_format:  # type: ignore[attr-defined]
        # (the last leading-digits pattern: the most detailed, as phonenumbers uses)
        leading = re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern \
            else None
        rule = f.format
        if f.national_prefix_formatting_rule:
            rule = re.sub(_FIRST_GROUP_PATTERN, f.national_prefix_formatting_rule, rule,
                          count=1)
        out.append((leading, re.compile(f.pattern), rule))
    return out


def _format_national(formats: list[_Format], nsn: str) -> str:
    """``format_number(…, NATIONAL)`` of a national number without an extension."""
    for leading, pattern, rule in formats:
        if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
            return pattern.sub(rule, nsn)
    return nsn


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
