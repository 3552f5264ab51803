"""The command line: ``clinic-app <verb>``. Managers script it; tests check the product by it.

Every failure a person can cause (bad arguments, a missing, locked or corrupt database, bad
input) ends with a one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
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


def _open_db(args: argparse.Namespace, *, create: bool = False, encrypt: bool = True) -> Any:
    """Open ``--db`` with its key (``--key-file``, CLINIC_APP_DB_KEY_FILE, the keyring)."""
    from clinic_app.services.opening import open_clinic

    key_file = Path(args.key_file) if getattr(args, "key_file", None) else None
    opened = open_clinic(Path(args.db), key_file=key_file, create=create, encrypt=encrypt)
    if opened.recovery_code:
        print(f"New encrypted database {args.db}. Its key is kept in the {opened.key_source}.\n"
              f"RECOVERY KEY (print it and keep it safe; it is shown only now):\n"
              f"  {opened.recovery_code}", file=sys.stderr)
    return opened.clinic


def _open(args: argparse.Namespace) -> Any:
    return _open_db(args)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from clinic_app.services import demo

    if not 0 <= args.patients <= demo.MAX_PATIENTS:
        raise ClinicError(f"--patients must be between 0 and {demo.MAX_PATIENTS:,}.")
    clinic = _open_db(args, create=True, encrypt=not args.no_encryption)
    report = demo.generate(clinic, args.patients, args.seed)
    clinic.audit.record("patient.bulk_create", "patients", None, count=report.patients)
    if args.json:
        print(json.dumps({"patients": report.patients, "visits": report.visits,
                          "seconds": round(report.seconds, 2), "db": str(clinic.path)}))
    else:
        print(f"Added {report.patients:,} patients and {report.visits:,} visits to "
              f"{clinic.path} in {report.seconds:.1f} s.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 10_000:
        raise ClinicError("--limit must be between 1 and 10000.")
    clinic = _open(args)
    result = clinic.patients.search(args.query, args.limit)
    clinic.audit.record("patient.search", "patients", None, results=len(result.hits))
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
    except UnicodeDecodeError:
        raise ClinicError("stdin is not UTF-8 text: save the JSON as UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise ClinicError(f"stdin is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    if not isinstance(data, dict):
        raise ClinicError("stdin should hold one JSON object with the patient's fields.")
    clinic = _open(args)
    try:
        patient = clinic.patients.register(data, confirmed_new=args.force)
    except DuplicatesFound as exc:
        raise ClinicError(f"{exc} Use --force if this is a different person.") from None
    print(json.dumps(_patient_json(patient), ensure_ascii=False) if args.json else patient.id)
    return 0


def cmd_patient_show(args: argparse.Namespace) -> int:
    clinic = _open(args)
    patient = clinic.patients.open(args.id)
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
    clinic = _open(args)
    survivor, moved = clinic.patients.merge(args.survivor, args.merged)
    if args.json:
        print(json.dumps({"survivor": survivor.id, "merged": args.merged, "moved": moved}))
    else:
        total = sum(moved.values())
        print(f"Merged into {survivor.clinic_number}; {total} linked records moved.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from clinic_app.db.migrations import LATEST, current_version
    from clinic_app.security import keys

    clinic = _open(args)
    info = {
        "encrypted": not keys.is_plain(clinic.path),
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


def _read_password_file(path: str) -> str:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ClinicError(f"The password file {path} cannot be read ({exc}).") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ClinicError(f"The password file {path} is empty: put the password on its first "
                          "line.")
    return lines[0]


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password_file(args.password_file)
    clinic = _open(args)
    account = clinic.accounts.create(args.username, password, args.role,
                                     display_name=args.display_name or "",
                                     must_change=args.must_change)
    print(json.dumps(account.to_json()) if args.json else account.id)
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    clinic = _open(args)
    accounts = clinic.accounts.list()
    if args.json:
        print(json.dumps([a.to_json() for a in accounts], ensure_ascii=False))
    else:
        for a in accounts:
            state = "" if a.active else " (switched off)"
            print(f"{a.username:<16} {a.role.value:<11} {a.display_name}{state}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    clinic = _open(args)
    if args.what == "verify":
        result = clinic.audit.verify()
        out = {"ok": result.ok, "entries": result.entries}
        if result.broken:
            out.update(site=result.site, broken_seq=result.broken.seq,
                       broken_id=result.broken.id, reason=result.broken.reason)
        if args.json:
            print(json.dumps(out))
        elif result.broken:
            print(f"BROKEN at entry {result.broken.seq} ({result.broken.id or 'missing'}): "
                  f"{result.broken.reason}.")
        else:
            print(f"Audit trail intact: {result.entries} entries.")
        return 0 if result.ok else 1
    if args.what is not None:
        raise ClinicError(f"unknown audit verb '{args.what}': use 'verify' or nothing.")
    entries = clinic.audit.search(since=args.since, username=args.user, action=args.action,
                                  limit=args.limit)
    if args.json:
        print(json.dumps([e.to_json() for e in entries], ensure_ascii=False))
    else:
        for e in entries:
            what = f" {e.table_name}:{e.row_id}" if e.row_id else ""
            print(f"{e.at}  {e.username:<14} {e.action}{what}  "
                  f"{json.dumps(e.details, ensure_ascii=False)}")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from clinic_app.services.opening import encrypt_in_place

    key_file = Path(args.key_file) if args.key_file else None
    opened = encrypt_in_place(Path(args.db), key_file=key_file)
    opened.clinic.audit.record("database.encrypt", None, None, key=opened.key_source)
    if args.json:
        print(json.dumps({"db": args.db, "key_source": opened.key_source,
                          "recovery_key": opened.recovery_code}))
    else:
        print(f"{args.db} is now encrypted; its key is kept in the {opened.key_source}.\n"
              f"RECOVERY KEY (print it and keep it safe; it is shown only now):\n"
              f"  {opened.recovery_code}")
    return 0


def _day(text: str | None) -> Any:
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ClinicError(f"--date '{text}' is not a real date: use YYYY-MM-DD.") from None


def _when(text: str | None, flag: str) -> Any:
    import datetime as dt

    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ClinicError(f"{flag} '{text}' is not a date and time: use ISO, e.g. "
                          "2026-11-23T14:30.") from None
    return value if value.tzinfo else value.astimezone()


def cmd_rules_run(args: argparse.Namespace) -> int:
    clinic = _open(args)
    report = clinic.calls.run_rules(_day(args.date))
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        print(f"Rules applied: {report.created} follow-ups created, {report.closed} closed.")
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    clinic = _open(args)
    rows = clinic.calls.queue(_day(args.date), kind=args.kind, language=args.language)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No calls due.")
    for r in rows:
        e = r.entry
        print(f"{r.patient.clinic_number}  {r.patient.full_name:<28} due {e.due_date}  "
              f"try {e.attempt}  {'; '.join(e.reasons)}")
    return 0


def cmd_call_log(args: argparse.Namespace) -> int:
    clinic = _open(args)
    logged = clinic.calls.log_call(
        args.follow_up, args.outcome, taking_medicines=args.adherence,
        barriers=args.barrier or [], feeling=args.feeling,
        wants_clinician_call=args.callback, teach_back=args.teach_back,
        decline_reason=args.decline_reason, callback_at=_when(args.callback_at, "--callback-at"),
        notes=args.notes or "", at=_when(args.at, "--at"))
    if args.json:
        print(json.dumps(logged.to_json()))
    else:
        print(f"Logged {logged.outcome.value}: {logged.closed} follow-ups closed, "
              f"{logged.rescheduled} moved, {logged.created} new.")
    return 0


def cmd_call_undo(args: argparse.Namespace) -> int:
    clinic = _open(args)
    clinic.calls.undo(args.call)
    print(json.dumps({"undone": args.call}) if args.json else "Undone.")
    return 0


def _report_day(text: str | None, flag: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ClinicError(f"{flag} '{text}' is not a real date: use YYYY-MM-DD.") from None


def cmd_report(args: argparse.Namespace) -> int:
    """The engagement report for a period: a table, JSON, a PDF or a CSV file."""
    from clinic_app.reports.export import to_text
    from clinic_app.services.careplans import write_atomically

    if sum(bool(x) for x in (args.json, args.pdf, args.csv)) > 1:
        raise ClinicError("Give one of --json, --pdf FILE or --csv FILE.")
    if args.lang and not args.pdf:
        raise ClinicError("--lang is the PDF's language: give --pdf FILE too.")
    if args.period and (args.first or args.last):
        raise ClinicError("Give --period or --from and --to, not both.")
    if not args.period and not (args.first and args.last):
        raise ClinicError("Give the period: --from YYYY-MM-DD --to YYYY-MM-DD "
                          "(or --period this-week|last-month).")
    first = _report_day(args.first, "--from") if args.first else None
    last = _report_day(args.last, "--to") if args.last else None
    out = Path(args.pdf or args.csv) if (args.pdf or args.csv) else None
    if out is not None and out.is_dir():
        raise ClinicError(f"{out} is a folder: give the file's name.")
    clinic = _open(args)
    choice = (args.period or "custom").replace("-", "_")
    period, previous = clinic.reports.periods(choice, first, last)
    report = clinic.reports.engagement(period, previous, staff=args.staff, kind=args.kind)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    elif out is not None:
        data = _report_pdf(clinic, report, args.lang) if args.pdf else \
            clinic.reports.csv(report).encode()
        write_atomically(out, data)
        print(f"Wrote {out} ({len(data) // 1024 + 1} KB): {period.label()}.")
    else:
        print(to_text(report), end="")
    return 0


def _report_pdf(clinic: Any, report: Any, language: str | None) -> bytes:
    """The report's PDF in English, or in ``language`` through the screens' catalogue."""
    if not language or language == "en":
        return bytes(clinic.reports.pdf(report))
    from clinic_app.ui.i18n import words_in

    with words_in(language) as (tr, month_name):
        return bytes(clinic.reports.pdf(report, tr, month_name))


def _patient_id(clinic: Any, given: str) -> str:
    """A patient id, or a clinic number like KIB-000123."""
    found = clinic.patients.by_clinic_number(given) if "-" in given and len(given) < 20 \
        else None
    return found.id if found else given


def cmd_care_plan_show(args: argparse.Namespace) -> int:
    from clinic_app.domain.careplan import plan_to_dict

    clinic = _open(args)
    pid = _patient_id(clinic, args.patient)
    plan = clinic.care_plans.current(pid)
    if plan is None:
        raise ClinicError("This patient has no care plan yet.")
    if args.json:
        print(json.dumps({"id": plan.id, "version": plan.version, "created_at": plan.created_at,
                          "created_by": plan.created_by, **plan_to_dict(plan)},
                         ensure_ascii=False))
        return 0
    print(f"Care plan version {plan.version} ({plan.created_at[:10] if plan.created_at else ''},"
          f" {plan.created_by or ''})")
    for c in plan.conditions:
        print(f"  {c.name}: {c.explanation}")
    for m in plan.medicines:
        print(f"  {m.name} {m.dose}: " + ", ".join(
            f"{k} {v}" for k, v in zip(("morning", "midday", "evening", "bedtime"),
                                       m.schedule, strict=True) if v))
    for g in plan.goals:
        print(f"  goal: {g}")
    return 0


def cmd_care_plan_save(args: argparse.Namespace) -> int:
    clinic = _open(args)
    try:
        data = json.loads(sys.stdin.read())
    except json.JSONDecodeError as exc:
        raise ClinicError(f"The care plan on stdin is not JSON ({exc.msg} at line "
                          f"{exc.lineno}). Nothing was saved.") from None
    if not isinstance(data, dict):
        raise ClinicError("The care plan on stdin must be a JSON object. Nothing was saved.")
    plan = clinic.care_plans.save(_patient_id(clinic, args.patient), data)
    print(json.dumps({"id": plan.id, "version": plan.version}) if args.json else
          f"Saved care plan version {plan.version}.")
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    clinic = _open(args)
    out = Path(args.out)
    if bool(args.patient) == bool(args.date):
        raise ClinicError("Give --patient ID (one handout) or --date YYYY-MM-DD (a batch).")
    if args.date:
        if out.exists() and not out.is_dir():
            raise ClinicError(f"--out {out} is a file: a batch needs a folder.")
        result = clinic.care_plans.batch(_day(args.date), out, language=args.lang,
                                         paper=args.paper)
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            print(f"Wrote {len(result.written)} handouts to {out}.")
            for who, why in result.skipped:
                print(f"Skipped {who}: {why}")
        return 0 if not result.skipped else 1
    from clinic_app.services.careplans import write_atomically

    if out.is_dir():
        raise ClinicError(f"--out {out} is a folder: give the PDF file's name.")
    h = clinic.care_plans.handout(_patient_id(clinic, args.patient), language=args.lang,
                                  paper=args.paper, clinician_copy=args.clinician_copy,
                                  destination="pdf")
    write_atomically(out, h.pdf)
    if args.json:
        print(json.dumps({"file": str(out), "bytes": len(h.pdf), "plan_version": h.plan.version,
                          "language": h.language, "paper": h.paper, "print_id": h.print_id}))
    else:
        print(f"Wrote {out} ({len(h.pdf) // 1024 + 1} KB, plan version {h.plan.version}, "
              f"{h.language}).")
    return 0


def cmd_readability(args: argparse.Namespace) -> int:
    from clinic_app.domain.readability import check

    try:
        result = check(sys.stdin.read(), args.lang)
    except ValueError as exc:
        raise ClinicError(str(exc)) from None
    if args.json:
        print(json.dumps({
            "language": result.language, "measure": result.measure, "score": result.score,
            "ok": result.ok, "verdict": result.verdict, "words": result.words,
            "sentences": result.sentences,
            "flags": [{"kind": f.kind, "start": f.start, "end": f.end, "text": f.text,
                       "suggestion": f.suggestion} for f in result.flags]},
            ensure_ascii=False))
        return 0
    print(f"{result.measure}: {result.verdict}")
    for f in result.flags:
        print(f"  {'long sentence' if f.kind == 'long_sentence' else 'jargon'}: "
              f"\"{f.text}\" - {f.suggestion}")
    return 0


def _passphrase(args: argparse.Namespace) -> str:
    """The backup passphrase: --passphrase-file, CLINIC_APP_BACKUP_PASSPHRASE, the keyring
    (never a command-line argument, which other users of the PC could read)."""
    from clinic_app.backup.service import passphrase_from

    return passphrase_from(Path(args.passphrase_file) if args.passphrase_file else None)


def _backup_progress(args: argparse.Namespace) -> Any:
    if args.json or not sys.stderr.isatty():
        return None
    return lambda label, fraction: print(f"\r{label}: {fraction:4.0%}   ", end="",
                                         file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    from clinic_app.backup.service import BackupService

    passphrase = _passphrase(args)
    clinic = _open(args)
    result = BackupService(clinic).backup(Path(args.to), passphrase,
                                          progress=_backup_progress(args))
    if args.json:
        print(json.dumps({"file": str(result.path), "bytes": result.size_bytes,
                          "seconds": round(result.seconds, 2), "verified": result.verified,
                          "backups_in_folder": result.backups_in_folder,
                          "deleted": [str(p) for p in result.deleted_by_rotation],
                          "manifest": result.manifest.to_json()}, ensure_ascii=False))
    else:
        print(("\r" if _backup_progress(args) else "") + result.message)
    return 0


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from clinic_app.backup.service import verify_file

    passphrase = _passphrase(args)
    result = verify_file(Path(args.file), passphrase)
    if args.json:
        print(json.dumps({"ok": result.ok, "reason": result.reason,
                          "manifest": result.manifest.to_json() if result.manifest else None},
                         ensure_ascii=False))
    else:
        print(result.reason if result.ok else f"NOT VERIFIED: {result.reason}")
    return 0 if result.ok else 1


def cmd_restore(args: argparse.Namespace) -> int:
    from clinic_app.backup.service import BackupService, inspect_file

    passphrase = _passphrase(args)
    manifest = inspect_file(Path(args.file), passphrase)
    target = Path(args.db)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ClinicError("Restoring replaces the clinic database: add --yes to confirm "
                              "(the current database is kept aside first).")
        print(f"The backup holds {manifest.describe()}")
        answer = input(f"Replace {target} with it? The current database is kept aside. "
                       "Type yes: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    if target.exists() and target.stat().st_size > 0:
        clinic = _open(args)
    else:
        clinic = _open_db(args, create=True, encrypt=False)
    key_file = Path(args.key_file) if getattr(args, "key_file", None) else None
    result = BackupService(clinic).restore(Path(args.file), passphrase, key_file=key_file)
    if args.json:
        print(json.dumps({"db": str(result.path), "aside": str(result.aside),
                          "seconds": round(result.seconds, 2),
                          "manifest": result.manifest.to_json()}, ensure_ascii=False))
    else:
        print(result.message)
    return 0


def cmd_hub(args: argparse.Namespace) -> int:
    """The sync hub's verbs (run by a district office on a server with PostgreSQL)."""
    try:
        from clinic_app.hub import commands
    except ImportError as exc:  # the clinic installer leaves the hub server out
        raise ClinicError(f"The sync hub server is not part of this installation ({exc.name} "
                          "is missing). Run the hub from the source install on the server: "
                          "see the README's sync section.") from None

    if args.hub_verb == "init":
        commands.init(args.dsn)
        print(json.dumps({"initialised": True}) if args.json else "The hub's tables are ready.")
    elif args.hub_verb == "serve":
        commands.serve(args.dsn, args.host, args.port)
    elif args.hub_verb == "enroll":
        code = commands.enroll(args.dsn, args.site_name)
        print(json.dumps({"site_name": args.site_name, "code": code}) if args.json else
              f"Enrolment code for {args.site_name} (works once): {code}")
    elif args.hub_verb == "status":
        rows = commands.status(args.dsn)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, default=str))
        else:
            for r in rows:
                print("  ".join(f"{k}={v}" for k, v in r.items()))
    elif args.hub_verb == "import-bundle":
        out = commands.import_bundle(args.dsn, Path(args.file), Path(args.out))
        print(json.dumps({"return_bundle": str(out)}) if args.json else
              f"Applied {args.file}; the return bundle for the clinic is {out}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clinic-app", description=f"{APP_NAME}: run with no verb to open "
                     "the app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on the demo clinic (made on first use)")
    parser.add_argument("--db", help="open the app on this database file")
    parser.add_argument("--key-file", help="the database key file (default: "
                        "CLINIC_APP_DB_KEY_FILE, then the OS keyring)")
    parser.add_argument("--language", choices=("en", "es", "fr"),
                        help="the screens' language this time (default: the one chosen in "
                        "Settings or at first run)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the app works on this PC (a temporary demo clinic: "
                        "search, handout, backup); exit 0 when every check passed")
    parser.add_argument("--self-test-dir", metavar="FOLDER",
                        help="run the self-test in a new folder inside FOLDER (removed after)")
    verbs = parser.add_subparsers(dest="verb", parser_class=_Parser)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", required=True, help="the clinic database file")
        p.add_argument("--key-file", help="the database key file (default: "
                       "CLINIC_APP_DB_KEY_FILE, then the OS keyring)")
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    p = with_db(verbs.add_parser("demo-data", help="create or fill a database with demo patients"))
    p.add_argument("--patients", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-encryption", action="store_true",
                   help="make a new database unencrypted (test data only)")
    p.set_defaults(func=cmd_demo_data)

    p = with_db(verbs.add_parser("search", help="find patients, best match first"))
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("query")
    p.set_defaults(func=cmd_search)

    p = with_db(verbs.add_parser("info", help="the clinic, schema version and rows per table"))
    p.set_defaults(func=cmd_info)

    p = with_db(verbs.add_parser("encrypt", help="encrypt a plain database in place"))
    p.set_defaults(func=cmd_encrypt)

    user = verbs.add_parser("user", help="staff accounts")
    uverbs = user.add_subparsers(dest="user_verb", parser_class=_Parser, required=True)
    p = with_db(uverbs.add_parser("add", help="add a staff account"))
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=["front_desk", "clinician", "manager"])
    p.add_argument("--password-file", required=True,
                   help="a file whose first line is the password ('-': standard input)")
    p.add_argument("--display-name")
    p.add_argument("--must-change", action="store_true",
                   help="the user must choose a new password at first log-in")
    p.set_defaults(func=cmd_user_add)
    p = with_db(uverbs.add_parser("list", help="list staff accounts"))
    p.set_defaults(func=cmd_user_list)

    p = with_db(verbs.add_parser("audit", help="show the audit trail; 'audit verify' checks it"))
    p.add_argument("what", nargs="?", help="'verify' to check the hash chain")
    p.add_argument("--since", help="only entries at or after this time (ISO, e.g. 2026-11-01)")
    p.add_argument("--user", help="only this user's entries")
    p.add_argument("--action", help="only actions starting with this (e.g. patient.)")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_audit)

    rules = verbs.add_parser("rules", help="follow-up rules")
    rverbs = rules.add_subparsers(dest="rules_verb", parser_class=_Parser, required=True)
    p = with_db(rverbs.add_parser("run", help="apply the follow-up rules as of a date"))
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_rules_run)

    p = with_db(verbs.add_parser("queue", help="the calls due on a date, one per patient"))
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--kind", help="only this kind of follow-up (e.g. medicine_check)")
    p.add_argument("--language", help="only patients who prefer this language (e.g. sw)")
    p.set_defaults(func=cmd_queue)

    p = with_db(verbs.add_parser("report", help="the engagement report for a period (managers)"))
    p.add_argument("--from", dest="first", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="last", help="last day, YYYY-MM-DD (included)")
    p.add_argument("--period", choices=("this-week", "last-month"),
                   help="instead of --from/--to")
    p.add_argument("--staff", help="only the calls this username logged")
    p.add_argument("--kind", help="only this kind of follow-up (e.g. medicine_check)")
    p.add_argument("--pdf", metavar="FILE", help="write the printable report to FILE")
    p.add_argument("--csv", metavar="FILE", help="write one row per figure to FILE")
    p.add_argument("--lang", choices=("en", "es", "fr"),
                   help="the PDF's language (default: English)")
    p.set_defaults(func=cmd_report)

    call = verbs.add_parser("call", help="log what happened on a call, or undo it")
    cverbs = call.add_subparsers(dest="call_verb", parser_class=_Parser, required=True)
    p = with_db(cverbs.add_parser("log", help="log a call's outcome (the call panel's service)"))
    p.add_argument("--follow-up", required=True, help="the follow-up id (from 'queue --json')")
    p.add_argument("--outcome", required=True,
                   help="reached, no_answer, busy, left_message, wrong_number, "
                        "call_back_later, declined, moved or deceased")
    p.add_argument("--adherence", help="taking medicines as agreed: yes, some or no")
    p.add_argument("--barrier", action="append",
                   help="cost, side_effects, forgot, unclear, transport or other (repeat)")
    p.add_argument("--feeling", help="better, same or worse")
    p.add_argument("--callback", action="store_true",
                   help="the patient wants a clinician to call (creates that task)")
    p.add_argument("--teach-back", action="store_true", help="teach-back was done")
    p.add_argument("--decline-reason", help="not_interested, feels_fine, cost, side_effects, "
                   "distrust, no_time or other (with --notes)")
    p.add_argument("--callback-at", help="call back later: when the patient asked (ISO)")
    p.add_argument("--notes", help="what the patient said, in their words")
    p.add_argument("--at", help="when the call was made (ISO; default now)")
    p.set_defaults(func=cmd_call_log)
    p = with_db(cverbs.add_parser("undo", help="undo a call logged in the last 10 minutes"))
    p.add_argument("call", help="the call id printed by 'call log --json'")
    p.set_defaults(func=cmd_call_undo)

    p = with_db(verbs.add_parser("backup", help="make an encrypted backup in a folder (a USB "
                                 "stick) and verify it"))
    p.add_argument("--to", required=True, help="the folder (e.g. the stick's folder)")
    p.add_argument("--passphrase-file", help="a file holding the backup passphrase (default: "
                   "CLINIC_APP_BACKUP_PASSPHRASE, then the keyring)")
    p.set_defaults(func=cmd_backup)
    p = verbs.add_parser("verify-backup", help="check that a backup decrypts and is whole "
                         "(exit 1 with the reason when not)")
    p.add_argument("file")
    p.add_argument("--passphrase-file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_verify_backup)
    p = with_db(verbs.add_parser("restore", help="replace the database with a backup (the "
                                 "current one is kept aside)"))
    p.add_argument("file")
    p.add_argument("--passphrase-file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_restore)

    hub = verbs.add_parser("hub", help="the sync hub (a server with PostgreSQL)")
    hverbs = hub.add_subparsers(dest="hub_verb", parser_class=_Parser, required=True)

    def with_dsn(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--dsn", required=True, help="postgresql://user@host/database")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=cmd_hub)
        return p

    with_dsn(hverbs.add_parser("init", help="create the hub's tables"))
    p = with_dsn(hverbs.add_parser("serve", help="serve the sync API"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p = with_dsn(hverbs.add_parser("enroll", help="print a one-time enrolment code for a site"))
    p.add_argument("--site-name", required=True)
    with_dsn(hverbs.add_parser("status", help="each site's last contact, cursor, quarantine"))
    p = with_dsn(hverbs.add_parser("import-bundle", help="apply a clinic's bundle and write "
                                   "its return bundle"))
    p.add_argument("file")
    p.add_argument("--out", required=True, help="folder for the return bundle")

    from clinic_app.sync.cli import register as register_sync

    register_sync(verbs, with_db, _open_db)

    plan = verbs.add_parser("care-plan", help="show or save a patient's care plan")
    plverbs = plan.add_subparsers(dest="plan_verb", parser_class=_Parser, required=True)
    p = with_db(plverbs.add_parser("show", help="the patient's current care plan"))
    p.add_argument("--patient", required=True, help="patient id or clinic number")
    p.set_defaults(func=cmd_care_plan_show)
    p = with_db(plverbs.add_parser("save", help="read a care plan as JSON on stdin and save it "
                                   "as the patient's newest version"))
    p.add_argument("--patient", required=True, help="patient id or clinic number")
    p.set_defaults(func=cmd_care_plan_save)

    p = with_db(verbs.add_parser("handout", help="print a patient's care-plan handout to a PDF "
                                 "(or everyone seen on --date, to a folder)"))
    p.add_argument("--patient", help="patient id or clinic number")
    p.add_argument("--date", help="YYYY-MM-DD: everyone seen that day who has a care plan")
    p.add_argument("--out", required=True, help="the PDF file (a folder with --date)")
    p.add_argument("--lang", choices=("en", "es", "fr"),
                   help="language (default: the patient's)")
    p.add_argument("--paper", choices=("a4", "letter"), help="default: the clinic's setting")
    p.add_argument("--clinician-copy", action="store_true",
                   help="add the teach-back checklist for the clinician")
    p.set_defaults(func=cmd_handout)

    p = verbs.add_parser("readability", help="grade plain-language text read on stdin")
    p.add_argument("--lang", required=True, choices=("en", "es", "fr"))
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_readability)

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

    from clinic_app.interchange.commands import add_parsers as interchange_verbs

    interchange_verbs(verbs, with_db, _open)  # import-csv, import-fhir, export
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
    return run(path, demo=args.demo, key_file=Path(args.key_file) if args.key_file else None,
               language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.self_test or args.self_test_dir:
            from clinic_app import selftest

            return selftest.run(Path(args.self_test_dir) if args.self_test_dir else None)
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
    except Exception as exc:  # the last guard: a message and the log, never a traceback
        if os.environ.get("CLINIC_APP_DEBUG"):
            raise
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"clinic-app: unexpected error ({type(exc).__name__}: {exc}). Nothing more was "
              "changed; set CLINIC_APP_DEBUG=1 to see the details.", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
