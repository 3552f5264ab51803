"""Run the real command line in a subprocess, as a manager's script would."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


# The subprocesses use a real file keyring, chosen explicitly the way an administrator
# would (PYTHON_KEYRING_BACKEND), in a folder of this test session's own.
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
       "XDG_DATA_HOME": tempfile.mkdtemp(prefix="clinic-cli-keyring-")}


def _run(*args: str, stdin: str | None = None, timeout: float = 60,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clinic_app", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", timeout=timeout, check=False, env=env or ENV,
    )


@pytest.fixture(scope="session")
def run() -> Run:
    return _run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo clinic of 300 patients made by the CLI itself (seed 2)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    done = _run("demo-data", "--db", str(path), "--patients", "300", "--seed", "2")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def empty_db(tmp_path: Path, run: Run) -> Path:
    path = tmp_path / "clinic.sqlite3"  # plain, so tests can inspect it with sqlite3
    done = run("demo-data", "--db", str(path), "--patients", "0", "--no-encryption")
    assert done.returncode == 0, done.stderr
    return path


def _assert_one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit status 2, one line on stderr naming the problem, no traceback, nothing on stdout."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert done.stdout == ""


@pytest.fixture(scope="session")
def one_line_error() -> Callable[..., None]:
    return _assert_one_line_error
