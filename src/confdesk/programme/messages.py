"""The programme's refusals: the catalogue of their messages, translatable.

Marked like the catalogue in `confdesk/errors.py` (context "UserError", read by
`pyside6-lupdate`, see resources/translations/README.md): the window shows them in the
user's language through `ui/messages.user_text`, the CLI prints the English.
"""

from __future__ import annotations

from confdesk.errors import Message
from confdesk.i18n import QT_TRANSLATE_NOOP

#: Records named in "… no longer exists; someone else deleted it." (errors.RECORD_DELETED).
THAT_ROLE = QT_TRANSLATE_NOOP("UserError", "That role")
THAT_THEME = QT_TRANSLATE_NOOP("UserError", "That theme")
#: A session's fields.
SESSION_UNTITLED = QT_TRANSLATE_NOOP("UserError", "A session needs a title.")
SESSION_TITLE_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "A session title may have at most {limit} characters.")
SESSION_OUTSIDE_EVENT = QT_TRANSLATE_NOOP(
    "UserError", "{day} is outside the event, which runs from {start} to {end}.")
SESSION_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "UserError", "A session must end after it starts: {start} to {end} is impossible "
    "(sessions cannot run past midnight).")
ROOM_ELSEWHERE = QT_TRANSLATE_NOOP("UserError", "That room does not belong to this event.")
THEME_ELSEWHERE = QT_TRANSLATE_NOOP("UserError", "That theme does not belong to this event.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("UserError", "Unknown kind of session: “{kind}”.")
NO_EVENT = QT_TRANSLATE_NOOP("UserError", "There is no event with id {id}.")
#: Moving, copying and resizing sessions.
COPY_PAST_MIDNIGHT = QT_TRANSLATE_NOOP(
    "UserError", "The copy would run past midnight; choose an earlier start.")
MOVE_PAST_MIDNIGHT = QT_TRANSLATE_NOOP(
    "UserError", "“{title}” lasts {minutes} minutes and cannot start at {start}: it would "
    "run past midnight.")
RESIZE_TOO_LATE = QT_TRANSLATE_NOOP(
    "UserError", "“{title}” starts too late in the day to be resized.")
#: People on a session.
NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "UserError", "That participant is not registered for this event.")
ALREADY_IN_ROLE = QT_TRANSLATE_NOOP(
    "UserError", "{name} is already {role} of “{title}”.")
#: Themes.
THEME_NAMELESS = QT_TRANSLATE_NOOP("UserError", "A theme needs a name.")
THEME_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "A theme's name may have at most {limit} characters.")
BAD_COLOUR = QT_TRANSLATE_NOOP("UserError", "“{colour}” is not a colour of the form #RRGGBB.")
THEME_TWICE = QT_TRANSLATE_NOOP("UserError", "There is already a theme called “{name}”.")
#: The words for a person's role in "is already … of" (lower case, inside a sentence).
ROLE_WORDS = {
    "chair": QT_TRANSLATE_NOOP("UserError", "chair"),
    "moderator": QT_TRANSLATE_NOOP("UserError", "moderator"),
    "keynote_speaker": QT_TRANSLATE_NOOP("UserError", "keynote speaker"),
    "speaker": QT_TRANSLATE_NOOP("UserError", "speaker"),
    "discussant": QT_TRANSLATE_NOOP("UserError", "discussant"),
    "rapporteur": QT_TRANSLATE_NOOP("UserError", "rapporteur"),
}


def record(template: str) -> Message:
    """`THAT_ROLE` or `THAT_THEME` as the record of a ConcurrentEditError."""
    return Message(template, code="record")


def role_word(role: str) -> str:
    """A role's word inside a sentence (its catalogued word, else the code with spaces)."""
    word = ROLE_WORDS.get(role)
    return Message(word, code="role") if word else role.replace("_", " ")
