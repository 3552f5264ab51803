"""The command line with odd input: still one line and exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import ENV


def test_huge_limit_and_patient_counts_are_refused(run, one_line_error, empty_db: Path) -> None:
    one_line_error(run("search", "--db", str(empty_db), "--limit", "99999999999999999999",
                       "x"), "--limit")
    one_line_error(run("demo-data", "--db", str(empty_db), "--patients",
                       "99999999999999999999999"), "--patients")


def test_invalid_utf8_on_stdin(one_line_error, empty_db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "clinic_app", "patient", "add", "--db",
                           str(empty_db)], input=b'{"given_name": "\xff\xfe"}',
                          capture_output=True, timeout=60, env=ENV)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"UTF-8" in done.stderr or b"given_name" in done.stderr
    assert done.stderr.count(b"\n") == 1


def test_odd_search_text(run, empty_db: Path) -> None:
    for query in ("²", "'; DROP TABLE patients; --", "*", "\"\"", "NEAR(a b)"):
        done = run("search", "--db", str(empty_db), "--json", query)
        assert done.returncode == 0, (query, done.stderr)
        assert done.stdout.strip() == "[]"
