"""Opening a clinic database: find its key, make a new encrypted one, encrypt a plain one.

Key sources in order: a key file (``--key-file`` / ``CLINIC_APP_DB_KEY_FILE``), the OS
keyring, a recovery key typed by a person. A new database gets a random key kept in the
key file or the keyring, and its recovery key is returned once to be printed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clinic_app.db.connection import Database, DatabaseCorrupt, DatabaseError, DatabaseMissing
from clinic_app.errors import ClinicError
from clinic_app.marks import N_
from clinic_app.security import keys
from clinic_app.services.clinic import Clinic

logger = logging.getLogger(__name__)


@dataclass
class Opened:
    clinic: Clinic
    key_source: str  # 'keyring', 'key file …', 'recovery key', 'none (not encrypted)'
    recovery_code: str | None = None  # set once, when a key was just made


def open_clinic(path: Path, *, key_file: Path | None = None, recovery: str | None = None,
                create: bool = False, encrypt: bool = True, **clinic_args: Any) -> Opened:
    """Open ``path`` with the right key, or make it (``create``), encrypted unless
    ``encrypt`` is False (demo and test data only)."""
    path = Path(path)
    key_file = keys.key_file_from_env(key_file)
    if path.exists() and path.stat().st_size > 0:
        if keys.is_plain(path):
            return Opened(Clinic(path, create=False, **clinic_args), "none (not encrypted)")
        if not keys.could_be_encrypted(path):
            raise DatabaseCorrupt(
                f"The file {path} is not a readable clinic database (it is damaged). Nothing "
                "was changed. Restore the latest backup, or ask for help.")
        if recovery:
            key, source = keys.parse_recovery_code(recovery), "recovery key"
        else:
            key, source = keys.find_key(path, key_file)
        clinic = Clinic(path, create=False, key=key, **clinic_args)
        if source == "recovery key":
            _remember_quietly(path, key)
        return Opened(clinic, source)
    if not create:
        raise DatabaseMissing(
            f"There is no database at {path}. Check the path, or create one with "
            "'clinic-app demo-data --db PATH --patients N'.")
    if not encrypt:
        return Opened(Clinic(path, **clinic_args), "none (not encrypted)")
    return _create_encrypted(path, key_file, clinic_args)


def _create_encrypted(path: Path, key_file: Path | None, clinic_args: dict[str, Any]) -> Opened:
    key = keys.read_key_file(key_file) if key_file and key_file.exists() else keys.new_key()
    if key_file is None:  # fail early, before any file is made, when there is no keyring
        state = keys.secrets.status()
        if not state.usable:
            raise keys.secrets.KeyringUnavailable(
                state.reason + " To create an encrypted database here, give "
                "a key file to keep safe (--key-file FILE); for throw-away test data only, "
                "--no-encryption.")
    clinic = Clinic(path, key=key, **clinic_args)
    try:
        source = keep_key(path, key, key_file)
    except (ClinicError, OSError):
        clinic.close()
        _remove(_files_of(path))
        raise
    return Opened(clinic, source, keys.recovery_code(key))


def _remember_quietly(path: Path, key: bytes) -> None:
    """After a recovery key worked, put the key back in the keyring when there is one."""
    try:
        keys.remember_key(path, key)
    except ClinicError as exc:
        logger.warning("key not stored in the keyring: %s", exc)


def keep_key(db_file: Path, key: bytes, key_file: Path | None) -> str:
    """Store ``key`` in the key file (made if missing) or the keyring; say where."""
    if key_file is not None:
        if not key_file.exists():
            keys.write_key_file(key_file, key)
        return f"key file {key_file}"
    keys.remember_key(db_file, key)
    return "keyring"


def _remove(files: list[Path]) -> None:
    for leftover in files:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _files_of(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def encrypt_in_place(path: Path, *, key_file: Path | None = None) -> Opened:
    """Convert a plain database to an encrypted one safely: copy, convert, verify, swap.

    Until the swap the plain file is untouched; a failure leaves it as it was.
    """
    path = Path(path)
    if not path.exists() or not keys.is_plain(path):
        raise ClinicError(N_("{0} is not a plain (unencrypted) clinic database.").format(path))
    key_file = keys.key_file_from_env(key_file)
    state = keys.secrets.status()
    if key_file is None and not state.usable:
        raise keys.secrets.KeyringUnavailable(
            state.reason + " Give a key file to keep safe (--key-file FILE).")
    key = keys.read_key_file(key_file) if key_file and key_file.exists() else keys.new_key()
    plain = Database(path, create=False)
    counts = plain.table_counts()
    work = path.with_name(path.name + ".encrypting")
    _remove(_files_of(work))
    check: Database | None = None
    try:
        plain.export_encrypted(work, key)
        plain.close()
        check = Database(work, create=False, key=key)
        ok = check.check()
        if ok != "ok" or check.table_counts() != counts:
            raise DatabaseError(N_("The encrypted copy of {0} did not check out ({1}). The "
                                   "original is untouched.").format(path, ok))
        check.close()
        # Keep the key before the swap: the encrypted copy keeps its salt (its key id).
        source = keep_key(work, key, key_file)
    except Exception:
        plain.close()
        if check is not None:  # an open copy could not be deleted on Windows
            check.close()
        _remove(_files_of(work))
        raise
    _remove(_files_of(path)[1:])
    os.replace(work, path)  # the swap: one atomic rename
    return Opened(Clinic(path, create=False, key=key), source, keys.recovery_code(key))
