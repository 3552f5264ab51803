"""PatientRepository: add, get, update, support contacts, paging, merge, bulk loads."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from clinic_app.db.connection import Database
from clinic_app.db.meta import Meta
from clinic_app.db.patients import CHILD_TABLES, PatientRepository
from clinic_app.db.search import PatientSearch
from clinic_app.domain.patient import SupportContact
from clinic_app.errors import NotFoundError

TRIGGERS = {"patients_search_ai", "patients_search_ad", "patients_search_au_names",
            "patients_search_au_phones"}


def schema_names(db: Database, kind: str) -> set[str]:
    return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}


def test_add_numbers_patients_in_order_and_reads_back(add, repo: PatientRepository) -> None:
    a = add(given_name="María", family_name="González", birth_date="1984-03-07",
            phones=["0712 345 678"], village="Kibera")
    b = add(given_name="Juma")
    assert (a.clinic_number, b.clinic_number) == ("KIB-000001", "KIB-000002")
    assert a.id != b.id
    got = repo.get(a.id)
    assert got == a
    assert got.phones == ("+254712345678",)
    assert got.created_at == got.updated_at == "2025-06-01T09:00:00.000Z"
    assert repo.by_clinic_number("KIB-000002") == repo.get(b.id)
    assert repo.by_clinic_number("KIB-999999") is None
    assert repo.count() == 2


def test_rows_carry_sync_columns(add, db: Database, meta: Meta) -> None:
    a = add(given_name="A")
    b = add(given_name="B")
    rows = db.query("SELECT hlc, site_id, deleted FROM patients ORDER BY pk")
    assert [r["site_id"] for r in rows] == [meta.site_id] * 2
    assert [r["deleted"] for r in rows] == [0, 0]
    assert rows[0]["hlc"] < rows[1]["hlc"]  # same wall clock, still ordered
    assert a.id != b.id


def test_get_unknown_id(repo: PatientRepository) -> None:
    with pytest.raises(NotFoundError):
        repo.get("no-such-id")


def test_update_writes_and_stamps(add, repo: PatientRepository, db: Database, clock) -> None:
    a = add(given_name="Amina", family_name="Juma")
    hlc_before = db.query("SELECT hlc FROM patients WHERE id = ?", (a.id,))[0][0]
    clock.advance(days=1)
    updated = repo.update(replace(a, village="Lindi"), "")
    assert updated.village == "Lindi"
    assert updated.updated_at == "2025-06-02T09:00:00.000Z"
    assert updated.created_at == a.created_at
    assert db.query("SELECT hlc FROM patients WHERE id = ?", (a.id,))[0][0] > hlc_before


def test_support_contact_saved_changed_and_cleared(add, repo: PatientRepository,
                                                   db: Database) -> None:
    a = add(given_name="Amina", support={"name": "Grace", "relationship": "sister",
                                         "phone": "0722 555 010"})
    assert a.support is not None and a.support.name == "Grace"
    assert a.support.phone == "+254722555010"
    changed = repo.update(replace(a, support=SupportContact(name="Grace O", phone=None)), "")
    assert changed.support is not None
    assert (changed.support.name, changed.support.id) == ("Grace O", a.support.id)
    cleared = repo.update(replace(changed, support=None), "")
    assert cleared.support is None
    # soft delete: the row stays as a tombstone
    assert db.query("SELECT deleted FROM support_contacts")[0][0] == 1


def test_list_window_pages_alphabetically_by_family_name(add, repo: PatientRepository) -> None:
    names = [("Zawadi", "Achieng"), ("Ann", "Brown"), ("Émile", "Zola"), ("Bo", "brown"),
             ("Ian", "Ćosić"), ("Al", "Mwangi"), ("Li", "Mwangi")]
    for given, family in names:
        add(given_name=given, family_name=family)
    seen = []
    after = None
    while page := repo.list_window(after, 3):
        assert len(page) <= 3
        seen.extend(p.full_name for _, p in page)
        after = page[-1][0]
    assert seen == ["Zawadi Achieng", "Ann Brown", "Bo brown", "Ian Ćosić", "Al Mwangi",
                    "Li Mwangi", "Émile Zola"]


def test_update_of_a_merged_record_is_refused(add, repo: PatientRepository) -> None:
    a = add(given_name="Amina")
    b = add(given_name="Amina")
    repo.merge(a, b, "")
    with pytest.raises(NotFoundError):
        repo.update(replace(repo.get(b.id), village="x"), "")


def test_merge_moves_children_and_leaves_a_tombstone(add, repo: PatientRepository,
                                                     db: Database, search: PatientSearch) -> None:
    a = add(given_name="Amina", family_name="Juma", phones=["0712 345 678"])
    b = add(given_name="Aminah", family_name="Juma", phones=["0722 555 010"],
            support={"name": "Grace"})
    repo.insert_rows("visits", ("id", "patient_id", "visit_date", "created_at", "updated_at",
                                "hlc", "site_id"),
                     [(f"v{i}", b.id, "2025-05-01", "t", "t", "0", "s") for i in range(3)])
    combined = replace(a, phones=a.phones + b.phones)
    moved = repo.merge(combined, b, "254712345678 0712345678 254722555010 0722555010")
    assert moved["visits"] == 3 and moved["support_contacts"] == 1
    assert set(moved) == set(CHILD_TABLES)
    assert repo.child_counts(a.id)["visits"] == 3
    assert repo.child_counts(b.id) == dict.fromkeys(CHILD_TABLES, 0)
    row = db.query("SELECT deleted, merged_into FROM patients WHERE id = ?", (b.id,))[0]
    assert (row[0], row[1]) == (1, a.id)
    assert repo.count() == 1
    assert [h.patient.id for h in search.search("0722 555")] == [a.id]
    assert [h.patient.id for h in search.search("aminah")] == []


def test_insert_rows_only_into_child_tables(repo: PatientRepository) -> None:
    with pytest.raises(ValueError, match="not a patient child table"):
        repo.insert_rows("users", ("id",), [("x",)])


def _rows(n: int, start: int = 1):
    for i in range(start, start + n):
        yield (f"id{i}", f"KIB-{i:06d}", i, f"Given{i}", "Bulk", f"bulk given{i}",
               json.dumps([f"+2547{i:08d}"]), f"2547{i:08d} 07{i:08d}", "t", "t",
               f"{i:013d}-000000-s", "s")


COLUMNS = ("id", "clinic_number", "clinic_seq", "given_name", "family_name", "name_key",
           "phones", "phone_digits", "created_at", "updated_at", "hlc", "site_id")


def test_bulk_insert_indexes_everything_and_restores_triggers(
        repo: PatientRepository, db: Database, search: PatientSearch, add) -> None:
    assert repo.bulk_insert(COLUMNS, _rows(250)) == 250
    assert TRIGGERS <= schema_names(db, "trigger")
    assert "patients_list" in schema_names(db, "index")
    assert [h.patient.clinic_number for h in search.search("given137")] == ["KIB-000137"]
    assert [h.patient.clinic_number for h in search.search("0700000199")] == ["KIB-000199"]
    assert repo.next_clinic_seq() == 251
    later = add(given_name="Later", family_name="Person")
    assert later.clinic_number == "KIB-000251"
    assert [h.patient.id for h in search.search("later person")] == [later.id]


def test_failed_bulk_insert_leaves_nothing_and_keeps_triggers(
        repo: PatientRepository, db: Database, search: PatientSearch, add) -> None:
    def rows_then_failure():
        yield from _rows(30)
        raise RuntimeError("the import file is cut short")

    with pytest.raises(RuntimeError, match="cut short"):
        repo.bulk_insert(COLUMNS, rows_then_failure())
    assert repo.count() == 0
    assert TRIGGERS <= schema_names(db, "trigger")
    assert "patients_list" in schema_names(db, "index")
    p = add(given_name="After", family_name="Failure")
    assert [h.patient.id for h in search.search("after")] == [p.id]
