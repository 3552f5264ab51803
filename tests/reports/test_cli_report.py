"""``clinic-app report`` as a manager's script runs it: a real subprocess on a real file."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber
import pytest
from reporthelp import build_october, open_clinic

from clinic_app.domain.clock import FixedClock

ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
       "XDG_DATA_HOME": tempfile.mkdtemp(prefix="clinic-report-keyring-")}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False, env=ENV)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reporthelp import NOW

    path = tmp_path_factory.mktemp("cli") / "clinic.sqlite3"
    clock = FixedClock(NOW)
    clinic = open_clinic(path, clock)
    build_october(clinic, clock)
    clinic.close()
    return path


def test_json_has_every_figure_for_both_periods(db) -> None:
    done = run("report", "--db", str(db), "--from", "2026-10-01", "--to", "2026-10-31",
               "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["period"] == {"from": "2026-10-01", "to": "2026-10-31"}
    assert out["previous_period"] == {"from": "2026-08-31", "to": "2026-09-30"}
    figures = {f["key"]: f for f in out["figures"]}
    assert (figures["due"]["this_period"], figures["due"]["previous_period"],
            figures["due"]["change"]) == (9, 2, 7)
    assert figures["reach_rate"]["this_period"] == 66.7 and \
        figures["reach_rate"]["unit"] == "percent"
    assert figures["meds_yes"]["previous_period"] is None  # nobody asked: blank, not 0


def test_filters_and_the_plain_table(db) -> None:
    done = run("report", "--db", str(db), "--from", "2026-10-01", "--to", "2026-10-31",
               "--staff", "grace", "--kind", "medicine_check")
    assert done.returncode == 0, done.stderr
    assert "Who and what: calls by grace, medicine check follow-ups" in done.stdout
    line = next(x for x in done.stdout.splitlines() if x.strip().startswith("Follow-ups due"))
    assert line.split()[-3:] == ["3", "1", "+2"]  # F1, F2, F5 (Grace) / F6 in September


def test_pdf_and_csv_files(db, tmp_path) -> None:
    pdf_path, csv_path = tmp_path / "out" / "october.pdf", tmp_path / "october.csv"
    done = run("report", "--db", str(db), "--from", "2026-10-01", "--to", "2026-10-31",
               "--pdf", str(pdf_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {pdf_path}")
    with pdfplumber.open(pdf_path) as pdf:
        assert "Follow-ups due 9 2 +7" in pdf.pages[0].extract_text()
    done = run("report", "--db", str(db), "--period", "last-month", "--csv", str(csv_path))
    assert done.returncode == 0, done.stderr
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    assert rows["appointments_missed"]["this period"] in {"0", "1"}  # 'last month' of today


def test_a_pdf_in_spanish(db, tmp_path) -> None:
    """A manager's weekly script can print the report in the clinic's language."""
    path = tmp_path / "octubre.pdf"
    done = run("report", "--db", str(db), "--from", "2026-10-01", "--to", "2026-10-31",
               "--pdf", str(path), "--lang", "es")
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0].extract_text()
    assert "Informe de participación" in first and "1–31 octubre 2026" in first
    assert "Engagement report" not in first and "This period" not in first


@pytest.mark.parametrize(("args", "words"), [
    (["--from", "2026-10-32", "--to", "2026-10-31"], "--from '2026-10-32' is not a real date"),
    (["--from", "2026-10-31", "--to", "2026-10-01"], "is before the first day"),
    (["--from", "2026-10-01"], "Give the period"),
    (["--from", "2026-10-01", "--to", "2026-10-31", "--json", "--csv", "x.csv"], "one of"),
    (["--from", "2026-10-01", "--to", "2026-10-31", "--kind", "gossip"],
     "not a kind of follow-up"),
    (["--period", "fortnight"], "invalid choice"),
    (["--period", "last-month", "--lang", "es"], "--lang is the PDF's language"),
    (["--period", "last-month", "--pdf", "x.pdf", "--lang", "de"], "invalid choice"),
])
def test_bad_input_is_one_line_and_exit_2(db, args, words) -> None:
    done = run("report", "--db", str(db), *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and not done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr


def test_a_missing_database_is_one_line(tmp_path) -> None:
    done = run("report", "--db", str(tmp_path / "none.sqlite3"), "--from", "2026-10-01",
               "--to", "2026-10-31")
    assert done.returncode == 2 and "There is no database" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
