"""backup, verify-backup and restore from the command line, with real files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import ENV

PHRASE = "mango river blue lantern"


def env(**extra: str) -> dict[str, str]:
    return {**ENV, "CLINIC_APP_BACKUP_PASSPHRASE": PHRASE, **extra}


def test_backup_verify_and_restore(run, empty_db: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = run("backup", "--db", str(empty_db), "--to", str(stick), "--json", env=env())
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["verified"] and result["backups_in_folder"] == 1
    assert "db_key" not in json.dumps(result)  # the key never leaves the encrypted file
    backup = Path(result["file"])
    ok = run("verify-backup", str(backup), "--json", env=env())
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"], ok.stderr
    # a patient added after the backup is gone after restoring it
    added = run("patient", "add", "--db", str(empty_db), "--force",
                stdin='{"given_name": "Later", "family_name": "Added"}')
    assert added.returncode == 0, added.stderr
    restored = run("restore", str(backup), "--db", str(empty_db), "--yes", "--json", env=env())
    assert restored.returncode == 0, restored.stderr
    aside = Path(json.loads(restored.stdout)["aside"])
    assert aside.exists()
    found = run("search", "--db", str(empty_db), "Later Added", "--json")
    assert json.loads(found.stdout) == []


def test_verify_refuses_a_changed_byte_with_the_reason(run, empty_db: Path,
                                                       tmp_path: Path) -> None:
    made = run("backup", "--db", str(empty_db), "--to", str(tmp_path), "--json", env=env())
    backup = Path(json.loads(made.stdout)["file"])
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    bad = run("verify-backup", str(backup), env=env())
    assert bad.returncode == 1 and "NOT VERIFIED" in bad.stdout
    wrong = run("verify-backup", str(backup), env=env(CLINIC_APP_BACKUP_PASSPHRASE="not it at all"))
    assert wrong.returncode == 1 and "passphrase" in wrong.stdout.lower()


def test_passphrase_file_works_and_no_passphrase_is_one_line(run, one_line_error,
                                                             empty_db: Path,
                                                             tmp_path: Path) -> None:
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text(PHRASE + "\n", encoding="utf-8")
    made = run("backup", "--db", str(empty_db), "--to", str(tmp_path), "--passphrase-file",
               str(phrase_file), "--json")
    assert made.returncode == 0, made.stderr
    one_line_error(run("backup", "--db", str(empty_db), "--to", str(tmp_path)), "passphrase")
    gone = run("backup", "--db", str(empty_db), "--to", str(tmp_path / "no-stick"), env=env())
    assert gone.returncode == 2 and "untouched" in gone.stderr and "Traceback" not in gone.stderr


def test_restore_asks_for_yes_when_not_at_a_terminal(run, one_line_error, empty_db: Path,
                                                     tmp_path: Path) -> None:
    made = run("backup", "--db", str(empty_db), "--to", str(tmp_path), "--json", env=env())
    backup = json.loads(made.stdout)["file"]
    one_line_error(run("restore", backup, "--db", str(empty_db), env=env()), "--yes")
