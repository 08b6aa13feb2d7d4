"""Refusals of the speakers' list, marked like the catalogue in `confdesk/errors.py`."""

from __future__ import annotations

from confdesk.errors import UndoRefusedError, UserError
from confdesk.i18n import QT_TRANSLATE_NOOP

NO_SESSION = QT_TRANSLATE_NOOP("UserError", "There is no session {session} in this event.")
NO_INSCRIPTION = QT_TRANSLATE_NOOP(
    "UserError", "Inscription {number} is not on this speakers' list (it may have been "
    "deleted by someone else).")
NO_DELEGATION = QT_TRANSLATE_NOOP(
    "UserError", "Name the delegation or observer to inscribe.")
SAME_INSCRIPTION = QT_TRANSLATE_NOOP(
    "UserError", "Choose two different speakers to swap, or another place to move to.")
WITHDRAWN = QT_TRANSLATE_NOOP(
    "UserError", "{delegation} has withdrawn from the list; reinstate it first.")
BAD_LIMIT = QT_TRANSLATE_NOOP(
    "UserError", "A time limit is a whole number of minutes from 1 to 60.")
NOTE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "UserError", "That rapporteur's item belongs to another session.")
INSCRIPTION_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed {delegation}'s inscription since; undoing or redoing "
    "this step would overwrite their change.")
SPEAKING = QT_TRANSLATE_NOOP(
    "UserError", "{delegation} has the floor: stop the timer before changing its status.")


def no_session(session_id: int) -> UserError:
    return UserError(NO_SESSION, code="floor.no_session", session=session_id)


def no_inscription(number: int) -> UserError:
    return UserError(NO_INSCRIPTION, code="floor.no_inscription", number=number)


def no_delegation() -> UserError:
    return UserError(NO_DELEGATION, code="floor.no_delegation")


def same_inscription() -> UserError:
    return UserError(SAME_INSCRIPTION, code="floor.same_inscription")


def withdrawn(delegation: str) -> UserError:
    return UserError(WITHDRAWN, code="floor.withdrawn", delegation=delegation)


def bad_limit() -> UserError:
    return UserError(BAD_LIMIT, code="floor.bad_limit")


def note_elsewhere() -> UserError:
    return UserError(NOTE_ELSEWHERE, code="floor.note_elsewhere")


def inscription_changed(delegation: str) -> UndoRefusedError:
    return UndoRefusedError(INSCRIPTION_CHANGED, code="floor.changed", delegation=delegation)


def speaking(delegation: str) -> UserError:
    return UserError(SPEAKING, code="floor.speaking", delegation=delegation)
