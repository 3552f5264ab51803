"""Reports for managers: the engagement report, as figures, PDF and CSV."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from clinic_app.db.reports import Bounds, EngagementQueries
from clinic_app.domain.clock import Clock, iso_utc, today
from clinic_app.domain.followups import Kind
from clinic_app.domain.roles import Permission
from clinic_app.errors import ValidationError
from clinic_app.marks import N_, as_written
from clinic_app.reports import engagement as eng
from clinic_app.reports.engagement import EngagementReport, Period, Trend
from clinic_app.security.access import Access
from clinic_app.security.audit import AuditService
from clinic_app.services.settings import SettingsService

logger = logging.getLogger(__name__)

MAX_DAYS = 3 * 366  # a longer period is refused (it says nothing a year does not)
CHOICES = ("this_week", "last_month", "custom")


def bucket_days(days: int) -> int:
    """Trend points: a point a day up to two weeks, a week up to four months, else 30 days."""
    return 1 if days <= 14 else 7 if days <= 120 else 30


class ReportService:
    def __init__(self, queries: EngagementQueries, settings: SettingsService, clock: Clock,
                 access: Access, audit: AuditService) -> None:
        self.queries = queries
        self.settings = settings
        self.clock = clock
        self.access = access
        self.audit = audit

    def today(self) -> dt.date:
        return today(self.clock)

    def periods(self, choice: str, first: dt.date | str | None = None,
                last: dt.date | str | None = None) -> tuple[Period, Period]:
        """(period, previous period) for "this_week", "last_month" or "custom" (with the
        dates, as dates or YYYY-MM-DD)."""
        if choice == "this_week":
            return eng.this_week(self.today())
        if choice == "last_month":
            return eng.last_month(self.today())
        if choice != "custom":
            raise ValidationError({"period": "should be this_week, last_month or custom."})
        errors: dict[str, str] = {}
        a = _date(first, "from", errors)
        b = _date(last, "to", errors)
        if a and b and b < a:
            errors["to"] = N_("{0} is before the first day ({1}).").format(
                b.isoformat(), a.isoformat())
        elif a and b and (b - a).days + 1 > MAX_DAYS:
            errors["to"] = N_("A report covers at most {0} days; choose a shorter period.").format(
                MAX_DAYS)
        if errors:
            raise ValidationError(errors)
        assert a is not None and b is not None
        return eng.custom(a, b)

    def staff(self) -> list[str]:
        """Usernames for the staff filter: accounts, and whoever logged calls this past
        year and a bit."""
        self.access.require(Permission.REPORTS)
        return self.queries.staff_names(iso_utc(self.clock.now() - dt.timedelta(days=400)))

    def engagement(self, period: Period, previous: Period | None = None, *,
                   staff: str | None = None, kind: str | None = None) -> EngagementReport:
        """Every figure for ``period`` and the previous period (default: the same number of
        days just before), for one staff member's calls and/or one kind of follow-up."""
        self.access.require(Permission.REPORTS)
        previous = previous or period.before()
        staff = (staff or "").strip() or None
        kind = (kind or "").strip() or None
        if kind is not None:
            try:
                kind = Kind(kind).value
            except ValueError:
                raise ValidationError({"kind": f"'{kind}' is not a kind of follow-up (one of: "
                                       + ", ".join(k.value for k in Kind) + ")."}) from None
        for p in (period, previous):
            if p.days > MAX_DAYS:
                raise ValidationError({"to": f"A report covers at most {MAX_DAYS} days."})
        confirm_days = int(self.settings.get("phone_confirm_days"))
        day = self.today()

        def bounds(p: Period) -> Bounds:
            return Bounds(p.first, p.last, day, confirm_days, eng.ON_TIME_DAYS)

        size = bucket_days(period.days)
        (raw_now, t_now), (raw_before, t_before) = self.queries.periods(
            [bounds(period), bounds(previous)], size, staff, kind)
        now = eng.figure_values(raw_now)
        before = eng.figure_values(raw_before)
        trend = Trend(size,
                      tuple(eng.share(r, c) for c, r, _, _ in t_now),
                      tuple(eng.share(r, c) for c, r, _, _ in t_before),
                      tuple(eng.share(o, d) for _, _, d, o in t_now),
                      tuple(eng.share(o, d) for _, _, d, o in t_before))
        report = EngagementReport(
            period, previous, eng.build_rows(now, before, staff, kind), trend, staff, kind,
            str(self.settings.get("clinic_name")), iso_utc(self.clock.now()), confirm_days)
        self.audit.record("report.view", None, None, report="engagement",
                          **period.to_json(), staff=staff, kind=kind)
        return report

    def pdf(self, report: EngagementReport, tr: Callable[[str], str] = as_written,
            month_name: Callable[[int], str] | None = None) -> bytes:
        """The printable report (reportlab is loaded on first use), its words in ``tr``'s
        language and months named by ``month_name`` (English unless the screens say)."""
        self.access.require(Permission.REPORTS)
        from clinic_app.reports.pdf import render_report

        data = render_report(report, tr, month_name)
        self.audit.record("report.export", None, None, report="engagement", format="pdf",
                          **report.period.to_json())
        return data

    def csv(self, report: EngagementReport) -> str:
        self.access.require(Permission.REPORTS)
        from clinic_app.reports.export import to_csv

        text = to_csv(report)
        self.audit.record("report.export", None, None, report="engagement", format="csv",
                          **report.period.to_json())
        return text


def _date(value: dt.date | str | None, key: str, errors: dict[str, str]) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        errors[key] = N_("Give a date (year-month-day, e.g. 2026-10-01).")
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        errors[key] = N_("'{0}' is not a real date. Use year-month-day, e.g. 2026-10-01.").format(
            text)
        return None
