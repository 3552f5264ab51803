"""Import a patient list: a dry run that says, row by row, what will happen; then the
import itself, in one transaction, with the rows left out written to a CSV to fix.

A row is imported, or looks like a duplicate (of a registered patient or of an earlier row
of the file: not imported unless a person says they checked), or is rejected with the
reason. The same path serves a CSV file and a FHIR Bundle of Patients.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinic_app.bulk import collector_paused
from clinic_app.db.interchange import InterchangeRepository
from clinic_app.domain.clock import today
from clinic_app.domain.matching import DuplicateMatch
from clinic_app.domain.patient import Patient
from clinic_app.domain.roles import Permission
from clinic_app.domain.text import format_clinic_number, tokens
from clinic_app.errors import ClinicError
from clinic_app.interchange import mapping as m
from clinic_app.interchange.csv_read import Table, read_file
from clinic_app.interchange.dates import AMBIGUOUS, guess_order
from clinic_app.interchange.dedupe import DuplicateIndex, Ref, first_duplicate
from clinic_app.interchange.rows import Candidate, RowReader, RowRejected
from clinic_app.marks import N_

logger = logging.getLogger(__name__)

PARALLEL_ROWS = 20_000  # fewer rows are checked in this process alone
WORKER_CHUNK = 5000  # rows the second process checks (from the first) and sends at a time
OWN_BLOCK = 200  # rows this process checks (from the last) while a chunk is not ready
CONFIRM_BATCH = 500  # rows whose likeliest duplicates the second process confirms at a time
CONFIRM_AHEAD = 4  # of a row's likeliest duplicates, how many are sent there

IMPORT = "import"
DUPLICATE = "duplicate"
REJECTED = "rejected"

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class ImportCancelled(ClinicError):
    pass


class DateOrderNeeded(ClinicError):
    """Dates such as 03/07/1984 read both ways: a person must say which order is meant."""

    def __init__(self, example: str) -> None:
        self.example = example
        super().__init__(
            f"Dates such as {example} could be day first or month first. Say which: "
            "--day-first (07/03 = 7 March) or --month-first (07/03 = July 3).")


@dataclass(frozen=True)
class Outcome:
    row: int
    status: str  # IMPORT, DUPLICATE or REJECTED
    reason: str = ""
    patient: Patient | None = None
    duplicate_of: str = ""  # 'KIB-000123' or 'row 7'
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"row": self.row}
        if self.status == DUPLICATE:
            out.update(duplicate_of=self.duplicate_of, reason=self.reason, score=self.score,
                       name=self.patient.full_name if self.patient else "")
        elif self.status == REJECTED:
            out["reason"] = self.reason
        return out


@dataclass
class ImportPlan:
    """The dry run's result; ``commit`` carries it out."""

    source: Path
    table: Table
    fields: list[str]
    date_order: str | None
    outcomes: list[Outcome]
    candidates: list[Candidate]
    mark: tuple[int, int]
    import_duplicates: bool = False
    skip: dict[int, str] = field(default_factory=dict)
    seconds: float = 0.0
    imported: int = 0
    committed: bool = False
    rejects_file: Path | None = None
    clinic_numbers: list[str] = field(default_factory=list)

    @property
    def to_import(self) -> list[Candidate]:
        if self.import_duplicates:
            return self.candidates
        keep = {o.row for o in self.outcomes if o.status == IMPORT}
        return [c for c in self.candidates if c.row in keep]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def left_out(self) -> list[Outcome]:
        statuses = (REJECTED,) if self.import_duplicates else (REJECTED, DUPLICATE)
        return [o for o in self.outcomes if o.status in statuses]

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": not self.committed,
            "imported": self.imported if self.committed else len(self.to_import),
            "duplicates": [o.to_json() for o in self.outcomes if o.status == DUPLICATE],
            "rejected": [o.to_json() for o in self.outcomes if o.status == REJECTED],
            "imported_rows": [c.row for c in self.to_import],
            "rows": len(self.outcomes), "encoding": self.table.encoding,
            "separator": self.table.separator_name, "date_order": self.date_order,
            "columns": {h: f for h, f in zip(self.table.header, self.fields, strict=True) if f},
            "rejects_file": str(self.rejects_file) if self.rejects_file else None,
            "seconds": round(self.seconds, 2),
        }


class NameKeys:
    """``domain.text.name_key`` of many patients, each name part folded once (a list repeats
    its first names and family names)."""

    def __init__(self) -> None:
        self._tokens: dict[str, list[str]] = {"": []}

    def _of(self, part: str) -> list[str]:
        words = self._tokens.get(part)
        if words is None:
            words = self._tokens[part] = tokens(part)
        return words

    def __call__(self, family: str, given: str, other: str = "") -> str:
        return " ".join(self._of(family) + self._of(given) + self._of(other))


_PLAIN_NUMBER = re.compile(r"\+?[0-9]+")


def phones_json(phones: tuple[str, ...]) -> str:
    """``json.dumps(list(phones))``, written directly for numbers of digits (E.164)."""
    if all(_PLAIN_NUMBER.fullmatch(p) for p in phones):
        return "[" + ", ".join(f'"{p}"' for p in phones) + "]"
    return json.dumps(list(phones))


def _phones(text: str) -> tuple[str, ...]:
    if text == "[]":
        return ()
    if text.startswith('["') and text.endswith('"]') and '"' not in text[2:-2]:
        return (text[2:-2],)  # one number: most patients
    return tuple(json.loads(text))


def read_rows(fields: list[str], reader_args: dict[str, Any],
              items: list[tuple[int, list[str]]],
              progress: Callable[[int], Any] | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[Candidate | str]:
    """Each row checked: its Candidate, or the reason it is rejected (in a worker process
    too, so only plain data goes in and out)."""
    reader = RowReader(fields, **reader_args)
    out: list[Candidate | str] = []
    for i, (number, cells) in enumerate(items):
        if i % 2000 == 0:
            if cancelled and cancelled():
                raise ImportCancelled("Stopped: nothing was imported.")
            if progress:
                progress(i)
        try:
            out.append(reader.read(number, cells))
        except RowRejected as exc:
            out.append(exc.reason)
    return out


def _in_order(stream: Any, chunks: int, reader: RowReader, items: list[tuple[int, list[str]]],
              split: Any, cancelled: Callable[[], bool] | None) -> Iterator[Candidate | str]:
    """Each row's Candidate or reason, in file order: the second process checks rows from
    the first on (``_read_chunk``, sent back in chunks, in order); whenever the next chunk
    is not ready, this process checks rows itself, from the last one back. ``split``: the
    first row this process took (rows from there on are its own) and the end of what the
    second process took, changed under the one lock, so no row is checked twice and none
    is missed; the two meet wherever their speeds have them meet."""
    from multiprocessing import TimeoutError as NotYet

    limit, taken = split
    own: list[Candidate | str] = []  # items[limit:], last first

    def claim() -> bool:
        with limit.get_lock():
            hi = limit.value
            lo = max(taken.value, hi - OWN_BLOCK)
            if lo >= hi:
                return False
            limit.value = lo
        if cancelled and cancelled():
            raise ImportCancelled("Stopped: nothing was imported.")
        for number, cells in reversed(items[lo:hi]):
            try:
                own.append(reader.read(number, cells))
            except RowRejected as exc:
                own.append(exc.reason)
        return True

    sent = 0
    for _ in range(chunks):
        while True:
            try:
                chunk = stream.next(timeout=0)
                break
            except NotYet:
                if not claim():
                    chunk = stream.next()
                    break
        sent += len(chunk)
        yield from chunk
    if sent + len(own) != len(items):  # cannot happen: the split is kept under one lock
        raise ClinicError(N_("The rows were not all checked; nothing was imported."))
    yield from reversed(own)


_split: Any = None  # in the second process: the shared (limit, taken) of ``_in_order``


def _init_worker(limit: Any, taken: Any) -> None:
    global _split
    _split = (limit, taken)
    import gc

    gc.disable()  # a short-lived process of small objects without cycles (see bulk.py)


def _read_chunk(job: tuple[list[str], dict[str, Any], int, list[tuple[int, list[str]]]]
                ) -> list[Candidate | str]:
    """A chunk's rows (those before the first row the main process took), checked."""
    fields, reader_args, start, items = job
    limit, taken = _split
    with limit.get_lock():
        end = max(start, min(start + len(items), limit.value))
        taken.value = end
    return read_rows(fields, reader_args, items[:end - start])


def _confirm_batch(job: list[tuple[Patient, list[Patient]]]
                   ) -> list[tuple[int, float, tuple[str, ...]] | None]:
    return [first_duplicate(patient, others) for patient, others in job]


def _outcome(candidate: Candidate, found: list[tuple[Ref, DuplicateMatch]]) -> Outcome:
    """A checked row's outcome: imported, or a duplicate of the first of ``found``."""
    if not found:
        return Outcome(candidate.row, IMPORT, patient=candidate.patient)
    ref, match = found[0]
    kind = "an earlier row" if ref.row else "a registered patient"
    return Outcome(candidate.row, DUPLICATE,
                   f"Looks like {kind}, {ref.describe()} ({', '.join(match.reasons)}).",
                   candidate.patient, ref.clinic_number or f"row {ref.row}", match.score)


def guess_date_order(table: Table, fields: list[str]) -> Any:
    cols = [i for i, f in enumerate(fields) if f == "birth_date"]
    return guess_order(r[i] for r in table.rows for i in cols)


class ImportService:
    """Import patient lists into one clinic (managers: Permission.INTERCHANGE)."""

    def __init__(self, clinic: Any) -> None:
        self.clinic = clinic
        self.repo = InterchangeRepository(clinic.db)

    def read(self, path: Path) -> Table:
        return read_file(path)

    @collector_paused()
    def plan(self, source: Path, table: Table, fields: list[str], *,
             date_order: str | None = None, import_duplicates: bool = False,
             skip: dict[int, str] | None = None, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """The dry run: every row checked, nothing written. ``skip`` rejects rows for a
        reason found while reading the file."""
        self.clinic.access.require(Permission.INTERCHANGE)
        started = time.perf_counter()
        problems = m.check_mapping(table.header, fields)
        if problems:
            raise ClinicError(" ".join(problems))
        guess = guess_date_order(table, fields)
        if date_order is None:
            if guess.order == AMBIGUOUS:
                raise DateOrderNeeded(guess.example)
            date_order = guess.order
        settings = self.clinic.settings
        sex_cols = [i for i, f in enumerate(fields) if f == "sex"]
        reader_args = {
            "country": str(settings.get("country")), "today": today(self.clinic.clock),
            "default_language": str(settings.get("default_language")),
            "date_order": date_order,
            "sex_values": sorted({r[sex_cols[0]] for r in table.rows}) if sex_cols else None}
        mark = self.repo.change_mark()
        total = len(table.rows)
        items = [(n, cells) for n, cells in zip(table.numbers, table.rows, strict=True)
                 if not (skip and n in skip) and n not in table.too_wide]
        worker, split = None, None
        if len(items) >= PARALLEL_ROWS and (os.cpu_count() or 1) > 1:
            # Checking a row costs more than anything else here: a second process checks
            # rows from the first on (sent back in chunks, in order) while this one reads
            # the register, then looks for duplicates as chunks arrive, checking rows from
            # the last one back itself whenever the next chunk is not there yet.
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")
            split = (ctx.Value("q", len(items)), ctx.Value("q", 0, lock=False))
            worker = ctx.Pool(1, initializer=_init_worker, initargs=split)
        try:
            chunks = [(fields, reader_args, i, items[i:i + WORKER_CHUNK])
                      for i in range(0, len(items), WORKER_CHUNK)] if worker else []
            stream = worker.imap(_read_chunk, chunks) if worker else None
            index = self._register_index(cancelled)
            registered = len(index)
            if stream is None:
                results: Iterator[Any] = iter(read_rows(
                    fields, reader_args, items, lambda done: (
                        progress and progress("check", done, total)), cancelled))
            else:
                results = _in_order(stream, len(chunks), RowReader(fields, **reader_args),
                                    items, split, cancelled)
            outcomes, candidates = self._check(table, skip, results, index, progress,
                                               cancelled, worker)
        finally:
            if worker:
                worker.terminate()
        if progress:
            progress("check", total, total)
        logger.info("import plan: %d rows, %d registered patients", total, registered)
        return ImportPlan(source, table, list(fields), date_order, outcomes, candidates, mark,
                          import_duplicates, dict(skip or {}), time.perf_counter() - started)

    def _check(self, table: Table, skip: dict[int, str] | None, results: Iterator[Any],
               index: DuplicateIndex, progress: Progress | None,
               cancelled: Callable[[], bool] | None,
               worker: Any = None) -> tuple[list[Outcome], list[Candidate]]:
        """Each row's outcome, in file order (a row is checked against earlier rows).

        With a second process, the rule's last word on a row's likeliest duplicates
        (``duplicate_score``) is asked there, in batches, while this process goes on: a
        row's outcome does not change what later rows are checked against (every row is
        added to the index), so these are filled in at the end."""
        total = len(table.rows)
        outcomes: list[Outcome | None] = []
        candidates: list[Candidate] = []
        waiting: list[tuple[list[tuple[int, Candidate, list[int]]], Any]] = []
        batch: list[tuple[int, Candidate, list[int]]] = []
        job: list[tuple[Patient, list[Patient]]] = []

        def send() -> None:
            waiting.append((batch[:], worker.apply_async(_confirm_batch, (job[:],))))
            batch.clear()
            job.clear()

        for i, number in enumerate(table.numbers):
            if i % 5000 == 0:
                if cancelled and cancelled():
                    raise ImportCancelled("Stopped: nothing was imported.")
                if progress:
                    progress("check", i, total)
            if skip and number in skip:
                outcomes.append(Outcome(number, REJECTED, skip[number]))
                continue
            if number in table.too_wide:
                outcomes.append(Outcome(number, REJECTED, (
                    f"The row has {table.too_wide[number]} values but the file has "
                    f"{len(table.header)} columns: a separator inside a value? Put quotes "
                    "around values that contain one.")))
                continue
            candidate = next(results)
            if isinstance(candidate, str):
                outcomes.append(Outcome(number, REJECTED, candidate))
                continue
            candidates.append(candidate)
            ranked = index.ranked(candidate.patient)
            if not ranked:
                outcomes.append(Outcome(number, IMPORT, patient=candidate.patient))
            elif worker is None:
                outcomes.append(_outcome(candidate, index.confirm(candidate.patient, ranked, 1)))
            else:
                batch.append((len(outcomes), candidate, ranked))
                job.append((candidate.patient,
                            [index.entry(j)[0] for j in ranked[:CONFIRM_AHEAD]]))
                outcomes.append(None)  # filled in below
                if len(batch) >= CONFIRM_BATCH:
                    send()
            index.add_row(candidate.patient, number)
        if batch:
            send()
        for rows, answers in waiting:
            for (at, candidate, ranked), answer in zip(rows, answers.get(), strict=True):
                if answer is not None:
                    j, score, reasons = answer
                    other, ref = index.entry(ranked[j])
                    found = [(ref, DuplicateMatch(other, score, reasons))]
                else:  # none of the first few: the rest, here
                    found = index.confirm(candidate.patient, ranked[CONFIRM_AHEAD:], 1)
                outcomes[at] = _outcome(candidate, found)
        done = [o for o in outcomes if o is not None]
        if len(done) != len(outcomes):  # cannot happen: every answer was waited for
            raise ClinicError(N_("Some rows were not checked; nothing was imported."))
        return done, candidates

    def _register_index(self, cancelled: Callable[[], bool] | None) -> DuplicateIndex:
        """Every live registered patient, indexed for the duplicate check."""
        index = DuplicateIndex()
        for n, row in enumerate(self.repo.live_patients()):
            pid, number, given, family, other, birth_date, birth_year, est, phones, village = row
            index.add_registered(pid, number, given, family, other, birth_date, birth_year,
                                 est, _phones(phones), village)
            if n % 20_000 == 0 and cancelled and cancelled():
                raise ImportCancelled("Stopped: nothing was imported.")
        return index

    @collector_paused()
    def commit(self, plan: ImportPlan, *, rejects_to: Path | None = None,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """Import the plan's rows in one transaction (whole or nothing); write the rows left
        out to a CSV (original columns and a 'reason') the user can fix and import again.

        When patients were added or merged since the dry run, its duplicate check is made
        again first."""
        self.clinic.access.require(Permission.INTERCHANGE)
        started = time.perf_counter()
        if self.repo.change_mark() != plan.mark:
            plan = self.plan(plan.source, plan.table, plan.fields, date_order=plan.date_order,
                             import_duplicates=plan.import_duplicates, skip=plan.skip,
                             progress=progress, cancelled=cancelled)
        rows = plan.to_import
        meta = self.clinic.meta
        prefix = str(self.clinic.settings.get("site_prefix"))
        numbers: list[str] = []
        name_key = NameKeys()
        with self.clinic.db.transaction() as conn:
            stamp = meta.stamp(conn)
            seq = self.repo.next_seq(conn)
            patient_rows: list[tuple[Any, ...]] = []
            supports: list[tuple[Any, ...]] = []
            for i, c in enumerate(rows):
                if i % 5000 == 0 and cancelled and cancelled():
                    raise ImportCancelled("Stopped: nothing was imported.")
                p = c.patient
                pid = meta.new_id()
                number = format_clinic_number(prefix, seq + i)
                numbers.append(number)
                patient_rows.append((
                    pid, number, seq + i, p.given_name, p.family_name, p.other_names,
                    name_key(p.family_name, p.given_name, p.other_names), p.sex.value,
                    p.birth_date, p.birth_year, int(p.birth_year_estimated),
                    phones_json(p.phones), c.phone_digits, p.village, p.address,
                    p.preferred_language, int(p.do_not_contact), p.notes, p.status.value,
                    stamp.now,
                    stamp.now, stamp.hlc, stamp.site_id))
                s = p.support
                if s is not None and not s.is_empty:
                    supports.append((meta.new_id(), pid, s.name, s.relationship, s.phone,
                                     s.consent_at, stamp.now, stamp.now, stamp.hlc,
                                     stamp.site_id))

            def step(done: int) -> None:
                if progress:
                    progress("save", done, len(patient_rows))
                if cancelled and cancelled():
                    raise ImportCancelled("Stopped: nothing was imported.")

            self.repo.insert_patients(conn, patient_rows, supports, step)
            self.clinic.audit.record(
                "patient.import", "patients", None, source=plan.source.name,
                imported=len(patient_rows), duplicates=plan.count(DUPLICATE),
                rejected=plan.count(REJECTED), first=numbers[0] if numbers else None,
                last=numbers[-1] if numbers else None)
        plan.imported = len(patient_rows)
        plan.clinic_numbers = numbers
        plan.committed = True
        left_out = plan.left_out()
        if left_out:
            plan.rejects_file = self.write_rejects(plan, rejects_to or
                                                   default_rejects_path(plan.source,
                                                                        self.clinic.clock))
        plan.seconds = time.perf_counter() - started
        return plan

    def write_rejects(self, plan: ImportPlan, path: Path) -> Path:
        """The rows left out, as in the file, with a 'reason' column (UTF-8 with BOM, which
        Excel opens with the accents right)."""
        by_row = dict(zip(plan.table.numbers, plan.table.rows, strict=True))
        header = [h for h in plan.table.header]
        keep = [i for i, h in enumerate(header) if m.match_header(h) != m.IGNORE or not h]
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=plan.table.separator)
                writer.writerow([header[i] for i in keep] + ["reason"])
                for o in plan.left_out():
                    cells = by_row.get(o.row, [])
                    writer.writerow([cells[i] if i < len(cells) else "" for i in keep]
                                    + [o.reason])
        except OSError as exc:
            raise ClinicError(
                N_("The patients were imported, but the rows left out could not be written "
                   "to {0} ({1}). Run the dry run again to see them.").format(
                       path, exc.strerror or exc)) from None
        return path


def default_rejects_path(source: Path, clock: Any) -> Path:
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M")
    return source.with_name(f"{source.stem}-not-imported-{stamp}.csv")


def import_table(clinic: Any, source: Path, table: Table, *, mapping_file: Path | None = None,
                 date_order: str | None = None, dry_run: bool = False,
                 import_duplicates: bool = False, rejects_to: Path | None = None,
                 progress: Progress | None = None, fields: list[str] | None = None,
                 skip: dict[int, str] | None = None) -> ImportPlan:
    """Map (automatically, then the mapping file), dry-run, and unless ``dry_run`` import."""
    service = ImportService(clinic)
    fields = list(fields) if fields is not None else m.auto_map(table.header)
    if mapping_file is not None:
        overrides, file_order = m.load_mapping_file(mapping_file, table.header)
        for i, f in overrides.items():
            if f and f not in m.MULTI:
                fields = [m.IGNORE if x == f else x for x in fields]
            fields[i] = f
        date_order = date_order or file_order
    plan = service.plan(source, table, fields, date_order=date_order,
                        import_duplicates=import_duplicates, skip=skip, progress=progress)
    if dry_run:
        return plan
    return service.commit(plan, rejects_to=rejects_to, progress=progress)



def import_fhir(clinic: Any, source: Path, *, dry_run: bool = False,
                import_duplicates: bool = False, rejects_to: Path | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """A FHIR Bundle of Patients through the same dry run, checks and rejects file."""
    from clinic_app.interchange.fhir import FHIR_FIELDS, read_bundle

    clinic.access.require(Permission.INTERCHANGE)
    table, skip = read_bundle(source)
    return import_table(clinic, source, table, fields=list(FHIR_FIELDS), skip=skip,
                        dry_run=dry_run, import_duplicates=import_duplicates,
                        rejects_to=rejects_to, progress=progress)
