"""Change capture: the triggers of migration 0007 fill the outbox in the edit's transaction."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from clinic_app.db.connection import Database
from clinic_app.db.migrations import all_migrations, migrate
from clinic_app.db.users import UserRepository
from clinic_app.domain.roles import Role
from clinic_app.services import demo
from clinic_app.services.clinic import Clinic
from clinic_app.sync import SyncError
from clinic_app.sync.changes import table_specs
from clinic_app.sync.service import SyncService
from tests.sync.conftest import TODAY, Site, send

ROOT = Path(__file__).resolve().parents[2]


def test_an_edit_makes_one_change_with_only_the_changed_fields(make_sites) -> None:
    (a,) = make_sites(1)
    pid = a.register("Amina", "Otieno")
    first = a.outbox("patients")
    assert len(first) == 1 and first[0]["op"] == "upsert" and first[0]["base"] == {}
    spec = table_specs(a.db.conn)["patients"]
    assert set(first[0]["fields"]) == set(spec.columns)  # the first change carries them all
    assert not {"pk", "name_key", "phone_digits", "id", "hlc"} & set(first[0]["fields"])

    a.clock.advance(minutes=5)
    a.edit(pid, village="Kibera")
    changes = a.outbox("patients")
    assert len(changes) == 2
    change = changes[1]
    assert change["fields"] == {"village": "Kibera", "updated_at": "2026-11-23T09:35:00.000Z"}
    # the versions the editor saw: the row's insert
    assert change["base"] == {"village": first[0]["hlc"], "updated_at": first[0]["hlc"]}
    assert change["hlc"] > first[0]["hlc"]
    assert a.db.query("SELECT hlc FROM patients WHERE id = ?", (pid,))[0][0] == change["hlc"]
    versions = dict(a.db.query("SELECT field, hlc FROM sync_field_versions WHERE row_id = ?",
                               (pid,)))
    assert versions == {"*": first[0]["hlc"], "village": change["hlc"],
                        "updated_at": change["hlc"]}
    # every change id is a UUIDv7, and the audit entries travel too
    ids = [c["change_id"] for c in a.outbox()]
    assert len(set(ids)) == len(ids) and all(i[14] == "7" and len(i) == 36 for i in ids)
    assert {c["table"] for c in a.outbox()} == {"patients", "audit_log"}


def test_a_rolled_back_edit_leaves_nothing(make_sites) -> None:
    (a,) = make_sites(1)
    pid = a.register("Amina", "Otieno")
    before = (a.outbox(), a.db.query("SELECT * FROM sync_field_versions"))
    repo = a.clinic.patients.repo
    with pytest.raises(RuntimeError), a.db.transaction():
        patient = repo.get(pid)
        repo.update(patient.__class__(**{**patient.__dict__, "village": "Lindi"}), "")
        assert len(a.outbox("patients")) == 2  # there, inside the transaction
        raise RuntimeError("power cut")
    assert (a.outbox(), a.db.query("SELECT * FROM sync_field_versions")) == before
    assert a.sync.pending() == len(before[0])


def test_two_edits_under_one_stamp_are_one_change(make_sites) -> None:
    (a,) = make_sites(1)
    pid = a.register("Amina", "Otieno")
    insert_hlc = a.outbox("patients")[0]["hlc"]
    with a.db.transaction() as conn:
        stamp = a.clinic.meta.stamp(conn)
        for village in ("Lindi", "Makina"):
            conn.execute("UPDATE patients SET village = ?, updated_at = ?, hlc = ? WHERE id = ?",
                         (village, stamp.now, stamp.hlc, pid))
        conn.execute("UPDATE patients SET notes = 'moved', hlc = ? WHERE id = ?",
                     (stamp.hlc, pid))
    changes = a.outbox("patients")
    assert len(changes) == 2
    assert changes[1]["fields"] == {"village": "Makina", "notes": "moved"}
    assert changes[1]["base"] == {"village": insert_hlc, "notes": insert_hlc}


def test_an_insert_and_an_edit_under_one_stamp_are_one_change(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("Amina", "Otieno")
    with a.db.transaction() as conn:
        stamp = a.clinic.meta.stamp(conn)
        vid = a.clinic.visits.repo.add_visit(conn, stamp, {
            "patient_id": pid, "visit_date": "2026-11-23", "clinician": "", "reason": "BP",
            "notes": "", "medicines_changed": False, "check_in_days": None})
        conn.execute("UPDATE visits SET notes = 'came back', hlc = ? WHERE id = ?",
                     (stamp.hlc, vid))
    visits = a.outbox("visits")
    assert len(visits) == 1 and visits[0]["fields"]["notes"] == "came back"
    send(a, b)
    assert b.db.query("SELECT notes FROM visits WHERE id = ?", (vid,))[0][0] == "came back"


def test_local_columns_never_travel(make_sites) -> None:
    (a,) = make_sites(1)
    users = UserRepository(a.db, a.clinic.meta)
    uid = users.add("grace", "Grace W", Role.FRONT_DESK, "argon2-hash", False)
    assert {"failed_attempts", "locked_until", "last_login_at"}.isdisjoint(
        a.outbox("users")[0]["fields"])
    users.update(uid, failed_attempts=3, locked_until="2026-11-23T10:00:00Z",
                 last_login_at="2026-11-23T09:30:00Z")
    # a lock-out is this PC's own business: only the new stamp of the row travels
    assert a.outbox("users")[-1]["fields"] == {}
    a.clock.advance(minutes=1)
    users.update(uid, display_name="Grace Wanjiru")
    assert a.outbox("users")[-1]["fields"] == {"display_name": "Grace Wanjiru",
                                               "updated_at": "2026-11-23T09:31:00.000Z"}


def test_the_migration_is_the_generators_output() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import sync_migration
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    committed = next(m for m in all_migrations() if m.version == sync_migration.VERSION)
    assert committed.name == "sync"
    assert committed.sql == sync_migration.migration_sql()


def test_a_demo_database_captures_nothing_and_never_syncs(tmp_path: Path, clock) -> None:
    c = Clinic(tmp_path / "demo.sqlite3", clock=clock, rng=random.Random(3))
    demo.generate(c, 40, seed=2)
    sync = SyncService(c)
    assert sync.is_demo() and sync.pending() == 0
    pid = c.db.query("SELECT id FROM patients LIMIT 1")[0][0]
    c.patients.update(pid, {"village": "Lindi"})
    assert sync.pending() == 0
    with pytest.raises(SyncError, match="demo database"):
        sync.export_bundle(tmp_path)
    c.close()


def test_rows_made_before_sync_go_out_once(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.sqlite3")
    migrate(db, target=6)
    db.conn.execute("INSERT INTO sync_state (key, value) VALUES ('site_id', 'old-site')")
    db.conn.execute(
        "INSERT INTO patients (id, clinic_number, clinic_seq, given_name, family_name, "
        "name_key, phones, phone_digits, created_at, updated_at, hlc, site_id, deleted) VALUES "
        "('p1', 'OLD-000001', 1, 'María', 'González', 'gonzalez maria', "
        "'[\"+254712345678\"]', '254712345678 0712345678', '2025-01-01T00:00:00.000Z', "
        "'2025-01-01T00:00:00.000Z', '1735689600000-000000-old-site', 'old-site', 0)")
    migrate(db)
    rows = db.query("SELECT table_name, row_id, op, fields, hlc, site_id FROM sync_outbox")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        ("patients", "p1", "upsert", "1735689600000-000000-old-site", "old-site")]
    assert '"given_name":"María"' in rows[0][3] and "name_key" not in rows[0][3]
    # its insert version is its own hlc until it changes (stored then)
    assert db.query("SELECT count(*) FROM sync_field_versions")[0][0] == 0
    db.close()


def test_received_changes_are_not_sent_back(make_sites) -> None:
    a, b = make_sites(2)
    a.register("Amina", "Otieno")
    before = b.outbox()
    report = send(a, b)
    assert report.applied == report.received == 3  # the patient and two audit entries
    new = b.outbox()[len(before):]
    assert [(c["table"], c["fields"]["action"]) for c in new] == [("audit_log", "sync.import")]


def test_a_hard_delete_travels_as_a_tombstone(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("Amina", "Otieno")
    vid = a.clinic.visits.record_visit(pid, reason="BP")
    send(a, b)
    a.db.conn.execute("DELETE FROM visits WHERE id = ?", (vid,))
    last = a.outbox("visits")[-1]
    assert (last["op"], last["fields"]) == ("delete", {"deleted": 1})
    assert last["hlc"] > a.outbox("visits")[0]["hlc"]
    send(a, b)
    assert b.db.query("SELECT deleted FROM visits WHERE id = ?", (vid,))[0][0] == 1


def test_sites_have_their_own_ids(make_sites) -> None:
    a, b, c = make_sites(3)
    ids = {s.clinic.meta.site_id for s in (a, b, c)}
    assert len(ids) == 3
    assert isinstance(a, Site) and a.clock.now() == TODAY


def test_an_edit_that_changes_nothing_sends_nothing(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("Amina", "Otieno")
    before = len(a.outbox())
    a.db.conn.execute("UPDATE patients SET village = village WHERE id = ?", (pid,))
    assert len(a.outbox()) == before
    with a.db.transaction() as conn:  # a new stamp and nothing else: the stamp travels
        stamp = a.clinic.meta.stamp(conn)
        conn.execute("UPDATE patients SET hlc = ? WHERE id = ?", (stamp.hlc, pid))
    last = a.outbox()[-1]
    assert (last["fields"], last["hlc"]) == ({}, stamp.hlc)
    send(a, b)
    assert b.db.query("SELECT hlc FROM patients WHERE id = ?", (pid,))[0][0] == stamp.hlc
