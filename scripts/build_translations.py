"""Compile the screens' translation catalogues for the installer build.

Every ``clinic_app/resources/i18n/*.ts`` is compiled by ``pyside6-lrelease`` into a ``.qm``
beside it (the ``.qm`` files are build output: not committed, see .gitignore). Run by
``./dev.sh installer`` before PyInstaller; on Windows run it by hand first::

    .venv\\Scripts\\python scripts\\build_translations.py

Exit status 1, with the tool's message, when a catalogue does not compile.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "clinic_app" / "resources" / "i18n"


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lrelease")


def main() -> int:
    sources = sorted(I18N.glob("*.ts")) if I18N.is_dir() else []
    if not sources:
        print(f"No translation catalogues (.ts) in {I18N}: the build's screens are English.")
        return 0
    tool = lrelease()
    if tool is None:
        print("pyside6-lrelease was not found: install the app's requirements (PySide6).",
              file=sys.stderr)
        return 1
    for ts in sources:
        qm = ts.with_suffix(".qm")
        part = ts.with_suffix(".qm.part")  # then renamed: a running app never reads half a file
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], capture_output=True,
                              text=True, check=False)
        if done.returncode != 0 or not part.exists():
            print(f"{ts.name} did not compile:\n{done.stdout}{done.stderr}", file=sys.stderr)
            return 1
        os.replace(part, qm)
        print(f"Compiled {ts.relative_to(ROOT)} -> {qm.name} ({qm.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
