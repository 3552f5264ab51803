"""USB backup and restore benchmark on a seeded 1,000,000-patient clinic (about 1 GB).

    .venv/bin/python bench/backup.py [--patients N] [--seed S] [--data-dir DIR] [--reuse]
                                     [--quick] [--json]

Builds the plain demo database (``--reuse`` keeps an earlier one of the same size and seed;
in DIR, default $BENCH_DIR or /tmp/clinic-bench), then times on it, in the same run, the bare
steps a backup is made of: SQLite's online backup API to a temporary file, PRAGMA
integrity_check on that copy, zstd level 3 of it, AES-256-GCM of the compressed bytes, a plain
file copy (and, for restore, zstd decompression). Then the real ``BackupService.backup``
(snapshot, check, compress, encrypt, write + fsync + rename, read back and verify, rotate)
to a folder standing for the stick, and ``restore`` of that backup into a fresh clinic file.

Targets: backup (verification included) <= 1.5 x the sum of the bare steps; restore <= 2 x
(plain copy + decompression). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Keep the bench folder on the path (for _common) but after the standard library: no bench
# file may shadow a module the demo generator's multiprocessing imports.
sys.path.append(sys.path.pop(0))

from _common import Check, table  # noqa: E402

from clinic_app.backup import BackupService  # noqa: E402
from clinic_app.backup.container import BLOCK, CHUNK_SIZE  # noqa: E402
from clinic_app.services import demo  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402

MILLION = 1_000_000
PASSPHRASE = "bench river stone mango lantern"
TARGETS = {"backup_ratio": 1.5, "restore_ratio": 2.0}


def build(data_dir: Path, patients: int, seed: int, reuse: bool) -> tuple[Path, float | None]:
    """The seeded plain database, built unless ``reuse`` finds a finished one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"backup-bench-{patients}-seed{seed}.db"
    marker = path.with_suffix(".json")
    source = hashlib.sha256(Path(demo.__file__).read_bytes()).hexdigest()[:16]
    made = {"patients": patients, "seed": seed, "generator": source}
    if reuse and path.exists() and marker.exists() and json.loads(marker.read_text()) == made:
        return path, None
    for stale in (marker, path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    clinic = Clinic(path, rng=random.Random(seed))
    demo.generate(clinic, patients, seed)
    clinic.close()
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps(made))
    return path, seconds


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def bare_steps(db: Path, work: Path) -> dict[str, float]:
    """Each step alone, as plainly as it can be done (stdlib sqlite3, one zstd call...)."""
    import zstandard
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    out: dict[str, float] = {}
    copy = work / "bare-copy.db"

    def online_backup() -> None:
        src, dest = sqlite3.connect(db), sqlite3.connect(copy)
        src.backup(dest)
        dest.close()
        src.close()

    out["online backup API"], _ = timed(online_backup)

    def check() -> str:
        conn = sqlite3.connect(copy)
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
        return str(verdict)

    out["PRAGMA integrity_check"], verdict = timed(check)
    assert verdict == "ok", verdict
    packed = work / "bare-copy.db.zst"

    def compress() -> None:
        with open(copy, "rb") as src, open(packed, "wb") as dst:
            zstandard.ZstdCompressor(level=3).copy_stream(src, dst, size=copy.stat().st_size)

    out["zstd level 3"], _ = timed(compress)
    aead = AESGCM(os.urandom(32))

    def encrypt() -> None:
        with open(packed, "rb") as src:
            i = 0
            while block := src.read(CHUNK_SIZE):
                aead.encrypt(i.to_bytes(12, "big"), block, None)
                i += 1

    out["AES-256-GCM"], _ = timed(encrypt)
    out["plain file copy"], _ = timed(lambda: shutil.copyfile(db, work / "bare-plain-copy.db"))
    unpacked = work / "bare-unpacked.db"

    def decompress() -> None:
        with open(packed, "rb") as src, open(unpacked, "wb") as dst:
            zstandard.ZstdDecompressor().copy_stream(src, dst, write_size=BLOCK)

    out["zstd decompression"], _ = timed(decompress)
    for leftover in work.iterdir():
        leftover.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, help="patients to generate (default 1000000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data-dir", type=Path,
                    default=Path(os.environ.get("BENCH_DIR") or "/tmp/clinic-bench"))
    ap.add_argument("--reuse", action="store_true", help="keep an existing db of same N/seed")
    ap.add_argument("--quick", action="store_true", help="smoke run: 50,000 patients")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    n = args.patients or (50_000 if args.quick else MILLION)

    def log(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr, flush=True)

    log(f"building {n:,} patients (seed {args.seed}) in {args.data_dir} ...")
    db, built = build(args.data_dir, n, args.seed, args.reuse)
    size = db.stat().st_size
    log(f"database: {size / 2**20:,.0f} MB; timing the bare steps ...")
    run = Path(tempfile.mkdtemp(prefix="run-", dir=args.data_dir))
    try:
        bare = bare_steps(db, run)
        stick = run / "stick"
        stick.mkdir()
        log("timing BackupService.backup (with its verification) ...")
        clinic = Clinic(db, create=False)
        marks: list[tuple[str, float]] = []
        t0 = time.perf_counter()

        def progress(step: str, _: float) -> None:
            if not marks or marks[-1][0] != step:
                marks.append((step, time.perf_counter() - t0))

        backup_s, result = timed(lambda: BackupService(clinic).backup(
            stick, PASSPHRASE, progress=progress))
        clinic.close()
        steps = [(name, (marks[i + 1][1] if i + 1 < len(marks) else backup_s) - at)
                 for i, (name, at) in enumerate(marks)]
        log("timing BackupService.restore into a fresh clinic file ...")
        target = Clinic(run / "restored" / "clinic.db")
        restore_s, restored = timed(lambda: BackupService(target).restore(result.path,
                                                                          PASSPHRASE))
        assert restored.manifest.counts["patients"] == n
    finally:
        shutil.rmtree(run, ignore_errors=True)

    bare_sum = sum(v for k, v in bare.items() if k != "zstd decompression")
    restore_floor = bare["plain file copy"] + bare["zstd decompression"]
    judge = n == MILLION
    note = "" if judge else "1 M target: not judged"
    checks = [
        Check("backup / sum of bare steps", f"<= {TARGETS['backup_ratio']}x",
              f"{backup_s / bare_sum:.2f}x", backup_s / bare_sum <= TARGETS["backup_ratio"]
              if judge else None, note),
        Check("restore / (copy + decompression)", f"<= {TARGETS['restore_ratio']}x",
              f"{restore_s / restore_floor:.2f}x",
              restore_s / restore_floor <= TARGETS["restore_ratio"] if judge else None, note),
    ]
    failed = any(c.passed is False for c in checks)
    if args.json:
        print(json.dumps({
            "patients": n, "seed": args.seed, "db_bytes": size, "build_s": built,
            "bare_s": bare, "bare_sum_s": bare_sum, "backup_s": backup_s,
            "backup_steps_s": dict(steps), "restore_s": restore_s,
            "backup_bytes": result.size_bytes, "checks": [c.as_dict() for c in checks],
            "passed": not failed}, indent=2))
        return int(failed)
    print(f"\nBackup and restore, {n:,} patients (seed {args.seed}), database "
          f"{size / 2**20:,.0f} MB" + (f", built in {built:.0f} s" if built else ""))
    rows = [[k, f"{v:.2f}"] for k, v in bare.items()]
    rows.append(["sum of the bare backup steps", f"{bare_sum:.2f}"])
    print(table(["bare step", "seconds"], rows))
    print()
    rows = [[name, f"{s:.2f}"] for name, s in steps]
    rows += [["backup, total (verified)", f"{backup_s:.2f}"],
             ["restore, total (verified first)", f"{restore_s:.2f}"]]
    print(table(["BackupService", "seconds"], rows))
    print(f"\nbackup file: {result.size_bytes / 2**20:,.1f} MB "
          f"({result.size_bytes / size:.0%} of the database)\n")
    print(table(["target", "limit", "measured", "result"],
                [[c.name, c.target, c.measured, c.verdict + (f" ({c.note})" if c.note else "")]
                 for c in checks]))
    print(f"\n{'FAIL' if failed else 'PASS'}")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
