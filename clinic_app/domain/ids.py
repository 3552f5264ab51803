"""UUIDv7 ids: time-ordered, generated on the PC that creates the row."""

from __future__ import annotations

import random as _random


def uuid7(ms: int, rng: _random.Random | None = None) -> str:
    """A UUIDv7 (RFC 9562) for the Unix time ``ms`` in milliseconds."""
    r = rng or _random.SystemRandom()
    rand_a = r.getrandbits(12)
    rand_b = r.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
