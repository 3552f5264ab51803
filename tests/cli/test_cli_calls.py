"""The call queue from the command line: rules run, queue, call log, call undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinic_app.services.clinic import Clinic


@pytest.fixture
def due_db(tmp_path: Path) -> Path:
    """A plain clinic with two patients whose medicines changed 10 days ago."""
    path = tmp_path / "calls.sqlite3"
    clinic = Clinic(path)
    clinic.settings.update({"country": "KE", "site_prefix": "KIB"})
    for given in ("Amina", "Baraka"):
        p = clinic.patients.register({"given_name": given, "family_name": "Otieno",
                                      "phones": [f"0712 00{len(given)} 111"]},
                                     confirmed_new=True)
        clinic.visits.record_visit(p.id or "", visit_date="2026-11-10", medicines_changed=True)
    clinic.close()
    return path


def test_rules_run_is_idempotent(run, due_db: Path) -> None:
    first = json.loads(run("rules", "run", "--db", str(due_db), "--date", "2026-11-23",
                           "--json").stdout)
    again = json.loads(run("rules", "run", "--db", str(due_db), "--date", "2026-11-23",
                           "--json").stdout)
    assert first == {"created": 0, "closed": 0}  # recording the visits already made them
    assert again == {"created": 0, "closed": 0}


def test_queue_then_log_then_undo(run, due_db: Path) -> None:
    done = run("queue", "--db", str(due_db), "--date", "2026-11-23", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 2
    assert {"patient_id", "follow_up_ids", "reasons", "priority", "due_date", "attempt"} \
        <= set(rows[0])
    assert rows[0]["due_date"] == "2026-11-17" and rows[0]["attempt"] == 1
    fid = rows[0]["follow_up_ids"][0]
    logged = run("call", "log", "--db", str(due_db), "--follow-up", fid, "--outcome",
                 "reached", "--adherence", "some", "--barrier", "cost", "--barrier", "forgot",
                 "--feeling", "better", "--callback", "--at", "2026-11-23T10:00",
                 "--json")
    assert logged.returncode == 0, logged.stderr
    result = json.loads(logged.stdout)
    assert result["closed"] == 1 and result["created"] == 1  # the clinician callback
    after = json.loads(run("queue", "--db", str(due_db), "--date", "2026-11-23",
                           "--json").stdout)
    # the reached patient now waits only for the clinician's call, which they asked for
    mine = [r for r in after if r["patient_id"] == rows[0]["patient_id"]]
    assert mine and mine[0]["kinds"] == ["clinician_callback"]
    undone = run("call", "undo", "--db", str(due_db), result["call_id"])
    assert undone.returncode == 0, undone.stderr
    back = json.loads(run("queue", "--db", str(due_db), "--date", "2026-11-23",
                          "--json").stdout)
    assert [r["kinds"] for r in back if r["patient_id"] == rows[0]["patient_id"]] == \
        [["medicine_check"]]


@pytest.mark.parametrize(("args", "words"), [
    (["--follow-up", "nope", "--outcome", "reached"], "No follow-up"),
    (["--follow-up", "x", "--outcome", "flying"], "outcome"),
    (["--follow-up", "x", "--outcome", "declined"], "decline_reason"),
    (["--follow-up", "x", "--outcome", "reached", "--adherence", "maybe"], "adherence"),
    (["--follow-up", "x", "--outcome", "reached", "--at", "yesterday"], "--at"),
])
def test_bad_call_log_is_one_line(run, one_line_error, due_db: Path, args: list[str],
                                  words: str) -> None:
    one_line_error(run("call", "log", "--db", str(due_db), *args), words)


def test_bad_date_is_one_line(run, one_line_error, due_db: Path) -> None:
    one_line_error(run("queue", "--db", str(due_db), "--date", "2026-02-30"), "real date")
