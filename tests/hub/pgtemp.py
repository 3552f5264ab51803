"""A throwaway PostgreSQL server from Debian's packages, for the hub's tests and benchmark.

``initdb`` into a temporary folder, then ``pg_ctl start`` on a free loopback port with the
socket in the same folder; about a second. As root the server runs as the ``postgres`` user
(``runuser``), since PostgreSQL refuses to run as root. Binaries: $PG_BIN, else the newest
/usr/lib/postgresql/*/bin.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class PostgresUnavailable(Exception):
    """PostgreSQL is not installed or would not start; the message says which and why."""


def find_bin_dir() -> Path:
    candidates = [os.environ["PG_BIN"]] if os.environ.get("PG_BIN") else sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()])
    for path in reversed(candidates):
        if all((Path(path) / b).exists() for b in ("initdb", "pg_ctl", "postgres")):
            return Path(path)
    raise PostgresUnavailable("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
                              "(apt-get install postgresql)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    """One server in a temporary folder: ``start()``, ``stop(mode)``, ``dsn(db)``, ``cleanup()``.

    ``settings`` are extra ``-c`` options; the tests pass ``fsync=off`` (they kill the server
    process, never the machine, so the OS keeps what was written), the benchmark does not.
    """

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.bin = find_bin_dir()
        self.settings = settings or {}
        self.as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="clinic-hub-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        if self.as_postgres:
            try:
                shutil.chown(self.root, "postgres", "postgres")
            except (LookupError, OSError) as exc:
                self.cleanup()
                raise PostgresUnavailable(f"no 'postgres' user to run the server as ({exc})"
                                          ) from None

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              cwd=self.root, check=False)

    def _fail(self, what: str, proc: subprocess.CompletedProcess[str]) -> PostgresUnavailable:
        log = self.log.read_text(errors="replace")[-600:] if self.log.exists() else ""
        detail = (proc.stderr or proc.stdout or log).strip().splitlines()
        return PostgresUnavailable(f"{what} failed: {detail[-1] if detail else proc.returncode}")

    def start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            proc = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                             "-E", "UTF8", "--no-locale", "--no-sync")
            if proc.returncode:
                raise self._fail("initdb", proc)
        for _ in range(3):  # a free port can be taken between looking and binding
            self.port = self.port or free_port()
            opts = [f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=127.0.0.1",
                    *(f"-c {k}={v}" for k, v in self.settings.items())]
            proc = self._run("pg_ctl", "-D", str(self.data), "-o", " ".join(opts),
                             "-l", str(self.log), "-w", "-t", "30", "start")
            if proc.returncode == 0:
                return
            self.port = 0
        raise self._fail("pg_ctl start", proc)

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")

    def dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def cleanup(self) -> None:
        try:
            self.stop("fast")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
