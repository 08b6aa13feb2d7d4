"""The official list of participants (PDF), grouped by delegation in protocol order.

Takes plain data: the event's title block and the delegations from
`registration.protocol.delegations` (rows loaded in the list's language), each group of the
list under its heading ("Member States", "États Membres"); a revised issue carries its
label and date of issue ("Rev.1", "Issued on 1 April 2014") and can end with what changed
since the previous issue.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from confdesk.exports.files import atomic_path
from confdesk.exports.list_header import ListHeader
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.streaming import StreamingCanvas
from confdesk.registration.protocol import Delegation, group_title
from confdesk.registration.revisions import Changes, Entry

_WORDS = {
    "en": {"title": "List of participants", "page": "Page {n} of {m}",
           "count": "{n} participants", "one": "1 participant", "issued": "Issued on {d}",
           "changes": "Changes since {since}", "added": "Added", "removed": "Removed",
           "changed": "Changed", "none": "No change.", "was": "previously"},
    "fr": {"title": "Liste des participants", "page": "Page {n} sur {m}",
           "count": "{n} participants", "one": "1 participant", "issued": "Publiée le {d}",
           "changes": "Modifications depuis {since}", "added": "Ajouts",
           "removed": "Suppressions", "changed": "Modifications", "none": "Aucune modification.",
           "was": "auparavant"},
}


def _numbered_canvas(label: str) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(StreamingCanvas):
        """Keeps each page until the end, then writes "Page N of M" on every one (the page's
        drawing kept compressed: a list of 100,000 people has 2,000 pages)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):  # the doc template passes None
                kwargs["initialFontName"] = fonts.SANS
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            """Keep the finished page; numbers are drawn at the end."""
            state = dict(self.__dict__)
            state["_code"] = zlib.compress("\n".join(self._code).encode(), 1)
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            """Draw "Page N of M" on every kept page, then write the file."""
            total = len(self._pages)
            pages, self._pages = self._pages, []
            pages.reverse()  # popped from the end: each page is let go once written
            number = 0
            while pages:
                state = pages.pop()
                number += 1
                # the same text as the page's list of operators, which reportlab joins
                state["_code"] = [zlib.decompress(state["_code"]).decode()]
                self.__dict__.update(state)
                self.setFillColor(colors.grey)
                fonts.draw_text(self, A4[0] / 2, 12 * mm, label.format(n=number, m=total), 8,
                                align="center")
                super().showPage()
            super().save()

    return NumberedCanvas


class _Story(list[Any]):
    """A story platypus reads as it lays it out: it takes flowables from the front of its
    list (`del story[0]`), so this list is filled from a generator a few flowables ahead
    instead of holding 200,000 paragraphs at once."""

    AHEAD = 64

    def __init__(self, flowables: Iterator[Any]) -> None:
        super().__init__()
        self._source = flowables
        self._fill()

    def _fill(self) -> None:
        if len(self) < 2:
            self.extend(islice(self._source, self.AHEAD))

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(key)
        self._fill()


def _changes_story(changes: Changes, words: dict[str, str], kicker: ParagraphStyle,
                   group: ParagraphStyle, person: ParagraphStyle,
                   function: ParagraphStyle) -> list[Any]:
    """"Changes since Rev.1 of 1 April 2014": people added, removed, changed."""
    story: list[Any] = [CondPageBreak(40 * mm), Paragraph(fonts.markup(
        words["changes"].format(since=changes.since), bold=True), kicker)]
    if changes.empty:
        return story + [Paragraph(fonts.markup(words["none"]), person)]

    def line(entry: Entry) -> Paragraph:
        return Paragraph(fonts.markup(entry.name, bold=True)
                         + fonts.markup(f" — {entry.delegation}" if entry.delegation else ""),
                         person)

    for key, entries in (("added", changes.added), ("removed", changes.removed)):
        if entries:
            story.append(Paragraph(fonts.markup(words[key], bold=True), group))
            story += [line(e) for e in entries]
    if changes.changed:
        story.append(Paragraph(fonts.markup(words["changed"], bold=True), group))
        for before, now in changes.changed:
            story.append(line(now))
            was = "; ".join(p for p in (before.name if before.name != now.name else "",
                                        before.delegation if before.organisation_id
                                        != now.organisation_id else "",
                                        before.function if before.function != now.function
                                        else "") if p)
            if was:
                story.append(Paragraph(fonts.markup(f"{words['was']}: {was}"), function))
    return story


def write_participants_list(
    path: Path, header: ListHeader, delegations: Sequence[Delegation], *,
    language: str = "en", progress: Callable[[int, int], None] | None = None,
    changes: Changes | None = None,
) -> int:
    """Write the list (with `changes` since the previous issue at its end, when given);
    returns the number of people listed."""
    fonts.register_fonts()
    words = _WORDS.get(language, _WORDS["en"])
    title = ParagraphStyle("title", fontName=fonts.SANS_BOLD, fontSize=16, leading=20,
                           alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=fonts.SANS, fontSize=10, leading=13,
                         alignment=TA_CENTER)
    group = ParagraphStyle("group", fontName=fonts.SANS_BOLD, fontSize=11, leading=14,
                           spaceBefore=10, spaceAfter=3, textColor=colors.HexColor("#1F4E79"))
    person = ParagraphStyle("person", fontName=fonts.SANS_BOLD, fontSize=9.5, leading=12,
                            leftIndent=8 * mm)
    function = ParagraphStyle("function", parent=person, fontName=fonts.SANS_ITALIC,
                              fontSize=8.5, leading=10.5, leftIndent=12 * mm, spaceAfter=2)
    kicker = ParagraphStyle("kicker", fontName=fonts.SANS_BOLD, fontSize=12.5, leading=16,
                            spaceBefore=14, spaceAfter=2, textColor=colors.HexColor("#1F4E79"))
    count = sum(d.count for d in delegations)
    counted = words["one"] if count == 1 else words["count"].format(n=count)
    issue = " · ".join(p for p in (header.revision, words["issued"].format(d=header.issued)
                                   if header.issued else "") if p)
    head: list[Any] = [
        Paragraph(fonts.markup(words["title"], bold=True), title),
        Paragraph(fonts.markup(header.title), sub),
        Paragraph(fonts.markup(" · ".join(p for p in (header.place, header.dates) if p)), sub),
        *([Paragraph(fonts.markup(issue, bold=True), sub)] if issue else []),
        Paragraph(fonts.markup(counted), sub),
        Spacer(1, 6 * mm),
    ]
    styles = _Styles(kicker, group, person, function)

    def story() -> Iterator[Any]:
        yield from head
        yield from _delegations_story(delegations, styles, language, progress)
        if changes is not None:
            yield from _changes_story(changes, words, kicker, group, person, function)

    with atomic_path(path) as target:
        _build(target, _Story(story()), header, words)
    if progress is not None:
        progress(len(delegations), len(delegations))
    return count


@dataclass(frozen=True, slots=True)
class _Styles:
    kicker: ParagraphStyle
    group: ParagraphStyle
    person: ParagraphStyle
    function: ParagraphStyle


def _delegations_story(delegations: Sequence[Delegation], styles: _Styles, language: str,
                       progress: Callable[[int, int], None] | None) -> Iterator[Any]:
    """Each delegation's heading (and its group's, where a group starts) and its people,
    made as the layout reaches them."""
    current_group: object = ()

    def person(member: Any) -> list[Any]:
        return [Paragraph(fonts.markup(member.display_name, bold=True), styles.person),
                Paragraph(fonts.markup(member.function), styles.function)
                if member.function else Spacer(1, 2)]

    for i, delegation in enumerate(delegations, 1):
        if progress is not None and i % 50 == 0:
            progress(i, len(delegations))
        # a heading never ends a page: keep it with its first person
        yield CondPageBreak(36 * mm)
        heads: list[Any] = []
        if delegation.group != current_group:
            current_group = delegation.group
            if delegation.group is not None:
                heads.append(Paragraph(fonts.markup(
                    group_title(delegation.group, language).upper(), bold=True),
                    styles.kicker))
        heads.append(Paragraph(fonts.markup(delegation.name, bold=True), styles.group))
        members = delegation.members
        yield KeepTogether([*heads, *(person(members[0]) if members else [])])
        for member in members[1:]:
            yield from person(member)


def _build(target: Path, story: _Story, header: ListHeader, words: dict[str, str]) -> None:
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=20 * mm, title=f"{words['title']} – {header.title}",
        author="confdesk", initialFontName=fonts.SANS,
    )
    doc.build(story, canvasmaker=_numbered_canvas(words["page"]))
