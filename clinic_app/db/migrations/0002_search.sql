-- Search indexes for the front desk, kept current by triggers.
-- Names: FTS5 over name_key (the names folded by clinic_app.domain.text.fold, so the
-- index and the query strip accents the same way) with prefix indexes for type-ahead.
-- Phone and clinic-number fragments: a trigram index over digits only.

CREATE VIRTUAL TABLE patient_names_fts USING fts5 (
    name_key,
    content = 'patients', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIRTUAL TABLE patient_names_vocab USING fts5vocab (patient_names_fts, 'row');

CREATE VIRTUAL TABLE patient_phones_fts USING fts5 (
    phone_digits,
    content = 'patients', content_rowid = 'pk',
    tokenize = 'trigram'
);

CREATE TRIGGER patients_search_ai AFTER INSERT ON patients BEGIN
    INSERT INTO patient_names_fts (rowid, name_key) VALUES (new.pk, new.name_key);
    INSERT INTO patient_phones_fts (rowid, phone_digits) VALUES (new.pk, new.phone_digits);
END;

CREATE TRIGGER patients_search_ad AFTER DELETE ON patients BEGIN
    INSERT INTO patient_names_fts (patient_names_fts, rowid, name_key)
        VALUES ('delete', old.pk, old.name_key);
    INSERT INTO patient_phones_fts (patient_phones_fts, rowid, phone_digits)
        VALUES ('delete', old.pk, old.phone_digits);
END;

CREATE TRIGGER patients_search_au_names AFTER UPDATE OF name_key ON patients BEGIN
    INSERT INTO patient_names_fts (patient_names_fts, rowid, name_key)
        VALUES ('delete', old.pk, old.name_key);
    INSERT INTO patient_names_fts (rowid, name_key) VALUES (new.pk, new.name_key);
END;

CREATE TRIGGER patients_search_au_phones AFTER UPDATE OF phone_digits ON patients BEGIN
    INSERT INTO patient_phones_fts (patient_phones_fts, rowid, phone_digits)
        VALUES ('delete', old.pk, old.phone_digits);
    INSERT INTO patient_phones_fts (rowid, phone_digits) VALUES (new.pk, new.phone_digits);
END;

INSERT INTO patient_names_fts (patient_names_fts) VALUES ('rebuild');
INSERT INTO patient_phones_fts (patient_phones_fts) VALUES ('rebuild');
