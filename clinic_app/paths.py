"""Where files live, from the source tree and from a frozen (PyInstaller) build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``clinic_app/resources``."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "clinic_app" if base else Path(__file__).resolve().parent
    return root.joinpath("resources", *parts)


def data_dir() -> Path:
    """The per-user data directory (created on first use)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir("clinic-companion", "ClinicCompanion"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_db_path() -> Path:
    return data_dir() / "demo-clinic.sqlite3"


def default_db_path() -> Path:
    return data_dir() / "clinic.sqlite3"
