"""People and roles' refusals: the catalogue of their messages, translatable.

Marked like the catalogue in `confdesk/errors.py` (context "UserError"): the window shows
them in the user's language through `ui/messages.user_text`, the CLI prints the English.
"""

from __future__ import annotations

from confdesk.errors import UserError
from confdesk.i18n import QT_TRANSLATE_NOOP

BAD_NAME = QT_TRANSLATE_NOOP(
    "UserError", "“{name}” cannot be a user name: use at most 63 letters, digits and the "
    "signs . _ - @, starting with a letter.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "UserError", "“{role}” is not a role; the roles are: {known}.")
UNKNOWN_EVENT = QT_TRANSLATE_NOOP("UserError", "There is no event {event} in this database.")
ALREADY_HELD = QT_TRANSLATE_NOOP(
    "UserError", "{name} already holds the {role} role for all events.")
ALREADY_HELD_EVENT = QT_TRANSLATE_NOOP(
    "UserError", "{name} already holds the {role} role for event {event}.")
NOT_HELD = QT_TRANSLATE_NOOP(
    "UserError", "{name} does not hold the {role} role for all events.")
NOT_HELD_EVENT = QT_TRANSLATE_NOOP(
    "UserError", "{name} does not hold the {role} role for event {event}.")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP("UserError", "{name} holds no role in this database.")
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "UserError", "You cannot remove yourself; ask another administrator.")
LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "UserError", "{name} is the last administrator for all events; make someone else "
    "administrator first.")
NOT_SET_UP = QT_TRANSLATE_NOOP(
    "UserError", "This server is not set up for people and roles yet: run “confdesk users "
    "setup” once as the database's owner.")
SETUP_REFUSED = QT_TRANSLATE_NOOP(
    "UserError", "The server refused to set up the roles: {detail}. Run “confdesk users "
    "setup” as the owner of the database's tables, with the right to create roles.")
LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "UserError", "The server refused to change the login {name}: {detail}. Creating and "
    "removing logins needs an administrator (the right to create roles).")
SQLITE_ONLY_NAMES = QT_TRANSLATE_NOOP(
    "UserError", "A SQLite database has no logins or passwords: its people are names "
    "(the person at the desk is chosen at start); roles there guide the window, they do "
    "not protect the file.")


class TeamError(UserError):
    """A refused change to people and roles."""

    default_code = "team"
