"""A second 'no' while a gentle re-approach waits replaces it: one re-approach at a time."""

from __future__ import annotations

import datetime as dt

from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic


def test_second_decline_keeps_one_open_reapproach(clinic: Clinic, clock: FixedClock) -> None:
    p = clinic.patients.register({"given_name": "Mélanie", "family_name": "Rousseau",
                                  "phones": ["0712 345 999"]}, confirmed_new=True)
    clinic.visits.record_visit(p.id or "", visit_date="2026-11-10", medicines_changed=True)
    row = clinic.calls.queue()[0]
    clinic.calls.log_call(row.entry.follow_up_ids[0], "declined", decline_reason="cost")
    # a clinician asks the front desk to call about something else before the re-approach
    clinic.visits.record_visit(p.id or "", visit_date="2026-11-23", check_in_days=1)
    clock.advance(days=1)
    # held back from the queue by the first 'no' (as it should be) ...
    assert clinic.calls.queue(dt.date(2026, 11, 24), kind="post_visit") == []
    # ... but the patient phones in themselves and says no again; it is logged on that task
    check_in = next(f for f in clinic.calls.repo.open_for_patient(p.id or "")
                    if f.kind == "post_visit")
    clinic.calls.log_call(check_in.id, "declined", decline_reason="no_time")
    waiting = [d for d in clinic.calls.decliners() if d["patient_id"] == p.id]
    assert len(waiting) == 1
    open_reapproaches = [f for f in clinic.calls.repo.open_for_patient(p.id or "")
                         if f.kind == "re_engagement"]
    assert len(open_reapproaches) == 1
    assert open_reapproaches[0].due_date == "2027-02-22"  # the second round: +90 days
