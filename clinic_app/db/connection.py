"""One managed SQLite connection per thread, with the house pragmas and clear errors."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.db.driver import sqlite
from clinic_app.errors import DatabaseError

if TYPE_CHECKING:
    import sqlite_utils

logger = logging.getLogger(__name__)

CACHE_KIB = 32_768
BUSY_TIMEOUT_MS = 5000


class DatabaseLocked(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseMissing(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseWrongKey(DatabaseError):
    pass


def friendly_error(exc: sqlite.Error, path: Path | str) -> DatabaseError:
    """Turn a sqlite3 error into a message that says what is wrong and what to do."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The database {path} is locked by another program. Close other copies of "
            "Clinic Companion (or the program holding it) and try again. Nothing was changed."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            f"The file {path} is not a readable clinic database (it may be damaged, or "
            "encrypted with a key this PC does not have). Nothing was changed. Restore the "
            "latest backup, or ask for help."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            f"The database {path} cannot be written (read-only file or folder). "
            "Check the file's permissions. Nothing was changed."
        )
    if "unable to open" in text:
        return DatabaseMissing(
            f"The database {path} cannot be opened. Check that the folder exists and "
            "that you may write to it."
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return DatabaseError(
            f"Writing to {path} failed ({exc}). Check the disk has space and is still "
            "connected. The last saved data is untouched."
        )
    return DatabaseError(f"The database {path} reported a problem: {exc}.")


class Database:
    """A clinic database file. Each thread gets its own connection (``conn``)."""

    def __init__(self, path: str | Path, *, create: bool = True, key: bytes | None = None,
                 ) -> None:
        """``key``: the SQLCipher key of an encrypted database (None: a plain one)."""
        self.path = Path(path)
        self._key = key
        self.migration_copy: Path | None = None  # the copy made before the last migration
        if not create and not self.path.exists():
            raise DatabaseMissing(
                f"There is no database at {self.path}. Check the path, or create one with "
                "'clinic-app demo-data --db PATH --patients N'."
            )
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite.Connection] = []

    @property
    def conn(self) -> sqlite.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _open(self) -> sqlite.Connection:
        try:
            conn = sqlite.connect(
                self.path, isolation_level=None, check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            conn.row_factory = sqlite.Row
            if self._key is not None:
                conn.execute("PRAGMA cipher_log_level = NONE")  # errors come back as ours
                conn.execute(f"PRAGMA key = \"x'{self._key.hex()}'\"")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            # The pages a day's work reads again and again (the call queue's indexes, the
            # patient list) stay in memory: up to 32 MB a connection, taken only as used.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # Reading the schema proves the file is a database before anything writes to it.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.Error as exc:
            if self._key is not None and "not a database" in str(exc).lower():
                raise DatabaseWrongKey(
                    f"The key does not open {self.path}: it belongs to another database, or "
                    "the file is damaged. Nothing was changed.") from None
            raise friendly_error(exc, self.path) from None
        return conn

    def copy_to(self, target: Path) -> None:
        """A consistent copy (SQLite online backup) at ``target``, encrypted with this
        database's key when it has one: a copy must never be less private than the file."""
        dest = sqlite.connect(target)
        try:
            if self._key is not None:
                dest.execute("PRAGMA cipher_log_level = NONE")
                dest.execute(f"PRAGMA key = \"x'{self._key.hex()}'\"")
            self.conn.backup(dest)
        except sqlite.Error as exc:
            raise friendly_error(exc, target) from None
        finally:
            dest.close()

    def export_encrypted(self, target: Path, key: bytes) -> None:
        """Write an encrypted copy of this (plain) database at ``target`` (sqlcipher_export:
        schema, rows, indexes and triggers)."""
        conn = self.conn
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
            conn.execute("SELECT sqlcipher_export('enc')")
            conn.execute("DETACH DATABASE enc")
        except sqlite.Error as exc:
            raise friendly_error(exc, target) from None

    @property
    def key(self) -> bytes | None:
        """The SQLCipher key this database was opened with (None: a plain database)."""
        return self._key

    def checkpoint(self) -> int:
        """Write the WAL back into the main file and truncate it; 1 when another connection
        still holds it (busy), 0 when done."""
        return int(self.query("PRAGMA wal_checkpoint(TRUNCATE)")[0][0])

    def check(self) -> str:
        """``PRAGMA integrity_check``'s verdict ('ok' when whole), then a checkpoint so the
        main file holds everything."""
        verdict = str(self.query("PRAGMA integrity_check")[0][0])
        self.query("PRAGMA wal_checkpoint(TRUNCATE)")
        return verdict

    def use_wal(self) -> None:
        """Switch the file to write-ahead logging (kept in the file from then on). Called
        once the file is known to be a clinic database, never on someone else's file."""
        try:
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite.Error as exc:
            raise friendly_error(exc, self.path) from None
        if str(mode).lower() != "wal":
            logger.warning("journal_mode is %s, not WAL", mode)

    @contextlib.contextmanager
    def bulk_build(self, *, fresh: bool) -> Iterator[None]:
        """For a large build (the demo data) only: a 256 MB page cache; in a new database
        also the rollback journal in memory and no syncs (a new file: if the build fails
        there is nothing to keep; WAL would write every page twice). The usual settings
        (WAL, the previous ``synchronous``) are back before this returns."""
        conn = self.conn
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        sync = int(conn.execute("PRAGMA synchronous").fetchone()[0])
        conn.execute("PRAGMA cache_size = -262144")
        fast = False
        if fresh:
            with contextlib.suppress(sqlite.OperationalError):  # another connection holds
                mode = conn.execute("PRAGMA journal_mode = MEMORY").fetchone()[0]  # the WAL
                fast = str(mode).lower() == "memory"
        try:
            if fast:
                conn.execute("PRAGMA synchronous = OFF")
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {cache}")
            if fast:
                conn.execute(f"PRAGMA synchronous = {sync}")
                self.use_wal()

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def utils(self) -> sqlite_utils.Database:
        """This thread's connection seen through sqlite-utils (introspection, counts)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def table_counts(self) -> dict[str, int]:
        """Rows per table (search-index internals left out), through sqlite-utils."""
        db = self.utils
        internal = set(db.table_names(fts5=True))
        internal |= {n for n in db.table_names() for f in internal if n.startswith(f + "_")}
        try:
            return {t.name: t.count for t in db.tables
                    if t.name not in internal and not t.name.startswith("sqlite_")}
        except sqlite.DatabaseError as exc:
            raise friendly_error(exc, self.path) from None

    @contextlib.contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[sqlite.Connection]:
        """A write transaction: committed whole, or rolled back whole on any error."""
        conn = self.conn
        if conn.in_transaction:  # nested: join the outer transaction
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        except sqlite.Error as exc:
            raise friendly_error(exc, self.path) from None
        try:
            yield conn
        except BaseException as exc:
            with contextlib.suppress(sqlite.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite.IntegrityError):
                raise DatabaseError(
                    f"The change conflicts with data already saved ({exc}). Nothing was "
                    "changed.") from None
            if isinstance(exc, sqlite.DatabaseError):
                raise friendly_error(exc, self.path) from None
            raise
        try:
            conn.execute("COMMIT")
        except sqlite.Error as exc:
            with contextlib.suppress(sqlite.Error):
                conn.execute("ROLLBACK")
            raise friendly_error(exc, self.path) from None

    def query(self, sql: str, params: Any = ()) -> list[sqlite.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite.DatabaseError as exc:
            raise friendly_error(exc, self.path) from None

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()
