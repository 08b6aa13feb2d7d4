"""The document view: the whole text as it will print, editable where it stands.

Sections with their headings and lead-ins, numbered paragraphs and (a) sub-paragraphs laid
out as on paper, in one scrolling column beside the outline. Each paragraph is a borderless
editor: click into it and type; leaving it (or a pause) saves through the service, like the
editing pane. Square brackets show as "[" "]" in the text; typing a pair makes a bracketed
part, deleting one takes it away (`conclusions.brackets.parse`). Statuses show discreetly: a
coloured bar in the margin and a small word (agreed, bracketed, deleted struck through).
Optional line numbers count the lines of the text as laid out, as negotiators cite them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from confdesk.conclusions.brackets import parse, render
from confdesk.conclusions.tree import DocumentText, ParagraphText, SectionText

#: Milliseconds of pause after typing before a paragraph is saved.
SAVE_PAUSE_MS = 1500
#: The margin bar's colour per status.
STATUS_COLOURS = {"agreed": "#2e8b57", "bracketed": "#d08c00", "proposed": "#9aa5b1",
                  "deleted": "#c0392b"}


class ParagraphEditor(QPlainTextEdit):
    """One paragraph's text, as tall as its lines, with no frame; says when it is entered,
    typed in and left."""

    entered = Signal(str)
    typed = Signal(str)
    left = Signal(str)
    #: "Propose an Amendment…" was chosen in the paragraph's context menu.
    propose = Signal(str)

    def __init__(self, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = uid
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(2)
        # Refit after a resize once the text is laid out again (a timer of its own: it
        # goes with the editor when the view is rebuilt).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        self.textChanged.connect(self.fit)
        self.textChanged.connect(lambda: None if self.signalsBlocked() else self.typed.emit(
            self.uid))

    def line_count(self) -> int:
        """Lines of the text as laid out now."""
        count = 0
        block = self.document().begin()
        while block.isValid():
            count += max(1, block.layout().lineCount())
            block = block.next()
        return count

    def fit(self) -> None:
        """As tall as the text's lines."""
        lines = max(1, self.line_count())
        height = lines * self.fontMetrics().lineSpacing() + 8
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._refit.start()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.entered.emit(self.uid)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.left.emit(self.uid)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, self.height())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        """The standard editing menu, with "Bracket" and "Propose an Amendment…"."""
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        cursor = self.textCursor()
        bracket = menu.addAction(self.tr("Put in Square Brackets"))
        bracket.setEnabled(cursor.hasSelection() and not self.isReadOnly())
        bracket.triggered.connect(self.bracket_selection)
        menu.addAction(self.tr("Propose an Amendment…")).triggered.connect(
            lambda: self.propose.emit(self.uid))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def bracket_selection(self) -> None:
        """Type square brackets around the selected words (saved like any typing)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.isReadOnly():
            return
        cursor.insertText(f"[{cursor.selectedText()}]")


class LineGutter(QWidget):
    """Line numbers beside one editor, counting on from `first`."""

    def __init__(self, editor: ParagraphEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.first = 1
        self.setFixedWidth(30)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(QColor("#9aa5b1"))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(font)
        spacing = self.editor.fontMetrics().lineSpacing()
        top = self.editor.y() - self.y() + 4
        for index in range(self.editor.line_count()):
            rect = QRect(0, top + index * spacing, self.width() - 4, spacing)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(self.first + index))
        painter.end()


class ParagraphRow(QWidget):
    """A paragraph's margin bar, number, editor and status word."""

    def __init__(self, para: ParagraphText, depth: int, numbers: bool,
                 status_words: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.para = para
        self.editor = ParagraphEditor(para.uid)
        self.editor.setPlainText(render(para.text, para.brackets))
        self.editor.setObjectName(f"paragraph-{para.uid}")
        self.gutter = LineGutter(self.editor)
        self.gutter.setVisible(numbers)
        bar = QFrame()
        bar.setFixedWidth(3)
        bar.setStyleSheet(f"background: {STATUS_COLOURS.get(para.status, '#9aa5b1')};")
        bar.setToolTip(status_words.get(para.status, para.status))
        self.number = QLabel(para.label)
        self.number.setFixedWidth(36)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setContentsMargins(0, 4, 6, 0)
        self.status = QLabel(status_words.get(para.status, "") if para.status != "proposed"
                             else "")
        self.status.setStyleSheet("color: #7b8794; font-size: 8pt;")
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status.setContentsMargins(4, 6, 0, 0)
        if para.deleted:
            font = self.editor.font()
            font.setStrikeOut(True)
            self.editor.setFont(font)
            self.editor.setStyleSheet("color: #7b8794;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.gutter)
        layout.addSpacing(6 + 30 * depth)
        layout.addWidget(bar)
        layout.addWidget(self.number)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.status.setFixedWidth(78)

    def set_selected(self, selected: bool) -> None:
        """Shade the paragraph chosen in the outline (or clicked into)."""
        colour = "color: #7b8794;" if self.para.deleted else ""
        self.editor.setStyleSheet(colour + ("background: #eef4fb;" if selected else ""))


class DocumentView(QScrollArea):
    """The whole text, editable in place; tells which paragraph was chosen and what was
    typed (text without brackets, and the bracketed spans)."""

    #: A paragraph was clicked into (uid).
    paragraph_chosen = Signal(str)
    #: A paragraph's typing is to be saved: uid, plain text, bracket spans.
    text_edited = Signal(str, str, object)
    #: An amendment to a paragraph is to be proposed (uid).
    propose_requested = Signal(str)
    #: A section's lead-in typing is to be saved: section uid, text.
    lead_in_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("documentView")
        self.rows: dict[str, ParagraphRow] = {}
        #: How many times the view was laid out (to notice a layout nested in a save).
        self._loads = 0
        #: The lead-ins' editors by section uid.
        self.lead_ins: dict[str, ParagraphEditor] = {}
        self._lead_in_text: dict[str, str] = {}
        self.line_numbers = False
        self.read_only = False
        self.selected = ""
        self._stored: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self._typing = ""
        self.status_words: dict[str, str] = {}
        self._renumber = QTimer(self)
        self._renumber.setSingleShot(True)
        self._renumber.setInterval(0)
        self._renumber.timeout.connect(self.number_lines)
        self.setWidget(QWidget())

    # -- building ------------------------------------------------------------------------
    def load(self, tree: DocumentText | None, *, read_only: bool = False,
             opening: str = "") -> None:
        """Lay out `tree` (None: nothing). Typing not yet saved is saved first; when that
        save laid the view out again (with the newest text), `tree` is stale: left alone."""
        loads = self._loads
        self.commit()
        if self._loads != loads:
            return
        self._loads += 1
        self.read_only = read_only
        page = QWidget()
        page.setObjectName("documentPage")
        page.setStyleSheet("#documentPage { background: white; }")
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 18, 24, 24)
        column.setSpacing(4)
        self.rows = {}
        self.lead_ins = {}
        self._lead_in_text = {}
        self._stored = {}
        if tree is not None:
            title = QLabel(tree.title)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setWordWrap(True)
            font = QFont(title.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.4)
            title.setFont(font)
            column.addWidget(title)
            column.addSpacing(10)
            for section in tree.sections:
                self._add_section(column, section)
        column.addStretch(1)
        self.setWidget(page)
        self.number_lines()
        if self.selected in self.rows:
            self.rows[self.selected].set_selected(True)

    def _add_section(self, column: QVBoxLayout, section: SectionText) -> None:
        if section.title:
            heading = QLabel(section.title)
            heading.setObjectName(f"heading-{section.uid}")
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            heading.setWordWrap(True)
            heading.setContentsMargins(0, 10, 0, 2)
            column.addWidget(heading)
        if section.numbered:
            lead = ParagraphEditor(section.uid)
            lead.setObjectName(f"lead-in-{section.uid}")
            lead.setPlainText(section.lead_in)
            lead.setPlaceholderText(self.tr("Lead-in (e.g. “The participants note that:”)"))
            lead.setReadOnly(self.read_only)
            lead.entered.connect(self._entered)
            lead.typed.connect(self._typed)
            lead.left.connect(lambda _uid: self.commit())
            self.lead_ins[section.uid] = lead
            self._lead_in_text[section.uid] = section.lead_in
            self._stored[section.uid] = section.lead_in
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(6 + 39 + 3, 4, 78, 2)
            row.addWidget(lead)
            column.addWidget(holder)
        for para in section.paragraphs:
            self._add_paragraph(column, para, 0)
            for child in para.children:
                self._add_paragraph(column, child, 1)

    def _add_paragraph(self, column: QVBoxLayout, para: ParagraphText, depth: int) -> None:
        row = ParagraphRow(para, depth, self.line_numbers, self.status_words)
        row.editor.setReadOnly(self.read_only)
        row.editor.entered.connect(self._entered)
        row.editor.typed.connect(self._typed)
        row.editor.left.connect(lambda _uid: self.commit())
        row.editor.propose.connect(self.propose_requested)
        row.editor.blockSignals(False)
        self.rows[para.uid] = row
        self._stored[para.uid] = row.editor.toPlainText()
        column.addWidget(row)

    # -- line numbers --------------------------------------------------------------------
    def show_line_numbers(self, shown: bool) -> None:
        """Show (or hide) line numbers counting through the document."""
        self.line_numbers = shown
        for row in self.rows.values():
            row.gutter.setVisible(shown)
        self.number_lines()

    def number_lines(self) -> None:
        """Give every paragraph's gutter its first line number (after a layout change)."""
        first = 1
        for row in self.rows.values():
            row.gutter.first = first
            first += row.editor.line_count()
            row.gutter.update()

    def line_of(self, uid: str) -> int:
        """The number of a paragraph's first line (as the gutter shows it)."""
        self.number_lines()
        return self.rows[uid].gutter.first if uid in self.rows else 0

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._renumber.start()

    # -- selection and editing -----------------------------------------------------------
    def select(self, uid: str) -> None:
        """Mark the paragraph `uid` (chosen in the outline) and bring it into view."""
        if self.selected in self.rows:
            self.rows[self.selected].set_selected(False)
        self.selected = uid
        row = self.rows.get(uid)
        if row is not None:
            row.set_selected(True)
            self.ensureWidgetVisible(row, 0, 40)

    def _entered(self, uid: str) -> None:
        if uid != self._typing:
            self.commit()
        if uid != self.selected:
            self.select(uid)
            self.paragraph_chosen.emit(uid)

    def _typed(self, uid: str) -> None:
        if self.read_only:
            return
        if self._typing and self._typing != uid:
            self.commit()
        self._typing = uid
        self._timer.start()
        self.number_lines()

    def _editor(self, uid: str) -> ParagraphEditor | None:
        row = self.rows.get(uid)
        return row.editor if row is not None else self.lead_ins.get(uid)

    def pending(self) -> bool:
        """True while a paragraph holds typing not yet saved."""
        editor = self._editor(self._typing)
        return editor is not None and editor.toPlainText() != self._stored.get(self._typing)

    def commit(self) -> None:
        """Save the paragraph (or lead-in) being typed in, if its text changed."""
        self._timer.stop()
        uid, self._typing = self._typing, ""
        editor = self._editor(uid)
        if editor is None or self.read_only:
            return
        typed = editor.toPlainText()
        if typed == self._stored.get(uid):
            return
        self._stored[uid] = typed
        if uid in self.lead_ins:
            self.lead_in_edited.emit(uid, typed)
            return
        text, spans = parse(typed)
        self.text_edited.emit(uid, text, [list(span) for span in spans])

    def revert(self, uid: str) -> None:
        """Show a paragraph's stored text again (its save was refused or cancelled)."""
        row = self.rows.get(uid)
        if row is not None:
            row.editor.blockSignals(True)
            row.editor.setPlainText(render(row.para.text, row.para.brackets))
            row.editor.blockSignals(False)
            self._stored[uid] = row.editor.toPlainText()
