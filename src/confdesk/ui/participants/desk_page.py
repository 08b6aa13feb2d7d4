"""The Registration desk tab: find someone by name or code, check them in, live counts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import known_error
from confdesk.registration import desk
from confdesk.registration.desk import Caution, caution
from confdesk.registration.kinds import INACTIVE_STATUSES, Status
from confdesk.registration.queries import ParticipantRow
from confdesk.ui.dates import moment_text
from confdesk.ui.labels import local_time
from confdesk.ui.messages import confirm, user_text
from confdesk.ui.participants.commands import CheckInCommand
from confdesk.ui.participants.table_model import status_label

if TYPE_CHECKING:
    from confdesk.registration.service import RegistrationService

#: Most matches listed under the field (a name typed in full narrows them down).
MAX_MATCHES = desk.MAX_MATCHES
#: Keys that, typed in the search field, move the choice in the list of matches (by rows).
_LIST_KEYS = {int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_PageUp): -10,
              int(Qt.Key.Key_PageDown): 10}
_OK, _WARN, _BAD = "#1b7a36", "#8a5a00", "#b00020"


class DeskPage(QWidget):
    """Check-in mode. The screen gives it the rows, the database and the undo stack.

    Enter checks in only a person who is designated without doubt: the holder of a scanned
    code, the only match of a name, or the match the user chose (arrow keys from the field,
    a click, a double-click). With several matches and no choice it asks which. A message
    under the buttons concerns one person and goes when another is chosen or a new search
    starts.
    """

    #: Participants changed here (the screen refreshes its views).
    changed = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.service: RegistrationService | None = None
        self.rows: list[ParticipantRow] = []
        #: The counts by category wait to be read (the page was not in view).
        self.counts_stale = False
        #: What the text in the field found (refreshed with the rows).
        self.found = desk.search([], "")
        #: The person the message is about (None: a message about the search itself).
        self._message_for: int | None = None
        #: The person checked in last: shown while the field is empty again.
        self._last_checked_in: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("checkInField")
        self.field.setPlaceholderText(self.tr("Type part of a name, or scan or type a code"))
        big = QFont(self.field.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.field.setFont(big)
        self.field.setClearButtonEnabled(True)
        left.addWidget(self.field)
        self.matches = QTreeWidget(self)
        self.matches.setObjectName("matches")
        self.matches.setRootIsDecorated(False)
        self.matches.setAlternatingRowColors(True)
        self.matches.setUniformRowHeights(True)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setHeaderLabels([self.tr("Name"), self.tr("Organisation / delegation"),
                                      self.tr("Category"), self.tr("Status"), self.tr("Code")])
        self.matches.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matches.header().setStretchLastSection(False)
        for column, width in ((0, 260), (2, 90), (3, 100), (4, 80)):
            self.matches.header().resizeSection(column, width)
        left.addWidget(self.matches, 1)
        self.details = QLabel(self)
        self.details.setObjectName("matchDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setStyleSheet("QLabel { background: palette(base); border: 1px solid "
                                   "palette(mid); border-radius: 3px; padding: 8px; }")
        self.details.setMinimumHeight(70)
        left.addWidget(self.details)
        buttons = QHBoxLayout()
        self.check_in_button = QPushButton(self.tr("&Check in"), self)
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.setDefault(True)
        self.undo_button = QPushButton(self.tr("&Undo last check-in"), self)
        self.undo_button.setEnabled(False)
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)
        left.addWidget(self.message)
        layout.addLayout(left, 3)

        self.counts_box = QGroupBox(self.tr("Checked in"), self)
        self.counts_grid = QGridLayout(self.counts_box)
        self.bars: dict[str, tuple[QLabel, QProgressBar]] = {}
        self.language = "en"  #: of the categories' names
        self.total = QLabel(self.counts_box)
        self.total.setObjectName("checkedInTotal")
        self.total.setWordWrap(True)
        self.counts_grid.addWidget(self.total, 0, 0, 1, 2)
        self.counts_box.setMinimumWidth(280)
        layout.addWidget(self.counts_box, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.update_matches)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.check_in_current)
        self.field.installEventFilter(self)
        self.check_in_button.clicked.connect(self.check_in_current)
        self.matches.itemActivated.connect(self._activated)
        self.matches.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button.clicked.connect(self._undo)
        self.undo_stack.indexChanged.connect(self._undo_state)

    # -- data --------------------------------------------------------------------------
    def show_event(self, service: RegistrationService | None, rows: list[ParticipantRow],
                   language: str = "en", *, counts: bool = True) -> None:
        """`counts` False: the page is not in view; the counts are read by `update_counts`
        when it comes to the front (`counts_stale` says they wait)."""
        self.language = language
        self.set_rows(rows, counts=counts)
        self.set_service(service)

    def set_service(self, service: RegistrationService | None) -> None:
        """Check in through `service` (None: not yet, on the window's quick start)."""
        self.service = service
        self.field.setEnabled(service is not None)
        self.check_in_button.setEnabled(service is not None)

    def set_rows(self, rows: list[ParticipantRow], *, counts: bool = True) -> None:
        """Everybody of the event (after any change); refreshes matches and counts."""
        self.rows = rows
        self.update_matches()
        if counts:
            self.update_counts()
        else:
            self.counts_stale = True

    def _set_categories(self, named: list[tuple[str, str]]) -> None:
        """One bar per category of the event, in its order (rebuilt when they change)."""
        if [(code, label.text()) for code, (label, _bar) in self.bars.items()] == named:
            return
        for label, bar in self.bars.values():
            label.deleteLater()
            bar.deleteLater()
        self.bars = {}
        self.counts_grid.removeWidget(self.total)
        for row, (code, name) in enumerate(named):
            label = QLabel(name, self.counts_box)
            bar = QProgressBar(self.counts_box)
            bar.setObjectName(f"count_{code}")
            bar.setFormat("%v / %m")
            bar.setMaximum(1)
            self.counts_grid.addWidget(label, row, 0)
            self.counts_grid.addWidget(bar, row, 1)
            self.bars[code] = (label, bar)
        self.counts_grid.addWidget(self.total, len(named), 0, 1, 2)
        for row in range(self.counts_grid.rowCount()):
            self.counts_grid.setRowStretch(row, 0)
        self.counts_grid.setRowStretch(len(named) + 1, 1)

    def update_counts(self) -> None:
        self.counts_stale = False
        counts: dict[str, tuple[int, int]] = {}
        named: list[tuple[str, str]] = []
        if self.service is not None:
            counts = self.service.checked_in_counts()
            known = {c.code: c.name(self.language) for c in self.service.categories()}
            named = [(code, known.get(code, code)) for code in counts]
        self._set_categories(named)
        for category, (done, expected) in counts.items():
            _name, bar = self.bars[category]
            bar.setMaximum(max(expected, 1))
            bar.setValue(min(done, max(expected, 1)))
            bar.setFormat(f"{done:,} / {expected:,}")
        done = sum(d for d, _e in counts.values())
        expected = sum(e for _d, e in counts.values())
        self.total.setText(self.tr("{done} of {expected} expected participants checked in")
                           .format(done=f"{done:,}", expected=f"{expected:,}"))

    def _text_changed(self, text: str) -> None:
        """A new search starts: what was said about the last person goes."""
        if text.strip():
            self._clear_message()
            self._last_checked_in = None
        self._timer.start()

    def update_matches(self) -> None:
        """List what the field's text finds; select the match only when it is the only one."""
        self._timer.stop()
        kept = self.selected_id() if self.found.text == self.field.text().strip() else None
        self.found = desk.search(self.rows, self.field.text())
        self.matches.blockSignals(True)
        self.matches.clear()
        items = []
        for row in self.found.matches:
            item = QTreeWidgetItem([row.display_name, row.organisation_name,
                                    row.category_name, status_label(row.status),
                                    row.code])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            if row.status in INACTIVE_STATUSES:
                item.setForeground(3, Qt.GlobalColor.red)
            elif row.status == Status.CHECKED_IN:
                item.setForeground(3, Qt.GlobalColor.darkGreen)
            items.append(item)
        self.matches.addTopLevelItems(items)
        chosen = self.found.chosen.id if self.found.chosen is not None else kept
        for item in items:
            if int(item.data(0, Qt.ItemDataRole.UserRole)) == chosen:
                self.matches.setCurrentItem(item)
                item.setSelected(True)
                break
        else:
            self.matches.setCurrentIndex(QModelIndex())
            self.matches.clearSelection()
        self.matches.blockSignals(False)
        self._selection_changed()
        if not items and self.found.text:
            self._say(self.tr("Nobody matches “{text}”.").format(text=self.found.text), _BAD,
                      select=False)

    def selected_id(self) -> int | None:
        """The participant chosen in the list of matches, or None."""
        selected = self.matches.selectedItems()
        return int(selected[0].data(0, Qt.ItemDataRole.UserRole)) if selected else None

    def _selection_changed(self) -> None:
        pid = self.selected_id()
        if pid is not None and pid != self._message_for:
            self._clear_message()  # it was about someone else, or about the search
        self._show_details(pid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Up, Down, Page Up and Page Down typed in the field choose among the matches."""
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and int(event.key()) in _LIST_KEYS
                and self.matches.topLevelItemCount()):
            if self._timer.isActive():
                self.update_matches()
            self._move_choice(_LIST_KEYS[int(event.key())])
            return True
        return super().eventFilter(watched, event)

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.matches
        return [item for i in range(tree.topLevelItemCount())
                if (item := tree.topLevelItem(i)) is not None]

    def _move_choice(self, step: int) -> None:
        items = self._items()
        if not items:
            return
        pid = self.selected_id()
        row = next((i for i, item in enumerate(items)
                    if int(item.data(0, Qt.ItemDataRole.UserRole)) == pid), None)
        target = (0 if step > 0 else len(items) - 1) if row is None else row + step
        item = items[max(0, min(len(items) - 1, target))]
        self.matches.setCurrentItem(item)
        item.setSelected(True)
        self.matches.scrollToItem(item)

    def _show_details(self, participant_id: int | None) -> None:
        """Who the chosen person is, and where their registration stands; with several
        matches and no choice, that one must be chosen."""
        if participant_id is None and not self.found.text:
            participant_id = self._last_checked_in
        row = None if participant_id is None else self._row(participant_id)
        if row is None:
            if self.found.ambiguous:
                self.details.setText(self._choose_text())
            else:
                self.details.setText(self.tr("Type a name, or scan the QR code of a badge."))
            return
        lines = [f"<b style='font-size: large'>{escape(row.display_name)}</b>"]
        lines += [escape(t) for t in (row.function, row.organisation_name) if t]
        state = self.tr("Status: {status}").format(status=status_label(row.status))
        if row.checked_in_at is not None:
            state += " · " + self.tr("checked in at {time}").format(
                time=moment_text(local_time(row.checked_in_at), "HH:mm, d MMM"))
        state += " · " + (self.tr("badge printed") if row.badge_printed_at is not None
                          else self.tr("badge not printed yet"))
        colour = _BAD if row.status in INACTIVE_STATUSES else (
            _WARN if row.status in (Status.INVITED, Status.REGISTERED) else _OK)
        lines.append(f"<span style='color: {colour}'>{escape(state)}</span>")
        lines.append(escape(self.tr("Code: {code}").format(code=row.code)))
        self.details.setText("<br>".join(lines))

    def _choose_text(self) -> str:
        """"7 people match “Ashworth”: choose one …" as rich text."""
        found = self.found
        if found.total > len(found.matches):
            head = self.tr("{shown} of {total} people matching “{text}” are listed.").format(
                shown=len(found.matches), total=f"{found.total:,}", text=found.text)
            hint = self.tr("Type more of the name, or choose one with ↓ ↑ and Enter.")
        else:
            head = self.tr("{count} people match “{text}”.").format(
                count=len(found.matches), text=found.text)
            hint = self.tr("Choose who to check in with ↓ ↑ and Enter, or double-click.")
        return f"<b>{escape(head)}</b><br>{escape(hint)}"

    def _row(self, participant_id: int) -> ParticipantRow | None:
        return next((r for r in self.rows if r.id == participant_id), None)

    # -- checking in -------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter or a double-click on a match: that person is the choice."""
        self.matches.setCurrentItem(item)
        item.setSelected(True)
        self.check_in_current()

    def check_in_current(self) -> None:
        """Check in the chosen match, asking first when the registration is not sound; with
        several matches and none chosen, ask which instead."""
        if self._timer.isActive():  # Enter typed before the list caught up: match first
            self.update_matches()
        pid = self.selected_id()
        row = None if pid is None else self._row(pid)
        service = self.service
        if row is None or service is None:
            if self.found.ambiguous:
                self._say(self.tr("{count} people match “{text}”: choose who to check in "
                                  "(↓ ↑ then Enter, or double-click). Nobody was checked in.")
                          .format(count=self.found.total, text=self.found.text), _WARN,
                          select=False)
            elif self.found.text:
                self._say(self.tr("Nobody matches “{text}”.").format(text=self.found.text),
                          _BAD)
            return
        force = False
        status = status_label(row.status).lower()
        question = caution(row.status)
        if question is Caution.INACTIVE:
            if not confirm(self, self.tr("Registration {status}").format(status=status),
                           self.tr("The registration of {name} is <b>{status}</b>. Check "
                                   "{name} in anyway?").format(name=row.plain_name,
                                                               status=status),
                           action=self.tr("Check in anyway"), destructive=True):
                self._say(self.tr("{name} was not checked in.").format(name=row.plain_name),
                          _BAD, person=row.id)
                return
            force = question.needs_force
        elif question is Caution.UNCONFIRMED and not confirm(
                self, self.tr("Registration not confirmed"),
                self.tr("The registration of {name} is not confirmed (status: {status}). "
                        "Check {name} in?").format(name=row.plain_name, status=status),
                action=self.tr("Check in")):
            self._say(self.tr("{name} was not checked in.").format(name=row.plain_name), _BAD,
                      person=row.id)
            return
        try:
            done = service.check_in(row.code, force=force)
        except Exception as exc:
            known = known_error(exc)
            if known is None:
                raise
            self._say(user_text(known), _BAD, person=row.id)
            return
        self.undo_stack.push(CheckInCommand(
            self.tr("Check-in of {name}").format(name=done.name), service, done,
            parent=self, changed=self.changed.emit))
        when = local_time(done.checked_in_at)
        text = self.tr("✔ {name} checked in at {time}.").format(name=done.name,
                                                                 time=f"{when:%H:%M}")
        self.field.clear()  # ready for the next scan; the person stays shown until then
        self._last_checked_in = done.participant_id
        warning = user_text(done.notice) if done.notice is not None else done.warning
        self._say(f"{text} {warning}".strip(), _WARN if warning else _OK,
                  person=done.participant_id)
        self.changed.emit({done.participant_id})
        self.field.setFocus()

    def _say(self, text: str, colour: str, *, person: int | None = None,
             select: bool = True) -> None:
        """Show a message about `person` (None: about the search)."""
        if select:
            self.field.selectAll()  # the next name or scan replaces what was typed
        self._message_for = person
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _clear_message(self) -> None:
        self._message_for = None
        self.message.clear()

    def _undo_state(self, _index: int = 0) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the screen is being destroyed
            return
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        self.undo_button.setEnabled(isinstance(command, CheckInCommand))
        if isinstance(command, CheckInCommand):
            self.undo_button.setToolTip(self.tr("Undo {text}").format(text=command.text()))

    def _undo(self) -> None:
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, CheckInCommand):
            done = command.done
            self.undo_stack.undo()
            if not shiboken6.isValid(command) or command.isObsolete():
                return  # refused: the step was dropped and the reason shown (ui.undo)
            self._say(self.tr("Check-in of {name} undone.").format(name=done.name),
                      _WARN, person=done.participant_id)
