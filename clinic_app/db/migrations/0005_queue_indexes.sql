-- The day's call queue reads only small indexes (issue 4's 1,000,000-patient benchmark):
-- every open follow-up's queue columns, in due order (replaces the narrower one);
DROP INDEX follow_ups_open_due;
CREATE INDEX follow_ups_open_queue ON follow_ups
    (due_date, patient_id, priority, kind, callback, attempt_count, assigned_to, id)
    WHERE status = 'open' AND deleted = 0;
-- decliners waiting for their re-approach date;
CREATE INDEX follow_ups_hold ON follow_ups (patient_id, due_date)
    WHERE kind = 're_engagement' AND status = 'open' AND deleted = 0;
-- the calls that reached someone, by time (the fatigue window);
CREATE INDEX call_attempts_contacts ON call_attempts (at, patient_id)
    WHERE undone_at IS NULL AND deleted = 0 AND outcome IN ('left_message', 'reached');
-- the few patients who must not be called.
CREATE INDEX patients_not_callable ON patients (id)
    WHERE do_not_contact = 1 OR status != 'active';
