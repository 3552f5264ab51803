"""The care-plan handout as a large-print, plain-language PDF (reportlab).

Layout follows the American Council of the Blind large-print guidance: 18 pt body text,
24 pt headings (30 pt title, 28 pt next appointment and pill counts), bold and never italics
or capitals for emphasis, black on white, one left-aligned ragged-right column, leading
1.3 x the size, 2 cm margins, a 14 pt footer (patient, plan version, "1 / 2"). The medicine
schedule is a table whose four columns carry drawn pictograms (sun, high sun, sunset, moon)
and, in each cell, the number of pills in big type above small drawn pills.

reportlab has no font fallback, so one font is chosen per document: Atkinson Hyperlegible
when it has every character to be printed, else DejaVu Sans when that has them all, else
``UnprintableText`` names the characters and where they are. Fonts and paragraph styles are
made once per process; this module imports reportlab, so the app imports it lazily.
"""

from __future__ import annotations

import io
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, white
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from clinic_app.domain.careplan import SLOTS, CarePlan, amount_text
from clinic_app.errors import ClinicError
from clinic_app.marks import N_
from clinic_app.paths import resource_path

BODY, HEADING, TITLE, BIG, FOOTER = 18.0, 24.0, 30.0, 28.0, 14.0
LEADING = 1.3  # line spacing as a multiple of the type size
MARGIN = 2 * cm
BOTTOM_MARGIN = 2.5 * cm  # the footer sits inside it
FOOTER_BASELINE = 1.3 * cm
INDENT = 26.0  # hanging indent of list items (the bullet sits at the margin)
PAPERS = {"a4": A4, "letter": LETTER}
FONT_FILES = {
    "atkinson": ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
#: fixed texts of the handout JSON that are printed (coverage is checked on these)
PRINTED_KEYS = (
    "title", "for_patient", "printed_on", "clinic_phone", "your_medicines", "medicine",
    "morning", "midday", "evening", "bedtime", "medicine_for", "watch_for", "agreed",
    "no_medicines", "what_for", "your_goals", "warning", "next_steps", "next_appointment",
    "appointment_with", "no_appointment", "support_person", "questions", "question_list",
    "plan_version",
)
CLINICIAN_KEYS = ("clinician_copy", "teach_back", "teach_back_medicine",
                  "teach_back_no_medicine", "teach_back_warning", "teach_back_appointment",
                  "teach_back_done")
#: characters the layout itself prints: bullets, pill counts, the footer's "1 / 2" and "…",
#: the hyphen of a long medicine name broken at a soft hyphen
LAYOUT_CHARS = "•… /0123456789½-"


class UnprintableText(ClinicError):
    """Characters no handout font can print. ``characters`` maps each to the fields."""

    def __init__(self, characters: Mapping[str, Sequence[str]]) -> None:
        self.characters = {ch: list(fields) for ch, fields in characters.items()}
        found = "; ".join(
            f"“{ch}” (U+{ord(ch):04X}) in {', '.join(fields[:3])}"
            + (f" and {len(fields) - 3} more" if len(fields) > 3 else "")
            for ch, fields in self.characters.items())
        super().__init__(
            f"The handout cannot be printed: these characters are not in the handout fonts: "
            f"{found}. Change or remove these characters in the care plan, then print again.")


@dataclass(frozen=True)
class HandoutContext:
    """What the handout prints besides the plan; texts are the language's handout JSON."""

    clinic_name: str
    clinic_phone: str
    patient_name: str
    printed_on: str  # already formatted date text
    language: str
    texts: Mapping[str, Any]
    paper: str = "a4"  # "a4" | "letter"
    clinician_copy: bool = False
    next_appointment_text: str = ""  # already formatted, e.g. "Monday 7 December 2026, 9:30"
    plan_version: int = 0


# -- fonts and styles: made once per process --------------------------------------------------

@dataclass(frozen=True)
class _Font:
    regular: str
    bold: str
    chars: frozenset[str]  # characters both the regular and the bold face have


@dataclass(frozen=True)
class _Styles:
    font: _Font
    body: ParagraphStyle
    strong: ParagraphStyle  # bold body (names)
    bullet: ParagraphStyle
    heading: ParagraphStyle
    cell_heading: ParagraphStyle  # a heading inside a table: no space around it
    title: ParagraphStyle
    big: ParagraphStyle
    big_regular: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


_lock = threading.Lock()
_fonts: dict[str, _Font] = {}
_styles_cache: dict[str, _Styles] = {}


def _font(family: str) -> _Font:
    """Register the family's two faces once (cached) and return their names and charset."""
    with _lock:
        if family not in _fonts:
            faces = []
            for suffix, file in zip(("", "-Bold"), FONT_FILES[family], strict=True):
                face = TTFont(f"Clinic-{family}{suffix}", str(resource_path("fonts", file)))
                pdfmetrics.registerFont(face)
                faces.append(face)
            regular, bold = faces
            pdfmetrics.registerFontFamily(regular.fontName, normal=regular.fontName,
                                          bold=bold.fontName, italic=regular.fontName,
                                          boldItalic=bold.fontName)
            chars = [{chr(c) for c, g in f.face.charToGlyph.items() if g} for f in faces]
            _fonts[family] = _Font(regular.fontName, bold.fontName,
                                   frozenset(chars[0] & chars[1]))
        return _fonts[family]


def _styles(family: str) -> _Styles:
    cached = _styles_cache.get(family)
    if cached is not None:
        return cached
    f = _font(family)

    def style(name: str, size: float = BODY, bold: bool = False, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            f"{family}-{name}", fontName=f.bold if bold else f.regular, fontSize=size,
            leading=round(size * LEADING, 1), alignment=TA_LEFT, textColor=black,
            allowWidows=0, allowOrphans=0, splitLongWords=1, **kw)

    styles = _Styles(
        font=f,
        body=style("body", spaceAfter=6),
        strong=style("strong", bold=True, spaceAfter=2),
        bullet=style("bullet", leftIndent=INDENT, bulletIndent=0, bulletFontName=f.regular,
                     bulletFontSize=BODY, spaceAfter=4),
        heading=style("heading", HEADING, bold=True, spaceBefore=16, spaceAfter=6),
        cell_heading=style("cell-heading", HEADING, bold=True),
        title=style("title", TITLE, bold=True, spaceBefore=10, spaceAfter=8),
        big=style("big", BIG, bold=True, spaceAfter=4),
        big_regular=style("big-regular", BIG, spaceAfter=4),
        cell=style("cell", spaceAfter=2),
        cell_bold=style("cell-bold", bold=True),
    )
    _styles_cache[family] = styles
    return styles


# -- text ---------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    """One line of text: whitespace runs become one space; invisible controls are dropped."""
    if not text.isprintable():
        text = "".join(" " if ch.isspace() else ch for ch in text
                       if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf"))
    return " ".join(text.split())


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(template: str, emphasis: str = "", **values: str) -> str:
    """Paragraph markup of a template with escaped values; ``emphasis`` 'label' bolds the
    fixed words, 'value' bolds the values."""
    out = []
    for i, part in enumerate(_PLACEHOLDER.split(_clean(template))):
        if i % 2:
            text = escape(_clean(values[part])) if part in values else escape(f"{{{part}}}")
            bold = emphasis == "value"
        else:
            text, bold = escape(part), emphasis == "label"
        out.append(f"<b>{text}</b>" if bold and text.strip() else text)
    return "".join(out)


def _fields(plan: CarePlan, ctx: HandoutContext) -> Iterator[tuple[str, str]]:
    """Every text the handout prints, with where it comes from (for UnprintableText)."""
    yield "the clinic name", ctx.clinic_name
    yield "the clinic phone", ctx.clinic_phone
    yield "the patient's name", ctx.patient_name
    yield "the date", ctx.printed_on
    yield "the next appointment", ctx.next_appointment_text or plan.next_appointment or ""
    yield "the next appointment's clinician", plan.next_appointment_with
    yield "the support person", plan.support_person
    for i, c in enumerate(plan.conditions, 1):
        yield f"condition {i} (name)", c.name
        yield f"condition {i} (explanation)", c.explanation
    for i, m in enumerate(plan.medicines, 1):
        for attr in ("name", "dose", "purpose", "side_effects", "agreed_change"):
            yield f"medicine {i} ({attr.replace('_', ' ')})", getattr(m, attr)
    for label, items in (("goal", plan.goals), ("warning sign", plan.warning_signs),
                         ("next step", plan.next_steps)):
        for i, text in enumerate(items, 1):
            yield f"{label} {i}", text
    keys = PRINTED_KEYS + (CLINICIAN_KEYS if ctx.clinician_copy else ())
    for key in keys:
        value = ctx.texts[key]
        for text in ([value] if isinstance(value, str) else value):
            yield f"the handout text “{key}”", _PLACEHOLDER.sub("", text)
    yield "the layout", LAYOUT_CHARS


def choose_font(plan: CarePlan, ctx: HandoutContext) -> str:
    """'atkinson' or 'dejavu': the first font that has every character to be printed."""
    fields = [(where, _clean(text)) for where, text in _fields(plan, ctx) if text]
    used = set().union(*(text for _, text in fields))
    for family in FONT_FILES:
        missing = used - _font(family).chars
        if not missing:
            return family
    where: dict[str, list[str]] = {}
    for ch in sorted(missing, key=ord):
        where[ch] = list(dict.fromkeys(w for w, text in fields if ch in text))
    raise UnprintableText(where)


# -- drawn pictures ------------------------------------------------------------------------------

ICON = 48.0  # the pictogram's square, points
PILL = 13.0  # a drawn pill's diameter
NAME_PAD, SLOT_PAD = 8.0, 6.0  # left padding of the medicine column, side padding of slots
MIN_NAME_COLUMN = 130.0  # the medicine column is never narrower
BOX_LINE = 3.5  # the warning box's border, points


def _rays(c: Canvas, x: float, y: float, inner: float, outer: float,
          angles: Iterable[float]) -> None:
    for a in angles:
        dx, dy = math.cos(math.radians(a)), math.sin(math.radians(a))
        c.line(x + inner * dx, y + inner * dy, x + outer * dx, y + outer * dy)


def _arrow(c: Canvas, x: float, y0: float, y1: float) -> None:
    """A small arrow from y0 to y1 (up or down)."""
    head = 4.0 if y1 > y0 else -4.0
    c.line(x, y0, x, y1)
    p = c.beginPath()
    p.moveTo(x - 4, y1 - head)
    p.lineTo(x, y1)
    p.lineTo(x + 4, y1 - head)
    c.drawPath(p, stroke=1, fill=0)


def _draw_morning(c: Canvas, x: float, y: float) -> None:
    """Morning: the sun low, just risen over the horizon, an arrow going up."""
    horizon = y + 5
    c.line(x - ICON / 2, horizon, x + ICON / 2, horizon)
    sx, sy = x + 5, horizon + 12
    c.circle(sx, sy, 7, stroke=0, fill=1)
    _rays(c, sx, sy, 10, 15, (0, 45, 90, 135, 180))
    _arrow(c, x - 17, horizon + 5, horizon + 24)


def _draw_midday(c: Canvas, x: float, y: float) -> None:
    """Midday: the sun high in the sky, long rays all round, the horizon far below."""
    horizon = y + 2
    c.line(x - ICON / 2, horizon, x + ICON / 2, horizon)
    sy = y + ICON - 18
    c.circle(x, sy, 9, stroke=0, fill=1)
    _rays(c, x, sy, 12, 18, range(0, 360, 45))


def _draw_evening(c: Canvas, x: float, y: float) -> None:
    """Evening: half a sun sinking on the horizon line, short rays, an arrow going down."""
    horizon = y + 5
    c.line(x - ICON / 2, horizon, x + ICON / 2, horizon)
    sx = x - 5
    p = c.beginPath()
    p.moveTo(sx + 11, horizon)
    p.arcTo(sx - 11, horizon - 11, sx + 11, horizon + 11, startAng=0, extent=180)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    _rays(c, sx, horizon, 14, 20, (20, 55, 90, 125, 160))
    _arrow(c, x + 17, horizon + 24, horizon + 5)


def _draw_bedtime(c: Canvas, x: float, y: float) -> None:
    """Bedtime: a crescent moon and a small star."""
    cy = y + ICON / 2
    c.circle(x - 3, cy, 15, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(x + 4, cy + 5, 13, stroke=0, fill=1)
    c.setFillColor(black)
    sx, sy, r = x + 14, cy + 14, 5.5
    p = c.beginPath()
    for k in range(10):
        a = math.radians(90 + 36 * k)
        rr = r if k % 2 == 0 else r * 0.42
        (p.moveTo if k == 0 else p.lineTo)(sx + rr * math.cos(a), sy + rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)


_PICTOGRAMS: tuple[Callable[[Canvas, float, float], None], ...] = (
    _draw_morning, _draw_midday, _draw_evening, _draw_bedtime)


class _SlotHeader(Flowable):
    """A schedule column's header: its pictogram with its word (bold, 18 pt) under it."""

    def __init__(self, slot: int, word: str, font: str, rows: int = 1) -> None:
        super().__init__()
        self.slot, self.word, self.font, self.rows = slot, word, font, rows
        self.lines: list[str] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """As tall as the longest word of the four needs, so the pictures line up."""
        self.width = aW
        self.lines = simpleSplit(self.word, self.font, BODY, aW) or [""]
        self.height = ICON + 4 + max(self.rows, len(self.lines)) * BODY * LEADING
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setLineWidth(2.2)
        c.setLineCap(1)
        top = self.height - ICON
        _PICTOGRAMS[self.slot](c, self.width / 2, top)
        c.setFont(self.font, BODY)
        y = top - 4 - BODY
        for line in self.lines:
            c.drawCentredString(self.width / 2, y, line)
            y -= BODY * LEADING
        c.restoreState()


class _Amount(Flowable):
    """How many pills at one time: the number in big bold type, then that many drawn pills."""

    PER_ROW = 3

    def __init__(self, amount: float, font: str) -> None:
        super().__init__()
        self.text, self.font = amount_text(amount), font
        self.whole, self.half = int(amount), amount - int(amount) >= 0.5

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        rows = math.ceil((self.whole + self.half) / self.PER_ROW)
        self.height = BIG + 6 + rows * (PILL + 4)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(black)
        c.setFont(self.font, BIG)
        c.drawCentredString(self.width / 2, self.height - BIG * 0.8, self.text)
        shapes = [1.0] * self.whole + ([0.5] if self.half else [])
        r, gap = PILL / 2, 5.0
        for row in range(math.ceil(len(shapes) / self.PER_ROW)):
            line = shapes[row * self.PER_ROW:(row + 1) * self.PER_ROW]
            span = len(line) * PILL + (len(line) - 1) * gap
            x = (self.width - span) / 2 + r
            y = self.height - BIG - 6 - row * (PILL + 4) - r
            for size in line:
                if size == 1.0:
                    c.circle(x, y, r, stroke=0, fill=1)
                else:  # half a pill: the left half of the disc, its cut edge drawn
                    p = c.beginPath()
                    p.moveTo(x, y - r)
                    p.arcTo(x - r, y - r, x + r, y + r, startAng=270, extent=-180)
                    p.close()
                    c.drawPath(p, stroke=0, fill=1)
                x += PILL + gap
        c.restoreState()


class _TickBox(Flowable):
    """An empty box to tick by hand."""

    SIZE = 24.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        self.canv.setLineWidth(2)
        self.canv.setStrokeColor(black)
        self.canv.rect(0, 0, self.SIZE, self.SIZE, stroke=1, fill=0)


# -- footer ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Footer:
    font: str
    patient: str
    version: str
    left: float
    right: float

    def draw(self, c: Canvas, page: int, pages: int) -> None:
        c.saveState()
        c.setFillColor(black)
        c.setFont(self.font, FOOTER)
        numbers = f"{page} / {pages}"
        right = f"{self.version}      {numbers}" if self.version else numbers
        c.drawRightString(self.right, FOOTER_BASELINE, right)
        room = self.right - self.left - pdfmetrics.stringWidth(right, self.font, FOOTER) - 24
        name = self.patient
        while name and pdfmetrics.stringWidth(name, self.font, FOOTER) > room:
            name = name[:-2].rstrip() + "…" if len(name) > 2 else ""
        c.drawString(self.left, FOOTER_BASELINE, name)
        c.restoreState()


class _FooterCanvas(Canvas):
    """Keeps the pages until the end so each footer can say how many pages there are."""

    def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._footer.draw(self, number, len(self._held))
            super().showPage()
        super().save()


# -- the story -------------------------------------------------------------------------------------

class _Para(Paragraph):
    """A Paragraph that does not break its lines again when wrapped again at the same width
    (KeepTogether, tables and _RoomFor measure before the frame places)."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_at or "blPara" not in self.__dict__:  # split drops it
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self.width, self.height


class _RoomFor(CondPageBreak):
    """A new page unless ``keep`` fits whole and, below it, the start of ``then``: two lines,
    or all of it when widow and orphan control would not split it (under four lines)."""

    def __init__(self, keep: Sequence[Flowable], then: _Para | None = None) -> None:
        super().__init__(0)
        self.keep, self.then = keep, then

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = 0.0
        for f in self.keep:
            need += f.wrapOn(self.canv, availWidth, availHeight)[1] + f.getSpaceBefore() \
                + f.getSpaceAfter()
        if self.then is None:  # the page may end right under the last one
            need -= self.keep[-1].getSpaceAfter()
        else:
            height = self.then.wrapOn(self.canv, availWidth, availHeight)[1]
            leading = self.then.style.leading
            need += height if height < 3.5 * leading else 2 * leading
        self.height = need
        return super().wrap(availWidth, availHeight)


def _section(heading: Flowable, blocks: Sequence[Flowable], first: int = 2) -> list[Flowable]:
    """The heading then its blocks, on a new page unless the heading and the first ``first``
    blocks fit (all of them when there are at most three: a short list is not split); the
    last two blocks of a longer list stay together (no lone last item)."""
    if len(blocks) <= max(3, first):
        return [_RoomFor([heading, *blocks]), heading, *blocks]
    room = _RoomFor([heading, *blocks[:first]])
    return [room, heading, *blocks[:-2], KeepTogether(list(blocks[-2:]))]


def _bullets(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    return [_Para(escape(text), style, bulletText="•") for text in map(_clean, items)
            if text]


def _medicine_table(plan: CarePlan, ctx: HandoutContext, st: _Styles,
                    width: float) -> Flowable:
    """The schedule: a heading row, the pictogram row, then per medicine its name row (with
    the four amounts) and a full-width row of details. Header rows repeat on a new page."""
    t, f = ctx.texts, st.font
    words = [_clean(t[s.value]) for s in SLOTS]
    def room(font: str) -> float:  # the column width the longest word needs
        return max(pdfmetrics.stringWidth(w, font, BODY) for word in words
                   for w in word.split() or [""]) + 2 * SLOT_PAD

    widest = (width - MIN_NAME_COLUMN) / 4
    word_font = f.bold if room(f.bold) <= widest else f.regular  # bold when it fits
    slot_w = min(max(ICON + 2 * SLOT_PAD, room(word_font)), widest)
    name_w = width - 4 * slot_w
    rows = max(len(simpleSplit(w, word_font, BODY, slot_w - 2 * SLOT_PAD)) for w in words)
    data: list[list[Any]] = [
        [_Para(escape(_clean(t["your_medicines"])), st.cell_heading), "", "", "", ""],
        [_Para(escape(_clean(t["medicine"])), st.cell_bold),
         *(_SlotHeader(i, w, word_font, rows) for i, w in enumerate(words))],
    ]
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f.regular, BODY), ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0), ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 10), ("VALIGN", (0, 1), (0, 1), "BOTTOM"),
        ("VALIGN", (1, 1), (-1, 1), "TOP"), ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 1), (-1, -1), NAME_PAD), ("RIGHTPADDING", (0, 1), (-1, -1), 6),
        ("LEFTPADDING", (1, 1), (-1, -1), SLOT_PAD), ("RIGHTPADDING", (1, 1), (-1, -1), SLOT_PAD),
        ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        ("BOX", (0, 1), (-1, -1), 2, black), ("LINEBELOW", (0, 1), (-1, 1), 2, black),
    ]
    for m in plan.medicines:
        row = len(data)
        name = [_Para(_fit_words(text, f.bold, name_w - NAME_PAD - 6, ctx.language),
                      st.cell_bold) for text in map(_clean, (m.name, m.dose)) if text]
        data.append([name, *(_Amount(a, f.bold) if a > 0 else "" for a in m.schedule)])
        cmds.append(("LINEBEFORE", (1, row), (-1, row), 1, black))
        details = [_Para(_fill(t[key], "label", **{arg: value}), st.cell)
                   for key, arg, value in (("medicine_for", "purpose", m.purpose),
                                           ("watch_for", "effects", m.side_effects),
                                           ("agreed", "change", m.agreed_change))
                   if _clean(value)]
        if details:
            data.append([details, "", "", "", ""])
            cmds += [("SPAN", (0, row + 1), (-1, row + 1)),
                     ("LINEBELOW", (0, row), (-1, row), 0.75, black),
                     ("TOPPADDING", (0, row + 1), (-1, row + 1), 5)]
        last = len(data) - 1
        cmds += [("NOSPLIT", (0, row), (-1, last)), ("LINEBELOW", (0, last), (-1, last), 2, black)]
        if row == 2:  # the headings stay with the first medicine
            cmds.append(("NOSPLIT", (0, 0), (-1, last)))
    return Table(data, colWidths=[name_w] + [slot_w] * 4, repeatRows=2, style=cmds,
                 hAlign="LEFT")


_hyphenators: dict[str, Any] = {}


def _fit_words(text: str, font: str, width: float, language: str) -> str:
    """Escaped text whose words too wide for ``width`` get soft hyphens (pyphen), so a long
    medicine name breaks as "Hydrochloro-thiazide", not at any letter."""
    out = []
    for word in text.split(" "):
        if pdfmetrics.stringWidth(word, font, BODY) > width:
            if language not in _hyphenators:
                import pyphen

                _hyphenators[language] = pyphen.Pyphen(
                    lang=pyphen.language_fallback(language) or "en")
            word = _hyphenators[language].inserted(word, hyphen="\xad")
        out.append(escape(word))
    return " ".join(out)


def _warning_box(signs: Sequence[str], ctx: HandoutContext, st: _Styles,
                 width: float) -> Flowable:
    """'Call us or come in if' and each sign, then the clinic's phone, in a thick box."""
    rows: list[list[Any]] = [[_Para(escape(_clean(ctx.texts["warning"])), st.cell_heading)]]
    rows += [[p] for p in _bullets(signs, st.bullet)]
    if _clean(ctx.clinic_phone):
        rows.append([_Para(_fill(ctx.texts["clinic_phone"], "value", phone=ctx.clinic_phone),
                           st.body)])
    return Table(rows, colWidths=[width], repeatRows=1, hAlign="LEFT", style=[
        ("FONT", (0, 0), (-1, -1), st.font.regular, BODY),
        ("BOX", (0, 0), (-1, -1), BOX_LINE, black), ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("RIGHTPADDING", (0, 0), (-1, -1), 14), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, 0), 12),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
        ("NOSPLIT", (0, 0), (-1, min(1, len(rows) - 1)))])


def _teach_back(plan: CarePlan, ctx: HandoutContext, st: _Styles,
                width: float) -> list[Flowable]:
    """The clinician's copy: three key points the patient says back, each with a tick box."""
    t = ctx.texts
    first = plan.medicines[0].name if plan.medicines else ""
    points = [t["teach_back_medicine"] if first else t["teach_back_no_medicine"],
              t["teach_back_warning"], t["teach_back_appointment"]]
    done = _clean(t["teach_back_done"])
    box_w = max(_TickBox.SIZE + 18, pdfmetrics.stringWidth(done, st.font.bold, BODY) + 12)
    rows: list[list[Any]] = [[_Para(escape(done), st.cell_bold), ""]]
    rows += [[_TickBox(), _Para(_fill(p, "value", medicine=first), st.cell)]
             for p in points]
    table = Table(rows, colWidths=[box_w, width - box_w], hAlign="LEFT", style=[
        ("FONT", (0, 0), (-1, -1), st.font.regular, BODY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [KeepTogether([
        HRFlowable(width="100%", thickness=2, color=black, spaceBefore=24, spaceAfter=0),
        _Para(escape(_clean(t["clinician_copy"])), st.heading),
        _Para(escape(_clean(t["teach_back"])), st.body), table])]


def _story(plan: CarePlan, ctx: HandoutContext, st: _Styles, width: float) -> list[Flowable]:
    t = ctx.texts
    story: list[Flowable] = []
    if _clean(ctx.clinic_name):
        story.append(_Para(escape(_clean(ctx.clinic_name)), st.strong))
    if _clean(ctx.clinic_phone):
        story.append(_Para(_fill(t["clinic_phone"], phone=ctx.clinic_phone), st.body))
    story.append(_Para(escape(_clean(t["title"])), st.title))
    story.append(_Para(_fill(t["for_patient"], "value", name=ctx.patient_name), st.body))
    story.append(_Para(_fill(t["printed_on"], date=ctx.printed_on), st.body))

    if plan.medicines:
        story += [Spacer(1, 18), _medicine_table(plan, ctx, st, width)]
    else:
        story += _section(_Para(escape(_clean(t["your_medicines"])), st.heading),
                          [_Para(escape(_clean(t["no_medicines"])), st.body)])

    conditions = [c for c in plan.conditions if _clean(c.name) or _clean(c.explanation)]
    for i, c in enumerate(conditions):  # each name kept with the start of its explanation
        name = _Para(escape(_clean(c.name)), st.strong)
        explanation = _Para(escape(_clean(c.explanation)), st.body)
        heading = [] if i else [_Para(escape(_clean(t["what_for"])), st.heading)]
        story += [_RoomFor([*heading, name], explanation), *heading, name, explanation]
    if goals := _bullets(plan.goals, st.bullet):
        story += _section(_Para(escape(_clean(t["your_goals"])), st.heading), goals)
    if any(map(_clean, plan.warning_signs)):
        story += [Spacer(1, 18), _warning_box(plan.warning_signs, ctx, st, width)]
    if steps := _bullets(plan.next_steps, st.bullet):
        story += _section(_Para(escape(_clean(t["next_steps"])), st.heading), steps)

    when = _clean(ctx.next_appointment_text or plan.next_appointment or "")
    appointment: list[Flowable] = [_Para(escape(_clean(t["next_appointment"])), st.heading)]
    if when:
        appointment.append(_Para(escape(when), st.big))
        if _clean(plan.next_appointment_with):
            appointment.append(_Para(
                _fill(t["appointment_with"], name=plan.next_appointment_with), st.big_regular))
    else:
        appointment.append(_Para(escape(_clean(t["no_appointment"])), st.big_regular))
    story.append(KeepTogether(appointment))
    if _clean(plan.support_person):
        story += [Spacer(1, 4), _Para(
            _fill(t["support_person"], "value", name=plan.support_person), st.body)]
    questions = _bullets(t["question_list"], st.bullet)  # a fixed list: kept whole
    story += _section(_Para(escape(_clean(t["questions"])), st.heading), questions,
                      len(questions))
    if ctx.clinician_copy:
        story += _teach_back(plan, ctx, st, width)
    return story


def render_handout(plan: CarePlan, ctx: HandoutContext) -> bytes:
    """The handout as PDF bytes. Raises UnprintableText when no font has every character."""
    try:
        pagesize = PAPERS[ctx.paper]
    except KeyError:
        raise ValueError(N_("paper must be one of {0}, not {1}")
            .format(', '.join(PAPERS), repr(ctx.paper))) \
            from None
    st = _styles(choose_font(plan, ctx))
    version_no = ctx.plan_version or plan.version
    version = _PLACEHOLDER.sub(lambda m: str(version_no) if m[1] == "version" else m[0],
                               _clean(ctx.texts["plan_version"])) if version_no else ""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=_clean(ctx.texts["title"]),
        author=_clean(ctx.clinic_name), creator="Clinic Companion", lang=ctx.language,
        invariant=True, displayDocTitle=True, pageCompression=0,
        initialFontName=st.font.regular, initialFontSize=BODY, initialLeading=BODY * LEADING)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    footer = _Footer(st.font.regular, _clean(ctx.patient_name), version, MARGIN,
                     pagesize[0] - MARGIN)
    doc.build(_story(plan, ctx, st, doc.width), canvasmaker=partial(_FooterCanvas, footer=footer))
    return buf.getvalue()
