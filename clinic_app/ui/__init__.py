"""The Qt front end. The only package that imports PySide6."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """PySide6 6.12.0 gives back one reference to ``None`` too many on every call of a Qt
    method that returns nothing (``setText``, ``show``, ``processEvents``...). On Python
    3.12 and later ``None`` is immortal (PEP 683) and this does no harm; on 3.11 the
    interpreter aborts ("deallocating None") after a few thousand such calls, so the app
    would die in the middle of a receptionist's day. Make ``None`` as good as immortal here,
    as 3.12 does, before any Qt call is made. (PySide6-Pdf, which the in-app preview needs,
    exists only for 6.12.0; tests/ui/test_none_refcount.py keeps this honest.)"""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 60


_keep_none_alive()
