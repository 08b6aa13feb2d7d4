"""The size of an event's outcome documents (drafts kept, paragraphs, words), read over a
`Reader`: the figures `confdesk stats` prints and the summary screen shows.

Written once in SQL (four SELECTs whatever the number of documents), so that the light
commands read it with Python's sqlite3 and the window through its session; this module
imports no SQLAlchemy. Paragraphs and words are counted on the working text's tree
(`conclusions.tree`) by `paragraph_count` and `word_count`, the counts the editor shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from confdesk.conclusions.tree import DocumentText
    from confdesk.db.reader import Reader


@dataclass(frozen=True)
class DocumentSummary:
    """One line of `confdesk stats`: a document and its size."""

    id: int
    title: str
    kind: str
    drafts: int
    paragraphs: int
    words: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "drafts": self.drafts,
                "paragraphs": self.paragraphs, "words": self.words}


_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def word_count(doc: DocumentText) -> int:
    """Words of the printed text: section titles, lead-ins and non-deleted paragraphs."""
    total = sum(len(_WORD.findall(s.title)) + len(_WORD.findall(s.lead_in))
                for s in doc.sections)
    return total + sum(len(_WORD.findall(p.text)) for _, p, _ in doc.paragraphs())


def paragraph_count(doc: DocumentText) -> int:
    """Non-deleted paragraphs and sub-paragraphs."""
    return sum(1 for _ in doc.paragraphs())


_DOCUMENTS = ("SELECT id, title, kind FROM outcome_document WHERE event_id = ? "
              "ORDER BY position, id")
_DRAFTS = ("SELECT n.document_id, COUNT(*) FROM outcome_snapshot n "
           "JOIN outcome_document d ON d.id = n.document_id WHERE d.event_id = ? "
           "GROUP BY n.document_id")
_SECTIONS = ("SELECT s.document_id, s.id, s.uid, s.kind, s.lead_in, s.title "
             "FROM outcome_section s JOIN outcome_document d ON d.id = s.document_id "
             "WHERE d.event_id = ? ORDER BY s.position, s.id")
_PARAGRAPHS = ("SELECT p.id, p.parent_id, p.section_id, p.uid, p.text, p.status "
               "FROM paragraph p JOIN outcome_section s ON s.id = p.section_id "
               "JOIN outcome_document d ON d.id = s.document_id "
               "WHERE d.event_id = ? ORDER BY p.position, p.id")


def document_summaries(reader: Reader, event_id: int) -> list[DocumentSummary]:
    """Each outcome document of an event, in the documents' order, with its number of
    drafts, and the paragraphs and words of its working text."""
    documents = reader.rows(_DOCUMENTS, (event_id,))
    if not documents:
        return []
    # The trees' module (and difflib, for the brackets) only for an event with documents.
    from confdesk.conclusions.tree import tree_from_content

    drafts = dict(reader.rows(_DRAFTS, (event_id,)))
    # The working text as tree content: only what the counts depend on (titles, lead-ins,
    # texts, statuses and the nesting of sub-paragraphs under their paragraph).
    sections: dict[int, list[dict[str, Any]]] = {doc_id: [] for doc_id, _t, _k in documents}
    by_section: dict[int, list[dict[str, Any]]] = {}
    for doc_id, section_id, uid, kind, lead_in, title in reader.rows(_SECTIONS, (event_id,)):
        paragraphs: list[dict[str, Any]] = []
        by_section[section_id] = paragraphs
        sections[doc_id].append({"uid": uid, "kind": str(kind), "lead_in": lead_in or "",
                                 "title": title or "", "paragraphs": paragraphs})
    tops: dict[int, dict[str, Any]] = {}
    children: list[tuple[int, dict[str, Any]]] = []
    for pid, parent_id, section_id, uid, text, status in reader.rows(_PARAGRAPHS, (event_id,)):
        para = {"uid": uid, "text": text or "", "status": str(status), "children": []}
        if parent_id is None:
            tops[pid] = para
            by_section[section_id].append(para)
        else:
            children.append((parent_id, para))
    for parent_id, para in children:  # a sub-paragraph's own sub-paragraphs are not read
        if parent_id in tops:
            tops[parent_id]["children"].append(para)
    result = []
    for doc_id, title, kind in documents:
        tree = tree_from_content({"title": title, "sections": sections[doc_id]})
        result.append(DocumentSummary(
            id=doc_id, title=title, kind=str(kind), drafts=drafts.get(doc_id, 0),
            paragraphs=paragraph_count(tree), words=word_count(tree)))
    return result
