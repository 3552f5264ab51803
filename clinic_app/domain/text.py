"""Name and query normalisation shared by search, sorting and duplicate checks."""

from __future__ import annotations

import re
import unicodedata

_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
_NOT_ASCII_DIGIT = re.compile(r"[^0-9]")
_CLINIC_NUMBER = re.compile(r"^\s*([A-Za-z]{2,5})\s*-?\s*(\d{1,9})\s*$")

# Letters that NFKD does not decompose but people type without the mark.
_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ƙ": "k",
                        "Ƙ": "K", "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƴ": "y", "Ƴ": "Y"})


def fold(text: str) -> str:
    """Lower-case and strip accents: 'María González' -> 'maria gonzalez'."""
    if text.isascii():  # nothing to strip (most names): what the steps below give
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Again after decomposing: 'ǿ' becomes 'ø' only once its accent is stripped.
    return stripped.translate(_EXTRA).casefold()


def tokens(text: str) -> list[str]:
    """Folded word tokens of a name or query, in order, without empties."""
    return [t for t in _SPLIT.split(fold(text).replace("_", " ")) if t]


def digits(text: str) -> str:
    """The decimal digits of ``text`` as ASCII ('٠٧١٢' and '0712' alike), nothing else."""
    if text.isascii():
        return _NOT_ASCII_DIGIT.sub("", text)
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def name_key(family: str, given: str, other: str = "") -> str:
    """Sort key for the patient list: family name first, folded."""
    return " ".join(tokens(f"{family} {given} {other}"))


def parse_clinic_number(text: str) -> tuple[str | None, int] | None:
    """'KIB-000123' -> ('KIB', 123); '123' -> (None, 123); anything else -> None."""
    stripped = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch
                       for ch in text.strip())
    if stripped.isdecimal() and stripped.isascii() and len(stripped) <= 9:
        return None, int(stripped)
    m = _CLINIC_NUMBER.match(stripped)
    if m:
        return m.group(1).upper(), int(m.group(2))
    return None


def format_clinic_number(prefix: str, seq: int) -> str:
    return f"{prefix.upper()}-{seq:06d}"
