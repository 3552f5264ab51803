"""The backup file format: a compressed, encrypted, authenticated stream with bounded memory.

Layout (all integers big-endian)::

    0       8 B   magic b"CLINICBK"
    8       2 B   format version (1)
    10      4 B   header length H
    14      H B   header: UTF-8 JSON {format, app, app_version, schema_version, cipher,
                  kdf {name: argon2id, time_cost, memory_kib, parallelism, salt},
                  chunk_size, nonce_prefix, key_check}
    14+H    ...   chunks: AES-256-GCM ciphertext + 16-byte tag of each plaintext chunk;
                  every chunk but the last holds exactly chunk_size bytes, the last 1..chunk_size

The plaintext (the payload) is: manifest length (4 B), manifest JSON, then one zstd frame of
the database snapshot. Chunk ``i`` is sealed with nonce = nonce_prefix (8 random bytes) + i
(4 B) and AAD = sha256(bytes 0..14+H) + i (8 B) + final flag (1 B): the header is
authenticated by every chunk, and a flipped byte, a reordered or dropped chunk, or a file cut
short (even at a chunk boundary: the last chunk left would not carry the final flag) fails
the tag. Keys: argon2id(passphrase, salt, parameters from the header) gives a master secret;
HMAC-SHA256(master, labels) gives the AES key and a 16-byte key check kept in the header, so
a wrong passphrase is told apart from a damaged file before any chunk is read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from clinic_app import APP_NAME, __version__
from clinic_app.errors import ClinicError
from clinic_app.marks import N_

MAGIC = b"CLINICBK"
FORMAT_VERSION = 1
CHUNK_SIZE = 1 << 20
TAG_BYTES = 16
BLOCK = 1 << 20  # what is read from a file at a time
_PREAMBLE = struct.Struct(">8sHI")
_MAX_HEADER = 64 * 1024
_MAX_MANIFEST = 16 * 1024 * 1024
_SQLITE_HEADER = b"SQLite format 3\x00"

ByteCounter = Callable[[int], None]


class BackupFileError(ClinicError):
    """A backup file that cannot be used. Nothing was changed by reading it."""


class NotABackup(BackupFileError):
    pass


class Damaged(BackupFileError):
    pass


class WrongPassphrase(BackupFileError):
    pass


class TooNew(BackupFileError):
    pass


@dataclass(frozen=True)
class KdfParams:
    """argon2id costs; the defaults take about half a second on an old PC."""

    time_cost: int = 3
    memory_kib: int = 65_536
    parallelism: int = 1
    name: str = "argon2id"

    def checked(self, name: str) -> KdfParams:
        """The same parameters, or Damaged when they are outside what this app ever writes
        (a damaged header must not make the PC hash for hours or run out of memory)."""
        if self.name != "argon2id" or not (1 <= self.time_cost <= 16) \
                or not (1 <= self.parallelism <= 16) \
                or not (8 * self.parallelism <= self.memory_kib <= 1024 * 1024):
            raise Damaged(_damaged(name, "its key settings are not valid"))
        return self


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Header:
    format: int
    app_version: str
    schema_version: int
    kdf: KdfParams
    salt: bytes
    nonce_prefix: bytes
    chunk_size: int
    key_check: bytes
    raw: bytes  # the preamble as on disk: magic, version, length, header JSON

    @property
    def size(self) -> int:
        return len(self.raw)


def _damaged(name: str, what: str) -> str:
    return (f"{name} is damaged or incomplete ({what}), so it cannot be trusted. Nothing "
            "was changed. Use another backup.")


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    """(AES-256 key, key check) from the passphrase."""
    from argon2.low_level import Type, hash_secret_raw

    master = hash_secret_raw(passphrase.encode("utf-8"), salt, kdf.time_cost, kdf.memory_kib,
                             kdf.parallelism, 32, Type.ID)
    key = hmac.new(master, b"clinic-backup aes-256-gcm key", hashlib.sha256).digest()
    check = hmac.new(master, b"clinic-backup key check", hashlib.sha256).digest()[:16]
    return key, check


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(base: bytes, index: int, final: bool) -> bytes:
    return base + struct.pack(">QB", index, 1 if final else 0)


class _ChunkWriter:
    """Takes the payload as it comes, writes it as sealed chunks of exactly chunk_size."""

    def __init__(self, out: BinaryIO, key: bytes, prefix: bytes, aad_base: bytes,
                 chunk_size: int) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.out = out
        self.aead = AESGCM(key)
        self.prefix = prefix
        self.aad_base = aad_base
        self.chunk_size = chunk_size
        self.buf = bytearray()
        self.index = 0
        self.written = 0

    def write(self, data: bytes) -> int:
        self.buf += data
        # Only more than a chunk's worth is certainly not the last chunk.
        while len(self.buf) > self.chunk_size:
            self._seal(bytes(self.buf[:self.chunk_size]), final=False)
            del self.buf[:self.chunk_size]
        return len(data)

    def finish(self) -> None:
        self._seal(bytes(self.buf), final=True)
        self.buf.clear()

    def _seal(self, plain: bytes, final: bool) -> None:
        if self.index >= 2**32:
            raise ValueError(N_("backup too large for one file"))
        sealed = self.aead.encrypt(_nonce(self.prefix, self.index), plain,
                                   _aad(self.aad_base, self.index, final))
        self.out.write(sealed)
        self.written += len(sealed)
        self.index += 1

    def flush(self) -> None:  # the zstd writer flushes its sink; chunks stay whole
        pass


def encrypt_stream(source: BinaryIO, out: BinaryIO, passphrase: str, manifest: dict[str, Any],
                   *, schema_version: int, app_version: str = __version__,
                   kdf: KdfParams = DEFAULT_KDF, chunk_size: int = CHUNK_SIZE, level: int = 3,
                   source_size: int | None = None, on_bytes: ByteCounter | None = None,
                   format_version: int = FORMAT_VERSION) -> int:
    """Write a backup of ``source`` (the snapshot) with ``manifest`` to ``out``; returns the
    bytes written. Reads and writes in blocks: memory stays at a few chunks."""
    import zstandard

    if not passphrase:
        raise ClinicError(N_("A backup needs a passphrase."))
    salt, prefix = os.urandom(16), os.urandom(8)
    key, check = _derive(passphrase, salt, kdf)
    header = json.dumps({
        "format": format_version, "app": APP_NAME, "app_version": app_version,
        "schema_version": schema_version, "cipher": "AES-256-GCM",
        "kdf": {"name": kdf.name, "time_cost": kdf.time_cost, "memory_kib": kdf.memory_kib,
                "parallelism": kdf.parallelism, "salt": salt.hex()},
        "chunk_size": chunk_size, "nonce_prefix": prefix.hex(), "key_check": check.hex(),
    }, sort_keys=True).encode("utf-8")
    preamble = _PREAMBLE.pack(MAGIC, format_version, len(header)) + header
    out.write(preamble)
    sink = _ChunkWriter(out, key, prefix, hashlib.sha256(preamble).digest(), chunk_size)
    body = json.dumps(manifest, sort_keys=True).encode("utf-8")
    sink.write(struct.pack(">I", len(body)) + body)
    cctx = zstandard.ZstdCompressor(level=level)
    size = -1 if source_size is None else source_size
    # Not a `with` block: closing the writer after a failed write (a full or pulled stick)
    # would flush again and raise zstd's own "Src size is incorrect", hiding the real error.
    z = cctx.stream_writer(sink, size=size, closefd=False)
    while block := source.read(BLOCK):
        z.write(block)
        if on_bytes:
            on_bytes(len(block))
    z.close()
    sink.finish()
    return len(preamble) + sink.written


def read_header(src: BinaryIO, name: str = "The file") -> Header:
    """The header at the start of ``src``: NotABackup, Damaged or TooNew when it is not one
    this app can read."""
    head = src.read(_PREAMBLE.size)
    if not head:
        raise NotABackup(f"{name} is empty: it is not a {APP_NAME} backup. Nothing was "
                         "changed. Choose a file ending in .clinicbackup.")
    if not head.startswith(MAGIC[:len(head)]) or len(head) < len(MAGIC):
        hint = (" (it is a database file, not a backup)" if head.startswith(_SQLITE_HEADER[:14])
                else "")
        raise NotABackup(f"{name} is not a {APP_NAME} backup{hint}. Nothing was changed. "
                         "Choose a file ending in .clinicbackup.")
    if len(head) < _PREAMBLE.size:
        raise Damaged(_damaged(name, "it ends inside its header"))
    _, version, length = _PREAMBLE.unpack(head)
    raw_header = src.read(length) if length <= _MAX_HEADER else b""
    if version > FORMAT_VERSION:
        made_by = ""
        try:
            made_by = f" ({APP_NAME} {json.loads(raw_header)['app_version']})"
        except (ValueError, KeyError, TypeError):
            pass
        raise TooNew(f"{name} was made by a newer version of {APP_NAME}{made_by} (backup "
                     f"format {version}; this version reads format {FORMAT_VERSION}). Install "
                     "the newer version to restore it. Nothing was changed.")
    if version < 1 or length > _MAX_HEADER or len(raw_header) != length:
        raise Damaged(_damaged(name, "its header is not whole"))
    try:
        h = json.loads(raw_header.decode("utf-8"))
        kdf = KdfParams(time_cost=int(h["kdf"]["time_cost"]),
                        memory_kib=int(h["kdf"]["memory_kib"]),
                        parallelism=int(h["kdf"]["parallelism"]), name=str(h["kdf"]["name"]))
        header = Header(format=int(h["format"]), app_version=str(h["app_version"]),
                        schema_version=int(h["schema_version"]), kdf=kdf,
                        salt=bytes.fromhex(h["kdf"]["salt"]),
                        nonce_prefix=bytes.fromhex(h["nonce_prefix"]),
                        chunk_size=int(h["chunk_size"]),
                        key_check=bytes.fromhex(h["key_check"]), raw=head + raw_header)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise Damaged(_damaged(name, "its header cannot be read")) from None
    if header.format != version or len(header.salt) < 16 or len(header.nonce_prefix) != 8 \
            or len(header.key_check) != 16 or not (4096 <= header.chunk_size <= 64 << 20):
        raise Damaged(_damaged(name, "its header is not valid"))
    kdf.checked(name)
    return header


class BackupReader:
    """Opens a backup with its passphrase; reads the manifest, then streams the snapshot out.

    The header and key check are read at once (NotABackup, TooNew, Damaged or
    WrongPassphrase); each chunk is authenticated before any of its bytes are used.
    """

    def __init__(self, src: BinaryIO, passphrase: str, *, name: str = "The file",
                 on_bytes: ByteCounter | None = None) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.src = src
        self.name = name
        self.on_bytes = on_bytes
        self.header = read_header(src, name)
        key, check = _derive(passphrase, self.header.salt, self.header.kdf)
        if not hmac.compare_digest(check, self.header.key_check):
            raise WrongPassphrase(
                f"{name} does not open with this passphrase. Check it (capital letters, "
                "spaces, the keyboard's language) and try again. Nothing was changed.")
        self._aead = AESGCM(key)
        self._aad_base = hashlib.sha256(self.header.raw).digest()
        self._record = self.header.chunk_size + TAG_BYTES
        self._pending = src.read(self._record)
        self._index = 0
        self._done = False
        self._buf = b""
        self._pos = 0
        self._manifest: dict[str, Any] | None = None

    def _next_chunk(self) -> bool:
        """Decrypt the next chunk into the buffer; False after the last one."""
        from cryptography.exceptions import InvalidTag

        if self._done:
            return False
        record = self._pending
        if len(record) < self._record:
            final = True
        else:
            self._pending = self.src.read(self._record)
            final = not self._pending
        if len(record) <= TAG_BYTES:
            raise Damaged(_damaged(self.name, "it was cut short"))
        try:
            plain = self._aead.decrypt(_nonce(self.header.nonce_prefix, self._index), record,
                                       _aad(self._aad_base, self._index, final))
        except InvalidTag:
            where = "it was cut short or changed" if final else "it was changed"
            raise Damaged(_damaged(self.name, f"{where}: part {self._index + 1} does not "
                                   "check")) from None
        if self.on_bytes:
            self.on_bytes(len(record))
        self._index += 1
        self._done = final
        self._buf, self._pos = plain, 0
        return True

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes of the payload (file-like, for the zstd reader)."""
        while self._pos >= len(self._buf):
            if not self._next_chunk():
                return b""
        end = len(self._buf) if n is None or n < 0 else self._pos + n
        out = self._buf[self._pos:end]
        self._pos += len(out)
        return out

    def _read_exact(self, n: int, what: str) -> bytes:
        parts, got = [], 0
        while got < n:
            part = self.read(n - got)
            if not part:
                raise Damaged(_damaged(self.name, f"its {what} is incomplete"))
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def manifest(self) -> dict[str, Any]:
        """The manifest (read once, from the first chunk or two)."""
        if self._manifest is None:
            (length,) = struct.unpack(">I", self._read_exact(4, "contents list"))
            if length > _MAX_MANIFEST:
                raise Damaged(_damaged(self.name, "its contents list is not valid"))
            try:
                found = json.loads(self._read_exact(length, "contents list").decode("utf-8"))
            except ValueError:
                raise Damaged(_damaged(self.name, "its contents list cannot be read")) from None
            if not isinstance(found, dict):
                raise Damaged(_damaged(self.name, "its contents list is not valid"))
            self._manifest = found
        return self._manifest

    def copy_snapshot(self, out: BinaryIO | None) -> tuple[str, int]:
        """Decompress the snapshot into ``out`` (None: only hash it), checking every chunk to
        the last; (sha256 hex, bytes) of the snapshot."""
        import zstandard

        self.manifest()
        digest, size = hashlib.sha256(), 0
        try:
            with zstandard.ZstdDecompressor().stream_reader(
                    self, read_size=self.header.chunk_size, read_across_frames=False,
                    closefd=False) as frames:
                while block := frames.read(BLOCK):
                    digest.update(block)
                    size += len(block)
                    if out is not None:
                        out.write(block)
        except zstandard.ZstdError:
            raise Damaged(_damaged(self.name, "its data cannot be unpacked")) from None
        if self.read(1) or not self._done:
            raise Damaged(_damaged(self.name, "it holds more than one database"))
        return digest.hexdigest(), size
