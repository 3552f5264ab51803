"""Starting the app: the demo clinic is made on first use and asks who is logging in; a bad
database is a message.

These run the real start-up (``clinic_app.ui.app.run``, event loop included) in a child
process: quitting an event loop would end the one this test session shares.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from clinic_app.security.keys import is_plain

PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
    from clinic_app.ui import app as gui
    from clinic_app.ui.login_dialog import LoginDialog
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.unlock_dialog import UnlockDialog

    seen = {"steps": 0}
    QMessageBox.critical = lambda _p, _t, text: seen.setdefault("critical", text)

    def shown(kind):
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible()), None)

    def step():
        seen["steps"] += 1
        if seen["steps"] > 100:
            QApplication.quit()
            return
        login, window, unlock = shown(LoginDialog), shown(MainWindow), shown(UnlockDialog)
        if unlock is not None:
            seen["unlock"] = unlock.findChild(QLabel, "intro").text()
            unlock.reject()
            return
        if login is not None and "hint" not in seen:
            seen.update(hint=login.hint.text(), login_focus=login.username.hasFocus())
            login.username.setText("amina")
            login.password.setText("clinic-demo")
            login.login_button.click()
        elif window is not None and window.search_box.hasFocus():
            seen.update(title=window.windowTitle(), rows=window.model.rowCount(),
                        user=window.user_label.text(), focus=True)
            window.close()
            return
        QTimer.singleShot(100, step)

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, step)
    seen["code"] = gui.run(Path(sys.argv[1]), demo=sys.argv[2] == "demo")
    print(json.dumps(seen))
""")


def run_app(path: Path, mode: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), mode], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_demo_clinic_asks_who_logs_in_then_opens_with_search_focused(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    seen = run_app(db, "demo")
    assert seen["code"] == 0
    assert "amina (manager)" in str(seen["hint"]) and "clinic-demo" in str(seen["hint"])
    assert seen["login_focus"] is True
    assert "Kibera Community Clinic" in str(seen["title"])
    assert "Amina Otieno (manager)" in str(seen["user"])
    assert seen["focus"] is True
    assert seen["rows"] == 2000  # the whole demo register, scrollable
    # encrypted, with its (demo-only) key file beside it
    assert not is_plain(db) and Path(f"{db}.key").exists()
    from clinic_app.ui import app as gui

    reopened = gui.open_demo(db)
    assert reopened.patients.count() == gui.DEMO_PATIENTS  # made once, not again
    actions = [e.action for e in reopened.audit.search(limit=10)]
    assert "auth.logout" in actions and "auth.login" in actions
    reopened.close()


def test_run_on_a_damaged_file_says_so_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "clinic.sqlite3"
    damaged = b"SQLite format 3\x00" + b"this is not a database" * 100
    bad.write_bytes(damaged)
    seen = run_app(bad, "plain")
    assert seen["code"] == 2
    assert "not a readable clinic database" in str(seen["critical"])
    assert bad.read_bytes() == damaged


def test_a_file_that_cannot_be_a_database_says_damaged(tmp_path: Path) -> None:
    """No header and not whole pages: no key could open it."""
    bad = tmp_path / "clinic.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    seen = run_app(bad, "plain")
    assert seen["code"] == 2
    assert "damaged" in str(seen["critical"])
    assert bad.read_bytes() == b"this is not a database" * 100


def test_unreadable_file_asks_for_the_recovery_key_and_quit_leaves_it(tmp_path: Path) -> None:
    """Whole pages of random-looking bytes may be an encrypted database: only a key can tell."""
    bad = tmp_path / "clinic.sqlite3"
    content = bytes(range(256)) * 32  # 8,192 bytes: two pages
    bad.write_bytes(content)
    seen = run_app(bad, "plain")
    assert seen["code"] == 0
    assert "recovery key" in str(seen["unlock"]) and "damaged" in str(seen["unlock"])
    assert bad.read_bytes() == content
