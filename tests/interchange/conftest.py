"""Real files in real encodings, a real clinic database per test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clinic_app.interchange.csv_import import ImportPlan, import_table
from clinic_app.interchange.csv_read import read_file
from clinic_app.services.clinic import Clinic


def write_csv(folder: Path, name: str, rows: list[list[str]], *, sep: str = ",",
              encoding: str = "utf-8") -> Path:
    """Write rows the way a spreadsheet program saves them (CRLF, quotes where needed)."""
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path = folder / name
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def run_import(clinic: Clinic, path: Path, **kwargs: Any) -> ImportPlan:
    return import_table(clinic, path, read_file(path), **kwargs)


def patients(clinic: Clinic) -> list[Any]:
    return [p for _, p in clinic.patients.list_window(None, 10_000)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "files"
    out.mkdir()
    return out
