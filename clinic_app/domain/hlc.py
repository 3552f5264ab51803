"""Hybrid logical clock stamps: fixed-width, sortable text.

Format: 13-digit physical milliseconds, '-', 6-digit counter, '-', site id.
Local edits take max(last stamp, wall clock); received stamps advance it.
"""

from __future__ import annotations

from dataclasses import dataclass

MS_WIDTH = 13
COUNTER_WIDTH = 6


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.ms:0{MS_WIDTH}d}-{self.counter:0{COUNTER_WIDTH}d}-{self.site}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        ms, counter, site = text.split("-", 2)
        return cls(int(ms), int(counter), site)


def next_local(last: Hlc | None, wall_ms: int, site: str) -> Hlc:
    """The stamp for a local edit after ``last`` when the wall clock reads ``wall_ms``."""
    if last is None or wall_ms > last.ms:
        return Hlc(wall_ms, 0, site)
    return Hlc(last.ms, last.counter + 1, site)


def receive(last: Hlc | None, remote: Hlc, wall_ms: int, site: str) -> Hlc:
    """Advance the local clock past a stamp received from another site."""
    ms = max(wall_ms, remote.ms, last.ms if last else 0)
    if last is not None and ms == last.ms and ms == remote.ms:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and ms == last.ms:
        counter = last.counter + 1
    elif ms == remote.ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(ms, counter, site)
