"""Plain functions behind ``clinic-app hub ...``: each raises ClinicError with a one-line message
a person can act on (an unreachable database, a missing schema, a damaged bundle)."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

from clinic_app.domain.clock import SystemClock, iso_utc
from clinic_app.domain.ids import uuid7
from clinic_app.errors import ClinicError
from clinic_app.hub import DEFAULT_PORT, bundles, store

logger = logging.getLogger(__name__)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def _connect(dsn: str, *, need_schema: bool = True) -> Iterator[psycopg.Connection[Any]]:
    try:
        conn = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.ProgrammingError as exc:
        raise ClinicError(f"--dsn is not a PostgreSQL address ({_first_line(exc)}): use "
                          "postgresql://USER@HOST:PORT/DATABASE.") from None
    except psycopg.OperationalError as exc:
        raise ClinicError(f"The hub database cannot be reached ({_first_line(exc)}): check "
                          "--dsn and that PostgreSQL is running.") from None
    try:
        if need_schema:
            store.schema_version(conn)
        yield conn
    except psycopg.OperationalError as exc:
        raise ClinicError(f"The hub database stopped answering ({_first_line(exc)}). Nothing "
                          "half-done was kept; run the command again.") from None
    except psycopg.Error as exc:
        raise ClinicError(f"The hub database refused the command ({_first_line(exc)}): check "
                          "that the --dsn user may create and change tables there.") from None
    finally:
        conn.close()


def init(dsn: str) -> int:
    """Create the hub's tables in the database at ``dsn`` (harmless to repeat); the version."""
    with _connect(dsn, need_schema=False) as conn:
        return store.init_schema(conn)


def serve(dsn: str, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
    """Serve the sync API on ``host:port`` until stopped: Ctrl+C or SIGTERM finish the requests
    under way, close the pool and return normally."""
    import uvicorn

    from clinic_app.hub.app import make_app

    if not 0 < port < 65536:
        raise ClinicError("--port must be between 1 and 65535.")
    with _connect(dsn):  # a clear message now beats 503s later
        pass

    class Server(uvicorn.Server):
        @contextmanager
        def capture_signals(self) -> Iterator[None]:
            # uvicorn raises the signal again after its graceful stop; a stop is not an error.
            if threading.current_thread() is not threading.main_thread():
                yield
                return
            sigs = (signal.SIGINT, signal.SIGTERM)
            old = {sig: signal.signal(sig, self.handle_exit) for sig in sigs}
            try:
                yield
            finally:
                for sig, handler in old.items():
                    signal.signal(sig, handler)

    config = uvicorn.Config(make_app(dsn), host=host, port=port, log_level="info",
                            access_log=False, server_header=False, timeout_graceful_shutdown=10)
    server = Server(config)
    try:
        server.run()
    except SystemExit:  # uvicorn's way of saying it could not bind
        server.started = False
    if not server.started:
        raise ClinicError(f"The hub could not listen on {host}:{port} (in use, or not an "
                          "address of this machine): see the message above.")


def enroll(dsn: str, site_name: str) -> str:
    """A one-time enrolment code for a new clinic PC (valid for 7 days)."""
    with _connect(dsn) as conn:
        return store.new_enrolment_code(conn, site_name)


def revoke(dsn: str, site_id: str) -> int:
    """Revoke a site's tokens (its requests are then refused and logged); how many were live."""
    with _connect(dsn) as conn:
        return store.revoke_site(conn, site_id)


def status(dsn: str) -> list[dict[str, Any]]:
    """One JSON-ready dict per site, by name: site_id, name, enrolled_at, last_contact,
    last_push_at, last_pull_at (ISO UTC or None), cursor (the pull cursor the site last sent,
    i.e. what it has received), hub_cursor (the newest change a pull can serve),
    changes_pushed, quarantined (pending held-back changes), quarantined_max_ahead_ms,
    live_tokens, revoked."""
    with _connect(dsn) as conn:
        return store.status(conn)


def _int(manifest: dict[str, Any], key: str, default: int | None = None) -> int:
    value = manifest.get(key)
    value = default if value is None else value
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise bundles.BundleError(f"The bundle's manifest has no valid '{key}'.")
    return value


def import_bundle(dsn: str, file: Path, out_dir: Path) -> Path:
    """Apply a clinic's bundle (as pushes) and write the return bundle for that site into
    ``out_dir``: every change it has not yet received, and which of its changes the hub holds.
    Returns the return bundle's path."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ClinicError(f"--out {out_dir} is not a folder.")
    manifest, changes = bundles.read_bundle(Path(file))
    if manifest.get("kind") == "hub-return":
        raise bundles.BundleError(f"{Path(file).name} is a return bundle made by the hub: take "
                                  "it to the clinic, which applies it.")
    site_id = manifest.get("site_id")
    if not isinstance(site_id, str):
        raise bundles.BundleError("The bundle's manifest names no site_id.")
    clock = SystemClock()
    now_ms = int(clock.now().timestamp() * 1000)
    try:
        with _connect(dsn) as conn:
            result = store.import_changes(
                conn, site_id=site_id, site_name=str(manifest.get("site_name") or site_id),
                bundle_sha256=str(manifest["sha256"]), schema=_int(manifest, "schema", 0),
                changes=changes, hub_cursor=_int(manifest, "hub_cursor", 0), now_ms=now_ms)
    except store.HubError as exc:
        raise ClinicError(f"The bundle {Path(file).name} was not applied: {exc}") from None
    bundle_id = uuid7(now_ms)
    out = out_dir / f"return-{site_id}-{bundle_id}{bundles.SUFFIX}"
    bundles.write_bundle(out, {
        "bundle_id": bundle_id, "kind": "hub-return", "created_at": iso_utc(clock.now()),
        "site_id": site_id, "schema": _int(manifest, "schema", 0),
        "hub_cursor": result["cursor"], "acknowledges": manifest["sha256"],
        "accepted": result["accepted"], "quarantined": result["quarantined"],
    }, result["changes"])
    logger.info("bundle %s: %d new, %d quarantined; return bundle %s with %d changes",
                Path(file).name, result["inserted"], len(result["quarantined"]), out.name,
                len(result["changes"]))
    return out
