-- Core tables of the data model (shared/DESIGN.md). Every synced table carries
-- id (UUIDv7), created_at, updated_at (UTC ISO-8601), hlc, site_id and a tombstone flag.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT,
    remote_value TEXT,
    local_hlc TEXT,
    remote_hlc TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (status, table_name, row_id);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'front_desk' CHECK (role IN ('front_desk', 'clinician', 'manager')),
    password_hash TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Patients keep a local integer key (pk) so the full-text indexes can point at a rowid
-- that VACUUM never renumbers; `id` is the synced identity and what other tables reference.
CREATE TABLE patients (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    clinic_number TEXT NOT NULL UNIQUE,
    clinic_seq INTEGER NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    other_names TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    birth_date TEXT,
    birth_year INTEGER,
    birth_year_estimated INTEGER NOT NULL DEFAULT 0,
    phones TEXT NOT NULL DEFAULT '[]',
    phone_digits TEXT NOT NULL DEFAULT '',
    phone_confirmed_at TEXT,
    village TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'en',
    preferred_channel TEXT NOT NULL DEFAULT 'call'
        CHECK (preferred_channel IN ('call', 'sms', 'home_visit', 'none')),
    preferred_time TEXT NOT NULL DEFAULT 'any'
        CHECK (preferred_time IN ('any', 'morning', 'afternoon', 'evening')),
    do_not_contact INTEGER NOT NULL DEFAULT 0,
    contact_consent_at TEXT,
    large_print INTEGER NOT NULL DEFAULT 0,
    reading_support INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved', 'deceased')),
    notes TEXT NOT NULL DEFAULT '',
    merged_into TEXT REFERENCES patients (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX patients_list ON patients (deleted, name_key, pk);
CREATE INDEX patients_seq ON patients (clinic_seq);

CREATE TABLE support_contacts (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    name TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT '',
    phone TEXT,
    consent_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX support_contacts_patient ON support_contacts (patient_id);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    starts_at TEXT NOT NULL,
    with_whom TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'attended', 'missed', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointments_patient ON appointments (patient_id, starts_at);
CREATE INDEX appointments_day ON appointments (starts_at);

CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    visit_date TEXT NOT NULL,
    clinician TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    medicines_changed INTEGER NOT NULL DEFAULT 0,
    check_in_days INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visits_patient ON visits (patient_id, visit_date);

CREATE TABLE care_plans (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    version INTEGER NOT NULL DEFAULT 1,
    language TEXT NOT NULL DEFAULT 'en',
    goals TEXT NOT NULL DEFAULT '',
    warning_signs TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    support_contact_id TEXT REFERENCES support_contacts (id),
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX care_plans_patient ON care_plans (patient_id, version);

CREATE TABLE care_plan_items (
    id TEXT PRIMARY KEY,
    care_plan_id TEXT NOT NULL REFERENCES care_plans (id),
    kind TEXT NOT NULL CHECK (kind IN ('condition', 'medicine', 'agreed_change', 'goal',
                                       'warning_sign', 'next_step')),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL DEFAULT '',
    dose_morning TEXT NOT NULL DEFAULT '',
    dose_midday TEXT NOT NULL DEFAULT '',
    dose_evening TEXT NOT NULL DEFAULT '',
    dose_bedtime TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    side_effects TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX care_plan_items_plan ON care_plan_items (care_plan_id, position);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    kind TEXT NOT NULL CHECK (kind IN ('post_visit', 'medicine_check', 'missed_appointment',
                                       'results', 're_engagement', 'contact_update', 'custom')),
    due_date TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    assigned_to TEXT,
    reason TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    rule TEXT,
    source_id TEXT,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_due ON follow_ups (status, due_date);
CREATE INDEX follow_ups_patient ON follow_ups (patient_id, status);

-- Append-only: rows are never updated or deleted.
CREATE TABLE call_attempts (
    id TEXT PRIMARY KEY,
    follow_up_id TEXT REFERENCES follow_ups (id),
    patient_id TEXT NOT NULL REFERENCES patients (id),
    at TEXT NOT NULL,
    by_user TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'busy', 'left_message',
                                             'wrong_number', 'call_back_later', 'declined',
                                             'moved', 'deceased')),
    taking_medicines TEXT CHECK (taking_medicines IN ('yes', 'some', 'no')),
    barriers TEXT NOT NULL DEFAULT '[]',
    feeling TEXT CHECK (feeling IN ('better', 'same', 'worse')),
    wants_clinician_call INTEGER NOT NULL DEFAULT 0,
    decline_reason TEXT,
    callback_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX call_attempts_patient ON call_attempts (patient_id, at);
CREATE INDEX call_attempts_follow_up ON call_attempts (follow_up_id);

-- Append-only audit trail; issue 3 adds the hash chain and the screens.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    action TEXT NOT NULL,
    table_name TEXT,
    row_id TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT,
    hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
