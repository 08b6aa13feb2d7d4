"""Compare two document trees: paragraphs matched by uid, moves, renumbering, word changes.

Rules (deleted-status paragraphs count as absent, as they are in print):

- *added*: a uid only in the new tree; *deleted*: only in the old one.
- *moved*: present in both and either in another section (or under another parent), or off the
  longest common subsequence of the two reading-order uid sequences. The LCS keeps the largest
  set of paragraphs whose relative order is unchanged; the others are the ones that moved.
- *renumbered*: present in both with a different printed label ("4." → "3.").
- *changed*: the text differs; `segments` then holds a word-level diff (tokens are words,
  runs of spaces and single punctuation marks, so spacing and punctuation survive).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime

from confdesk.conclusions.tree import DocumentText, ParagraphText, SectionText

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same, inserted or deleted."""

    op: str
    text: str


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level difference of two texts as equal/insert/delete segments (old order first)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []

    def emit(op: str, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit(EQUAL, "".join(a[i1:i2]))
        else:
            emit(DELETE, "".join(a[i1:i2]))
            emit(INSERT, "".join(b[j1:j2]))
    return segments


@dataclass(frozen=True)
class _Flat:
    uid: str
    section_uid: str
    parent_uid: str | None
    depth: int
    para: ParagraphText


def _flatten(doc: DocumentText) -> list[_Flat]:
    flat = []
    for section in doc.sections:
        for para in section.paragraphs:
            if para.deleted:
                continue
            flat.append(_Flat(para.uid, section.uid, None, 0, para))
            flat += [_Flat(c.uid, section.uid, para.uid, 1, c)
                     for c in para.children if not c.deleted]
    return flat


def lcs(a: list[str], b: list[str]) -> set[str]:
    """Items of the longest common subsequence of two sequences of distinct uids."""
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (table[i + 1][j + 1] + 1 if a[i] == b[j]
                           else max(table[i + 1][j], table[i][j + 1]))
    found, i, j = set(), 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            found.add(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return found


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph in the comparison, in the order a redline prints it."""

    uid: str
    #: "added", "deleted" or "kept".
    kind: str
    depth: int
    old_label: str
    new_label: str
    segments: tuple[Segment, ...]
    moved: bool = False
    old_status: str = ""
    new_status: str = ""

    @property
    def renumbered(self) -> bool:
        return self.kind == "kept" and self.old_label != self.new_label

    @property
    def changed(self) -> bool:
        return any(s.op != EQUAL for s in self.segments)

    @property
    def label(self) -> str:
        return self.new_label if self.kind != "deleted" else self.old_label


@dataclass(frozen=True)
class SectionChange:
    """A section in the comparison: its lead-in difference and its paragraphs."""

    uid: str
    kind: str
    #: "added", "deleted" or "kept".
    status: str
    lead_in: tuple[Segment, ...]
    paragraphs: tuple[ParagraphChange, ...] = ()
    #: The difference in the section's title (heading); empty when it has none.
    title: tuple[Segment, ...] = ()
    #: How the (newer, or for a deleted section the older) section numbers its paragraphs.
    numbering: str = "decimal"
    first_number: int = 1


@dataclass(frozen=True)
class MoveOrigin:
    """Where a moved paragraph stood in the old tree, placed in the comparison's order: after
    the entry `after` (a uid; None: at the top) of section `section_uid`."""

    uid: str
    section_uid: str
    after: str | None
    old_label: str
    old_text: str
    depth: int
    old_status: str = ""


@dataclass(frozen=True)
class Comparison:
    """The difference between an old and a new tree."""

    old_name: str
    new_name: str
    sections: tuple[SectionChange, ...]
    title: tuple[Segment, ...] = field(default_factory=tuple)
    #: The old places of moved paragraphs (a redline marks them).
    origins: tuple[MoveOrigin, ...] = ()
    #: The dates the two texts carry (None: the working text, undated).
    old_date: datetime | None = None
    new_date: datetime | None = None

    def origins_after(self, section_uid: str, uid: str | None) -> list[MoveOrigin]:
        """The moved paragraphs' old places that follow entry `uid` of a section."""
        return [o for o in self.origins if o.section_uid == section_uid and o.after == uid]

    def changes(self) -> list[ParagraphChange]:
        return [p for s in self.sections for p in s.paragraphs]

    def uids(self, kind: str) -> set[str]:
        """Uids by category: added, deleted, moved, renumbered, changed."""
        checks = {
            "added": lambda p: p.kind == "added", "deleted": lambda p: p.kind == "deleted",
            "moved": lambda p: p.moved, "renumbered": lambda p: p.renumbered,
            "changed": lambda p: p.kind == "kept" and p.changed,
        }
        return {p.uid for p in self.changes() if checks[kind](p)}


def _whole(op: str, text: str) -> tuple[Segment, ...]:
    return (Segment(op, text),) if text else ()


def compare(old: DocumentText, new: DocumentText) -> Comparison:
    """Compare two trees of the same document (see the module docstring for the rules)."""
    old_flat, new_flat = _flatten(old), _flatten(new)
    old_by_uid = {f.uid: f for f in old_flat}
    new_uids = {f.uid for f in new_flat}
    common = lcs([f.uid for f in old_flat if f.uid in new_uids],
                 [f.uid for f in new_flat if f.uid in old_by_uid])

    entries: dict[str, list[ParagraphChange]] = {s.uid: [] for s in new.sections}
    for f in new_flat:
        before = old_by_uid.get(f.uid)
        if before is None:
            change = ParagraphChange(f.uid, "added", f.depth, "", f.para.label,
                                     _whole(INSERT, f.para.text), new_status=f.para.status)
        else:
            moved = (f.uid not in common or before.section_uid != f.section_uid
                     or before.parent_uid != f.parent_uid)
            change = ParagraphChange(
                f.uid, "kept", f.depth, before.para.label, f.para.label,
                tuple(word_diff(before.para.text, f.para.text)), moved=moved,
                old_status=before.para.status, new_status=f.para.status,
            )
        entries[f.section_uid].append(change)

    new_sections = {s.uid for s in new.sections}
    for s in old.sections:
        entries.setdefault(s.uid, [])
    # Deleted paragraphs go after the nearest earlier old paragraph of their section that
    # stayed in place (or was deleted too): rejecting every change then gives the old order.
    moved_uids = {c.uid for changes in entries.values() for c in changes if c.moved}
    for index, f in enumerate(old_flat):
        if f.uid in new_uids:
            continue
        change = ParagraphChange(f.uid, "deleted", f.depth, f.para.label, "",
                                 _whole(DELETE, f.para.text), old_status=f.para.status)
        target = entries[f.section_uid]
        anchor = next((o.uid for o in reversed(old_flat[:index])
                       if o.section_uid == f.section_uid and o.uid not in moved_uids), None)
        at = next((i + 1 for i, e in enumerate(target) if e.uid == anchor), 0)
        target.insert(at, change)

    # A moved paragraph's old place: after the same anchor (moved paragraphs sharing one keep
    # their old order), so that rejecting every change puts it back where it was.
    origins = []
    for index, f in enumerate(old_flat):
        if f.uid not in moved_uids:
            continue
        anchor = next((o.uid for o in reversed(old_flat[:index])
                       if o.section_uid == f.section_uid and o.uid not in moved_uids), None)
        origins.append(MoveOrigin(f.uid, f.section_uid, anchor, f.para.label, f.para.text,
                                  f.depth, f.para.status))

    old_sections = {s.uid: s for s in old.sections}
    ordered: list[SectionText] = list(new.sections)
    for index, s in enumerate(old.sections):
        if s.uid not in new_sections:
            prev = old.sections[index - 1].uid if index else None
            at = next((i + 1 for i, n in enumerate(ordered) if n.uid == prev), 0)
            ordered.insert(at, s)

    sections = []
    for s in ordered:
        if s.uid not in new_sections:
            status, lead = "deleted", _whole(DELETE, s.lead_in)
            title = _whole(DELETE, s.title)
        elif s.uid not in old_sections:
            status, lead = "added", _whole(INSERT, s.lead_in)
            title = _whole(INSERT, s.title)
        else:
            status, lead = "kept", tuple(word_diff(old_sections[s.uid].lead_in, s.lead_in))
            title = tuple(word_diff(old_sections[s.uid].title, s.title))
        sections.append(SectionChange(s.uid, s.kind, status, lead, tuple(entries[s.uid]),
                                      title, s.numbering, s.first_number))
    return Comparison(old.draft_name, new.draft_name, tuple(sections),
                      tuple(word_diff(old.title, new.title)), tuple(origins),
                      old.draft_date, new.draft_date)

