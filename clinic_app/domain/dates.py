"""Dates written out the way a patient reads them, in their language (no locale needed)."""

from __future__ import annotations

import datetime as dt

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}


def long_date(day: dt.date, language: str, weekday: bool = True) -> str:
    """'Monday 7 December 2026', 'lunes 7 de diciembre de 2026', 'lundi 7 décembre 2026'."""
    lang = language if language in _DAYS else "en"
    month = _MONTHS[lang][day.month - 1]
    if lang == "es":
        text = f"{day.day} de {month} de {day.year}"
    else:
        text = f"{day.day} {month} {day.year}"
    return f"{_DAYS[lang][day.weekday()]} {text}" if weekday else text


def long_date_time(value: str, language: str) -> str:
    """An ISO date or date-time as words; the time as 9:30 (en, es) or 9 h 30 (fr)."""
    if len(value) <= 10:
        return long_date(dt.date.fromisoformat(value), language)
    when = dt.datetime.fromisoformat(value)
    time = f"{when.hour} h {when.minute:02d}" if language == "fr" else \
        f"{when.hour}:{when.minute:02d}"
    return f"{long_date(when.date(), language)}, {time}"
