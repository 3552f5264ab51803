"""Care plans, handouts and the plain-language check from the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pdfplumber
import pytest

from clinic_app.domain.library import handout_texts


def _with_plan(run, demo_db: Path) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    """A demo patient who has a care plan (every demo patient with a visit has one)."""
    hits = json.loads(run("search", "a", "--db", str(demo_db), "--limit", "60",
                          "--json").stdout)
    for hit in hits:
        shown = run("care-plan", "show", "--db", str(demo_db), "--patient", hit["id"], "--json")
        if shown.returncode == 0:
            return hit["id"], json.loads(shown.stdout)
    raise AssertionError("no demo patient with a care plan")


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_handout_for_one_patient_in_a_chosen_language_and_paper(run, demo_db: Path,
                                                                tmp_path: Path) -> None:
    pid, plan = _with_plan(run, demo_db)
    out = tmp_path / "handout.pdf"
    done = run("handout", "--db", str(demo_db), "--patient", pid, "--out", str(out),
               "--lang", "fr", "--paper", "letter", "--clinician-copy", "--json")
    assert done.returncode == 0, done.stderr
    meta = json.loads(done.stdout)
    assert meta["language"] == "fr" and meta["plan_version"] == plan["version"]
    text = _text(out)
    fr = handout_texts("fr")
    assert fr["your_medicines"] in text and fr["clinician_copy"] in text
    for goal in plan["goals"]:
        if plan["language"] == "fr":
            assert goal in text
    with pdfplumber.open(out) as pdf:
        assert (round(pdf.pages[0].width), round(pdf.pages[0].height)) == (612, 792)


def test_care_plan_saved_from_stdin_then_printed(run, demo_db: Path, tmp_path: Path) -> None:
    pid, plan = _with_plan(run, demo_db)
    new = {**plan, "goals": ["Walk to the market without resting"], "language": "en"}
    saved = run("care-plan", "save", "--db", str(demo_db), "--patient", pid, "--json",
                stdin=json.dumps(new))
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout)["version"] == plan["version"] + 1
    out = tmp_path / "new.pdf"
    done = run("handout", "--db", str(demo_db), "--patient", pid, "--out", str(out),
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Walk to the market without resting" in _text(out)


def test_batch_for_a_day(run, demo_db: Path, tmp_path: Path) -> None:
    # the demo's visits are spread over the past months: print the latest day that had some
    out = tmp_path / "batch"
    for days_ago in range(0, 60):
        day = (dt.date.today() - dt.timedelta(days=days_ago)).isoformat()
        done = run("handout", "--db", str(demo_db), "--date", day, "--out", str(out), "--json")
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        if result["written"]:
            break
    assert result["written"] and not result["skipped"]
    assert all(Path(p).read_bytes().startswith(b"%PDF") for p in result["written"])


@pytest.mark.parametrize(("args", "words"), [
    (["--patient", "nobody", "--out", "x.pdf"], "No patient"),
    (["--out", "x.pdf"], "--patient"),
    (["--patient", "a", "--date", "2026-11-23", "--out", "x"], "--patient"),
    (["--date", "2026-13-01", "--out", "x"], "real date"),
])
def test_bad_handout_requests_are_one_line(run, one_line_error, demo_db: Path,
                                           args: list[str], words: str) -> None:
    one_line_error(run("handout", "--db", str(demo_db), *args), words)


def test_broken_care_plan_json_is_one_line_and_saves_nothing(run, one_line_error,
                                                             demo_db: Path) -> None:
    pid, plan = _with_plan(run, demo_db)
    one_line_error(run("care-plan", "save", "--db", str(demo_db), "--patient", pid,
                       stdin="{not json"), "not JSON")
    one_line_error(run("care-plan", "save", "--db", str(demo_db), "--patient", pid,
                       stdin=json.dumps({"medicines": [{"name": "X",
                                                        "schedule": {"morning": "lots"}}]})),
                   "medicines.0.morning")
    after = json.loads(run("care-plan", "show", "--db", str(demo_db), "--patient", pid,
                           "--json").stdout)
    assert after["version"] == plan["version"]


def test_readability_reads_stdin(run) -> None:
    hard = ("Hypertension necessitates adherence to antihypertensive pharmacotherapy, "
            "administered orally, notwithstanding the absence of symptomatology.")
    done = run("readability", "--lang", "en", "--json", stdin=hard)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["measure"] == "Flesch-Kincaid grade" and not result["ok"]
    assert any(f["kind"] == "jargon" and f["text"].lower() == "hypertension"
               for f in result["flags"])
    plain = json.loads(run("readability", "--lang", "es", "--json",
                           stdin="Tome una pastilla cada mañana.").stdout)
    assert plain["ok"] and plain["flags"] == []
    text = run("readability", "--lang", "en", stdin=hard)
    assert "jargon" in text.stdout and "high blood pressure" in text.stdout.lower()
