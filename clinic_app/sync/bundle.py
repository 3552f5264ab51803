"""Sneakernet bundles: the same changes as the wire, in one SQLite file on a USB stick.

The file (the format the hub's ``clinic_app/hub/bundles.py`` reads and writes too):
- ``manifest(key TEXT PRIMARY KEY, value TEXT)``, each value JSON: ``format``
  ("clinic-companion-bundle/1"), ``kind`` ("site": a clinic's changes; "hub-return": what the
  hub sends back), ``bundle_id`` (UUIDv7), ``site_id`` (the clinic that made it; for a return
  bundle, the clinic it is for), ``site_name``, ``schema`` (the clinic database's schema
  version), ``created_at``, ``hub_cursor`` (the last hub sequence the clinic holds; in a
  return bundle, the new one), ``first_seq`` / ``last_seq`` / ``first_hlc`` / ``last_hlc``
  (the range of the clinic's outbox it holds), ``count`` and ``sha256`` (of the change texts
  concatenated in seq order, UTF-8), ``manifest_sha256`` (of the other entries, canonical
  JSON; checked when present); a return bundle also has ``accepted`` / ``quarantined`` (the
  clinic's change ids the hub now holds / holds back) and ``acknowledges``;
- ``changes(seq INTEGER PRIMARY KEY, change TEXT)``: one wire change as JSON per row, 1..count.

A clinic's bundle holds every change not yet acknowledged (cumulative: a lost stick costs
nothing, the next bundle carries it all again). Reading checks the file whole before anything
is applied: a truncated, altered, foreign or newer bundle is refused with nothing applied.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinic_app.db.connection import Database
from clinic_app.db.driver import sqlite
from clinic_app.db.meta import Meta
from clinic_app.domain.clock import iso_utc
from clinic_app.marks import N_
from clinic_app.sync import SyncError
from clinic_app.sync.apply import ApplyReport, apply_changes, check_schema
from clinic_app.sync.changes import OutboxChange, mark_acked, pending

FORMAT = "clinic-companion-bundle/1"
SUFFIX = ".clinicsync"
HUB_CURSOR = "hub_cursor"
MANIFEST_SHA = "manifest_sha256"


class BundleRefused(SyncError):
    """A bundle that cannot be used; nothing of it was applied."""


@dataclass(frozen=True)
class ImportReport:
    applied: int
    duplicates: int
    conflicts: int
    waiting: int = 0  # changes held until the row they need arrives
    ahead: int = 0  # changes stamped more than a day ahead of this PC's clock
    ahead_sites: frozenset[str] = frozenset()
    acknowledged: int = 0  # this PC's changes the hub confirmed (a return bundle)
    quarantined: int = 0  # this PC's changes the hub holds back (its clock looked wrong)
    received: int = 0
    site_id: str = ""
    kind: str = "site"
    tables: frozenset[str] = field(default_factory=frozenset)


def change_text(change: dict[str, Any]) -> str:
    return json.dumps(change, separators=(",", ":"), ensure_ascii=False)


def digest(texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    for text in texts:
        h.update(text.encode("utf-8"))
    return h.hexdigest()


def manifest_digest(manifest: dict[str, Any]) -> str:
    """sha256 of the manifest's other entries (canonical JSON): an altered manifest (its
    list of acknowledged changes, its cursor) is refused like an altered change."""
    rest = {k: v for k, v in manifest.items() if k != MANIFEST_SHA}
    text = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_bundle(path: Path, manifest: dict[str, Any], changes: Sequence[dict[str, Any]]) -> None:
    """Write a bundle atomically (a temporary name, fsync, rename); sets format, count,
    sha256 and manifest_sha256 in the manifest."""
    path = Path(path)
    texts = [change_text(c) for c in changes]
    full = {**manifest, "format": FORMAT, "count": len(texts), "sha256": digest(texts)}
    full[MANIFEST_SHA] = manifest_digest(full)
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite.connect(tmp)
        try:
            # no stale copy of a row left in a page's free space: every byte that holds
            # data is covered by a digest
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE changes (seq INTEGER PRIMARY KEY, change TEXT NOT NULL)")
            conn.executemany("INSERT INTO manifest (key, value) VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in full.items()])
            conn.executemany("INSERT INTO changes (seq, change) VALUES (?, ?)",
                             enumerate(texts, start=1))
            conn.execute("COMMIT")
        finally:
            conn.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except (OSError, sqlite.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise SyncError(N_("The bundle could not be written to {0} ({1}). Check the stick is"
                           " in and has space, then try again.").format(path.parent, exc)) from None
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def read_bundle(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The manifest and changes of a bundle, checked whole; BundleRefused when it is not a
    bundle, damaged, truncated or altered."""
    path = Path(path)
    name = path.name
    damaged = (f"The bundle {name} is damaged (cut short or changed after it was made): it was "
               "refused whole and nothing was applied. Make a new bundle at the clinic.")
    if not path.is_file():
        raise BundleRefused(f"There is no bundle at {path}.")
    if path.stat().st_size < 512:
        raise BundleRefused(damaged)
    try:
        with open(path, "rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise BundleRefused(f"The bundle {name} cannot be read ({exc}).") from None
    if header != b"SQLite format 3\x00":
        raise BundleRefused(f"{name} is not a Clinic Companion sync bundle (nothing was "
                            "applied). Choose a .clinicsync file made by Clinic Companion.")
    try:
        conn = sqlite.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite.Error as exc:
        raise BundleRefused(f"The bundle {name} cannot be opened ({exc}).") from None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BundleRefused(damaged)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE "
                                             "type = 'table'")}
        if not {"manifest", "changes"} <= tables:
            raise BundleRefused(f"{name} is not a Clinic Companion sync bundle (nothing was "
                                "applied).")
        manifest = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
        rows = conn.execute("SELECT seq, change FROM changes ORDER BY seq").fetchall()
    except BundleRefused:
        raise
    except (sqlite.Error, ValueError):
        raise BundleRefused(damaged) from None
    finally:
        conn.close()
    if manifest.get("format") != FORMAT:
        found = manifest.get("format")
        if isinstance(found, str) and found.startswith("clinic-companion-bundle/"):
            raise BundleRefused(f"The bundle {name} was made by a newer version of Clinic "
                                f"Companion ({found}). Update this PC, then import it again. "
                                "Nothing was applied.")
        raise BundleRefused(f"{name} is not a Clinic Companion sync bundle (nothing was "
                            "applied).")
    texts = [r[1] for r in rows]
    if MANIFEST_SHA in manifest and manifest[MANIFEST_SHA] != manifest_digest(manifest):
        raise BundleRefused(damaged)
    if manifest.get("count") != len(rows) or \
            [r[0] for r in rows] != list(range(1, len(rows) + 1)) or \
            any(not isinstance(t, str) for t in texts) or \
            manifest.get("sha256") != digest(texts):
        raise BundleRefused(damaged)
    try:
        changes = [json.loads(t) for t in texts]
    except ValueError:
        raise BundleRefused(damaged) from None
    return manifest, changes


def export_bundle(db: Database, meta: Meta, folder: Path, *, schema: int,
                  site_name: str = "") -> tuple[Path, list[OutboxChange]]:
    """Write every unacknowledged change of this PC to ``folder`` as
    ``<site>-<uuid7>.clinicsync``; returns the path and the outbox rows it holds."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(N_("{0} is not a folder. Plug in the stick and choose its folder.").format(
            folder))
    site = meta.site_id
    with db.transaction(immediate=False) as conn:  # one consistent read of the outbox
        out = pending(conn)
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?",
                           (HUB_CURSOR,)).fetchone()
    cursor = int(row[0]) if row else 0
    bundle_id = meta.new_id()
    changes = [o.change for o in out]
    manifest: dict[str, Any] = {
        "kind": "site", "bundle_id": bundle_id, "site_id": site, "site_name": site_name,
        "schema": schema, "created_at": iso_utc(meta.clock.now()), "hub_cursor": cursor,
        "first_seq": out[0].seq if out else None, "last_seq": out[-1].seq if out else None,
        "first_hlc": min((c["hlc"] for c in changes), default=None),
        "last_hlc": max((c["hlc"] for c in changes), default=None),
    }
    path = folder / f"{site}-{bundle_id}{SUFFIX}"
    write_bundle(path, manifest, changes)
    return path, out


def check_addressed(manifest: dict[str, Any], changes: list[dict[str, Any]], own_site: str,
                    latest: int, name: str) -> str:
    """The bundle's kind, once it is known to be for this PC; BundleRefused otherwise."""
    schema = manifest.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise BundleRefused(f"The bundle {name} names no schema version: refused whole.")
    try:
        check_schema(schema, latest)
    except SyncError as exc:
        raise BundleRefused(str(exc)) from None
    kind = manifest.get("kind", "site")
    site = manifest.get("site_id")
    if not isinstance(site, str) or not site:
        raise BundleRefused(f"The bundle {name} names no site: refused whole.")
    if kind == "hub-return":
        if site != own_site:
            raise BundleRefused(f"The bundle {name} was made by the hub for another clinic "
                                f"(site {site}), not for this PC. Nothing was applied.")
    elif kind == "site":
        if site == own_site:
            raise BundleRefused(f"The bundle {name} was made on this PC: import it at the other "
                                "clinic or the district office. Nothing was applied.")
        if any(not isinstance(c, dict) or c.get("site_id") != site for c in changes):
            raise BundleRefused(f"The bundle {name} holds changes of another site than the one "
                                "that made it: refused whole.")
    else:
        raise BundleRefused(f"The bundle {name} is of an unknown kind ({kind!r}): refused "
                            "whole.")
    return str(kind)


def import_bundle(db: Database, meta: Meta, path: Path, *, latest: int, country: str,
                  after: Callable[[sqlite.Connection, ImportReport], None] | None = None,
                  ) -> ImportReport:
    """Check a bundle whole, then apply it in one transaction (the same code path as a pull):
    its changes, and for a hub's return bundle the acknowledgements and the new hub cursor.
    ``after`` runs last in that transaction (the audit entry)."""
    path = Path(path)
    manifest, changes = read_bundle(path)
    own = meta.site_id
    kind = check_addressed(manifest, changes, own, latest, path.name)
    now = meta.clock.now()
    with db.transaction() as conn:
        result: ApplyReport = apply_changes(
            conn, changes, site_id=own, wall_ms=int(now.timestamp() * 1000), country=country,
            new_id=meta.new_id, now_iso=iso_utc(now))
        acked = quarantined = 0
        if kind == "hub-return":
            acked = mark_acked(conn, [str(i) for i in manifest.get("accepted") or []])
            quarantined = len(manifest.get("quarantined") or [])
            cursor = manifest.get("hub_cursor")
            if isinstance(cursor, int) and not isinstance(cursor, bool):
                conn.execute(
                    "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                    "UPDATE SET value = max(CAST(value AS INTEGER), "
                    "CAST(excluded.value AS INTEGER))",
                    (HUB_CURSOR, cursor))
        report = ImportReport(
            applied=result.applied, duplicates=result.duplicates, conflicts=result.conflicts,
            waiting=result.waiting, ahead=result.ahead,
            ahead_sites=frozenset(result.ahead_sites), acknowledged=acked,
            quarantined=quarantined, received=result.received, site_id=str(manifest["site_id"]),
            kind=kind, tables=frozenset(result.tables))
        if after is not None:
            after(conn, report)
    return report
