"""The live refresh: a colleague's change shows up without reloading, with a quiet notice.

A timer polls the Qt-free `team.changes.ChangeFeed` of the open database every
`INTERVAL_MS`. When a colleague committed something, the screens that show it read it again
the way they do after one's own change (a participant's row, the programme with its
selection, the outcome document with its selected paragraph); a screen holding unsaved
input (a paragraph being typed) is left alone until that input is committed. The status bar
says "Updated by Ana at 10:42".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from confdesk.ui.screen import Screen
from confdesk.ui.screens import CONCLUSIONS, PARTICIPANTS, PROGRAMME

if TYPE_CHECKING:  # (the feed's module, with SQLAlchemy, loads with the open database)
    from confdesk.team.changes import Change, ChangeFeed

#: How often the feed is polled: a colleague's change shows within about this long.
INTERVAL_MS = 1500

#: More ids than a notice carries: the whole list is read again.
_MANY = 50


class LiveRefresh(QObject):
    """Polls the window's database for colleagues' changes and refreshes its screens."""

    def __init__(self, window: object, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        from confdesk.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.feed: ChangeFeed | None = None
        #: Screens that missed a change because they held unsaved input.
        self.deferred: dict[Screen, list[Change]] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        window.database_changed.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        """Follow the window's database (a new feed for a new one, none for none; none
        either while the window starts on its quick reader: it starts again once the
        database is open, `MainWindow.ready`)."""
        if self.feed is not None:
            self.feed.close()
            self.feed = None
        self.deferred.clear()
        database = self.window.database if self.window.ready else None
        if database is not None:
            from confdesk.team.changes import ChangeFeed

            try:
                self.feed = ChangeFeed(database)
            except Exception:  # noqa: BLE001 - no live refresh is better than no window
                self.feed = None
        if self.feed is not None:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.close()
            self.feed = None

    def poll(self) -> None:
        """One look: refresh what colleagues changed, and what was deferred."""
        feed = self.feed
        if feed is None or feed.database is not self.window.database:
            self.stop()  # the window closed its database without telling
            return
        changes = feed.poll()
        for screen, waiting in list(self.deferred.items()):
            if not has_unsaved_input(screen):
                del self.deferred[screen]
                self.apply(screen, waiting)
        if not changes:
            return
        for screen in self.window.built_screens():  # (one built later reads it all)
            self.apply(screen, changes)
        self.announce(changes)

    def apply(self, screen: Screen, changes: Sequence[Change]) -> None:
        """Refresh `screen` for `changes` that concern its event and what it shows."""
        if screen.database is None or screen.event_id is None:
            return
        mine = [c for c in changes if not c.events or screen.event_id in c.events]
        if not mine:
            return
        if screen.stale_event:
            return  # it reads everything when it is next shown
        if has_unsaved_input(screen):
            self.deferred.setdefault(screen, []).extend(mine)
            return
        refresh(screen, mine)

    def announce(self, changes: Sequence[Change]) -> None:
        last = changes[-1]
        when = last.at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
        self.window.ui.statusBar.showMessage(
            self.tr("Updated by {person} at {time}").format(person=last.person, time=when),
            15000)


def has_unsaved_input(screen: Screen) -> bool:
    """Whether the screen holds typing not yet saved (which a reload would lose)."""
    if CONCLUSIONS.holds(screen):
        return screen.editor.pane.pending()
    return False


def refresh(screen: Screen, changes: Sequence[Change]) -> None:
    """Read again what `changes` touched, the way the screen does after its own changes."""
    from confdesk.team.changes import DOCUMENT_KINDS, PARTICIPANT_KINDS, PROGRAMME_KINDS

    if PARTICIPANTS.holds(screen):
        if not any(c.touches(PARTICIPANT_KINDS) for c in changes):
            return
        ids = {i for c in changes for i in c.ids("participant")}
        whole = any(c.touches({"category", "organisation"}) or c.count > _MANY
                    or len(c.ids("participant")) >= _MANY for c in changes)
        table = screen.list_page.table
        selected = set(screen.list_page.selected_ids())
        scrolled = table.verticalScrollBar().value()
        if whole:
            screen.reload()
        else:
            screen.participants_changed(ids)
        if selected:  # the model was reset: the same people selected, the view where it was
            screen.list_page.select_ids(selected)
        table.verticalScrollBar().setValue(scrolled)
    elif PROGRAMME.holds(screen):
        if any(c.touches(PROGRAMME_KINDS | {"participant"}) for c in changes):
            screen.refresh()
    elif CONCLUSIONS.holds(screen) and any(c.touches(DOCUMENT_KINDS)
                                                       for c in changes):
        if any(c.touches({"document"}) for c in changes):
            screen.documents.fill(screen.workspace.document_id)
        screen.reload()
