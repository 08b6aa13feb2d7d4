"""Adding and editing one participant from the screen: the dialog, the save, the undo command.

The save runs in its own transaction; the command is pushed only when it committed, and a
refused save raises a UserError that the dialog shows while keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.registration import names
from confdesk.registration.models import Organisation, Participant
from confdesk.registration.operations import (
    DuplicateMatch,
    ParticipantData,
    create_participant,
    find_duplicates,
    find_or_create_organisation,
    snapshot,
    update_participant,
)
from confdesk.ui.messages import show_error
from confdesk.ui.participants.commands import SnapshotCommand, snapshots_of
from confdesk.ui.participants.editor import FormResult, ParticipantDialog, Saver

if TYPE_CHECKING:
    from confdesk.ui.participants.screen import ParticipantsScreen


def organisations(database: Database, language: str) -> list[tuple[int, str]]:
    """Every organisation as (id, name in the list's language), alphabetically."""
    with database.sessions() as session:
        named = [(o.id, o.name(language)) for o in session.scalars(select(Organisation))]
    return sorted(named, key=lambda item: names.fold(item[1]))


def category_choices(screen: ParticipantsScreen) -> list[tuple[str, str]] | None:
    """The event's categories as (code, name in the list's language), as the screen read them."""
    return [(c.code, c.name(screen.list_language)) for c in screen.categories] or None


def duplicate_finder(database: Database, event_id: int, exclude: int | None
                     ) -> Callable[[ParticipantData], list[DuplicateMatch]]:
    """The dialog's lookup of people who may be the same as the one being saved."""
    def find(data: ParticipantData) -> list[DuplicateMatch]:
        with database.sessions() as session:
            return find_duplicates(session, event_id, data, exclude_id=exclude)
    return find


def organisation_id(session: Session, result: FormResult) -> int | None:
    """The organisation chosen, or the one typed (found, or created as new)."""
    if result.new_organisation:
        return find_or_create_organisation(session, result.new_organisation).id
    return result.data.organisation_id


def guarded(save: Saver) -> Saver:
    """Database errors as UserErrors, so the dialog shows them and stays open."""
    def run(result: FormResult) -> None:
        try:
            save(result)
        except SQLAlchemyError as exc:
            raise UserError(f"The database refused the change: {exc}") from exc
    return run


def add_participant(screen: ParticipantsScreen) -> None:
    """Open the dialog for a new participant; saving adds them and pushes the undo command."""
    if screen.database is None or screen.event_id is None:
        return
    database, event_id = screen.database, screen.event_id
    created: list[int] = []

    def save(result: FormResult) -> None:
        with database.sessions() as session:
            result.data.organisation_id = organisation_id(session, result)
            person = create_participant(session, event_id, result.data)
            after = snapshot(person)
            name = person.plain_name
            session.commit()
        created.append(after["id"])
        screen.push(SnapshotCommand(
            QCoreApplication.translate("ParticipantsScreen", "Add {name}").format(name=name),
            database, screen.participants_changed,
            screen.command_failed, before=[], after=[after]))

    dialog = ParticipantDialog(organisations(database, screen.list_language), guarded(save),
                               duplicate_finder(database, event_id, None),
                               language=screen.list_language,
                               categories=category_choices(screen), parent=screen)
    screen.open_dialog(dialog)
    if created:
        screen.participants_changed(set(created))
        screen.list_page.select_ids(set(created))


def edit_participant(screen: ParticipantsScreen, participant_id: int) -> None:
    """Open the dialog on one participant; saving checks nobody changed them meanwhile."""
    if screen.database is None or screen.event_id is None:
        return
    database, event_id = screen.database, screen.event_id
    with database.sessions() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            show_error(screen, QCoreApplication.translate("ParticipantsScreen", "Cannot edit"),
                       QCoreApplication.translate("ParticipantsScreen",
                                                  "This participant no longer exists."))
            screen.participants_changed({participant_id})
            return
        data, version = ParticipantData.of(person), person.version
    saved: list[int] = []

    def save(result: FormResult) -> None:
        with database.sessions() as session:
            result.data.organisation_id = organisation_id(session, result)
            before = update_participant(session, participant_id, result.data,
                                        expected_version=version)
            after = snapshots_of(session, [participant_id])
            session.commit()
        saved.append(participant_id)
        name = names.display_name(after[0]["given_name"], after[0]["family_name"],
                                  family_first=after[0]["family_name_first"])
        screen.push(SnapshotCommand(
            QCoreApplication.translate("ParticipantsScreen", "Edit {name}").format(name=name),
            database, screen.participants_changed,
            screen.command_failed, before=[before], after=after))

    dialog = ParticipantDialog(organisations(database, screen.list_language), guarded(save),
                               duplicate_finder(database, event_id, participant_id), data=data,
                               language=screen.list_language,
                               categories=category_choices(screen), parent=screen)
    screen.open_dialog(dialog)
    if saved:
        screen.participants_changed({participant_id})
        screen.list_page.select_ids({participant_id})
