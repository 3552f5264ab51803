"""Patient lists as different programs and countries save them: encodings, separators,
headers in English, Spanish and French."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from clinic_app.interchange import mapping
from clinic_app.interchange.csv_read import FileProblem, read_bytes, read_file
from clinic_app.services.clinic import Clinic
from tests.interchange.conftest import patients, run_import, write_csv

FRENCH = [["Nom", "Prénom", "Date de naissance", "Téléphone", "Sexe", "Village"],
          ["Lefèvre", "Hélène", "21/06/1948", "0701 234 567", "F", "Gatwekera"],
          ["Bénard", "François", "03/11/1975", "0722 100 200", "H", "Kibera"]]
SPANISH = [["Apellido", "Nombre", "Fecha de nacimiento", "Teléfono", "Sexo", "Localidad"],
           ["González", "María", "07/03/1984", "0712 345 678", "M", "Kibera"],
           ["Núñez", "José", "25/12/1990", "0733 404 404", "H", "Lindi"]]
ENGLISH = [["Surname", "First name", "DOB", "Phone number", "Gender", "Town"],
           ["Otieno", "Amina", "12/25/1990", "0722 000 111", "female", "Lindi"],
           ["Kamau", "Juma", "03/14/1975", "+254 733 111 222", "male", "Makina"]]


@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16")])
@pytest.mark.parametrize("sep, sep_name", [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_each_encoding_and_separator_reads_the_same(folder: Path, encoding: str, label: str,
                                                    sep: str, sep_name: str) -> None:
    path = write_csv(folder, "fr.csv", FRENCH, sep=sep, encoding=encoding)
    table = read_file(path)
    assert (table.encoding, table.separator_name) == (label, sep_name)
    assert table.header == FRENCH[0]
    assert table.rows == FRENCH[1:]
    assert table.numbers == [2, 3]


def test_latin1_bytes_windows_1252_leaves_undefined(folder: Path) -> None:
    path = folder / "old.csv"
    path.write_bytes(b"Nom;Pr\xe9nom\nA\x81b;Ren\xe9\n")
    table = read_file(path)
    assert table.encoding.startswith("Latin-1")
    assert table.rows == [["A\x81b", "René"]]


def test_a_separator_inside_quotes_is_part_of_the_value(folder: Path) -> None:
    path = write_csv(folder, "q.csv", [["Name", "Village", "Notes"],
                                       ["Amina Otieno", "Kibera", "asthma, diabetes"],
                                       ["Juma Kamau", "Lindi", "a; b"]])
    table = read_file(path)
    assert table.separator == "," and table.rows[0][2] == "asthma, diabetes"


@pytest.mark.parametrize("rows, fields", [
    (FRENCH, ["family_name", "given_name", "birth_date", "phone", "sex", "village"]),
    (SPANISH, ["family_name", "given_name", "birth_date", "phone", "sex", "village"]),
    (ENGLISH, ["family_name", "given_name", "birth_date", "phone", "sex", "village"]),
])
def test_headers_in_three_languages_map_themselves(rows: list[list[str]],
                                                   fields: list[str]) -> None:
    assert mapping.auto_map(rows[0]) == fields


@pytest.mark.parametrize("header, field", [
    ("Nom complet", "full_name"), ("Nombre y apellidos", "full_name"), ("Tel", "phone"),
    ("Tél.", "phone"), ("Date of birth (dd/mm/yyyy)", "birth_date"), ("Edad", "age"),
    ("Âge", "age"), ("Fecha de Nacimiento:", "birth_date"), ("Année de naissance", "birth_year"),
    ("Next of kin", "support_name"), ("Numéro de dossier", "previous_number"),
    ("Segundo apellido", "family_name_2"), ("Colour", None), ("reason", mapping.IGNORE),
])
def test_single_headers(header: str, field: str | None) -> None:
    assert mapping.match_header(header) == field


def test_spanish_nombre_alone_is_the_whole_name() -> None:
    assert mapping.auto_map(["Nombre", "Teléfono"]) == ["full_name", "phone"]


def test_a_second_column_for_the_same_field_is_left_out_but_phones_add_up() -> None:
    assert mapping.auto_map(["Phone", "Mobile", "Name", "Full name"]) == \
        ["phone", "phone", "full_name", ""]


@pytest.mark.parametrize("rows, encoding, sep", [
    (FRENCH, "cp1252", ";"), (SPANISH, "utf-8-sig", ","), (ENGLISH, "utf-8", "\t")])
def test_import_in_each_language(clinic: Clinic, folder: Path, rows: list[list[str]],
                                 encoding: str, sep: str) -> None:
    path = write_csv(folder, "list.csv", rows, sep=sep, encoding=encoding)
    plan = run_import(clinic, path)
    assert plan.imported == 2 and not plan.left_out()
    saved = {p.full_name: p for p in patients(clinic)}
    first = rows[1]
    name = f"{first[1]} {first[0]}"
    assert saved[name].village == first[5]
    assert saved[name].sex.value == "female"
    assert saved[name].phones[0].startswith("+254")
    second = f"{rows[2][1]} {rows[2][0]}"
    assert saved[second].sex.value == "male"


def test_spanish_h_and_m_mean_hombre_and_mujer(clinic: Clinic, folder: Path) -> None:
    run_import(clinic, write_csv(folder, "es.csv", SPANISH))
    assert {p.given_name: p.sex.value for p in patients(clinic)} == \
        {"María": "female", "José": "male"}


def test_english_m_still_means_male(clinic: Clinic, folder: Path) -> None:
    rows = [["Name", "Sex", "Age"], ["Juma Kamau", "M", "40"], ["Amina Otieno", "F", "30"]]
    run_import(clinic, write_csv(folder, "en.csv", rows))
    assert {p.given_name: p.sex.value for p in patients(clinic)} == \
        {"Juma": "male", "Amina": "female"}


def test_one_column_of_names(clinic: Clinic, folder: Path) -> None:
    path = write_csv(folder, "names.csv", [["Patient name"], ["OTIENO Amina"],
                                           ["Kamau, Juma"], ["Grace Wanjiru"]])
    table = read_file(path)
    assert table.header == ["Patient name"]
    run_import(clinic, path)
    assert sorted((p.given_name, p.family_name) for p in patients(clinic)) == [
        ("Amina", "Otieno"), ("Grace", "Wanjiru"), ("Juma", "Kamau")]


def test_ages_become_estimated_birth_years(clinic: Clinic, folder: Path) -> None:
    rows = [["Nom", "Prénom", "Âge"], ["Faure", "Zoé", "34 ans"], ["Garnier", "Théo", "6 mois"],
            ["Mercier", "Anaïs", "200"]]
    plan = run_import(clinic, write_csv(folder, "ages.csv", rows))
    saved = {p.given_name: p for p in patients(clinic)}
    assert saved["Zoé"].birth_year == 2026 - 34 and saved["Zoé"].birth_year_estimated
    assert saved["Théo"].birth_year == 2026 and saved["Théo"].birth_year_estimated
    assert saved["Zoé"].birth_date is None
    [rejected] = plan.left_out()
    assert rejected.row == 4 and "Age" in rejected.reason and "125" in rejected.reason


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"\n\n  \n", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "not a text file"),
    (codecs.BOM_UTF8 + b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not a text file"),
])
def test_files_that_are_not_lists_are_refused_with_a_reason(data: bytes, words: str) -> None:
    with pytest.raises(FileProblem, match=words):
        read_bytes(data)


def test_a_ten_megabyte_line_is_refused_not_crashed(folder: Path) -> None:
    path = folder / "huge.csv"
    path.write_bytes(b"Name,Notes\nAmina," + b"x" * 10_000_000 + b"\n")
    with pytest.raises(FileProblem, match="Row 2 has a cell of more than"):
        read_file(path)


def test_missing_file_and_folder(folder: Path) -> None:
    with pytest.raises(FileProblem, match="There is no file"):
        read_file(folder / "nope.csv")
    with pytest.raises(FileProblem, match="folder"):
        read_file(folder)


def test_a_row_wider_than_the_header_is_rejected_with_the_likely_cause(
        clinic: Clinic, folder: Path) -> None:
    path = folder / "wide.csv"
    path.write_text("Name,Village\nAmina Otieno,Kibera\nJuma Kamau,Lindi, Upper,x\n", "utf-8")
    plan = run_import(clinic, path)
    [wide] = plan.left_out()
    assert wide.row == 3 and "separator inside a value" in wide.reason
    assert [p.full_name for p in patients(clinic)] == ["Amina Otieno"]
