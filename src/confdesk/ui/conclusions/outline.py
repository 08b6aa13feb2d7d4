"""The outline: a Qt model of sections → paragraphs → sub-paragraphs, and its tree view.

The model is rebuilt from a `DocumentText` (the working text or a snapshot), so the numbers it
shows are the ones `conclusions.tree` derives. The view turns drags and key presses into move
and indent requests instead of moving rows itself: the screen makes them undoable changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from confdesk.conclusions.tree import DocumentText, ParagraphText, SectionText, shown_text

UID_ROLE = Qt.ItemDataRole.UserRole + 1
#: "section" or "paragraph".
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: Ids of the paragraph's source sessions.
SOURCES_ROLE = Qt.ItemDataRole.UserRole + 4

#: Colour of each status's dot and text.
STATUS_COLOURS = {
    "proposed": "#3569b5",
    "agreed": "#2e7d32",
    "bracketed": "#c77700",
    "deleted": "#8a8a8a",
}


def status_icon(status: str) -> QIcon:
    """A round dot in the status's colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLOURS.get(status, "#3569b5")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def status_names() -> dict[str, str]:
    """Translated names of the paragraph statuses."""
    from PySide6.QtCore import QCoreApplication

    return {
        "proposed": QCoreApplication.translate("Status", "Proposed"),
        "agreed": QCoreApplication.translate("Status", "Agreed"),
        "bracketed": QCoreApplication.translate("Status", "Bracketed (under negotiation)"),
        "deleted": QCoreApplication.translate("Status", "Deleted"),
    }


def one_line(text: str, limit: int = 160) -> str:
    """The text on one line, cut with an ellipsis after `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def first_words(text: str, count: int = 8) -> str:
    """The first `count` words of `text`, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words) if len(words) <= count else " ".join(words[:count]) + "…"


class OutlineModel(QStandardItemModel):
    """Rows: sections (lead-in), their paragraphs, and sub-paragraphs; columns No. and Text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._icons = {status: status_icon(status) for status in STATUS_COLOURS}
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Text"), self.tr("Sources")])

    def load(self, doc: DocumentText, sources: dict[str, list[tuple[int, str]]],
             opening: str) -> None:
        """Show `doc`; `sources` gives (session id, short name) per paragraph uid."""
        self.removeRows(0, self.rowCount())
        for number, section in enumerate(doc.sections, start=1):
            self.appendRow(self._section_row(section, opening, number))
            parent = self.item(self.rowCount() - 1, 0)
            for para in section.paragraphs:
                parent.appendRow(self._paragraph_row(para, sources))
                row = parent.child(parent.rowCount() - 1, 0)
                for child in para.children:
                    row.appendRow(self._paragraph_row(child, sources, para))

    def _section_row(self, section: SectionText, opening: str,
                     number: int) -> list[QStandardItem]:
        if not section.lead_in and section.numbered:
            opening = self.tr("List without a lead-in")
        title = one_line(section.lead_in, 120) if section.lead_in else opening
        if section.title:
            title = f"{one_line(section.title, 80)} — {title}" if section.lead_in else (
                one_line(section.title, 120))
        head = QStandardItem(title)
        head.setData(section.uid, UID_ROLE)
        head.setData("section", KIND_ROLE)
        head.setToolTip("\n\n".join(t for t in (section.title, section.lead_in or opening) if t))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDropEnabled)
        # What a screen reader says: "Section 2: 65 years after the adoption of…", then
        # how many paragraphs and the whole lead-in.
        head.setData(self.tr("Section {number}: {words}").format(
            number=number, words=first_words(section.title or section.lead_in or opening)),
            Qt.ItemDataRole.AccessibleTextRole)
        count = self.tr("%n paragraph(s)", "", len(section.paragraphs))
        head.setData(". ".join(t for t in (section.title, section.lead_in, count) if t),
                     Qt.ItemDataRole.AccessibleDescriptionRole)
        return [head, _plain(""), _plain("")]

    def _paragraph_row(self, para: ParagraphText, sources: dict[str, list[tuple[int, str]]],
                       parent: ParagraphText | None = None) -> list[QStandardItem]:
        number = QStandardItem(self._icons.get(para.status, QIcon()), para.label)
        number.setData(para.uid, UID_ROLE)
        number.setData("paragraph", KIND_ROLE)
        number.setData(para.status, STATUS_ROLE)
        number.setToolTip(status_names().get(para.status, para.status))
        found = sources.get(para.uid, [])
        number.setData([sid for sid, _ in found], SOURCES_ROLE)
        text = QStandardItem(one_line(shown_text(para)))
        text.setToolTip(para.text)
        origin = QStandardItem(", ".join(name for _, name in found))
        colour = QBrush(QColor(STATUS_COLOURS["deleted"]))
        for item in (number, text, origin):
            item.setData(para.uid, UID_ROLE)
            item.setData("paragraph", KIND_ROLE)
            item.setData(para.status, STATUS_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if para.status == "deleted":
            font = QFont(text.font())
            font.setStrikeOut(True)
            text.setFont(font)
            text.setForeground(colour)
        elif para.status == "bracketed":
            text.setBackground(QBrush(QColor("#fff4e0")))
        origin.setForeground(QBrush(QColor("#5f6b7a")))
        self._describe(para, parent, [name for _, name in found], number, text)
        return [number, text, origin]

    def _describe(self, para: ParagraphText, parent: ParagraphText | None,
                  sources: list[str], number: QStandardItem, text: QStandardItem) -> None:
        """Accessible name and description of a paragraph row: which paragraph (its number
        and first words), then its status, sources and whole text."""
        label = para.label.rstrip(".")
        if para.status == "deleted":
            which = self.tr("Deleted paragraph")
        elif not label:
            which = self.tr("Unnumbered paragraph")
        elif parent is not None and parent.label:
            which = self.tr("Sub-paragraph {label} of paragraph {parent}").format(
                label=label, parent=parent.label.rstrip("."))
        else:
            which = self.tr("Paragraph {label}").format(label=label)
        status = status_names().get(para.status, para.status)
        origin = (self.tr("Sources: {names}").format(names=", ".join(sources)) if sources
                  else self.tr("No source session"))
        number.setData(self.tr("{which}: {words}").format(which=which,
                                                          words=first_words(para.text)),
                       Qt.ItemDataRole.AccessibleTextRole)
        number.setData(". ".join([status, origin, one_line(shown_text(para), 600)]),
                       Qt.ItemDataRole.AccessibleDescriptionRole)
        text.setData(f"{which}. {status}", Qt.ItemDataRole.AccessibleDescriptionRole)

    # -- finding rows --------------------------------------------------------------------
    def index_of(self, uid: str) -> QModelIndex:
        """The first-column index of the row with `uid` (invalid if none)."""
        found = self.match(self.index(0, 0), UID_ROLE, uid, 1,
                           Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()

    def labels(self) -> list[tuple[str, str]]:
        """(number, text) of every paragraph row in reading order (for tests and checks)."""
        result = []
        for s in range(self.rowCount()):
            section = self.item(s, 0)
            for p in range(section.rowCount()):
                result.append((section.child(p, 0).text(), section.child(p, 1).text()))
                para = section.child(p, 0)
                for c in range(para.rowCount()):
                    result.append((para.child(c, 0).text(), para.child(c, 1).text()))
        return result


def _plain(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                  | Qt.ItemFlag.ItemIsDropEnabled)
    return item


class OutlineView(QTreeView):
    """The outline tree; drops and Tab/Shift+Tab become requests the screen carries out."""

    #: uid of the dragged paragraph, uid of the target section, target paragraph uid or "",
    #: and whether to place it after the target.
    move_requested = Signal(str, str, str, bool)
    indent_requested = Signal()
    outdent_requested = Signal()
    #: The Delete key on a paragraph row.
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAnimated(False)
        self.setIndentation(16)
        self.setAllColumnsShowFocus(True)

    def set_model(self, model: OutlineModel) -> None:
        """Use `model` and size the columns for it."""
        self.setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 76)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)

    def span_sections(self) -> None:
        """Let each section's lead-in use the whole width of the row."""
        model = self.model()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)

    def event(self, event: QEvent) -> bool:
        """Tab indents the paragraph to a sub-paragraph, Shift+Tab outdents it (instead of
        moving the focus, which Qt does before any key handler sees the key); Delete marks
        it deleted."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not event.modifiers():
                self.indent_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.outdent_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.delete_requested.emit()
                return True
        return super().event(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        """Ask for the move; the model is rebuilt by the change, never moved in place."""
        source = self.currentIndex()
        target = self.indexAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not source.isValid() or source.data(KIND_ROLE) != "paragraph":
            return
        uid = str(source.siblingAtColumn(0).data(UID_ROLE))
        if not target.isValid():
            return
        target = target.siblingAtColumn(0)
        position = self.dropIndicatorPosition()
        after = position in (QAbstractItemView.DropIndicatorPosition.BelowItem,
                             QAbstractItemView.DropIndicatorPosition.OnItem)
        if target.data(KIND_ROLE) == "section":
            self.move_requested.emit(uid, str(target.data(UID_ROLE)), "", True)
            return
        section = _section_of(target)
        self.move_requested.emit(uid, str(section.data(UID_ROLE)), str(target.data(UID_ROLE)),
                                 after)


def _section_of(index: QModelIndex) -> QModelIndex:
    current = index
    while current.parent().isValid():
        current = current.parent()
    return current
