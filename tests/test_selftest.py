"""``clinic-app --self-test``: the check a clinic (and the installer build) runs on a PC."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app import selftest
from clinic_app.cli import main

CHECKS = ["Temporary folder", "Database", "Search", "Handout PDF", "Qt and PDF viewer",
          "Reading level and phones", "Backup", "Verify backup"]


def _env(tmp_path: Path) -> dict[str, str]:
    # a file keyring chosen explicitly, as an administrator would, in this test's own folder
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "data")}


def _status(out: str, check: str) -> str:
    for line in out.splitlines():
        if line.strip().split(maxsplit=1)[-1].startswith(f"{check}:"):
            return line.split()[0]
    raise AssertionError(f"no line for {check!r} in:\n{out}")


def test_self_test_passes_in_process(qapp: Any, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--self-test-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    for check in CHECKS:
        assert _status(out, check) == "OK", out
    assert "FAILED" not in out
    assert out.strip().splitlines()[-1].startswith("Self-test passed:")
    assert list(tmp_path.iterdir()) == []  # its folder is removed afterwards


def test_self_test_passes_as_a_command(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "clinic_app", "--self-test"],
                          capture_output=True, text=True, encoding="utf-8", timeout=180,
                          check=False, env=_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    for check in CHECKS:
        assert _status(done.stdout, check) == "OK", done.stdout
    # the key store the tests chose explicitly is reported, and used for nothing
    assert _status(done.stdout, "Key store") == "OK"
    assert not (tmp_path / "data").exists()
    assert "Traceback" not in done.stderr


def test_an_unusable_folder_fails_with_a_clear_message(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("a file, not a folder")
    done = subprocess.run([sys.executable, "-m", "clinic_app", "--self-test-dir",
                           str(not_a_folder)], capture_output=True, text=True,
                          encoding="utf-8", timeout=180, check=False, env=_env(tmp_path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert _status(done.stdout, "Temporary folder") == "FAILED"
    assert "Not a directory" in done.stdout or "stick.txt" in done.stdout
    for check in ("Database", "Search", "Handout PDF", "Qt and PDF viewer", "Backup",
                  "Verify backup"):  # they need the folder; the other checks still run
        assert _status(done.stdout, check) == "SKIPPED"
    assert _status(done.stdout, "Reading level and phones") == "OK"
    assert done.stdout.strip().splitlines()[-1].startswith("Self-test FAILED:")


def test_a_failed_backup_fails_the_self_test(qapp: Any, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup folder vanishes (a stick pulled out) after it was made."""
    from clinic_app.backup.service import BackupService

    real = BackupService.backup

    def pulled_out(self: BackupService, folder: Path, passphrase: str, **kw: Any) -> Any:
        folder.rmdir()
        return real(self, folder, passphrase, **kw)

    monkeypatch.setattr(BackupService, "backup", pulled_out)
    code = main(["--self-test-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert _status(out, "Backup") == "FAILED"
    assert "is not there" in out
    assert _status(out, "Verify backup") == "SKIPPED"
    assert _status(out, "Handout PDF") == "OK"
    assert "Traceback" not in out + err
    assert list(tmp_path.iterdir()) == []


def test_page_count_reads_reportlab_pages() -> None:
    pdf = b"%PDF-1.4\n<< /Type /Pages /Kids [3 0 R 4 0 R] >>\n<< /Type /Page >>\n" \
          b"<</Type/Page/Parent 2 0 R>>\n%%EOF"
    assert selftest._page_count(pdf) == 2
