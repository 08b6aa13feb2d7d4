"""What an import stores, on SQLite and PostgreSQL: titles, list styles, remarks as comments,
and text cleaned of characters a database or an XML export cannot hold (a NUL byte)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from confdesk.conclusions import operations as ops
from confdesk.conclusions.queries import working_text
from confdesk.exports.conclusions.akn import to_akn
from confdesk.exports.conclusions.docx import to_docx
from confdesk.imports.document_text import import_document
from tests.factories import make_event
from tests.imports.test_round_trip import EVENT


def test_an_imported_file_with_odd_bytes_is_stored_and_exported(session: Session,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(("Summary\n\nI. Findings\n\nThe participants note\x00 that:\n"
                      "(a) the\x0b Convention\x1b[0m;\n(b) the Statute.\n").encode("utf-16"))
    imported = import_document(path)
    event = make_event(session)
    doc = ops.create_document_from_text(session, event, imported.tree, title="Summary")
    session.commit()
    session.expire_all()
    tree = working_text(doc)
    (section,) = tree.sections
    assert (section.title, section.lead_in, section.numbering) == (
        "I. Findings", "The participants note that:", "lower-letter")
    assert [(p.label, p.text) for p in section.paragraphs] == [
        ("(a)", "the Convention[0m;"), ("(b)", "the Statute.")]
    to_akn(tree, EVENT)  # XML exports accept it
    to_docx(tree, EVENT)


def test_remarks_become_comments_and_a_new_draft_keeps_its_sections(session: Session) -> None:
    from confdesk.imports.document_text import import_text

    event = make_event(session)
    first = import_text("They recall:\n(a) the Convention;\n(b) the Statute.\n")
    doc = ops.create_document_from_text(session, event, first.tree, title="Summary")
    uid = first.tree.sections[0].paragraphs[0].uid
    assert ops.add_imported_remarks(session, doc, {uid: [("Footnote 1", "Of 1948.")]}) == 1
    session.commit()
    second = import_text("Summary\n\nFindings\n\nThey recall:\n(a) the Convention of 1948;\n"
                         "(b) the Statute.\n")
    renamed = ops.take_in_draft(session, doc, second.tree)
    new_uid = second.tree.sections[0].paragraphs[0].uid
    assert renamed[new_uid] == uid  # the paragraph keeps its identity and its comment
    assert ops.add_imported_remarks(session, doc, {renamed[new_uid]: [
        ("Footnote 1", "Of 1948.")]}) == 0
    session.commit()
    tree = working_text(doc)
    assert tree.sections[0].title == "Findings"
    assert tree.sections[0].numbering == "lower-letter"
    para = next(p for s in doc.sections for p in s.paragraphs if p.uid == uid)
    assert [(c.author, c.text) for c in para.comments] == [("Footnote 1", "Of 1948.")]
