"""Fixtures for the call-queue tests: patients and follow-ups in a real clinic file."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from callhelp import TODAY, add_follow_up

from clinic_app.domain.followups import Kind
from clinic_app.services.clinic import Clinic

_numbers = itertools.count(100)


@pytest.fixture
def person(clinic: Clinic) -> Callable[..., str]:
    """Register a patient (unique name and phone) and return their id."""

    def make(given: str = "Amina", **data: Any) -> str:
        n = next(_numbers)
        fields = {"given_name": f"{given}{'abcdefghij'[n % 10]}", "family_name": f"Otieno{n}",
                  "phones": [f"0712 {n:03d} {n % 1000:03d}"], **data}
        p = clinic.patients.register(fields, confirmed_new=True)
        assert p.id
        return p.id

    return make


@pytest.fixture
def follow_up(clinic: Clinic) -> Callable[..., str]:
    def make(patient_id: str, kind: Kind = Kind.MEDICINE_CHECK, due: str = TODAY.isoformat(),
             **kw: Any) -> str:
        fid = add_follow_up(clinic, patient_id, kind, due, **kw)
        assert fid
        return fid

    return make
