"""The command-line verbs import-csv, import-fhir and export (wired in by clinic_app.cli)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clinic_app.errors import ClinicError
from clinic_app.marks import N_


def _print_plan(plan: Any, as_json: bool) -> None:
    from clinic_app.interchange.csv_import import DUPLICATE, IMPORT, REJECTED

    if as_json:
        print(json.dumps(plan.to_json(), ensure_ascii=False))
        return
    t = plan.table
    order = {"day-first": ", dates day first", "month-first": ", dates month first"}.get(
        plan.date_order or "", "")
    head = "Imported" if plan.committed else "Dry run (nothing saved):"
    n_import = plan.imported if plan.committed else len(plan.to_import)
    print(f"{head} {plan.source.name} ({t.encoding}, {t.separator_name}-separated{order}): "
          f"{n_import:,} {'imported' if plan.committed else 'to import'}, "
          f"{plan.count(DUPLICATE):,} look like duplicates, {plan.count(REJECTED):,} rejected.")
    for o in plan.outcomes:
        if o.status != IMPORT:
            print(f"  row {o.row}: {o.status} - {o.reason}")
    if plan.committed and plan.clinic_numbers:
        print(f"New clinic numbers {plan.clinic_numbers[0]} to {plan.clinic_numbers[-1]}.")
    if plan.rejects_file:
        print(f"The rows not imported are in {plan.rejects_file}: correct them there and "
              "import that file again.")


def _date_order(args: argparse.Namespace) -> str | None:
    if args.day_first and args.month_first:
        raise ClinicError(N_("Give --day-first or --month-first, not both."))
    return "day-first" if args.day_first else "month-first" if args.month_first else None


def cmd_import_csv(args: argparse.Namespace, open_clinic: Callable[[], Any]) -> int:
    from clinic_app.interchange.csv_import import import_table
    from clinic_app.interchange.csv_read import read_file

    order = _date_order(args)
    source = Path(args.file)
    table = read_file(source)  # a bad file is refused before the database is opened
    clinic = open_clinic()
    plan = import_table(clinic, source, table,
                        mapping_file=Path(args.mapping) if args.mapping else None,
                        date_order=order, dry_run=args.dry_run,
                        import_duplicates=args.include_duplicates,
                        rejects_to=Path(args.rejects) if args.rejects else None)
    _print_plan(plan, args.json)
    return 0


def cmd_import_fhir(args: argparse.Namespace, open_clinic: Callable[[], Any]) -> int:
    from clinic_app.interchange.csv_import import import_fhir

    clinic = open_clinic()
    plan = import_fhir(clinic, Path(args.file), dry_run=args.dry_run,
                       import_duplicates=args.include_duplicates,
                       rejects_to=Path(args.rejects) if args.rejects else None)
    _print_plan(plan, args.json)
    return 0


def cmd_export(args: argparse.Namespace, open_clinic: Callable[[], Any]) -> int:
    from clinic_app.interchange.export import ExportService

    out = Path(args.out)
    if out.is_dir():
        raise ClinicError(N_("--out {0} is a folder: give a file name, e.g. "
                             "{1}/patients.{2}.").format(
                                 out, out, 'json' if args.format == 'fhir' else 'csv'))
    if args.format == "fhir" and args.what != "patients":
        raise ClinicError(N_("FHIR export holds patients, appointments and care plans: leave"
                             " out --what."))
    clinic = open_clinic()
    service = ExportService(clinic)
    result = service.export_fhir(out) if args.format == "fhir" else \
        service.export_csv(out, args.what)
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        what = ", ".join(f"{n:,} {k}" for k, n in result.counts.items())
        print(f"Exported {what} to {out}.")
    return 0


def add_parsers(verbs: Any, with_db: Callable[[argparse.ArgumentParser],
                                              argparse.ArgumentParser],
                open_clinic: Callable[[argparse.Namespace], Any]) -> None:
    """Add the verbs; each calls ``open_clinic(args)`` when it needs the database."""

    def bind(fn: Callable[[argparse.Namespace, Callable[[], Any]], int]) -> Any:
        return lambda args: fn(args, lambda: open_clinic(args))

    def import_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("file")
        p.add_argument("--dry-run", action="store_true",
                       help="check every row and report; save nothing")
        p.add_argument("--include-duplicates", action="store_true",
                       help="import rows that look like duplicates too (a person checked)")
        p.add_argument("--rejects", help="where to write the rows not imported (default: "
                       "beside FILE, named ...-not-imported-DATE.csv)")

    p = with_db(verbs.add_parser("import-csv", help="import a patient list from a CSV file "
                                 "(a dry run first with --dry-run)"))
    import_options(p)
    p.add_argument("--mapping", help="a JSON file naming the field of each column, e.g. "
                   '{"columns": {"Nom": "family_name"}}')
    p.add_argument("--day-first", action="store_true", help="dates are day first (07/03 = "
                   "7 March)")
    p.add_argument("--month-first", action="store_true", help="dates are month first "
                   "(07/03 = July 3)")
    p.set_defaults(func=bind(cmd_import_csv))

    p = with_db(verbs.add_parser("import-fhir", help="import the Patients of a FHIR JSON "
                                 "Bundle (e.g. Synthea's)"))
    import_options(p)
    p.set_defaults(func=bind(cmd_import_fhir))

    p = with_db(verbs.add_parser("export", help="export patients (or follow-ups, calls) as "
                                 "CSV, or everything as a FHIR R4 Bundle"))
    p.add_argument("--format", required=True, choices=("csv", "fhir"))
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--what", default="patients", choices=("patients", "follow-ups", "calls"),
                   help="CSV only: what to export (default patients)")
    p.set_defaults(func=bind(cmd_export))
