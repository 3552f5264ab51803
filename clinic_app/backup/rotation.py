"""Which old backups a drive may let go: a pure rule, so it can be tested exhaustively.

Kept: the newest ``keep_last`` backups, plus the newest backup of each of the ``keep_months``
most recent calendar months that hold any backup (a clinic that skipped some months keeps
its older monthly copies), plus anything protected (the backup just made). The newest
backup is always kept, whatever the numbers say.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Hashable, Iterable
from typing import TypeVar

N = TypeVar("N", bound=Hashable)

DEFAULT_KEEP_LAST = 5
DEFAULT_KEEP_MONTHS = 12
SUFFIX = ".clinicbackup"
_NAME = re.compile(r"^(?P<slug>[a-z0-9-]+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
                   + re.escape(SUFFIX) + "$")


def to_delete(backups: Iterable[tuple[N, dt.datetime]], keep_last: int = DEFAULT_KEEP_LAST,
              keep_months: int = DEFAULT_KEEP_MONTHS, protect: Collection[N] = ()) -> list[N]:
    """The names of ``backups`` (name, made at) that the rule lets go, oldest first."""
    items = sorted(backups, key=lambda item: (item[1], str(item[0])), reverse=True)
    keep_last = max(1, keep_last)
    kept: set[int] = set(range(min(keep_last, len(items))))
    months: set[tuple[int, int]] = set()
    for i, (_, when) in enumerate(items):  # newest first: the first seen is the month's newest
        month = (when.year, when.month)
        if month in months:
            continue
        if len(months) >= keep_months:
            break
        months.add(month)
        kept.add(i)
    doomed = [name for i, (name, _) in enumerate(items) if i not in kept and name not in protect]
    doomed.reverse()
    return doomed


def backup_name(slug: str, when: dt.datetime, n: int = 1) -> str:
    """``<slug>-YYYYmmdd-HHMMSS[-n].clinicbackup`` (``when`` as the clinic's local time)."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    return f"{slug}-{stamp}{'' if n <= 1 else f'-{n}'}{SUFFIX}"


def parse_name(name: str) -> tuple[str, dt.datetime] | None:
    """(slug, time) of a backup file name this app made; None for any other file."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        when = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return m.group("slug"), when
