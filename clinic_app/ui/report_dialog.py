"""The engagement report (managers): choose a period, staff member and kind of follow-up;
read the figures beside the previous period, a few charts; save a PDF or a CSV.

The figures are counted off the GUI thread (``TaskRunner``); hovering a figure shows how
it is counted. Errors are said in words under the buttons, never as a traceback.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.followups import KIND_LABELS, Kind
from clinic_app.errors import ClinicError
from clinic_app.reports.engagement import BARRIER_LABELS, FIGURES, EngagementReport, Row
from clinic_app.reports.export import change_text, number
from clinic_app.services.clinic import Clinic
from clinic_app.ui.i18n import month_name, tr_label
from clinic_app.ui.report_charts import BarChart, Legend, TrendChart
from clinic_app.ui.tasks import TaskRunner
from clinic_app.ui.text_size import scaled
from clinic_app.ui.widgets.forms import DateEdit, error_label, show_error

_Index = QModelIndex | QPersistentModelIndex
PERIODS = (("last_month", "Last month"), ("this_week", "This week (Monday to today)"),
           ("custom", "Choose the dates"))
#: the figures shown large at the top: what a manager looks at first
#: the words of the change column, translated in place
HEADLINES = ("reach_rate", "done_on_time_share", "meds_yes", "re_engaged", "no_show_rate")
FEW = 30  # fewer follow-ups due than this in the previous period: its shares say little
WORSE = QColor("#9c0006")
BETTER = QColor("#1e6b1e")


class ReportModel(QAbstractTableModel):
    """Section headings and figures: figure, this period, previous period, change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[str, Row | None]] = []  # (section title, None) or (_, row)
        self.headers = [self.tr("Figure"), self.tr("This period"), self.tr("Previous period"),
                        self.tr("Change")]

    def set_report(self, report: EngagementReport | None) -> None:
        self.beginResetModel()
        self.lines = []
        if report is not None:
            for title, rows in report.sections():
                self.lines.append((tr_label(title), None))
                self.lines += [("", r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def cell(self, row: int, column: int) -> str:
        title, r = self.lines[row]
        if r is None:
            return title if column == 0 else ""
        f = r.figure
        if column == 0:
            note = ""
            if r.ignored:
                note = "  " + self.tr("(all staff and kinds)")
            return "    " + tr_label(f.label) + note
        if column == 1:
            return number(r.current, f.unit)
        if column == 2:
            return number(r.previous, f.unit)
        return self.change(r)

    def change(self, r: Row) -> str:
        """The change in words: '+12 (better)', '−3.1 points (worse)', 'no change'."""
        return change_text(r, tr_label)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        _, r = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(index.row(), col)
        if role == Qt.ItemDataRole.ToolTipRole and r is not None:
            return tr_label(r.figure.definition)
        if role == Qt.ItemDataRole.FontRole and (r is None or col == 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r is not None and col == 3 and r.verdict:
            return QBrush(BETTER if r.verdict == "better" else WORSE)
        if role == Qt.ItemDataRole.BackgroundRole and r is None:
            return QBrush(QColor("#e8eef4"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ReportDialog(QDialog):
    def __init__(self, clinic: Clinic, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.tasks = tasks
        self.report: EngagementReport | None = None
        self._seq = 0
        self.setWindowTitle(self.tr("Engagement report"))
        h = self.fontMetrics().height()

        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, label in PERIODS:
            self.period.addItem(tr_label(label), key)
        self.first = self._date_edit("first")
        self.last = self._date_edit("last")
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        self.staff.addItem(self.tr("Everyone"), "")
        tasks.run(clinic.reports.staff, self._add_staff, lambda exc: None)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in Kind:
            self.kind.addItem(tr_label(KIND_LABELS[kind]).capitalize(), kind.value)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_chosen)

        filters = QHBoxLayout()
        for text, widget, name in ((self.tr("&Period"), self.period, self.tr("Period")),
                                   (self.tr("&From"), self.first, self.tr("First day")),
                                   (self.tr("&To"), self.last, self.tr("Last day")),
                                   (self.tr("S&taff"), self.staff, self.tr("Staff member")),
                                   (self.tr("&Kind"), self.kind, self.tr("Kind of follow-up"))):
            widget.setAccessibleName(name)
            filters.addWidget(QLabel(text, buddy=widget))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.show_button)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.headline = QGridLayout()
        self.headline_labels: dict[str, QLabel] = {}
        for i, key in enumerate(HEADLINES):
            label = QLabel()
            label.setObjectName(f"headline_{key}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet("border: 1px solid #b7c3cf; padding: 6px; background: #f6f8fa; "
                                "color: #000000;")
            self.headline.addWidget(label, 0, i)
            self.headline_labels[key] = label

        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("figures")
        self.table.setAccessibleName(self.tr("Figures, this period beside the previous one"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(h * 1.45))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the figures' names are never cut short: the charts give way
        fm = self.table.fontMetrics()
        names = max(fm.horizontalAdvance("    " + tr_label(f.label)) for f in FIGURES)
        numbers = fm.horizontalAdvance(self.tr("Previous period")) * 2 + \
            fm.horizontalAdvance("−16.6 " + self.tr("points") + " (" + self.tr("worse") + ")")
        self.table.setMinimumWidth(names + numbers + h * 4)

        self.reach_chart = TrendChart(self.tr("Calls that reached the patient (%)"))
        self.on_time_chart = TrendChart(self.tr("Follow-ups done on time (%)"))
        self.meds_chart = BarChart(self.tr("Taking medicines as agreed (% of answers)"),
                                   percent=True)
        self.barrier_chart = BarChart(self.tr("Barriers named (conversations)"),
                                      horizontal=True)
        charts = QWidget()
        charts.setObjectName("charts")
        column = QVBoxLayout(charts)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(Legend())
        for chart in (self.reach_chart, self.on_time_chart, self.meds_chart,
                      self.barrier_chart):
            column.addWidget(chart, 1)
        scroll = QScrollArea()  # large text: the charts keep their size and scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        self.pdf_button = self._button(self.tr("Save as &PDF…"), "pdf", lambda: self.save_pdf())
        self.csv_button = self._button(self.tr("Export &CSV…"), "csv", lambda: self.save_csv())
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.error = error_label("report")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addLayout(self.headline)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(h * 78, h * 46)
        self._period_chosen()
        self.refresh()

    # pieces -------------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setEnabled(False)
        button.clicked.connect(slot)
        return button

    def _add_staff(self, names: list[str]) -> None:
        for name in names:
            if self.staff.findData(name) < 0:
                self.staff.addItem(name, name)

    def _period_chosen(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            period, _ = self.clinic.reports.periods(str(key))
            self.first.setDate(QDate(period.first))
            self.last.setDate(QDate(period.last))

    def _dates(self) -> tuple[dt.date, dt.date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return first, last

    # the report -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count the figures for the chosen period and filters (off the GUI thread)."""
        show_error(self.error, "")
        self.result.clear()
        key = str(self.period.currentData())
        first, last = self._dates()
        staff = str(self.staff.currentData() or "") or None
        kind = str(self.kind.currentData() or "") or None
        reports = self.clinic.reports
        self._seq += 1
        seq = self._seq

        def work() -> EngagementReport:
            period, previous = reports.periods(key, first, last)
            return reports.engagement(period, previous, staff=staff, kind=kind)

        self.show_button.setEnabled(False)
        self.summary.setText(self.tr("Counting…"))
        self.tasks.run(work, lambda report: self._shown(seq, report),
                       lambda exc: self._failed(exc, seq))

    def _shown(self, seq: int, report: EngagementReport) -> None:
        if seq != self._seq:
            return
        self.report = report
        self.show_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        who = []
        if report.staff:
            who.append(self.tr("calls by {0}").format(report.staff))
        if report.kind:
            who.append(self.tr("{0} follow-ups").format(tr_label(KIND_LABELS[Kind(report.kind)])))
        self.summary.setText(self.tr(
            "<b>{0}</b> ({1} days), compared with the {1} days before: {2}. {3}. "
            "Hover over a figure to see how it is counted.").format(
                report.period.label(month_name), report.period.days,
                report.previous.label(month_name),
                ", ".join(who).capitalize() if who else
                self.tr("Everyone, every kind of follow-up")))
        few = int(report.value("due", previous=True) or 0)
        if few < FEW:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "<b>Note:</b> the previous period has only {0} follow-ups due, so its shares "
                "say little; compare with care.").format(few))
        self.model.set_report(report)
        for key, label in self.headline_labels.items():
            r = report.row(key)
            colour = {"better": BETTER.name(), "worse": WORSE.name()}.get(r.verdict, "#333")
            if r.previous is None:
                before = self.tr("nothing to compare with before")
            else:
                before = self.tr("before: {0} · {1}").format(
                    number(r.previous, r.figure.unit), self.model.change(r))
            value = number(r.current, r.figure.unit) if r.current is not None else \
                self.tr("nothing counted")
            label.setText(
                f"{html.escape(tr_label(r.figure.label))}<br><span style='font-size: "
                f"{_big(self)}pt; font-weight: bold'>{html.escape(value)}</span><br>"
                f"<span style='color: {colour}'>{html.escape(before)}</span>")
            label.setToolTip(tr_label(r.figure.definition))
        t = report.trend
        unit = {"day": self.tr("day"), "week": self.tr("week")}.get(t.unit, t.unit)
        labels = [f"{unit} {i + 1}" for i in range(max(len(t.reach_now), len(t.reach_before)))]
        self.reach_chart.set_data(labels, t.reach_now, t.reach_before)
        self.on_time_chart.set_data(labels, t.on_time_now, t.on_time_before)
        self.meds_chart.set_data([
            (word, report.value(key), report.value(key, previous=True))
            for word, key in ((self.tr("yes"), "meds_yes"), (self.tr("some"), "meds_some"),
                              (self.tr("no"), "meds_no"))])
        barrier_rows = [r for r in report.rows if r.key.startswith("barrier_")]
        names = {f"barrier_{b.value}": label for b, label in BARRIER_LABELS.items()}
        self.barrier_chart.set_data([(tr_label(names[r.key]), r.current, r.previous)
                                     for r in barrier_rows])

    def _failed(self, exc: Exception, seq: int | None = None) -> None:
        if seq is not None and seq != self._seq:
            return
        self.show_button.setEnabled(True)
        self.pdf_button.setEnabled(self.report is not None)
        self.csv_button.setEnabled(self.report is not None)
        if seq is not None:
            self.summary.setText(self.tr("No figures shown."))
        self.result.clear()
        text = tr_label(str(exc)) if isinstance(exc, ClinicError) else self.tr(
            "That did not work: {0}. Nothing was changed.").format(exc)
        show_error(self.error, text)

    # saving ---------------------------------------------------------------------------------
    def _ask(self, title: str, suffix: str, kinds: str) -> Path | None:
        assert self.report is not None
        name = f"engagement-{self.report.period.first}-to-{self.report.period.last}.{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        return Path(chosen) if chosen else None

    def save_pdf(self, path: Path | None = None) -> None:
        """Save the report shown as a PDF (asks where, unless ``path`` is given)."""
        if self.report is None:
            return
        path = path or self._ask(self.tr("Save the report as PDF"), "pdf",
                                 self.tr("PDF files (*.pdf)"))
        if path is not None:
            report = self.report
            self._save(path, lambda: self.clinic.reports.pdf(report, tr_label, month_name))

    def save_csv(self, path: Path | None = None) -> None:
        """Save one row per figure as CSV (asks where, unless ``path`` is given)."""
        if self.report is None:
            return
        path = path or self._ask(self.tr("Export the figures as CSV"), "csv",
                                 self.tr("CSV files (*.csv)"))
        if path is not None:
            report = self.report
            self._save(path, lambda: self.clinic.reports.csv(report).encode("utf-8"))

    def _save(self, path: Path, make: Any) -> None:
        from clinic_app.services.careplans import write_atomically

        def work() -> Path:
            write_atomically(path, make())
            return path

        show_error(self.error, "")
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.result.setText(self.tr("Saving…"))
        self.tasks.run(work, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.result.setText("✔ " + self.tr("Saved to {0}").format(path))


def _big(widget: QWidget) -> int:
    return round(scaled(widget.font(), 1.6).pointSizeF())
