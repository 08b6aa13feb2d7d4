"""The event summary drawn as headline figures and breakdown tables with share bars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from confdesk.ui.labels import label
from confdesk.ui.summary.view_model import Section, Summary


def format_day(day: date, pattern: str = "dddd d MMMM yyyy") -> str:
    """A date in the user's language, e.g. Monday 31 March 2014."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_range(start: date, end: date) -> str:
    """31 March – 1 April 2014 (one year shown once)."""
    if start == end:
        return format_day(start, "d MMMM yyyy")
    first = "d MMMM" if start.year == end.year else "d MMMM yyyy"
    return f"{format_day(start, first)} – {format_day(end, 'd MMMM yyyy')}"


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class FigureCard(QFrame):
    """One headline number above its caption."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"figure_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("0", self)
        self.value.setObjectName("value")
        self.value.setFont(_scaled_font(self, 2.0, bold=True))
        self.caption = QLabel(label(key), self)
        self.caption.setObjectName("caption")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(QLocale().toString(value))


class SectionBox(QGroupBox):
    """One breakdown: a row per item with its count, a share bar and the percentage."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(label(section.key), parent)
        self.setObjectName(f"section_{section.key}")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(2, 1)
        if not section.rows:
            empty = QLabel(self.tr("None yet"), self)
            empty.setEnabled(False)
            grid.addWidget(empty, 0, 0, 1, 4)
            return
        locale = QLocale()
        for row_index, row in enumerate(section.rows):
            name = self._row_label(section.key, row.key)
            grid.addWidget(QLabel(name, self), row_index, 0)
            count = QLabel(locale.toString(row.count), self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(count, row_index, 1)
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setValue(round(row.share * 1000))
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            bar.setAccessibleName(name)
            grid.addWidget(bar, row_index, 2)
            percent = QLabel(f"{row.share * 100:.0f} %", self)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            percent.setMinimumWidth(percent.fontMetrics().horizontalAdvance("100 %"))
            grid.addWidget(percent, row_index, 3)

    @staticmethod
    def _row_label(section_key: str, row_key: str) -> str:
        if section_key == "sessions_per_day":
            return format_day(date.fromisoformat(row_key))
        return label(row_key)

    def rows(self) -> list[tuple[str, str]]:
        """(name, count) as shown, for tests and accessibility checks."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        shown = []
        for row in range(grid.rowCount()):
            name, count = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
            if name is None or count is None:
                continue
            name_label, count_label = name.widget(), count.widget()
            assert isinstance(name_label, QLabel) and isinstance(count_label, QLabel)
            shown.append((name_label.text(), count_label.text()))
        return shown


class SummaryWidget(QScrollArea):
    """An event's figures: title and dates, headline numbers, then the breakdowns.

    `first_sections` lists the breakdowns a screen wants on top (e.g. sessions per day on
    the Programme screen).
    """

    FIGURES_PER_ROW = 6

    def __init__(
        self, first_sections: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.first_sections = tuple(first_sections)
        self.summary: Summary | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 4, 4, 4)
        self._layout.setSpacing(14)
        self.setWidget(self._body)

        self.title = QLabel(self._body)
        self.title.setObjectName("summaryTitle")
        self.title.setFont(_scaled_font(self, 1.45, bold=True))
        self.title.setWordWrap(True)
        self.dates = QLabel(self._body)
        self.dates.setObjectName("summaryDates")
        self.line = QLabel(self._body)
        self.line.setObjectName("summaryLine")
        self.line.setWordWrap(True)
        self.line.setFont(_scaled_font(self, 1.1))
        header = QVBoxLayout()
        header.setSpacing(4)
        for widget in (self.title, self.dates, self.line):
            header.addWidget(widget)
        self._layout.addLayout(header)

        self.cards: dict[str, FigureCard] = {}
        self._cards_grid = QGridLayout()
        self._cards_grid.setSpacing(10)
        self._layout.addLayout(self._cards_grid)
        self._sections_grid = QGridLayout()
        self._sections_grid.setHorizontalSpacing(14)
        self._sections_grid.setVerticalSpacing(14)
        self._sections_grid.setColumnStretch(0, 1)
        self._sections_grid.setColumnStretch(1, 1)
        self._layout.addLayout(self._sections_grid)
        self._layout.addStretch(1)
        self.sections: dict[str, SectionBox] = {}
        self.show_nothing(self.tr("No database is open."))

    def show_nothing(self, message: str, hint: str = "") -> None:
        """An honest empty state, e.g. a database without events."""
        self.summary = None
        self.title.setText(message)
        self.dates.setText(hint)
        self.dates.setVisible(bool(hint))
        self.line.clear()
        self.line.hide()
        self._clear_figures()

    def show_summary(self, summary: Summary) -> None:
        """Draw `summary` in place of whatever was shown."""
        self.summary = summary
        self._clear_figures()
        self.title.setText(summary.title)
        self.dates.setText(f"{summary.short_name} · {format_range(summary.start, summary.end)}")
        self.dates.show()
        self.line.setText(summary.summary_line + ".")
        self.line.show()
        for index, figure in enumerate(summary.figures):
            card = FigureCard(figure.key, self._body)
            card.set_value(figure.value)
            self.cards[figure.key] = card
            self._cards_grid.addWidget(
                card, index // self.FIGURES_PER_ROW, index % self.FIGURES_PER_ROW
            )
        ordered = sorted(
            summary.sections,
            key=lambda s: (
                self.first_sections.index(s.key) if s.key in self.first_sections
                else len(self.first_sections)
            ),
        )
        for index, section in enumerate(ordered):
            box = SectionBox(section, self._body)
            self.sections[section.key] = box
            self._sections_grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)

    def _clear_figures(self) -> None:
        for widget in [*self.cards.values(), *self.sections.values()]:
            widget.setParent(None)
            widget.deleteLater()
        self.cards.clear()
        self.sections.clear()
