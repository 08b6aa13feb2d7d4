"""What every outcome-document writer shares: the draft line, progress, file writing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from confdesk.conclusions.diff import DELETE, EQUAL, INSERT, Segment
from confdesk.conclusions.tree import DocumentText, ParagraphText, shown_text
from confdesk.exports.files import write_atomically

#: Told (paragraphs done, total) as a document is written.
Progress = Callable[[int, int], None]
#: Asked between paragraphs; True stops the export with ExportCancelled.
CancelCheck = Callable[[], bool]


class ExportCancelled(Exception):  # noqa: N818 (a stop request, not an error)
    """The export was stopped on request before it finished: no output."""


class Tracker:
    """Counts the paragraphs written, tells `progress`, stops when `cancelled()` says so."""

    def __init__(self, total: int, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        """Raise ExportCancelled if the export should stop."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled

    def step(self) -> None:
        """One more paragraph written."""
        self.check()
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        """All written (tells the total even if some step was not counted)."""
        self.check()
        self.done = self.total
        if self.progress is not None:
            self.progress(self.total, self.total)


#: The depth `printed_items` gives a section's title (a heading above the section).
TITLE_DEPTH = -1


def printed_items(doc: DocumentText) -> Iterator[tuple[str, str, int, bool]]:
    """(label, text, depth, numbered) of every printed section title (at `TITLE_DEPTH`),
    lead-in and paragraph, in order."""
    for section in doc.sections:
        if section.title:
            yield "", section.title, TITLE_DEPTH, False
        if section.lead_in:
            yield "", section.lead_in, 0, False
        for para in section.paragraphs:
            if para.deleted:
                continue
            yield para.label, shown_text(para), 0, section.numbered
            for child in para.children:
                if not child.deleted:
                    yield child.label, shown_text(child), 1, section.numbered


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


def _bracketed(status: str, text: str) -> bool:
    return shown_text(ParagraphText("", text, status)) != text


def shown_segments(segments: tuple[Segment, ...], old_status: str,
                   new_status: str) -> tuple[Segment, ...]:
    """A paragraph's word changes as printed: the square brackets of a bracketed paragraph
    (see `shown_text`) added, kept or struck as its status changed."""
    old = "".join(s.text for s in segments if s.op != INSERT)
    new = "".join(s.text for s in segments if s.op != DELETE)
    was, now = _bracketed(old_status, old), _bracketed(new_status, new)
    if not (was or now):
        return segments
    op = EQUAL if was and now else (DELETE if was else INSERT)
    return (Segment(op, "["), *segments, Segment(op, "]"))


#: "Page n of N" in the languages of outcome documents.
PAGE_OF = {"en": "Page {n} of {m}", "fr": "Page {n} sur {m}", "es": "Página {n} de {m}"}


def page_of(language: str) -> str:
    """The "Page {n} of {m}" pattern of a document's language (English for others)."""
    return PAGE_OF.get(language, PAGE_OF["en"])


def format_day(doc: DocumentText) -> str:
    """"1 April 2014": the day the text carries, or "" without a date."""
    when = doc.draft_date
    return f"{when.day} {when:%B %Y}" if when is not None else ""


def symbol_header(doc: DocumentText, symbol: str) -> tuple[str, str]:
    """The optional page header: (document symbol, the text's date)."""
    return symbol.strip(), format_day(doc)


def write(data: bytes, path: Path) -> Path:
    """Write bytes to `path` whole or not at all (its folder must exist); returns the path."""
    return write_atomically(path, data)
