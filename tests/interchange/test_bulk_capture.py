"""The import's bulk insert writes the sync outbox and the search indexes set-based: what it
leaves must be exactly what the per-row triggers leave when the same rows are inserted one
by one (every table, the outbox in the same order; only the outbox's random change ids
differ)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from clinic_app.db import interchange as db_interchange
from clinic_app.db.driver import sqlite
from clinic_app.db.interchange import IMPORT_COLUMNS, SUPPORT_COLUMNS, bulk_capture
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from tests.interchange.conftest import run_import, write_csv

HEADER = ["First name", "Last name", "Other names", "Date of birth", "Age", "Phone",
          "Village", "Address", "Notes", "Language", "Status", "Do not contact",
          "Next of kin", "Relationship", "Next of kin phone"]
ROWS = [
    ["Amina", "Otieno", "", "25/12/1990", "", "0722 000 111; 0733 000 222", "Lindi",
     "Plot 4", "Diabetes clinic", "Kiswahili", "", "", "Baraka Otieno", "son",
     "0711 999 888"],
    ["Juma", "KAMAU", "Peter", "", "40", "", "", "", "", "", "", "yes", "", "", ""],
    ["Grace", "Wanjiru", "", "01/02/1950", "", "0722 123 456", "Kibera", "", "",
     "English", "moved", "", "Mary", "daughter", ""],
    ["María José", "González", "", "", "", "+44 7911 123456", "", "", 'She said "hi"',
     "", "", "", "", "", ""],
    ["O'Neil", "", "", "13/13/1980", "", "", "", "", "", "", "", "", "", "", ""],  # rejected
    ["Zawadi", "Mwangi", "", "", "", "0722 555 666", "Lindi", "", "", "", "", "", "", "",
     ""],
]


def _row_by_row(self: Any, conn: sqlite.Connection, rows: Sequence[Sequence[Any]],
                supports: Sequence[Sequence[Any]], progress: Any = None) -> None:
    """The reference: each row inserted with every trigger as it is."""
    for row in rows:
        conn.execute(f"INSERT INTO patients ({', '.join(IMPORT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' for _ in IMPORT_COLUMNS)})", row)
    for row in supports:
        conn.execute(f"INSERT INTO support_contacts ({', '.join(SUPPORT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' for _ in SUPPORT_COLUMNS)})", row)


def _everything(clinic: Clinic) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (the outbox in its order, without its seq and random change id),
    the search indexes' rows, and the schema."""
    conn = clinic.db.conn
    out: dict[str, list[tuple[Any, ...]]] = {"schema": [tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                 "sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' AND "
                                 "name != 'schema_migrations' "
                                 "ORDER BY name").fetchall():
        out[table] = [tuple(r) for r in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1')]
    out["sync_outbox"] = [tuple(r) for r in conn.execute(
        "SELECT table_name, row_id, op, fields, base, hlc, site_id, acked FROM sync_outbox "
        "ORDER BY seq")]
    out["names"] = [tuple(r) for r in conn.execute(
        "SELECT rowid, name_key FROM patient_names_fts ORDER BY rowid")]
    out["phones"] = [tuple(r) for r in conn.execute(
        "SELECT rowid, phone_digits FROM patient_phones_fts ORDER BY rowid")]
    out["name_terms"] = [tuple(r) for r in conn.execute(
        "SELECT term, doc, cnt FROM patient_names_vocab ORDER BY term")]
    for fts in ("patient_names_fts", "patient_phones_fts"):
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
    return out


def _clinic(path: Path) -> Clinic:
    from tests.conftest import TODAY

    c = Clinic(path, clock=FixedClock(TODAY), rng=random.Random(7))
    c.settings.update({"country": "KE", "site_prefix": "KIB", "clinic_name": "Test Clinic"})
    c.patients.register({"given_name": "Halima", "family_name": "Said",
                         "phones": ["0722000999"]})
    return c


def _import_both(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch,
                 rows: list[list[str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    path = write_csv(folder, "list.csv", [HEADER, *rows])
    results = []
    for name, insert in (("bulk", None), ("rows", _row_by_row)):
        with monkeypatch.context() as patch:
            if insert is not None:
                patch.setattr(db_interchange.InterchangeRepository, "insert_patients", insert)
            clinic = _clinic(tmp_path / f"{name}.sqlite3")
            try:
                plan = run_import(clinic, path, import_duplicates=True,
                                  rejects_to=folder / f"{name}-rejects.csv")
                assert plan.imported > 0
                results.append(_everything(clinic))
            finally:
                clinic.close()
    return results[0], results[1]


def test_the_bulk_insert_leaves_what_the_triggers_leave(tmp_path: Path, folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    bulk, rows = _import_both(tmp_path, folder, monkeypatch, ROWS)
    assert bulk.keys() == rows.keys()
    for key in bulk:
        assert bulk[key] == rows[key], key
    # and it did carry the new patients and support people, after what was there
    kinds = [(t, op) for t, _, op, *_ in bulk["sync_outbox"]]
    assert kinds.count(("patients", "upsert")) == 1 + 5
    assert kinds.count(("support_contacts", "upsert")) == 2
    assert len(bulk["names"]) == len(bulk["phones"]) == 6


def test_many_rows_the_same_way(tmp_path: Path, folder: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """More rows than one executemany chunk, some with a support person."""
    rng = random.Random(5)
    rows = []
    for i in range(db_interchange._CHUNK + 150):
        rows.append([f"Given{i}", f"Family{rng.randrange(10**6)}", "",
                     f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/19{i % 90 + 10}",
                     "", f"07{rng.choice('0124579')}{rng.randrange(10**7):07d}", "Lindi",
                     "", "", "", "", "", "Kin" if i % 7 == 0 else "", "", ""])
    bulk, by_row = _import_both(tmp_path, folder, monkeypatch, rows)
    for key in bulk:
        assert bulk[key] == by_row[key], key
    assert len(bulk["sync_outbox"]) > db_interchange._CHUNK


def test_no_capture_in_a_demo_database(demo_clinic: Clinic, folder: Path) -> None:
    assert bulk_capture(demo_clinic.db.conn, ("patients", "support_contacts")) is None
    plan = run_import(demo_clinic, write_csv(folder, "l.csv", [HEADER, ROWS[0]]))
    assert plan.imported == 1
    assert demo_clinic.db.query("SELECT count(*) FROM sync_outbox")[0][0] == 0
    assert [tuple(r) for r in demo_clinic.db.query("SELECT reason FROM sync_capture_off")] \
        == [("demo",)]


def test_a_trigger_it_cannot_read_is_left_to_do_its_work(clinic: Clinic, folder: Path
                                                          ) -> None:
    """Were the capture trigger changed into something else, the rows still go out (the
    trigger writes them)."""
    conn = clinic.db.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                       "'sync_capture_patients_ai'").fetchone()[0]
    conn.execute("DROP TRIGGER sync_capture_patients_ai")
    conn.execute(sql.replace("BEGIN", "BEGIN\n    SELECT 1;", 1))
    assert bulk_capture(conn, ("patients", "support_contacts")) is None
    plan = run_import(clinic, write_csv(folder, "l.csv", [HEADER, *ROWS]))
    assert plan.imported == 5
    assert clinic.db.query("SELECT count(*) FROM sync_outbox WHERE table_name = "
                           "'patients'")[0][0] == 5
    assert clinic.db.query("SELECT count(*) FROM sync_capture_off")[0][0] == 0


def test_phones_are_written_as_json_writes_them() -> None:
    import json

    from clinic_app.interchange.csv_import import phones_json

    for phones in ((), ("+254722000111",), ("+254722000111", "+447911123456"),
                   ("0722 000 111",), ('say "hi"',), ("+٢٥٤",), ("+254\n",)):
        assert phones_json(phones) == json.dumps(list(phones)), phones
