"""Bundles: what the file holds, what is refused whole, return bundles, who may use them."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

import pytest

from clinic_app.db.migrations import LATEST
from clinic_app.domain.roles import Actor, Role
from clinic_app.security.access import PermissionDenied
from clinic_app.sync import SyncError
from clinic_app.sync.bundle import FORMAT, BundleRefused, read_bundle, write_bundle
from clinic_app.sync.changes import CHANGE_KEYS
from tests.sync.conftest import Site, replica_hash, send

UUID7 = r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def _state(site: Site) -> tuple[str, int, list[tuple[str, str]]]:
    """Everything an import could touch: the data, the outbox, the bookkeeping."""
    rows = site.db.query("SELECT key, value FROM sync_state WHERE key NOT LIKE 'last_%'")
    return replica_hash(site), site.sync.pending(), sorted(tuple(r) for r in rows)


def _busy(site: Site) -> str:
    pid = site.register("Amina", "Otieno", village="Kibera")
    site.clinic.visits.record_visit(pid, reason="BP", medicines_changed=True)
    site.clock.advance(minutes=1)
    site.edit(pid, phones=["0712 000 111"])
    return pid


def test_a_bundle_holds_every_unacknowledged_change(make_sites) -> None:
    a, _ = make_sites(2)
    _busy(a)
    pending = a.sync.pending()
    path = a.export()
    site = a.clinic.meta.site_id
    assert re.fullmatch(f"{re.escape(site)}-{UUID7}\\.clinicsync", path.name)
    manifest, changes = read_bundle(path)
    assert manifest["format"] == FORMAT and manifest["kind"] == "site"
    assert (manifest["site_id"], manifest["schema"], manifest["count"]) == (site, LATEST, pending)
    assert manifest["site_name"] == "Clinic KIA" and manifest["hub_cursor"] == 0
    assert manifest["first_seq"] == 1 and manifest["last_seq"] == pending
    assert manifest["first_hlc"] == min(c["hlc"] for c in changes)
    assert all(tuple(c) == CHANGE_KEYS and c["site_id"] == site for c in changes)
    # cumulative: nothing was acknowledged, so the next bundle holds all of it again
    again = read_bundle(a.export())[1]
    assert [c["change_id"] for c in again[:pending]] == [c["change_id"] for c in changes]


def test_a_lost_stick_costs_nothing(make_sites) -> None:
    a, b = make_sites(2)
    _busy(a)
    a.export().unlink()  # the first stick is lost
    a.clock.advance(minutes=5)
    a.register("Grace", "Achieng")
    send(a, b)
    assert b.clinic.patients.count() == 2


@pytest.mark.parametrize("keep", [0.5, 0.9, -4096, -100, 600])
def test_a_truncated_bundle_is_refused_whole(make_sites, tmp_path: Path, keep: float) -> None:
    a, b = make_sites(2)
    _busy(a)
    path = a.export()
    data = path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (
        len(data) + keep if keep < 0 else keep)
    short = tmp_path / "short.clinicsync"
    short.write_bytes(data[:cut])
    before = _state(b)
    with pytest.raises(BundleRefused, match="refused whole|not a Clinic Companion"):
        b.sync.import_bundle(short)
    assert _state(b) == before
    assert b.clinic.patients.count() == 0


def test_an_altered_change_is_refused_whole(make_sites, tmp_path: Path) -> None:
    a, b = make_sites(2)
    pid = _busy(a)
    data = bytearray(a.export().read_bytes())
    at = data.index(b"Kibera")
    data[at] ^= 0x01  # 'Kibera' -> 'Jibera' inside one change
    altered = tmp_path / "altered.clinicsync"
    altered.write_bytes(bytes(data))
    before = _state(b)
    with pytest.raises(BundleRefused, match="damaged"):
        b.sync.import_bundle(altered)
    assert _state(b) == before
    assert not b.db.query("SELECT 1 FROM patients WHERE id = ?", (pid,))


def test_any_flipped_byte_is_refused_or_changes_nothing(make_sites, tmp_path: Path) -> None:
    """A flip in a byte SQLite never reads (free space) leaves the content as it was; every
    other flip is refused. Never is a different content accepted."""
    a, _ = make_sites(2)
    _busy(a)
    path = a.export()
    clean = read_bundle(path)
    data = path.read_bytes()
    rng = random.Random(11)
    refused = 0
    for offset in sorted(rng.sample(range(len(data)), 60)) + [0, 18, 28, 100]:
        flipped = bytearray(data)
        flipped[offset] ^= 1 << rng.randrange(8)
        target = tmp_path / f"flip-{offset}.clinicsync"
        target.write_bytes(bytes(flipped))
        try:
            got = read_bundle(target)
        except BundleRefused:
            refused += 1
            continue
        assert got == clean, offset
    assert refused >= 10


def test_foreign_bundles_are_refused(make_sites, tmp_path: Path) -> None:
    a, b, c = make_sites(3)
    _busy(a)
    before = _state(b)
    text = tmp_path / "notes.clinicsync"
    text.write_text("not a bundle at all " * 100)
    other = tmp_path / "places.clinicsync"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.executemany("INSERT INTO moz_places VALUES (?)", [("x" * 200,)] * 50)
    conn.commit()
    conn.close()
    for path, says in ((text, "not a Clinic Companion"), (other, "not a Clinic Companion"),
                       (b.export(), "made on this PC")):
        with pytest.raises(BundleRefused, match=says):
            b.sync.import_bundle(path)
    manifest, changes = read_bundle(a.export())
    for name, fix, says in (
            ("for-c", {"kind": "hub-return", "site_id": c.clinic.meta.site_id},
             "for another clinic"),
            ("mixed", {"site_id": c.clinic.meta.site_id}, "another site"),
            ("odd", {"kind": "postcard"}, "unknown kind")):
        path = tmp_path / f"{name}.clinicsync"
        write_bundle(path, {**manifest, **fix}, changes)
        with pytest.raises(BundleRefused, match=says):
            b.sync.import_bundle(path)
    assert _state(b) == before


def test_a_bundle_of_a_newer_version_is_refused(make_sites, tmp_path: Path) -> None:
    a, b = make_sites(2)
    _busy(a)
    manifest, changes = read_bundle(a.export())
    newer = tmp_path / "newer.clinicsync"
    write_bundle(newer, {**manifest, "schema": LATEST + 1}, changes)
    before = _state(b)
    with pytest.raises(BundleRefused, match="newer version"):
        b.sync.import_bundle(newer)
    future = tmp_path / "format2.clinicsync"
    write_bundle(future, manifest, changes)
    conn = sqlite3.connect(future)
    conn.execute("UPDATE manifest SET value = ? WHERE key = 'format'",
                 (json.dumps("clinic-companion-bundle/2"),))
    conn.commit()
    conn.close()
    with pytest.raises(BundleRefused, match="newer version"):
        b.sync.import_bundle(future)
    with pytest.raises(SyncError, match="newer version"):
        b.sync.apply_batch({"batch_id": "x", "site_id": "s", "schema": LATEST + 1,
                            "changes": changes})
    assert _state(b) == before


def test_a_clash_refuses_the_whole_bundle(make_sites) -> None:
    a, b = make_sites(2)
    b.clinic.settings.update({"site_prefix": "KIA"})  # two sites with one prefix
    b.register("Grace", "Achieng")
    _busy(a)
    before = _state(b)
    with pytest.raises(SyncError, match="same clinic-number prefix"):
        send(a, b)
    assert _state(b) == before


def test_a_return_bundle_acknowledges_and_moves_the_cursor(make_sites, tmp_path: Path) -> None:
    a, b = make_sites(2)
    _busy(a)
    b.register("Grace", "Achieng")
    mine = read_bundle(a.export())[1]
    theirs = read_bundle(b.export())[1]
    held = [c["change_id"] for c in mine[:4]]
    back = tmp_path / "return.clinicsync"
    write_bundle(back, {"kind": "hub-return", "bundle_id": "r1", "site_id": a.clinic.meta.site_id,
                        "schema": LATEST, "hub_cursor": 42, "accepted": held,
                        "quarantined": [], "acknowledges": "x"},
                 [c | {"seq": i} for i, c in enumerate(theirs, start=1)])
    pending = a.sync.pending()
    report = a.sync.import_bundle(back)
    assert (report.kind, report.acknowledged, report.applied) == ("hub-return", 4, len(theirs))
    assert a.sync.pending() == pending - 4 + 1  # acknowledged; the import's own audit entry
    assert a.clinic.meta.get_sync_state("hub_cursor") == "42"
    manifest, left = read_bundle(a.export())
    assert manifest["hub_cursor"] == 42 and not set(held) & {c["change_id"] for c in left}
    older = tmp_path / "older.clinicsync"
    write_bundle(older, {**read_bundle(back)[0], "hub_cursor": 7}, read_bundle(back)[1])
    again = a.sync.import_bundle(older)  # an old return bundle: nothing moves back
    assert again.acknowledged == 0 and again.applied == 0
    assert a.clinic.meta.get_sync_state("hub_cursor") == "42"


def test_who_may_sync_and_who_may_settle_conflicts(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("Amina", "Otieno")
    send(a, b)
    a.edit(pid, phones=["0712 999 888"])
    b.edit(pid, phones=["0733 111 222"])
    path = a.export()
    b.clinic.access.actor = Actor("grace", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="set up sync"):
        b.sync.import_bundle(path)
    with pytest.raises(PermissionDenied):
        b.sync.export_bundle(b.folder)
    b.clinic.access.actor = Actor("amina", Role.MANAGER)
    b.sync.import_bundle(path)
    b.clinic.access.actor = Actor("grace", Role.FRONT_DESK)
    (conflict,) = b.sync.conflicts()
    assert b.sync.pending() >= 1  # anyone may see what is waiting
    b.sync.resolve(conflict.id, conflict.theirs)
    assert b.db.query("SELECT resolved_by FROM sync_conflicts")[0][0] == "grace"
    entry = b.clinic.audit.repo.search(action="sync.resolve")[0]
    assert entry.username == "grace" and entry.row_id == pid
    b.clinic.access.actor = None
    with pytest.raises(Exception, match="Log in"):
        b.sync.conflicts()


def test_a_resolution_is_checked_like_a_form(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("Amina", "Otieno")
    send(a, b)
    a.edit(pid, phones=["0712 999 888"])
    b.edit(pid, phones=["0733 111 222"])
    send(a, b)
    (conflict,) = b.sync.conflicts()
    with pytest.raises(Exception, match="phones"):
        b.sync.resolve(conflict.id, ["not a number"])
    b.sync.resolve(conflict.id, ["0712 999 888", "0733 111 222"])  # keep both numbers
    assert b.clinic.patients.get(pid).phones == ("+254712999888", "+254733111222")
    with pytest.raises(Exception, match="settled already"):
        b.sync.resolve(conflict.id, conflict.theirs)


def test_imports_and_exports_are_audited_when_records_move(make_sites) -> None:
    a, b = make_sites(2)
    _busy(a)
    send(a, b)
    exports = a.clinic.audit.repo.search(action="sync.export")
    imports = b.clinic.audit.repo.search(action="sync.import")
    assert len(exports) == 1 and len(imports) == 1
    assert imports[0].details["applied"] > 0 and imports[0].details["site"] == \
        a.clinic.meta.site_id
    send(a, b)  # the same records again: no new entry, or two sites would never be done
    assert len(a.clinic.audit.repo.search(action="sync.export")) == 1
    assert len(b.clinic.audit.repo.search(action="sync.import")) == 1


def test_the_hubs_reader_and_ours_agree(make_sites, tmp_path: Path) -> None:
    hub = pytest.importorskip("clinic_app.hub.bundles")
    a, b = make_sites(2)
    _busy(a)
    path = a.export()
    assert hub.read_bundle(path) == read_bundle(path)
    manifest, changes = read_bundle(path)
    again = tmp_path / "by-hub.clinicsync"
    hub.write_bundle(again, manifest, changes)
    assert read_bundle(again) == read_bundle(path)
    assert b.sync.import_bundle(again).applied == len(changes)
