"""Odd input at the edges: wrong types, control characters, odd digits, time zones."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from clinic_app.db.connection import Database, DatabaseError
from clinic_app.db.driver import sqlite
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.text import digits, parse_clinic_number
from clinic_app.errors import ClinicError, ValidationError
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic


@pytest.mark.parametrize(("data", "field"), [
    ({"given_name": ["x"]}, "given_name"),
    ({"given_name": {"a": 1}}, "given_name"),
    ({"given_name": "\u0000"}, "given_name"),
    ({"given_name": "Ana", "village": "\ud800"}, "village"),
    ({"given_name": "Ana", "phones": 123}, "phones"),
    ({"given_name": "Ana", "phones": [["0712 345 678"]]}, "phones"),
    ({"given_name": "Ana", "support": {"name": ["x"]}}, "support.name"),
    ({"given_name": "Ana", "notes": "fine\nbut\x07bell"}, "notes"),
])
def test_wrong_types_and_control_characters_are_refused(clinic: Clinic, data: dict,
                                                        field: str) -> None:
    with pytest.raises(ValidationError) as info:
        clinic.patients.register(data, confirmed_new=True)
    assert field in info.value.errors
    assert clinic.patients.count() == 0


def test_notes_may_have_several_lines(clinic: Clinic) -> None:
    p = clinic.patients.register({"given_name": "Ana", "notes": "first\nsecond"},
                                 confirmed_new=True)
    assert p.notes == "first\nsecond"


@pytest.mark.parametrize("query", ["²", "³⁴", "½", "٠٧١٢", "𝟘𝟟", "\u200b", "%", "\"", "*"])
def test_unusual_digits_and_symbols_never_break_search(demo_clinic: Clinic, query: str) -> None:
    demo_clinic.patients.search(query)  # no exception is the point


def test_other_scripts_digits_count_as_digits() -> None:
    assert digits("٠٧١٢ ٣٤٥") == "0712345"
    assert digits("0712²") == "0712"
    assert parse_clinic_number("١٢٣") == (None, 123)
    assert parse_clinic_number("²") is None


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    con = sqlite.connect(path)
    con.execute("CREATE TABLE moz_places (url TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        Clinic(path)
    assert path.read_bytes() == before
    assert Database(path).query("SELECT name FROM sqlite_master")[0][0] == "moz_places"


def test_merge_keeps_the_survivors_support_person(clinic: Clinic) -> None:
    keep = clinic.patients.register({"given_name": "Ana", "family_name": "Lopez",
                                     "support": {"name": "Son B", "relationship": "son"}},
                                    confirmed_new=True)
    dup = clinic.patients.register({"given_name": "Ana", "family_name": "Lopes",
                                    "support": {"name": "Wife A", "relationship": "wife"}},
                                   confirmed_new=True)
    survivor, _ = clinic.patients.merge(keep.id or "", dup.id or "")
    assert survivor.support is not None and survivor.support.name == "Son B"
    edited = clinic.patients.update(keep.id or "", {"support": None})
    assert edited.support is None  # clearing it does not bring the other one back


def test_today_is_the_clinics_local_date(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Africa/Nairobi")  # UTC+3
    time.tzset()
    try:
        late = FixedClock(dt.datetime(2026, 11, 23, 22, 0, tzinfo=dt.UTC))  # 01:00 on the 24th
        c = Clinic(tmp_path / "tz.sqlite3", clock=late)
        baby = c.patients.register({"given_name": "Newborn", "birth_date": "2026-11-24",
                                    "phones": ["0712 000 999"]}, confirmed_new=True)
        assert baby.phone_confirmed_at == "2026-11-24"
        c.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_settings_refuse_non_ascii_prefix_and_unknown_language(clinic: Clinic) -> None:
    with pytest.raises(ValidationError) as info:
        clinic.settings.update({"site_prefix": "ÉTÉ", "default_language": "klingon"})
    assert set(info.value.errors) == {"site_prefix", "default_language"}


def test_new_patients_take_the_clinics_language(clinic: Clinic) -> None:
    clinic.settings.update({"default_language": "fr"})
    p = clinic.patients.register({"given_name": "Zoé"}, confirmed_new=True)
    assert p.preferred_language == "fr"
    q = clinic.patients.register({"given_name": "Ana", "preferred_language": "es"},
                                 confirmed_new=True)
    assert q.preferred_language == "es"


def test_demo_data_never_mixes_into_a_real_register(clinic: Clinic) -> None:
    clinic.patients.register({"given_name": "Real", "family_name": "Person"},
                             confirmed_new=True)
    with pytest.raises(ClinicError, match="real register"):
        demo.generate(clinic, 10)
    assert clinic.patients.count() == 1
