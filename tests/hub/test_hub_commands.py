"""The functions behind ``clinic-app hub ...``: init, serve, enroll, status, import-bundle."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg
import pytest
from hubkit import NOW_MS, change, changes, count, enrol
from pgtemp import free_port

from clinic_app.errors import ClinicError
from clinic_app.hub import SCHEMA_VERSION, bundles, commands

YEAR_MS = 365 * 86_400_000


def test_init_creates_the_schema_and_can_run_again(new_db: Callable[..., str]) -> None:
    dsn = new_db(schema=False)
    with pytest.raises(ClinicError, match="run 'clinic-app hub init'"):
        commands.enroll(dsn, "Kibera")
    assert commands.init(dsn) == SCHEMA_VERSION
    code = commands.enroll(dsn, "Kibera")
    assert commands.init(dsn) == SCHEMA_VERSION  # again: nothing lost
    assert count(dsn, "SELECT count(*) FROM enrolment_codes") == 1
    with psycopg.connect(dsn) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"hub_meta", "sites", "enrolment_codes", "tokens", "changes",
                      "quarantine", "push_batches", "refusals"}
    assert len(code) == 19


@pytest.mark.parametrize("dsn, words", [
    ("postgresql://postgres@127.0.0.1:1/hub", "cannot be reached"),
    ("not a dsn at all", "not a PostgreSQL address"),
])
def test_a_bad_dsn_is_one_clear_line(dsn: str, words: str) -> None:
    with pytest.raises(ClinicError, match=words) as caught:
        commands.init(dsn)
    assert "\n" not in str(caught.value)


def test_status_shows_contact_cursor_and_quarantine(hub_url: str, dsn: str) -> None:
    a = enrol(hub_url, dsn, "Kibera Clinic", "site-a")
    b = enrol(hub_url, dsn, "Mathare Clinic", "site-b")
    commands.enroll(dsn, "Not yet here")
    a.push({"batch_id": "b1", "site_id": "site-a", "schema": 6,
            "changes": [*changes("site-a", 3), change("site-a", ms=NOW_MS + 10 * YEAR_MS)]})
    page = b.pull(0)
    b.pull(page["cursor"])

    rows = json.loads(json.dumps(commands.status(dsn)))  # JSON as `hub status --json` prints
    by_site = {r["site_id"]: r for r in rows}
    assert set(by_site) == {"site-a", "site-b"}
    sa, sb = by_site["site-a"], by_site["site-b"]
    assert sa["name"] == "Kibera Clinic" and sa["changes_pushed"] == 3
    assert sa["quarantined"] == 1 and sa["last_push_at"] and sa["last_contact"]
    assert sb["cursor"] == page["cursor"] == sb["hub_cursor"] and sb["last_pull_at"]
    assert sb["quarantined"] == 0 and sb["last_push_at"] is None
    assert sa["last_contact"].endswith("Z") and not sa["revoked"]


def write_clinic_bundle(path: Path, site: str, items: list[dict], hub_cursor: int) -> Path:
    bundles.write_bundle(path, {"site_id": site, "schema": 6, "hub_cursor": hub_cursor,
                                "site_name": "Turkana outpost"}, items)
    return path


def test_a_bundle_import_applies_it_and_writes_the_return_bundle(
        hub_url: str, dsn: str, tmp_path: Path) -> None:
    a = enrol(hub_url, dsn, "Kibera", "site-a")
    from_a = changes("site-a", 4)
    a.push({"batch_id": "a1", "site_id": "site-a", "schema": 6, "changes": from_a})
    from_k = changes("site-k", 5)
    far = change("site-k", ms=NOW_MS + 10 * YEAR_MS)
    stick = write_clinic_bundle(tmp_path / "site-k-1.clinicsync", "site-k", [*from_k, far], 0)
    out = tmp_path / "out"
    out.mkdir()

    back = commands.import_bundle(dsn, stick, out)
    assert back.parent == out and back.name.startswith("return-site-k-")
    manifest, returned = bundles.read_bundle(back)
    assert manifest["kind"] == "hub-return" and manifest["site_id"] == "site-k"
    assert manifest["accepted"] == [c["change_id"] for c in [*from_k, far]]
    assert manifest["quarantined"] == [far["change_id"]]
    assert [c["change_id"] for c in returned] == [c["change_id"] for c in from_a]
    assert manifest["hub_cursor"] == max(c["seq"] for c in returned) + 5  # past its own
    got, _ = a.pull_all()  # the same path as push: site A now gets K's changes
    assert [c["change_id"] for c in got] == [c["change_id"] for c in from_k]

    # The same stick again: nothing new; a later cumulative bundle adds only what is new.
    again = commands.import_bundle(dsn, stick, out)
    assert bundles.read_bundle(again)[0]["accepted"] == manifest["accepted"]
    newer = changes("site-k", 2)
    later = write_clinic_bundle(tmp_path / "site-k-2.clinicsync", "site-k",
                                [*from_k, far, *newer], manifest["hub_cursor"])
    m2, r2 = bundles.read_bundle(commands.import_bundle(dsn, later, out))
    assert r2 == [] and m2["hub_cursor"] == manifest["hub_cursor"] + 2
    assert count(dsn, "SELECT count(*) FROM changes WHERE site_id = 'site-k'") == 7
    assert count(dsn, "SELECT count(*) FROM quarantine") == 1
    status = {s["site_id"]: s for s in commands.status(dsn)}
    assert status["site-k"]["name"] == "Turkana outpost"


@pytest.mark.parametrize("damage", ["truncate", "alter", "drop_row"])
def test_a_damaged_bundle_is_refused_whole(damage: str, dsn: str, tmp_path: Path) -> None:
    stick = write_clinic_bundle(tmp_path / "k.clinicsync", "site-k", changes("site-k", 50), 0)
    if damage == "truncate":
        data = stick.read_bytes()
        stick.write_bytes(data[: len(data) // 2])
    else:
        with sqlite3.connect(stick) as db:
            if damage == "alter":
                db.execute("UPDATE changes SET change = replace(change, 'v1', 'v9') "
                           "WHERE seq = 2")
            else:
                db.execute("DELETE FROM changes WHERE seq = 50")
        db.close()
    with pytest.raises(ClinicError, match="refused whole"):
        commands.import_bundle(dsn, stick, tmp_path)
    assert count(dsn, "SELECT count(*) FROM changes") == 0
    assert list(tmp_path.glob("return-*")) == []


def test_serve_answers_until_stopped(dsn: str, new_db: Callable[..., str]) -> None:
    with pytest.raises(ClinicError, match="hub init"):
        commands.serve(new_db(schema=False), "127.0.0.1", free_port())
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from clinic_app.hub.commands import serve; "
         "serve(sys.argv[1], '127.0.0.1', int(sys.argv[2]))", dsn, str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        assert "server" not in r.headers
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, out
    assert "Application shutdown complete" in out and "Traceback" not in out


def test_serve_on_a_port_in_use_is_one_clear_line(dsn: str) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(ClinicError, match="could not listen"):
            commands.serve(dsn, "127.0.0.1", taken.getsockname()[1])


def test_a_bundle_with_a_bad_change_late_on_is_refused_whole(dsn: str, tmp_path: Path) -> None:
    items = changes("site-k", 1_500)  # two chunks of pushes; the bad change is in the second
    items[1_400] = {**items[1_400], "op": "merge"}
    stick = write_clinic_bundle(tmp_path / "k.clinicsync", "site-k", items, 0)
    with pytest.raises(ClinicError, match="was not applied: change 400 .*'op'"):
        commands.import_bundle(dsn, stick, tmp_path)
    assert count(dsn, "SELECT count(*) FROM changes") == 0


def test_a_return_bundle_is_not_imported(dsn: str, tmp_path: Path) -> None:
    stick = write_clinic_bundle(tmp_path / "k.clinicsync", "site-k", changes("site-k", 3), 0)
    back = commands.import_bundle(dsn, stick, tmp_path)
    with pytest.raises(ClinicError, match="return bundle"):
        commands.import_bundle(dsn, back, tmp_path)
