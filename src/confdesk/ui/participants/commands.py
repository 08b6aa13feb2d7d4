"""Undo steps of the Participants screen: registration service calls already made, replayed.

Each step is a `ui.undo.ServiceCommand`: pushed after the service call committed (a refused
save leaves no step behind), replayed through `RegistrationService`, and, when the service
refuses an undo or redo because a colleague changed or deleted someone since, handled the
one way of the base (the step is dropped, the screen refreshed, the reason shown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from confdesk.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from confdesk.registration.service import (
        CheckIn,
        ImportChange,
        PeopleChange,
        RegistrationService,
    )

#: Called with the ids a command changed (the screen refreshes those rows).
Changed = Callable[[set[int]], None]


def _note() -> str:
    return QCoreApplication.translate(
        "ParticipantsScreen", "The list shows the participants as they are now.")


class ParticipantsCommand(ServiceCommand):
    """Base of the screen's steps: after a replay (or a refusal) the rows it touched are
    read again, through `changed`."""

    def __init__(self, text: str, service: RegistrationService, ids: set[int], *,
                 parent: QWidget | None, changed: Changed) -> None:
        super().__init__(text, parent=parent, refresh=lambda _selected: changed(self.ids),
                         note=_note())
        self.service = service
        self.ids = ids


class SnapshotCommand(ParticipantsCommand):
    """An edit, a bulk change, a creation or a deletion, as rows before and after."""

    def __init__(self, text: str, service: RegistrationService, change: PeopleChange, *,
                 parent: QWidget | None, changed: Changed) -> None:
        super().__init__(text, service, change.ids, parent=parent, changed=changed)
        self.change = change

    def undo_change(self) -> int:
        self.service.replay(self.change, forward=False)
        return 0

    def redo_change(self) -> int:
        self.service.replay(self.change, forward=True)
        return 0


class CheckInCommand(ParticipantsCommand):
    """A check-in at the registration desk; undo puts back the status from before."""

    def __init__(self, text: str, service: RegistrationService, done: CheckIn, *,
                 parent: QWidget | None, changed: Changed) -> None:
        super().__init__(text, service, {done.participant_id}, parent=parent, changed=changed)
        self.done = done

    def undo_change(self) -> int:
        return self.service.undo_check_in(self.done)

    def redo_change(self) -> int:
        return self.service.redo_check_in(self.done)


class ImportCommand(ParticipantsCommand):
    """A committed import: undo deletes the people it added and puts back the ones it updated;
    redo brings both back as the import left them (bulk work: 20,000 people take seconds)."""

    def __init__(self, text: str, service: RegistrationService, change: ImportChange, *,
                 parent: QWidget | None, changed: Changed) -> None:
        super().__init__(text, service, change.ids, parent=parent, changed=changed)
        self.change = change

    def undo_change(self) -> int:
        with busy_cursor():
            self.service.replay_import(self.change, forward=False)
        return 0

    def redo_change(self) -> int:
        with busy_cursor():
            self.service.replay_import(self.change, forward=True)
        return 0


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor over the application while a long change runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
