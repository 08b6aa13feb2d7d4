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
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from confdesk.ui.labels import label
from confdesk.ui.summary.view_model import DocumentLine, Section, Summary


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("0", self)
        self.value.setObjectName("value")
        self.value.setFont(_scaled_font(self, 2.0, bold=True))
        self.caption = QLabel(label(key), self)
        self.caption.setObjectName("caption")
        # A caption longer than the card (French "Organisations internationales") wraps
        # onto a second line instead of being cut; the whole stays in the tooltip.
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption.setToolTip(label(key))
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_value(self, value: int) -> None:
        """Show `value` with the locale's digit grouping."""
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
            name = row.name or self._row_label(section.key, row.key)
            grid.addWidget(QLabel(name, self), row_index, 0)
            count = QLabel(locale.toString(row.count), self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(count, row_index, 1)
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setValue(round(row.share * 1000))
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            # Bars give way first when the window is narrow or the labels long.
            bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            bar.setMinimumWidth(24)
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


class DocumentsBox(QGroupBox):
    """The event's outcome documents with their drafts and paragraphs."""

    def __init__(self, documents: Sequence[DocumentLine], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outcome documents"), parent)
        self.setObjectName("section_documents")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        if not documents:
            empty = QLabel(self.tr("None yet"), self)
            empty.setEnabled(False)
            grid.addWidget(empty, 0, 0)
            return
        for row, doc in enumerate(documents):
            title = QLabel(doc.title, self)
            title.setWordWrap(True)
            grid.addWidget(title, row, 0)
            drafts = QLabel(self.tr("%n draft(s)", "", doc.drafts), self)
            paragraphs = QLabel(self.tr("%n paragraph(s)", "", doc.paragraphs), self)
            for column, label_widget in ((1, drafts), (2, paragraphs)):
                label_widget.setAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                grid.addWidget(label_widget, row, column)

    def rows(self) -> list[str]:
        """Each document's line as shown."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        shown = []
        for row in range(grid.rowCount()):
            cells = [grid.itemAtPosition(row, column) for column in range(3)]
            texts = [c.widget().text() for c in cells if c is not None]  # type: ignore[union-attr]
            shown.append(" · ".join(texts))
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
        # Two columns filled greedily, shortest first, so boxes of unequal height leave
        # no holes.
        columns = QHBoxLayout()
        columns.setSpacing(14)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._columns:
            column.setSpacing(14)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self._layout.addLayout(columns, 1)
        self.sections: dict[str, SectionBox] = {}
        self.documents: DocumentsBox | None = None
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
        locale = QLocale()
        # The sentence of `confdesk stats`, composed here so that it can be translated.
        self.line.setText(
            self.tr("{participants} participants from {states} States and "
                    "{organisations} organisations.").format(
                participants=locale.toString(summary.figure("active_participants")),
                states=locale.toString(summary.figure("states")),
                organisations=locale.toString(summary.figure("other_organisations")),
            )
        )
        self.line.show()
        for index, figure in enumerate(summary.figures):
            card = FigureCard(figure.key, self._body)
            card.set_value(figure.value)
            self.cards[figure.key] = card
            self._cards_grid.addWidget(
                card, index // self.FIGURES_PER_ROW, index % self.FIGURES_PER_ROW
            )
        boxes: list[tuple[str, QGroupBox, int]] = []
        for section in summary.sections:
            box = SectionBox(section, self._body)
            self.sections[section.key] = box
            boxes.append((section.key, box, max(len(section.rows), 1)))
        self.documents = DocumentsBox(summary.documents, self._body)
        boxes.append(("documents", self.documents, max(len(summary.documents), 1)))
        order = {key: index for index, key in enumerate(self.first_sections)}
        boxes.sort(key=lambda item: order.get(item[0], len(order)))
        heights = [0, 0]
        for _key, group, rows in boxes:
            column = 0 if heights[0] <= heights[1] else 1
            layout = self._columns[column]
            layout.insertWidget(layout.count() - 1, group)
            heights[column] += rows + 2  # a box's title and margins weigh about two rows

    def _clear_figures(self) -> None:
        widgets: list[QWidget] = [*self.cards.values(), *self.sections.values()]
        if self.documents is not None:
            widgets.append(self.documents)
        for widget in widgets:
            widget.setParent(None)
            widget.deleteLater()
        self.cards.clear()
        self.sections.clear()
        self.documents = None
