"""The audit trail is append-only and hash-chained: deleting, altering or reordering any
entry is found by ``audit.verify()`` at that entry (or before it)."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from clinic_app.db.connection import DatabaseError
from clinic_app.db.driver import sqlite
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.roles import Actor, Role
from clinic_app.services.clinic import Clinic
from tests.conftest import TODAY
from tests.security.conftest import fast_hasher

ACTORS = [Actor("amina", Role.MANAGER, "u-1"), Actor("grace", Role.FRONT_DESK, "u-2"),
          Actor.system("cli:root"), None]
RECORD_ARGS = {"action", "table_name", "row_id", "actor_name", "self"}  # not detail keys
ENTRY = st.tuples(
    st.sampled_from(["patient.open", "patient.edit", "auth.login", "auth.login_failed",
                     "settings.change", "audit.view", "backup.make", "print.handout"]),
    st.sampled_from([None, "patients", "users", "settings"]),
    st.one_of(st.none(), st.text(min_size=1, max_size=12)),
    st.dictionaries(st.text(max_size=6).filter(lambda k: k not in RECORD_ARGS),
                    st.one_of(st.integers(), st.text(max_size=8),
                              st.lists(st.text(max_size=4), max_size=2)),
                    max_size=3),
    st.integers(0, len(ACTORS) - 1),
    st.integers(0, 90_000),  # seconds between this entry and the one before
)
ENTRIES = st.lists(ENTRY, min_size=1, max_size=12)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
# Columns an entry shows (and the chain covers); a replacement must really differ.
FIELDS = ["seq", "id", "at", "username", "action", "table_name", "row_id", "details",
          "prev_hash", "hash", "site_id"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty migrated clinic, copied for each example (migrating every time is slow)."""
    path = tmp_path_factory.mktemp("chain") / "template.db"
    Clinic(path, password_hasher=fast_hasher()).close()
    return path


@contextmanager
def filled(template: Path, rows: list[tuple[Any, ...]]) -> Iterator[Clinic]:
    """A fresh clinic holding ``rows`` written through ``clinic.audit.record``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clinic.db"
        shutil.copy(template, path)
        clock = FixedClock(TODAY)
        clinic = Clinic(path, clock=clock, rng=random.Random(1), create=False)
        try:
            with clinic.db.transaction():
                for action, table, row_id, details, who, gap in rows:
                    clock.advance(seconds=gap)
                    clinic.access.actor = ACTORS[who]
                    clinic.audit.record(action, table, row_id, **details)
            assert clinic.audit.verify().ok
            yield clinic
        finally:
            clinic.close()


def _unguard(clinic: Clinic) -> None:
    clinic.db.conn.execute("DROP TRIGGER audit_log_no_update")
    clinic.db.conn.execute("DROP TRIGGER audit_log_no_delete")


def _row(clinic: Clinic, seq: int) -> dict[str, Any]:
    cur = clinic.db.conn.execute(f"SELECT {', '.join(FIELDS)} FROM audit_log WHERE seq = ?",
                                 (seq,))
    return dict(zip(FIELDS, cur.fetchone(), strict=True))


def _broken_at_or_before(clinic: Clinic, seq: int) -> None:
    result = clinic.audit.verify()
    assert not result.ok, f"tampering with entry {seq} went unnoticed"
    assert result.broken is not None and 1 <= result.broken.seq <= seq, result.broken


@SETTINGS
@given(rows=ENTRIES)
def test_an_untouched_chain_verifies(template: Path, rows: list[tuple[Any, ...]]) -> None:
    with filled(template, rows) as clinic:
        result = clinic.audit.verify()
        assert result.ok and result.broken is None and result.entries == len(rows)


@SETTINGS
@given(rows=ENTRIES, pick=st.integers(0, 10_000))
def test_deleting_any_entry_is_found(template: Path, rows: list[tuple[Any, ...]],
                                     pick: int) -> None:
    with filled(template, rows) as clinic:
        seq = pick % len(rows) + 1
        _unguard(clinic)
        clinic.db.conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
        _broken_at_or_before(clinic, seq)


def _different(field: str, old: Any, data: st.DataObject, n: int) -> Any:
    if field == "seq":
        return data.draw(st.one_of(st.integers(-3, 0), st.integers(n + 1, n + 40)))
    if field == "details":
        new = data.draw(st.one_of(
            st.dictionaries(st.text(max_size=5), st.integers(), max_size=3).map(
                lambda d: json.dumps(d, separators=(",", ":"))),
            st.text(max_size=10)))  # not even JSON
        assume(json.loads(old) != _loads(new))
        return new
    nullable = field in ("table_name", "row_id", "prev_hash", "hash")
    new = data.draw(st.one_of(st.none(), st.text(max_size=16)) if nullable
                    else st.text(min_size=1, max_size=16))
    # NULL and '' both mean "none" for a record or table (hashed alike): not a change.
    assume((new or None) != (old or None) if field in ("table_name", "row_id") else new != old)
    return new


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


@pytest.mark.parametrize("field", FIELDS)
@SETTINGS
@given(rows=ENTRIES, pick=st.integers(0, 10_000), data=st.data())
def test_altering_any_field_of_any_entry_is_found(template: Path, rows: list[tuple[Any, ...]],
                                                  pick: int, field: str,
                                                  data: st.DataObject) -> None:
    with filled(template, rows) as clinic:
        seq = pick % len(rows) + 1
        old = _row(clinic, seq)[field]
        new = _different(field, old, data, len(rows))
        if field == "id":
            ids = [r[0] for r in clinic.db.query("SELECT id FROM audit_log")]
            assume(new not in ids)
        _unguard(clinic)
        clinic.db.conn.execute(f"UPDATE audit_log SET {field} = ? WHERE seq = ?", (new, seq))
        _broken_at_or_before(clinic, seq)


@SETTINGS
@given(rows=ENTRIES.filter(lambda r: len(r) >= 2), picks=st.tuples(st.integers(0, 10_000),
                                                                  st.integers(1, 10_000)))
def test_swapping_two_entries_is_found(template: Path, rows: list[tuple[Any, ...]],
                                       picks: tuple[int, int]) -> None:
    with filled(template, rows) as clinic:
        a = picks[0] % len(rows) + 1
        b = (a - 1 + picks[1] % (len(rows) - 1) + 1) % len(rows) + 1  # any other entry
        assert a != b
        _unguard(clinic)
        conn = clinic.db.conn
        conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,))
        conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b))
        conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (b,))
        _broken_at_or_before(clinic, min(a, b))


def test_deleting_the_newest_entry_is_found_by_the_recorded_head(template: Path) -> None:
    rows = [("patient.open", "patients", f"p{i}", {}, 0, 60) for i in range(4)]
    with filled(template, rows) as clinic:
        _unguard(clinic)
        clinic.db.conn.execute("DELETE FROM audit_log WHERE seq = 4")
        result = clinic.audit.verify()
        assert not result.ok and result.broken is not None
        assert result.broken.seq == 4 and "deleted" in result.broken.reason
        clinic.db.conn.execute("DELETE FROM audit_log WHERE seq >= 2")
        assert clinic.audit.verify().broken.seq == 2  # the first of the missing entries


def test_the_log_refuses_update_and_delete_while_its_triggers_stand(template: Path) -> None:
    rows = [("patient.open", "patients", "p1", {"a": 1}, 1, 5),
            ("patient.edit", "patients", "p1", {"fields": ["village"]}, 1, 5)]
    with filled(template, rows) as clinic:
        before = clinic.db.query("SELECT * FROM audit_log ORDER BY seq")
        with pytest.raises(sqlite.DatabaseError) as upd:
            clinic.db.conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
        assert "append-only" in str(upd.value)
        with pytest.raises(sqlite.DatabaseError) as dele:
            clinic.db.conn.execute("DELETE FROM audit_log WHERE seq = 2")
        assert "append-only" in str(dele.value)
        with pytest.raises(DatabaseError, match="append-only"), clinic.db.transaction() as c:
            c.execute("DELETE FROM audit_log")
        after = clinic.db.query("SELECT * FROM audit_log ORDER BY seq")
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert clinic.audit.verify().ok
