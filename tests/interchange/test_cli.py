"""The verbs as a script runs them: JSON out, one-line errors, never a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Run, _assert_one_line_error
from tests.cli.conftest import empty_db as empty_db  # noqa: F401 (a fixture)
from tests.cli.conftest import run as run  # noqa: F401 (a fixture)
from tests.interchange.conftest import write_csv

ROWS = [["Nom", "Prénom", "Date de naissance", "Tél"],
        ["Lefèvre", "Hélène", "21/06/1948", "0701 234 567"],
        ["Lefèvre", "Hélène", "21/06/1948", "0701 234 567"],
        ["Bénard", "François", "31/02/1975", "0722 100 200"]]


def test_dry_run_then_import_json(run: Run, empty_db: Path, folder: Path) -> None:
    path = write_csv(folder, "liste.csv", ROWS, sep=";", encoding="cp1252")
    dry = run("import-csv", "--db", str(empty_db), str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    out = json.loads(dry.stdout)
    assert out["imported"] == 1 and out["dry_run"] is True
    assert out["duplicates"][0]["row"] == 3 and out["duplicates"][0]["duplicate_of"] == "row 2"
    assert out["rejected"] == [{"row": 4, "reason": "Date of birth '31/02/1975' is not a real "
                                "date: check the day and the month."}]
    assert out["encoding"] == "Windows-1252" and out["separator"] == "semicolon"
    count = "SELECT count(*) FROM patients"
    assert sqlite3.connect(empty_db).execute(count).fetchone()[0] == 0
    done = run("import-csv", "--db", str(empty_db), str(path), "--json")
    out = json.loads(done.stdout)
    assert out["imported"] == 1 and out["dry_run"] is False
    assert Path(out["rejects_file"]).exists()
    assert sqlite3.connect(empty_db).execute(count).fetchone()[0] == 1


def test_ambiguous_dates_need_a_flag(run: Run, empty_db: Path, folder: Path) -> None:
    path = write_csv(folder, "a.csv", [["Name", "DOB"], ["Amina Otieno", "03/07/1984"]])
    _assert_one_line_error(run("import-csv", "--db", str(empty_db), str(path)),
                           "--day-first", "03/07/1984")
    done = run("import-csv", "--db", str(empty_db), str(path), "--month-first", "--json")
    assert json.loads(done.stdout)["date_order"] == "month-first"
    _assert_one_line_error(run("import-csv", "--db", str(empty_db), str(path), "--day-first",
                               "--month-first"), "not both")


@pytest.mark.parametrize("content, words", [
    (b"", "empty"), (bytes(range(256)) * 40, "not a text file"),
    (b"Colour\nred\n", "No column holds"), (b"Name\n" + b"x" * 10_000_000, "more than"),
])
def test_bad_files_get_one_line(run: Run, empty_db: Path, folder: Path, content: bytes,
                                words: str) -> None:
    path = folder / "bad.csv"
    path.write_bytes(content)
    _assert_one_line_error(run("import-csv", "--db", str(empty_db), str(path)), words)


def test_export_csv_and_fhir_then_import_fhir(run: Run, empty_db: Path, folder: Path,
                                              tmp_path: Path) -> None:
    run("import-csv", "--db", str(empty_db), str(write_csv(folder, "l.csv", ROWS, sep=";")))
    done = run("export", "--db", str(empty_db), "--format", "csv", "--out",
               str(folder / "p.csv"), "--json")
    assert json.loads(done.stdout)["rows"] == 1
    text = (folder / "p.csv").read_text("utf-8-sig")
    assert "Hélène" in text and "'+254701234567" in text  # a formula can not start a cell
    done = run("export", "--db", str(empty_db), "--format", "fhir", "--out",
               str(folder / "b.json"))
    assert done.returncode == 0 and "1 Patient" in done.stdout
    other = tmp_path / "other.sqlite3"
    assert run("demo-data", "--db", str(other), "--patients", "0",
               "--no-encryption").returncode == 0
    done = run("import-fhir", "--db", str(other), str(folder / "b.json"), "--json")
    assert json.loads(done.stdout)["imported"] == 1, done.stderr
    _assert_one_line_error(run("export", "--db", str(empty_db), "--format", "csv", "--out",
                               str(folder)), "is a folder")
    _assert_one_line_error(run("import-fhir", "--db", str(other), str(folder / "p.csv")),
                           "not a FHIR JSON file")
