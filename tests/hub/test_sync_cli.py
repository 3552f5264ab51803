"""``clinic-app sync ...`` and ``clinic-app conflicts`` as a manager's script runs them: a real
subprocess, a real hub, a keyring in a file of the test's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clinic_app.services.clinic import Clinic
from tests.hub.clinics import code


def cli(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
                        "XDG_DATA_HOME": str(tmp / "data"), "HOME": str(tmp)}
    env.pop("CLINIC_APP_DB_KEY_FILE", None)
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env)


def test_a_second_pc_starts_empty_and_receives_everything(tmp_path, hub_url, dsn,
                                                          make_online) -> None:
    (first,) = make_online(hub_url, dsn, 1)
    ids = [first.register(g, "Otieno") for g in ("Amina", "Baraka", "Chausiku")]
    first.edit(ids[0], village="Kibera")
    first.cycle()
    db = str(tmp_path / "second-pc.sqlite3")
    enrolled = cli(tmp_path, "sync", "enroll", "--db", db, "--hub", hub_url, "--code",
                   code(dsn, "Kibera PC 2"), "--no-encryption", "--country", "KE", "--json")
    assert enrolled.returncode == 0, enrolled.stderr
    answer = json.loads(enrolled.stdout)
    assert answer["site_name"] == "Kibera PC 2" and "token" not in answer
    assert answer["prefix"] != first.clinic.settings.get("site_prefix")
    done = cli(tmp_path, "sync", "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["received"] >= 4 and report["error"] is None and report["bytes"] > 0
    again = json.loads(cli(tmp_path, "sync", "--db", db, "--json").stdout)  # nothing new
    assert again["received"] == again["sent"] == 0 and again["bytes"] <= 2048
    shown = cli(tmp_path, "search", "--db", db, "--json", "Otieno")
    assert shown.returncode == 0, shown.stderr
    assert {p["id"] for p in json.loads(shown.stdout)} == set(ids)
    conflicts = cli(tmp_path, "conflicts", "--db", db, "--json")
    assert conflicts.returncode == 0 and json.loads(conflicts.stdout) == []


def test_errors_are_one_line(tmp_path, hub_url, dsn) -> None:
    db = str(tmp_path / "pc.sqlite3")
    bad = cli(tmp_path, "sync", "enroll", "--db", db, "--hub", hub_url, "--code",
              "WRONG-CODE-0000-0000", "--no-encryption")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "enrolment code is wrong" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert not Path(db).exists()  # the database made for a failed enrolment is not left
    demo = str(tmp_path / "demo.sqlite3")
    cli(tmp_path, "demo-data", "--db", demo, "--patients", "0", "--no-encryption")
    refused = cli(tmp_path, "sync", "--db", demo)
    assert refused.returncode == 2 and "demo database" in refused.stderr
    Clinic(Path(db)).close()  # a real clinic's database, never enrolled
    unset = cli(tmp_path, "sync", "--db", db)
    assert unset.returncode == 2 and "not set up for sync" in unset.stderr
    away = cli(tmp_path, "sync", "enroll", "--db", db, "--hub", "http://127.0.0.1:9",
               "--code", "ABCD-EFGH-JKLM-NPQR")
    assert away.returncode == 2 and "could not be reached" in away.stderr
    typo = cli(tmp_path, "sync", "enroll", "--db", db, "--hub", "hub.example", "--code", "X")
    assert typo.returncode == 2 and "is not a hub address" in typo.stderr
