"""The report service's periods, checks and audit; the PDF and the CSV read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import time

import pdfplumber
import pytest
from reporthelp import GRACE, NOW, build_october, open_clinic
from sqlcheck import expected

from clinic_app.errors import ValidationError
from clinic_app.reports.engagement import FIGURES, Period
from clinic_app.reports.export import number
from clinic_app.security.access import PermissionDenied

OCTOBER = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def test_periods_this_week_last_month_and_custom(clinic, clock) -> None:
    r = clinic.reports
    assert r.periods("this_week") == (Period(dt.date(2026, 11, 23), dt.date(2026, 11, 23)),
                                      Period(dt.date(2026, 11, 16), dt.date(2026, 11, 16)))
    clock.set(dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC))  # a Thursday
    week, before = r.periods("this_week")
    assert (week.first, week.last, before.first, before.last) == (
        dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 16),
        dt.date(2026, 11, 19))
    assert r.periods("last_month") == (OCTOBER, Period(dt.date(2026, 8, 31),
                                                       dt.date(2026, 9, 30)))
    clock.set(dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC))
    month, before = r.periods("last_month")  # February: 28 days, and the 28 before
    assert (month.days, before.first, before.last) == (28, dt.date(2026, 1, 4),
                                                        dt.date(2026, 1, 31))
    custom, before = r.periods("custom", "2026-10-10", "2026-10-19")
    assert before == Period(dt.date(2026, 9, 30), dt.date(2026, 10, 9))


@pytest.mark.parametrize(("first", "last", "field", "words"), [
    ("2026-10-31", "2026-10-01", "to", "before the first day"),
    ("2026-13-01", "2026-10-01", "from", "not a real date"),
    ("", "2026-10-01", "from", "Give a date"),
    ("2020-01-01", "2026-10-01", "to", "at most"),
])
def test_bad_periods_are_refused_in_words(clinic, first, last, field, words) -> None:
    with pytest.raises(ValidationError) as refused:
        clinic.reports.periods("custom", first, last)
    assert words in refused.value.errors[field]


def test_unknown_kind_is_refused_and_only_managers_see_reports(clinic) -> None:
    with pytest.raises(ValidationError) as refused:
        clinic.reports.engagement(OCTOBER, kind="gossip")
    assert "not a kind of follow-up" in refused.value.errors["kind"]
    clinic.access.actor = GRACE
    for attempt in (lambda: clinic.reports.engagement(OCTOBER), clinic.reports.staff):
        with pytest.raises(PermissionDenied, match="may not see reports"):
            attempt()


def test_looking_and_exporting_are_audited(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER, staff="grace")
    clinic.reports.csv(report)
    clinic.reports.pdf(report)
    rows = clinic.db.query("SELECT action, username, details FROM audit_log WHERE action "
                           "LIKE 'report.%' ORDER BY seq")
    assert [(r[0], r[1]) for r in rows] == [("report.view", "amina"),
                                            ("report.export", "amina"),
                                            ("report.export", "amina")]
    assert json.loads(rows[0][2]) == {"report": "engagement", "from": "2026-10-01",
                                      "to": "2026-10-31", "staff": "grace", "kind": None}
    assert json.loads(rows[2][2])["format"] == "pdf"


def test_csv_has_one_row_per_figure_and_reads_back(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER)
    rows = list(csv.reader(io.StringIO(clinic.reports.csv(report))))
    assert rows[0][:3] == ["figure", "this period", "previous period"]
    body = rows[1:]
    assert len(body) == len(FIGURES) and len({r[6] for r in body}) == len(FIGURES)
    sql = expected(clinic.path, "2026-10-01", "2026-10-31", NOW.date().isoformat())
    for figure, now, before, change, unit, _section, key in body:
        assert figure == report.row(key).figure.label
        want = sql[key]
        assert (now == "") == (want is None)
        if want is not None:
            assert float(now) == pytest.approx(want, abs=0.05)
            assert unit == ("%" if report.row(key).figure.unit == "percent" else "count")
        prev = report.value(key, previous=True)
        assert (before == "") == (prev is None)
        assert (change == "") == (report.row(key).change is None)
    by_key = {r[6]: r for r in body}
    assert by_key["due"][1:4] == ["9", "2", "7"]
    assert by_key["reach_rate"][1:5] == ["66.7", "0", "66.7", "%"]


def test_pdf_shows_every_figure_with_both_periods(clinic, october) -> None:
    report = clinic.reports.engagement(OCTOBER)
    data = clinic.reports.pdf(report)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    text = "\n".join(pages)
    assert pages[0].startswith("Engagement report — Test Clinic")
    assert "Period: 1–31 October 2026 (31 days)" in text
    assert "Compared with: 31 August – 30 September 2026" in text
    lines = text.splitlines()
    for row in report.rows:
        wanted = (f"{row.figure.label} {number(row.current, row.figure.unit)} "
                  f"{number(row.previous, row.figure.unit)}")
        assert any(line.startswith(wanted) for line in lines), wanted
    assert "Follow-ups due 9 2 +7" in text
    assert "Reach rate 66.7% 0.0% +66.7 points (better)" in text
    assert "How each figure is counted" in text and "Charts" in text
    assert all("AtkinsonHyperlegible" in f for f in fonts)  # embedded, one family


def test_pdf_of_an_empty_clinic_and_of_one_day(clinic) -> None:
    report = clinic.reports.engagement(Period(dt.date(2026, 11, 23), dt.date(2026, 11, 23)))
    with pdfplumber.open(io.BytesIO(clinic.reports.pdf(report))) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Reach rate – –" in text  # blank, not 0 %
    assert "No barriers were recorded in either period." in text


def test_local_days_follow_the_clinic_s_time_zone(tmp_path, clock, monkeypatch) -> None:
    """In Nairobi (UTC+3) a call at 22:30 UTC on 31 October is made on 1 November."""
    monkeypatch.setenv("TZ", "Africa/Nairobi")
    time.tzset()
    try:
        c = open_clinic(tmp_path / "nairobi.sqlite3", clock)
        build_october(c, clock)
        report = c.reports.engagement(OCTOBER)
        for period, previous in ((OCTOBER, False), (report.previous, True)):
            sql = expected(c.path, period.first.isoformat(), period.last.isoformat(),
                           NOW.date().isoformat())
            assert {k: report.value(k, previous=previous) for k in sql} == pytest.approx(sql)
        # C's call-back, done at 23:00 UTC on 9 Oct, was done at 02:00 on 10 Oct in
        # Nairobi: three days after its due date there, so late (on time in UTC)
        assert (report.value("done_on_time"), report.value("done_late")) == (4, 2)
        c.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
