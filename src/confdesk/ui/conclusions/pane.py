"""The editing pane beside the outline: text, status, source sessions and comments.

Undo in the text box (Ctrl+Z; redo Ctrl+Shift+Z or Ctrl+Y): while the box holds typing not yet
committed, Undo takes back that typing step by step, as in any text box, until the box shows
the stored text again; from then on Undo is the window's (Edit → Undo: the last change to the
document). Redo first redoes typing that was undone in the box, then the window's redo. A
commit (a pause in typing, leaving the box) makes the typing one change of the document and
clears the box's own history, so the box can never undo past what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QTextEdit, QWidget

from confdesk.ui.conclusions.outline import status_names
from confdesk.ui.conclusions.threads import ThreadsPanel
from confdesk.ui.generated.ui_conclusions_editing_pane import Ui_EditingPane

#: Statuses in the order the combo offers them.
STATUSES = ("proposed", "agreed", "bracketed", "deleted")
#: How long typing may pause before the text is committed as one change (milliseconds).
COMMIT_PAUSE_MS = 1500


class EditingPane(QWidget):
    """Shows one paragraph (or a section's lead-in) and reports the user's edits."""

    #: The text typed for the shown item, after a pause or when the focus left.
    text_committed = Signal(str)
    status_chosen = Signal(str)
    comment_added = Signal(str)
    #: Link the shown paragraph to a programme session (id), or unlink it.
    source_linked = Signal(int)
    source_unlinked = Signal(int)
    #: Undo (True) or redo (False) the window's last change: the box had nothing to undo.
    window_undo = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditingPane()
        self.ui.setupUi(self)
        ui = self.ui
        font = ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)
        editor_font = ui.textBox.font()
        editor_font.setPointSizeF(editor_font.pointSizeF() * 1.1)
        ui.textBox.setFont(editor_font)
        for status in STATUSES:
            ui.statusCombo.addItem(status_label(status), status)

        self.uid = ""
        self.shown_status = ""
        self.kind = ""
        self._stored = ""
        #: The stored text the last commit was typed over (what the save expects to replace).
        self.committed_over = ""
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COMMIT_PAUSE_MS)
        self.timer.timeout.connect(self.commit)
        self.ui.textBox.textChanged.connect(self._typed)
        self.ui.textBox.focus_lost.connect(self.commit)
        self.ui.textBox.undo_key.connect(self.undo_key)
        self.ui.statusCombo.activated.connect(
            lambda _i: self.status_chosen.emit(str(self.ui.statusCombo.currentData())))
        self.ui.addCommentButton.clicked.connect(self._add_comment)
        self.ui.linkCombo.activated.connect(lambda i: self._linked(self.ui.linkCombo, i))
        self.ui.unlinkCombo.activated.connect(lambda i: self._linked(self.ui.unlinkCombo, i))
        self.ui.commentEdit.returnPressed.connect(self._add_comment)
        # Comment threads replace the flat list and the typed author (the person working
        # is the author): the form's list, box and name field stay hidden.
        self.threads = ThreadsPanel()
        self.ui.layout.replaceWidget(self.ui.commentsList, self.threads)
        for widget in (self.ui.commentsList, self.ui.commentEdit, self.ui.addCommentButton):
            widget.hide()
        self.show_nothing()

    # -- showing -------------------------------------------------------------------------
    def show_nothing(self, message: str = "") -> None:
        """Nothing selected."""
        self.commit()
        self.uid, self.kind = "", ""
        self.ui.headingLabel.setText(message or self.tr("Select a paragraph in the outline."))
        self._set_text("")
        self.ui.textBox.setReadOnly(True)
        self.ui.statusCombo.setEnabled(False)
        self.ui.sourcesLabel.setText("")
        self.set_link_choices([], [])
        self.ui.commentsList.clear()
        self._comments_enabled(False)

    def show_item(self, uid: str, kind: str, heading: str, text: str, *, status: str = "",
                  sources: list[str] | None = None, comments: list[str] | None = None,
                  read_only: bool = False) -> None:
        """Show a paragraph (kind "paragraph") or a section's lead-in (kind "section")."""
        if uid != self.uid:
            self.commit()
        same = uid == self.uid and kind == self.kind
        self.uid, self.kind = uid, kind
        self.ui.headingLabel.setText(heading)
        typing = same and self.ui.textBox.hasFocus() and not read_only
        unchanged = self.ui.textBox.toPlainText().strip() == self._stored.strip()
        if (not typing or unchanged) and self.ui.textBox.toPlainText() != text:
            self._set_text(text)
        self._stored = text
        self.ui.textBox.setReadOnly(read_only)
        paragraph = kind == "paragraph"
        self.ui.statusCombo.setEnabled(paragraph and not read_only)
        index = self.ui.statusCombo.findData(status)
        self.ui.statusCombo.setCurrentIndex(max(index, 0))
        #: The status as stored when the paragraph was shown (a change is checked against it).
        self.shown_status = status
        self.ui.sourcesLabel.setText("\n".join(sources or []) or self.tr("None recorded"))
        self.ui.commentsList.clear()
        self.ui.commentsList.addItems(comments or [])
        self.set_link_choices([], [])
        self._comments_enabled(paragraph and not read_only)

    def set_link_choices(self, linkable: list[tuple[int, str]],
                         linked: list[tuple[int, str]]) -> None:
        """Sessions the paragraph may be linked to, and those linked to it directly."""
        for combo, placeholder, choices in (
                (self.ui.linkCombo, self.tr("Link to a session…"), linkable),
                (self.ui.unlinkCombo, self.tr("Unlink…"), linked)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(placeholder, 0)
            for session_id, title in choices:
                combo.addItem(title, session_id)
            combo.setEnabled(bool(choices) and self.ui.statusCombo.isEnabled())
            combo.blockSignals(False)

    def _linked(self, combo: QComboBox, index: int) -> None:
        session_id = int(combo.itemData(index) or 0)
        combo.setCurrentIndex(0)
        if session_id:
            (self.source_linked if combo is self.ui.linkCombo
             else self.source_unlinked).emit(session_id)

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.ui.textBox.setPlainText(text)  # also clears the box's own undo history
        finally:
            self._loading = False

    def _comments_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.commentEdit, self.ui.addCommentButton):
            widget.setEnabled(enabled)
        self.threads.set_enabled(enabled)
        if not enabled:
            self.threads.show_threads([])

    # -- editing -------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading and not self.ui.textBox.isReadOnly():
            self.timer.start()

    def pending(self) -> bool:
        """True when the box holds text not yet committed."""
        return (bool(self.uid) and not self.ui.textBox.isReadOnly()
                and self.ui.textBox.toPlainText().strip() != self._stored.strip())

    def commit(self) -> None:
        """Send the typed text as one change, if it differs from what is stored; the box's
        own history goes with it (from now on, Undo is the window's)."""
        self.timer.stop()
        if self.pending():
            text = self.ui.textBox.toPlainText()
            self.committed_over, self._stored = self._stored, text
            self.ui.textBox.document().clearUndoRedoStacks()
            self.text_committed.emit(text)

    def undo_key(self, undo: bool) -> None:
        """Ctrl+Z (`undo`) or Ctrl+Shift+Z in the box: the box's own undo while it holds
        uncommitted typing (redo: while it has typing undone), else the window's."""
        document = self.ui.textBox.document()
        if undo and self.pending() and document.isUndoAvailable():
            self.ui.textBox.undo()
            if not self.pending():
                self.timer.stop()  # back to the stored text: nothing to commit
            return
        if not undo and document.isRedoAvailable():
            self.ui.textBox.redo()
            return
        self.commit()
        # Typing undone in the box and not redone is dropped: the window's step comes next.
        document.clearUndoRedoStacks(QTextDocument.Stacks.RedoStack)
        self.window_undo.emit(undo)

    def cursor_offset(self) -> int:
        """Where the cursor is in the text (for a split)."""
        return self.ui.textBox.textCursor().position()

    def _add_comment(self) -> None:
        text = self.ui.commentEdit.text().strip()
        if text:
            self.comment_added.emit(text)  # signed by the person working (the service)
            self.ui.commentEdit.clear()

    def highlight(self, pattern_text: str, match_case: bool) -> None:
        """Mark every occurrence of `pattern_text` in the shown text."""
        selections = []
        if pattern_text:
            flags = (QTextDocument.FindFlag.FindCaseSensitively if match_case
                     else QTextDocument.FindFlag(0))
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe066"))
            cursor = QTextCursor(self.ui.textBox.document())
            while True:
                cursor = self.ui.textBox.document().find(pattern_text, cursor, flags)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.ui.textBox.setExtraSelections(selections)


def status_label(status: str) -> str:
    """The translated name of a paragraph status."""
    return status_names().get(status, status)
