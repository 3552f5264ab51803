-- Care plans (issue 5). Each save is a new version: a row that is never changed, holding the
-- plan's content as JSON (conditions, medicines with their schedule, goals, warning signs,
-- next steps, next appointment, support person). A printed handout names the version row it
-- was printed from, so a reprint months later shows what the patient was actually given.
-- The first schema's care_plans and care_plan_items were never written to: replaced.
DROP TABLE care_plan_items;
DROP TABLE care_plans;
CREATE TABLE care_plans (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    version INTEGER NOT NULL,
    language TEXT NOT NULL,
    content TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX care_plans_patient ON care_plans (patient_id, version);

-- Every print or saved PDF: who, when, which plan version, in which language and paper.
CREATE TABLE handout_prints (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    care_plan_id TEXT NOT NULL REFERENCES care_plans (id),
    plan_version INTEGER NOT NULL,
    printed_by TEXT,
    printed_at TEXT NOT NULL,
    language TEXT NOT NULL,
    paper TEXT NOT NULL,
    clinician_copy INTEGER NOT NULL DEFAULT 0,
    destination TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX handout_prints_plan ON handout_prints (care_plan_id);
CREATE INDEX handout_prints_patient ON handout_prints (patient_id, printed_at);

-- (patient_id may change: merging two records moves the plans to the one kept)
CREATE TRIGGER care_plans_no_update BEFORE UPDATE OF content, version ON care_plans
BEGIN
    SELECT RAISE(ABORT, 'care plan versions are kept as they were: save a new version');
END;
