"""Adding and editing one participant from the screen: the dialog, the save, the undo command.

The save is one call of the registration service (one transaction); the command is pushed
only when it committed, and a refused save raises a UserError that the dialog shows while
keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from confdesk.errors import known_error
from confdesk.registration.service import PeopleChange, RegistrationService
from confdesk.ui.messages import show_error
from confdesk.ui.participants.commands import SnapshotCommand
from confdesk.ui.participants.editor import FormResult, ParticipantDialog, Saver

if TYPE_CHECKING:
    from confdesk.ui.participants.screen import ParticipantsScreen

T = TypeVar("T")


def category_choices(screen: ParticipantsScreen) -> list[tuple[str, str]] | None:
    """The event's categories as (code, name in the list's language), as the screen read them."""
    return [(c.code, c.name(screen.list_language)) for c in screen.categories] or None


def in_dialog(call: Callable[[], T]) -> T:
    """`call()`, a lost database raised as the UserError that says so: a dialog shows it and
    stays open (anything else unknown is a bug, for the exception hook)."""
    try:
        return call()
    except Exception as exc:
        known = known_error(exc)
        if known is None or known is exc:
            raise
        raise known from exc


def guarded(save: Saver) -> Saver:
    """The dialog's save through `in_dialog`."""
    return lambda result: in_dialog(lambda: save(result))


def _push(screen: ParticipantsScreen, service: RegistrationService, text: str,
          change: PeopleChange) -> None:
    screen.push(SnapshotCommand(text.format(name=change.name), service, change, parent=screen,
                                changed=screen.participants_changed))


def add_participant(screen: ParticipantsScreen) -> None:
    """Open the dialog for a new participant; saving adds them and pushes the undo command."""
    service = screen.service
    if service is None:
        return
    created: list[int] = []

    def save(result: FormResult) -> None:
        change = service.create(result.data, result.new_organisation)
        created.extend(change.ids)
        _push(screen, service, QCoreApplication.translate("ParticipantsScreen", "Add {name}"),
              change)

    dialog = ParticipantDialog(service.organisations(screen.list_language), guarded(save),
                               service.duplicate_finder(None), language=screen.list_language,
                               categories=category_choices(screen),
                               delegation_countries=service.delegation_countries(),
                               parent=screen)
    screen.open_dialog(dialog)
    if created:
        screen.participants_changed(set(created))
        screen.list_page.select_ids(set(created))


def edit_participant(screen: ParticipantsScreen, participant_id: int) -> None:
    """Open the dialog on one participant; saving checks nobody changed them meanwhile."""
    service = screen.service
    if service is None:
        return
    found = service.participant(participant_id)
    if found is None:
        show_error(screen, QCoreApplication.translate("ParticipantsScreen", "Cannot edit"),
                   QCoreApplication.translate("ParticipantsScreen",
                                              "This participant no longer exists."))
        screen.participants_changed({participant_id})
        return
    data, version = found
    saved: list[int] = []

    def save(result: FormResult) -> None:
        change = service.update(participant_id, version, result.data, result.new_organisation)
        saved.append(participant_id)
        _push(screen, service, QCoreApplication.translate("ParticipantsScreen", "Edit {name}"),
              change)

    dialog = ParticipantDialog(service.organisations(screen.list_language), guarded(save),
                               service.duplicate_finder(participant_id), data=data,
                               language=screen.list_language,
                               categories=category_choices(screen),
                               delegation_countries=service.delegation_countries(),
                               parent=screen)
    screen.open_dialog(dialog)
    if saved:
        screen.participants_changed({participant_id})
        screen.list_page.select_ids({participant_id})
