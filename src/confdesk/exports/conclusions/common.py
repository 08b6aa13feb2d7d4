"""What every outcome-document writer shares: the draft line, file writing."""

from __future__ import annotations

from pathlib import Path

from confdesk.conclusions.tree import DocumentText


def format_when(doc: DocumentText) -> str:
    """"31 March 2014 20:00", or "" when the tree carries no date."""
    when = doc.draft_date
    if when is None:
        return ""
    return f"{when.day} {when:%B %Y %H:%M}"


def draft_line(doc: DocumentText) -> str:
    """"DRAFT — Draft 1 — 31 March 2014 20:00" for a draft; "" for the final text."""
    if doc.final:
        return ""
    when = format_when(doc)
    day = when.rsplit(" ", 1)[0] if when else ""
    parts = ["DRAFT", doc.draft_name]
    if when and day not in doc.draft_name:
        parts.append(when)
    return " — ".join(p for p in parts if p)


def write(data: bytes, path: Path) -> Path:
    """Write bytes to `path` (its folder must exist) and return the path."""
    path.write_bytes(data)
    return path
