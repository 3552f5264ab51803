"""The quality bars, on every handout the demo clinic can produce, in every language.

Each distinct demo care plan is printed in English, Spanish and French through the service
(as the app and ``clinic-app handout`` do), read back with pdfplumber and held to: body text
≥ 18 pt, headings ≥ 22 pt, every font embedded, the medicine table present, the patient's
goals present, and the words a patient reads at reading grade ≤ 6 (English Flesch-Kincaid)
or Fernández-Huerta / Kandel-Moles ≥ 70 (Spanish, French).
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1

from clinic_app.domain.careplan import amount_text
from clinic_app.domain.clock import FixedClock
from clinic_app.domain.library import handout_texts
from clinic_app.domain.readability import check
from clinic_app.services.clinic import Clinic
from tests.handouts.test_pdf import font_dicts, is_footer, name_of, squash

LANGUAGES = ("en", "es", "fr")
HEADINGS = ("title", "your_medicines", "what_for", "your_goals", "warning", "questions",
            "next_appointment")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    from clinic_app.services import demo as demo_data

    clinic = Clinic(tmp_path_factory.mktemp("demo") / "demo.sqlite3",
                    clock=FixedClock(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)),
                    rng=random.Random(5))
    demo_data.generate(clinic, 120, seed=11)
    yield clinic
    clinic.close()


def distinct_plans(clinic: Clinic) -> list[str]:
    """One patient for each different plan content the demo made (plus its language)."""
    rows = clinic.db.query("SELECT min(patient_id) FROM care_plans GROUP BY content")
    return sorted(r[0] for r in rows)


def patient_words(clinic: Clinic, pid: str, language: str) -> str:
    """The sentences a patient reads: the fixed texts and the plan's own words, as printed."""
    plan = clinic.care_plans.current(pid)
    assert plan is not None
    shown = clinic.care_plans._in_language(plan, language)
    t = handout_texts(language)
    fixed = [t[k] for k in ("title", "your_medicines", "what_for", "your_goals", "warning",
                            "next_steps", "questions", "no_appointment")] + t["question_list"]
    own = shown.patient_texts()
    return "\n".join(fixed + own)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_handout_meets_the_bars(demo: Clinic, language: str,
                                           tmp_path: Path) -> None:
    pids = distinct_plans(demo)
    assert len(pids) >= 30  # the demo's variety: conditions, medicines, languages
    texts = handout_texts(language)
    for pid in pids:
        plan = demo.care_plans.current(pid)
        assert plan is not None
        handout = demo.care_plans.handout(pid, language=language, destination="preview")
        with pdfplumber.open(io.BytesIO(handout.pdf)) as pdf:
            chars = [(c, page) for page in pdf.pages for c in page.chars if c["text"].strip()]
            body = [c for c, page in chars if not is_footer(c, page)]
            assert min(c["size"] for c in body) >= 18 - 0.01, pid
            drawn = squash("".join(c["text"] for c, _ in chars))
            for key in HEADINGS:
                heading = squash(texts[key])
                at = drawn.find(heading)
                assert at >= 0, (pid, key)
                sizes = [c["size"] for c, _ in chars if squash(c["text"])]
                assert min(sizes[at:at + len(heading)]) >= 22 - 0.01, (pid, key)
            for font in font_dicts(pdf):
                if name_of(font.get("Subtype")) in ("Type0",):
                    continue  # the descendant carries the font file
                descriptor = font.get("FontDescriptor")
                assert descriptor is not None, font
                d = resolve1(descriptor)
                assert any(k in d for k in ("FontFile", "FontFile2", "FontFile3")), d
            for m in plan.medicines:
                assert squash(m.name) in drawn, (pid, m.name)
                for amount in m.schedule:
                    if amount:
                        assert squash(amount_text(amount)) in drawn
            for goal in plan.goals:
                assert squash(goal) in drawn, (pid, goal)
        result = check(patient_words(demo, pid, language), language)
        assert result.ok, (pid, language, result.verdict)
