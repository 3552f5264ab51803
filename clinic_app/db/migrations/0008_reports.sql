-- The engagement report (issue 8) on a 1,000,000-patient / 3,000,000-follow-up clinic:
-- without these a month's figures were full scans of follow_ups and patients and a table
-- look-up per call (6.5 s); with them, index ranges. Tombstones and undone calls left out:
-- the follow-ups due in a period, with what the report counts of each (in this order a
-- day's follow-ups come grouped by status and attempts without a sort);
CREATE INDEX follow_ups_report_due ON follow_ups
    (due_date, status, attempt_count, closed_at, kind, assigned_to) WHERE deleted = 0;
-- a period's calls with what was said on them;
CREATE INDEX call_attempts_report ON call_attempts
    (at, outcome, patient_id, follow_up_id, by_user, taking_medicines, feeling, decline_reason,
     barriers) WHERE undone_at IS NULL AND deleted = 0;
-- each patient's 'no's (new decliners, re-approached, re-engaged);
CREATE INDEX call_attempts_declined ON call_attempts (patient_id, at)
    WHERE outcome = 'declined' AND undone_at IS NULL AND deleted = 0;
-- a period's appointments and what became of them;
CREATE INDEX appointments_report ON appointments (starts_at, status, patient_id, id)
    WHERE deleted = 0;
-- active patients by when their phone was last confirmed, and by when they were registered.
CREATE INDEX patients_report_confirmed ON patients (status, phone_confirmed_at, created_at)
    WHERE deleted = 0;
CREATE INDEX patients_report_created ON patients (status, created_at, phone_confirmed_at)
    WHERE deleted = 0;
