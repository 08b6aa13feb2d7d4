"""The comment threads of the selected paragraph: read, answer, resolve, reopen.

Each thread is a top-level row (its first comment: author, time, text) with its replies
under it; a resolved thread is greyed with who resolved it. The author of what is typed is
the person working (the service records it); there is no name to type.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.conclusions.threads import Thread

#: The data role holding a row's comment id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ThreadsPanel(QWidget):
    """A paragraph's threads with a box to comment or reply and a button to resolve."""

    #: A new thread on the paragraph (text).
    comment_requested = Signal(str)
    #: A reply to thread (id, text).
    reply_requested = Signal(int, str)
    #: Resolve (True) or reopen (False) the thread (id).
    resolve_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("threadsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(90)
        self.edit = QLineEdit()
        self.edit.setObjectName("threadEdit")
        self.edit.setPlaceholderText(self.tr("Comment on this paragraph, or reply to the "
                                             "selected thread…"))
        self.comment_button = QPushButton(self.tr("Comment"))
        self.reply_button = QPushButton(self.tr("Reply"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.comment_button)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.threads: list[Thread] = []
        self.comment_button.clicked.connect(self._comment)
        self.edit.returnPressed.connect(self._enter)
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button.clicked.connect(self._resolve)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.set_enabled(False)

    def show_threads(self, threads: list[Thread]) -> None:
        """Show these threads (of one paragraph), keeping the selected thread."""
        wanted = self.current_thread()
        self.threads = threads
        self.tree.clear()
        locale = QLocale()
        for thread in threads:
            first, *replies = thread.comments
            top = QTreeWidgetItem([self._line(first.author, first.written_at, first.text,
                                              locale)])
            top.setData(0, ID_ROLE, thread.id)
            if thread.resolved:
                top.setText(0, top.text(0) + "\n" + self.tr("✓ Resolved by %1").replace(
                    "%1", thread.resolved_by))
                top.setForeground(0, QBrush(QColor("#7b8794")))
            for reply in replies:
                child = QTreeWidgetItem([self._line(reply.author, reply.written_at,
                                                    reply.text, locale)])
                child.setData(0, ID_ROLE, thread.id)
                if thread.resolved:
                    child.setForeground(0, QBrush(QColor("#7b8794")))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if thread.id == wanted:
                self.tree.setCurrentItem(top)
        self._update_buttons()

    @staticmethod
    def _line(author: str, when: datetime | None, text: str, locale: QLocale) -> str:
        """"Ada · 31/03/2014 20:15" (local time; stored in UTC) and the text below."""
        stamp = ""
        if when is not None:
            local = when.replace(tzinfo=UTC).astimezone()
            stamp = locale.toString(
                QDateTime(QDate(local.year, local.month, local.day),
                          QTime(local.hour, local.minute)), QLocale.FormatType.ShortFormat)
        return f"{author or '—'} · {stamp}\n{text}"

    def current_thread(self) -> int:
        """The id of the selected thread (0: none)."""
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE) or 0) if item is not None else 0

    def set_enabled(self, enabled: bool) -> None:
        """Whether comments can be written (a paragraph of the working text is shown)."""
        self.edit.setEnabled(enabled)
        self.comment_button.setEnabled(enabled)
        self._enabled = enabled
        self._update_buttons()

    def _update_buttons(self) -> None:
        thread_id = self.current_thread()
        thread = next((t for t in self.threads if t.id == thread_id), None)
        enabled = getattr(self, "_enabled", False)
        self.reply_button.setEnabled(enabled and thread is not None)
        self.resolve_button.setEnabled(enabled and thread is not None)
        self.resolve_button.setText(self.tr("Reopen") if thread is not None and thread.resolved
                                    else self.tr("Resolve"))

    def _text(self) -> str:
        text = self.edit.text().strip()
        if text:
            self.edit.clear()
        return text

    def _enter(self) -> None:
        """Return: a reply when a thread is selected, else a new comment."""
        if self.current_thread():
            self._reply()
        else:
            self._comment()

    def _comment(self) -> None:
        text = self._text()
        if text:
            self.tree.clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
            self.comment_requested.emit(text)

    def _reply(self) -> None:
        thread_id = self.current_thread()
        text = self._text()
        if thread_id and text:
            self.reply_requested.emit(thread_id, text)

    def _resolve(self) -> None:
        thread_id = self.current_thread()
        thread = next((t for t in self.threads if t.id == thread_id), None)
        if thread is not None:
            self.resolve_requested.emit(thread.id, not thread.resolved)
