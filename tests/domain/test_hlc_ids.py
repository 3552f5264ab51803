"""Hybrid logical clock stamps and UUIDv7 ids."""

from __future__ import annotations

import random
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.domain.hlc import Hlc, next_local, receive
from clinic_app.domain.ids import uuid7

SITE = "site-a"
ms_values = st.integers(0, 9_999_999_999_999)
hlcs = st.builds(Hlc, ms_values, st.integers(0, 999_999),
                 st.text(alphabet="abcdef0123456789-", min_size=1, max_size=12))


def test_first_stamp_takes_the_wall_clock() -> None:
    assert next_local(None, 1_000, SITE) == Hlc(1_000, 0, SITE)


def test_wall_clock_going_back_does_not_move_stamps_back() -> None:
    first = next_local(None, 10_000, SITE)
    after_jump = next_local(first, 4_000, SITE)  # someone set the PC clock back
    again = next_local(after_jump, 4_001, SITE)
    assert first < after_jump < again
    assert after_jump == Hlc(10_000, 1, SITE)
    assert str(first) < str(after_jump) < str(again)


def test_string_form_is_fixed_width_and_parses_back() -> None:
    h = Hlc(1_717_232_400_000, 7, "0197-site")
    assert str(h) == "1717232400000-000007-0197-site"
    assert Hlc.parse(str(h)) == h


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**12), min_size=1, max_size=50))
def test_local_stamps_strictly_increase_whatever_the_wall_clock(walls: list[int]) -> None:
    last: Hlc | None = None
    for wall in walls:
        stamp = next_local(last, wall, SITE)
        if last is not None:
            assert stamp > last
            assert str(stamp) > str(last)
        assert stamp.ms >= wall
        last = stamp


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), hlcs), hlcs, ms_values)
def test_receive_moves_past_local_and_remote(last: Hlc | None, remote: Hlc, wall: int) -> None:
    stamp = receive(last, remote, wall, SITE)
    assert (stamp.ms, stamp.counter) > (remote.ms, remote.counter)
    if last is not None:
        assert (stamp.ms, stamp.counter) > (last.ms, last.counter)
    assert stamp.ms >= wall
    assert stamp.site == SITE
    # and the next local edit is later still
    assert next_local(stamp, wall, SITE) > stamp


@settings(max_examples=300, deadline=None)
@given(hlcs, hlcs)
def test_string_order_is_tuple_order(a: Hlc, b: Hlc) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)
    assert Hlc.parse(str(a)) == a


def test_uuid7_has_version_and_variant() -> None:
    rng = random.Random(3)
    for ms in (0, 1, 1_717_232_400_000, 2**48 - 1):
        u = uuid.UUID(uuid7(ms, rng))
        assert u.version == 7
        assert u.variant == uuid.RFC_4122
        assert u.int >> 80 == ms


def test_uuid7_is_text_of_the_usual_shape() -> None:
    text = uuid7(1_717_232_400_000, random.Random(1))
    assert [len(part) for part in text.split("-")] == [8, 4, 4, 4, 12]
    assert text == text.lower()
    assert uuid7(5, random.Random(9)) == uuid7(5, random.Random(9))
    assert uuid7(5, random.Random(9)) != uuid7(5, random.Random(10))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**48 - 1), min_size=2, max_size=30, unique=True),
       st.integers(0, 2**32))
def test_uuid7_sort_by_time_as_strings(times: list[int], seed: int) -> None:
    rng = random.Random(seed)
    ids = [uuid7(ms, rng) for ms in times]
    by_text = sorted(range(len(ids)), key=lambda i: ids[i])
    by_time = sorted(range(len(ids)), key=lambda i: times[i])
    assert by_text == by_time


def test_uuid7_without_rng_is_random() -> None:
    assert uuid7(1000) != uuid7(1000)
