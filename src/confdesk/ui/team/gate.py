"""The window's actions follow the person's roles: what they may not do is disabled, and
its tooltip says which role it needs (the services refuse it anyway, with the same words).

`TeamControls` adds Edit → Users… and, whenever the window shows another database or
event, reads the person's permissions there and gates the screens' actions. An action the
screen itself enables again (on a selection change) is disabled again at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from confdesk.errors import known_error
from confdesk.team.grants import Access
from confdesk.team.roles import NEEDED_ROLE, ROLE_CONTEXT, Permission, Role
from confdesk.ui.messages import user_errors
from confdesk.ui.screens import CONCLUSIONS, PARTICIPANTS, PROGRAMME, ScreenKind

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.ui.main_window import MainWindow
    from confdesk.ui.screen import Screen

#: The property under which an action keeps the tooltip it had before it was gated.
_TIP = "confdesk_tip"


def needs_text(permission: Permission) -> str:
    """"Needs the Programme role." in the user's language."""
    role = QCoreApplication.translate(ROLE_CONTEXT, NEEDED_ROLE[permission].label)
    return QCoreApplication.translate("TeamControls", "Needs the {role} role.").format(
        role=role)


S = TypeVar("S", bound="Screen")


class ActionGate(QObject):
    """Keeps refused actions disabled, whatever their screen does with them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: dict[QAction, Permission] = {}
        self._known: set[QAction] = set()
        #: Gated tool buttons with their own tooltips, and those refused now.
        self._buttons: dict[QToolButton, str] = {}
        self._refused_buttons: dict[QToolButton, Permission] = {}

    def set(self, action: QAction, permission: Permission, allowed: bool) -> None:
        if action not in self._known:
            self._known.add(action)
            action.setProperty(_TIP, action.toolTip())
            action.changed.connect(lambda a=action: self._hold(a))
        if allowed:
            if self.refused.pop(action, None) is not None:
                action.setToolTip(str(action.property(_TIP) or ""))
                action.setEnabled(True)  # the screen's next update narrows it again
        else:
            self.refused[action] = permission
            tip = str(action.property(_TIP) or action.text().replace("&", ""))
            action.setToolTip(f"{tip}\n{needs_text(permission)}")
            action.setEnabled(False)

    def set_menu(self, menu: QMenu, permission: Permission, allowed: bool) -> None:
        """Gate a menu's actions, now and each time it opens (its screen refills it)."""
        for action in menu.actions():
            self.set(action, permission, allowed)
        menu.setProperty("confdesk_gate", (permission.value, allowed))
        if not menu.property("confdesk_gated"):
            menu.setProperty("confdesk_gated", True)
            menu.aboutToShow.connect(lambda m=menu: self._menu_opens(m))

    def set_button(self, button: QToolButton, permission: Permission, allowed: bool) -> None:
        """Gate a tool button that pops up a menu (its screen enables it on a selection)."""
        if button not in self._buttons:
            self._buttons[button] = button.toolTip()
            button.installEventFilter(self)
        if allowed:
            if self._refused_buttons.pop(button, None) is not None:
                button.setToolTip(self._buttons[button])
                button.setEnabled(True)
        else:
            self._refused_buttons[button] = permission
            button.setToolTip(needs_text(permission))
            button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.EnabledChange and watched in self._refused_buttons
                and isinstance(watched, QWidget) and watched.isEnabled()):
            watched.setEnabled(False)
        return False

    def _menu_opens(self, menu: QMenu) -> None:
        value, allowed = menu.property("confdesk_gate")
        for action in menu.actions():
            self.set(action, Permission(value), bool(allowed))

    def _hold(self, action: QAction) -> None:
        if action in self.refused and action.isEnabled():
            action.setEnabled(False)


class TeamControls(QObject):
    """Edit → Users… and the gating of the window's actions by the person's roles."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.gate = ActionGate(self)
        self.access: Access | None = None
        self.users_action = QAction(self.tr("&Users and Roles…"), window)
        self.users_action.setObjectName("actionUsers")
        self.users_action.setToolTip(self.tr("Who may do what: people and their roles"))
        self.users_action.triggered.connect(self.show_users)
        #: Who is working, and their roles in the event shown.
        self.person_label = QLabel(window)
        self.person_label.setObjectName("personLabel")
        window.ui.statusBar.addPermanentWidget(self.person_label)
        window.ui.menuEdit.addSeparator()
        window.ui.menuEdit.addAction(self.users_action)
        window.event_changed.connect(self.apply)
        window.screen_built.connect(lambda _screen: self._gate(reload=False))

    @property
    def database(self) -> Database | None:
        return self.window.database

    def apply(self, event_id: int = 0) -> None:
        """Read the person's permissions in the event shown and gate the actions."""
        database = self.database
        self.access = None
        if database is not None:
            from confdesk.team.service import UsersService

            try:
                self.access = UsersService(database).my_access(event_id or None)
            except Exception as exc:  # the database went away: the screens say so
                if known_error(exc) is None:
                    raise
        self._show_person()
        self._gate(reload=database is not None and bool(event_id))

    def show_access(self, access: Access) -> None:
        """Gate the actions by `access`, read before the database was open (the window's
        quick start on a SQLite file: `apply` reads it again once the database is open)."""
        self.access = access
        self._show_person()
        self._gate(reload=False)

    def _gate(self, *, reload: bool) -> None:
        """Gate the actions of the screens built so far (again when one more is built) by
        the permissions read last; `reload`: read a document whose locking changed."""
        allowed = self.access.permissions if self.access else frozenset(Permission)
        for action, permission in self._actions():
            self.gate.set(action, permission, permission in allowed)
        for menu, permission in self._menus():
            self.gate.set_menu(menu, permission, permission in allowed)
            for page in self._screens(PARTICIPANTS):
                for button in page.toolbar.findChildren(QToolButton):
                    if button.menu() is menu:
                        self.gate.set_button(button, permission, permission in allowed)
        for programme in self._screens(PROGRAMME):
            programme.lock_sessions("" if Permission.EDIT_SESSIONS in allowed
                                    else needs_text(Permission.EDIT_SESSIONS))
        for screen in self._screens(CONCLUSIONS):
            locked = Permission.EDIT_DOCUMENTS not in allowed
            if screen.editor.locked != locked:
                screen.editor.locked = locked
                if reload and not screen.stale_event:
                    screen.editor.reload()

    def _show_person(self) -> None:
        """The person working and their roles here, at the right of the status bar."""
        found = self.access
        if found is None:
            self.person_label.clear()
            return
        roles = ", ".join(QCoreApplication.translate(ROLE_CONTEXT, r.label)
                          for r in sorted(found.roles, key=list(Role).index))
        self.person_label.setText(f"{found.person} · {roles}" if roles else found.person)

    def _screens(self, kind: ScreenKind[S]) -> list[S]:
        """The window's screen of this kind if it was built (one built later is gated then)."""
        screen = self.window.built(kind)
        return [screen] if screen is not None else []

    def _actions(self) -> Iterable[tuple[QAction, Permission]]:
        ui = self.window.ui
        yield ui.actionNewEvent, Permission.EDIT_EVENTS
        yield ui.actionEventProperties, Permission.EDIT_EVENTS
        yield self.users_action, Permission.MANAGE_USERS
        for p in self._screens(PARTICIPANTS):
            for action in (p.add_action, p.edit_action, p.delete_action, p.categories_action,
                           p.status_menu.menuAction(), p.category_menu.menuAction()):
                yield action, Permission.EDIT_PARTICIPANTS
            yield p.import_action, Permission.IMPORT_PARTICIPANTS
            yield p.badges_action, Permission.PRINT_BADGES
        for g in self._screens(PROGRAMME):
            for action in (g.new_action, g.duplicate_action, g.delete_action, g.themes_action):
                yield action, Permission.EDIT_SESSIONS
            for action in g.export_actions.values():
                yield action, Permission.PRINT_PUBLISHED
        for c in self._screens(CONCLUSIONS):
            for name, action in c.editor.edit_actions.items():
                if name not in ("find",):
                    yield action, Permission.EDIT_DOCUMENTS

    def _menus(self) -> Iterable[tuple[QMenu, Permission]]:
        for p in self._screens(PARTICIPANTS):
            yield p.status_menu, Permission.EDIT_PARTICIPANTS
            yield p.category_menu, Permission.EDIT_PARTICIPANTS

    def show_users(self) -> None:
        from confdesk.ui.team.users_dialog import UsersDialog

        database = self.database
        if database is None:
            return
        from confdesk.events.service import EventService
        from confdesk.team.service import UsersService

        with user_errors(self.window, self.tr("Cannot read the users")) as outcome:
            events = EventService(database).listing()
            service = UsersService(database)
            service.people()  # administrators only: refused here with the role it needs
        if outcome.failed:
            return
        UsersDialog(service, events, self.window).exec()
        self.apply(self.window.event_id or 0)
