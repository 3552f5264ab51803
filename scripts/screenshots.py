"""Render each main screen of the demo clinic to PNG (docs/screenshots/), at normal and
extra-large text size: log-in, set-up wizard, front desk, records, staff and audit screens,
calls today, the call panel, contacts to confirm and decliners, Settings → Sync and a record
with two versions.
Run: ./dev.sh screenshots  (offscreen; no display needed). Throw-away data only: the
keyring is a file in a temporary folder."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from clinic_app.services.clinic import Clinic  # noqa: E402
from clinic_app.ui.app import open_demo  # noqa: E402
from clinic_app.ui.audit_dialog import AuditDialog  # noqa: E402
from clinic_app.ui.login_dialog import LoginDialog, demo_hint_text  # noqa: E402
from clinic_app.ui.main_window import MainWindow  # noqa: E402
from clinic_app.ui.patient_dialog import PatientDialog  # noqa: E402
from clinic_app.ui.tasks import TaskRunner  # noqa: E402
from clinic_app.ui.text_size import apply_text_size  # noqa: E402
from clinic_app.ui.users_dialog import UsersDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


LANGUAGE = "en"  # --language: the screens' language (file names end in -es, -fr)
THEME = "normal"  # --theme high_contrast: file names end in -hc


def shot(name: str, size: str, widget: QWidget) -> None:
    settle()
    suffix = ("" if LANGUAGE == "en" else f"-{LANGUAGE}") + (
        "-hc" if THEME == "high_contrast" else "")
    path = OUT / f"{name}-{size}{suffix}.png"
    widget.grab().save(str(path))
    print(path.relative_to(OUT.parent.parent))


def duplicate(d: PatientDialog) -> None:
    d.given.setText("Maria")
    d.family.setText("Gonzales")
    d.phone1.setText("0712 345 678")
    d.save()


def invalid(d: PatientDialog) -> None:
    d.birth_date.setText("2031-02-30")
    d.phone1.setText("0712 34")
    d.save()


def render_login(clinic: Clinic, size: str) -> None:
    from clinic_app.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    clinic.accounts.logout()
    login = LoginDialog(clinic, demo_hint=demo_hint_text(DEMO_ACCOUNTS, DEMO_PASSWORD))
    login.show()
    login.resize(login.minimumWidth(), login.sizeHint().height())
    shot("10-login", size, login)
    login.username.setText("amina")
    login.password.setText("wrong")
    login.attempt()
    login.resize(login.minimumWidth(), login.sizeHint().height())
    shot("11-login-wrong-password", size, login)
    login.finish()
    clinic.accounts.logout()
    locked = LoginDialog(clinic, message=login.tr(
        "Locked after 5 minutes without use. Log in to continue."))
    locked.show()
    locked.resize(locked.minimumWidth(), locked.sizeHint().height())
    shot("12-login-locked", size, locked)
    locked.finish()
    clinic.accounts.login("amina", "clinic-demo")


def render_wizard(folder: Path, size: str) -> None:
    from clinic_app.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(folder / f"setup-{size}.sqlite3")
    wizard.resize(wizard.minimumSize())
    wizard.show()
    shot("20-setup-clinic", size, wizard)
    page = wizard.clinic_page
    page.name.setText("Lindi Health Post")
    page.phone.setText("+255 23 220 2000")
    page.country.setText("ZZ")
    page.prefix.setText("LND1")
    wizard.next()
    shot("21-setup-clinic-errors", size, wizard)
    page.country.setText("TZ")
    page.prefix.setText("LND")
    wizard.next()
    manager = wizard.manager_page
    manager.username.setText("neema")
    manager.display_name.setText("Neema Mushi")
    manager.password.setText("baobab tree shade")
    manager.again.setText("baobab tree")
    wizard.next()
    shot("22-setup-manager", size, wizard)
    manager.again.setText("baobab tree shade")
    wizard.next()
    shot("23-setup-recovery-key", size, wizard)
    assert wizard.recovery_page is not None
    wizard.recovery_page.key.tick.setChecked(True)
    wizard.accept()
    if wizard.clinic is not None:
        wizard.clinic.close()


def render(clinic: Clinic, maria_id: str, twin_number: str, size: str) -> None:
    window = MainWindow(clinic, TaskRunner(immediate=True))
    window.set_text_size(size)
    window.resize(1200, 760)
    window.show()
    shot("01-front-desk", size, window)
    for name, query in (("02-search-results", "mar gon"),
                        ("03-no-match-suggestions", "Ngozi Okafor")):
        window.search_box.setText(query)
        window._start_search()
        shot(name, size, window)
    window.search_box.clear()

    def dialog_shot(name: str, opener: Callable[[], None],
                    fill: Callable[[PatientDialog], None] | None = None) -> None:
        opener()
        dialog = window.dialog
        assert dialog is not None
        if isinstance(dialog, PatientDialog):
            dialog.resize(1150 if size == "normal" else 1500, 900)
            if fill:
                fill(dialog)
        elif isinstance(dialog, (UsersDialog, AuditDialog)):
            dialog.resize(dialog.minimumWidth(), dialog.height())
        else:
            dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height() + 40)
        shot(name, size, dialog)
        QDialog.reject(dialog)  # close without the 'discard what you typed?' question

    dialog_shot("04-patient-record", lambda: window.open_patient(maria_id))
    dialog_shot("05-duplicate-warning", window.new_patient, duplicate)
    dialog_shot("06-inline-errors", window.new_patient, invalid)
    window.search_box.setText("KIB-000001")
    window._start_search()
    window.table.selectRow(0)
    dialog_shot("07-merge", lambda: (window.merge_records(),
                                     window.dialog.merge_number.setText(twin_number)))
    dialog_shot("08-settings", window.open_settings)
    dialog_shot("30-staff-accounts", window.open_users)
    dialog_shot("31-audit-trail", window.open_audit)

    def audit_checked() -> None:
        window.open_audit()
        dialog = window.dialog
        assert isinstance(dialog, AuditDialog)
        dialog.verify()

    dialog_shot("32-audit-trail-checked", audit_checked)
    render_calls(window, size)
    render_care(window, size)
    render_backup(window, size)
    render_report(window, size)
    window.lock(window.tr("Locked after 5 minutes without use. Log in to continue."))
    shot("09-locked", size, window)
    window.close()


def render_report(window: MainWindow, size: str) -> None:
    """The engagement report (Manage → Engagement report…) over the last four weeks of the
    demo clinic's calls beside the four weeks before."""
    import datetime as dt

    from PySide6.QtCore import QDate

    from clinic_app.ui.report_dialog import ReportDialog

    window.open_report()
    dialog = window.dialog
    assert isinstance(dialog, ReportDialog)
    last = dt.date.today() - dt.timedelta(days=1)
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    dialog.first.setDate(QDate(last - dt.timedelta(days=27)))
    dialog.last.setDate(QDate(last))
    dialog.refresh()
    dialog.resize(1300 if size == "normal" else 1750, 860 if size == "normal" else 1060)
    shot("90-engagement-report", size, dialog)
    dialog.reject()


def render_calls(window: MainWindow, size: str) -> None:
    """Calls today, the call panel (outcome keys, the reached form, the decline reasons),
    contacts to confirm and decliners."""
    from clinic_app.domain.followups import Outcome

    pages = window.pages
    pages.show_page(pages.calls)
    shot("40-calls-today", size, window)
    page = pages.calls
    page.table.selectRow(0)
    page.open_row(0)
    panel = page.panel
    assert panel is not None
    # a common clinic PC screen (the offscreen one is only 800 x 800)
    panel.resize(1150 if size == "normal" else 1500, 860 if size == "normal" else 1000)
    shot("41-call-panel", size, panel)
    panel.choose(Outcome.REACHED)
    form = panel.reached
    form.adherence.buttons["some"].setChecked(True)
    form.barriers["side_effects"].setChecked(True)
    form.feeling.buttons["same"].setChecked(True)
    form.notes.setText("Feels dizzy in the mornings")
    shot("42-call-reached-form", size, panel)
    panel.show_stage(0)
    panel.choose(Outcome.DECLINED)
    panel.save()  # no reason chosen: the panel says so
    shot("43-call-declined-reason", size, panel)
    QDialog.reject(panel)
    settle()
    pages.show_page(pages.contacts)
    shot("44-contacts-to-confirm", size, window)
    pages.show_page(pages.decliners)
    shot("45-decliners", size, window)
    pages.setCurrentWidget(pages.patients)


def render_care(window: MainWindow, size: str) -> None:
    """The care plan editor with its plain-language check, the handout preview and a day's
    batch of handouts."""
    import time

    from clinic_app.ui.batch_print_dialog import BatchPrintDialog
    from clinic_app.ui.care_plan_dialog import CarePlanDialog
    from clinic_app.ui.handout_dialog import HandoutDialog

    clinic = window.clinic
    patient = next(p for _, p in clinic.patients.list_at(0, 300)
                   if p.id and clinic.care_plans.current(p.id) is not None)
    wide, tall = (1366, 768) if size == "normal" else (1600, 1000)
    plan = CarePlanDialog(clinic, window.tasks, patient, window)
    plan.resize(wide, tall)
    plan.show()
    shot("50-care-plan", size, plan)
    QDialog.reject(plan)
    handout = HandoutDialog(clinic, window.tasks, patient, window)
    handout.resize(wide, tall)
    handout.show()
    end = time.monotonic() + 2  # QPdfView draws its pages on a thread of its own
    while time.monotonic() < end:
        QApplication.processEvents()
    shot("51-handout-preview", size, handout)
    handout.reject()
    day = clinic.db.query("SELECT v.visit_date FROM visits v JOIN care_plans c ON "
                          "c.patient_id = v.patient_id GROUP BY 1 ORDER BY count(*) DESC "
                          "LIMIT 1")[0][0]
    with tempfile.TemporaryDirectory() as folder:
        batch = BatchPrintDialog(clinic, window.tasks, window)
        batch.day.setText(day)
        batch.folder.setText(str(Path(folder) / "handouts"))
        batch.show()
        batch.start()
        batch.resize(batch.minimumWidth(), batch.sizeHint().height() + 40)
        shot("52-batch-handouts", size, batch)
        batch.reject()


def render_backup(window: MainWindow, size: str) -> None:
    """Back up now (a verified backup on a 'stick' folder) and Restore (what it holds)."""
    from clinic_app.ui.backup_dialog import BackupDialog
    from clinic_app.ui.restore_dialog import RestoreDialog

    phrase = "mango river blue lantern"
    with tempfile.TemporaryDirectory() as folder:
        stick = Path(folder) / "KINGSTON"
        stick.mkdir()
        backup = BackupDialog(window.clinic, window.tasks, window)
        backup.add_folder(stick, "KINGSTON (/media/clinic/KINGSTON, 14.2 GB free)")
        backup.passphrase.setText(phrase)
        backup.again.setText(phrase)
        backup.show()
        backup.start()
        backup.resize(backup.minimumWidth(), backup.sizeHint().height())
        shot("70-backup-verified", size, backup)
        backup.reject()
        restore = RestoreDialog(window.clinic, window.tasks, window)
        restore.file.setText(str(backup.result.path))
        restore.passphrase.setText(phrase)
        restore.show()
        restore.check()
        restore.resize(restore.minimumWidth(), restore.sizeHint().height())
        shot("71-restore-check", size, restore)
        restore.reject()


def render_sync(folder: Path, size: str) -> None:
    """Settings → Sync: connecting (a refused code), the status of a PC whose hub is away,
    with a record two PCs changed at once (made for real with bundles: demo data never
    syncs), the "two versions" banner in the record and the choice."""
    import datetime as dt
    import random
    import socket

    from clinic_app.domain.clock import iso_utc
    from clinic_app.sync.client import HubClient, HubRefusedToken

    def real(name: str, prefix: str, manager: str) -> Clinic:
        c = Clinic(folder / f"sync-{prefix}-{size}.sqlite3", rng=random.Random(len(name)))
        c.settings.update({"country": "KE", "site_prefix": prefix, "clinic_name": name})
        c.accounts.create(manager, "clinic-demo", "manager")  # user names travel: one each
        c.accounts.login(manager, "clinic-demo")
        return c

    here = real("Kibera Community Clinic", "KIB", "amina")
    there = real("Kibera PC 2", "KIC", "baraka")
    stick = folder / f"stick-{size}"
    stick.mkdir()
    p = here.patients.register({"given_name": "Amina", "family_name": "Otieno",
                                "phones": ["0712 345 678"], "village": "Kibera"},
                               confirmed_new=True)
    assert p.id
    there.sync.import_bundle(here.sync.export_bundle(stick))
    here.patients.update(p.id, {"phones": ["0712 999 888"]})
    there.patients.update(p.id, {"phones": ["0733 111 222"]})
    there.sync.import_bundle(here.sync.export_bundle(stick))
    here.sync.import_bundle(there.sync.export_bundle(stick))
    url = "https://hub.kisumu-health.example"
    now = here.clock.now()
    away = HubClient(url)._why(socket.gaierror())  # the words a missing link gets
    for key, value in {"hub_url": url, "hub_site_name": "Kibera Community Clinic",
                       "last_sync_ok": iso_utc(now - dt.timedelta(hours=2)),
                       "last_sync_attempt": iso_utc(now - dt.timedelta(minutes=4)),
                       "last_sync_error": away}.items():
        here.meta.set_sync_state(key, value)
    window = MainWindow(here, TaskRunner(immediate=True))
    window.resize(1200, 760)
    window.show()
    window.open_sync()
    page = window.dialog
    assert page is not None
    page.resize(page.minimumWidth(), page.body.sizeHint().height() + 20)
    shot("80-sync-status", size, page)
    page.open_conflict(0)
    choice = page.choice
    choice.resize(choice.minimumWidth(), choice.sizeHint().height())
    shot("83-sync-choose", size, choice)
    QDialog.reject(choice)
    QDialog.reject(page)
    window.open_patient(p.id)
    record = window.dialog
    assert record is not None
    record.resize(1150 if size == "normal" else 1500, 900)
    shot("82-two-versions", size, record)
    QDialog.reject(record)
    window.close()
    fresh = real("Lindi Health Post", "LND", "neema")
    window = MainWindow(fresh, TaskRunner(immediate=True))
    window.open_sync()
    page = window.dialog
    assert page is not None
    page.hub_url.setText(url)
    page.code.setText("ABCD-EFGH")
    page._enroll_failed(HubRefusedToken(  # the hub's words for a wrong code
        "The hub refused this PC: This enrolment code is wrong, used already or expired: ask "
        "the hub's administrator for a new one."))
    page.resize(page.minimumWidth(), page.body.sizeHint().height() + 20)
    shot("81-sync-connect", size, page)
    QDialog.reject(page)
    window.close()
    for c in (here, there, fresh):
        c.close()


def render_handout_pages(clinic: Clinic, folder: Path) -> None:
    """Page 1 of a demo patient's handout in English and Spanish, as printed (pdftoppm)."""
    import subprocess

    pid = next(p.id for _, p in clinic.patients.list_at(0, 300)
               if p.id and clinic.care_plans.current(p.id) is not None)
    for name, language in (("60-handout-en", "en"), ("61-handout-es", "es")):
        pdf = folder / f"{name}.pdf"
        pdf.write_bytes(clinic.care_plans.handout(pid, language=language,
                                                  destination="preview").pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1",
                        "-singlefile", str(pdf), str(OUT / f"{name}-page1")], check=True)
        print(f"docs/screenshots/{name}-page1.png")


def main() -> int:
    import argparse

    from keyrings.alt.file import PlaintextKeyring

    from clinic_app.security import secrets
    from clinic_app.ui import i18n

    global LANGUAGE, OUT, THEME
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=tuple(i18n.UI_LANGUAGES), default="en")
    parser.add_argument("--theme", choices=("normal", "high_contrast"), default="normal")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument("--sizes", default="normal,extra_large",
                        help="text sizes, comma-separated (normal, large, extra_large)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    LANGUAGE = i18n.install(args.language)
    OUT, THEME = args.out, args.theme
    from clinic_app.ui.theme import apply_theme

    apply_theme(app, THEME)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        keys = PlaintextKeyring()  # throw-away screenshots only, never a clinic's secrets
        keys.file_path = str(Path(tmp) / "keyring.cfg")
        secrets.use_backend(keys)
        clinic = open_demo(Path(tmp) / "demo.sqlite3")
        clinic.accounts.login("amina", "clinic-demo")
        clinic.settings.update({"theme": THEME})  # the windows re-read it
        maria = clinic.patients.repo.by_clinic_number("KIB-000001")
        assert maria and maria.id
        clinic.patients.update(maria.id, {"phone_confirmed_at": "2025-06-01"})
        twin = clinic.patients.register({"given_name": "Maria", "family_name": "Gonzales",
                                         "birth_year": 1984, "village": "Kibera"},
                                        confirmed_new=True)
        # a visit on the duplicate, so the merge has something to move
        clinic.patients.repo.insert_rows(
            "visits", ("id", "patient_id", "visit_date", "reason", "created_at", "updated_at",
                       "hlc", "site_id"),
            [(clinic.meta.new_id(), twin.id, "2026-10-02", "Blood pressure check",
              twin.created_at, twin.created_at, "0", clinic.meta.site_id)])
        if LANGUAGE == "en" and THEME == "normal":
            render_handout_pages(clinic, Path(tmp))
        for size in args.sizes.split(","):
            apply_text_size(QApplication.instance(), size)  # type: ignore[arg-type]
            render_wizard(Path(tmp), size)
            render_login(clinic, size)
            render(clinic, maria.id, twin.clinic_number or "", size)
            render_sync(Path(tmp), size)
        clinic.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
