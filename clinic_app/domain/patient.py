"""The patient record and its validation rules (pure: no I/O)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from clinic_app.domain.phones import PhoneError, normalise
from clinic_app.marks import N_


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Channel(StrEnum):
    CALL = "call"
    SMS = "sms"
    HOME_VISIT = "home_visit"
    NONE = "none"


class TimeOfDay(StrEnum):
    ANY = "any"
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Status(StrEnum):
    ACTIVE = "active"
    MOVED = "moved"
    DECEASED = "deceased"


LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French", "sw": "Swahili", "ha": "Hausa"}
OLDEST_AGE = 125


@dataclass(frozen=True)
class SupportContact:
    name: str = ""
    relationship: str = ""
    phone: str | None = None  # E.164
    consent_at: str | None = None  # ISO date the patient agreed to involve them
    id: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.relationship.strip() or self.phone)


@dataclass(frozen=True)
class Patient:
    """A patient as the services and UI see it. Phones are E.164 strings."""

    given_name: str = ""
    family_name: str = ""
    other_names: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_date: str | None = None  # ISO date, when known
    birth_year: int | None = None  # when only the year (or an estimate) is known
    birth_year_estimated: bool = False
    phones: tuple[str, ...] = ()
    phone_confirmed_at: str | None = None  # ISO date
    village: str = ""
    address: str = ""
    preferred_language: str = "en"
    preferred_channel: Channel = Channel.CALL
    preferred_time: TimeOfDay = TimeOfDay.ANY
    do_not_contact: bool = False
    contact_consent_at: str | None = None  # ISO date
    large_print: bool = False
    reading_support: bool = False
    status: Status = Status.ACTIVE
    notes: str = ""
    support: SupportContact | None = None
    # Set by the store:
    id: str | None = None
    clinic_number: str | None = None
    merged_into: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    contact_status: str = "ok"  # 'unreachable' after unanswered calls (set by the call rules)
    wrong_phones: tuple[str, ...] = ()  # numbers a call found wrong

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.other_names, self.family_name) if p)

    def birth_display(self) -> str:
        if self.birth_date:
            return self.birth_date
        if self.birth_year:
            return (N_("about {0}").format(self.birth_year) if self.birth_year_estimated
                    else str(self.birth_year))
        return ""

    def approx_birth_year(self) -> int | None:
        if self.birth_date:
            return int(self.birth_date[:4])
        return self.birth_year

    def age(self, on: dt.date) -> int | None:
        if self.birth_date:
            born = dt.date.fromisoformat(self.birth_date)
            return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        if self.birth_year:
            return on.year - self.birth_year
        return None

    def needs_contact_check(self, on: dt.date, max_days: int) -> bool:
        """True when the phone was never confirmed or not for more than ``max_days``."""
        if not self.phones:
            return True
        if not self.phone_confirmed_at:
            return True
        confirmed = dt.date.fromisoformat(self.phone_confirmed_at[:10])
        return (on - confirmed).days > max_days

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "support":
                value = None if value is None else {
                    "name": value.name, "relationship": value.relationship,
                    "phone": value.phone, "consent_at": value.consent_at,
                }
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


PATIENT_INPUT_FIELDS = {
    f.name for f in fields(Patient)
} - {"id", "clinic_number", "merged_into", "created_at", "updated_at", "contact_status",
     "wrong_phones"} | {"age"}


def clean_text(raw: Any, key: str, errors: dict[str, str], limit: int = 200,
               multiline: bool = False) -> str:
    """A text field's value, trimmed; an error for non-text, control characters or length."""
    if raw is None:
        return ""
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        errors[key] = N_("should be text.")
        return ""
    value = str(raw).strip()
    allowed = "\n\t" if multiline else ""
    # (a printable text has no control or surrogate characters: the usual case, quickly)
    if not value.isprintable() and any(
            (unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed) for ch in value):
        errors[key] = N_("contains characters that are not letters or punctuation; retype "
                         "it.")
        return ""
    if len(value) > limit:
        errors[key] = N_("Too long: at most {0} characters.").format(limit)
    return value


def _parse_date(value: Any, label: str, errors: dict[str, str], key: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        errors[key] = N_("{0} '{1}' is not a real date. Use year-month-day, e.g. "
                         "1984-03-07.").format(label, value)
        return None


def _choice(enum: type[StrEnum], value: Any, key: str, errors: dict[str, str]) -> Any:
    if value in (None, ""):
        return None
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        errors[key] = N_("'{0}' is not one of: {1}.").format(value, allowed)
        return None


def _bool(value: Any, key: str, errors: dict[str, str]) -> bool:
    if isinstance(value, bool):
        return value
    if value in (None, "", 0, "0", "no", "false", "False"):
        return False
    if value in (1, "1", "yes", "true", "True"):
        return True
    errors[key] = N_("'{0}' should be yes or no (true/false).").format(value)
    return False


def build_patient(data: dict[str, Any], country: str, today: dt.date,
                  base: Patient | None = None) -> Patient:
    """Validate raw input (from a form, JSON or CSV) into a Patient.

    Raises ValidationError naming each bad field. ``base`` is the record being edited.
    """
    from clinic_app.errors import ValidationError

    errors: dict[str, str] = {}
    unknown = set(data) - PATIENT_INPUT_FIELDS - {"id", "clinic_number"}
    for key in sorted(unknown):
        errors[key] = N_("is not a patient field.")
    p = base or Patient()
    values: dict[str, Any] = {}

    def text(key: str, limit: int = 200) -> None:
        if key in data:
            value = clean_text(data[key], key, errors, limit, multiline=key == "notes")
            values[key] = " ".join(value.split()) if key.endswith("name") or key == "other_names" \
                else value

    for key in ("given_name", "family_name", "other_names", "village"):
        text(key)
    text("address", 500)
    text("notes", 5000)

    given = values.get("given_name", p.given_name)
    family = values.get("family_name", p.family_name)
    if not (given or family):
        errors.setdefault("given_name", N_("Enter the patient's name (at least one name)."))

    if "sex" in data:
        values["sex"] = _choice(Sex, data["sex"], "sex", errors) or Sex.UNKNOWN
    if "preferred_channel" in data:
        values["preferred_channel"] = (
            _choice(Channel, data["preferred_channel"], "preferred_channel", errors) or Channel.CALL
        )
    if "preferred_time" in data:
        values["preferred_time"] = (
            _choice(TimeOfDay, data["preferred_time"], "preferred_time", errors) or TimeOfDay.ANY
        )
    if "status" in data:
        values["status"] = _choice(Status, data["status"], "status", errors) or Status.ACTIVE
    if "preferred_language" in data:
        lang = str(data["preferred_language"] or "en").strip().lower()
        if lang not in LANGUAGES:
            errors["preferred_language"] = "Choose one of: " + ", ".join(LANGUAGES) + "."
        values["preferred_language"] = lang
    for key in ("do_not_contact", "large_print", "reading_support", "birth_year_estimated"):
        if key in data:
            values[key] = _bool(data[key], key, errors)

    # Birth: a date, or a year (maybe estimated), or an age in years (an estimate).
    if "birth_date" in data or "birth_year" in data or "age" in data:
        birth_date = _parse_date(data.get("birth_date"), N_("Birth date"), errors, "birth_date")
        birth_year: int | None = None
        estimated = values.get("birth_year_estimated", False)
        if birth_date:
            if birth_date > today.isoformat():
                errors["birth_date"] = N_("The birth date is in the future. Check the year.")
            elif int(birth_date[:4]) < today.year - OLDEST_AGE:
                errors["birth_date"] = N_("The birth date is more than {0} years ago.").format(
                    OLDEST_AGE)
            estimated = False
        elif data.get("birth_year") not in (None, ""):
            try:
                birth_year = int(str(data["birth_year"]).strip())
            except ValueError:
                errors["birth_year"] = N_("The birth year should be a number like 1975.")
            else:
                if birth_year > today.year:
                    errors["birth_year"] = N_("The birth year is in the future.")
                elif birth_year < today.year - OLDEST_AGE:
                    errors["birth_year"] = N_("The birth year is more than {0} years ago.").format(
                        OLDEST_AGE)
        elif data.get("age") not in (None, ""):
            try:
                age = int(str(data["age"]).strip())
            except ValueError:
                errors["age"] = N_("The age should be a whole number of years.")
            else:
                if not 0 <= age <= OLDEST_AGE:
                    errors["age"] = N_("The age should be between 0 and {0}.").format(OLDEST_AGE)
                birth_year = today.year - age
                estimated = True
        values.update(birth_date=birth_date, birth_year=birth_year,
                      birth_year_estimated=estimated and birth_year is not None)

    if "phones" in data:
        raw_phones = data["phones"] or []
        if isinstance(raw_phones, str):
            raw_phones = [x for x in raw_phones.replace(";", ",").split(",")]
        elif not isinstance(raw_phones, list | tuple):
            errors["phones"] = N_('should be a list of phone numbers, like ["0712 345 678"].')
            raw_phones = []
        phones: list[str] = []
        for i, raw in enumerate(raw_phones):
            if not isinstance(raw, str | int | type(None)):
                errors["phones"] = N_('each phone number should be text, like "0712 345 '
                                      '678".')
                continue
            if raw is None or not str(raw).strip():
                continue
            try:
                e164 = normalise(str(raw), country).e164
            except PhoneError as exc:
                errors["phones" if i == 0 else f"phones.{i}"] = str(exc)
                continue
            if e164 not in phones:
                phones.append(e164)
        values["phones"] = tuple(phones)

    for key, label in (("phone_confirmed_at", N_("Phone confirmed")),
                       ("contact_consent_at", N_("Consent date"))):
        if key in data:
            values[key] = _parse_date(data[key], label, errors, key)
            if values[key] and values[key] > today.isoformat():
                errors[key] = N_("{0} date is in the future.").format(label)

    if "support" in data:
        values["support"] = _build_support(data["support"], country, today, errors)

    if errors:
        raise ValidationError(errors)
    return replace(p, **values) if base is not None else Patient(**values)


def _build_support(raw: Any, country: str, today: dt.date,
                   errors: dict[str, str]) -> SupportContact | None:
    if not raw:
        return None
    if not isinstance(raw, dict):
        errors["support"] = N_("should be an object with name, relationship, phone, "
                               "consent_at.")
        return None
    name = " ".join(clean_text(raw.get("name"), "support.name", errors).split())
    relationship = clean_text(raw.get("relationship"), "support.relationship", errors)
    phone = None
    if clean_text(raw.get("phone"), "support.phone", errors):
        try:
            phone = normalise(str(raw["phone"]), country).e164
        except PhoneError as exc:
            errors["support.phone"] = str(exc)
    consent = _parse_date(raw.get("consent_at"), N_("Consent date"), errors,
                          "support.consent_at")
    if consent and consent > today.isoformat():
        errors["support.consent_at"] = N_("The consent date is in the future.")
    contact = SupportContact(name=name, relationship=relationship, phone=phone,
                             consent_at=consent, id=raw.get("id"))
    if contact.is_empty:
        return None
    if not name:
        errors["support.name"] = N_("Enter the support person's name, or clear their "
                                    "details.")
    return contact
