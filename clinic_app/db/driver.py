"""The SQLite driver: SQLCipher's build (sqlcipher3). With no key set it is plain SQLite;
with ``PRAGMA key`` every page on disk is encrypted (AES-256). One driver for both, so the
db package catches one family of exceptions."""

from sqlcipher3 import dbapi2 as sqlite

__all__ = ["sqlite"]
