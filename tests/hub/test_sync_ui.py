"""Settings → Sync, the periodic sync and the "two versions" banner, driven as a manager and a
receptionist would, against a real hub (uvicorn on loopback over a real PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import argon2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from clinic_app.domain.clock import FixedClock
from clinic_app.domain.phones import display
from clinic_app.hub import commands
from clinic_app.services.clinic import Clinic
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.patient_dialog import PatientDialog
from clinic_app.ui.sync_conflicts import ResolveDialog
from clinic_app.ui.sync_page import SyncDialog
from clinic_app.ui.sync_stick import StickDialog
from clinic_app.ui.tasks import TaskRunner
from tests.hub.clinics import NO_WAIT, code
from tests.sync.conftest import TODAY
from tests.ui.keys import type_text

PASSWORD = "clinic-demo"
FAST = argon2.PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
CYCLE = {"sleep": NO_WAIT, "timeout": 10.0}


def log_in(clinic: Clinic, username: str) -> None:
    clinic.access.actor = None
    clinic.accounts.login(username, PASSWORD)


def make_front(qtbot, path: Path, clock: FixedClock, tasks: TaskRunner | None = None
               ) -> MainWindow:  # type: ignore[no-untyped-def]
    """A real clinic PC (not the demo: demo data never syncs), its manager logged in."""
    c = Clinic(path, clock=clock, rng=random.Random(11), password_hasher=FAST)
    c.settings.update({"country": "KE", "site_prefix": "KIF", "clinic_name": "Front Clinic"})
    c.accounts.create("amina", PASSWORD, "manager", "Amina Njoroge")
    c.accounts.create("baraka", PASSWORD, "front_desk", "Baraka Mwangi")
    log_in(c, "amina")
    w = MainWindow(c, tasks or TaskRunner(immediate=True))
    w.auto_sync.cycle = dict(CYCLE)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def front(qtbot, tmp_path: Path, file_keyring) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = make_front(qtbot, tmp_path / "front.sqlite3", FixedClock(TODAY))
    yield w
    w.clinic.close()


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any message box would be a failure here: everything is said on the page itself."""
    said: list[str] = []
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **_k: said.append(str(a[2])))
    yield said
    assert said == []


def open_page(window: MainWindow) -> SyncDialog:
    assert window.sync_action.isVisible()
    window.sync_action.trigger()
    page = window.dialog
    assert isinstance(page, SyncDialog)
    return page


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisibleTo(button.window())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enrol(window: MainWindow, hub_url: str, dsn: str) -> None:
    window.clinic.sync.enroll(hub_url, code(dsn, "Front Clinic"))


def test_connect_then_sync_now_shows_what_came(qtbot, front: MainWindow, hub_url: str,
                                               dsn: str, make_online) -> None:
    (other,) = make_online(hub_url, dsn, 1)
    other.register("Chausiku", "Wanjiru")
    other.cycle()
    page = open_page(front)
    assert page.connect_box.isVisibleTo(page) and not page.status_box.isVisibleTo(page)

    type_text(page.hub_url, hub_url)
    type_text(page.code, "AAAA-BBBB-CCCC-DDDD")  # not a code the hub gave
    click(qtbot, page.connect_button)
    errors = page.fields.visible()
    assert list(errors) == ["code"] and "enrolment code is wrong" in errors["code"]
    assert not front.clinic.sync.status().enrolled

    page.code.clear()
    type_text(page.code, code(dsn, "Front Clinic"))
    with qtbot.waitSignal(front.auto_sync.finished) as first:  # the first sync starts by itself
        click(qtbot, page.connect_button)
    assert page.status_box.isVisibleTo(page) and not page.connect_box.isVisibleTo(page)
    assert hub_url in page.where.text() and "“Front Clinic”" in page.where.text()
    assert first.args[0].received > 0
    assert f"{first.args[0].received} received from other PCs" in page.outcome.text()
    assert [p.full_name for p in front.clinic.patients.search("Chausiku").patients] == [
        "Chausiku Wanjiru"]
    assert page.last.text().startswith("Last synced ") and "today" in page.last.text()
    assert "Nothing is waiting to go" in page.waiting.text()
    status = front.clinic.sync.status()
    assert page.clock_note.isVisibleTo(page) == status.clock_wrong()

    other.register("Neema", "Mushi")
    other.cycle()
    with qtbot.waitSignal(front.auto_sync.finished) as again:
        click(qtbot, page.sync_button)
    report = again.args[0]
    assert report.received > 0 and report.error is None
    assert f"{report.sent} sent to the hub, {report.received} received" in page.outcome.text()
    assert page.sync_button.isEnabled() and not page.progress.isVisibleTo(page)
    assert front.clinic.patients.search("Neema Mushi").patients
    # the register behind the page shows who arrived
    front.search_box.setText("Neema")
    front._start_search()
    assert any("Neema" in str(front.model.data(front.model.index(r, 1)))
               for r in range(front.model.rowCount()))


def test_hub_away_plain_words_and_nothing_lost(qtbot, front: MainWindow, hub_url: str,
                                               dsn: str) -> None:
    enrol(front, hub_url, dsn)
    for given in ("Amina", "Baraka"):
        front.clinic.patients.register({"given_name": given, "family_name": "Otieno",
                                        "phones": ["0712 345 678"]}, confirmed_new=True)
    waiting = front.clinic.sync.pending()
    assert waiting > 1
    front.clinic.db.conn.execute("UPDATE sync_state SET value = 'http://127.0.0.1:9' "
                                 "WHERE key = 'hub_url'")
    page = open_page(front)
    with qtbot.waitSignal(front.auto_sync.failed):
        click(qtbot, page.sync_button)
    said = page.outcome.text()
    assert said.startswith("⚠") and "could not be reached" in said
    assert "Your work is safe on this PC" in said and "Traceback" not in said
    assert page.waiting.text() == f"{waiting} changes made on this PC are waiting to go to " \
                                  "the hub."
    assert page.last.text() == "Not synced yet."
    assert "Sync skipped: the hub could not be reached" in front.statusBar().currentMessage()
    assert front.clinic.sync.pending() == waiting  # nothing lost

    front.clinic.db.conn.execute("UPDATE sync_state SET value = ? WHERE key = 'hub_url'",
                                 (hub_url,))
    with qtbot.waitSignal(front.auto_sync.finished):
        click(qtbot, page.sync_button)
    assert page.outcome.text().startswith("✓ Synced")
    assert not page.problem.isVisibleTo(page)  # the old problem is gone
    assert "Nothing is waiting to go" in page.waiting.text()
    assert front.clinic.sync.pending() == 0


def test_bundles_on_a_stick_through_the_page(qtbot, front: MainWindow, hub_url: str,
                                             dsn: str, make_online, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (other,) = make_online(hub_url, dsn, 1)  # a PC with a link, at another clinic
    other.register("Zawadi", "Kamau")
    other.cycle()
    front.clinic.patients.register({"given_name": "Amina", "family_name": "Otieno"},
                                   confirmed_new=True)
    made_here = front.clinic.sync.pending()
    page = open_page(front)  # never enrolled: no link at all
    click(qtbot, page.stick_box.export_button)
    stick = page.stick_box.stick
    assert isinstance(stick, StickDialog) and stick.isVisible()
    (tmp_path / "KINGSTON").mkdir()
    stick.add_folder(tmp_path / "KINGSTON")
    click(qtbot, stick.write_button)
    (bundle,) = (tmp_path / "KINGSTON").glob("*.clinicsync")
    assert f"Sync bundle written: {bundle.name}" in page.stick_box.outcome.text()
    assert f"the {made_here} changes the hub does not have" in page.stick_box.outcome.text()
    after_export = front.clinic.sync.pending()  # and the audit entry of the export

    office = tmp_path / "office"
    office.mkdir()
    back = commands.import_bundle(dsn, bundle, office)  # at the district office

    damaged = tmp_path / "KINGSTON" / ("cut-" + back.name)
    damaged.write_bytes(back.read_bytes()[: back.stat().st_size // 2])
    chosen = [damaged, back]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(chosen.pop(0)), "Sync bundles (*.clinicsync)"))
    click(qtbot, page.stick_box.import_button)
    assert page.stick_box.error.isVisibleTo(page) and "refused" in page.stick_box.error.text()
    assert front.clinic.sync.pending() == after_export  # the damaged one changed nothing
    assert not front.clinic.patients.search("Zawadi").patients

    click(qtbot, page.stick_box.import_button)
    assert not page.stick_box.error.isVisibleTo(page)
    text = page.stick_box.outcome.text()
    assert text.startswith("✓ Return bundle read") and f"confirmed {made_here} changes" in text
    left = front.clinic.db.query("SELECT DISTINCT table_name FROM sync_outbox WHERE acked = 0")
    assert [r[0] for r in left] == ["audit_log"]  # what was written after the export
    assert front.clinic.patients.search("Zawadi").patients


def test_two_versions_banner_then_the_choice_syncs(qtbot, front: MainWindow, hub_url: str,
                                                   dsn: str, make_online) -> None:
    enrol(front, hub_url, dsn)
    (other,) = make_online(hub_url, dsn, 1)
    pid = front.clinic.patients.register({"given_name": "Amina", "family_name": "Otieno",
                                          "phones": ["0712 345 678"]}, confirmed_new=True).id
    front.clinic.sync.sync_now(**CYCLE)
    other.cycle()
    front.clinic.clock.advance(minutes=1)
    other.clock.advance(minutes=5)  # the other PC's edits are the later ones
    front.clinic.patients.update(pid, {"phones": ["0712 999 888"], "family_name": "Otiena"})
    other.edit(pid, phones=["0733 111 222"], family_name="Ochieng")
    other.cycle()

    page = open_page(front)
    with qtbot.waitSignal(front.auto_sync.finished):
        click(qtbot, page.sync_button)
    assert "changed the same details at the same time (2)" in page.outcome.text()
    other.cycle()  # the other PC got this PC's edits too: the same two conflicts there
    assert len(other.sync.conflicts()) == 2
    assert page.conflict_box.isVisibleTo(page) and page.conflict_list.count() == 2
    lines = [page.conflict_list.item(i).text() for i in range(2)]
    mine, theirs = display("+254712999888", "KE"), display("+254733111222", "KE")
    assert f"⚠ KIF-000001 Amina Ochieng: phone numbers — this PC {mine}, the other PC " \
        f"{theirs}" in lines

    # the family name, from the list in the Sync page: neither version, the right one typed
    row = next(i for i, t in enumerate(lines) if "family name" in t)
    page.conflict_list.setCurrentRow(row)
    click(qtbot, page.open_button)
    choice = page.choice
    assert isinstance(choice, ResolveDialog) and choice.isVisible()
    click(qtbot, choice.save_button)  # nothing chosen yet: said, nothing saved
    assert "Choose one of the versions" in choice.error.text()
    choice.typed.clear()
    type_text(choice.typed, "Otieno")
    assert choice.type_radio.isChecked()
    click(qtbot, choice.save_button)
    assert page.conflict_list.count() == 1
    page.reject()

    # the phone, at the front desk, from the banner in the patient's record
    log_in(front.clinic, "baraka")
    front.unlock()
    front.open_patient(pid)
    record = front.dialog
    assert isinstance(record, PatientDialog)
    banner = record.two_versions
    assert banner.isVisibleTo(record)
    (text,) = [w.text() for w in banner.findChildren(type(record.heading), "two_versions_text")]
    assert text == (f"Two PCs changed the phone numbers at the same time: this PC had {mine}, "
                    f"the other PC {theirs}. The record shows {theirs} now.")
    assert record.phone1.text() == theirs
    keep = banner.findChild(type(page.sync_button), "keep_mine")
    assert keep.text() == f"Keep {mine} (this PC's)"
    click(qtbot, keep)
    assert not banner.isVisibleTo(record)
    assert record.phone1.text() == mine
    assert front.clinic.patients.get(pid).phones == ("+254712999888",)
    assert front.clinic.sync.conflicts() == []
    record.reject()  # nothing typed since: closes without asking
    assert not record.isVisible()

    # the choices are ordinary edits: they sync and settle the conflicts at the other PC
    log_in(front.clinic, "amina")
    front.clinic.sync.sync_now(**CYCLE)
    other.cycle()
    assert other.sync.conflicts() == []
    mine = other.clinic.patients.get(pid)
    assert (mine.phones, mine.family_name) == (("+254712999888",), "Otieno")


def test_the_timer_syncs_once_when_due(qtbot, front: MainWindow, hub_url: str, dsn: str,
                                       make_online) -> None:
    auto = front.auto_sync
    assert auto.timer.isActive()
    auto.timer.timeout.emit()  # not enrolled: nothing to do
    assert auto.runs == 0
    enrol(front, hub_url, dsn)
    (other,) = make_online(hub_url, dsn, 1)
    other.register("Neema", "Mushi")
    other.cycle()
    log_in(front.clinic, "baraka")  # whoever is logged in: it runs as the system
    front.unlock()
    with qtbot.waitSignal(auto.finished) as done:
        auto.timer.timeout.emit()
    assert auto.runs == 1 and done.args[0].received > 0
    assert front.statusBar().currentMessage().startswith("Synced with the hub at ")
    front.search_box.setText("Neema")
    front._start_search()
    assert front.model.rowCount() == 1  # the list refreshed with what came
    auto.timer.timeout.emit()  # synced a moment ago: not again
    assert auto.runs == 1
    front.clinic.clock.advance(minutes=15)
    log_in(front.clinic, "amina")
    front.clinic.settings.update({"sync_every_minutes": 0})  # only when asked
    auto.timer.timeout.emit()
    assert auto.runs == 1
    front.clinic.settings.update({"sync_every_minutes": 15})
    auto.timer.timeout.emit()
    assert auto.runs == 2


def test_never_two_syncs_at_once(qtbot, tmp_path: Path, file_keyring, hub_url: str,
                                 dsn: str) -> None:
    """On real worker threads: while one sync runs, neither the timer nor "Sync now" starts
    a second one."""
    tasks = TaskRunner()
    w = make_front(qtbot, tmp_path / "front.sqlite3", FixedClock(TODAY), tasks)
    try:
        enrol(w, hub_url, dsn)
        auto = w.auto_sync
        page = open_page(w)
        with qtbot.waitSignal(auto.finished):
            auto.check()
            assert auto.running and not page.sync_button.isEnabled()
            assert "Syncing with the hub" in page.sync_state.text()
            auto.check()
            page.sync_now()
            assert "A sync is running already" in page.outcome.text()
            assert auto.runs == 1
        assert not auto.running and page.sync_button.isEnabled()
    finally:
        tasks.wait()
        w.clinic.close()


def test_every_n_minutes_and_the_demo(qtbot, front: MainWindow, tmp_path: Path) -> None:
    from clinic_app.services import demo

    front.settings_action.trigger()  # Settings → Sync
    settings = front.dialog
    click(qtbot, settings.findChild(QPushButton, "sync"))
    page = front.sync_dialog
    assert isinstance(page, SyncDialog) and page.isVisible() and page.parent() is settings
    page.reject()
    settings.reject()

    page = open_page(front)  # Manage → Sync with the hub…
    assert page.connect_box.isEnabled() and not page.demo_note.isVisibleTo(page)
    front.clinic.db.conn.execute("INSERT INTO sync_state (key, value) VALUES "
                                 "('hub_url', 'http://127.0.0.1:9')")
    page.refresh()
    assert page.every.currentText() == "Every 15 minutes"
    page.every.setCurrentIndex(page.every.findData(0))
    page.every.activated.emit(page.every.currentIndex())
    assert front.clinic.settings.get("sync_every_minutes") == 0
    page.refresh()
    assert page.every.currentText() == "Only when I press “Sync now”"
    page.reject()

    shown = Clinic(tmp_path / "demo.sqlite3", clock=FixedClock(TODAY), password_hasher=FAST)
    try:
        demo.generate(shown, 5, seed=3)  # demo data: never syncs
        log_in(shown, "amina")
        w = MainWindow(shown, TaskRunner(immediate=True))
        qtbot.addWidget(w)
        page = open_page(w)
        assert page.demo_note.isVisibleTo(page) and "demo" in page.demo_note.text()
        assert not page.stick_box.isEnabled() and not page.connect_box.isEnabled()
    finally:
        shown.close()


def test_a_wrong_clock_is_said_in_plain_words(qtbot, tmp_path: Path, file_keyring,
                                              hub_url: str, dsn: str) -> None:
    ahead = FixedClock(dt.datetime.now(dt.UTC) + dt.timedelta(days=10))
    w = make_front(qtbot, tmp_path / "ahead.sqlite3", ahead)
    try:
        enrol(w, hub_url, dsn)
        w.clinic.patients.register({"given_name": "Amina", "family_name": "Otieno"},
                                   confirmed_new=True)
        page = open_page(w)
        with qtbot.waitSignal(w.auto_sync.finished):
            click(qtbot, page.sync_button)
        assert page.clock_note.isVisibleTo(page)
        assert "clock is about 10 days ahead of the hub's" in page.clock_note.text()
        assert page.held.isVisibleTo(page) and "held back" in page.held.text()
    finally:
        w.clinic.close()
