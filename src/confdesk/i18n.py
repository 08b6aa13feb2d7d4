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
