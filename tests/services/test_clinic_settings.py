"""Clinic settings: typed, validated, persisted."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from clinic_app.errors import ValidationError
from clinic_app.services.clinic import Clinic
from clinic_app.services.settings import SETTINGS


def test_defaults_on_a_new_database(tmp_path: Path) -> None:
    c = Clinic(tmp_path / "new.sqlite3")
    values = c.settings.all()
    assert values == {s.key: s.default for s in SETTINGS}
    assert values["phone_confirm_days"] == 90 and values["country"] == "KE"
    c.close()


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"country": "KEN"}, "country"),
        ({"country": "K1"}, "country"),
        ({"country": ""}, "country"),
        ({"country": "XX"}, "country"),  # two letters, but no such country for phones
        ({"site_prefix": "K"}, "site_prefix"),
        ({"site_prefix": "KIBERA"}, "site_prefix"),
        ({"site_prefix": "KI-1"}, "site_prefix"),
        ({"text_size": "huge"}, "text_size"),
        ({"phone_confirm_days": 0}, "phone_confirm_days"),
        ({"phone_confirm_days": -5}, "phone_confirm_days"),
        ({"phone_confirm_days": "soon"}, "phone_confirm_days"),
        ({"phone_confirm_days": 100_000}, "phone_confirm_days"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(clinic: Clinic, changes: dict[str, Any],
                                                     key: str) -> None:
    before = clinic.settings.all()
    with pytest.raises(ValidationError) as info:
        clinic.settings.update({"clinic_name": "Should not be saved", **changes})
    assert key in info.value.errors
    assert "clinic_name" not in info.value.errors
    assert clinic.settings.all() == before


def test_all_bad_settings_are_named_at_once(clinic: Clinic) -> None:
    with pytest.raises(ValidationError) as info:
        clinic.settings.update({"country": "Kenya", "text_size": "tiny",
                                "phone_confirm_days": 0})
    assert set(info.value.errors) == {"country", "text_size", "phone_confirm_days"}


def test_good_values_are_cleaned_typed_and_persist(clinic_path: Path, clinic: Clinic,
                                                   clock) -> None:
    result = clinic.settings.update({"country": "ng", "site_prefix": "lag",
                                     "phone_confirm_days": "30", "text_size": "large",
                                     "clinic_name": "Lagos Clinic"})
    assert result["country"] == "NG" and result["site_prefix"] == "LAG"
    assert result["phone_confirm_days"] == 30
    assert clinic.settings.get("text_size") == "large"
    clinic.close()

    reopened = Clinic(clinic_path, clock=clock, rng=random.Random(1))
    values = reopened.settings.all()
    assert (values["country"], values["site_prefix"], values["phone_confirm_days"],
            values["text_size"], values["clinic_name"]) == ("NG", "LAG", 30, "large",
                                                            "Lagos Clinic")
    reopened.close()


def test_a_damaged_stored_value_falls_back_to_the_default(clinic: Clinic) -> None:
    clinic.db.conn.execute(
        "INSERT INTO settings VALUES ('phone_confirm_days', 'lots') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    clinic.settings._cache = None
    assert clinic.settings.get("phone_confirm_days") == 90


def test_unknown_key_reads_fail_loudly(clinic: Clinic) -> None:
    with pytest.raises(KeyError):
        clinic.settings.get("no_such_setting")
