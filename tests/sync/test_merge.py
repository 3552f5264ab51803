"""Two and three sites editing the same records, exchanging bundles in any order."""

from __future__ import annotations

import json
import shutil

from clinic_app.domain.followups import Outcome
from tests.sync.conftest import (
    Site,
    assert_derived_whole,
    converge,
    replica,
    replica_hash,
    send,
)


def _shared_patient(a: Site, b: Site) -> str:
    pid = a.register("Amina", "Otieno", "0712 345 678", village="Kibera")
    send(a, b)
    for s in (a, b):
        s.clock.advance(minutes=10)
    return pid


def test_two_sites_converge(make_sites) -> None:
    a, b = make_sites(2)
    pid = a.register("María", "González", "0712 345 678", village="Kibera")
    a.clinic.visits.record_visit(pid, reason="BP", medicines_changed=True)
    follow_up = a.clinic.calls.repo.open_for_patient(pid)[0]
    a.clinic.calls.log_call(follow_up.id, Outcome.REACHED, taking_medicines="yes")
    qid = b.register("Muhammad", "Abdullahi", "0722 555 010", do_not_contact=True)
    b.clinic.visits.add_appointment(qid, "2026-12-01T09:30", "Dr. Okafor")
    plan = b.clinic.care_plans.save(qid, {  # a care plan version and a print travel too
        "language": "en", "goals": ["Walk to the market."], "next_steps": ["Come back."],
        "medicines": [{"name": "Amlodipine", "dose": "5 mg", "schedule": {"morning": "1"},
                       "purpose": "Keeps your blood pressure down."}]})
    b.clinic.care_plans.handout(qid)
    assert converge([a, b]) <= 3
    assert replica(a) == replica(b)
    assert replica_hash(a) == replica_hash(b)
    for s in (a, b):
        assert_derived_whole(s)
        assert [p.id for p in s.clinic.patients.search("gonzalez").patients] == [pid]
        assert [p.id for p in s.clinic.patients.search("0722 555").patients] == [qid]
        assert s.clinic.care_plans.current(qid).id == plan.id
        assert len(s.clinic.care_plans.prints(qid)) == 1
    holds = {tuple(h) for h in a.db.query("SELECT * FROM call_holds")}
    assert holds == {tuple(h) for h in b.db.query("SELECT * FROM call_holds")}
    assert (qid, 1, None, None) in holds  # do not contact, whichever PC registered them


def test_different_fields_merge_without_conflict(make_sites) -> None:
    a, b = make_sites(2)
    pid = _shared_patient(a, b)
    a.edit(pid, village="Lindi")
    b.edit(pid, notes="Prefers mornings", preferred_time="morning")
    ra, rb = send(b, a), send(a, b)
    assert ra.conflicts == rb.conflicts == 0
    for s in (a, b):
        p = s.clinic.patients.get(pid)
        assert (p.village, p.notes, p.preferred_time.value) == (
            "Lindi", "Prefers mornings", "morning")
        assert s.sync.conflicts() == []
    converge([a, b])  # the audit entries of the imports go round too
    assert replica(a) == replica(b)


def test_the_same_plain_field_has_the_same_winner_in_every_order(make_sites) -> None:
    a, b, c, d = make_sites(4)
    pid = _shared_patient(a, b)
    send(a, c)
    send(a, d)
    a.edit(pid, village="Lindi")
    b.clock.advance(seconds=30)  # b's edit is the later one
    b.edit(pid, village="Makina")
    bundle_a, bundle_b = a.export(), b.export()
    c.sync.import_bundle(bundle_a)
    c.sync.import_bundle(bundle_b)
    d.sync.import_bundle(bundle_b)
    d.sync.import_bundle(bundle_a)
    send(b, a)
    send(a, b)
    assert {s.clinic.patients.get(pid).village for s in (a, b, c, d)} == {"Makina"}
    converge([a, b, c, d])
    assert replica(a) == replica(b) == replica(c) == replica(d)
    assert all(s.sync.conflicts() == [] for s in (a, b, c, d))  # a plain field: no review


def test_phones_edited_at_both_sites_are_one_conflict_settled_everywhere(make_sites) -> None:
    a, b, c = make_sites(3)
    pid = _shared_patient(a, b)
    send(a, c)
    a.edit(pid, phones=["0712 999 888"])
    b.edit(pid, phones=["0733 111 222"])
    for _ in range(2):  # twice: re-applying opens nothing more
        send(a, b)
        send(b, a)
        send(a, c)
        send(b, c)
    for s in (a, b, c):
        (conflict,) = s.sync.conflicts()
        assert conflict.field == "phones" and conflict.label == "KIA-000001 Amina Otieno"
        assert {conflict.mine, conflict.theirs} == {'["+254712999888"]', '["+254733111222"]'}
        assert conflict.current == s.db.query("SELECT phones FROM patients")[0][0]
    assert {s.db.query("SELECT phones FROM patients")[0][0] for s in (a, b, c)} == {
        '["+254733111222"]'}  # the later edit wins everywhere
    winner = a.clinic.patients.get(pid).phones
    # the front desk at b keeps the number that lost, the choice travels, and settles it all
    (conflict,) = b.sync.conflicts()
    loser = conflict.mine if conflict.current == conflict.theirs else conflict.theirs
    b.clock.advance(minutes=1)
    b.sync.resolve(conflict.id, loser)
    assert b.sync.conflicts() == []
    chosen = tuple(json.loads(loser))
    assert chosen != winner and b.clinic.patients.get(pid).phones == chosen
    assert converge([a, b, c]) <= 3
    for s in (a, b, c):
        assert s.sync.conflicts() == []
        assert s.clinic.patients.get(pid).phones == chosen
        assert [p.id for p in s.clinic.patients.search(chosen[0][-6:]).patients] == [pid]
        assert_derived_whole(s)
    resolved = a.db.query("SELECT status, resolved_by FROM sync_conflicts")
    assert [r[0] for r in resolved] == ["resolved"]
    assert replica(a) == replica(b) == replica(c)


def test_confirming_the_winner_also_settles_everywhere(make_sites) -> None:
    a, b = make_sites(2)
    pid = _shared_patient(a, b)
    a.edit(pid, family_name="Otiena")
    b.edit(pid, family_name="Ochieng")
    send(a, b)
    send(b, a)
    (conflict,) = a.sync.conflicts()
    a.clock.advance(minutes=1)
    a.sync.resolve(conflict.id, conflict.current)  # the value already there: still an edit
    send(a, b)
    assert a.sync.conflicts() == b.sync.conflicts() == []
    converge([a, b])
    assert replica(a) == replica(b)


def test_delete_against_a_concurrent_edit_goes_to_review(make_sites) -> None:
    a, b = make_sites(2)
    keep = _shared_patient(a, b)
    gone = a.register("Amina", "Otieno", "0712 345 000", village="Lindi")
    send(a, b)
    a.clock.advance(minutes=1)
    b.clock.advance(minutes=1)
    a.clinic.patients.merge(keep, gone)  # the merged record becomes a tombstone
    b.edit(gone, village="Makina")  # meanwhile b edits the record a merged away
    send(a, b)
    send(b, a)
    for s in (a, b):
        (conflict,) = s.sync.conflicts()
        assert (conflict.field, conflict.row_id, conflict.current) == ("deleted", gone, 1)
        assert {conflict.mine, conflict.theirs} == {"0", "1"}
        row = s.db.query("SELECT deleted, village, merged_into FROM patients WHERE id = ?",
                         (gone,))[0]
        assert tuple(row) == (1, "Makina", keep)  # both edits kept, the delete too
    b.clock.advance(minutes=1)
    (conflict,) = b.sync.conflicts()
    b.sync.resolve(conflict.id, "deleted")  # keep it removed: a choice that travels
    send(b, a)
    assert a.sync.conflicts() == b.sync.conflicts() == []
    converge([a, b])
    assert replica(a) == replica(b)


def test_restoring_a_deleted_record_travels(make_sites) -> None:
    a, b = make_sites(2)
    keep = _shared_patient(a, b)
    gone = a.register("Amina", "Otieno", "0712 345 000")
    send(a, b)
    a.clinic.patients.merge(keep, gone)
    b.clock.advance(minutes=1)
    b.edit(gone, notes="Still comes to this clinic")
    send(a, b)
    (conflict,) = b.sync.conflicts()
    b.clock.advance(minutes=1)
    b.sync.resolve(conflict.id, "restore")
    send(b, a)
    for s in (a, b):
        assert tuple(s.db.query("SELECT deleted, merged_into FROM patients WHERE id = ?",
                                (gone,))[0]) == (0, None)
        s.edit(gone, village="Lindi")  # an ordinary record again, at both sites
        assert s.sync.conflicts() == []
        assert_derived_whole(s)
    converge([a, b])
    assert replica(a) == replica(b)


def test_bundles_twice_and_out_of_order_change_nothing_more(make_sites, tmp_path) -> None:
    a, b, c = make_sites(3)
    pid = a.register("Amina", "Otieno")
    first = shutil.copy(a.export(), tmp_path / "first.clinicsync")
    send(a, b)
    b.clock.advance(minutes=1)
    vid = b.clinic.visits.record_visit(pid, reason="Cough")  # b's visit to a's patient
    b.edit(pid, village="Lindi")
    from_b = b.export()
    # c hears from b first: the visit and the edit wait for the patient
    early = c.sync.import_bundle(from_b)
    assert early.waiting >= 2 and c.db.query("SELECT count(*) FROM visits")[0][0] == 0
    late = c.sync.import_bundle(first)
    assert late.waiting == 0 and late.applied >= 1
    assert c.db.query("SELECT patient_id FROM visits")[0][0] == pid
    assert c.clinic.patients.get(pid).village == "Lindi"
    before = replica_hash(c)
    for bundle in (from_b, first, from_b):  # again, and older after newer
        again = c.sync.import_bundle(bundle)
        assert again.applied == 0 and again.conflicts == 0
        assert again.duplicates == again.received
    assert replica_hash(c) == before
    assert c.db.query("SELECT count(*) FROM visits WHERE id = ?", (vid,))[0][0] == 1
    assert converge([a, b, c]) <= 3
    assert replica(a) == replica(b) == replica(c)
    for s in (a, b, c):
        assert_derived_whole(s)


def test_two_pcs_set_up_apart_with_the_same_user_name(make_sites) -> None:
    """Both managers made 'amina' before the PCs met: the older account keeps the name, the
    other becomes amina-xxxx, the same at both PCs, and sync goes on (no UNIQUE clash)."""
    a, b = make_sites(2)
    first = a.clinic.accounts.create("amina", "a long passphrase 1", "manager")
    b.clock.advance(seconds=5)
    later = b.clinic.accounts.create("amina", "another passphrase 2", "manager")
    a.clinic.accounts.create("baraka", "a long passphrase 3", "front_desk")
    converge([a, b])
    assert replica(a) == replica(b)
    names = dict(a.db.query("SELECT id, username FROM users"))
    assert names[first.id] == "amina" and names[later.id] == f"amina-{later.id[-4:]}"
    assert sorted(names.values()) == sorted(["amina", f"amina-{later.id[-4:]}", "baraka"])
    assert a.clinic.accounts.login("amina", "a long passphrase 1").actor.user_id == first.id
    again = b.clinic.accounts.login(f"amina-{later.id[-4:]}", "another passphrase 2")
    assert again.actor.user_id == later.id
