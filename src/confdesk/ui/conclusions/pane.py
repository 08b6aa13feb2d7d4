"""The editing pane beside the outline: text, status, source sessions and comments.

Undo in the text box (Ctrl+Z; redo Ctrl+Shift+Z or Ctrl+Y): while the box holds typing not yet
committed, Undo takes back that typing step by step, as in any text box, until the box shows
the stored text again; from then on Undo is the window's (Edit → Undo: the last change to the
document). Redo first redoes typing that was undone in the box, then the window's redo. A
commit (a pause in typing, leaving the box) makes the typing one change of the document and
clears the box's own history, so the box can never undo past what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from confdesk.ui.conclusions.outline import status_names

#: Statuses in the order the combo offers them.
STATUSES = ("proposed", "agreed", "bracketed", "deleted")
#: How long typing may pause before the text is committed as one change (milliseconds).
COMMIT_PAUSE_MS = 1500


class TextBox(QPlainTextEdit):
    """A plain text editor that says when it loses the focus, and hands its Undo and Redo keys
    to the pane, which chooses between the box's own history and the window's."""

    focus_lost = Signal()
    #: Ctrl+Z (True) or Ctrl+Shift+Z / Ctrl+Y (False) was pressed in the box.
    undo_key = Signal(bool)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """Commit what was typed when the focus goes elsewhere."""
        super().focusOutEvent(event)
        self.focus_lost.emit()

    @staticmethod
    def _undo_or_redo(event: QEvent) -> bool | None:
        """True for the Undo key, False for Redo, None for any other."""
        if not isinstance(event, QKeyEvent):
            return None
        if event.matches(QKeySequence.StandardKey.Undo):
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            return False
        return None

    def event(self, event: QEvent) -> bool:
        """Keep Undo/Redo for the box (the window's shortcuts would take them otherwise)."""
        if (event.type() == QEvent.Type.ShortcutOverride
                and self._undo_or_redo(event) is not None):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Undo and Redo go to the pane; every other key edits the text."""
        undo = self._undo_or_redo(event)
        if undo is None:
            super().keyPressEvent(event)
        elif not self.isReadOnly():
            self.undo_key.emit(undo)
            event.accept()
        else:
            event.ignore()


class EditingPane(QWidget):
    """Shows one paragraph (or a section's lead-in) and reports the user's edits."""

    #: The text typed for the shown item, after a pause or when the focus left.
    text_committed = Signal(str)
    status_chosen = Signal(str)
    comment_added = Signal(str, str)
    #: Link the shown paragraph to a programme session (id), or unlink it.
    source_linked = Signal(int)
    source_unlinked = Signal(int)
    #: Undo (True) or redo (False) the window's last change: the box had nothing to undo.
    window_undo = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("paneHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.editor = TextBox()
        self.editor.setTabChangesFocus(True)
        editor_font = self.editor.font()
        editor_font.setPointSizeF(editor_font.pointSizeF() * 1.1)
        self.editor.setFont(editor_font)
        self.status = QComboBox()
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(120)
        self.comment_text = QLineEdit()
        self.comment_text.setPlaceholderText(self.tr("Add a comment…"))
        self.comment_author = QLineEdit()
        self.comment_author.setPlaceholderText(self.tr("Your name"))
        self.comment_author.setMaximumWidth(140)
        self.add_comment = QPushButton(self.tr("Add"))
        for status in STATUSES:
            self.status.addItem(status_label(status), status)

        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Sources:"), self.sources)
        self.link_combo = QComboBox()
        self.unlink_combo = QComboBox()
        self.link_combo.setMinimumContentsLength(18)
        self.unlink_combo.setMinimumContentsLength(12)
        self.link_combo.setToolTip(self.tr("Record that the paragraph comes from a session"))
        self.unlink_combo.setToolTip(self.tr("Remove a session linked directly (sessions of "
                                             "promoted items stay while the item is linked)"))
        links = QHBoxLayout()
        links.addWidget(self.link_combo, 2)
        links.addWidget(self.unlink_combo, 1)
        form.addRow("", links)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment_text, 1)
        comment_row.addWidget(self.comment_author)
        comment_row.addWidget(self.add_comment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 3)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Comments")))
        layout.addWidget(self.comments)
        layout.addLayout(comment_row)

        self.uid = ""
        self.kind = ""
        self._stored = ""
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COMMIT_PAUSE_MS)
        self.timer.timeout.connect(self.commit)
        self.editor.textChanged.connect(self._typed)
        self.editor.focus_lost.connect(self.commit)
        self.editor.undo_key.connect(self.undo_key)
        self.status.activated.connect(
            lambda _i: self.status_chosen.emit(str(self.status.currentData())))
        self.add_comment.clicked.connect(self._add_comment)
        self.link_combo.activated.connect(lambda i: self._linked(self.link_combo, i))
        self.unlink_combo.activated.connect(lambda i: self._linked(self.unlink_combo, i))
        self.comment_text.returnPressed.connect(self._add_comment)
        self.show_nothing()

    # -- showing -------------------------------------------------------------------------
    def show_nothing(self, message: str = "") -> None:
        """Nothing selected."""
        self.commit()
        self.uid, self.kind = "", ""
        self.heading.setText(message or self.tr("Select a paragraph in the outline."))
        self._set_text("")
        self.editor.setReadOnly(True)
        self.status.setEnabled(False)
        self.sources.setText("")
        self.set_link_choices([], [])
        self.comments.clear()
        self._comments_enabled(False)

    def show_item(self, uid: str, kind: str, heading: str, text: str, *, status: str = "",
                  sources: list[str] | None = None, comments: list[str] | None = None,
                  read_only: bool = False) -> None:
        """Show a paragraph (kind "paragraph") or a section's lead-in (kind "section")."""
        if uid != self.uid:
            self.commit()
        same = uid == self.uid and kind == self.kind
        self.uid, self.kind = uid, kind
        self.heading.setText(heading)
        typing = same and self.editor.hasFocus() and not read_only
        unchanged = self.editor.toPlainText().strip() == self._stored.strip()
        if (not typing or unchanged) and self.editor.toPlainText() != text:
            self._set_text(text)
        self._stored = text
        self.editor.setReadOnly(read_only)
        paragraph = kind == "paragraph"
        self.status.setEnabled(paragraph and not read_only)
        index = self.status.findData(status)
        self.status.setCurrentIndex(max(index, 0))
        self.sources.setText("\n".join(sources or []) or self.tr("None recorded"))
        self.comments.clear()
        self.comments.addItems(comments or [])
        self.set_link_choices([], [])
        self._comments_enabled(paragraph and not read_only)

    def set_link_choices(self, linkable: list[tuple[int, str]],
                         linked: list[tuple[int, str]]) -> None:
        """Sessions the paragraph may be linked to, and those linked to it directly."""
        for combo, placeholder, choices in (
                (self.link_combo, self.tr("Link to a session…"), linkable),
                (self.unlink_combo, self.tr("Unlink…"), linked)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(placeholder, 0)
            for session_id, title in choices:
                combo.addItem(title, session_id)
            combo.setEnabled(bool(choices) and self.status.isEnabled())
            combo.blockSignals(False)

    def _linked(self, combo: QComboBox, index: int) -> None:
        session_id = int(combo.itemData(index) or 0)
        combo.setCurrentIndex(0)
        if session_id:
            (self.source_linked if combo is self.link_combo
             else self.source_unlinked).emit(session_id)

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text)  # also clears the box's own undo history
        finally:
            self._loading = False

    def _comments_enabled(self, enabled: bool) -> None:
        for widget in (self.comment_text, self.comment_author, self.add_comment):
            widget.setEnabled(enabled)

    # -- editing -------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading and not self.editor.isReadOnly():
            self.timer.start()

    def pending(self) -> bool:
        """True when the box holds text not yet committed."""
        return (bool(self.uid) and not self.editor.isReadOnly()
                and self.editor.toPlainText().strip() != self._stored.strip())

    def commit(self) -> None:
        """Send the typed text as one change, if it differs from what is stored; the box's
        own history goes with it (from now on, Undo is the window's)."""
        self.timer.stop()
        if self.pending():
            text = self.editor.toPlainText()
            self._stored = text
            self.editor.document().clearUndoRedoStacks()
            self.text_committed.emit(text)

    def undo_key(self, undo: bool) -> None:
        """Ctrl+Z (`undo`) or Ctrl+Shift+Z in the box: the box's own undo while it holds
        uncommitted typing (redo: while it has typing undone), else the window's."""
        document = self.editor.document()
        if undo and self.pending() and document.isUndoAvailable():
            self.editor.undo()
            if not self.pending():
                self.timer.stop()  # back to the stored text: nothing to commit
            return
        if not undo and document.isRedoAvailable():
            self.editor.redo()
            return
        self.commit()
        # Typing undone in the box and not redone is dropped: the window's step comes next.
        document.clearUndoRedoStacks(QTextDocument.Stacks.RedoStack)
        self.window_undo.emit(undo)

    def cursor_offset(self) -> int:
        """Where the cursor is in the text (for a split)."""
        return self.editor.textCursor().position()

    def _add_comment(self) -> None:
        text = self.comment_text.text().strip()
        if text:
            self.comment_added.emit(text, self.comment_author.text().strip())
            self.comment_text.clear()

    def highlight(self, pattern_text: str, match_case: bool) -> None:
        """Mark every occurrence of `pattern_text` in the shown text."""
        selections = []
        if pattern_text:
            flags = (QTextDocument.FindFlag.FindCaseSensitively if match_case
                     else QTextDocument.FindFlag(0))
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe066"))
            cursor = QTextCursor(self.editor.document())
            while True:
                cursor = self.editor.document().find(pattern_text, cursor, flags)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = fmt  # type: ignore[attr-defined]
                selections.append(selection)
        self.editor.setExtraSelections(selections)


def status_label(status: str) -> str:
    """The translated name of a paragraph status."""
    return status_names().get(status, status)
