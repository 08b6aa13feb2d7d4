"""The list of speakers: everyone with a role, alphabetically, with their sessions."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.programme import (
    A4_LAYOUT,
    A5_LAYOUT,
    ProgrammeDoc,
    Progress,
    SetHead,
    Styles,
)
from confdesk.programme.labels import date_range, role_label
from confdesk.programme.queries import ProgrammeSnapshot
from confdesk.text import clean_data


def speakers_story(snapshot: ProgrammeSnapshot, st: Styles) -> list[Flowable]:
    """A heading, then one block per person: name, function and organisation, sessions."""
    event = snapshot.event
    entries = snapshot.speakers()
    story: list[Flowable] = [
        SetHead("List of speakers"),
        Paragraph(fonts.markup("List of speakers", bold=True), st.day),
        Paragraph(fonts.markup(
            f"{event.title} · {date_range(event.start_date, event.end_date)} · "
            f"{len(entries)} people"), st.day_sub),
    ]
    if not entries:
        story.append(Paragraph("Nobody has a role in the programme yet.", st.text))
    for entry in entries:
        p = entry.person
        name = Paragraph(f"<b>{fonts.markup(p.display_name, bold=True)}</b>", st.title)
        # ProgrammeDoc counts the flowables so marked as they are placed: one per person.
        name._confdesk_session = True  # type: ignore[attr-defined]
        block: list[Flowable] = [name]
        if p.affiliation:
            block.append(Paragraph(fonts.markup(p.affiliation), st.text))
        for s, role in entry.appearances:
            block.append(Paragraph(
                fonts.markup(f"{s.day:%a %d %b} {s.time_range} · {role_label(role)} · ")
                + f"<i>{fonts.markup(s.title)}</i>", st.person))
        block.append(Spacer(1, 8))
        story.append(KeepTogether(block))
    return story


def speakers_pdf(snapshot: ProgrammeSnapshot, *, a5: bool = False,
                 progress: Progress | None = None) -> bytes:
    """The speakers list as PDF bytes; `progress(done, total)` is told after each person
    (and may raise to stop the build)."""
    snapshot = clean_data(snapshot)
    layout = A5_LAYOUT if a5 else A4_LAYOUT
    buffer = io.BytesIO()
    event = snapshot.event
    head = event.short_name or event.title
    story = speakers_story(snapshot, Styles(layout.scale))
    total = len(snapshot.speakers())
    doc = ProgrammeDoc(buffer, layout, f"{head} · Speakers", f"Speakers: {event.title}",
                       progress, total, first_template="content")
    doc.build(story)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()
