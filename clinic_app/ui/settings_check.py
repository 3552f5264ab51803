"""Check clinic settings before there is a database to save them in (the set-up wizard)."""

from __future__ import annotations

from typing import Any

from clinic_app.services.settings import check_settings


def settings_problems(values: dict[str, Any]) -> dict[str, str]:
    """What is wrong with each of ``values`` (setting key -> message); empty when all fit."""
    return check_settings(values)[0]
