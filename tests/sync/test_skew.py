"""Clocks that lie (shared/SYNC.md): a PC ten years ahead, one days behind, one jumping back.

What the clinic side guarantees (the hub holds back changes stamped more than 24 h ahead of
its own clock and reports the site; that is where a skewed site is stopped):
- applying is idempotent whatever the stamps: an equal HLC never wins, so a bundle from a
  skewed site applied again changes nothing;
- a receiving PC's clock moves past every stamp it received, so its own later edits win over
  what it has seen, ten years ahead or not (a PC that has not yet received them cannot know);
- changes stamped more than a day ahead of this PC's clock are counted and named in the
  import report (and logged), so a person can see which site has a wrong clock.
"""

from __future__ import annotations

import datetime as dt

from clinic_app.sync.bundle import read_bundle
from tests.sync.conftest import TODAY, converge, replica, replica_hash, send


def test_a_site_ten_years_ahead(make_sites) -> None:
    ahead, b, c = make_sites(3)
    ahead.clock.set(TODAY + dt.timedelta(days=3652))
    pid = ahead.register("Amina", "Otieno", village="Kibera")
    ahead.clock.advance(minutes=1)
    ahead.edit(pid, village="Lindi")
    bundle = ahead.export()
    report = b.sync.import_bundle(bundle)
    limit = int(TODAY.timestamp() * 1000) + 24 * 3600 * 1000
    skewed = [ch for ch in read_bundle(bundle)[1] if int(ch["hlc"][:13]) > limit]
    assert report.ahead == len(skewed) >= 4  # all but the settings made before the jump
    assert report.ahead_sites == {ahead.clinic.meta.site_id}
    settled = replica_hash(b)
    for _ in range(2):  # the same bundle again: nothing changes, nothing is counted applied
        again = b.sync.import_bundle(bundle)
        assert again.applied == 0 and again.duplicates == again.received
        assert replica_hash(b) == settled
    # b's own clock is right, yet its next edit is stamped after everything it received
    b.clock.advance(minutes=5)
    b.edit(pid, village="Makina")
    b_hlc = b.db.query("SELECT hlc FROM patients WHERE id = ?", (pid,))[0][0]
    ahead_hlc = max(ch["hlc"] for ch in ahead.outbox())
    assert b_hlc > ahead_hlc and int(b_hlc[:13]) > int(TODAY.timestamp() * 1000) + 3e11
    send(b, c)
    send(ahead, c)  # c hears the skewed site last: b's later edit still wins
    assert converge([ahead, b, c]) <= 3
    assert {s.clinic.patients.get(pid).village for s in (ahead, b, c)} == {"Makina"}
    assert replica(ahead) == replica(b) == replica(c)
    # and once every site has seen it, re-applying the skewed bundle changes nothing
    before = replica_hash(c)
    assert c.sync.import_bundle(bundle).applied == 0
    assert replica_hash(c) == before


def test_a_clock_days_behind_and_a_clock_jumping_back(make_sites) -> None:
    a, behind = make_sites(2)
    behind.clock.set(TODAY - dt.timedelta(days=2))
    pid = a.register("Amina", "Otieno")
    send(a, behind)
    behind.edit(pid, village="Lindi")  # stamped after a's record, two days "earlier" or not
    hlcs = [ch["hlc"] for ch in behind.outbox("patients")]
    assert hlcs[-1] > a.outbox("patients")[0]["hlc"]
    behind.clock.set(TODAY - dt.timedelta(days=40))  # the wall clock jumps back further
    behind.edit(pid, village="Makina")
    assert behind.outbox("patients")[-1]["hlc"] > hlcs[-1]
    report = send(behind, a)
    assert report.ahead == 0
    assert a.clinic.patients.get(pid).village == "Makina"
    converge([a, behind])
    assert replica(a) == replica(behind)
