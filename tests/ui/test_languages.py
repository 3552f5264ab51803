"""The screens in English, Spanish and French.

- The catalogues are complete: every string the code sends through ``tr`` (found by running
  pyside6-lupdate on the code now) and every table label has a finished translation in es and
  fr, with its placeholders and keyboard shortcut kept.
- Nothing visible is left out of the translation system: the main screens are opened under a
  pseudo-translation that marks every translated string (⟦…⟧); any visible text left unmarked
  must be the clinic's own data (names, villages, numbers), else the test names it.
- In Spanish and French, no visible text is an English source string whose translation was
  not found at run time (a wrong context, a label never passed through ``tr_label``).
- The language is asked at first run, chosen in Settings, and Qt's own buttons follow it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from clinic_app.paths import resource_path
from clinic_app.services.clinic import Clinic
from clinic_app.ui import i18n
from clinic_app.ui.main_window import MainWindow
from clinic_app.ui.tasks import TaskRunner
from tests.ui.keys import press
from tests.ui.screens import walk_screens

ROOT = Path(__file__).resolve().parents[2]
I18N = resource_path("i18n")
LANGS = ("es", "fr")
PLACEHOLDER = re.compile(r"\{\d\}")
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
#: words Qt itself shows in English in the pseudo run (its own catalogue translates them for
#: es and fr: see test_qt_own_buttons_follow_the_language)
QT_WORDS = {"ok", "cancel", "save", "close", "yes", "no", "apply", "reset", "discard", "help",
            "open", "retry", "ignore", "abort", "restore", "defaults", "all", "to"}
#: what the person says to the patient and what goes on the patient's handout: in the
#: patient's language, whatever the screens' language (object names of those widgets)
PATIENT_LANGUAGE = re.compile(r"#(greeting|script_\w+|library|goals)\.")
#: the audit trail's who, record and details columns: what was recorded, as recorded
AUDIT_RECORDS = re.compile(r"#entries\.cell\d+,[134]$")
#: product and format names, the same in every language
SAME_EVERYWHERE = {"clinic", "companion", "csv", "pdf", "fhir", "usb", "json", "sqlite", "a4",
                   "kb", "mb", "gb", "ctrl", "f2", "f3", "f5"}


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element | None]]:
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source") or "", msg.find("translation")


def unfinished(ts: Path) -> list[str]:
    return [f"{ctx}: {src!r}" for ctx, src, tr in messages(ts)
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            or not (tr.text or "").strip()]


# the catalogues -------------------------------------------------------------------------
def test_label_catalogue_lists_every_table_label() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                           "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", LANGS)
def test_every_string_in_the_code_has_a_finished_translation(language: str,
                                                             tmp_path: Path) -> None:
    """lupdate run on the code now, into a copy of the catalogue: a string added to the code
    (or changed) arrives unfinished, and this test lists it."""
    ts = tmp_path / f"clinic_{language}.ts"
    shutil.copy(I18N / ts.name, ts)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations as update
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    files = [str(p) for p in update.sources()]
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts",
                    str(ts)], check=True)
    assert sum(1 for _ in messages(ts)) > 1000
    missing = unfinished(ts)
    assert not missing, f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", LANGS)
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    problems = []
    for ctx, src, tr in messages(I18N / f"clinic_{language}.ts"):
        text = (tr.text or "") if tr is not None else ""
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{ctx}: {src!r} -> {text!r}: placeholders differ")
        if src.replace("&&", "").count("&") and not text.replace("&&", "").count("&"):
            problems.append(f"{ctx}: {src!r} -> {text!r}: lost its keyboard shortcut")
    assert not problems, "\n".join(problems[:40])


def test_menu_shortcut_letters_do_not_clash(window: MainWindow) -> None:
    """In each language, the menus' underlined letters are unique within a menu (or Alt+key
    would pick the wrong item)."""
    clashes: list[str] = []
    for language in ("en", *LANGS):
        with language_installed(language):
            w = MainWindow(window.clinic, TaskRunner(immediate=True))
            for menu in [w.menuBar(), *w.menuBar().findChildren(QMenu)]:
                letters: dict[str, str] = {}
                for action in menu.actions():
                    found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
                    if not found or not action.isVisible():
                        continue
                    key = found.group(1).lower()
                    if key in letters:
                        clashes.append(f"{language}: {letters[key]!r} / {action.text()!r}")
                    letters[key] = action.text()
            w.close()
            w.deleteLater()
    assert not clashes, "\n".join(clashes)


# the screens ----------------------------------------------------------------------------
class language_installed:  # noqa: N801 - used as a context manager
    def __init__(self, language: str, qm: Path | None = None) -> None:
        self.language, self.qm = language, qm

    def __enter__(self) -> None:
        if self.qm is not None:
            i18n.uninstall()
            assert i18n.install_catalogue(self.qm, self.language)
        else:
            assert i18n.install(self.language) == self.language

    def __exit__(self, *exc: object) -> None:
        i18n.uninstall()


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a person sees or hears in ``root``: labels, buttons, group
    titles, tabs, placeholders, combo items, table headers and the first rows, menus,
    window titles, tooltips and accessible names."""
    out: list[tuple[str, str]] = []

    def add(w: QWidget, what: str, text: object) -> None:
        if isinstance(text, str) and plain(text):
            out.append((f"{type(w).__name__}#{w.objectName()}.{what}", plain(text)))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if w.isWindow():
            add(w, "title", w.windowTitle())
        add(w, "tooltip", w.toolTip())
        add(w, "accessible", w.accessibleName())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for c in range(columns):
                add(w, f"header{c}", model.headerData(c, Qt.Orientation.Horizontal))
                for r in range(min(model.rowCount(), 15)):
                    value = model.data(model.index(r, c, QModelIndex()))
                    if isinstance(value, str):
                        add(w, f"cell{r},{c}", value)
                    tip = model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        add(w, f"tip{r},{c}", tip)
    if isinstance(root, QMainWindow):
        for menu in [root.menuBar(), *root.menuBar().findChildren(QMenu)]:
            for action in menu.actions():
                if action.isVisible() and action.text():
                    out.append((f"menu.{action.text()}", plain(action.text())))
    return out


def collect(qtbot, clinic: Clinic) -> dict[str, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """Every main screen's texts, in the language installed now."""
    found: dict[str, list[tuple[str, str]]] = {}
    walk_screens(qtbot, clinic, lambda name, w: found.setdefault(name, texts_of(w)))
    return found


#: the tables of what people typed or the demo made up (not the app's own words)
DATA_TABLES = ("patients", "support_contacts", "users", "visits", "appointments",
               "call_attempts", "care_plans", "care_plan_items", "settings")


def data_words(clinic: Clinic) -> set[str]:
    """Every word the clinic's own records hold (names, villages, notes, staff, numbers):
    what a screen may show untranslated. Follow-up reasons, the audit trail and the sync
    tables are the app's words: left out."""
    words: set[str] = set()
    for table in DATA_TABLES:
        for column in [r[1] for r in clinic.db.conn.execute(f"PRAGMA table_info('{table}')")]:
            for (value,) in clinic.db.conn.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" '
                    f'WHERE typeof("{column}") = \'text\''):
                words.update(w.lower() for w in WORD.findall(value))
    return words


WORD = re.compile(r"[^\W\d_]+")


def unmarked(text: str) -> str:
    """``text`` without its pseudo-translated parts (innermost first: templates nest; a part
    cut from a translated text, e.g. a button's name without its shortcut, counts too)."""
    inner = re.compile(f"{MARK_OPEN}[^{MARK_OPEN}{MARK_CLOSE}]*{MARK_CLOSE}")
    while True:
        out = inner.sub(" ", text)
        if out == text:
            break
        text = out
    return re.sub(f"{MARK_OPEN}[^{MARK_CLOSE}]*$", " ", text)


def pseudo_catalogue(tmp_path: Path) -> Path:
    """Every message of the Spanish catalogue, 'translated' as ⟦source⟧."""
    tree = ET.parse(I18N / "clinic_es.ts")
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        tr.text = MARK_OPEN + (msg.findtext("source") or "") + MARK_CLOSE
        tr.attrib.clear()
    ts = tmp_path / "clinic_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_every_visible_string_goes_through_translation(qtbot, demo_clinic: Clinic,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    with language_installed("xx", pseudo_catalogue(tmp_path)):
        found = collect(qtbot, demo_clinic)
    vocabulary = data_words(demo_clinic) | QT_WORDS | SAME_EVERYWHERE | {
        name.lower() for name in i18n.UI_LANGUAGES.values()}  # each in its own language
    assert len(found) >= 13
    leaks = []
    marked = 0
    for screen, texts in found.items():
        for where, text in texts:
            rest = unmarked(text)
            marked += rest != text
            english = [w for w in WORD.findall(rest) if len(w) > 1
                       and w.lower() not in vocabulary]
            if english and not PATIENT_LANGUAGE.search(where) and not (
                    screen == "audit" and AUDIT_RECORDS.search(where)):
                leaks.append(f"{screen}: {where}: {text!r}")
    assert marked > 300
    assert not leaks, f"{len(leaks)} texts not translated:\n" + "\n".join(sorted(set(leaks)))


@pytest.mark.parametrize("language", LANGS)
def test_screens_show_the_translations(qtbot, demo_clinic: Clinic, language: str) -> None:  # type: ignore[no-untyped-def]
    """In es and fr no visible text is an English string the catalogue translates
    differently: each one was found at run time."""
    translated: dict[str, str] = {}
    for _ctx, src, tr in messages(I18N / f"clinic_{language}.ts"):
        if tr is not None and tr.text and tr.text != src:
            translated[plain(src)] = plain(tr.text)
    with language_installed(language):
        found = collect(qtbot, demo_clinic)
    own_names = set(i18n.UI_LANGUAGES.values())  # language pickers: each in its own language
    english = [f"{screen}: {where}: {text!r}" for screen, texts in found.items()
               for where, text in texts if text in translated and text not in own_names]
    assert not english, "\n".join(english)
    seen = {text for texts in found.values() for _, text in texts}
    assert len(seen & set(translated.values())) > 200


# choosing the language ------------------------------------------------------------------
@pytest.fixture
def no_choice_yet() -> Iterator[None]:
    s = i18n.settings()
    before = s.value(i18n.SETTINGS_KEY)
    s.remove(i18n.SETTINGS_KEY)
    s.sync()
    yield
    i18n.uninstall()
    s.setValue(i18n.SETTINGS_KEY, before or "en")
    s.sync()


def test_first_run_asks_and_keeps_the_choice(qtbot, no_choice_yet: None) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.app import choose_screen_language
    from clinic_app.ui.language_dialog import LanguageDialog

    assert i18n.chosen_language() is None
    asked: list[LanguageDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LanguageDialog)
        asked.append(dialog)
        dialog.buttons["fr"].setFocus()
        qtbot.keyClick(dialog.buttons["fr"], Qt.Key.Key_Space)  # the keyboard, no mouse

    QTimer.singleShot(0, answer)
    assert choose_screen_language(None) == "fr"
    assert asked and i18n.chosen_language() == "fr" and i18n.current_language() == "fr"
    # the next start does not ask again
    assert choose_screen_language(None) == "fr"
    assert len(asked) == 1


def test_settings_change_the_language_for_the_next_start(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         no_choice_yet: None) -> None:
    from clinic_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.clinic, window)
    qtbot.addWidget(dialog)
    assert dialog.language.accessibleName()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())  # the notice
    dialog.save()
    assert i18n.chosen_language() == "es"


def test_qt_own_buttons_follow_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    for language, word in (("es", "Cancelar"), ("fr", "Annuler")):
        with language_installed(language):
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            qtbot.addWidget(box)
            text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
            assert text == word


def test_a_missing_catalogue_leaves_english_and_says_so(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                        caplog) -> None:
    monkeypatch.setattr(i18n, "catalogue", lambda language: None)
    assert i18n.install("es") == "en"
    assert "stay in English" in caplog.text


def test_stored_reasons_made_from_a_template_are_translated() -> None:
    from clinic_app.domain.followups import REASON_UNREACHABLE

    with language_installed("es"):
        text = i18n.tr_label(REASON_UNREACHABLE.format(3))
    assert "3" in text and text != REASON_UNREACHABLE.format(3)


@pytest.mark.parametrize(("language", "letters"), [("es", "CNOMELA"), ("fr", "JPOMNRA")])
def test_outcome_keys_are_the_words_first_letters(qtbot, window, language: str,  # type: ignore[no-untyped-def]
                                                  letters: str) -> None:
    """A Spanish receptionist presses C for "Contestó"; each letter once; the panel's hint
    lists them; English keeps R N B M W L D."""
    from clinic_app.domain.followups import Outcome
    from clinic_app.ui.call_panel import outcome_keys
    from tests.ui.test_calls import make_due_calls, open_calls, open_panel

    order = [Outcome.REACHED, Outcome.NO_ANSWER, Outcome.BUSY, Outcome.LEFT_MESSAGE,
             Outcome.WRONG_NUMBER, Outcome.CALL_BACK_LATER, Outcome.DECLINED]
    assert list(outcome_keys()) == list("RNBMWLD")
    make_due_calls(window.clinic, 1)
    with language_installed(language):
        keys = outcome_keys()
        assert [keys[letter] for letter in letters] == order
        page = open_calls(qtbot, window)
        panel = open_panel(qtbot, window, page)
        assert f"{letters[0]} " in panel.stage_hint.text()
        press(panel, getattr(Qt.Key, f"Key_{letters[0]}"))  # reached: its short form opens
        assert panel.outcome == Outcome.REACHED
        panel.close()


def test_report_periods_name_months_in_the_screens_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from clinic_app.reports.engagement import Period
    from clinic_app.ui.i18n import month_name

    period = Period(dt.date(2026, 11, 2), dt.date(2026, 11, 29))
    assert period.label(month_name) == period.label() == "2–29 November 2026"
    with language_installed("es"):
        assert period.label(month_name) == "2–29 noviembre 2026"
    with language_installed("fr"):
        assert Period(dt.date(2026, 12, 30), dt.date(2027, 1, 5)).label(month_name) == \
            "30 décembre 2026 – 5 janvier 2027"


def test_import_reasons_are_translated_part_by_part(qapp) -> None:  # type: ignore[no-untyped-def]
    """A rejected row's reason names each field and its problem; a duplicate's, its clues."""
    import datetime as dt

    from clinic_app.interchange.rows import RowReader, RowRejected

    reader = RowReader(["given_name", "phone"], country="KE", today=dt.date(2026, 11, 23),
                       default_language="sw", date_order=None)
    with pytest.raises(RowRejected) as rejected:
        reader.read(2, ["Amina", "0712 34"])
    english = rejected.value.reason
    assert english.startswith("Phone: ")
    with language_installed("es"):
        spanish = i18n.tr_reasons(english)
        clues = i18n.tr_reasons("similar name, same phone")
    assert spanish.startswith("Teléfono: ") and "Phone" not in spanish
    assert clues != "similar name, same phone" and ", " in clues
