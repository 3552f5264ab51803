"""Database keys: random, kept in the keyring (or a key file), with a printable recovery key.

Key sources, in order: ``--key-file`` or ``CLINIC_APP_DB_KEY_FILE``, then the OS keyring.
The keyring entry is named after the database file's SQLCipher salt (its first 16 bytes,
stored in clear by design), so a moved or restored copy still finds its key.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets as _random
from pathlib import Path

from clinic_app.errors import ClinicError
from clinic_app.marks import N_
from clinic_app.security import secrets

KEY_BYTES = 32
CHECK_BYTES = 2  # a mistyped recovery key is caught 65,535 times in 65,536
ENV_KEY_FILE = "CLINIC_APP_DB_KEY_FILE"
PLAIN_HEADER = b"SQLite format 3\x00"


class KeyNotFound(ClinicError):
    pass


def new_key() -> bytes:
    return _random.token_bytes(KEY_BYTES)


def recovery_code(key: bytes) -> str:
    """The key as a printable code: base32 in groups of four, with two check bytes."""
    check = hashlib.sha256(key).digest()[:CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(text: str) -> bytes:
    """The key from a typed recovery code (spaces, dashes and case ignored)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES + CHECK_BYTES or \
            hashlib.sha256(raw[:KEY_BYTES]).digest()[:CHECK_BYTES] != raw[KEY_BYTES:]:
        raise ClinicError(N_("That recovery key is not right: check each group of four "
                             "characters against the printed sheet."))
    return raw[:KEY_BYTES]


def is_plain(path: Path) -> bool:
    """True for an unencrypted SQLite file (or an empty one)."""
    with open(path, "rb") as f:
        head = f.read(16)
    return head == PLAIN_HEADER or head == b""


def could_be_encrypted(path: Path) -> bool:
    """An SQLCipher file is whole pages (a power of two, 512 bytes or more) of random-looking
    bytes; anything else without the SQLite header is simply damaged."""
    size = path.stat().st_size
    return size >= 512 and size % 512 == 0


def key_id(path: Path) -> str:
    with open(path, "rb") as f:
        salt = f.read(16)
    return "db-key-" + salt.hex()


def read_key_file(path: Path) -> bytes:
    try:
        text = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ClinicError(N_("The key file {0} cannot be read ({1}).").format(path, exc)) from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = parse_recovery_code(text)
    if len(key) != KEY_BYTES:
        raise ClinicError(N_("The key file {0} does not hold a database key.").format(path))
    return key


def write_key_file(path: Path, key: bytes) -> None:
    """Write a new key file readable by its owner only; never overwrite one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.hex() + "\n")


def key_file_from_env(explicit: str | Path | None) -> Path | None:
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_KEY_FILE)
    return Path(env) if env else None


def find_key(db_path: Path, key_file: Path | None) -> tuple[bytes, str]:
    """The key for an encrypted database and where it came from; KeyNotFound otherwise."""
    if key_file is not None:
        return read_key_file(key_file), f"key file {key_file}"
    stored = None
    reason = ""
    try:
        stored = secrets.get_secret(key_id(db_path))
    except secrets.KeyringUnavailable as exc:
        reason = f" {exc}"
    if stored:
        return bytes.fromhex(stored), "keyring"
    raise KeyNotFound(
        f"{db_path} is not a readable clinic database on this PC: it is encrypted with a key "
        f"this PC does not have, or it is damaged.{reason} Enter the recovery key (printed "
        f"when the clinic was set up), give the key file (--key-file or {ENV_KEY_FILE}), or "
        "restore the latest backup. Nothing was changed.")


def remember_key(db_path: Path, key: bytes) -> None:
    """Keep ``db_path``'s key in the OS keyring (raises KeyringUnavailable if there is none)."""
    secrets.set_secret(key_id(db_path), key.hex())
