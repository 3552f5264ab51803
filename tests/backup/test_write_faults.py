"""Writes that fail part-way: a file that raises after N bytes, a stick pulled mid-write, a
really full file system (a 200 KB tmpfs in a private mount namespace) and a file-size limit
(RLIMIT_FSIZE: the kernel's EFBIG). Each time: a message that says what failed and that the
earlier backups are untouched, no file left that verifies, the earlier backups intact."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clinic_app.backup import BackupCancelled, BackupService, StickFull, StickRemoved
from clinic_app.domain.clock import FixedClock
from clinic_app.services.clinic import Clinic
from tests.backup.conftest import PASSPHRASE, files_in

Make = Callable[..., BackupService]
ROOT = Path(__file__).resolve().parents[2]


class FailingFile:
    """A real file on the stick that fails like hardware does after ``limit`` bytes."""

    def __init__(self, path: Path, limit: int, code: int,
                 on_fail: Callable[[], None] | None = None) -> None:
        self.f = open(path, "xb")  # closed by close()
        self.limit, self.code, self.on_fail, self.written = limit, code, on_fail, 0

    def write(self, data: bytes) -> int:
        room = self.limit - self.written
        if len(data) > room:
            self.f.write(data[:max(room, 0)])
            self.written = self.limit
            if self.on_fail:
                self.on_fail()
            raise OSError(self.code, os.strerror(self.code))
        self.written += len(data)
        return self.f.write(data)

    def flush(self) -> None:
        self.f.flush()

    def fileno(self) -> int:
        return self.f.fileno()

    def close(self) -> None:
        self.f.close()


def _earlier(plain: Clinic, stick: Path, make_service: Make, clock: FixedClock) -> dict[str, bytes]:
    """Two good backups already on the stick (a week apart); their bytes."""
    service = make_service(plain)
    service.backup(stick, PASSPHRASE)
    clock.advance(days=7)
    service.backup(stick, PASSPHRASE)
    clock.advance(days=7)
    return files_in(stick)


def _untouched(plain: Clinic, stick: Path, make_service: Make, before: dict[str, bytes]) -> None:
    assert files_in(stick) == before  # nothing added, nothing removed, nothing changed
    service = make_service(plain)
    assert all(service.verify(stick / name, PASSPHRASE).ok for name in before)


@pytest.mark.parametrize("limit", [0, 13, 100, 5_000, 40_000, 90_000, -1])
@pytest.mark.parametrize(("code", "kind", "says"), [
    (errno.ENOSPC, StickFull, "The stick is full"),
    (errno.EIO, StickRemoved, "The stick was removed or could not be written"),
])
def test_a_write_that_fails_part_way_leaves_nothing(plain: Clinic, stick: Path,
                                                    make_service: Make, clock: FixedClock,
                                                    limit: int, code: int, kind: type,
                                                    says: str) -> None:
    before = _earlier(plain, stick, make_service, clock)
    size = len(next(iter(before.values())))
    limit = size - 1 if limit < 0 else limit  # -1: the very last byte fails
    assert limit < size
    last = make_service(plain).last_verified()
    service = make_service(plain, keep_last=1, keep_months=0,
                           opener=lambda p: FailingFile(p, limit, code))
    with pytest.raises(kind) as caught:
        service.backup(stick, PASSPHRASE)
    message = str(caught.value)
    assert message.startswith(says) and "earlier backups on the stick are untouched" in message
    _untouched(plain, stick, make_service, before)  # rotation did not run either
    assert make_service(plain).last_verified() == last
    failed = plain.audit.repo.search(action="backup.failed")
    assert failed and says in failed[0].details["reason"]


def test_a_stick_pulled_mid_write(plain: Clinic, tmp_path: Path, make_service: Make) -> None:
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    service = make_service(plain, opener=lambda p: FailingFile(
        p, 20_000, errno.EIO, on_fail=lambda: shutil.rmtree(stick)))
    with pytest.raises(StickRemoved) as caught:
        service.backup(stick, PASSPHRASE)
    assert "Plug it in again" in str(caught.value) and "untouched" in str(caught.value)
    with pytest.raises(StickRemoved, match="is not there: is the stick plugged in"):
        service.backup(stick, PASSPHRASE)


def test_a_cancelled_backup_leaves_nothing(plain: Clinic, stick: Path, make_service: Make,
                                           clock: FixedClock) -> None:
    before = _earlier(plain, stick, make_service, clock)
    seen: list[str] = []

    def progress(step: str, fraction: float) -> None:
        seen.append(step)

    for when in ("Checking the copy", "Compressing and encrypting",
                 "Verifying the backup on the stick"):
        seen.clear()
        with pytest.raises(BackupCancelled, match="cancelled. Nothing was saved"):
            make_service(plain).backup(stick, PASSPHRASE, progress=progress,
                                       cancelled=lambda w=when: w in seen)
        _untouched(plain, stick, make_service, before)


def test_the_file_size_limit_of_the_kernel(plain: Clinic, stick: Path, make_service: Make,
                                           clock: FixedClock) -> None:
    """RLIMIT_FSIZE set as the stick's file is opened: the kernel refuses the write (EFBIG),
    as a FAT32 stick does at 4 GB. (The limit is put back when the file is closed.)"""
    before = _earlier(plain, stick, make_service, clock)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    class Limited(FailingFile):
        def __init__(self, path: Path) -> None:
            super().__init__(path, 1 << 40, errno.EFBIG)
            resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, hard))

        def close(self) -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            super().close()

    try:
        with pytest.raises(StickFull, match="FAT32") as caught:
            make_service(plain, opener=Limited).backup(stick, PASSPHRASE)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert "earlier backups on the stick are untouched" in str(caught.value)
    _untouched(plain, stick, make_service, before)


_CHILD = textwrap.dedent("""
    import json, subprocess, sys, datetime as dt
    from pathlib import Path
    db, stick, size = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(stick)],
                   check=True)
    from clinic_app.backup import BackupService, KdfParams, StickFull
    from clinic_app.domain.clock import FixedClock
    from clinic_app.services.clinic import Clinic
    clock = FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
    clinic = Clinic(db, create=False, clock=clock)
    service = BackupService(clinic, kdf=KdfParams(1, 1024, 1), chunk_size=16384, keep_last=1,
                            keep_months=0)
    first = service.backup(stick, "river stone mango lantern")
    before = {p.name: p.read_bytes() for p in stick.iterdir()}
    clock.advance(days=7)
    out = {"first": first.path.name, "size": first.size_bytes}
    try:
        service.backup(stick, "river stone mango lantern")
        out["error"] = None
    except StickFull as exc:
        out["error"] = str(exc)
    after = {p.name: p.read_bytes() for p in stick.iterdir()}
    out["unchanged"] = after == before
    out["files"] = sorted(after)
    out["first_ok"] = service.verify(first.path, "river stone mango lantern").ok
    clinic.close()
    print(json.dumps(out))
""")


def _private_mount() -> list[str] | None:
    """A command prefix giving the child its own mount namespace (mounts vanish with it)."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None
    for prefix in (["unshare", "--user", "--map-root-user", "--mount"], ["unshare", "--mount"]):
        probe = subprocess.run([*prefix, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                               capture_output=True)
        if probe.returncode == 0:
            return prefix
    return None


def test_a_really_full_stick(plain: Clinic, tmp_path: Path, make_service: Make) -> None:
    """A real full file system: a tmpfs sized for one backup and a half. The first backup
    fits; the second meets ENOSPC from the kernel part-way."""
    prefix = _private_mount()
    if prefix is None:
        pytest.skip("no private mount namespace here (unshare/mount); see the RLIMIT test")
    probe = tmp_path / "probe"
    probe.mkdir()
    size = make_service(plain).backup(probe, PASSPHRASE).size_bytes
    plain.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([*prefix, sys.executable, "-c", _CHILD, str(plain.path), str(stick),
                           f"{int(size * 1.5) // 1024}k"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["error"] and out["error"].startswith("The stick is full")
    assert "earlier backups on the stick are untouched" in out["error"]
    assert out["unchanged"] and out["files"] == [out["first"]] and out["first_ok"]
    assert list(stick.iterdir()) == []  # the tmpfs went with the namespace


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failed_write_past_the_first_megabyte_keeps_its_own_error(code: int) -> None:
    """Real clinic databases are many megabytes: a stick that fills up mid-stream must raise
    the disk's error, not the compressor's ("Src size is incorrect")."""
    import io

    from clinic_app.backup import container

    class Stick(io.RawIOBase):
        def __init__(self) -> None:
            self.n = 0

        def writable(self) -> bool:
            return True

        def write(self, b: Any) -> int:
            self.n += len(b)
            if self.n > 3_000_000:
                raise OSError(code, os.strerror(code))
            return len(b)

    size = 8_000_000
    source = io.BytesIO(os.urandom(size))  # random: zstd cannot shrink it below the limit
    fast = container.KdfParams(time_cost=1, memory_kib=8, parallelism=1)
    with pytest.raises(OSError) as err:
        container.encrypt_stream(source, Stick(), "mango river blue lantern", {"x": 1},
                                 schema_version=1, kdf=fast, source_size=size)
    assert err.value.errno == code
