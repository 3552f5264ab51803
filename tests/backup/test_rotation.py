"""Rotation: the newest N plus one a month; never the newest, never the one just made; and on
a real stick only after the new backup verified, only this clinic's own backups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.backup import BackupService
from clinic_app.backup.rotation import backup_name, parse_name, to_delete
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from tests.backup.conftest import PASSPHRASE

Make = Callable[..., BackupService]

TIMES = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31))
BACKUPS = st.lists(TIMES, max_size=60, unique=True).map(
    lambda ts: [(f"b{i}", t) for i, t in enumerate(ts)])


def _month(t: dt.datetime) -> tuple[int, int]:
    return t.year, t.month


@settings(max_examples=300, deadline=None)
@given(backups=BACKUPS, keep_last=st.integers(0, 10), keep_months=st.integers(0, 15),
       data=st.data())
def test_the_rule(backups: list[tuple[str, dt.datetime]], keep_last: int, keep_months: int,
                  data: st.DataObject) -> None:
    protect = set(data.draw(st.lists(st.sampled_from([n for n, _ in backups] or ["x"]),
                                     max_size=2)))
    doomed = to_delete(backups, keep_last, keep_months, protect)
    when = dict(backups)
    kept = [(n, t) for n, t in backups if n not in doomed]
    assert set(doomed) <= set(when) and len(set(doomed)) == len(doomed)
    assert not protect & set(doomed)  # the one just made is never deleted
    newest_first = sorted(backups, key=lambda b: b[1], reverse=True)
    if backups:
        assert newest_first[0][0] not in doomed  # never the newest
    assert not {n for n, _ in newest_first[:max(1, keep_last)]} & set(doomed)
    months = sorted({_month(t) for _, t in backups}, reverse=True)[:keep_months]
    for month in months:  # the newest of each of the recent months is kept
        newest = max((b for b in backups if _month(b[1]) == month), key=lambda b: b[1])
        assert newest[0] not in doomed
    # nothing else is kept: only the newest N, one a month, and the protected
    allowed = max(1, keep_last) + len(months) + len(protect)
    assert len(kept) <= allowed
    assert [when[n] for n in doomed] == sorted(when[n] for n in doomed)  # oldest first
    assert to_delete(kept, keep_last, keep_months) == [] or protect  # stable once applied


def test_the_rule_by_example() -> None:
    weekly = [(f"w{i}", dt.datetime(2026, 1, 5) + dt.timedelta(weeks=i)) for i in range(20)]
    doomed = to_delete(weekly, keep_last=3, keep_months=2)
    kept = [n for n, _ in weekly if n not in doomed]
    # the newest three (May 4, 11, 18) plus April's newest (Apr 27); the rest go
    assert kept == ["w16", "w17", "w18", "w19"]
    assert to_delete(weekly, keep_last=3, keep_months=12) == [
        "w0", "w1", "w2", "w4", "w5", "w6", "w8", "w9", "w10", "w11", "w13", "w14", "w15"]


def test_names_round_trip() -> None:
    when = dt.datetime(2026, 11, 23, 9, 30, 5)
    assert parse_name(backup_name("kibera", when)) == ("kibera", when)
    assert parse_name(backup_name("kibera-clinic", when, 3)) == ("kibera-clinic", when)
    for other in ("notes.txt", "kibera-2026.clinicbackup", ".kibera-20261123-093005.clinicbackup"
                  ".partial", "kibera-20261399-093005.clinicbackup"):
        assert parse_name(other) is None


def test_rotation_on_a_stick(plain: Clinic, stick: Path, make_service: Make,
                             clock: FixedClock) -> None:
    """Weekly backups for three months: the newest 3 and one a month stay; other files on
    the stick (another clinic's backup, a document) are never touched."""
    foreign = {"other-clinic-20250101-000000.clinicbackup": b"theirs",
               "minutes.docx": b"not a backup"}
    for name, data in foreign.items():
        (stick / name).write_bytes(data)
    service = make_service(plain, keep_last=3, keep_months=2)
    made = []
    clock.set(dt.datetime(2026, 9, 1, 9, 30, tzinfo=dt.UTC))
    for _ in range(13):
        result = service.backup(stick, PASSPHRASE)
        made.append(result.path.name)
        assert result.path.exists() and result.backups_in_folder <= 5
        clock.advance(weeks=1)
    names = sorted(p.name for p in stick.iterdir())
    ours = [n for n in names if n not in foreign]
    times = [(n, parse_name(n)[1]) for n in made]  # type: ignore[index]
    assert set(ours) == {n for n, _ in times if n not in to_delete(times, 3, 2)}
    assert made[-1] in ours and len(ours) == 4  # Oct's newest (Oct 27), Nov 10, 17, 24
    for name, data in foreign.items():
        assert (stick / name).read_bytes() == data
    assert all(service.verify(stick / n, PASSPHRASE).ok for n in ours)


def test_two_backups_in_the_same_second_both_stay(plain: Clinic, stick: Path,
                                                  make_service: Make) -> None:
    service = make_service(plain)
    first = service.backup(stick, PASSPHRASE)
    second = service.backup(stick, PASSPHRASE)
    assert first.path != second.path and second.path.name.endswith("-2.clinicbackup")
    assert second.backups_in_folder == 2 and first.path.exists()
