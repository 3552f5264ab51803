"""The engagement report as a printable PDF (reportlab, its own charts).

A manager's document, not a patient handout: 11 pt body text in Atkinson Hyperlegible
(DejaVu Sans when a name needs another script), one table per section with the previous
period and the change beside each figure, then three charts (reach and on-time trend,
medicines answers, barriers) and, last, how each figure is counted. This module imports
reportlab: import it lazily (``ReportService.pdf`` does).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from clinic_app.marks import N_, as_written
from clinic_app.paths import resource_path
from clinic_app.reports.engagement import (
    BARRIER_LABELS,
    FIGURES,
    GROUPS,
    SECTION_LABELS,
    EngagementReport,
)
from clinic_app.reports.export import change_text, header_lines, number

BODY = 11.0
FONT_FILES = {"atkinson": ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"),
              "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")}
NOW_COLOUR = colors.HexColor("#1f4e79")  # this period: dark blue
BEFORE_COLOUR = colors.HexColor("#9aa5b1")  # the previous period: grey
_lock = threading.Lock()
_fonts: dict[str, tuple[str, str, frozenset[str]]] = {}


def _font(family: str) -> tuple[str, str, frozenset[str]]:
    """Register a family's regular and bold faces once: (regular, bold, characters)."""
    with _lock:
        if family not in _fonts:
            faces = []
            for suffix, file in zip(("", "-Bold"), FONT_FILES[family], strict=True):
                face = TTFont(f"Report-{family}{suffix}", str(resource_path("fonts", file)))
                pdfmetrics.registerFont(face)
                faces.append(face)
            pdfmetrics.registerFontFamily(faces[0].fontName, normal=faces[0].fontName,
                                          bold=faces[1].fontName, italic=faces[0].fontName,
                                          boldItalic=faces[1].fontName)
            chars = frozenset.intersection(*(frozenset(
                chr(c) for c, g in f.face.charToGlyph.items() if g) for f in faces))
            _fonts[family] = (faces[0].fontName, faces[1].fontName, chars)
        return _fonts[family]


def _choose_font(texts: Iterable[str]) -> tuple[str, str]:
    needed = set("".join(texts)) - {"\n"}
    for family in FONT_FILES:
        regular, bold, chars = _font(family)
        if needed <= chars:
            return regular, bold
    regular, bold, _ = _font("dejavu")
    return regular, bold  # a character neither has shows as a box; the figures still print


Translate = Callable[[str], str]


def _texts(report: EngagementReport, tr: Translate, lines: list[str]) -> list[str]:
    return [report.clinic_name, *lines, *(tr(f.label) for f in FIGURES),
            *(tr(f.definition) for f in FIGURES), "–−"]


def render_report(report: EngagementReport, tr: Translate = as_written,
                  month_name: Callable[[int], str] | None = None) -> bytes:
    """The report as PDF bytes, its words in ``tr``'s language (the screens pass
    ``tr_label``), the months named by ``month_name``; English by default."""
    lines = header_lines(report, tr, month_name)
    period = report.period.label(month_name)
    regular, bold = _choose_font(_texts(report, tr, lines))
    body = ParagraphStyle("body", fontName=regular, fontSize=BODY, leading=BODY * 1.3)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=20, leading=25,
                        spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=4)
    buf = io.BytesIO()
    heading = tr(N_("Engagement report"))
    title = heading + (f" — {report.clinic_name}" if report.clinic_name else "")
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.8 * cm, title=title,
                            author="Clinic Companion", subject=period)
    width = A4[0] - 3.6 * cm
    story: list = [Paragraph(escape(title), h1)]
    for line in lines:
        story.append(Paragraph(escape(line), body))
    story.append(Paragraph(escape(tr(N_(
        "Made on {0}. Counted from what staff recorded: calls, what patients said, "
        "follow-ups, appointments and contact confirmations. How each figure is counted is "
        "on the last page.")).format(report.made_at[:10])), small))
    header = [tr(N_("Figure")), tr(N_("This period")), tr(N_("Previous")), tr(N_("Change"))]
    for section, rows in report.sections():
        table = [header]
        for r in rows:
            label = tr(r.figure.label) + (
                "  " + tr(N_("(all staff and kinds)")) if r.ignored else "")
            table.append([Paragraph(escape(label), body), number(r.current, r.figure.unit),
                          number(r.previous, r.figure.unit), change_text(r, tr)])
        t = Table(table, colWidths=[width * 0.5, width * 0.13, width * 0.13, width * 0.24],
                  repeatRows=1)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), bold, BODY), ("FONT", (1, 1), (-1, -1), regular, BODY),
            ("FONT", (1, 1), (1, -1), bold, BODY),
            ("ALIGN", (1, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(CondPageBreak(4 * cm))
        story.append(KeepTogether([Paragraph(escape(tr(section)), h2)]))
        story.append(t)
    story += [PageBreak(), Paragraph(escape(tr(N_("Charts"))), h1)]
    story += _charts(report, width, regular, h2, small, tr)
    story += [PageBreak(), Paragraph(escape(tr(N_("How each figure is counted"))), h1)]
    story.append(Paragraph(escape(tr(N_(
        "Periods are the clinic's local days, first and last included. Calls that were "
        "undone and follow-ups that were withdrawn never count. The previous period has the "
        "same number of days. Shares are blank when there is nothing to divide by."))), small))
    for key, label in SECTION_LABELS.items():
        story.append(Paragraph(escape(tr(label)), h2))
        groups: set[str] = set()
        for f in FIGURES:
            if f.section != key:
                continue
            name, words = f.label, f.definition
            group = next((g for g in GROUPS if f.key.startswith(g)), None)
            if group:
                if group in groups:
                    continue
                groups.add(group)
                name, words = GROUPS[group]
            story.append(Paragraph(f"<b>{escape(tr(name))}</b>: {escape(tr(words))}", small))
    footer = _footer(f"{heading}, {period}", tr(N_("page {0}")), regular)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _footer(left: str, page: str, font: str):  # type: ignore[no-untyped-def]
    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(1.8 * cm, 1.0 * cm, left)
        canvas.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm, page.format(doc.page))
        canvas.restoreState()
    return draw


def _pct(values: Sequence[float | None]) -> list[float | None]:
    """Percentages for a chart; None (nothing to divide by) is a gap, not a zero."""
    return [round(v, 1) if v is not None else None for v in values]


def _charts(report: EngagementReport, width: float, regular: str, h2: ParagraphStyle,
            small: ParagraphStyle, tr: Translate) -> list:
    out: list = []
    t = report.trend
    n = max(len(t.reach_now), len(t.reach_before), 1)
    unit = tr(t.unit)
    legend = (tr(N_("this period")), tr(N_("previous period")))
    for title, now, before in (
            (tr(N_("Calls that reached the patient, by {0} (% of calls)")).format(unit),
             t.reach_now, t.reach_before),
            (tr(N_("Follow-ups done on time by {0} (% of those due)")).format(unit),
             t.on_time_now, t.on_time_before)):
        labels = [f"{unit} {i + 1}" for i in range(n)]
        d = _trend_drawing(width, labels, now, before, regular, legend)
        out.append(KeepTogether([Paragraph(escape(title), h2), d]))
    said = [(tr(N_("yes")), "meds_yes"), (tr(N_("some")), "meds_some"),
            (tr(N_("no")), "meds_no")]
    d = Drawing(width, 150)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 40, 25, width - 170, 110
    bars.data = [[v or 0.0 for v in _pct([report.value(k) for _, k in said])],
                 [v or 0.0 for v in _pct([report.value(k, previous=True) for _, k in said])]]
    bars.categoryAxis.categoryNames = [w for w, _ in said]
    _style_bars(bars, regular)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 25
    d.add(bars)
    d.add(_legend(width - 120, 120, regular, legend))
    out.append(KeepTogether([Paragraph(escape(tr(N_(
        "Taking medicines as agreed (% of answers)"))), h2), d]))
    rows = [r for r in report.rows if r.key.startswith("barrier_")]
    d = Drawing(width, 30 + 28 * len(rows))
    hbars = HorizontalBarChart()
    hbars.x, hbars.y, hbars.width, hbars.height = 150, 15, width - 280, 24 * len(rows)
    hbars.data = [[r.current or 0 for r in reversed(rows)],
                  [r.previous or 0 for r in reversed(rows)]]
    hbars.categoryAxis.categoryNames = [
        tr(BARRIER_LABELS_BY_KEY.get(r.key, r.figure.label)) for r in reversed(rows)]
    _style_bars(hbars, regular)
    hbars.valueAxis.valueMin = 0
    d.add(hbars)
    d.add(_legend(width - 120, 24 * len(rows), regular, legend))
    block = [Paragraph(escape(tr(N_("Barriers patients named (number of conversations)"))),
                       h2), d]
    if not any(r.current or r.previous for r in rows):
        block.append(Paragraph(escape(tr(N_("No barriers were recorded in either period."))),
                               small))
    out.append(KeepTogether(block))
    return out


def _trend_drawing(width: float, labels: Sequence[str], now: Sequence[float | None],
                   before: Sequence[float | None], font: str,
                   legend: tuple[str, str]) -> Drawing:
    """Two lines over 0-100 %: this period (solid) and the previous one (dashed); a
    bucket with nothing to count is a gap, and every point has a marker."""
    d = Drawing(width, 150)
    x0, y0, w, h = 40.0, 30.0, width - 170.0, 105.0
    for pct in (0, 25, 50, 75, 100):
        y = y0 + h * pct / 100
        d.add(Line(x0, y, x0 + w, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        d.add(String(x0 - 6, y - 3, f"{pct}%", fontName=font, fontSize=8, textAnchor="end"))
    n = max(len(labels), 1)
    step = w / n

    def x(i: int) -> float:
        return x0 + step * (i + 0.5)

    for i, label in enumerate(labels):
        d.add(String(x(i), y0 - 14, label, fontName=font, fontSize=8, textAnchor="middle"))
    for values, colour, stroke, dash in ((before, BEFORE_COLOUR, 1.5, (4, 3)),
                                         (now, NOW_COLOUR, 2.5, None)):
        run: list[float] = []
        for i in range(len(values) + 1):
            v = values[i] if i < len(values) else None
            if v is not None:
                run += [x(i), y0 + h * v / 100]
                d.add(Circle(x(i), y0 + h * v / 100, 2.5, fillColor=colour, strokeColor=colour))
                continue
            if len(run) >= 4:
                d.add(PolyLine(run, strokeColor=colour, strokeWidth=stroke,
                               strokeDashArray=dash))
            run = []
    d.add(_legend(width - 120, 120, font, legend))
    return d


BARRIER_LABELS_BY_KEY = {f"barrier_{b.value}": label for b, label in BARRIER_LABELS.items()}


def _style_bars(chart: VerticalBarChart | HorizontalBarChart, font: str) -> None:
    chart.bars[0].fillColor = NOW_COLOUR
    chart.bars[1].fillColor = BEFORE_COLOUR
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6


def _legend(x: float, y: float, font: str, names: tuple[str, str]) -> Legend:
    """'this period' and 'previous period' (``names``, in the report's language)."""
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 9
    legend.alignment = "right"
    legend.colorNamePairs = [(NOW_COLOUR, names[0]), (BEFORE_COLOUR, names[1])]
    return legend

