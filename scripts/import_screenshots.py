"""Render each page of the import wizard to PNG (docs/screenshots/8x-import-*.png), at
normal and extra-large text size, on a French patient list with a duplicate, a repeated
row and two mistakes. Run: .venv/bin/python scripts/import_screenshots.py (offscreen)."""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QRadioButton, QWizard  # noqa: E402

from clinic_app.domain.clock import FixedClock  # noqa: E402
from clinic_app.domain.roles import Actor, Role  # noqa: E402
from clinic_app.services.clinic import Clinic  # noqa: E402
from clinic_app.ui.import_wizard import FILE, ImportWizard  # noqa: E402
from clinic_app.ui.tasks import TaskRunner  # noqa: E402
from clinic_app.ui.text_size import apply_text_size  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LIST = """Nom;Prénom;Né(e) le;Tél.;Sexe;Quartier;Remarques
LEFÈVRE;Hélène;21/06/1948;0701 234 567;F;Gatwekera;diabète
Bénard;François;03/11/1975;0722 100 200;H;Kibera;
Mercier;Cécile;12/10/1980;07 33;F;Lindi;
Garnier;Théo;31/02/1990;0711 999 000;H;Makina;
Bénard;François;03/11/1975;0722 100 200;H;Kibera;
Faure;Zoé;05/04/2001;0712 000 333;F;Kibera;
"""


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="import-shots-"))
    source = folder / "patients-2019.csv"
    source.write_bytes(LIST.encode("cp1252"))
    for size in ("normal", "extra_large"):
        clinic = Clinic(folder / f"{size}.sqlite3",
                        clock=FixedClock(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)),
                        rng=random.Random(1))
        clinic.settings.update({"country": "KE", "site_prefix": "KIB", "default_language": "fr"})
        clinic.access.actor = Actor("amina", Role.MANAGER)
        clinic.patients.register({"given_name": "Helene", "family_name": "Lefevre",
                                  "birth_date": "1948-06-21", "phones": ["0701234567"]})
        apply_text_size(app, size)  # type: ignore[arg-type]
        wizard = ImportWizard(clinic, TaskRunner(immediate=True))
        wizard.show()
        names = ["80-import-file", "81-import-columns", "82-import-preview", "83-import-check"]
        wizard.pages[FILE].load(source)
        for name in names:
            settle()
            wizard.grab().save(str(OUT / f"{name}-{size}.png"))
            print(OUT / f"{name}-{size}.png")
            wizard.next()
        settle()
        wizard.button(QWizard.WizardButton.CommitButton).click()
        settle()
        wizard.grab().save(str(OUT / f"84-import-done-{size}.png"))
        wizard.close()
        # the date question, on a list whose dates read both ways
        ambiguous = folder / "ambigu.csv"
        ambiguous.write_text("Nom;Prénom;Date de naissance\nFaure;Zoé;05/04/2001\n", "utf-8")
        wizard = ImportWizard(clinic, TaskRunner(immediate=True))
        wizard.show()
        wizard.pages[FILE].load(ambiguous)
        wizard.next()
        wizard.next()
        settle()
        wizard.grab().save(str(OUT / f"85-import-dates-{size}.png"))
        day = wizard.findChild(QRadioButton, "day_first")
        assert day is not None
        wizard.close()
        clinic.close()
    apply_text_size(app, "normal")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
