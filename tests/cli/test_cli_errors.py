"""Every failure a person can cause ends with one line on stderr and exit status 2."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

import pytest


def count_patients(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM patients").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("stdin", "words"),
    [
        ("{not json", "not valid JSON"),
        ("", "not valid JSON"),
        ('["a list"]', "one JSON object"),
        ('"Maria"', "one JSON object"),
    ],
)
def test_bad_json(run, one_line_error, empty_db: Path, stdin: str, words: str) -> None:
    done = run("patient", "add", "--db", str(empty_db), stdin=stdin)
    one_line_error(done, words)
    assert count_patients(empty_db) == 0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"given_name": "A", "birth_date": "2999-01-01"}, "birth_date"),
        ({"given_name": "A", "birth_date": "2023-02-30"}, "birth_date"),
        ({"given_name": ""}, "given_name"),
        ({"given_name": "A", "phones": ["12345"]}, "phones"),
        ({"given_name": "A", "favourite_colour": "blue"}, "favourite_colour"),
        ({"given_name": "A", "support": {"phone": "0712 345 678"}}, "support.name"),
    ],
)
def test_bad_field_is_named(run, one_line_error, empty_db: Path, data: dict[str, object],
                            field: str) -> None:
    done = run("patient", "add", "--db", str(empty_db), stdin=json.dumps(data))
    one_line_error(done, f"clinic-app: {field}: ")
    assert count_patients(empty_db) == 0


def test_missing_database(run, one_line_error, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite3"
    for args in (["search", "--db", str(path), "maria"],
                 ["patient", "show", "--db", str(path), "x"]):
        one_line_error(run(*args), "no database at", str(path))
    one_line_error(run("patient", "add", "--db", str(path), stdin='{"given_name": "A"}'),
                   "no database at")
    assert not path.exists()


def test_corrupt_database(run, one_line_error, tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x00garbage, not SQLite\n" * 500)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    one_line_error(run("search", "--db", str(path), "maria"), "not a readable clinic database")
    one_line_error(run("patient", "add", "--db", str(path), stdin='{"given_name": "A"}'),
                   "not a readable")
    one_line_error(run("demo-data", "--db", str(path), "--patients", "5"), "not a readable")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_database_from_a_newer_version(run, one_line_error, empty_db: Path) -> None:
    con = sqlite3.connect(empty_db)
    con.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    con.commit()
    con.close()
    one_line_error(run("search", "--db", str(empty_db), "maria"), "newer version")


def test_locked_database(run, one_line_error, empty_db: Path) -> None:
    other = sqlite3.connect(empty_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        done = run("patient", "add", "--db", str(empty_db),
                   stdin=json.dumps({"given_name": "Amina", "family_name": "Juma"}))
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    one_line_error(done, "locked", "Nothing was changed")
    assert waited >= 4  # it waited for the other program (5 s busy timeout) before giving up
    assert count_patients(empty_db) == 0
    again = run("patient", "add", "--db", str(empty_db),
                stdin=json.dumps({"given_name": "Amina", "family_name": "Juma"}))
    assert again.returncode == 0, again.stderr
    assert count_patients(empty_db) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["patient"],
        ["patient", "delete", "--db", "x"],
        ["search", "maria"],  # --db is required
        ["demo-data", "--db", "x", "--patients", "many"],
        ["--no-such-option"],
    ],
)
def test_usage_errors(run, one_line_error, args: list[str]) -> None:
    done = run(*args)
    one_line_error(done, "clinic-app")
    assert "--help" in done.stderr


def test_bad_numbers_in_options(run, one_line_error, tmp_path: Path, demo_db: Path) -> None:
    one_line_error(run("demo-data", "--db", str(tmp_path / "n.sqlite3"), "--patients", "-1"),
                   "--patients")
    one_line_error(run("search", "--db", str(demo_db), "--limit", "0", "maria"), "--limit")


def test_unknown_patient_id(run, one_line_error, empty_db: Path) -> None:
    one_line_error(run("patient", "show", "--db", str(empty_db), "no-such-id"), "no-such-id")
    one_line_error(run("patient", "merge", "--db", str(empty_db), "a", "a"), "two different")


def test_unwritable_folder(run, one_line_error, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = run("demo-data", "--db", str(blocker / "clinic.sqlite3"), "--patients", "1")
    one_line_error(done)
