-- The call queue: follow-up kinds and scheduling, what each call changed (for undo),
-- a patient's contact state, and appointment status undo.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE follow_ups_v4 (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    kind TEXT NOT NULL CHECK (kind IN ('post_visit', 'medicine_check', 'missed_appointment',
                                       'results', 're_engagement', 'contact_update',
                                       'clinician_callback', 'custom')),
    due_date TEXT NOT NULL,
    due_time TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    assigned_to TEXT,
    reason TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    rule TEXT,
    source_id TEXT,
    callback INTEGER NOT NULL DEFAULT 0,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    closed_reason TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
INSERT INTO follow_ups_v4 (id, patient_id, kind, due_date, priority, status, assigned_to,
    reason, script, rule, source_id, attempt_count, created_at, updated_at, hlc, site_id,
    deleted)
SELECT id, patient_id, kind, due_date, priority, status, assigned_to, reason, script, rule,
    source_id, attempt_count, created_at, updated_at, hlc, site_id, deleted FROM follow_ups;
DROP TABLE follow_ups;
ALTER TABLE follow_ups_v4 RENAME TO follow_ups;
-- Only open follow-ups are read by date: a partial index stays small as history grows.
CREATE INDEX follow_ups_open_due ON follow_ups (due_date) WHERE status = 'open' AND deleted = 0;
CREATE INDEX follow_ups_patient ON follow_ups (patient_id, status);
-- A rule creates one follow-up per event: running the rules twice creates nothing new.
CREATE UNIQUE INDEX follow_ups_rule ON follow_ups (rule, source_id)
    WHERE rule IS NOT NULL AND source_id IS NOT NULL;

ALTER TABLE call_attempts ADD COLUMN teach_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE call_attempts ADD COLUMN effects TEXT NOT NULL DEFAULT '{}';
ALTER TABLE call_attempts ADD COLUMN undone_at TEXT;
CREATE INDEX call_attempts_recent ON call_attempts (at);

ALTER TABLE patients ADD COLUMN contact_status TEXT NOT NULL DEFAULT 'ok';
ALTER TABLE patients ADD COLUMN wrong_phones TEXT NOT NULL DEFAULT '[]';
-- 'Contacts to confirm': the few flagged patients, then the oldest confirmations first.
CREATE INDEX patients_contact_flagged ON patients (updated_at)
    WHERE deleted = 0 AND (contact_status != 'ok' OR wrong_phones != '[]');
CREATE INDEX patients_phone_confirmed ON patients (phone_confirmed_at) WHERE deleted = 0;

ALTER TABLE appointments ADD COLUMN previous_status TEXT;
CREATE INDEX visits_day ON visits (visit_date);
