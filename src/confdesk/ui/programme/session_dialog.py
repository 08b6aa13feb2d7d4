"""The session dialog: fields, people in roles in speaking order; a refused save keeps it open."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from confdesk.errors import UserError
from confdesk.plenary.interpretation import check_language, default_languages, language_name
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.operations import RoleState, SessionData
from confdesk.programme.queries import ROLE_ORDER, ProgrammeSnapshot, SessionInfo
from confdesk.registration.states import UN_LANGUAGES
from confdesk.ui.generated.ui_session_dialog import Ui_SessionDialog
from confdesk.ui.messages import user_text
from confdesk.ui.programme.labels import kind_text, long_day, role_text


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in a role as the dialog lists them."""

    participant_id: int
    role: RoleKind
    name: str
    affiliation: str


#: Saves the dialog's session (raises UserError to refuse, keeping the dialog open).
Saver = Callable[[SessionData, tuple[RoleState, ...]], None]
#: Asks the user for a person and a role; None when cancelled.
PersonChooser = Callable[[QWidget], Person | None]


class SessionDialog(QDialog):
    """Create or edit one session; `saver` does the work, the dialog only collects input."""

    def __init__(self, snapshot: ProgrammeSnapshot, saver: Saver, chooser: PersonChooser,
                 session: SessionInfo | None = None, *, day: date | None = None,
                 start: time | None = None, room_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.saver, self.chooser = saver, chooser
        self.people: list[Person] = []
        ui = self.ui
        for d in snapshot.event.days:
            ui.dayCombo.addItem(long_day(d), d)
        ui.roomCombo.addItem(self.tr("(no room)"), None)
        for r in snapshot.rooms:
            ui.roomCombo.addItem(r.name, r.id)
        for k in SessionKind:
            ui.kindCombo.addItem(kind_text(k), k)
        ui.themeCombo.addItem(self.tr("(no theme)"), None)
        for t in snapshot.themes:
            ui.themeCombo.addItem(t.name, t.id)
        # Role and Name wide enough for their contents, the rest for function and
        # organisation, whose heading must show whole in French too ("Fonction et …").
        ui.rolesTree.setColumnWidth(0, 130)
        ui.rolesTree.setColumnWidth(1, 170)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        ui.downButton.clicked.connect(lambda: self.move_selected(1))
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.rolesTree.itemSelectionChanged.connect(self._update_buttons)
        if session is None:
            self.setWindowTitle(self.tr("New session"))
            first = day or (snapshot.event.days[0] if snapshot.event.days else None)
            begin = start or time(9, 0)
            end_minutes = min(begin.hour * 60 + begin.minute + 60, 23 * 60 + 55)
            self._set(first, begin, time(end_minutes // 60, end_minutes % 60), room_id,
                      SessionKind.PANEL, None)
        else:
            self.setWindowTitle(self.tr("Session: %s") % session.title)
            ui.titleEdit.setText(session.title)
            ui.descriptionEdit.setPlainText(session.description)
            self._set(session.day, session.start_time, session.end_time,
                      session.room.id if session.room else None, session.kind,
                      session.theme.id if session.theme else None)
            self.people = [Person(r.person.id, r.role, r.person.display_name,
                                  r.person.affiliation) for r in session.roles]
        self._fill_tree()
        self._fill_languages(snapshot, session)

    def _fill_languages(self, snapshot: ProgrammeSnapshot, session: SessionInfo | None) -> None:
        """The floor language and the interpretation (the event's unless the session has its
        own); saved only when changed."""
        working = snapshot.event.working_languages
        default = default_languages(working)
        floor = (session.floor_language if session is not None else "") or default.floor
        into = session.interpretation if session is not None and session.floor_language \
            else default.interpretation
        names = "fr" if QLocale().name().startswith("fr") else "en"
        for code in dict.fromkeys([*working, *UN_LANGUAGES, floor]):
            self.ui.floorCombo.addItem(f"{language_name(code, names)} ({code})", code)
        self.ui.floorCombo.setCurrentIndex(max(self.ui.floorCombo.findData(floor), 0))
        self.ui.interpretationEdit.setText(", ".join(into))
        self._languages_shown = (floor, tuple(into))

    def language_choice(self) -> tuple[str, tuple[str, ...]] | None:
        """The languages typed, when they differ from those shown (None: unchanged); a code
        that is not a language is refused (UserError)."""
        text = self.ui.interpretationEdit.text()
        codes = tuple(dict.fromkeys(check_language(c) for c in re.split(r"[,;\s]+", text)
                                    if c))
        choice = (str(self.ui.floorCombo.currentData()), codes)
        return None if choice == self._languages_shown else choice

    def _set(self, day: date | None, start: time, end: time, room_id: int | None,
             kind: SessionKind, theme_id: int | None) -> None:
        ui = self.ui
        if day is not None:
            index = ui.dayCombo.findData(day)
            if index < 0:  # a session outside the event: show its day so nothing is lost
                ui.dayCombo.addItem(long_day(day), day)
                index = ui.dayCombo.count() - 1
            ui.dayCombo.setCurrentIndex(index)
        ui.startEdit.setTime(QTime(start.hour, start.minute))
        ui.endEdit.setTime(QTime(end.hour, end.minute))
        ui.roomCombo.setCurrentIndex(max(ui.roomCombo.findData(room_id), 0))
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(kind), 0))
        ui.themeCombo.setCurrentIndex(max(ui.themeCombo.findData(theme_id), 0))

    # -- people --------------------------------------------------------------------------
    def _fill_tree(self, select: int = -1) -> None:
        self.people.sort(key=lambda p: ROLE_ORDER[p.role])  # stable: speaking order kept
        tree = self.ui.rolesTree
        tree.clear()
        for p in self.people:
            tree.addTopLevelItem(QTreeWidgetItem([role_text(p.role), p.name, p.affiliation]))
        item = tree.topLevelItem(select) if 0 <= select < tree.topLevelItemCount() else None
        if item is not None:
            tree.setCurrentItem(item)
        self._update_buttons()

    def _selected_row(self) -> int:
        item = self.ui.rolesTree.currentItem()
        return self.ui.rolesTree.indexOfTopLevelItem(item) if item is not None else -1

    def _update_buttons(self) -> None:
        row = self._selected_row()
        same = self._neighbour
        self.ui.upButton.setEnabled(row >= 0 and same(row, -1))
        self.ui.downButton.setEnabled(row >= 0 and same(row, 1))
        self.ui.removeButton.setEnabled(row >= 0)

    def _neighbour(self, row: int, step: int) -> bool:
        other = row + step
        return 0 <= other < len(self.people) and self.people[other].role == self.people[row].role

    def add_person(self) -> None:
        """Ask for someone and a role; they speak last in that role."""
        person = self.chooser(self)
        if person is None:
            return
        if any(p.participant_id == person.participant_id and p.role == person.role
               for p in self.people):
            self.ui.errorLabel.setText(self.tr("%s already has this role.") % person.name)
            return
        self.people.append(person)
        self._fill_tree()
        item = self.ui.rolesTree.topLevelItem(self.people.index(person))
        if item is not None:
            self.ui.rolesTree.setCurrentItem(item)

    def move_selected(self, step: int) -> None:
        """Move the selected person up (-1) or down (1) in the speaking order of their role."""
        row = self._selected_row()
        if row < 0 or not self._neighbour(row, step):
            return
        self.people[row], self.people[row + step] = self.people[row + step], self.people[row]
        self._fill_tree(row + step)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            del self.people[row]
            self._fill_tree(min(row, len(self.people) - 1))

    # -- saving --------------------------------------------------------------------------
    def data(self) -> SessionData:
        """The session as the fields show it."""
        ui = self.ui
        start, end = ui.startEdit.time(), ui.endEdit.time()
        return SessionData(
            ui.titleEdit.text(), ui.dayCombo.currentData(),
            time(start.hour(), start.minute()), time(end.hour(), end.minute()),
            ui.kindCombo.currentData(), ui.roomCombo.currentData(), ui.themeCombo.currentData(),
            ui.descriptionEdit.toPlainText(),
        )

    def roles(self) -> tuple[RoleState, ...]:
        """The people in roles, numbered in speaking order within each role."""
        counts: dict[RoleKind, int] = {}
        result = []
        for p in self.people:
            position = counts.get(p.role, 0)
            counts[p.role] = position + 1
            result.append(RoleState(p.participant_id, p.role, position))
        return tuple(result)

    def accept(self) -> None:
        """Save through the saver; on a refusal show why and stay open with the input."""
        try:
            self.language_choice()  # refuse a wrong language code before saving anything
            self.saver(self.data(), self.roles())
        except UserError as exc:
            self.ui.errorLabel.setText(user_text(exc))
            return
        self.ui.errorLabel.clear()
        super().accept()

    def save_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
