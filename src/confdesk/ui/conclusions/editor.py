"""The editor page: the outline beside the editing pane, with every editing action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.conclusions.models import ParagraphStatus
from confdesk.conclusions.queries import paragraph_count, word_count
from confdesk.conclusions.service import Change, ConclusionsService
from confdesk.conclusions.tree import ParagraphText, SectionText
from confdesk.conclusions.views import Shown, short_session_name
from confdesk.ui.conclusions import reopen
from confdesk.ui.conclusions.document_view import DocumentView, ParagraphEditor
from confdesk.ui.conclusions.draft_names import shown_draft_name
from confdesk.ui.conclusions.find_bar import FindBar
from confdesk.ui.conclusions.outline import (
    KIND_ROLE,
    SOURCES_ROLE,
    STATUS_ROLE,
    UID_ROLE,
    OutlineModel,
    OutlineView,
)
from confdesk.ui.conclusions.pane import EditingPane
from confdesk.ui.conclusions.workspace import Workspace

__all__ = ["EditorPage", "Shown", "short_session_name"]


class EditorPage(QWidget):
    """Outline, editing pane, find bar and filters over the working text or a draft."""

    #: The counts line changed (for the screen's status line).
    counts_changed = Signal(str)
    #: Asks the screen to go back to the working text from a read-only draft.
    leave_draft = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: The snapshot shown read-only, None for the working text.
        self.snapshot_id: int | None = None
        #: True when the person's roles do not allow editing documents (ui/team/gate.py).
        self.locked = False
        self.shown: Shown | None = None
        self.model = OutlineModel(self)
        self.view = OutlineView()
        self.view.set_model(self.model)
        self.pane = EditingPane()
        self.document = DocumentView()
        self.document.status_words = {
            "agreed": self.tr("agreed"), "bracketed": self.tr("bracketed"),
            "deleted": self.tr("deleted"), "proposed": self.tr("proposed")}
        #: Agreed paragraphs the user chose to keep agreed while editing them.
        self._kept_agreed: set[str] = set()
        self.find_bar = FindBar()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_filter = QComboBox()
        self.session_filter = QComboBox()
        self.banner = QWidget()
        self.banner_label = QLabel()
        back = QPushButton(self.tr("Back to the Working Text"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(back)
        self.banner.setStyleSheet("background: #fff4e0; border-radius: 4px;")
        self.banner.hide()
        back.clicked.connect(self.leave_draft)

        self.status_filter.addItem(self.tr("All statuses"), "")
        from confdesk.ui.conclusions.pane import STATUSES, status_label
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.session_filter.addItem(self.tr("All sources"), 0)
        filters = QHBoxLayout()
        filters.addWidget(self.toolbar, 1)
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.session_filter)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.document)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([360, 560, 380])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.find_bar)
        layout.addWidget(splitter, 1)

        self._make_actions()
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.move_requested.connect(self.drop_move)
        self.view.indent_requested.connect(self.indent)
        self.view.outdent_requested.connect(self.outdent)
        self.view.delete_requested.connect(self.delete)
        self.pane.text_committed.connect(self._text_committed)
        self.pane.status_chosen.connect(self.set_status)
        self.pane.comment_added.connect(self.add_comment)
        self.pane.threads.comment_requested.connect(self.add_comment)
        self.pane.threads.reply_requested.connect(self.reply)
        self.pane.threads.resolve_requested.connect(self.resolve_thread)
        self.document.paragraph_chosen.connect(self.select)
        self.document.text_edited.connect(self._document_edited)
        self.document.lead_in_edited.connect(self._lead_in_edited)
        self.pane.source_linked.connect(lambda sid: self.link_source(sid, True))
        self.pane.source_unlinked.connect(lambda sid: self.link_source(sid, False))
        self.pane.window_undo.connect(self._window_undo)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.session_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.find_bar.search_changed.connect(self.apply_find)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.replace_requested.connect(self.replace_one)
        self.find_bar.replace_all_requested.connect(self.replace_all)

    def _make_actions(self) -> None:
        specs = (
            ("insert", self.tr("Insert"), "Ctrl+Return", self.insert,
             self.tr("Insert a paragraph after the selected one")),
            ("delete", self.tr("Delete"), "Ctrl+Delete", self.delete,
             self.tr("Mark the paragraph deleted (struck through, unnumbered)")),
            ("split", self.tr("Split"), "Ctrl+Shift+Return", self.split,
             self.tr("Split the paragraph at the cursor")),
            ("merge", self.tr("Merge"), "Ctrl+J", self.merge,
             self.tr("Join the next paragraph onto this one")),
            ("up", self.tr("Up"), "Ctrl+Up", lambda: self.move_by(-1),
             self.tr("Move the paragraph up")),
            ("down", self.tr("Down"), "Ctrl+Down", lambda: self.move_by(1),
             self.tr("Move the paragraph down")),
            ("indent", self.tr("Indent"), "Ctrl+]", self.indent,
             self.tr("Make it a sub-paragraph (a), (b)… of the one before (Tab)")),
            ("outdent", self.tr("Outdent"), "Ctrl+[", self.outdent,
             self.tr("Make the sub-paragraph a numbered paragraph again (Shift+Tab)")),
            ("find", self.tr("Find"), "Ctrl+F", lambda: self.find_bar.open_bar(False),
             self.tr("Find in the document")),
            ("replace", self.tr("Replace"), "Ctrl+H", lambda: self.find_bar.open_bar(True),
             self.tr("Find and replace across the document")),
        )
        self.edit_actions: dict[str, QAction] = {}
        self.document_actions: dict[str, QAction] = {}
        for name, text, key, slot, tip in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            if key == "Ctrl+Return":  # the keypad's Enter too
                action.setShortcuts([QKeySequence(key), QKeySequence("Ctrl+Enter")])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            if name in ("merge", "outdent"):
                self.toolbar.addSeparator()
            self.edit_actions[name] = action
        self._make_document_actions()
        escape = QAction(self)
        escape.setShortcut(QKeySequence("Esc"))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.find_bar.close_bar)
        self.find_bar.addAction(escape)

    def _make_document_actions(self) -> None:
        """The document view's switches, brackets and headings."""
        self.toolbar.addSeparator()
        shown = QAction(self.tr("Document"), self)
        shown.setCheckable(True)
        shown.setChecked(True)
        shown.setToolTip(self.tr("Show the whole text as it will print, editable in place"))
        shown.toggled.connect(self.document.setVisible)
        lines = QAction(self.tr("Line Numbers"), self)
        lines.setCheckable(True)
        lines.setToolTip(self.tr("Number the lines of the document view"))
        lines.toggled.connect(self.document.show_line_numbers)
        bracket = QAction(self.tr("Bracket"), self)
        bracket.setShortcut(QKeySequence("Ctrl+Shift+B"))
        bracket.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bracket.setToolTip(self.tr("Put the selected words between square brackets "
                                   "(Ctrl+Shift+B)"))
        bracket.triggered.connect(self.bracket_selection)
        heading = QAction(self.tr("Heading…"), self)
        heading.setToolTip(self.tr("Give the selected section a heading"))
        heading.triggered.connect(self.ask_heading)
        self.brackets_button = QToolButton()
        self.brackets_button.setObjectName("bracketsButton")
        self.brackets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.brackets_menu = QMenu(self.brackets_button)
        self.brackets_button.setMenu(self.brackets_menu)
        self.brackets_menu.aboutToShow.connect(self.fill_brackets_menu)
        for name, action in (("document", shown), ("lines", lines), ("bracket", bracket),
                             ("heading", heading)):
            self.addAction(action)
            self.toolbar.addAction(action)
            self.document_actions[name] = action
        self.toolbar.addWidget(self.brackets_button)

    # -- loading -------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """True while a draft is shown, or when the person may not edit documents."""
        return self.snapshot_id is not None or self.locked

    def show_snapshot(self, snapshot_id: int | None) -> None:
        """Show a draft read-only (None: the working text, editable)."""
        self.pane.commit()
        self.snapshot_id = snapshot_id
        self.reload()

    def reload(self) -> None:
        """Read the text again and redraw, keeping the selection."""
        if self.workspace.database is None or self.workspace.document_id is None:
            self.shown = None
            self.model.removeRows(0, self.model.rowCount())
            self.pane.show_nothing(self.tr("No outcome document."))
            self.document.load(None)
            self.counts_changed.emit("")
            return
        snapshot_id = self.snapshot_id

        selected = self.current_uid()
        found = self.workspace.read(lambda service: service.shown(snapshot_id))
        if found is None:
            self.snapshot_id = None
            self.shown = None
            self.model.removeRows(0, self.model.rowCount())
            self.pane.show_nothing(self.tr("No outcome document."))
            self.counts_changed.emit("")
            return
        self.shown, draft = found
        if not draft:
            self.snapshot_id = None
        self.banner.setVisible(bool(draft))
        self.banner_label.setText(
            self.tr("Viewing {draft} — read-only. Restore it from the Drafts tab to edit it.")
            .format(draft=draft))
        for name, action in self.edit_actions.items():
            action.setEnabled(not draft or name == "find")
        self.find_bar.ui.replaceButton.setEnabled(not draft)
        self.find_bar.ui.replaceAllButton.setEnabled(not draft)
        self.view.setDragEnabled(not draft)
        self.model.load(self.shown.tree, self.shown.sources, self.tr("Opening text"))
        self.document.load(self.shown.tree, read_only=bool(draft))
        self.document_actions["bracket"].setEnabled(not draft)
        self.document_actions["heading"].setEnabled(not draft)
        self._count_brackets()
        self.view.expandAll()
        self.view.span_sections()
        self._fill_session_filter()
        if selected:
            self.select(selected)
        if not self.view.currentIndex().isValid():
            self.pane.show_nothing()
        self.apply_filter()
        self.apply_find()
        self.counts_changed.emit(self.counts_text())

    def _fill_session_filter(self) -> None:
        assert self.shown is not None
        combo = self.session_filter
        wanted = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for session_id, title in self.shown.sessions:
            combo.addItem(short_session_name(title), session_id)
            combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(wanted)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def counts_text(self) -> str:
        """"23 paragraphs · 1,043 words" for the text shown."""
        if self.shown is None:
            return ""
        paras, words = paragraph_count(self.shown.tree), word_count(self.shown.tree)
        return (self.tr("%Ln paragraph(s)", "", paras) + " · "
                + self.tr("%Ln word(s)", "", words) + " · "
                + shown_draft_name(self.shown.tree.draft_name, self.shown.tree.final))

    # -- selection -----------------------------------------------------------------------
    def current_uid(self) -> str:
        """The uid of the selected row ("" if none)."""
        index = self.view.currentIndex()
        return str(index.siblingAtColumn(0).data(UID_ROLE) or "") if index.isValid() else ""

    def current_kind(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(KIND_ROLE) or "") if index.isValid() else ""

    def select(self, uid: str) -> bool:
        """Select the row with `uid`."""
        index = self.model.index_of(uid)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def _find(self, uid: str) -> tuple[SectionText, ParagraphText | None] | None:
        assert self.shown is not None
        for section in self.shown.tree.sections:
            if section.uid == uid:
                return section, None
            for para in section.paragraphs:
                for item in (para, *para.children):
                    if item.uid == uid:
                        return section, item
        return None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.shown is None:
            self.pane.show_nothing()
            return
        uid = str(current.siblingAtColumn(0).data(UID_ROLE))
        if uid != self.pane.uid:
            self._kept_agreed.clear()
        self.document.select(uid)
        found = self._find(uid)
        if found is None:
            self.pane.show_nothing()
            return
        section, para = found
        if para is None:
            if section.numbered:
                self.pane.show_item(uid, "section", self.tr("Lead-in"), section.lead_in,
                                    read_only=self.read_only)
            else:
                self.pane.show_item(uid, "section", self.tr("Opening text"), "", read_only=True)
                heading = self.tr("Opening text (free text: select a paragraph)")
                self.pane.ui.headingLabel.setText(heading)
            return
        if para.label:
            heading = self.tr("Paragraph {number}").format(number=para.label)
        elif para.deleted:
            heading = self.tr("Deleted paragraph")
        else:
            heading = self.tr("Unnumbered paragraph")
        self.pane.show_item(
            uid, "paragraph", heading, para.text, status=para.status,
            sources=self.shown.source_titles.get(uid, []),
            comments=self.shown.comments.get(uid, []), read_only=self.read_only,
        )
        if not self.read_only:
            self.pane.threads.show_threads(
                self.workspace.read(lambda service: service.threads(uid)) or [])
        direct = set(self.shown.direct.get(uid, []))
        titles = dict(self.shown.all_sessions)
        self.pane.set_link_choices(
            [(i, short_session_name(t)) for i, t in self.shown.all_sessions if i not in direct],
            [(i, short_session_name(titles.get(i, str(i)))) for i in sorted(direct)])
        self.pane.highlight(*self.find_bar.search())

    # -- filters and find ----------------------------------------------------------------
    def apply_filter(self) -> None:
        """Hide the paragraphs that do not match the status and source filters."""
        status = str(self.status_filter.currentData() or "")
        source = int(self.session_filter.currentData() or 0)

        def matches(index: QModelIndex) -> bool:
            return ((not status or index.data(STATUS_ROLE) == status)
                    and (not source or source in (index.data(SOURCES_ROLE) or [])))

        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            for p in range(self.model.rowCount(section)):
                para = self.model.index(p, 0, section)
                children = [self.model.index(c, 0, para) for c in range(self.model.rowCount(para))]
                shown_children = [matches(c) for c in children]
                for row, visible in enumerate(shown_children):
                    self.view.setRowHidden(row, para, not visible)
                self.view.setRowHidden(p, section, not (matches(para) or any(shown_children)))

    def visible_labels(self) -> list[str]:
        """Numbers (or texts, when unnumbered) of the paragraph rows not filtered out."""
        result = []
        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            for p in range(self.model.rowCount(section)):
                para = self.model.index(p, 0, section)
                if not self.view.isRowHidden(p, section):
                    result.append(str(para.data() or para.siblingAtColumn(1).data()))
                for c in range(self.model.rowCount(para)):
                    if not self.view.isRowHidden(c, para):
                        child = self.model.index(c, 0, para)
                        result.append(str(child.data() or child.siblingAtColumn(1).data()))
        return result

    def matching_uids(self) -> tuple[list[str], int]:
        """Uids of paragraphs and lead-ins matching the find bar, and the number of matches."""
        pattern = self.find_bar.pattern()
        if pattern is None or self.shown is None:
            return [], 0
        uids, total = [], 0
        for section in self.shown.tree.sections:
            found = len(pattern.findall(section.lead_in))
            if found:
                uids.append(section.uid)
                total += found
            for para in section.paragraphs:
                for item in (para, *para.children):
                    found = len(pattern.findall(item.text))
                    if found:
                        uids.append(item.uid)
                        total += found
        return uids, total

    def apply_find(self) -> None:
        """Highlight matching rows and occurrences; show the count."""
        uids, total = self.matching_uids()
        hits = set(uids)
        highlight = QBrush(QColor("#ffe066"))
        for s in range(self.model.rowCount()):
            section = self.model.item(s, 0)
            rows: list[tuple[QStandardItem, QStandardItem | None]] = [(section, None)]
            for p in range(section.rowCount()):
                rows.append((section.child(p, 0), section.child(p, 1)))
                para = section.child(p, 0)
                rows += [(para.child(c, 0), para.child(c, 1)) for c in range(para.rowCount())]
            for first, text in rows:
                target = text if text is not None else first
                hit = first.data(UID_ROLE) in hits
                if hit:
                    target.setData(highlight, Qt.ItemDataRole.BackgroundRole)
                elif target.data(Qt.ItemDataRole.BackgroundRole) == highlight:
                    bracketed = first.data(STATUS_ROLE) == "bracketed" and text is not None
                    target.setData(QBrush(QColor("#fff4e0")) if bracketed else None,
                                   Qt.ItemDataRole.BackgroundRole)
        found = [self._find(u) for u in uids]
        paragraphs = len([f for f in found if f is not None and f[1] is not None])
        self.find_bar.show_count(total, paragraphs)
        self.pane.highlight(*self.find_bar.search())

    def find_next(self) -> None:
        """Select the next paragraph (after the selected one) that matches."""
        uids, _ = self.matching_uids()
        if not uids:
            return
        current = self.current_uid()
        order = [u for u in self._reading_order()]
        after = order[order.index(current) + 1:] if current in order else order
        target = next((u for u in after if u in uids), uids[0])
        self.select(target)

    def _reading_order(self) -> list[str]:
        assert self.shown is not None
        order = []
        for section in self.shown.tree.sections:
            order.append(section.uid)
            for para in section.paragraphs:
                order += [para.uid, *(c.uid for c in para.children)]
        return order

    # -- changes -------------------------------------------------------------------------
    def _change(self, text: str, call: Callable[[ConclusionsService], Change],
                select: str | None = None) -> object:
        """Make one undoable change; returns its result (None if refused)."""
        if self.read_only or self.workspace.document_id is None:
            return None
        self.pane.commit()
        change = self.workspace.change(text, call)
        if select:
            self.select(select)
        return change.result if change is not None else None

    def _paragraph_uid(self) -> str:
        return self.current_uid() if self.current_kind() == "paragraph" else ""

    def _text_committed(self, text: str) -> None:
        uid, kind = self.pane.uid, self.pane.kind
        if self.read_only or not uid:
            return
        base = self.pane.committed_over  # what the box showed before the typing
        if kind == "section":
            self.workspace.change(self.tr("Edit lead-in"), lambda service: service.edit_text(
                uid, text, lead_in=True, expected=base))
            return
        self.save_text(uid, text, base)

    def _document_edited(self, uid: str, text: str, spans: list[list[int]]) -> None:
        """Typing in the document view, to be saved (its brackets read from the typing)."""
        found = self._find(uid) if self.shown is not None else None
        before = found[1].text if found is not None and found[1] is not None else None
        self.save_text(uid, text, before, [(int(a), int(b)) for a, b in spans])

    def _lead_in_edited(self, uid: str, text: str) -> None:
        """A lead-in typed in the document view, to be saved."""
        before = next((s.lead_in for s in self.shown.tree.sections if s.uid == uid), None
                      ) if self.shown is not None else None
        self.workspace.change(self.tr("Edit lead-in"), lambda service: service.edit_text(
            uid, text, lead_in=True, expected=before))

    def save_text(self, uid: str, text: str, expected: str | None,
                  brackets: list[tuple[int, int]] | None = None) -> bool:
        """Save a paragraph's new wording; an agreed paragraph's change asks first whether
        to reopen it (Cancel: nothing saved, the stored text shown again)."""
        status: ParagraphStatus | None = None
        reopens = self.workspace.read(lambda service: service.reopens(uid, text))
        if reopens and uid not in self._kept_agreed:
            found = self._find(uid) if self.shown is not None else None
            label = found[1].label if found is not None and found[1] is not None else ""
            answer = reopen.ask(self, label)
            if answer is reopen.Reopen.CANCEL:
                self.reload()
                return False
            if answer is reopen.Reopen.KEEP:
                self._kept_agreed.add(uid)
            status = answer.status
        change = self.workspace.change(
            self.tr("Edit paragraph"), lambda service: service.edit_text(
                uid, text, expected=expected, status=status, brackets=brackets))
        return change is not None

    def commit_text(self) -> None:
        """Commit what is typed in the pane now (as leaving the box would)."""
        self.pane.commit()

    def _window_undo(self, undo: bool) -> None:
        """The text box had no typing of its own to undo (or redo): step the window's stack."""
        stack = self.workspace.undo_stack
        if undo and stack.canUndo():
            stack.undo()
        elif not undo and stack.canRedo():
            stack.redo()

    def set_status(self, status: str) -> None:
        """Give the selected paragraph `status`."""
        uid = self._paragraph_uid()
        if uid:
            shown = self.pane.shown_status if self.pane.uid == uid else ""
            expected = ParagraphStatus(shown) if shown else None
            self._change(self.tr("Set status"), lambda service: service.set_status(
                uid, ParagraphStatus(status), expected), uid)

    def add_comment(self, text: str) -> None:
        """Add a comment to the selected paragraph, signed by the person working."""
        uid = self._paragraph_uid()
        if uid:
            self._change(self.tr("Add comment"), lambda service: service.add_comment(
                uid, text), uid)

    def reply(self, thread_id: int, text: str) -> None:
        """Answer a comment thread of the selected paragraph."""
        uid = self._paragraph_uid()
        self._change(self.tr("Reply to comment"), lambda service: service.reply(
            thread_id, text), uid or None)

    def resolve_thread(self, thread_id: int, resolved: bool) -> None:
        """Resolve (or reopen) a comment thread of the selected paragraph."""
        uid = self._paragraph_uid()
        self._change(self.tr("Resolve comment") if resolved else self.tr("Reopen comment"),
                     lambda service: service.resolve_thread(thread_id, resolved=resolved),
                     uid or None)

    # -- brackets and headings -----------------------------------------------------------
    def _count_brackets(self) -> None:
        found = (self.workspace.read(lambda service: service.brackets())
                 if not self.read_only else None) or []
        self.bracket_rows = found
        self.brackets_button.setText(self.tr("Brackets: %1").replace("%1", str(len(found))))
        self.brackets_button.setToolTip(self.tr("The bracketed parts of the text"))

    def fill_brackets_menu(self) -> None:
        """List each bracketed part; choosing one shows its paragraph."""
        self.brackets_menu.clear()
        rows = getattr(self, "bracket_rows", [])
        if not rows:
            self.brackets_menu.addAction(self.tr("No square brackets")).setEnabled(False)
        for row in rows:
            extract = row.text if len(row.text) <= 60 else row.text[:59] + "…"
            number = row.number or "—"
            label = (self.tr("%1: whole paragraph").replace("%1", number) if row.index < 0
                     else f"{number}: [{extract}]")
            self.brackets_menu.addAction(label).triggered.connect(
                lambda _c=False, uid=row.uid: self.select(uid))
            if row.index >= 0 and not self.read_only:
                self.brackets_menu.addAction(
                    self.tr("    Remove these brackets")).triggered.connect(
                    lambda _c=False, uid=row.uid, i=row.index: self.unbracket(uid, i))

    def bracket_selection(self) -> None:
        """Put square brackets around the words selected in the paragraph's box (or in the
        document view's paragraph being edited)."""
        focused = self.focusWidget()
        if isinstance(focused, ParagraphEditor) and focused.textCursor().hasSelection():
            focused.bracket_selection()
            self.document.commit()
            return
        uid = self._paragraph_uid()
        cursor = self.pane.ui.textBox.textCursor()
        if not uid or not cursor.hasSelection():
            return
        self.pane.commit()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        self._change(self.tr("Bracket"), lambda service: service.bracket(uid, start, end), uid)

    def unbracket(self, uid: str, index: int) -> None:
        """Take a pair of square brackets away (the words stay)."""
        self._change(self.tr("Remove brackets"), lambda service: service.unbracket(
            uid, index), uid)

    def ask_heading(self) -> None:
        """Give the selected section (or the selected paragraph's section) a heading."""
        uid = self._section_uid()
        if not uid or self.shown is None:
            return
        current = next((s.title for s in self.shown.tree.sections if s.uid == uid), "")
        title, ok = QInputDialog.getText(self, self.tr("Section Heading"),
                                         self.tr("Heading (empty: none):"), text=current)
        if ok:
            self.set_heading(uid, title)

    def set_heading(self, section_uid: str, title: str) -> None:
        self._change(self.tr("Set heading"), lambda service: service.set_section_title(
            section_uid, title), section_uid)

    def _section_uid(self) -> str:
        uid = self.current_uid()
        if self.current_kind() == "section" or self.shown is None:
            return uid
        for section in self.shown.tree.sections:
            for para in section.paragraphs:
                if para.uid == uid or any(c.uid == uid for c in para.children):
                    return section.uid
        return ""

    def link_source(self, session_id: int, link: bool) -> None:
        """Link the selected paragraph to a programme session (or remove the direct link)."""
        uid = self._paragraph_uid()
        if not uid:
            return

        self._change(self.tr("Link session") if link else self.tr("Unlink session"),
                     lambda service: service.link_session(uid, session_id, link=link), uid)

    def insert(self) -> None:
        """A new empty paragraph after the selected one (or at the end of the section)."""
        uid, kind = self.current_uid(), self.current_kind()
        if not uid:
            return

        new_uid = self._change(self.tr("Insert paragraph"), lambda service: (
            service.insert_paragraph(uid, in_section=kind == "section")))
        if isinstance(new_uid, str):
            self.select(new_uid)
            self.pane.ui.textBox.setFocus()

    def delete(self) -> None:
        """Mark the selected paragraph deleted."""
        self.set_status(str(ParagraphStatus.DELETED))

    def split(self) -> None:
        """Split the selected paragraph where the pane's cursor is."""
        uid = self._paragraph_uid()
        if not uid:
            return
        offset = self.pane.cursor_offset()
        self._change(self.tr("Split paragraph"),
                     lambda service: service.split(uid, offset), uid)

    def merge(self) -> None:
        """Join the next paragraph onto the selected one."""
        uid = self._paragraph_uid()
        if uid:
            self._change(self.tr("Merge paragraphs"),
                         lambda service: service.merge(uid), uid)

    def move_by(self, step: int) -> None:
        """Move the selected paragraph one place up (-1) or down (1) among its siblings."""
        uid = self._paragraph_uid()
        if not uid:
            return

        self._change(self.tr("Move paragraph"), lambda service: service.move_by(uid, step),
                     uid)

    def drop_move(self, uid: str, section_uid: str, target_uid: str, after: bool) -> None:
        """Carry out a drag: put `uid` before or after `target_uid` (or at the section's end)."""
        if uid == target_uid:
            return

        self._change(self.tr("Move paragraph"), lambda service: service.drop_move(
            uid, section_uid, target_uid, after), uid)

    def indent(self) -> None:
        """Make the selected paragraph a sub-paragraph of the one before."""
        uid = self._paragraph_uid()
        if uid:
            self._change(self.tr("Indent paragraph"),
                         lambda service: service.indent(uid), uid)

    def outdent(self) -> None:
        """Make the selected sub-paragraph a numbered paragraph."""
        uid = self._paragraph_uid()
        if uid:
            self._change(self.tr("Outdent paragraph"),
                         lambda service: service.outdent(uid), uid)

    def replace_one(self) -> None:
        """Replace the first occurrence in the selected paragraph, then go to the next one."""
        pattern = self.find_bar.pattern()
        uid = self.current_uid()
        uids, _ = self.matching_uids()
        if pattern is None or self.read_only:
            return
        if uid not in uids:
            self.find_next()
            uid = self.current_uid()
            if uid not in uids:
                return
        replacement = self.find_bar.ui.replaceEdit.text()
        kind = self.current_kind()

        self._change(self.tr("Replace"), lambda service: service.replace_one(
            uid, pattern, replacement, lead_in=kind == "section"), uid)

    def replace_all(self) -> int:
        """Replace every occurrence in the document; returns how many were replaced."""
        find = self.find_bar.ui.findEdit.text()
        if not find or self.read_only:
            return 0
        replacement = self.find_bar.ui.replaceEdit.text()
        match_case = self.find_bar.ui.matchCaseCheck.isChecked()
        count = self._change(self.tr("Replace all"), lambda service: service.replace_all(
            find, replacement, match_case=match_case))
        replaced = int(count) if isinstance(count, int) else 0
        self.find_bar.ui.countLabel.setText(
            self.tr("Replaced %Ln time(s)", "", replaced))
        return replaced
