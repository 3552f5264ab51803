"""Starting the app: the demo clinic is made on first use; a bad database is a message.

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

PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from clinic_app.ui import app as gui
    from clinic_app.ui.main_window import MainWindow

    seen = {}
    QMessageBox.critical = lambda _p, _t, text: seen.setdefault("critical", text)

    def look():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.update(title=window.windowTitle(), rows=window.model.rowCount(),
                    focus=QApplication.focusWidget() is window.search_box)
        window.close()

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(500, look)
    seen["code"] = gui.run(Path(sys.argv[1]), demo=sys.argv[2] == "demo")
    print(json.dumps(seen))
""")


def run_app(path: Path, mode: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), mode], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_run_opens_the_demo_clinic_with_search_focused(tmp_path: Path) -> None:
    seen = run_app(tmp_path / "demo.sqlite3", "demo")
    assert seen["code"] == 0
    assert "Kibera Community Clinic" in str(seen["title"])
    assert seen["focus"] is True
    assert seen["rows"] == 2000  # the whole demo register, scrollable
    from clinic_app.ui import app as gui

    reopened = gui.open_clinic(tmp_path / "demo.sqlite3", demo=True)
    assert reopened.patients.count() == gui.DEMO_PATIENTS  # made once, not again
    reopened.close()


def test_run_on_a_damaged_file_says_so_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "clinic.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    seen = run_app(bad, "plain")
    assert seen["code"] == 2
    assert "not a readable clinic database" in str(seen["critical"])
    assert bad.read_bytes() == b"this is not a database" * 100
