"""The security verbs of the real command line, run in a subprocess as a manager's script
would: staff accounts, the audit trail and its check, encryption, key files, no keyring."""

from __future__ import annotations

import getpass
import json
import re
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.cli.conftest import ENV, _assert_one_line_error, _run

CLI_USER = f"cli:{getpass.getuser()}"
RECOVERY = re.compile(r"\b(?:[A-Z2-7]{4}-){13}[A-Z2-7]{1,4}\b")


def _ok(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = _run(*[str(a) for a in args], env=env)
    assert done.returncode == 0, done.stderr
    return done


def _own_keyring() -> dict[str, str]:
    """The CLI's environment with a file keyring of its own, empty so far."""
    return {**ENV, "XDG_DATA_HOME": tempfile.mkdtemp(prefix="clinic-sec-keyring-")}


@pytest.fixture(scope="module")
def plain_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sec-cli") / "plain.db"
    _ok("demo-data", "--db", path, "--patients", "40", "--seed", "5", "--no-encryption")
    return path


def test_user_add_then_list(tmp_path: Path) -> None:
    db, password = tmp_path / "clinic.db", tmp_path / "pw.txt"
    _ok("demo-data", "--db", db, "--patients", "0")  # encrypted, key in the file keyring
    password.write_text("nurse-pass-1\nignored second line\n")
    added = _ok("user", "add", "--db", db, "--username", "wanjiru", "--role", "clinician",
                "--password-file", password, "--display-name", "Nurse Wanjiru").stdout.strip()
    listed = json.loads(_ok("user", "list", "--db", db, "--json").stdout)
    wanjiru = next(u for u in listed if u["username"] == "wanjiru")
    assert wanjiru == {"id": added, "username": "wanjiru", "display_name": "Nurse Wanjiru",
                       "role": "clinician", "active": True, "must_change_password": False,
                       "last_login_at": None}
    assert {u["username"] for u in listed} == {"amina", "daniel", "grace", "wanjiru"}
    shown = _ok("user", "list", "--db", db).stdout
    assert "argon2" not in shown and "nurse-pass-1" not in shown and "wanjiru" in shown

    again = _run("user", "add", "--db", str(db), "--username", "WANJIRU", "--role",
                 "front_desk", "--password-file", str(password))
    _assert_one_line_error(again, "already a staff account")


@pytest.mark.parametrize(("args", "password", "words"), [
    (["--role", "boss"], "long-enough-1", ["--role", "invalid choice"]),
    (["--role", "front_desk"], "short", ["password", "at least 8"]),
    (["--role", "front_desk"], "", ["password file", "empty"]),
])
def test_user_add_refusals_are_one_line(args: list[str], password: str, words: list[str],
                                        plain_demo: Path, tmp_path: Path) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(password)
    done = _run("user", "add", "--db", str(plain_demo), "--username", "kamau", *args,
                "--password-file", str(pw))
    _assert_one_line_error(done, *words)
    listed = json.loads(_ok("user", "list", "--db", plain_demo, "--json").stdout)
    assert "kamau" not in {u["username"] for u in listed}


def test_patient_verbs_are_audited_as_the_os_user(plain_demo: Path) -> None:
    hits = json.loads(_ok("search", "--db", plain_demo, "--json", "--limit", "1",
                          "KIB-000007").stdout)
    patient_id = hits[0]["id"]
    _ok("patient", "show", "--db", plain_demo, patient_id)
    trail = json.loads(_ok("audit", "--db", plain_demo, "--json").stdout)
    newest = [(e["user"], e["action"], e["row_id"]) for e in trail[:2]]
    assert newest == [(CLI_USER, "patient.open", patient_id),
                      (CLI_USER, "patient.search", None)]
    assert trail[1]["details"] == {"results": 1}
    assert {"seq", "at", "user", "action", "table", "row_id", "details", "hash"} <= set(trail[0])

    only = json.loads(_ok("audit", "--db", plain_demo, "--json", "--action", "patient.",
                          "--user", CLI_USER).stdout)
    assert [e["action"] for e in only][:2] == ["patient.open", "patient.search"]
    assert all(e["action"].startswith("patient.") for e in only)
    later = json.loads(_ok("audit", "--db", plain_demo, "--json", "--since",
                           "2999-01-01").stdout)
    assert later == []
    viewed = json.loads(_ok("audit", "--db", plain_demo, "--json", "--limit", "1").stdout)
    assert (viewed[0]["user"], viewed[0]["action"]) == (CLI_USER, "audit.view")


def test_audit_verify_exit_status_and_first_broken_entry(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"  # plain, so this test can play the tamperer with sqlite3
    _ok("demo-data", "--db", db, "--patients", "5", "--no-encryption")
    intact = _ok("audit", "verify", "--db", db)
    assert intact.stdout.startswith("Audit trail intact: 5 entries")
    assert json.loads(_ok("audit", "verify", "--db", db, "--json").stdout) == \
        {"ok": True, "entries": 5}

    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET username = 'nobody' WHERE seq = 3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("UPDATE audit_log SET username = 'nobody' WHERE seq = 3")
    conn.commit()
    done = _run("audit", "verify", "--db", str(db))
    assert done.returncode == 1 and done.stderr == ""
    assert re.match(r"BROKEN at entry 3 \([0-9a-f-]{36}\): was altered", done.stdout)

    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.commit()
    conn.close()
    done = _run("audit", "verify", "--db", str(db), "--json")
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert (out["ok"], out["broken_seq"], out["broken_id"]) == (False, 2, "")
    assert "entry 2 is missing" in out["reason"]
    assert _run("audit", "verify", "--db", str(db)).stdout.startswith(
        "BROKEN at entry 2 (missing)")


def test_encrypt_a_plain_database(tmp_path: Path) -> None:
    db, env = tmp_path / "clinic.db", _own_keyring()
    _ok("demo-data", "--db", db, "--patients", "30", "--seed", "8", "--no-encryption")
    conn = sqlite3.connect(db)
    family = conn.execute("SELECT family_name FROM patients LIMIT 1").fetchone()[0]
    conn.close()

    done = _ok("encrypt", "--db", db, env=env)
    assert "RECOVERY KEY" in done.stdout and "keyring" in done.stdout
    code = RECOVERY.search(done.stdout)
    assert code is not None
    assert not list(tmp_path.glob("*.encrypting*"))
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db).execute("SELECT count(*) FROM patients").fetchone()
    assert family.encode() not in db.read_bytes()

    hits = json.loads(_ok("search", "--db", db, "--json", family, env=env).stdout)
    assert hits and all(h["family_name"] == family for h in hits)
    info = json.loads(_ok("info", "--db", db, "--json", env=env).stdout)
    assert info["encrypted"] is True and info["rows"]["patients"] == 30
    trail = json.loads(_ok("audit", "--db", db, "--json", "--action", "database.",
                           env=env).stdout)
    assert [e["action"] for e in trail] == ["database.encrypt"]

    elsewhere = _own_keyring()  # another PC: its keyring has no key for this file
    _assert_one_line_error(_run("search", "--db", str(db), family, env=elsewhere),
                           "recovery key", "Nothing was changed")
    printed = tmp_path / "recovery.txt"
    printed.write_text(code.group(0).lower().replace("-", " "))
    assert _ok("search", "--db", db, "--key-file", printed, family, env=elsewhere).stdout
    again = _run("encrypt", "--db", str(db), env=env)
    _assert_one_line_error(again, "not a plain")


def test_key_file_option_and_environment_variable(tmp_path: Path) -> None:
    db, key, env = tmp_path / "clinic.db", tmp_path / "clinic.key", _own_keyring()
    made = _ok("demo-data", "--db", db, "--patients", "10", "--key-file", key, env=env)
    assert "RECOVERY KEY" in made.stderr and key.exists()
    assert list(Path(env["XDG_DATA_HOME"]).rglob("*.cfg")) == []  # nothing in the keyring
    _assert_one_line_error(_run("search", "--db", str(db), "KIB-000001", env=env),
                           "recovery key")
    assert _ok("search", "--db", db, "--key-file", key, "KIB-000001", env=env).stdout
    with_env = {**env, "CLINIC_APP_DB_KEY_FILE": str(key)}
    info = json.loads(_ok("info", "--db", db, "--json", env=with_env).stdout)
    assert info["encrypted"] is True and info["rows"]["patients"] == 10


@pytest.mark.parametrize("backend", [None, "keyring.backends.fail.Keyring"])
def test_demo_data_without_a_usable_keyring_makes_nothing(backend: str | None,
                                                          tmp_path: Path) -> None:
    env = {k: v for k, v in ENV.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "CLINIC_APP_DB_KEY_FILE",
                        "DBUS_SESSION_BUS_ADDRESS")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    if backend:
        env["PYTHON_KEYRING_BACKEND"] = backend
    db = tmp_path / "clinic.db"
    done = _run("demo-data", "--db", str(db), "--patients", "5", env=env)
    _assert_one_line_error(done, "key")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    plain = _ok("demo-data", "--db", db, "--patients", "5", "--no-encryption", env=env)
    assert "Added 5 patients" in plain.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.db"]
