"""``clinic-app hub ...`` as a district office's script runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clinic_app", "hub", *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_init_enroll_status_from_the_command_line(new_db: Callable[..., str]) -> None:
    dsn = new_db(schema=False)
    done = cli("init", "--dsn", dsn, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"initialised": True}
    code = cli("enroll", "--dsn", dsn, "--site-name", "Kibera Clinic", "--json")
    assert code.returncode == 0, code.stderr
    assert json.loads(code.stdout)["site_name"] == "Kibera Clinic"
    status = cli("status", "--dsn", dsn, "--json")
    assert status.returncode == 0 and isinstance(json.loads(status.stdout), list)


def test_a_hub_that_cannot_be_reached_is_one_line() -> None:
    done = cli("status", "--dsn", "postgresql://nobody@127.0.0.1:1/none", "--json")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
