"""Marking text for translation outside `ui/`, without importing Qt.

Catalogues of messages and labels live beside the code they belong to (the errors in
`errors.py`, the programme's labels in `programme/labels.py`) and are marked with
`QT_TRANSLATE_NOOP(context, text)`, the name `pyside6-lupdate` looks for; the window
translates them with `QCoreApplication.translate(context, text)`; the CLI and the exports
print the English source text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark `text` for extraction in `context`; returns it unchanged."""
    return text


class Marked(str):
    """A text marked for translation in `context`, passed as a message's parameter (e.g. a
    role's label in a refusal): English where it is printed as it is, translated by the
    window (`ui.messages.user_text`)."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __reduce__(self) -> tuple[object, ...]:
        return (Marked, (self.context, str(self)))


class MarkedList(str):
    """Several `Marked` texts joined by commas (a person's roles), translated one by one."""

    items: tuple[Marked, ...]

    def __new__(cls, items: tuple[Marked, ...] | list[Marked]) -> MarkedList:
        joined = super().__new__(cls, ", ".join(items))
        joined.items = tuple(items)
        return joined

    def __reduce__(self) -> tuple[object, ...]:
        return (MarkedList, (self.items,))
