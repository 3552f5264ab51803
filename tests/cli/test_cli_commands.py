"""clinic-app verbs that work: version, demo-data, search, patient add/show/merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clinic_app import APP_NAME, __version__

NEW_PATIENT: dict[str, Any] = {
    "given_name": "Zawadi", "family_name": "Kiprono", "other_names": "Njeri", "sex": "female",
    "birth_date": "1990-04-12", "phones": ["0745 111 222"], "village": "Silanga",
    "address": "Behind the water kiosk", "preferred_language": "sw",
    "preferred_channel": "sms", "preferred_time": "evening", "large_print": True,
    "notes": "Works mornings at the market",
    "support": {"name": "Baraka Kiprono", "relationship": "brother", "phone": "0745 333 444",
                "consent_at": "2024-01-05"},
}


def test_version(run) -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"{APP_NAME} {__version__}"


def test_help_lists_the_verbs(run) -> None:
    done = run("--help")
    assert done.returncode == 0
    for verb in ("demo-data", "search", "patient"):
        assert verb in done.stdout


def test_demo_data_reports_what_it_made(run, tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    done = run("demo-data", "--db", str(path), "--patients", "50", "--seed", "2", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["patients"] == 50 and report["db"] == str(path)
    assert report["visits"] >= 0
    text = run("demo-data", "--db", str(path), "--patients", "10")
    assert text.returncode == 0 and "Added 10 patients" in text.stdout


def test_search_json(run, demo_db: Path) -> None:
    done = run("search", "--db", str(demo_db), "--json", "mar gon")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert isinstance(rows, list) and rows
    for row in rows:
        assert {"id", "clinic_number", "given_name", "family_name", "birth_date", "birth_year",
                "phones", "village", "match"} <= set(row)
    maria = next(r for r in rows if r["clinic_number"] == "KIB-000001")
    assert (maria["given_name"], maria["family_name"]) == ("María", "González")
    assert (maria["birth_date"], maria["phones"], maria["village"]) == (
        "1984-03-07", ["+254712345678"], "Kibera")
    assert "María" in done.stdout  # not escaped to \\u00ed


def test_search_by_number_and_phone(run, demo_db: Path) -> None:
    for query in ("KIB-000001", "0712 345 678"):
        rows = json.loads(run("search", "--db", str(demo_db), "--json", query).stdout)
        assert rows[0]["clinic_number"] == "KIB-000001", query
    rows = json.loads(run("search", "--db", str(demo_db), "--json", "KIB-000001").stdout)
    assert rows[0]["match"] == "clinic_number"


def test_search_limit_and_text_output(run, demo_db: Path) -> None:
    rows = json.loads(run("search", "--db", str(demo_db), "--json", "--limit", "3", "a").stdout)
    assert len(rows) == 3
    text = run("search", "--db", str(demo_db), "KIB-000001")
    assert text.returncode == 0
    assert text.stdout.startswith("KIB-000001  María González  1984-03-07")


def test_search_with_no_match_says_so(run, demo_db: Path) -> None:
    done = run("search", "--db", str(demo_db), "Xylophone")
    assert done.returncode == 0
    assert "No patients match 'Xylophone'" in done.stdout
    assert json.loads(run("search", "--db", str(demo_db), "--json", "Xylophone").stdout) == []


def test_patient_add_then_show_round_trips(run, empty_db: Path) -> None:
    added = run("patient", "add", "--db", str(empty_db), stdin=json.dumps(NEW_PATIENT))
    assert added.returncode == 0, added.stderr
    patient_id = added.stdout.strip()
    assert len(patient_id) == 36 and patient_id.count("-") == 4

    shown = run("patient", "show", "--db", str(empty_db), patient_id, "--json")
    assert shown.returncode == 0, shown.stderr
    out = json.loads(shown.stdout)
    assert out["id"] == patient_id and out["clinic_number"] == "KIB-000001"
    for key in ("given_name", "family_name", "other_names", "sex", "birth_date", "village",
                "address", "preferred_language", "preferred_channel", "preferred_time",
                "large_print", "notes"):
        assert out[key] == NEW_PATIENT[key], key
    assert out["phones"] == ["+254745111222"]
    assert out["support"] == {"name": "Baraka Kiprono", "relationship": "brother",
                              "phone": "+254745333444", "consent_at": "2024-01-05"}
    assert out["merged_into"] is None
    assert out["needs_contact_check"] is False  # numbers typed in are confirmed

    text = run("patient", "show", "--db", str(empty_db), patient_id)
    assert "given_name: Zawadi" in text.stdout

    found = json.loads(run("search", "--db", str(empty_db), "--json", "zawadi").stdout)
    assert [r["id"] for r in found] == [patient_id]


def test_patient_add_json_output_and_duplicates(run, demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    twin = {"given_name": "Maria", "family_name": "Gonzales", "birth_year": 1984,
            "village": "Kibera"}
    refused = run("patient", "add", "--db", str(db), stdin=json.dumps(twin))
    assert refused.returncode == 2
    assert "KIB-000001" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    forced = run("patient", "add", "--db", str(db), "--force", "--json", stdin=json.dumps(twin))
    assert forced.returncode == 0, forced.stderr
    out = json.loads(forced.stdout)
    assert out["clinic_number"] == "KIB-000301" and out["birth_year"] == 1984


def test_patient_merge(run, empty_db: Path) -> None:
    def add(data: dict[str, Any]) -> str:
        done = run("patient", "add", "--db", str(empty_db), "--force", stdin=json.dumps(data))
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    survivor = add({"given_name": "Amina", "family_name": "Juma", "phones": ["0712 345 678"]})
    merged = add({"given_name": "Aminah", "family_name": "Juma", "phones": ["0722 555 010"],
                  "support": {"name": "Grace"}})
    done = run("patient", "merge", "--db", str(empty_db), survivor, merged, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["survivor"], out["merged"]) == (survivor, merged)
    assert out["moved"]["support_contacts"] == 1

    shown = json.loads(run("patient", "show", "--db", str(empty_db), merged, "--json").stdout)
    assert shown["merged_into"] == survivor
    kept = json.loads(run("patient", "show", "--db", str(empty_db), survivor, "--json").stdout)
    assert kept["phones"] == ["+254712345678", "+254722555010"]
    found = json.loads(run("search", "--db", str(empty_db), "--json", "juma").stdout)
    assert [r["id"] for r in found] == [survivor]

    again = run("patient", "merge", "--db", str(empty_db), survivor, merged)
    assert again.returncode == 2 and "already merged" in again.stderr
    assert "Traceback" not in again.stderr
