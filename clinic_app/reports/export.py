"""The engagement report as CSV (one row per figure) and as text for people."""

from __future__ import annotations

import csv
import io

from clinic_app.reports.engagement import SECTION_LABELS, EngagementReport, Row

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


def change_text(row: Row) -> str:
    """The change from the previous period, with 'better' or 'worse' where it means one."""
    if row.change is None:
        return "–"
    if abs(row.change) < 0.05:
        return "no change"
    text = number(row.change, row.figure.unit, signed=True)
    return f"{text} ({row.verdict})" if row.verdict else text


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


def header_lines(report: EngagementReport) -> list[str]:
    """What the report covers, in the words the page, the PDF and the CLI print."""
    lines = [f"Period: {report.period.label()} ({report.period.days} days)",
             f"Compared with: {report.previous.label()}",
             f"Who and what: {report.filter_text()}"]
    return lines


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
