"""Team mode's actions in the window: History…, Export Personal Data…, Erase Person…

They sit in the Edit menu (and the participants list's context menu) and act on what the
screen in front has selected: a participant, a programme session, a paragraph of the
outcome document. The live refresh starts with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.messages import confirm, user_errors
from confdesk.ui.screen import Screen
from confdesk.ui.screens import CONCLUSIONS, PARTICIPANTS, PROGRAMME
from confdesk.ui.team.live import LiveRefresh

if TYPE_CHECKING:  # (the trail's modules, with SQLAlchemy, load when first used)
    from confdesk.team.trail import TrailService
    from confdesk.ui.team.history import HistoryDialog

#: How many of the event's latest changes Edit → Audit Trail… shows.
TRAIL_LIMIT = 1000


@dataclass(frozen=True)
class Subject:
    """The record a screen has selected, as the trail knows it."""

    kind: str
    id: int


def subject_of(screen: Screen, trail: TrailService | None) -> Subject | None:
    """The participant, session or paragraph selected on `screen` (None: nothing)."""
    if PARTICIPANTS.holds(screen):
        pid = screen.list_page.current_id()
        return Subject("participant", pid) if pid else None
    if PROGRAMME.holds(screen):
        sid = screen.current_session_id()
        return Subject("session", sid) if sid else None
    if CONCLUSIONS.holds(screen) and trail is not None:
        editor = screen.editor
        if screen.tabs.currentWidget() is editor and editor.current_kind() == "paragraph":
            para = trail.paragraph_id(editor.current_uid())
            return Subject("paragraph", para) if para else None
    return None


class TeamActions(QObject):
    """Creates the actions, keeps them enabled as the selection allows, runs them."""

    def __init__(self, window: object) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        from confdesk.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.history_action = QAction(self.tr("&History…"), window)
        self.history_action.setObjectName("actionHistory")
        self.history_action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.history_action.setToolTip(self.tr(
            "Who changed the selected participant, session or paragraph, when, and how "
            "(Ctrl+Alt+H)"))
        self.history_action.triggered.connect(self.show_history)
        self.export_action = QAction(self.tr("Export &Personal Data…"), window)
        self.export_action.setObjectName("actionExportPersonalData")
        self.export_action.setToolTip(self.tr(
            "Everything held about the selected participant, in all events, as a JSON file"))
        self.export_action.triggered.connect(self.export_person)
        self.erase_action = QAction(self.tr("E&rase Person…"), window)
        self.erase_action.setObjectName("actionErasePerson")
        self.erase_action.setToolTip(self.tr(
            "Anonymise the selected participant everywhere, as data protection requires"))
        self.erase_action.triggered.connect(self.erase_person)
        self.trail_action = QAction(self.tr("Audit &Trail…"), window)
        self.trail_action.setObjectName("actionAuditTrail")
        self.trail_action.setToolTip(self.tr(
            "The latest changes of the event shown: who, when, what, before and after"))
        self.trail_action.triggered.connect(self.show_trail)
        menu = window.ui.menuEdit
        menu.addSeparator()
        menu.addActions([self.history_action, self.trail_action, self.export_action,
                         self.erase_action])
        menu.aboutToShow.connect(self.update_actions)
        participants = window.screen_of(PARTICIPANTS)
        participants.context_actions += [self.history_action, self.export_action,
                                         self.erase_action]
        selection = participants.list_page.table.selectionModel()
        selection.selectionChanged.connect(lambda *_args: self.update_actions())
        self.participants = participants
        self.live = LiveRefresh(window)

    @property
    def trail(self) -> TrailService | None:
        database = self.window.database
        if database is None:
            return None
        from confdesk.team.trail import TrailService

        return TrailService(database)

    def subject(self) -> Subject | None:
        screen = self.window.current_screen  # (only a paragraph needs the trail to be named)
        return subject_of(screen, self.trail if CONCLUSIONS.holds(screen) else None)

    def update_actions(self) -> None:
        """History… stays enabled (its shortcut works anywhere and says what to select);
        the personal-data actions need a selected participant."""
        subject = self.subject()
        person = subject is not None and subject.kind == "participant"
        self.export_action.setEnabled(person)
        self.erase_action.setEnabled(person)
        self.trail_action.setEnabled(self.window.event_id is not None)

    def show_history(self) -> HistoryDialog | None:
        """Edit → History…: the selected record's History panel."""
        trail, subject = self.trail, self.subject()
        if trail is None or subject is None:
            self.window.ui.statusBar.showMessage(self.tr(
                "Select a participant, a session or a paragraph to see its history."), 8000)
            return None
        found = None
        with user_errors(self.window, self.tr("Cannot read the history")):
            found = trail.history(subject.kind, subject.id)
        if found is None:
            return None
        title = found[0].entity_label if found else f"{subject.kind} {subject.id}"
        from confdesk.ui.team.history import HistoryDialog

        dialog = HistoryDialog(trail, title, found, self.window)
        dialog.open()
        return dialog

    def show_trail(self) -> HistoryDialog | None:
        """Edit → Audit Trail…: the event's latest changes (up to `TRAIL_LIMIT`), newest
        first; the CLI's `confdesk audit` reads further back."""
        trail, event_id = self.trail, self.window.event_id
        if trail is None or event_id is None:
            return None
        from confdesk.team.trail import TrailFilter
        from confdesk.ui.team.history import HistoryDialog

        found = None
        with user_errors(self.window, self.tr("Cannot read the history")):
            found = trail.entries(TrailFilter(event_id=event_id, limit=TRAIL_LIMIT))
        if found is None:
            return None
        dialog = HistoryDialog(trail, "", list(reversed(found)), self.window,
                               window_title=self.tr("Audit Trail of {event}").format(
                                   event=self.window.ui.eventCombo.currentText()))
        dialog.open()
        return dialog

    def export_person(self) -> None:
        """Edit → Export Personal Data…"""
        subject, database = self.subject(), self.window.database
        if subject is None or subject.kind != "participant" or database is None:
            return
        path = ask_save_path(self.window, self.tr("Export Personal Data"), "",
                             self.tr("Personal data of participant %1").replace(
                                 "%1", str(subject.id)), ".json", self.tr("JSON (*.json)"))
        if path is not None:
            self.export_person_to(subject.id, path)

    def export_person_to(self, participant_id: int, path: Path) -> bool:
        assert self.window.database is not None
        with user_errors(self.window, self.tr("Cannot export the personal data")) as outcome:
            from confdesk.team.personal_data import PersonalDataService

            PersonalDataService(self.window.database).export(participant_id, path)
        if not outcome.failed:
            announce_export(self.window, path,
                            self.tr("Wrote the personal data to {path}").format(path=path.name))
        return not outcome.failed

    def erase_person(self) -> bool:
        """Edit → Erase Person…: after a confirmation naming the person, anonymise them."""
        subject, database = self.subject(), self.window.database
        if subject is None or subject.kind != "participant" or database is None:
            return False
        from confdesk.team.personal_data import PersonalDataService

        service = PersonalDataService(database)
        found = None
        with user_errors(self.window, self.tr("Cannot erase the person")):
            found = service.summary(subject.id)
        if found is None:
            return False
        name, count = found
        if not confirm(self.window, self.tr("Erase Person"),
                       self.tr("Erase {name} everywhere?").format(name=name),
                       action=self.tr("Erase"), destructive=True, name="eraseConfirmation",
                       details=self.tr(
                           "Their %n registration(s) keep only a pseudonym, their programme "
                           "roles are removed, and the audit trail keeps the pseudonym "
                           "instead of their name and e-mail. This cannot be undone.", "",
                           count)):
            return False
        with user_errors(self.window, self.tr("Cannot erase the person")) as outcome:
            erased = service.erase(subject.id)
        if outcome.failed:
            return False
        for screen in self.window.built_screens():
            screen.undo_stack.clear()  # their steps would bring the person back
        self.participants.reload()
        self.window.ui.statusBar.showMessage(self.tr(
            "Erased as {pseudonym}: %n registration(s) anonymised, the audit trail "
            "rewritten.", "", erased.registrations).format(pseudonym=erased.pseudonym), 15000)
        return True
