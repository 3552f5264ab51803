"""The large-print care-plan handout, read back from the PDF with pdfplumber."""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfminer.pdftypes import resolve1

from clinic_app.domain.careplan import SLOTS, CarePlan, Condition, Medicine, amount_text
from clinic_app.errors import ClinicError
from clinic_app.handouts.pdf import (
    CLINICIAN_KEYS,
    PRINTED_KEYS,
    HandoutContext,
    UnprintableText,
    render_handout,
)
from clinic_app.paths import resource_path

CM = 72 / 2.54
MARGIN = 2 * CM  # the layout asks for about 2 cm: the tests hold it to that
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
HEADING_KEYS = ("title", "your_medicines", "what_for", "your_goals", "warning", "next_steps",
                "next_appointment", "questions")


def load_texts(language: str) -> dict[str, Any]:
    return json.loads(resource_path("handout", f"{language}.json").read_text(encoding="utf-8"))


EN = load_texts("en")


def full_plan(**changes: Any) -> CarePlan:
    plan = CarePlan(
        patient_id="p1", language="en", version=3,
        conditions=(
            Condition("high_blood_pressure", "High blood pressure",
                      "Your blood pushes too hard on the walls of your blood vessels. Over "
                      "time this can harm your heart, brain and kidneys. Medicine and less "
                      "salt bring it down."),
            Condition("type_2_diabetes", "Type 2 diabetes",
                      "Your body does not use sugar well, so there is too much sugar in your "
                      "blood. Medicine, walking and eating less sugar help."),
        ),
        medicines=(
            Medicine("Metformin", (1.0, 0.0, 1.0, 0.0), "500 mg tablet", "blood sugar",
                     "upset stomach for the first weeks"),
            Medicine("Amlodipine", (0.5, 0.0, 0.0, 0.0), "5 mg tablet", "blood pressure",
                     "swollen ankles"),
            Medicine("Hydrochlorothiazide", (0.0, 0.0, 1.5, 2.0), "25 mg tablet",
                     "blood pressure and swelling", "feeling dizzy when you stand up",
                     "take it in the evening, not at bedtime, so you do not wake up to pass "
                     "water — agreed with Dr. Okafor"),
        ),
        goals=("Walk to the market and back every day", "Eat less <salt> & sugar",
               "Take my pills every morning with tea"),
        warning_signs=("You have chest pain or trouble breathing", "You feel very dizzy or faint",
                       "Your feet or legs swell a lot",
                       "You are very thirsty and pass water often"),
        next_steps=("Have your blood tested at the next visit",
                    "Bring all your medicines with you"),
        next_appointment="2026-12-07T09:30", next_appointment_with="Dr. Okafor",
        support_person="Grace (daughter)")
    return replace(plan, **changes)


def context(**changes: Any) -> HandoutContext:
    ctx = HandoutContext(
        clinic_name="Kibera Community Clinic", clinic_phone="0712 345 678",
        patient_name="Wanjiru Kamau", printed_on="23 November 2026", language="en", texts=EN,
        next_appointment_text="Monday 7 December 2026, 9:30", plan_version=3)
    return replace(ctx, **changes)


def read(pdf: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(pdf))


@cache
def full_pdf(clinician_copy: bool = False) -> bytes:
    return render_handout(full_plan(), context(clinician_copy=clinician_copy))


def squash(text: str) -> str:
    """Text without whitespace and hyphens: line breaks and soft hyphens vanish."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def find(page: Any, text: str) -> list[list[dict[str, Any]]]:
    """The runs of chars (in drawing order) that spell ``text``, breaks and hyphens aside."""
    chars = [c for c in page.chars if squash(c["text"])]
    stream = "".join(c["text"] for c in chars)
    target, out, start = squash(text), [], 0
    while target and (i := stream.find(target, start)) >= 0:
        out.append(chars[i:i + len(target)])
        start = i + 1
    return out


def find_all(pdf: pdfplumber.PDF, text: str) -> list[tuple[Any, list[dict[str, Any]]]]:
    return [(page, run) for page in pdf.pages for run in find(page, text)]


def drawn_text(pdf: pdfplumber.PDF) -> str:
    """Every char of the document in drawing order, squashed."""
    return squash("".join(c["text"] for page in pdf.pages for c in page.chars))


def plain_text(pdf: pdfplumber.PDF) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())


def is_footer(char_or_line: dict[str, Any], page: Any) -> bool:
    """Inside the bottom 2 cm: where the footer goes and body text never does."""
    return page.height - char_or_line["top"] < 2 * CM


def font_dicts(pdf: pdfplumber.PDF) -> Iterator[dict[str, Any]]:
    for page in pdf.pages:
        fonts = resolve1(resolve1(page.page_obj.resources).get("Font")) or {}
        for ref in fonts.values():
            font = resolve1(ref)
            yield font
            for descendant in resolve1(font.get("DescendantFonts")) or ():
                yield resolve1(descendant)


def name_of(value: Any) -> str:
    return str(getattr(resolve1(value), "name", resolve1(value)))


def font_names(pdf: pdfplumber.PDF) -> set[str]:
    return {c["fontname"] for page in pdf.pages for c in page.chars}


def framed_spans(page: Any) -> list[tuple[float, float]]:
    """Vertical spans of drawn frames whose left side stands at the margin: the medicine
    table, the warning box, tick boxes. Text in them is laid out by table cells."""
    return [(e["top"], e["bottom"]) for e in page.edges
            if e["orientation"] == "v" and abs(e["x0"] - MARGIN) < 2 and e["height"] > 5]


def body_lines(page: Any) -> list[dict[str, Any]]:
    """Text lines outside frames and the footer, top to bottom."""
    spans = framed_spans(page)
    out = []
    for line in page.extract_text_lines(return_chars=True):
        middle = (line["top"] + line["bottom"]) / 2
        if is_footer(line, page) or any(a - 1 <= middle <= b + 1 for a, b in spans):
            continue
        out.append(line)
    return sorted(out, key=lambda line: line["top"])


# -- type, fonts, layout -------------------------------------------------------------------------

def test_full_plan_renders_with_large_type_and_a_smaller_footer() -> None:
    pdf = read(full_pdf())
    assert len(pdf.pages) >= 2
    footer_chars = 0
    for page in pdf.pages:
        for c in page.chars:
            if is_footer(c, page):
                footer_chars += 1
                assert c["size"] >= 14 - 0.01, c
            else:
                assert c["size"] >= 18 - 0.01, (c["text"], c["size"], page.page_number)
    assert footer_chars
    for key in HEADING_KEYS:
        found = find_all(pdf, EN[key])
        assert found, key
        assert all(c["size"] >= 22 - 0.01 for _, run in found for c in run), key
    appointment = find_all(pdf, "Monday 7 December 2026, 9:30")
    assert appointment and all(c["size"] >= 28 - 0.01 for _, run in appointment for c in run)


def test_footer_names_patient_page_of_pages_and_version() -> None:
    pdf = read(full_pdf())
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, 1):
        footer = " ".join(line["text"] for line in page.extract_text_lines()
                          if is_footer(line, page))
        assert "Wanjiru Kamau" in footer
        assert f"{number} / {total}" in footer
        assert EN["plan_version"].format(version=3) in footer
    unsaved = read(render_handout(full_plan(version=0), context(plan_version=0)))
    assert "Plan version" not in plain_text(unsaved)


def test_fonts_are_embedded_atkinson_and_never_italic() -> None:
    pdf = read(full_pdf(clinician_copy=True))
    fonts = list(font_dicts(pdf))
    assert fonts
    for font in fonts:
        base = name_of(font["BaseFont"])
        assert "Italic" not in base and "Oblique" not in base, base
        if name_of(font.get("Subtype")) == "Type0":
            continue  # its descendant carries the font file
        descriptor = resolve1(font["FontDescriptor"])
        assert "FontFile2" in descriptor, base
        assert resolve1(descriptor["ItalicAngle"]) == 0, base
    names = font_names(pdf)
    assert names and all("AtkinsonHyperlegible" in n for n in names), names
    assert any(n.endswith("-Bold") for n in names) and any(n.endswith("-Regular") for n in names)


def test_black_on_white_and_no_capitals_for_emphasis() -> None:
    pdf = read(full_pdf(clinician_copy=True))
    for page in pdf.pages:
        assert all(tuple(c["non_stroking_color"] or (0,)) in {(0,), (0, 0, 0)}
                   for c in page.chars)
        for line in page.extract_text_lines():
            letters = [ch for ch in line["text"] if ch.isalpha()]
            if len(letters) >= 4:
                assert not all(ch.isupper() for ch in letters), line["text"]


def test_text_is_left_aligned_ragged_right_and_generously_spaced() -> None:
    pdf = read(full_pdf())
    right = pdf.pages[0].width - MARGIN
    checked = near_edge = wrapped = 0
    for page in pdf.pages:
        lines = body_lines(page)
        indent: float | None = None  # where a bullet item's text starts
        for line in lines:
            x0 = line["chars"][0]["x0"]
            if abs(x0 - MARGIN) <= 1:
                is_bullet = line["chars"][0]["text"] == "•"
                indent = line["chars"][1]["x0"] if is_bullet else None
            else:  # only a bullet item's next line may start further in, under its text
                assert indent is not None and abs(x0 - indent) <= 1, line["text"]
            checked += 1
            near_edge += abs(line["x1"] - right) < 0.5
            wrapped += line["x1"] > right - 80
        for above, below in zip(lines, lines[1:], strict=False):
            size = above["chars"][-1]["size"]
            if abs(size - below["chars"][0]["size"]) < 0.01:
                gap = above["chars"][-1]["matrix"][5] - below["chars"][0]["matrix"][5]
                assert gap >= 1.15 * size - 0.01, (above["text"], below["text"], gap)
    assert checked > 20
    assert wrapped >= 2  # long paragraphs did wrap ...
    assert near_edge <= 1  # ... and their lines do not all end at the right margin


# -- content -------------------------------------------------------------------------------------

def slot_columns(page: Any) -> dict[str, float] | None:
    """x centre of each slot word drawn in bold in the table header of this page."""
    columns = {}
    for slot in SLOTS:
        runs = [r for r in find(page, EN[slot.value]) if "Bold" in r[0]["fontname"]]
        if not runs:
            return None
        columns[EN[slot.value]] = (runs[0][0]["x0"] + runs[0][-1]["x1"]) / 2
    return columns


def test_medicine_table_names_amounts_pills_and_pictograms() -> None:
    plan = full_plan()
    pdf = read(full_pdf())
    seen: dict[str, dict[str, str]] = {}
    for page in pdf.pages:
        columns = slot_columns(page)
        names = {m.name: run[0]["top"] for m in plan.medicines for run in find(page, m.name)}
        if not names:
            continue
        assert columns, "the pictogram header repeats on each page of the table"
        width = min(abs(a - b) for a in columns.values() for b in columns.values() if a != b)
        for m in plan.medicines:
            if m.name in names:
                seen.setdefault(m.name, {})
        for word in page.extract_words(extra_attrs=["size", "fontname"]):
            if word["size"] < 27.9 or not re.fullmatch(r"\d*½?", word["text"]):
                continue
            centre = (word["x0"] + word["x1"]) / 2
            slot = min(columns, key=lambda s: abs(columns[s] - centre))
            name = min(names, key=lambda n: abs(names[n] - word["top"]))
            if abs(columns[slot] - centre) > width / 2 or abs(names[name] - word["top"]) > 45:
                continue
            assert "Bold" in word["fontname"]
            seen[name][slot] = word["text"]
            amount = float(re.sub("½$", ".5", word["text"]) or 0)
            pills = [c for c in page.curves if c["fill"]
                     and abs((c["x0"] + c["x1"]) / 2 - columns[slot]) < width / 2
                     and word["bottom"] <= c["top"] <= word["bottom"] + 45]
            assert len(pills) == math.ceil(amount), (name, slot, len(pills))
        # each slot word has its own drawn picture above it, and the four differ
        shapes = []
        for slot, x in columns.items():
            top = next(r for r in find(page, slot) if "Bold" in r[0]["fontname"])[0]["top"]
            drawn = [o for o in page.curves + page.lines
                     if top - 60 <= o["top"] and o["bottom"] <= top + 1
                     and abs((o["x0"] + o["x1"]) / 2 - x) < 30]
            assert drawn, slot
            shapes.append(sorted((o["object_type"], round(o["x0"] - x), round(o["top"] - top))
                                 for o in drawn))
        assert len({tuple(s) for s in shapes}) == 4
    expected = {m.name: {EN[s.value]: amount_text(a) for s, a in zip(SLOTS, m.schedule,
                                                                      strict=True) if a}
                for m in plan.medicines}
    assert seen == expected
    text = drawn_text(pdf)
    for m in plan.medicines:
        for line in (m.dose, EN["medicine_for"].format(purpose=m.purpose),
                     EN["watch_for"].format(effects=m.side_effects)):
            assert squash(line) in text
    assert squash(EN["agreed"].format(change=plan.medicines[2].agreed_change)) in text


def numbered_plan(medicines: int, goals: int, warnings: int, steps: int) -> CarePlan:
    return full_plan(
        medicines=tuple(Medicine(f"Medicine{i}", (1.0, 0.0, 0.5, 0.0), "10 mg tablet",
                                 f"reason number {i}", "feeling sick", "with food")
                        for i in range(medicines)),
        goals=tuple(f"Goal number {i} in my own words" for i in range(goals)),
        warning_signs=tuple(f"Warning sign number {i}" for i in range(warnings)),
        next_steps=tuple(f"Next step number {i}" for i in range(steps)))


# Each of these put a heading or a condition's name at the foot of a page before the
# renderer kept them with what follows (found by sweeping the numbers of items).
PAGE_BREAK_PLANS = {
    "long": lambda: numbered_plan(7, 9, 7, 5),
    "short list": lambda: numbered_plan(4, 5, 3, 3),
    "long list": lambda: numbered_plan(5, 6, 3, 4),
    "condition": lambda: full_plan(medicines=full_plan().medicines[:2], goals=()),
}


@pytest.mark.parametrize("case", PAGE_BREAK_PLANS)
def test_no_heading_ends_a_page_and_a_medicine_stays_with_its_details(case: str) -> None:
    plan = PAGE_BREAK_PLANS[case]()
    pdf = read(render_handout(plan, context(clinician_copy=True)))
    assert len(pdf.pages) >= 3
    for m in plan.medicines:
        name_page = find_all(pdf, m.name)[0][0]
        ((reason_page, _),) = find_all(pdf, EN["medicine_for"].format(purpose=m.purpose))
        assert name_page is reason_page, m.name
        assert slot_columns(name_page), "the pictogram header repeats on each page"
    headings = [EN[k] for k in (*HEADING_KEYS, "clinician_copy")]
    headings += [c.name for c in plan.conditions]
    for page in pdf.pages:
        bottom = max(line["bottom"] for line in page.extract_text_lines()
                     if not is_footer(line, page))
        for heading in headings:
            for run in find(page, heading):
                assert run[-1]["bottom"] < bottom - 1, f"{heading!r} ends page {page.page_number}"


def test_goals_warnings_and_sections_in_order() -> None:
    plan = full_plan()
    text = drawn_text(read(full_pdf()))
    order = ["Kibera Community Clinic", "0712 345 678", EN["title"], "Wanjiru Kamau",
             "23 November 2026", EN["your_medicines"], EN["what_for"], EN["your_goals"],
             *plan.goals, EN["warning"], *plan.warning_signs, EN["next_steps"],
             *plan.next_steps, EN["next_appointment"], "Monday 7 December 2026, 9:30",
             "with Dr. Okafor", EN["support_person"].format(name="Grace (daughter)"),
             EN["questions"], *EN["question_list"]]
    position = 0
    for t in order:  # each found after the one before
        position = text.find(squash(t), position)
        assert position >= 0, t


def test_warning_signs_sit_in_a_thick_drawn_box() -> None:
    plan = full_plan()
    pdf = read(full_pdf())
    runs = [find_all(pdf, sign) for sign in (EN["warning"], *plan.warning_signs)]
    assert all(len(r) == 1 for r in runs)
    pages = {page.page_number for ((page, _),) in runs}
    assert len(pages) == 1
    page = runs[0][0][0]
    chars = [c for ((_, run),) in runs for c in run]
    x0, x1 = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
    thick = [e for e in page.edges if (e.get("linewidth") or 0) >= 3]
    h = [e for e in thick if e["orientation"] == "h" and e["x0"] <= x0 and e["x1"] >= x1]
    v = [e for e in thick if e["orientation"] == "v" and e["top"] <= top
         and e["bottom"] >= bottom]
    assert any(e["top"] < top for e in h) and any(e["top"] > bottom for e in h)
    assert any(e["x0"] < x0 for e in v) and any(e["x0"] > x1 for e in v)


def tick_boxes(page: Any) -> list[dict[str, Any]]:
    return [r for r in page.rects if 18 <= r["width"] <= 30 and abs(r["width"] - r["height"])
            < 0.5 and r["stroke"] and not r["fill"]]


def test_clinician_copy_adds_the_teach_back_checklist() -> None:
    plan = full_plan()
    clinician, patient = read(full_pdf(clinician_copy=True)), read(full_pdf())
    points = [EN["teach_back_medicine"].format(medicine=plan.medicines[0].name),
              EN["teach_back_warning"], EN["teach_back_appointment"]]
    text = drawn_text(clinician)
    for t in (EN["clinician_copy"], EN["teach_back"], EN["teach_back_done"], *points):
        assert squash(t) in text, t
    assert text.find(squash(EN["questions"])) < text.find(squash(EN["clinician_copy"]))
    boxes = [(page, box) for page in clinician.pages for box in tick_boxes(page)]
    assert len(boxes) == 3
    for point in points:  # each point has an empty box beside it
        ((page, run),) = find_all(clinician, point)
        middle = (run[0]["top"] + run[0]["bottom"]) / 2
        assert any(p is page and b["top"] <= middle <= b["bottom"] and b["x1"] < run[0]["x0"]
                   for p, b in boxes), point
    patient_text = drawn_text(patient)
    for t in (EN["clinician_copy"], EN["teach_back"], *points):
        assert squash(t) not in patient_text
    assert not [b for page in patient.pages for b in tick_boxes(page)]


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size(paper: str, size: tuple[float, float]) -> None:
    pdf = read(render_handout(full_plan(), context(paper=paper)))
    for page in pdf.pages:
        assert (page.width, page.height) == pytest.approx(size, abs=0.5)
        assert min(c["x0"] for c in page.chars) == pytest.approx(MARGIN, abs=1)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="a4"):
        render_handout(full_plan(), context(paper="a5"))


def test_markup_characters_print_literally() -> None:
    plan = full_plan(medicines=(Medicine("Iron & folic <acid>", (1.0, 0, 0, 0)),),
                     conditions=(Condition("", "<b>Anaemia</b>", "Tired & pale &amp; weak"),))
    pdf = read(render_handout(plan, context(clinic_name="Smith & Sons <Clinic>")))
    text = plain_text(pdf)
    for literal in ("less <salt> & sugar", "Iron & folic <acid>", "<b>Anaemia</b>",
                    "Tired & pale &amp; weak", "Smith & Sons <Clinic>"):
        assert literal in text


def test_invisible_control_characters_are_dropped() -> None:
    plan = full_plan(goals=("Walk\u200b every\tday\u00ad",))
    text = plain_text(read(render_handout(plan, context())))
    assert "Walk every day" in text


# -- unicode coverage ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Анна Петрова", "Ελένη Παπαδοπούλου"])
def test_cyrillic_or_greek_switches_to_dejavu(name: str) -> None:
    pdf = read(render_handout(full_plan(), context(patient_name=name)))
    names = font_names(pdf)
    assert names and all("DejaVuSans" in n for n in names), names
    assert all("DejaVuSans" in name_of(f["BaseFont"]) for f in font_dicts(pdf))
    assert squash(name) in drawn_text(pdf)


def cmap(file: str) -> set[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    return set(TTFont("probe", str(resource_path("fonts", file))).face.charToGlyph)


@pytest.mark.parametrize(("where", "char"), [("goal", "𝄞"), ("patient", "中")])
def test_a_character_no_font_has_is_refused_by_name(where: str, char: str) -> None:
    for file in ("AtkinsonHyperlegible-Regular.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert ord(char) not in cmap(file), file
    if where == "goal":
        plan, ctx = full_plan(goals=("Walk", f"Sing the {char} song")), context()
    else:
        plan, ctx = full_plan(), context(patient_name=f"Li {char}")
    with pytest.raises(UnprintableText) as caught:
        render_handout(plan, ctx)
    message = str(caught.value)
    assert isinstance(caught.value, ClinicError)
    assert f"U+{ord(char):04X}" in message and char in message
    assert ("goal 2" if where == "goal" else "patient's name") in message
    assert "change or remove these characters in the care plan, then print again" \
        in message.lower()


# -- edge cases and other languages -------------------------------------------------------------

def test_empty_plan_says_no_medicines_and_no_appointment() -> None:
    for clinician_copy in (False, True):
        pdf = read(render_handout(CarePlan(patient_id="p2"),
                                  context(next_appointment_text="",
                                          clinician_copy=clinician_copy)))
        text = drawn_text(pdf)
        for key in ("title", "your_medicines", "no_medicines", "next_appointment",
                    "no_appointment", "questions"):
            assert squash(EN[key]) in text, key
        for key in ("your_goals", "warning", "what_for", "next_steps"):
            assert squash(EN[key]) not in text, key
        assert (squash(EN["teach_back_no_medicine"]) in text) is clinician_copy


def available_languages() -> list[str]:
    return [lang for lang in ("es", "fr") if resource_path("handout", f"{lang}.json").exists()]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_other_languages_render(language: str) -> None:
    if language not in available_languages():
        pytest.skip(f"{language}.json is not written yet")
    texts = load_texts(language)
    assert set(PRINTED_KEYS + CLINICIAN_KEYS) <= set(texts)
    pdf = read(render_handout(full_plan(language=language),
                              context(language=language, texts=texts, clinician_copy=True)))
    text = drawn_text(pdf)
    for key in (*HEADING_KEYS, *(s.value for s in SLOTS), "clinician_copy"):
        assert squash(texts[key]) in text, key
    for page in pdf.pages:
        assert all(c["size"] >= (14 if is_footer(c, page) else 18) - 0.01 for c in page.chars)


LATIN1 = st.characters(min_codepoint=0x20, max_codepoint=0xFF).filter(str.isprintable)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(LATIN1, min_size=1, max_size=80).filter(str.strip), min_size=1,
                max_size=3))
def test_any_latin1_goal_prints_and_reads_back(goals: list[str]) -> None:
    plan = CarePlan(patient_id="p3", goals=tuple(goals))
    pdf = read(render_handout(plan, context(next_appointment_text="")))
    text = re.sub(r"\s", "", "".join(page.extract_text() or "" for page in pdf.pages))
    for goal in goals:
        assert re.sub(r"\s", "", goal) in text
