"""The command line: ``clinic-app <verb>``. Managers script it; tests check the product by it.

Every failure a person can cause (bad arguments, a missing, locked or corrupt database, bad
input) ends with a one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from clinic_app import APP_NAME, __version__
from clinic_app.errors import ClinicError, ValidationError

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _patient_json(p: Any) -> dict[str, Any]:
    out = p.to_json()
    for key in ("sex", "preferred_channel", "preferred_time", "status"):
        out[key] = str(out[key])
    return out


def _open(path: str, *, create: bool = False) -> Any:
    from clinic_app.services.clinic import Clinic

    return Clinic(Path(path), create=create)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from clinic_app.services import demo

    if args.patients < 0:
        raise ClinicError("--patients must be 0 or more.")
    clinic = _open(args.db, create=True)
    report = demo.generate(clinic, args.patients, args.seed)
    if args.json:
        print(json.dumps({"patients": report.patients, "visits": report.visits,
                          "seconds": round(report.seconds, 2), "db": str(clinic.path)}))
    else:
        print(f"Added {report.patients:,} patients and {report.visits:,} visits to "
              f"{clinic.path} in {report.seconds:.1f} s.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    clinic = _open(args.db)
    if args.limit < 1:
        raise ClinicError("--limit must be 1 or more.")
    result = clinic.patients.search(args.query, args.limit)
    if args.json:
        rows = [{**_summary(h.patient), "match": h.tier} for h in result.hits]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not result.hits:
        hint = f" Did you mean: {', '.join(result.suggestions)}?" if result.suggestions else ""
        print(f"No patients match '{args.query}'.{hint}")
        return 0
    for hit in result.hits:
        p = hit.patient
        phones = ", ".join(p.phones)
        print(f"{p.clinic_number}  {p.full_name}  {p.birth_display()}  {phones}  {p.village}")
    return 0


def _summary(p: Any) -> dict[str, Any]:
    return {
        "id": p.id, "clinic_number": p.clinic_number, "given_name": p.given_name,
        "family_name": p.family_name, "other_names": p.other_names,
        "birth_date": p.birth_date, "birth_year": p.birth_year,
        "birth_year_estimated": p.birth_year_estimated, "phones": list(p.phones),
        "village": p.village, "status": str(p.status),
    }


def cmd_patient_add(args: argparse.Namespace) -> int:
    from clinic_app.services.patients import DuplicatesFound

    try:
        data = json.loads(sys.stdin.read())
    except json.JSONDecodeError as exc:
        raise ClinicError(f"stdin is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    if not isinstance(data, dict):
        raise ClinicError("stdin should hold one JSON object with the patient's fields.")
    clinic = _open(args.db)
    try:
        patient = clinic.patients.register(data, confirmed_new=args.force)
    except DuplicatesFound as exc:
        raise ClinicError(f"{exc} Use --force if this is a different person.") from None
    print(json.dumps(_patient_json(patient), ensure_ascii=False) if args.json else patient.id)
    return 0


def cmd_patient_show(args: argparse.Namespace) -> int:
    clinic = _open(args.db)
    patient = clinic.patients.get(args.id)
    if args.json:
        out = _patient_json(patient)
        out["needs_contact_check"] = clinic.patients.needs_contact_check(patient)
        print(json.dumps(out, ensure_ascii=False))
    else:
        for key, value in _patient_json(patient).items():
            if value not in (None, "", [], False):
                print(f"{key}: {value}")
    return 0


def cmd_patient_merge(args: argparse.Namespace) -> int:
    clinic = _open(args.db)
    survivor, moved = clinic.patients.merge(args.survivor, args.merged)
    if args.json:
        print(json.dumps({"survivor": survivor.id, "merged": args.merged, "moved": moved}))
    else:
        total = sum(moved.values())
        print(f"Merged into {survivor.clinic_number}; {total} linked records moved.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from clinic_app.db.migrations import LATEST, current_version

    clinic = _open(args.db)
    info = {
        "db": str(clinic.path), "app_version": __version__,
        "schema_version": current_version(clinic.db), "schema_latest": LATEST,
        "site_id": clinic.meta.site_id, "settings": clinic.settings.all(),
        "rows": clinic.db.table_counts(),
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        s = info["settings"]
        print(f"{s['clinic_name']} ({s['country']}, clinic numbers {s['site_prefix']}-…)")
        print(f"database {info['db']}, schema {info['schema_version']}, site {info['site_id']}")
        for table, n in info["rows"].items():
            print(f"  {table:<20} {n:>10,}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clinic-app", description=f"{APP_NAME}: run with no verb to open "
                     "the app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on the demo clinic (made on first use)")
    parser.add_argument("--db", help="open the app on this database file")
    verbs = parser.add_subparsers(dest="verb", parser_class=_Parser)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", required=True, help="the clinic database file")
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    p = with_db(verbs.add_parser("demo-data", help="create or fill a database with demo patients"))
    p.add_argument("--patients", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo_data)

    p = with_db(verbs.add_parser("search", help="find patients, best match first"))
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("query")
    p.set_defaults(func=cmd_search)

    p = with_db(verbs.add_parser("info", help="the clinic, schema version and rows per table"))
    p.set_defaults(func=cmd_info)

    patient = verbs.add_parser("patient", help="add, show or merge patient records")
    pverbs = patient.add_subparsers(dest="patient_verb", parser_class=_Parser, required=True)
    p = with_db(pverbs.add_parser("add", help="read one patient as JSON on stdin; print its id"))
    p.add_argument("--force", action="store_true",
                   help="save even when likely duplicates exist (a person checked them)")
    p.set_defaults(func=cmd_patient_add)
    p = with_db(pverbs.add_parser("show", help="show one patient"))
    p.add_argument("id")
    p.set_defaults(func=cmd_patient_show)
    p = with_db(pverbs.add_parser("merge", help="merge a duplicate record into the survivor"))
    p.add_argument("survivor")
    p.add_argument("merged")
    p.set_defaults(func=cmd_patient_merge)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from clinic_app.paths import default_db_path, demo_db_path

    if args.demo:
        path = demo_db_path()
    elif args.db:
        path = Path(args.db)
    else:
        path = default_db_path()
    try:
        from clinic_app.ui.app import run
    except ImportError as exc:
        raise ClinicError(
            f"The window cannot open: {exc}. Install the app's requirements "
            "(see README), or on a PC without a screen set QT_QPA_PLATFORM=offscreen."
        ) from None
    return run(path, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.verb is None:
            return _gui(args)
        return int(args.func(args))
    except ValidationError as exc:
        field, message = next(iter(exc.errors.items()))
        print(f"clinic-app: {field}: {message}", file=sys.stderr)
    except ClinicError as exc:
        print(f"clinic-app: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("clinic-app: stopped.", file=sys.stderr)
    except OSError as exc:
        print(f"clinic-app: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
