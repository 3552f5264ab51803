"""Dates as spreadsheets write them: ISO, 07/03/1984 (day or month first), 7 March 1984.

The order of day and month is read from the data: a first number above 12 means day first,
a second number above 12 means month first. When every date could be read either way the
order is 'ambiguous' and a person must say which it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from clinic_app.domain.text import fold

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
AMBIGUOUS = "ambiguous"

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T].*)?$")
_NAMED = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th|er)?[ .\-]*(?:de )?([a-z]+)\.?[ .,\-]*(?:de )?"
                    r"(\d{4})|([a-z]+)\.?[ .\-]*(\d{1,2})(?:st|nd|rd|th)?[ ,.\-]*(\d{4}))$")
_MONTHS = {
    # English, Spanish, French; first three letters or more
    "jan": 1, "january": 1, "enero": 1, "ene": 1, "janvier": 1, "janv": 1,
    "feb": 2, "february": 2, "febrero": 2, "fevrier": 2, "fev": 2, "fevr": 2,
    "mar": 3, "march": 3, "marzo": 3, "mars": 3,
    "apr": 4, "april": 4, "abril": 4, "abr": 4, "avril": 4, "avr": 4,
    "may": 5, "mayo": 5, "mai": 5,
    "jun": 6, "june": 6, "junio": 6, "juin": 6,
    "jul": 7, "july": 7, "julio": 7, "juillet": 7, "juil": 7,
    "aug": 8, "august": 8, "agosto": 8, "ago": 8, "aout": 8,
    "sep": 9, "sept": 9, "september": 9, "septiembre": 9, "septembre": 9, "set": 9,
    "setiembre": 9,
    "oct": 10, "october": 10, "octubre": 10, "octobre": 10,
    "nov": 11, "november": 11, "noviembre": 11, "novembre": 11,
    "dec": 12, "december": 12, "diciembre": 12, "dic": 12, "decembre": 12,
}


class DateProblem(ValueError):
    pass


@dataclass(frozen=True)
class OrderGuess:
    """What the data says about the order of day and month."""

    order: str | None  # DAY_FIRST, MONTH_FIRST, AMBIGUOUS, or None (no such dates)
    day_first: int  # dates that can only be day first (e.g. 25/03/1984)
    month_first: int  # dates that can only be month first (e.g. 03/25/1984)
    either: int  # dates that read both ways (e.g. 03/07/1984)
    example: str = ""  # an ambiguous date, to show a person


def guess_order(values: Iterable[str]) -> OrderGuess:
    day = month = either = 0
    example = ""
    for value in values:
        m = _NUMERIC.match(value.strip())
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            day += 1
        elif b > 12 >= a:
            month += 1
        elif a <= 12 and b <= 12 and a != b:
            either += 1
            example = example or value.strip()
    if day and not month:
        order: str | None = DAY_FIRST
    elif month and not day:
        order = MONTH_FIRST
    elif day and month:
        order = DAY_FIRST if day >= month else MONTH_FIRST  # the others are then mistakes
    elif either:
        order = AMBIGUOUS
    else:
        order = None
    return OrderGuess(order, day, month, either, example)


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 84 -> 1984, 15 -> 2015 (a birth date is never in the future)
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def parse_date(value: str, order: str | None, today: dt.date, label: str = "Date") -> str:
    """ISO text of a date cell; DateProblem with a message a receptionist can act on."""
    text = value.strip()
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _NUMERIC.match(text)) is not None:
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3), today)
        if order == MONTH_FIRST:
            mo, d = a, b
        elif order == DAY_FIRST:
            d, mo = a, b
        elif a == b or a > 12 or b > 12:
            d, mo = (a, b) if a > 12 else (b, a)
        else:
            raise DateProblem(f"{label} '{value}' could be {a}/{b} or {b}/{a}: say whether "
                              "dates are day first or month first.")
    elif (m := _NAMED.match(fold(text))) is not None:
        if m.group(1):
            d, name, y = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            name, d, y = m.group(4), int(m.group(5)), int(m.group(6))
        month = _MONTHS.get(name) or _MONTHS.get(name[:3])
        if month is None:
            raise DateProblem(f"{label} '{value}': '{name}' is not a month name.")
        mo = month
    else:
        raise DateProblem(f"{label} '{value}' is not a date: write it like 1984-03-07 or "
                          "07/03/1984.")
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise DateProblem(f"{label} '{value}' is not a real date: check the day and the "
                          "month.") from None
