"""A comparison of two drafts as Word tracked changes (the redline delegations Accept/Reject).

The file is the newer draft with the older one's differences recorded as Word revisions, by
the person exporting, dated with the newer draft's date: inserted and deleted words (`w:ins`,
`w:del`), inserted and deleted paragraphs (their paragraph marks too), and paragraphs that moved
unchanged as a move (`w:moveFrom` at the old place, `w:moveTo` at the new, bound by named range
markers). A paragraph that moved and was also edited is shown as deleted at its old place and
inserted at its new one. Word's *Accept All* gives the newer draft word for word, *Reject All*
the older; numbers are Word's own list numbering, so they follow either way.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from typing import Any

from confdesk.conclusions.diff import DELETE, INSERT, Comparison, MoveOrigin, Segment
from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions import wordml
from confdesk.exports.conclusions.common import CancelCheck, Progress, Tracker, shown_segments
from confdesk.exports.conclusions.docx import new_document
from confdesk.text import clean_data

_MARK = {"added": INSERT, "deleted": DELETE}


class _Writer:
    def __init__(self, word: Any, revisions: wordml.Revisions) -> None:
        self.word, self.rev = word, revisions
        self.lists = wordml.Lists(word)
        #: uid of a paragraph that moved unchanged → the name binding its two places.
        self.moves: dict[str, str] = {}

    def paragraph(self, style: str, segments: tuple[Segment, ...] | list[Segment],
                  mark: str = "", num: tuple[int, int] | None = None) -> Any:
        """A paragraph of `segments` (each op a revision); `mark` ("insert", "delete",
        "moveFrom", "moveTo") marks the paragraph mark too."""
        para = self.word.add_paragraph(style=style)
        if num is not None:
            wordml.number_paragraph(para, *num)
        for seg in segments:
            op = mark if mark in ("moveFrom", "moveTo") else seg.op
            para._p.append(self.rev.run(seg.text, op))
        if mark:
            self.rev.paragraph_mark(para, mark)
        return para

    def moved(self, para: Any, op: str, uid: str) -> None:
        name = self.moves.setdefault(uid, self.rev.move_name())
        self.rev.move_range(para, op, name)


def _num(num_id: int, depth: int) -> tuple[int, int] | None:
    return (num_id, min(depth, 1)) if num_id else None


def to_redline_docx(comparison: Comparison, event: EventInfo, *, author: str = "",
                    when: datetime | None = None, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> bytes:
    """The redline of a comparison as a .docx of tracked changes by `author` at `when` (by
    default the newer text's date, else now); told and stopped as the PDF redline."""
    comparison, event = clean_data(comparison), clean_data(event)
    total = sum(bool(s.title) + bool(s.lead_in) + len(s.paragraphs)
                for s in comparison.sections)
    tracker = Tracker(total, progress, cancelled)
    tracker.check()
    stamp = when or comparison.new_date or datetime.now().replace(second=0)
    name = f"Comparison of {comparison.old_name} with {comparison.new_name}"
    pages = DocumentText(title=_new_title(comparison), sections=(), draft_name=name)
    word = new_document(pages, event, heading=False)
    out = _Writer(word, wordml.Revisions(author, stamp))
    out.paragraph(wordml.TITLE, comparison.title)
    out.paragraph(wordml.EVENT, [Segment("equal", event.title)])
    where = ", ".join(p for p in (event.place, event.dates) if p)
    if where:
        out.paragraph(wordml.PLACE, [Segment("equal", where)])
    # Unchanged moves are real moves; an edited one is a deletion and an insertion.
    unchanged_moves = {p.uid for p in comparison.changes() if p.moved and not p.changed}
    for section in comparison.sections:
        if section.title:
            out.paragraph(wordml.SECTION_HEADING, section.title, _whole_mark(section.title))
            tracker.step()
        if section.lead_in:
            out.paragraph(wordml.LEAD_IN, section.lead_in, _whole_mark(section.lead_in))
            tracker.step()
        numbered = section.kind == "numbered_list"
        num_id = out.lists.new_list(section.numbering, section.first_number) if numbered else 0
        style = {0: wordml.PARAGRAPH, 1: wordml.SUB_PARAGRAPH} if numbered else {}

        def origins(after: str | None, section_uid: str = section.uid, num_id: int = num_id,
                    style: dict[int, str] = style) -> None:
            for origin in comparison.origins_after(section_uid, after):
                _origin(out, origin, origin.uid in unchanged_moves,
                        style.get(origin.depth, wordml.BODY), _num(num_id, origin.depth))

        origins(None)
        for index, change in enumerate(section.paragraphs):
            num = _num(num_id, change.depth)
            para_style = style.get(min(change.depth, 1), wordml.BODY)
            following = section.paragraphs[index + 1:index + 2]
            if (_new_text(change.segments).rstrip().endswith(":") or (
                    change.depth == 0 and following and following[0].depth == 1)):
                para_style = wordml.INTRODUCING[para_style]  # as the newer text has it
            segments = shown_segments(change.segments, change.old_status, change.new_status)
            if change.moved and change.uid in unchanged_moves:
                # The move's two places print the same (brackets as in the newer text).
                same = shown_segments(change.segments, change.new_status, change.new_status)
                para = out.paragraph(para_style, same, "moveTo", num)
                out.moved(para, "moveTo", change.uid)
            elif change.moved:
                new = shown_segments(change.segments, "", change.new_status)
                out.paragraph(para_style, [Segment(INSERT, _new_text(new))], INSERT, num)
            else:
                out.paragraph(para_style, segments, _MARK.get(change.kind, ""), num)
            tracker.step()
            origins(change.uid)
    data = BytesIO()
    word.save(data)
    tracker.finish()
    return data.getvalue()


def _origin(out: _Writer, origin: MoveOrigin, real_move: bool, style: str,
            num: tuple[int, int] | None) -> None:
    """A moved paragraph at its old place: the origin of a move, or a deletion."""
    old = list(shown_segments((Segment(DELETE, origin.old_text),), origin.old_status, ""))
    if real_move:
        para = out.paragraph(style, old, "moveFrom", num)
        out.moved(para, "moveFrom", origin.uid)
    else:
        out.paragraph(style, old, DELETE, num)


def _whole_mark(segments: tuple[Segment, ...]) -> str:
    """A heading or lead-in that only one text has (a section added or deleted, or given or
    stripped of it): its paragraph mark is inserted or deleted too."""
    ops = {s.op for s in segments if s.text}
    return next(iter(ops)) if ops in ({INSERT}, {DELETE}) else ""


def _new_text(segments: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in segments if s.op != DELETE)


def _new_title(comparison: Comparison) -> str:
    return _new_text(comparison.title) or "Comparison"
