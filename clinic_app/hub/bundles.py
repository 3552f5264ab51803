"""Sneakernet bundles as the hub reads and writes them (PROVISIONAL).

The clinic side's format is being written in ``clinic_app/sync/bundle.py``; the hub uses only
``read_bundle`` and ``write_bundle`` below, so the two can be reconciled in one place. Here a
bundle is one SQLite file with two tables:

- ``manifest(key TEXT PRIMARY KEY, value TEXT)``, each value JSON text: ``format``, ``schema``,
  ``site_id``, ``count``, ``sha256`` (of the change JSON texts concatenated in seq order, UTF-8),
  ``hub_cursor``; a return bundle also carries ``bundle_id``, ``kind`` ("hub-return"),
  ``created_at``, ``accepted`` and ``quarantined`` (the change ids of the imported bundle the
  hub now holds, for the clinic to acknowledge) and ``acknowledges`` (that bundle's sha256);
- ``changes(seq INTEGER PRIMARY KEY, change TEXT)``: one wire change (docs/sync-wire.md) as JSON
  per row, seq 1..count.

A bundle whose count, seq numbers or sha256 do not match is refused whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clinic_app.errors import ClinicError

FORMAT = "clinic-companion-bundle/1"
SUFFIX = ".clinicsync"


class BundleError(ClinicError):
    """A bundle that cannot be used; nothing of it was applied."""


def _change_text(change: dict[str, Any]) -> str:
    return json.dumps(change, separators=(",", ":"), ensure_ascii=False)


def _digest(texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    for text in texts:
        h.update(text.encode())
    return h.hexdigest()


def read_bundle(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The manifest and changes of a bundle, checked whole; BundleError when it is damaged."""
    path = Path(path)
    if not path.is_file():
        raise BundleError(f"The bundle {path} does not exist.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BundleError(f"The bundle {path.name} cannot be opened ({exc}).") from None
    try:
        manifest = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
        rows = conn.execute("SELECT seq, change FROM changes ORDER BY seq").fetchall()
    except (sqlite3.Error, json.JSONDecodeError) as exc:
        raise BundleError(f"The bundle {path.name} is damaged or not a bundle ({exc}): it was "
                          "refused whole; make a new one at the clinic.") from None
    finally:
        conn.close()
    if manifest.get("format") != FORMAT:
        raise BundleError(f"The bundle {path.name} has format {manifest.get('format')!r}, not "
                          f"{FORMAT!r}.")
    texts = [r[1] for r in rows]
    if (manifest.get("count") != len(rows) or [r[0] for r in rows] != list(range(1, len(rows) + 1))
            or manifest.get("sha256") != _digest(texts)):
        raise BundleError(f"The bundle {path.name} is truncated or altered (its rows do not match "
                          "its manifest): it was refused whole; make a new one at the clinic.")
    try:
        changes = [json.loads(t) for t in texts]
    except json.JSONDecodeError as exc:
        raise BundleError(f"The bundle {path.name} holds a change that is not JSON "
                          f"({exc}).") from None
    return manifest, changes


def write_bundle(path: Path, manifest: dict[str, Any], changes: Sequence[dict[str, Any]]) -> None:
    """Write a bundle atomically (a temporary name, fsync, rename); sets format, count, sha256."""
    path = Path(path)
    texts = [_change_text(c) for c in changes]
    full = {**manifest, "format": FORMAT, "count": len(texts), "sha256": _digest(texts)}
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        with conn:
            conn.execute("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE changes (seq INTEGER PRIMARY KEY, change TEXT NOT NULL)")
            conn.executemany("INSERT INTO manifest (key, value) VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in full.items()])
            conn.executemany("INSERT INTO changes (seq, change) VALUES (?, ?)",
                             enumerate(texts, start=1))
    finally:
        conn.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
