"""Back up to a USB stick and restore, verified: the manager's weekly job, done right.

``BackupService(clinic).backup(folder, passphrase)`` takes a consistent snapshot with SQLite's
online backup API (the app keeps running), checks it (``PRAGMA integrity_check``), writes it
compressed and encrypted (see ``container``) to a temporary name on the stick, flushes it to the
device, renames it, then reads it back from the stick and verifies it (sha256 of the snapshot,
row counts) before calling it done and only then lets old backups go (``rotation``).

An encrypted clinic database is snapshotted still encrypted with its own key, and that key
travels inside the backup's encrypted manifest, so a backup restores on a new PC with the
passphrase alone. Work files live in a private folder (0700) beside the clinic database (the
local disk, where there is room for a copy) and are removed when done.

``restore`` verifies the whole backup into a temporary file beside the live database, keeps
the backup's database key, copies the live database aside (``<db>.before-restore-<stamp>``),
then swaps the restored file in with one atomic rename. It closes the clinic's connections:
reopen the clinic (``open_clinic``) afterwards.

The passphrase is never stored in the database or a config file: it comes from a file, the
environment variable CLINIC_APP_BACKUP_PASSPHRASE or the OS keyring, never from the command line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import secrets as _random
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from clinic_app import APP_NAME, __version__
from clinic_app.backup import rotation
from clinic_app.backup.container import (
    BLOCK,
    CHUNK_SIZE,
    DEFAULT_KDF,
    BackupFileError,
    BackupReader,
    Damaged,
    KdfParams,
    TooNew,
    encrypt_stream,
)
from clinic_app.db.connection import Database, DatabaseLocked
from clinic_app.db.migrations import LATEST, current_version
from clinic_app.domain.clock import iso_utc
from clinic_app.domain.roles import Permission
from clinic_app.errors import ClinicError, DatabaseError
from clinic_app.marks import N_
from clinic_app.security import keys, secrets

logger = logging.getLogger(__name__)

ENV_PASSPHRASE = "CLINIC_APP_BACKUP_PASSPHRASE"
KEYRING_NAME = "backup-passphrase"
LAST_VERIFIED = "last_verified_backup_at"
SUFFIX = rotation.SUFFIX
MIN_SCORE = 3  # passphrase_strength a new backup needs
WORK_PREFIX = ".clinic-backup-work-"

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]
Opener = Callable[[Path], BinaryIO]


class BackupFailed(ClinicError):
    """The backup was not made; the earlier backups are untouched."""


class StickFull(BackupFailed):
    pass


class StickRemoved(BackupFailed):
    pass


class BackupCancelled(ClinicError):
    pass


class PassphraseMissing(ClinicError):
    pass


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, as restore shows it before anything changes."""

    clinic_name: str
    site_id: str
    app_version: str
    schema_version: int
    created_at: str  # UTC ISO-8601
    counts: dict[str, int]
    sha256: str  # of the snapshot file inside
    snapshot_bytes: int
    encrypted: bool  # the snapshot is an encrypted (SQLCipher) database
    db_key: bytes | None = field(default=None, repr=False)

    def to_json(self, *, with_key: bool = False) -> dict[str, Any]:
        """The manifest as JSON; the database key only inside the encrypted backup
        (``with_key``), never in what is shown or printed."""
        out = {"clinic_name": self.clinic_name, "site_id": self.site_id,
                "app_version": self.app_version, "schema_version": self.schema_version,
                "created_at": self.created_at, "counts": dict(self.counts),
                "sha256": self.sha256, "snapshot_bytes": self.snapshot_bytes,
                "encrypted": self.encrypted}
        if with_key:
            out["db_key"] = self.db_key.hex() if self.db_key is not None else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], name: str = "The backup") -> Manifest:
        try:
            key = data.get("db_key")
            counts = {str(k): int(v) for k, v in dict(data["counts"]).items()}
            return cls(clinic_name=str(data["clinic_name"]), site_id=str(data["site_id"]),
                       app_version=str(data["app_version"]),
                       schema_version=int(data["schema_version"]),
                       created_at=str(data["created_at"]), counts=counts,
                       sha256=str(data["sha256"]), snapshot_bytes=int(data["snapshot_bytes"]),
                       encrypted=bool(data["encrypted"]),
                       db_key=bytes.fromhex(key) if key else None)
        except (KeyError, TypeError, ValueError):
            raise Damaged(f"{name} is damaged: its contents list cannot be read. Nothing was "
                          "changed. Use another backup.") from None

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at.replace("Z", "+00:00"))

    @property
    def patients(self) -> int:
        return self.counts.get("patients", 0)

    def describe(self) -> str:
        when = self.created.astimezone().strftime("%d %b %Y %H:%M")
        return (f"{self.clinic_name}, backed up {when}: {self.patients:,} patients, "
                f"{self.counts.get('visits', 0):,} visits, "
                f"{self.counts.get('follow_ups', 0):,} follow-ups ({APP_NAME} "
                f"{self.app_version}, schema {self.schema_version}).")


@dataclass
class BackupResult:
    path: Path
    size_bytes: int
    seconds: float
    verified: bool
    backups_in_folder: int
    deleted_by_rotation: list[Path]
    manifest: Manifest

    @property
    def message(self) -> str:
        took = f"{self.seconds:.1f} s" if self.seconds < 10 else f"{self.seconds:.0f} s"
        template = (N_("Backup verified: {0}, {1}, made in {2}. The folder now holds 1 backup "
                       "of this clinic.") if self.backups_in_folder == 1 else
                    N_("Backup verified: {0}, {1}, made in {2}. The folder now holds {3} backups "
                       "of this clinic."))
        return template.format(self.path.name, _size(self.size_bytes), took,
                               self.backups_in_folder)


@dataclass
class VerifyResult:
    ok: bool
    reason: str
    manifest: Manifest | None
    error: ClinicError | None = None


@dataclass
class RestoreResult:
    path: Path  # the clinic database, now holding the backup
    aside: Path  # the database as it was before
    manifest: Manifest
    seconds: float

    @property
    def message(self) -> str:
        return (f"Restored {self.manifest.describe()} The database as it was before is kept "
                f"as {self.aside}. Open the clinic again to use it.")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} KB"


def slug(name: str) -> str:
    """A clinic name as a file name part: 'Clínica Santa María' -> 'clinica-santa-maria'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    out = "".join(ch if ch.isalnum() else "-" for ch in plain.lower())
    return "-".join(part for part in out.split("-") if part)[:40].strip("-") or "clinic"


# passphrases -----------------------------------------------------------------------------
def passphrase_from(file: Path | None = None) -> str:
    """The backup passphrase: the first line of ``file``, else CLINIC_APP_BACKUP_PASSPHRASE,
    else the OS keyring; PassphraseMissing saying how to give one otherwise."""
    if file is not None:
        try:
            text = Path(file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise PassphraseMissing(f"The passphrase file {file} cannot be read ({why}).") \
                from None
        lines = text.splitlines()
        if not lines or not lines[0].strip():
            raise PassphraseMissing(f"The passphrase file {file} is empty: write the backup "
                                    "passphrase on its first line.")
        return lines[0]
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    reason = ""
    try:
        stored = secrets.get_secret(KEYRING_NAME)
    except secrets.KeyringUnavailable as exc:
        stored, reason = None, f" ({exc})"
    if stored:
        return stored
    raise PassphraseMissing(
        "No backup passphrase was given. Give it in a file (its first line), in the "
        f"environment variable {ENV_PASSPHRASE}, or keep it in this PC's key store "
        f"(remember it once from the backup window){reason}. It is never typed on the command "
        "line.")


def remember_passphrase(passphrase: str) -> None:
    """Keep the passphrase in the OS keyring (KeyringUnavailable when there is none)."""
    if not passphrase:
        raise ClinicError(N_("An empty passphrase cannot be kept."))
    secrets.set_secret(KEYRING_NAME, passphrase)


def forget_passphrase() -> None:
    secrets.delete_secret(KEYRING_NAME)


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """(0-4, plain words). The rule: 12 characters or more, or 4 words or more (3 letters or
    more each), not one character over and over. 3 or more is good enough for a backup."""
    p = passphrase
    words = [w for w in p.split() if len(w) >= 3]
    distinct = len(set(p.lower()) - {" "})
    if not p.strip():
        return 0, N_("Empty: choose 4 or more words, or 12 or more characters.")
    if distinct < 5:
        return min(1, len(p) // 8), N_("Too easy to guess: it repeats the same few "
                                       "characters. Choose 4 or more words.")
    if len(words) >= 5 or (len(p) >= 20 and len(words) >= 4) or len(p) >= 24:
        return 4, N_("Strong.")
    if len(p) >= 12 or len(words) >= 4:
        return 3, N_("Good. A longer passphrase (5 words or more) is stronger still.")
    if len(p) >= 8:
        return 2, N_("Too short: use 12 characters or more, or 4 words or more.")
    return (1 if len(p) >= 4 else 0), N_("Far too short: use 4 words or more.")


# helpers ----------------------------------------------------------------------------
class _Steps:
    """Progress as (step label, fraction of the whole), and the cancel check."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.label, self.start, self.end, self.total, self.done = "", 0.0, 0.0, 0, 0

    def step(self, label: str, start: float, end: float, total: int = 0) -> None:
        self.check()
        self.label, self.start, self.end, self.total, self.done = label, start, end, total, 0
        if self.progress:
            self.progress(label, start)

    def bytes(self, n: int) -> None:
        self.check()
        self.done += n
        if self.progress and self.total:
            share = min(1.0, self.done / self.total)
            self.progress(self.label, self.start + (self.end - self.start) * share)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BackupCancelled(N_("The backup was cancelled. Nothing was saved on the "
                                     "stick; the earlier backups are untouched."))

    def finish(self, label: str) -> None:
        if self.progress:
            self.progress(label, 1.0)


def _default_opener(path: Path) -> BinaryIO:
    return open(path, "xb")  # closed by the caller


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _drop_cache(f: BinaryIO) -> None:
    """Ask the OS to forget its cached pages of ``f``, so reading it back reads the stick."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _remove_db_files(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_GONE = {errno.EIO, errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", errno.EIO),
         getattr(errno, "ENOMEDIUM", errno.EIO)}
_UNTOUCHED = "Nothing was saved; the earlier backups on the stick are untouched."


def _write_error(exc: OSError, folder: Path, needed: int) -> BackupFailed:
    """What a failed write on the stick means, in words."""
    code = exc.errno
    why = exc.strerror or str(exc)
    if code in _FULL:
        free = ""
        with contextlib.suppress(OSError):
            free = f" ({_size(shutil.disk_usage(folder).free)} free)"
        too_big = (" or the file is too big for the stick's format (FAT32 holds at most 4 GB a "
                   "file: format it as exFAT)" if code == errno.EFBIG else "")
        return StickFull(f"The stick is full{free}{too_big}: the backup needs up to "
                         f"{_size(needed)}. {_UNTOUCHED} Delete files you do not need from it, "
                         "or use a bigger stick, and try again.")
    if code in _GONE or not folder.is_dir():
        return StickRemoved(f"The stick was removed or could not be written ({why}). "
                            f"{_UNTOUCHED} Plug it in again (check {folder}) and try again.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFailed(f"{folder} cannot be written ({why}): the stick may be locked "
                            f"(a write-protect switch) or read-only. {_UNTOUCHED}")
    return BackupFailed(f"Writing the backup to {folder} failed ({why}). {_UNTOUCHED} "
                        "Try again, or try another stick.")


# reading a backup (no clinic needed) -------------------------------------------------------
def _work_folder(base: Path | None) -> tempfile.TemporaryDirectory[str]:
    """A private (0700) work folder: beside the clinic database (the local disk, with room
    for a copy) when ``base`` is given, else the system's temporary folder."""
    if base is not None:
        cutoff = time.time() - 12 * 3600
        with contextlib.suppress(OSError):
            for old in base.glob(WORK_PREFIX + "*"):  # left by a crash or power cut
                if old.is_dir() and old.stat().st_mtime < cutoff:
                    shutil.rmtree(old, ignore_errors=True)
    return tempfile.TemporaryDirectory(prefix=WORK_PREFIX, dir=base)


def _open_backup(file: Path) -> BinaryIO:
    try:
        return open(file, "rb")  # the caller closes it
    except OSError as exc:
        raise ClinicError(N_("The backup {0} cannot be opened ({1}). Nothing was changed.")
            .format(file, exc.strerror or exc)) from None


def _too_new(path: Path, version: str, schema: int) -> TooNew:
    return TooNew(f"The backup {path.name} was made by a newer version of {APP_NAME} "
                  f"({version}, schema {schema}; this version knows up to schema "
                  f"{LATEST}). Install the newer version to restore it. Nothing was "
                  "changed.")


def _manifest_of(reader: BackupReader, path: Path) -> Manifest:
    name = f"The backup {path.name}"
    if reader.header.schema_version > LATEST:
        raise _too_new(path, reader.header.app_version, reader.header.schema_version)
    manifest = Manifest.from_json(reader.manifest(), name)
    if manifest.schema_version > LATEST:
        raise _too_new(path, manifest.app_version, manifest.schema_version)
    return manifest


def _check_restored(db_file: Path, manifest: Manifest, digest: str, size: int,
                    path: Path) -> None:
    """The decrypted snapshot is the one the manifest describes, to the byte and row."""
    name = f"The backup {path.name}"
    if digest != manifest.sha256 or size != manifest.snapshot_bytes:
        raise Damaged(f"{name} is damaged: the database inside does not match its "
                      "checksum. Nothing was changed. Use another backup.")
    db = Database(db_file, create=False, key=manifest.db_key)
    try:
        counts = db.table_counts()
    except DatabaseError as exc:
        raise Damaged(f"{name} is damaged: the database inside cannot be read ({exc}). "
                      "Nothing was changed. Use another backup.") from None
    finally:
        db.close()
    if counts != manifest.counts:
        raise Damaged(f"{name} is damaged: its row counts do not match its contents list. "
                      "Nothing was changed. Use another backup.")


def _verify_file(path: Path, passphrase: str, work: Path, steps: _Steps | None,
                 expected: Manifest | None = None) -> Manifest:
    """Decrypt ``path`` whole into ``work``; its sha256 and row counts must match."""
    out = work / f"verify-{_random.token_hex(4)}.db"
    on_bytes = steps.bytes if steps is not None else None
    try:
        with open(path, "rb") as src:
            _drop_cache(src)
            reader = BackupReader(src, passphrase, name=f"The backup {path.name}",
                                  on_bytes=on_bytes)
            manifest = _manifest_of(reader, path)
            with open(out, "wb") as dst:
                digest, size = reader.copy_snapshot(dst)
        _check_restored(out, manifest, digest, size, path)
        if expected is not None and manifest.sha256 != expected.sha256:
            raise Damaged(f"The backup {path.name} does not hold the copy just made.")
        return manifest
    finally:
        _remove_db_files(out)


def verify_file(file: Path, passphrase: str, *, work_dir: Path | None = None) -> VerifyResult:
    """Decrypt ``file`` whole (no clinic needed): its snapshot's sha256 and row counts must
    match its manifest. The decrypted copy lives in a private temporary folder (in
    ``work_dir`` when given) and is removed."""
    file = Path(file)
    try:
        with _work_folder(work_dir) as work:
            manifest = _verify_file(file, passphrase, Path(work), None)
    except BackupFileError as exc:
        return VerifyResult(False, str(exc), None, exc)
    except OSError as exc:
        err = ClinicError(N_("The backup {0} cannot be read ({1}).")
            .format(file, exc.strerror or exc))
        return VerifyResult(False, str(err), None, err)
    return VerifyResult(True, f"Backup verified: {manifest.describe()}", manifest)


def inspect_file(file: Path, passphrase: str) -> Manifest:
    """What ``file`` holds (clinic, date, counts, versions), reading only its start: what
    restore shows before anything changes. Raises the container's errors."""
    file = Path(file)
    with _open_backup(file) as src:
        return _manifest_of(BackupReader(src, passphrase, name=f"The backup {file.name}"),
                            file)


# the service ----------------------------------------------------------------------------
class BackupService:
    """Back up, verify and restore one open clinic (managers: Permission.BACKUP).

    Rotation keeps ``keep_last`` and ``keep_months`` (default: the clinic settings
    ``backup_keep_last`` / ``backup_keep_months`` when they exist, else 5 and 12).
    ``kdf``, ``chunk_size``, ``level``, ``work_dir``, ``opener`` (how the file on the stick
    is opened) and ``hook`` (called during restore with the stage reached: 'staged',
    'aside', 'closed', 'before_replace', 'replaced') are for tests and benchmarks; the
    defaults are the real ones.
    """

    def __init__(self, clinic: Any, *, kdf: KdfParams = DEFAULT_KDF,
                 chunk_size: int = CHUNK_SIZE, level: int = 3, opener: Opener | None = None,
                 keep_last: int | None = None, keep_months: int | None = None,
                 work_dir: Path | None = None,
                 hook: Callable[[str], None] | None = None) -> None:
        self.clinic = clinic
        self.kdf = kdf
        self.chunk_size = chunk_size
        self.level = level
        self.opener = opener or _default_opener
        self._keep_last = keep_last
        self._keep_months = keep_months
        self._work_dir = work_dir
        self.hook = hook or (lambda stage: None)

    # settings and state ----------------------------------------------------------------
    def _setting(self, key: str, default: int) -> int:
        try:
            value = self.clinic.settings.all().get(key)
        except ClinicError:
            value = None
        return int(value) if value is not None else default

    @property
    def keep_last(self) -> int:
        if self._keep_last is not None:
            return self._keep_last
        return self._setting("backup_keep_last", rotation.DEFAULT_KEEP_LAST)

    @property
    def keep_months(self) -> int:
        if self._keep_months is not None:
            return self._keep_months
        return self._setting("backup_keep_months", rotation.DEFAULT_KEEP_MONTHS)

    def last_verified(self) -> dt.datetime | None:
        """When the last verified backup was made (for reminders); None if never."""
        value = self.clinic.meta.get_sync_state(LAST_VERIFIED)
        if not value:
            return None
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None

    def _slug(self) -> str:
        return slug(str(self.clinic.settings.get("clinic_name")))

    def backups_in(self, folder: Path) -> list[tuple[Path, dt.datetime]]:
        """This clinic's backups in ``folder`` (by their names), oldest first."""
        mine = self._slug()
        found = []
        with contextlib.suppress(OSError):
            for entry in Path(folder).iterdir():
                parsed = rotation.parse_name(entry.name)
                if parsed and parsed[0] == mine and entry.is_file():
                    found.append((entry, parsed[1]))
        found.sort(key=lambda item: (item[1], item[0].name))
        return found

    def _work_base(self) -> Path:
        return self._work_dir or self.clinic.db.path.parent

    def _work(self) -> tempfile.TemporaryDirectory[str]:
        return _work_folder(self._work_base())

    # back up -----------------------------------------------------------------------------
    def backup(self, folder: Path, passphrase: str, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> BackupResult:
        """Make, verify and rotate a backup in ``folder``; raises ClinicError saying what
        failed (and that the earlier backups are untouched) otherwise."""
        self.clinic.access.require(Permission.BACKUP)
        started = time.perf_counter()
        folder = Path(folder)
        score, words = passphrase_strength(passphrase)
        if score < MIN_SCORE:
            raise ClinicError(N_("The backup passphrase is too weak: {0} Nothing was saved.")
                .format(words))
        if not folder.is_dir():
            raise StickRemoved(f"The folder {folder} is not there: is the stick plugged in? "
                               f"{_UNTOUCHED}")
        steps = _Steps(progress, cancelled)
        now = self.clinic.clock.now()
        try:
            with self._work() as work:
                snapshot = Path(work) / "snapshot.db"
                steps.step(N_("Copying the database"), 0.0, 0.05)
                try:
                    self.clinic.db.copy_to(snapshot)
                except DatabaseError as exc:
                    raise BackupFailed(f"The clinic database could not be copied for the "
                                       f"backup on this PC ({exc}) {_UNTOUCHED}") from None
                manifest = self._check_snapshot(snapshot, now, steps, folder)
                steps.step(N_("Compressing and encrypting"), 0.5, 0.8, manifest.snapshot_bytes)
                final = self._write(folder, snapshot, manifest, passphrase, now, steps)
                _remove_db_files(snapshot)  # room on this PC's disk for the verify copy
                steps.step(N_("Verifying the backup on the stick"), 0.8, 0.97, final.stat().st_size)
                try:
                    _verify_file(final, passphrase, Path(work), steps, manifest)
                except BaseException as exc:
                    with contextlib.suppress(OSError):
                        final.unlink()
                    if isinstance(exc, BackupFileError):
                        raise BackupFailed(
                            f"The backup written to {folder} did not verify when read back "
                            f"({exc}). It was deleted: the stick may be failing. The earlier "
                            "backups are untouched. Try again, or use another stick.") from None
                    if isinstance(exc, OSError):
                        raise _write_error(exc, folder, manifest.snapshot_bytes) from None
                    raise
        except (ClinicError, OSError) as exc:
            self._audit_failure(folder, exc)
            if isinstance(exc, OSError):  # the local work folder (this PC's disk)
                raise BackupFailed(f"The backup could not be prepared on this PC ({exc}). "
                                   f"{_UNTOUCHED}") from None
            raise
        steps.step(N_("Tidying old backups"), 0.97, 1.0)
        deleted = self._rotate(folder, final)
        size = final.stat().st_size
        self.clinic.meta.set_sync_state(LAST_VERIFIED, iso_utc(now))
        self.clinic.audit.record("backup.made", "backups", None, file=final.name,
                                 size_bytes=size, verified=True, deleted=len(deleted),
                                 patients=manifest.patients)
        steps.finish("Backup verified")
        return BackupResult(final, size, time.perf_counter() - started, True,
                            len(self.backups_in(folder)), deleted, manifest)

    def _audit_failure(self, folder: Path, exc: BaseException) -> None:
        with contextlib.suppress(ClinicError):
            self.clinic.audit.record("backup.failed", "backups", None, folder=str(folder),
                                     reason=str(exc)[:300])

    def _check_snapshot(self, snapshot: Path, now: dt.datetime, steps: _Steps,
                        folder: Path) -> Manifest:
        """Integrity check, counts and schema of the snapshot; then its sha256."""
        db = self.clinic.db
        steps.step(N_("Checking the copy"), 0.05, 0.45)
        snap = Database(snapshot, create=False, key=db.key)
        try:
            if steps.cancelled is not None:
                cancelled = steps.cancelled
                snap.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
            try:
                verdict = snap.check()
                counts = snap.table_counts()
                schema = current_version(snap)
            except DatabaseError as exc:
                steps.check()  # a cancel interrupts the check
                verdict = str(exc)
            if verdict != "ok":
                raise BackupFailed(
                    f"The clinic database failed its check ({verdict[:200]}), so no backup was "
                    f"made: a copy of a damaged database is no safe backup. The earlier backups "
                    f"on {folder} are untouched. Ask for help before changing anything.")
        finally:
            snap.close()
        steps.step(N_("Checking the copy"), 0.45, 0.5)
        return Manifest(
            clinic_name=str(self.clinic.settings.get("clinic_name")),
            site_id=self.clinic.meta.site_id, app_version=__version__, schema_version=schema,
            created_at=iso_utc(now), counts=counts, sha256=_sha256_file(snapshot),
            snapshot_bytes=snapshot.stat().st_size, encrypted=db.key is not None,
            db_key=db.key)

    def _free_name(self, folder: Path, now: dt.datetime) -> Path:
        local = now.astimezone()
        for n in range(1, 1000):
            path = folder / rotation.backup_name(self._slug(), local, n)
            if not path.exists() and not (folder / f".{path.name}.partial").exists():
                return path
        raise BackupFailed(f"Too many backups with the same time in {folder}.")

    def _write(self, folder: Path, snapshot: Path, manifest: Manifest, passphrase: str,
               now: dt.datetime, steps: _Steps) -> Path:
        """Temporary name, fsync, rename, fsync of the folder; nothing left on failure."""
        final = self._free_name(folder, now)
        partial = folder / f".{final.name}.partial"
        try:
            out = self.opener(partial)
            try:
                with open(snapshot, "rb") as src:
                    encrypt_stream(src, out, passphrase, manifest.to_json(with_key=True),
                                   schema_version=manifest.schema_version, kdf=self.kdf,
                                   chunk_size=self.chunk_size, level=self.level,
                                   source_size=manifest.snapshot_bytes, on_bytes=steps.bytes)
                out.flush()
                os.fsync(out.fileno())
            finally:
                out.close()
            os.replace(partial, final)
            _fsync_dir(folder)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise _write_error(exc, folder, manifest.snapshot_bytes) from None
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        return final

    def _rotate(self, folder: Path, new: Path) -> list[Path]:
        """Let old backups go by the rule; only ever after ``new`` verified."""
        mine = self.backups_in(folder)
        doomed = rotation.to_delete([(p.name, when) for p, when in mine], self.keep_last,
                                    self.keep_months, protect={new.name})
        deleted = []
        for name in doomed:
            try:
                (folder / name).unlink()
                deleted.append(folder / name)
            except OSError as exc:
                logger.warning("old backup %s not deleted: %s", name, exc)
        if deleted:
            with contextlib.suppress(OSError):
                _fsync_dir(folder)
        return deleted

    # verify and inspect --------------------------------------------------------------------
    def verify(self, file: Path, passphrase: str) -> VerifyResult:
        """Decrypt ``file`` whole: its snapshot's sha256 and row counts must match."""
        self.clinic.access.require(Permission.BACKUP)
        return verify_file(file, passphrase, work_dir=self._work_base())

    def inspect(self, file: Path, passphrase: str) -> Manifest:
        """What ``file`` holds (clinic, date, counts, versions), reading only its start."""
        self.clinic.access.require(Permission.BACKUP)
        return inspect_file(file, passphrase)

    # restore -------------------------------------------------------------------------------
    def restore(self, file: Path, passphrase: str, *, key_file: Path | None = None,
                progress: Progress | None = None) -> RestoreResult:
        """Replace the clinic database with the backup in ``file``, verified first; the
        current database is copied aside and named in the result. Any refusal or failure
        before the swap changes nothing; a power cut leaves the old file or the new one whole.

        The clinic's connections are closed: reopen the clinic (``open_clinic``) afterwards,
        its caches and possibly its key are those of the old database. The backup's database
        key (an encrypted backup) is kept as ``services.opening`` keeps keys: in ``key_file``
        (or CLINIC_APP_DB_KEY_FILE) when given, else in the OS keyring.
        """
        self.clinic.access.require(Permission.BACKUP)
        started = time.perf_counter()
        file = Path(file)
        live = self.clinic.db.path
        steps = _Steps(progress, None)
        staged = live.with_name(f".{live.name}.restoring-{_random.token_hex(4)}")
        stamp = self.clinic.clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
        aside = live.with_name(f"{live.name}.before-restore-{stamp}")
        n = 2
        while aside.exists():
            aside = live.with_name(f"{live.name}.before-restore-{stamp}-{n}")
            n += 1
        made_aside = False
        self._remove_stale_staging(live)
        try:
            with _open_backup(file) as src:
                steps.step(N_("Checking the backup"), 0.0, 0.7, file.stat().st_size)
                reader = BackupReader(src, passphrase, name=f"The backup {file.name}",
                                      on_bytes=steps.bytes)
                manifest = _manifest_of(reader, file)
                with open(staged, "xb") as out:
                    digest, size = reader.copy_snapshot(out)
                    out.flush()
                    os.fsync(out.fileno())
            _check_restored(staged, manifest, digest, size, file)
            for extra in (Path(f"{staged}-wal"), Path(f"{staged}-shm")):
                extra.unlink(missing_ok=True)
            self.hook("staged")
            if manifest.db_key is not None:  # before anything changes: the key must be kept
                self._keep_key(staged, manifest.db_key, key_file)
            steps.step(N_("Keeping a copy of the current database"), 0.7, 0.9)
            self._audit_quietly("backup.restore_started", file=file.name, aside=aside.name,
                                backup_created_at=manifest.created_at)
            made_aside = True  # from here on a (partial) aside copy is ours to remove
            self._copy_aside(aside)
            self.hook("aside")
            steps.step(N_("Putting the backup in place"), 0.9, 1.0)
            self._quiesce(live)
            self.hook("closed")
            for extra in (Path(f"{live}-wal"), Path(f"{live}-shm")):
                extra.unlink(missing_ok=True)
            self.hook("before_replace")
            os.replace(staged, live)  # the swap: one atomic rename
        except BaseException as exc:
            _remove_db_files(staged)
            if made_aside:
                _remove_db_files(aside)  # a copy of the untouched database: not needed
            if isinstance(exc, OSError):
                raise ClinicError(N_("Restoring failed ({0}). The clinic database is "
                                     "untouched.").format(exc.strerror or exc)) from None
            raise
        with contextlib.suppress(OSError):
            _fsync_dir(live.parent)
        self.hook("replaced")
        self._after_restore(live, manifest, file, aside)
        steps.finish("Restored")
        return RestoreResult(live, aside, manifest, time.perf_counter() - started)

    @staticmethod
    def _remove_stale_staging(live: Path) -> None:
        """Staging files an earlier restore left when the power went (an hour old or more)."""
        cutoff = time.time() - 3600
        with contextlib.suppress(OSError):
            for old in live.parent.glob(f".{live.name}.restoring-*"):
                if old.stat().st_mtime < cutoff:
                    old.unlink()

    def _keep_key(self, staged: Path, key: bytes, key_file: Path | None) -> None:
        """Keep the restored database's key where opening looks for it (services.opening)."""
        from clinic_app.services.opening import keep_key

        key_file = keys.key_file_from_env(key_file)
        if key_file is not None and key_file.exists():
            if keys.read_key_file(key_file) != key:
                raise ClinicError(
                    N_("The backup's database key is not the one in the key file {0}. Give "
                       "the path of a new key file (it will be written), or use the key "
                       "store. Nothing was changed.").format(key_file))
            return
        keep_key(staged, key, key_file)

    def _copy_aside(self, aside: Path) -> None:
        """The current database, copied aside: online backup API, or the raw files when the
        database cannot be read (a damaged one is often why a backup is restored)."""
        db = self.clinic.db
        try:
            db.copy_to(aside)
        except DatabaseError as exc:
            logger.warning("online copy failed (%s); copying the files as they are", exc)
            _remove_db_files(aside)
            shutil.copyfile(db.path, aside)
            wal = Path(f"{db.path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{aside}-wal"))
                _fsync_file(Path(f"{aside}-wal"))
        _fsync_file(aside)
        if db.key is not None:
            try:
                keys.remember_key(aside, db.key)
            except ClinicError as exc:  # a key file or the recovery key still opens it
                logger.warning("key of %s not kept in the keyring: %s", aside, exc)

    def _quiesce(self, live: Path) -> None:
        """Close the clinic and fold its write-ahead log into the file, so removing the log
        loses nothing; refuse while another program still has the database open."""
        key = self.clinic.db.key
        self.clinic.close()
        probe = Database(live, create=False, key=key)
        try:
            busy = probe.checkpoint()
        except DatabaseError:
            busy = 0  # an unreadable file: its raw files were copied aside
        finally:
            probe.close()
        if busy:
            raise DatabaseLocked(f"The database {live} is still open in another window or "
                                 "program. Close it there and try again. Nothing was changed.")

    def _audit_quietly(self, action: str, **details: Any) -> None:
        with contextlib.suppress(ClinicError):
            self.clinic.audit.record(action, "backups", None, **details)

    def _after_restore(self, live: Path, manifest: Manifest, file: Path, aside: Path) -> None:
        """Open the restored database once (bringing its schema up to date) and record the
        restore in its audit trail."""
        from clinic_app.services.clinic import Clinic

        try:
            restored = Clinic(live, create=False, key=manifest.db_key, clock=self.clinic.clock,
                              actor=self.clinic.access.actor)
        except ClinicError as exc:
            raise ClinicError(N_("The backup was put in place, but opening it failed: {0} "
                                 "The database as it was before is kept as {1}.")
                                     .format(exc, aside)) from None
        try:
            restored.audit.record("backup.restored", "backups", None, file=file.name,
                                  aside=aside.name, backup_created_at=manifest.created_at)
        finally:
            restored.close()
