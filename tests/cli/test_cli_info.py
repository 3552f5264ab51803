"""`clinic-app info`: what a manager (or a script) checks about a clinic database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import _run as clinic_app


def test_info_reports_schema_settings_and_row_counts(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert clinic_app("demo-data", "--db", str(db), "--patients", "120", "--seed", "4")\
        .returncode == 0
    done = clinic_app("info", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["schema_version"] == info["schema_latest"] >= 3
    assert info["encrypted"] is True
    assert info["settings"]["site_prefix"] == "KIB"
    assert info["rows"]["patients"] == 120
    assert info["rows"]["visits"] > 0
    assert not any(name.startswith("patient_names_fts") for name in info["rows"])
    text = clinic_app("info", "--db", str(db))
    assert "patients" in text.stdout and "120" in text.stdout


def test_info_on_a_missing_database_is_one_line(tmp_path: Path) -> None:
    done = clinic_app("info", "--db", str(tmp_path / "nope.sqlite3"), "--json")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
