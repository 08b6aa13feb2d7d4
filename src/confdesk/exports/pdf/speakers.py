"""The list of speakers: everyone with a role, alphabetically, with their sessions."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from confdesk.editions import short_day
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.programme import (
    A4_LAYOUT,
    A5_LAYOUT,
    ProgrammeDoc,
    Progress,
    SetHead,
    Styles,
    affiliation,
    person_name,
    words,
)
from confdesk.programme.labels import date_range, role_label
from confdesk.programme.queries import ProgrammeSnapshot
from confdesk.text import clean_data


def speakers_story(snapshot: ProgrammeSnapshot, st: Styles,
                   language: str = "en") -> list[Flowable]:
    """A heading, then one block per person: name, function and organisation, sessions."""
    event, w = snapshot.event, words(language)
    entries = snapshot.speakers()
    counted = w["one_person"] if len(entries) == 1 else w["people"].format(n=len(entries))
    story: list[Flowable] = [
        SetHead(w["speakers"]),
        Paragraph(fonts.markup(w["speakers"], bold=True), st.day),
        Paragraph(fonts.markup(
            f"{event.text('title', language)} · "
            f"{date_range(event.start_date, event.end_date, language)} · {counted}"),
            st.day_sub),
    ]
    if not entries:
        story.append(Paragraph(fonts.markup(w["nobody"]), st.text))
    for entry in entries:
        p = entry.person
        name = Paragraph(f"<b>{fonts.markup(person_name(p, language), bold=True)}</b>",
                         st.title)
        # ProgrammeDoc counts the flowables so marked as they are placed: one per person.
        name._confdesk_session = True
        block: list[Flowable] = [name]
        if affiliation(p, language):
            block.append(Paragraph(fonts.markup(affiliation(p, language)), st.text))
        for s, role in entry.appearances:
            block.append(Paragraph(
                fonts.markup(f"{short_day(s.day, language)} {s.time_range} · "
                             f"{role_label(role, 1, language)} · ")
                + f"<i>{fonts.markup(s.title)}</i>", st.person))
        block.append(Spacer(1, 8))
        story.append(KeepTogether(block))
    return story


def speakers_pdf(snapshot: ProgrammeSnapshot, *, a5: bool = False,
                 progress: Progress | None = None, language: str = "en") -> bytes:
    """The speakers list as PDF bytes; `progress(done, total)` is told after each person
    (and may raise to stop the build)."""
    snapshot = clean_data(snapshot)
    layout = A5_LAYOUT if a5 else A4_LAYOUT
    buffer = io.BytesIO()
    event, w = snapshot.event, words(language)
    title = event.text("title", language)
    head = event.short_name or title
    story = speakers_story(snapshot, Styles(layout.scale), language)
    total = len(snapshot.speakers())
    doc = ProgrammeDoc(buffer, layout, w["speakers_head"].format(head=head),
                       w["speakers_doc"].format(title=title),
                       progress, total, first_template="content")
    doc.build(story)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()
