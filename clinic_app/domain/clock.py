"""Injected clocks, so rules and stamps are testable."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, when: dt.datetime) -> None:
        self._when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self._when

    def set(self, when: dt.datetime) -> None:
        self._when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)

    def advance(self, **kwargs: float) -> None:
        self._when += dt.timedelta(**kwargs)


def iso_utc(when: dt.datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z, sortable as text."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def today(clock: Clock) -> dt.date:
    """The date at the clinic: the PC's local calendar day, not UTC's."""
    return clock.now().astimezone().date()
