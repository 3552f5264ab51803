"""Whatever a file holds, the import ends in a result or a ClinicError with a message."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_app.errors import ClinicError
from clinic_app.interchange.csv_import import import_table
from clinic_app.interchange.csv_read import read_bytes
from clinic_app.services.clinic import Clinic

HEADERS = ["Nom", "Prénom", "DOB", "Tel", "Sexe", "Âge", "Village", "Fecha de nacimiento",
           "Name", "x", "", "Phone number", "Apellido"]
cell = st.one_of(st.text(max_size=30), st.sampled_from(
    ["03/07/1984", "31/02/1980", "1984-03-07", "0712 345 678", "+254 712", "F", "M", "H",
     "34", "ans", "200", "7 mars 1984", "=HYPERLINK()", '"', ";", "\x00", "\ufeff"]))


def _dry_run(clinic: Clinic, data: bytes) -> None:
    try:
        table = read_bytes(data)
        import_table(clinic, Path("fuzz.csv"), table, dry_run=True)
    except ClinicError as exc:
        assert str(exc).strip()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes(clinic: Clinic, data: bytes) -> None:
    _dry_run(clinic, data)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
       rows=st.lists(st.lists(cell, max_size=8), max_size=8),
       sep=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_random_tables(clinic: Clinic, header: list[str], rows: list[list[str]], sep: str,
                       encoding: str) -> None:
    text = "\n".join(sep.join(r) for r in [header, *rows])
    _dry_run(clinic, text.encode(encoding, errors="replace"))
