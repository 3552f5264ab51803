"""Clinic settings, declared once with their types and defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clinic_app.db.meta import Meta
from clinic_app.domain.patient import LANGUAGES
from clinic_app.domain.roles import Permission
from clinic_app.errors import ValidationError
from clinic_app.marks import N_
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService

TEXT_SIZES = ("normal", "large", "extra_large")
THEMES = ("normal", "high_contrast")


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    label: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("clinic_name", str, "My Clinic", "Clinic name"),
    Setting("clinic_phone", str, "", "Clinic phone"),
    Setting("country", str, "KE", "Country for phone numbers (2 letters, e.g. KE)"),
    Setting("site_prefix", str, "CLN", "Prefix of clinic numbers (e.g. KIB)"),
    Setting("default_language", str, "en", "Default language"),
    Setting("phone_confirm_days", int, 90, "Ask to confirm contact details after (days)",
            minimum=1, maximum=3650),
    Setting("text_size", str, "normal", "Text size", choices=TEXT_SIZES),
    Setting("theme", str, "normal", "Colours", choices=THEMES),
    Setting("idle_lock_minutes", int, 5, "Lock the screen after this many idle minutes",
            minimum=1, maximum=240),
    Setting("medicine_check_days", int, 7, "Medicine check call after (days)",
            minimum=1, maximum=90),
    Setting("paper_size", str, "a4", "Paper for handouts", choices=("a4", "letter")),
    Setting("backup_keep_last", int, 5, "Backups kept on a drive (the newest)",
            minimum=1, maximum=100),
    Setting("backup_keep_months", int, 12, "... and one a month for (months)",
            minimum=0, maximum=120),
    Setting("backup_reminder_days", int, 7, "Remind to back up after (days)",
            minimum=1, maximum=90),
    Setting("auto_backup_folder", str, "", "Daily automatic backup to this folder (empty: off)"),
    Setting("fatigue_days", int, 3, "After a patient was reached, no other call for (days)",
            minimum=0, maximum=30),
    Setting("sync_every_minutes", int, 15, "Sync with the hub every (minutes; 0: only when "
            "asked)", minimum=0, maximum=1440),
)
BY_KEY = {s.key: s for s in SETTINGS}


def _coerce(s: Setting, value: Any) -> Any:
    """``value`` as the setting's type, or None when it is not one (no silent rounding)."""
    if value is None or isinstance(value, bool):
        return None
    if s.kind is int:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        digits = text[1:] if text.startswith("-") else text
        return int(text) if digits.isdecimal() and digits.isascii() else None
    text = str(value).strip()
    if not text and s.key not in ("clinic_phone", "auto_backup_folder"):
        return None
    return text


#: settings each person may change for themselves; the rest are the clinic's (managers)
PERSONAL = frozenset({"text_size", "theme"})


def check_settings(changes: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(problems per setting, the values as stored). Saves nothing: the set-up wizard checks
    a clinic's settings with it before the database exists."""
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    for key, value in changes.items():
        s = BY_KEY.get(key)
        if s is None:
            errors[key] = N_("is not a setting.")
            continue
        typed = _coerce(s, value)
        if typed is None:
            errors[key] = ("should be a whole number." if s.kind is int
                           else "should not be empty.")
            continue
        if s.choices and typed not in s.choices:
            errors[key] = "should be one of: " + ", ".join(s.choices) + "."
        elif s.minimum is not None and typed < s.minimum:
            errors[key] = N_("should be at least {0}.").format(s.minimum)
        elif s.maximum is not None and typed > s.maximum:
            errors[key] = N_("should be at most {0}.").format(s.maximum)
        elif key == "country" and not _is_phone_region(typed):
            errors[key] = N_("should be a 2-letter country code such as KE, NG, MX.")
        elif key == "default_language" and typed not in LANGUAGES:
            errors[key] = "should be one of: " + ", ".join(LANGUAGES) + "."
        elif key == "site_prefix" and not (2 <= len(typed) <= 5 and typed.isalpha()
                                           and typed.isascii()):
            errors[key] = N_("should be 2 to 5 letters, such as KIB.")
        clean[key] = str(typed.upper() if key in ("country", "site_prefix") else typed)
    return errors, clean


class SettingsService:
    def __init__(self, meta: Meta, access: Access, audit: AuditService) -> None:
        self.meta = meta
        self.access = access
        self.audit = audit
        self._cache: dict[str, Any] | None = None

    def all(self) -> dict[str, Any]:
        if self._cache is None:
            stored = self.meta.all_settings()
            values: dict[str, Any] = {}
            for s in SETTINGS:
                raw = stored.get(s.key)
                try:
                    values[s.key] = s.default if raw is None else s.kind(raw)
                except ValueError:
                    values[s.key] = s.default
            self._cache = values
        return dict(self._cache)

    def get(self, key: str) -> Any:
        return self.all()[key]

    def update(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Validate and save ``changes``; raises ValidationError naming each bad setting."""
        if set(changes) - PERSONAL:
            self.access.require(Permission.SETTINGS)
        errors, clean = check_settings(changes)
        if errors:
            raise ValidationError(errors)
        before = self.all()
        changed = sorted(k for k, v in clean.items() if str(before.get(k)) != v)
        with self.meta.db.transaction():
            self.meta.set_settings(clean)
            if changed:
                self.audit.record("settings.change", "settings", None, keys=changed)
        self._cache = None
        return self.all()


def _is_phone_region(code: str) -> bool:
    """A country phone numbers can be read for (two letters alone may be no country)."""
    import phonenumbers

    return len(code) == 2 and code.upper() in phonenumbers.SUPPORTED_REGIONS
