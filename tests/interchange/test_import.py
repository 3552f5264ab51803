"""The dry run, duplicates, rejects, the one transaction, and what the import leaves behind
(clinic numbers, search indexes, sync changes, one audit entry)."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from clinic_app.errors import ClinicError
from clinic_app.interchange.csv_import import (
    DUPLICATE,
    IMPORT,
    REJECTED,
    DateOrderNeeded,
    ImportService,
)
from clinic_app.interchange.csv_read import read_file
from clinic_app.services.clinic import Clinic
from tests.interchange.conftest import patients, run_import, write_csv

HEADER = ["First name", "Last name", "Date of birth", "Phone", "Village"]


def _content(clinic: Clinic) -> list[str]:
    """Every row of every table (and the schema), as text: equal means same content."""
    conn = clinic.db.conn
    out = [repr(tuple(r)) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                 "sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").fetchall():
        out += [f"{table} {tuple(r)!r}" for r in conn.execute(f'SELECT * FROM "{table}"')]
    return out


def test_day_first_is_read_from_the_data(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "d.csv", [HEADER, ["Amina", "Otieno", "03/07/1984", "", ""],
                                       ["Juma", "Kamau", "25/12/1990", "", ""]])
    plan = run_import(clinic, path, dry_run=True)
    assert plan.date_order == "day-first"
    assert [o.patient.birth_date for o in plan.outcomes if o.patient] == \
        ["1984-07-03", "1990-12-25"]


def test_month_first_is_read_from_the_data(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "m.csv", [HEADER, ["Amina", "Otieno", "03/07/1984", "", ""],
                                       ["Juma", "Kamau", "12/25/1990", "", ""]])
    plan = run_import(clinic, path, dry_run=True)
    assert plan.date_order == "month-first"
    assert plan.outcomes[0].patient.birth_date == "1984-03-07"


def test_ambiguous_dates_must_be_confirmed(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "a.csv", [HEADER, ["Amina", "Otieno", "03/07/1984", "", ""],
                                       ["Juma", "Kamau", "01/02/1990", "", ""]])
    with pytest.raises(DateOrderNeeded, match="03/07/1984"):
        run_import(clinic, path, dry_run=True)
    assert patients(clinic) == []
    plan = run_import(clinic, path, date_order="month-first")
    assert {p.birth_date for p in patients(clinic)} == {"1984-03-07", "1990-01-02"}
    assert plan.date_order == "month-first"


def test_named_months_iso_and_two_digit_years(clinic: Clinic, folder: Path) -> None:
    rows = [HEADER, ["A", "One", "7 mars 1984", "", ""], ["B", "Two", "1990-12-25", "", ""],
            ["C", "Three", "25 de diciembre de 1990", "", ""], ["D", "Four", "14/02/84", "", ""],
            ["E", "Five", "March 7, 1984", "", ""], ["F", "Six", "31/02/1980", "", ""],
            ["G", "Seven", "soon", "", ""], ["H", "Eight", "2099-01-01", "", ""]]
    plan = run_import(clinic, write_csv(folder, "n.csv", rows), dry_run=True)
    births = {o.row: o.patient.birth_date for o in plan.outcomes if o.patient}
    assert births == {2: "1984-03-07", 3: "1990-12-25", 4: "1990-12-25", 5: "1984-02-14",
                      6: "1984-03-07"}
    reasons = {o.row: o.reason for o in plan.outcomes if o.status == REJECTED}
    assert "not a real date" in reasons[7]
    assert "is not a date" in reasons[8]
    assert "future" in reasons[9]


def test_duplicates_of_registered_patients_and_of_other_rows(clinic: Clinic,
                                                             folder: Path) -> None:
    clinic.patients.register({"given_name": "María", "family_name": "González",
                              "birth_date": "1984-03-07", "phones": ["0712 345 678"],
                              "village": "Kibera"})
    rows = [HEADER,
            ["Maria", "Gonzales", "07/03/1984", "0712345678", "Kibera"],  # registered
            ["Mohamed", "Abdullahi", "14/05/1979", "0722 555 010", "Lindi"],
            ["Amina", "Otieno", "25/12/1990", "0733 111 222", "Makina"],
            ["Muhammad", "Abdullahi", "14/05/1979", "", "Lindi"],  # sounds like row 3
            ["Peter", "Smith", "01/01/1960", "", ""]]
    plan = run_import(clinic, write_csv(folder, "dups.csv", rows), dry_run=True)
    status = {o.row: (o.status, o.duplicate_of) for o in plan.outcomes}
    assert status == {2: (DUPLICATE, "KIB-000001"), 3: (IMPORT, ""), 4: (IMPORT, ""),
                      5: (DUPLICATE, "row 3"), 6: (IMPORT, "")}
    reason = next(o.reason for o in plan.outcomes if o.row == 2)
    assert "KIB-000001 María González" in reason and "same phone" in reason
    # the service's own check agrees about row 2
    assert clinic.patients.find_duplicates(plan.outcomes[0].patient)


def test_duplicates_can_be_imported_when_a_person_says_so(clinic: Clinic,
                                                          folder: Path) -> None:
    rows = [HEADER, ["Amina", "Otieno", "25/12/1990", "0733 111 222", ""],
            ["Amina", "Otieno", "25/12/1990", "0733 111 222", ""]]
    plan = run_import(clinic, write_csv(folder, "twins.csv", rows), import_duplicates=True)
    assert plan.imported == 2 and plan.rejects_file is None
    assert len(patients(clinic)) == 2


def test_rejects_file_is_fixed_and_imported_again(clinic: Clinic, folder: Path) -> None:
    rows = [["Nom", "Prénom", "Date de naissance", "Téléphone"],
            ["Lefèvre", "Hélène", "21/06/1948", "0701 234 567"],
            ["Bénard", "François", "31/02/1975", "0722 100 200"],
            ["Mercier", "Cécile", "12/10/1980", "07"],
            ["", "", "12/10/1980", "0733 000 111"]]
    source = write_csv(folder, "liste.csv", rows, sep=";", encoding="cp1252")
    plan = run_import(clinic, source)
    assert plan.imported == 1
    rejects = plan.rejects_file
    assert rejects is not None and rejects.parent == folder
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f, delimiter=";"))
    assert got[0] == rows[0] + ["reason"]
    assert [r[:4] for r in got[1:]] == rows[2:]
    assert "not a real date" in got[1][4] and "Phone" in got[2][4] and "Name" in got[3][4]
    # The user fixes the two mistakes in a spreadsheet, leaves the nameless row, saves.
    got[1][2], got[2][3] = "28/02/1975", "0733 222 333"
    with rejects.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(got)
    again = run_import(clinic, rejects, rejects_to=folder / "still-wrong.csv")
    assert again.imported == 2
    assert "reason" not in again.to_json()["columns"]
    assert sorted(p.given_name for p in patients(clinic)) == ["Cécile", "François", "Hélène"]
    with (folder / "still-wrong.csv").open(encoding="utf-8-sig") as f:
        assert len(f.read().splitlines()) == 2  # header + the nameless row


def test_import_is_one_transaction_whole_or_nothing(clinic: Clinic, folder: Path) -> None:
    clinic.patients.register({"given_name": "Grace", "family_name": "Wanjiru"})
    rng = random.Random(5)

    def word() -> str:
        return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))

    rows = [HEADER] + [[word().title(), word().title(), "", "", "Kibera"] for _ in range(300)]
    rows[200][0] = "Boom"
    path = write_csv(folder, "big.csv", rows)
    before = _content(clinic)
    # A real failure inside SQLite at row 200 (a trigger of this connection's own).
    clinic.db.conn.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.patients WHEN NEW.given_name = 'Boom' "
        "BEGIN SELECT RAISE(ABORT, 'disk pulled out'); END")
    with pytest.raises(ClinicError, match="disk pulled out"):
        run_import(clinic, path)
    clinic.db.conn.execute("DROP TRIGGER temp.boom")
    assert _content(clinic) == before
    assert not list(folder.glob("*not-imported*"))
    plan = run_import(clinic, path)  # the search triggers came back with the rollback
    assert plan.imported == 300
    assert clinic.patients.search("Boom").patients[0].clinic_number == "KIB-000201"


def test_what_an_import_leaves_behind(clinic: Clinic, folder: Path) -> None:
    clinic.patients.register({"given_name": "Grace", "family_name": "Wanjiru"})
    rows = [HEADER + ["Next of kin", "Relationship", "Next of kin phone", "Language"],
            ["Amina", "Otieno", "25/12/1990", "0722 000 111; 0733 000 222", "Lindi",
             "Baraka Otieno", "son", "0711 999 888", "Kiswahili"],
            ["Juma", "Kamau", "", "", "", "", "", "", ""]]
    plan = run_import(clinic, write_csv(folder, "l.csv", rows))
    assert plan.clinic_numbers == ["KIB-000002", "KIB-000003"]
    amina = clinic.patients.search("otieno amina").patients[0]
    assert clinic.patients.search("0733 000").patients == [amina]  # phone index, 2nd number
    assert clinic.patients.search("KIB-000002").patients == [amina]
    full = clinic.patients.get(amina.id or "")
    assert full.support and full.support.name == "Baraka Otieno"
    assert full.support.phone == "+254711999888"
    assert full.preferred_language == "sw" and full.phones == ("+254722000111", "+254733000222")
    assert full.phone_confirmed_at is None  # nobody confirmed these numbers yet
    assert clinic.patients.get(plan.to_import[1].patient and
                               clinic.patients.search("Juma").patients[0].id or "")\
        .preferred_language == "en"
    entries = [e for e in clinic.audit.repo.search(limit=50) if e.action == "patient.import"]
    assert len(entries) == 1 and entries[0].details["imported"] == 2
    assert entries[0].details["first"] == "KIB-000002"
    # every new row goes to the sync outbox like any registered patient
    outbox = clinic.db.query("SELECT row_id FROM sync_outbox WHERE table_name = 'patients'")
    assert {amina.id} <= {r[0] for r in outbox}
    assert len(outbox) == 3
    support = clinic.db.query("SELECT count(*) FROM sync_outbox WHERE "
                              "table_name = 'support_contacts'")[0][0]
    assert support == 1
    # the name index holds exactly what a rebuild would
    names = clinic.db.query("SELECT count(*) FROM patient_names_fts WHERE patient_names_fts "
                            "MATCH 'otieno'")[0][0]
    assert names == 1
    assert clinic.db.query("INSERT INTO patient_names_fts (patient_names_fts, rank) "
                           "VALUES ('integrity-check', 1)") == []


def test_a_patient_registered_after_the_dry_run_is_caught_at_import(clinic: Clinic,
                                                                     folder: Path) -> None:
    path = write_csv(folder, "late.csv", [HEADER, ["Amina", "Otieno", "25/12/1990",
                                                   "0722 000 111", "Lindi"]])
    service = ImportService(clinic)
    table = read_file(path)
    from clinic_app.interchange.mapping import auto_map

    plan = service.plan(path, table, auto_map(table.header))
    assert plan.count(IMPORT) == 1
    clinic.patients.register({"given_name": "Amina", "family_name": "Otieno",
                              "birth_date": "1990-12-25", "phones": ["0722000111"]})
    done = service.commit(plan)
    assert done.imported == 0 and done.count(DUPLICATE) == 1
    assert len(patients(clinic)) == 1


def test_mapping_file_overrides_and_its_mistakes(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "odd.csv", [["Col A", "Col B", "Tel"],
                                         ["Amina", "Otieno", "0722 000 111"]])
    mapping = folder / "map.json"
    mapping.write_text(json.dumps({"columns": {"Col A": "given_name", "Col B": "family_name",
                                               "Tel": None}}), "utf-8")
    run_import(clinic, path, mapping_file=mapping)
    [p] = patients(clinic)
    assert (p.given_name, p.family_name, p.phones) == ("Amina", "Otieno", ())
    for bad, words in ((["x"], "should hold an object"), ({"Col A": "shoe_size"}, "not a field"),
                       ({"Col Z": "given_name"}, "does not have"),
                       ({"date_order": "sideways"}, "date_order")):
        mapping.write_text(json.dumps(bad), "utf-8")
        with pytest.raises(ClinicError, match=words):
            run_import(clinic, path, mapping_file=mapping, dry_run=True)
    mapping.write_text("{nope", "utf-8")
    with pytest.raises(ClinicError, match="not valid JSON"):
        run_import(clinic, path, mapping_file=mapping, dry_run=True)


def test_no_name_column_is_refused_before_any_row(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "x.csv", [["Colour", "Shoe"], ["red", "42"]])
    with pytest.raises(ClinicError, match="No column holds the patients' names"):
        run_import(clinic, path, dry_run=True)


def test_front_desk_may_not_import(clinic: Clinic, folder: Path) -> None:
    from clinic_app.domain.roles import Actor, Role
    from clinic_app.security.access import PermissionDenied

    path = write_csv(folder, "x.csv", [HEADER, ["Amina", "Otieno", "", "", ""]])
    clinic.access.actor = Actor("grace", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="import or export"):
        run_import(clinic, path, dry_run=True)


def test_a_second_process_checks_the_same_way(clinic: Clinic, folder: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Long lists are checked by two processes; the outcome is the same row for row."""
    from clinic_app.interchange import csv_import

    rng = random.Random(11)
    rows = [HEADER] + [[rng.choice(["Amina", "Juma", "Grace", "Baraka"]),
                        rng.choice(["Otieno", "Kamau", "Wanjiru"]),
                        f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/"
                        f"19{rng.randrange(50, 99)}",
                        rng.choice(["0722 000 111", "07", "", "0733 123 456"]), "Lindi"]
                       for _ in range(60)]
    path = write_csv(folder, "long.csv", rows)
    alone = run_import(clinic, path, dry_run=True, date_order="day-first")
    monkeypatch.setattr(csv_import, "PARALLEL_ROWS", 10)
    shared = run_import(clinic, path, dry_run=True, date_order="day-first")
    assert [(o.row, o.status, o.reason) for o in shared.outcomes] == \
        [(o.row, o.status, o.reason) for o in alone.outcomes]
    # many small chunks: this process checks its own rows while the next one is not ready
    monkeypatch.setattr(csv_import, "WORKER_CHUNK", 7)
    chunked = run_import(clinic, path, dry_run=True, date_order="day-first")
    assert [(o.row, o.status, o.reason, o.duplicate_of) for o in chunked.outcomes] == \
        [(o.row, o.status, o.reason, o.duplicate_of) for o in alone.outcomes]
    # duplicates confirmed there in small batches; or, sent none of a row's likeliest
    # duplicates, here after all
    for batch, ahead in ((2, 1), (3, 0)):
        monkeypatch.setattr(csv_import, "CONFIRM_BATCH", batch)
        monkeypatch.setattr(csv_import, "CONFIRM_AHEAD", ahead)
        confirmed = run_import(clinic, path, dry_run=True, date_order="day-first")
        assert [(o.row, o.status, o.reason, o.duplicate_of, o.score)
                for o in confirmed.outcomes] == \
            [(o.row, o.status, o.reason, o.duplicate_of, o.score) for o in alone.outcomes]
    assert {o.status for o in alone.outcomes} == {IMPORT, DUPLICATE, REJECTED}
