"""Word's tracked changes: count them, or resolve them as *Accept All* or *Reject All* would.

Revision marks in WordprocessingML (ECMA-376 part 1, 17.13.5):

- `w:ins` / `w:del` around runs (deleted text sits in `w:delText`);
- `w:moveFrom` / `w:moveTo` around moved runs, between `w:moveFromRangeStart/End` and
  `w:moveToRangeStart/End` markers (the markers carry no text);
- a paragraph mark inserted or deleted (or moved): `w:ins`, `w:del`, `w:moveTo`, `w:moveFrom`
  inside the paragraph's `w:pPr/w:rPr`. Removing a paragraph mark joins the paragraph with the
  next one;
- formatting changes: `w:pPrChange` (the old paragraph properties, numbering included),
  `w:rPrChange`, `w:sectPrChange`, `w:tblPrChange`… and `w:numberingChange`.

`resolve` edits the XML tree in place; paragraphs whose mark goes away get the attribute
`JOIN_NEXT`, which the reader honours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confdesk.imports.docx_package import W_NS

W = f"{{{W_NS}}}"
#: Set on a w:p whose paragraph mark is removed: its text runs on into the next paragraph.
JOIN_NEXT = "confdesk-join-next"

_FORMAT_CHANGES = ("pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "tcPrChange",
                   "trPrChange", "tblGridChange", "numberingChange")
_MARKERS = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")


@dataclass
class RevisionCount:
    """How many tracked changes of each kind a part holds."""

    insertions: int = 0
    deletions: int = 0
    moves: int = 0
    formatting: int = 0

    @property
    def total(self) -> int:
        return self.insertions + self.deletions + self.moves + self.formatting

    def add(self, other: RevisionCount) -> None:
        self.insertions += other.insertions
        self.deletions += other.deletions
        self.moves += other.moves
        self.formatting += other.formatting

    def describe(self) -> str:
        """The kinds counted, in words ("2 insertions, 1 deletion"; a catalogued Message)."""
        from confdesk.imports import messages as m

        parts: list[str] = []
        for count, one, many in ((self.insertions, m.INSERTIONS_ONE, m.INSERTIONS_MANY),
                                 (self.deletions, m.DELETIONS_ONE, m.DELETIONS_MANY),
                                 (self.moves, m.MOVES_ONE, m.MOVES_MANY),
                                 (self.formatting, m.FORMATTING_ONE, m.FORMATTING_MANY)):
            if count:
                parts.append(m.counted(one, many, count, "word.changes"))
        return m.joined(parts)


def count(root: Any) -> RevisionCount:
    """The tracked changes under `root` (a move counts once, however many runs it spans)."""
    found = RevisionCount()
    if root is None:
        return found
    found.insertions = len(root.findall(f".//{W}ins"))
    found.deletions = len(root.findall(f".//{W}del"))
    move_ids = {el.get(f"{W}name") or el.get(f"{W}id")
                for el in root.iter(f"{W}moveFromRangeStart")}
    loose = [el for el in root.iter(f"{W}moveFrom")]
    found.moves = len(move_ids) if move_ids else (1 if loose else 0)
    found.formatting = sum(len(root.findall(f".//{W}{name}")) for name in _FORMAT_CHANGES)
    return found


def _unwrap(element: Any) -> None:
    """Put `element`'s children in its place."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    _remove(element)


def _remove(element: Any) -> None:
    """Remove `element`, keeping the text that follows it (lxml's tail) in the tree."""
    parent = element.getparent()
    if parent is None:
        return
    parent.remove(element)


def _mark_changes(root: Any, accept: bool) -> None:
    """Paragraph marks: removed marks join their paragraph with the next."""
    removed = ("del", "moveFrom") if accept else ("ins", "moveTo")
    for rpr in list(root.iter(f"{W}rPr")):
        ppr = rpr.getparent()
        if ppr is None or ppr.tag != f"{W}pPr":
            continue
        for name in ("ins", "del", "moveFrom", "moveTo"):
            for mark in rpr.findall(f"{W}{name}"):
                if name in removed:
                    paragraph = ppr.getparent()
                    if paragraph is not None and paragraph.tag == f"{W}p":
                        paragraph.set(JOIN_NEXT, "1")
                rpr.remove(mark)


def resolve(root: Any, *, accept: bool) -> None:
    """Rewrite `root` as Word shows it after Accept All (`accept`) or Reject All."""
    if root is None:
        return
    # Table rows inserted or deleted are marked in w:trPr, before the marks themselves go.
    for props in list(root.iter(f"{W}trPr")):
        gone = props.find(f"{W}{'del' if accept else 'ins'}")
        if gone is not None:
            row = props.getparent()
            if row is not None:
                _remove(row)
    _mark_changes(root, accept)
    drop, keep = (("del", "moveFrom"), ("ins", "moveTo")) if accept else (
        ("ins", "moveTo"), ("del", "moveFrom"))
    for name in drop:
        for element in list(root.iter(f"{W}{name}")):
            _remove(element)
    for name in keep:
        for element in list(root.iter(f"{W}{name}")):
            _unwrap(element)
    if not accept:
        for deleted in list(root.iter(f"{W}delText")):
            deleted.tag = f"{W}t"
        for deleted in list(root.iter(f"{W}delInstrText")):
            deleted.tag = f"{W}instrText"
    for name in _FORMAT_CHANGES:
        for change in list(root.iter(f"{W}{name}")):
            if not accept and name == "pPrChange":
                _restore_paragraph_properties(change)
            else:
                _remove(change)
    for name in _MARKERS:
        for marker in list(root.iter(f"{W}{name}")):
            _remove(marker)


def _restore_paragraph_properties(change: Any) -> None:
    """Reject a paragraph formatting change: the old w:pPr comes back (the mark's w:rPr stays)."""
    ppr = change.getparent()
    old = change.find(f"{W}pPr")
    if ppr is None:
        return
    run_props = ppr.find(f"{W}rPr")
    for child in list(ppr):
        ppr.remove(child)
    if old is not None:
        for child in list(old):
            ppr.append(child)
    if run_props is not None:
        ppr.append(run_props)
