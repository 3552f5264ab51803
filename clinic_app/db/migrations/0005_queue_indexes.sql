-- The day's call queue (issue 4's 1,000,000-patient benchmark) reads two small structures:
-- every open follow-up's queue columns, by patient (grouped without sorting) and by due date
-- (replaces the narrower index of open follow-ups by due date);
DROP INDEX follow_ups_open_due;
CREATE INDEX follow_ups_open_queue ON follow_ups
    (patient_id, due_date, priority, kind, callback, attempt_count, assigned_to, id)
    WHERE status = 'open' AND deleted = 0;
CREATE INDEX follow_ups_open_due ON follow_ups
    (due_date, patient_id, priority, kind, callback, attempt_count, assigned_to, id)
    WHERE status = 'open' AND deleted = 0;
-- decliners waiting for their re-approach date;
CREATE INDEX follow_ups_hold ON follow_ups (patient_id, due_date)
    WHERE kind = 're_engagement' AND status = 'open' AND deleted = 0;

-- and, for the patients who have any, what holds their calls back: asked not to be contacted
-- or no longer active (blocked), the last day someone reached them or left a message
-- (contacted_on: the fatigue window), the first open re-approach date of a decliner
-- (hold_until). Derived from patients, call_attempts and follow_ups by the triggers below,
-- whichever way a row arrives (this PC, an import, sync); local to this PC, never synced.
CREATE TABLE call_holds (
    patient_id TEXT PRIMARY KEY,
    blocked INTEGER NOT NULL DEFAULT 0,
    contacted_on TEXT,
    hold_until TEXT
) WITHOUT ROWID;

CREATE TRIGGER call_holds_patient_ai AFTER INSERT ON patients
WHEN NEW.do_not_contact = 1 OR NEW.status != 'active' BEGIN
    INSERT INTO call_holds (patient_id, blocked) VALUES (NEW.id, 1)
    ON CONFLICT (patient_id) DO UPDATE SET blocked = 1;
END;
CREATE TRIGGER call_holds_patient_au AFTER UPDATE OF do_not_contact, status ON patients BEGIN
    INSERT INTO call_holds (patient_id, blocked)
    VALUES (NEW.id, NEW.do_not_contact = 1 OR NEW.status != 'active')
    ON CONFLICT (patient_id) DO UPDATE SET blocked = excluded.blocked;
END;

CREATE TRIGGER call_holds_call_ai AFTER INSERT ON call_attempts
WHEN NEW.outcome IN ('reached', 'left_message') AND NEW.undone_at IS NULL AND NEW.deleted = 0
BEGIN
    INSERT INTO call_holds (patient_id, contacted_on) VALUES (NEW.patient_id, substr(NEW.at, 1, 10))
    ON CONFLICT (patient_id) DO UPDATE
    SET contacted_on = max(coalesce(contacted_on, ''), excluded.contacted_on);
END;
CREATE TRIGGER call_holds_call_au AFTER UPDATE OF undone_at, deleted, outcome, at, patient_id
ON call_attempts BEGIN
    INSERT INTO call_holds (patient_id, contacted_on)
    SELECT p, (SELECT substr(max(c.at), 1, 10) FROM call_attempts c WHERE c.patient_id = p
               AND c.undone_at IS NULL AND c.deleted = 0
               AND c.outcome IN ('reached', 'left_message'))
    FROM (SELECT OLD.patient_id AS p UNION SELECT NEW.patient_id) WHERE true
    ON CONFLICT (patient_id) DO UPDATE SET contacted_on = excluded.contacted_on;
END;

CREATE TRIGGER call_holds_follow_up_ai AFTER INSERT ON follow_ups
WHEN NEW.kind = 're_engagement' AND NEW.status = 'open' AND NEW.deleted = 0 BEGIN
    INSERT INTO call_holds (patient_id, hold_until) VALUES (NEW.patient_id, NEW.due_date)
    ON CONFLICT (patient_id) DO UPDATE
    SET hold_until = min(coalesce(hold_until, '9999'), excluded.hold_until);
END;
CREATE TRIGGER call_holds_follow_up_au AFTER UPDATE OF status, due_date, deleted, kind, patient_id
ON follow_ups WHEN OLD.kind = 're_engagement' OR NEW.kind = 're_engagement' BEGIN
    INSERT INTO call_holds (patient_id, hold_until)
    SELECT p, (SELECT min(h.due_date) FROM follow_ups h WHERE h.patient_id = p
               AND h.kind = 're_engagement' AND h.status = 'open' AND h.deleted = 0)
    FROM (SELECT OLD.patient_id AS p UNION SELECT NEW.patient_id) WHERE true
    ON CONFLICT (patient_id) DO UPDATE SET hold_until = excluded.hold_until;
END;

-- what is already there
INSERT INTO call_holds (patient_id, blocked)
SELECT id, 1 FROM patients WHERE do_not_contact = 1 OR status != 'active';
INSERT INTO call_holds (patient_id, contacted_on)
SELECT patient_id, substr(max(at), 1, 10) FROM call_attempts
WHERE undone_at IS NULL AND deleted = 0 AND outcome IN ('reached', 'left_message')
GROUP BY patient_id
ON CONFLICT (patient_id) DO UPDATE SET contacted_on = excluded.contacted_on;
INSERT INTO call_holds (patient_id, hold_until)
SELECT patient_id, min(due_date) FROM follow_ups
WHERE kind = 're_engagement' AND status = 'open' AND deleted = 0 GROUP BY patient_id
ON CONFLICT (patient_id) DO UPDATE SET hold_until = excluded.hold_until;
