"""Clinic PCs and the hub over real HTTP: enrolment, a cycle each way, conflicts, status."""

from __future__ import annotations

import pytest

from clinic_app.sync.client import HubRefusedToken, HubUnreachable
from clinic_app.sync.service import token_name
from tests.hub.clinics import code
from tests.sync.conftest import assert_derived_whole, replica


def test_two_pcs_meet_at_the_hub(hub_url: str, dsn: str, make_online) -> None:
    a, b = make_online(hub_url, dsn, 2)
    pid = a.register("Amina", "Otieno", village="Kibera")
    made = a.sync.pending()
    sent = a.cycle()
    assert sent.sent == made > 0
    assert sent.pending == 0 and sent.error is None
    assert a.db.query("SELECT count(*) FROM sync_outbox")[0][0] == 0  # acknowledged: dropped
    got = b.cycle()
    assert got.received >= 1 and got.applied >= 1
    assert b.clinic.patients.get(pid).village == "Kibera"
    b.edit(pid, village="Lindi")
    b.cycle()
    a.cycle()
    assert a.clinic.patients.get(pid).village == "Lindi"
    assert replica(a) == replica(b)
    for s in (a, b):
        assert_derived_whole(s)
    idle = a.cycle()  # nothing new: one small request
    assert idle.sent == idle.received == 0 and idle.bytes <= 2048 and idle.requests == 1


def test_each_pc_gets_a_clinic_number_prefix_of_its_own(hub_url, dsn, make_online) -> None:
    a, b = make_online(hub_url, dsn, 2)
    prefixes = {str(s.clinic.settings.get("site_prefix")) for s in (a, b)}
    assert len(prefixes) == 2
    # both register offline at once: different numbers, and they sync without a clash
    pa, pb = a.register("Amina", "Otieno"), b.register("Baraka", "Mwangi")
    for s in (a, b, a):
        s.cycle()
    numbers = {s.clinic.patients.get(p).clinic_number for s in (a, b) for p in (pa, pb)}
    assert len(numbers) == 2


def test_same_prefix_is_given_a_variant_and_a_used_one_is_refused(
        hub_url, dsn, make_online) -> None:
    (a,) = make_online(hub_url, dsn, 1)
    taken = str(a.clinic.settings.get("site_prefix"))
    (b,) = make_online(hub_url, dsn, 1)  # a new PC asking for the same prefix
    b.clinic.settings.update({"site_prefix": taken})
    b.sync.enroll(hub_url, code(dsn))  # enrolled again, still no patients: gets a variant
    given = str(b.clinic.settings.get("site_prefix"))
    assert given != taken and given.startswith(taken[:3])
    b.clinic.settings.update({"site_prefix": taken})
    b.register("Chausiku", "Wanjiru")  # now it has issued a number with the taken prefix
    with pytest.raises(Exception, match="another prefix"):
        b.sync.enroll(hub_url, code(dsn))


def test_rules_on_two_pcs_make_one_follow_up(hub_url, dsn, make_online) -> None:
    a, b = make_online(hub_url, dsn, 2)
    pid = a.register("Amina", "Otieno")
    aid = a.clinic.visits.add_appointment(pid, "2026-11-20 10:00", "Dr. Okafor")
    a.cycle()
    b.cycle()
    a.clinic.visits.set_status(aid, "missed")  # both PCs' rules see the same missed visit
    b.clinic.visits.set_status(aid, "missed")
    for s in (a, b, a):
        s.cycle()
    for s in (a, b):
        rows = s.db.query("SELECT count(*) FROM follow_ups WHERE rule = 'missed_appointment' "
                          "AND deleted = 0")
        assert rows[0][0] == 1
    assert replica(a) == replica(b)


def test_plain_words_when_the_hub_is_away_or_refuses(hub_url, dsn, make_online) -> None:
    (a,) = make_online(hub_url, dsn, 1)
    a.register("Amina", "Otieno")
    waiting = a.sync.pending()
    a.db.conn.execute("UPDATE sync_state SET value = 'http://127.0.0.1:9' WHERE key = 'hub_url'")
    with pytest.raises(HubUnreachable, match="your work is safe|Your work is safe"):
        a.cycle()
    status = a.sync.status()
    assert status.pending == waiting and "could not be reached" in (status.last_error or "")
    assert status.last_success is None
    a.db.conn.execute("UPDATE sync_state SET value = ? WHERE key = 'hub_url'", (hub_url,))
    from clinic_app.security import secrets

    secrets.set_secret(token_name(a.clinic.meta.site_id), "cct1_wrong")
    with pytest.raises(HubRefusedToken, match="refused this PC"):
        a.cycle()
    assert a.sync.pending() == waiting  # nothing lost
