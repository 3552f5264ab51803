"""The engagement report as CSV (one row per figure) and as text for people."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from clinic_app.marks import N_, as_written
from clinic_app.reports.engagement import SECTION_LABELS, EngagementReport, Row

#: the words a change is told in ('+12 (better)', '−3.1 points (worse)', 'no change')
CHANGE_WORDS = (N_("better"), N_("worse"), N_("no change"), N_("points"))
CSV_COLUMNS = ("figure", "this period", "previous period", "change", "unit", "section", "key")


def number(value: float | None, unit: str, *, signed: bool = False) -> str:
    """'1,234', '73.2%', '+3.1 points', or '–' for a figure with nothing to count."""
    if value is None:
        return "–"
    sign = "+" if signed and value > 0 else ""
    if unit == "percent":
        text = f"{value:.1f}".replace("-", "−")
        return f"{sign}{text} points" if signed else f"{text}%"
    text = f"{round(value):,}".replace("-", "−")
    return f"{sign}{text}"


def change_text(row: Row, tr: Callable[[str], str] = as_written) -> str:
    """The change from the previous period, with 'better' or 'worse' where it means one
    (its words in ``tr``'s language)."""
    if row.change is None:
        return "–"
    if abs(row.change) < 0.05:
        return tr("no change")
    text = number(row.change, row.figure.unit, signed=True)
    text = f"{text} ({row.verdict})" if row.verdict else text
    for word in CHANGE_WORDS:
        text = text.replace(word, tr(word))
    return text


def _cell(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def to_csv(report: EngagementReport) -> str:
    """One row per figure: the figure, this period, the previous period, then the change,
    the unit ("count" or "%"), its section and a stable key. Blank: nothing to count."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for row in report.rows:
        unit = "%" if row.figure.unit == "percent" else "count"
        w.writerow([row.figure.label, _cell(row.current), _cell(row.previous),
                    _cell(row.change), unit, report_section(row), row.key])
    return buf.getvalue()


def report_section(row: Row) -> str:
    return SECTION_LABELS[row.figure.section]


def header_lines(report: EngagementReport, tr: Callable[[str], str] = as_written,
                 month_name: Callable[[int], str] | None = None) -> list[str]:
    """What the report covers, in the words the PDF and the CLI print (in ``tr``'s
    language, the months named by ``month_name``)."""
    return [tr(N_("Period: {0} ({1} days)")).format(report.period.label(month_name),
                                                     report.period.days),
            tr(N_("Compared with: {0}")).format(report.previous.label(month_name)),
            tr(N_("Who and what: {0}")).format(report.filter_text(tr))]


def to_text(report: EngagementReport) -> str:
    """A plain table for the command line."""
    width = max(len(r.figure.label) for r in report.rows) + 2
    out = [f"Engagement report — {report.clinic_name}".rstrip(" —"), *header_lines(report), ""]
    for title, rows in report.sections():
        out.append(title)
        for r in rows:
            note = "  (" + ", ".join(f"not by {f}" for f in sorted(r.ignored)) + ")" \
                if r.ignored else ""
            out.append(f"  {r.figure.label:<{width}}{number(r.current, r.figure.unit):>12}"
                       f"{number(r.previous, r.figure.unit):>12}   {change_text(r)}{note}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
