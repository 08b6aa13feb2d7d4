"""Refusals of the seating plan and of the sessions' languages, marked like the catalogue in
`confdesk/errors.py` (context "UserError", read by lupdate): the window shows them in the
user's language through `ui/messages.user_text`, the CLI prints the English."""

from __future__ import annotations

from confdesk.i18n import QT_TRANSLATE_NOOP

NO_ROOM_NAMED = QT_TRANSLATE_NOOP(
    "UserError", "The event has no room “{text}” (its rooms: {names}).")
NO_ROOMS = QT_TRANSLATE_NOOP("UserError", "none")
NO_PLACE = QT_TRANSLATE_NOOP(
    "UserError", "There is no place {number}: the room has places 1 to {count}.")
NO_ROOM_ID = QT_TRANSLATE_NOOP("UserError", "There is no room {room} in this event.")
NO_PLAN = QT_TRANSLATE_NOOP(
    "UserError", "The room has no seating plan yet: seat the delegations first.")
LAYOUT_SIZE = QT_TRANSLATE_NOOP("UserError", "A layout has 1 to 100 rows of 1 to 200 places.")
DELEGATION_SEATS = QT_TRANSLATE_NOOP(
    "UserError", "A delegation has 1 to 6 seats at the table and 0 to 12 behind.")
ACCESSIBLE_OUTSIDE = QT_TRANSLATE_NOOP(
    "UserError", "Accessible place {number} is not in the layout (places 1 to {count}).")
NOT_A_STATE = QT_TRANSLATE_NOOP(
    "UserError", "“{text}” is not a State confdesk knows: give its UN name (e.g. “Republic "
    "of Korea”) or its two-letter code.")
NO_MEMBER_STATE = QT_TRANSLATE_NOOP(
    "UserError", "No Member State delegation is on the list: there is nothing to draw the "
    "seating order from.")
NOT_ROWS = QT_TRANSLATE_NOOP(
    "UserError", "“{text}” is not a list of rows: write e.g. “12,14,14” or “10x16” (ten rows "
    "of sixteen places).")
ROWS_TOO_BIG = QT_TRANSLATE_NOOP(
    "UserError", "“{part}”: a layout has 1 to 100 rows of 1 to 200 places.")
NO_ROWS = QT_TRANSLATE_NOOP("UserError", "A layout needs at least one row of places.")
NOT_PLACES = QT_TRANSLATE_NOOP(
    "UserError", "“{text}” is not a list of place numbers: write e.g. “1,16,17”.")
NOT_A_LANGUAGE = QT_TRANSLATE_NOOP(
    "UserError", "“{given}” is not a language code confdesk knows: use the ISO 639-1 code, "
    "e.g. en, fr, es, ru, ar, zh.")
NO_SESSION = QT_TRANSLATE_NOOP("UserError", "There is no session {session} in this event.")
