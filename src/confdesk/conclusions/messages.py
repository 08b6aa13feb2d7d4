"""The outcome documents' refusals: the catalogue of their messages, translatable.

Marked like the catalogue in `confdesk/errors.py` (context "UserError", read by
`pyside6-lupdate`, see resources/translations/README.md): the window shows them in the
user's language through `ui/messages.user_text`, the CLI prints the English.
"""

from __future__ import annotations

from confdesk.errors import ConcurrentEditError, Message
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


# -- edits refused (EditError) ----------------------------------------------------------------
TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "{what} may have at most {limit} characters, not {length}.")
#: What `TOO_LONG` names.
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("UserError", "A document's title")
COMMENT_AUTHOR = QT_TRANSLATE_NOOP("UserError", "A comment's author")
AUTHOR_NAME = QT_TRANSLATE_NOOP("UserError", "An author's name")
DRAFT_NAME = QT_TRANSLATE_NOOP("UserError", "A draft's name")
SECTION_TITLE = QT_TRANSLATE_NOOP("UserError", "A section's title")
DOCUMENT_UNTITLED = QT_TRANSLATE_NOOP("UserError", "A document needs a title.")
SPLIT_AT_EDGE = QT_TRANSLATE_NOOP(
    "UserError", "Split a paragraph inside its text, not at its start or end.")
NOTHING_TO_MERGE = QT_TRANSLATE_NOOP("UserError", "There is no following paragraph to merge with.")
ALREADY_SUB = QT_TRANSLATE_NOOP(
    "UserError", "This is a sub-paragraph already; sub-paragraphs have one level.")
FIRST_CANNOT_INDENT = QT_TRANSLATE_NOOP(
    "UserError", "The first paragraph of a list cannot become a sub-paragraph.")
NOT_SUB = QT_TRANSLATE_NOOP("UserError", "This paragraph is not a sub-paragraph.")
COMMENT_EMPTY = QT_TRANSLATE_NOOP("UserError", "A comment needs some text.")
RECOMMENDATION_EMPTY = QT_TRANSLATE_NOOP("UserError", "A recommendation needs some text.")
FIND_EMPTY = QT_TRANSLATE_NOOP("UserError", "Type the text to find.")
DRAFT_UNNAMED = QT_TRANSLATE_NOOP("UserError", "A draft needs a name.")
DRAFT_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "UserError", "The document has a draft named “{name}” already.")
DRAFT_ELSEWHERE = QT_TRANSLATE_NOOP("UserError", "That draft belongs to another document.")
DRAFT_FIXED = QT_TRANSLATE_NOOP(
    "UserError", "The draft “{name}” is a fixed record and cannot be changed; take a new "
    "snapshot instead.")
NO_DOCUMENT_OPEN = QT_TRANSLATE_NOOP("UserError", "No outcome document is open.")
EVENT_GONE = QT_TRANSLATE_NOOP("UserError", "The event no longer exists.")
PARAGRAPH_ELSEWHERE = QT_TRANSLATE_NOOP(
    "UserError", "That paragraph belongs to another document.")


def label(template: str) -> Message:
    """One of the names `TOO_LONG` gives a field."""
    return Message(template, code="conclusions.field")

# -- what a document or a draft lacks (DocumentNotFoundError) --------------------------------
NO_DOCUMENT_WITH_ID = QT_TRANSLATE_NOOP("UserError", "There is no outcome document with id {id}.")
EVENT_WITHOUT_DOCUMENT = QT_TRANSLATE_NOOP(
    "UserError", "The event “{event}” has no outcome document yet; import one with "
    "`confdesk import document FILE`.")
NO_SINGLE_DRAFT = QT_TRANSLATE_NOOP(
    "UserError", "No single draft named “{name}” (drafts: {drafts}).")
NO_DRAFTS = QT_TRANSLATE_NOOP("UserError", "none")
NO_PARAGRAPH = QT_TRANSLATE_NOOP("UserError", "There is no paragraph {uid}.")
NO_SECTION = QT_TRANSLATE_NOOP("UserError", "The document has no section {uid}.")
#: Comments and square brackets.
COMMENT_GONE = QT_TRANSLATE_NOOP(
    "UserError", "That comment no longer exists; someone may have removed it.")
BRACKET_EMPTY = QT_TRANSLATE_NOOP("UserError", "Select the words to put between square brackets.")
BRACKET_GONE = QT_TRANSLATE_NOOP("UserError", "Those square brackets are no longer there.")
