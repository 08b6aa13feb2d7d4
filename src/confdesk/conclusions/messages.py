"""The outcome documents' refusals: the catalogue of their messages, translatable.

Marked like the catalogue in `confdesk/errors.py` (context "UserError", read by
`pyside6-lupdate`, see resources/translations/README.md): the window shows them in the
user's language through `ui/messages.user_text`, the CLI prints the English.
"""

from __future__ import annotations

from confdesk.errors import ConcurrentEditError
from confdesk.i18n import QT_TRANSLATE_NOOP

#: A typed text saved over a text a colleague changed since the typing began.
TEXT_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed this text since you started typing; it now reads: "
    "“{text}”. Your change was not saved: copy it from the box if you need it, then select "
    "the paragraph again to see theirs.")
#: A status set over a status a colleague set since.
STATUS_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else set this paragraph to “{status}” since you opened it; your "
    "change was not saved. Select the paragraph again to see theirs.")
#: A rapporteur's item saved over a colleague's change.
ITEM_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed this item since you opened it; it now reads: "
    "“{text}”. Your change was not saved.")
#: Something the action needs was deleted by someone else.
DRAFT_GONE = QT_TRANSLATE_NOOP("UserError", "That draft no longer exists.")
ITEM_GONE = QT_TRANSLATE_NOOP("UserError", "That item no longer exists.")
SESSION_GONE = QT_TRANSLATE_NOOP("UserError", "That session no longer exists.")
#: The editor's Move Up / Move Down at the ends of a list.
AT_TOP = QT_TRANSLATE_NOOP("UserError", "The paragraph is already at the top of its list.")
AT_END = QT_TRANSLATE_NOOP("UserError", "The paragraph is already at the end of its list.")


def shown(text: str, limit: int = 300) -> str:
    """A colleague's text as quoted in a refusal (long texts cut)."""
    return text if len(text) <= limit else text[:limit] + "…"


def text_changed(text: str) -> ConcurrentEditError:
    return ConcurrentEditError(TEXT_CHANGED, code="conclusions.text_changed", text=shown(text))


def status_changed(status: str) -> ConcurrentEditError:
    return ConcurrentEditError(STATUS_CHANGED, code="conclusions.status_changed", status=status)


def item_changed(text: str) -> ConcurrentEditError:
    return ConcurrentEditError(ITEM_CHANGED, code="conclusions.item_changed", text=text)


def gone(template: str) -> ConcurrentEditError:
    """One of the `*_GONE` messages."""
    return ConcurrentEditError(template, code="conclusions.gone")
