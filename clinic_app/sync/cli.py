"""The clinic's sync verbs: ``clinic-app sync [enroll|export-bundle|import-bundle]`` and
``clinic-app conflicts`` (the hub's own verbs are ``clinic-app hub ...``)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clinic_app.marks import N_

OpenDb = Callable[..., Any]


def register(verbs: Any, with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
             open_db: OpenDb) -> None:
    sync = verbs.add_parser(
        "sync", help="one push and pull with the hub; or enrol, or carry bundles on a stick")
    sync.add_argument("--db", help="the clinic database file")
    sync.add_argument("--key-file", help="the database key file")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.set_defaults(func=lambda a: cmd_sync(a, open_db))
    sverbs = sync.add_subparsers(dest="sync_verb", parser_class=type(sync))
    p = with_db(sverbs.add_parser("enroll", help="enrol this PC as a site of a hub (creates "
                                                 "the database when there is none yet)"))
    p.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.add_argument("--no-encryption", action="store_true",
                   help="make a new database unencrypted (test data only)")
    p.add_argument("--country", help="for a new database: the country of its phone numbers "
                                     "(2 letters, e.g. KE), as on the clinic's other PCs")
    p = with_db(sverbs.add_parser("export-bundle", help="write the changes not yet "
                                                        "acknowledged to a bundle file"))
    p.add_argument("--out", required=True, help="the folder (a USB stick)")
    p = with_db(sverbs.add_parser("import-bundle", help="apply a bundle (a hub's return "
                                                        "bundle, or another PC's)"))
    p.add_argument("file")
    p = with_db(verbs.add_parser("conflicts", help="records two sites changed at once: the "
                                                   "versions a person must choose between"))
    p.set_defaults(func=lambda a: cmd_conflicts(a, open_db))


def _print(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str) if args.json else text)


def cmd_sync(args: argparse.Namespace, open_db: OpenDb) -> int:
    from clinic_app.errors import ClinicError

    verb = getattr(args, "sync_verb", None)
    if not args.db:
        raise ClinicError(N_("Name the clinic database: clinic-app sync --db PATH."))
    new = verb == "enroll" and not (Path(args.db).exists() and Path(args.db).stat().st_size)
    if verb == "enroll" and args.country and not new:
        raise ClinicError(N_("--country is for a new database; change an existing one's in "
                             "Settings."))
    clinic = open_db(args, create=verb == "enroll",
                     encrypt=not getattr(args, "no_encryption", False))
    try:
        sync = clinic.sync
        if verb == "enroll":
            try:
                if new and args.country:
                    clinic.settings.update({"country": args.country})
                answer = sync.enroll(args.hub, args.code)
            except Exception:
                if new:  # made for this enrolment and holding nothing: not left behind
                    clinic.close()
                    for suffix in ("", "-wal", "-shm"):
                        Path(args.db + suffix).unlink(missing_ok=True)
                raise
            if new and answer.get("site_name"):  # the hub's name for this PC, until changed
                clinic.settings.update({"clinic_name": answer["site_name"]})
            _print(args, answer, f"This PC is now the site '{answer.get('site_name')}' of "
                   f"{answer['hub']}; its clinic numbers start with "
                   f"{clinic.settings.get('site_prefix')}-. Run 'clinic-app sync' to sync.")
        elif verb == "export-bundle":
            path = sync.export_bundle(Path(args.out))
            _print(args, {"bundle": str(path), "pending": sync.pending()},
                   f"Wrote {path} ({sync.pending()} changes not yet acknowledged by the hub).")
        elif verb == "import-bundle":
            report = sync.import_bundle(Path(args.file))
            data = {"applied": report.applied, "received": report.received,
                    "duplicates": report.duplicates, "conflicts": report.conflicts,
                    "acknowledged": report.acknowledged, "quarantined": report.quarantined,
                    "waiting": report.waiting, "kind": report.kind}
            _print(args, data, f"Applied {report.applied} of {report.received} changes; "
                   f"{report.acknowledged} of this PC's changes acknowledged; "
                   f"{report.conflicts} to review (clinic-app conflicts).")
        else:
            report = sync.sync_now()
            data = report.to_dict()
            text = (f"Sent {report.sent} changes, received {report.received} "
                    f"({report.applied} applied), {report.conflicts} conflicts to review, "
                    f"{report.bytes:,} bytes on the wire; {report.pending} still to send.")
            if report.held:
                text += (f" The hub held back {report.held} changes: this PC's clock is more "
                         "than a day ahead. Correct its date and time.")
            _print(args, data, text)
        return 0
    finally:
        clinic.close()


def cmd_conflicts(args: argparse.Namespace, open_db: OpenDb) -> int:
    clinic = open_db(args)
    try:
        found = clinic.sync.conflicts()
        rows = [{"id": c.id, "table": c.table, "row_id": c.row_id, "field": c.field,
                 "record": c.label, "current": c.current, "mine": c.mine,
                 "theirs": c.theirs, "created_at": c.created_at} for c in found]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, default=str))
        elif not rows:
            print("No open conflicts.")
        else:
            for c in found:
                print(f"{c.id}  {c.label}: {c.field_label}: this PC had {c.mine!r}, the other "
                      f"site {c.theirs!r}; the record now shows {c.current!r}")
        return 0
    finally:
        clinic.close()
