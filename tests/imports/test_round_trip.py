"""A document exported by confdesk as .docx or .txt reads back as the same structure, so that a
redline against the re-imported draft shows no change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from confdesk.conclusions.diff import compare
from confdesk.conclusions.matching import adopt_identities
from confdesk.conclusions.tree import EventInfo, tree_from_content
from confdesk.exports.conclusions.docx import to_docx
from confdesk.exports.conclusions.plain import to_text
from confdesk.imports.document_text import import_document, parse_text

EVENT = EventInfo("International Conference on Genocide Prevention", "Brussels",
                  "31 March – 1 April 2014")


def _para(uid: str, text: str, status: str = "proposed", *children: dict[str, Any],
          ) -> dict[str, Any]:
    return {"uid": uid, "text": text, "status": status, "children": list(children)}


def rich_document() -> Any:
    """Section titles, two lists in a row, a lettered list, bullets, a list from 4, brackets."""
    return tree_from_content({"title": "Chair's Summary", "kind": "chairs_conclusions",
                              "language": "en", "sections": [
        {"uid": "s1", "kind": "free_text", "lead_in": "", "paragraphs": [
            _para("p1", "The participants met in Brussels."),
            _para("p2", "They discussed prevention.")]},
        {"uid": "s2", "kind": "numbered_list", "title": "I. Findings",
         "lead_in": "The participants note that:", "paragraphs": [
             _para("p3", "Genocide is the gravest crime;"),
             _para("p4", "Prevention is possible:", "proposed",
                   _para("p5", "through focal points;"), _para("p6", "through education;")),
             _para("p7", "Early warning works.", "bracketed")]},
        {"uid": "s3", "kind": "numbered_list", "lead_in": "", "paragraphs": [
            _para("p8", "A second list right after the first;"),
            _para("p9", "which must stay a list of its own.")]},
        {"uid": "s4", "kind": "numbered_list", "title": "II. Resolve",
         "lead_in": "They recall", "numbering": "lower-letter", "paragraphs": [
             _para("p10", "the Convention;"), _para("p11", "the Statute.")]},
        {"uid": "s5", "kind": "numbered_list", "lead_in": "They also note:",
         "numbering": "bullet", "paragraphs": [
             _para("p12", "one thing;"), _para("p13", "another thing.")]},
        {"uid": "s6", "kind": "numbered_list", "lead_in": "They resolve to:",
         "first_number": 4, "paragraphs": [_para("p14", "Act early;"),
                                           _para("p15", "Report yearly.")]},
        {"uid": "s7", "kind": "free_text", "title": "Closing", "lead_in": "", "paragraphs": [
            _para("p16", "The chair thanked the participants.")]},
    ]})


def _shape(doc: Any) -> list[tuple[Any, ...]]:
    return [(s.kind, s.title, s.lead_in, s.numbering, s.first_number,
             [(p.label, p.text, p.status, [(c.label, c.text) for c in p.children])
              for p in s.paragraphs]) for s in doc.sections]


@pytest.mark.parametrize("fmt", ["docx", "txt", "txt-wrapped"])
def test_an_exported_document_reads_back_unchanged(tmp_path: Path, fmt: str) -> None:
    original = rich_document()
    if fmt == "docx":
        path = tmp_path / "summary.docx"
        path.write_bytes(to_docx(original, EVENT))
    else:
        path = tmp_path / "summary.txt"
        path.write_text(to_text(original, EVENT, width=72 if fmt == "txt-wrapped" else 0),
                        encoding="utf-8")
    imported = import_document(path)
    again = imported.tree
    assert again.title == "Chair's Summary"
    assert _shape(again) == _shape(original)
    assert any("left out" in note and "place and dates" in note for note in imported.notes)
    comparison = compare(original, adopt_identities(original, again))
    assert [c for c in comparison.changes() if c.kind != "kept" or c.changed or c.moved
            or c.renumbered] == []
    assert all(s.status == "kept" for s in comparison.sections)


def test_a_draft_export_reads_back_without_its_draft_line() -> None:
    original = rich_document()
    from dataclasses import replace
    text = to_text(replace(original, draft_name="Draft 2", final=False), EVENT)
    assert text.startswith("DRAFT — Draft 2")
    assert _shape(parse_text(text)) == _shape(original)


def test_a_changed_section_title_shows_in_the_redline(tmp_path: Path) -> None:
    import subprocess
    from dataclasses import replace

    from confdesk.exports.conclusions.redline import to_redline_pdf

    original = rich_document()
    sections = list(original.sections)
    sections[1] = replace(sections[1], title="I. Main Findings")
    changed = replace(original, sections=tuple(sections))
    comparison = compare(original, changed)
    assert [(seg.op, seg.text) for seg in comparison.sections[1].title if seg.op != "equal"] == [
        ("insert", "Main ")]
    pdf = tmp_path / "redline.pdf"
    pdf.write_bytes(to_redline_pdf(comparison, EVENT))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "I. Main Findings" in " ".join(text.split())
    assert "II. Resolve" in text


def test_section_titles_are_headings_in_valid_akoma_ntoso(shared_dir: Path) -> None:
    from lxml import etree

    from confdesk.exports.conclusions.akn import to_akn

    root = etree.fromstring(to_akn(rich_document(), EVENT, country="be"))
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "akomantoso30.xsd")))
    schema.assertValid(root)
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert [h.text for h in root.iterfind(".//a:hcontainer/a:heading", ns)] == [
        "I. Findings", "II. Resolve", "Closing"]


def test_capital_letter_and_roman_lists_read_back_from_word(tmp_path: Path) -> None:
    content = {"title": "Summary", "sections": [
        {"uid": "s1", "kind": "numbered_list", "lead_in": "Chapters:",
         "numbering": "upper-roman", "paragraphs": [_para("a", "Prevention;"),
                                                    _para("b", "Protection.")]},
        {"uid": "s2", "kind": "numbered_list", "lead_in": "Annexes:",
         "numbering": "upper-letter", "paragraphs": [_para("c", "Programme;"),
                                                     _para("d", "Participants.")]}]}
    original = tree_from_content(content)
    path = tmp_path / "capitals.docx"
    path.write_bytes(to_docx(original, EVENT))
    assert _shape(import_document(path).tree) == _shape(original)


def test_a_centred_draft_stamp_is_not_the_title(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = docx.Document()
    for text in ("DRAFT — Draft 2", "Chair's Summary", "Brussels, 1 April 2014"):
        word.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred_text = word.add_paragraph("A centred paragraph that is long enough to be text " * 4)
    centred_text.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word.add_paragraph("The participants met.")
    path = tmp_path / "stamped.docx"
    word.save(path)
    imported = import_document(path)
    assert imported.tree.title == "Chair's Summary"
    assert [p.text[:20] for _s, p, _d in imported.tree.paragraphs()] == [
        "A centred paragraph ", "The participants met"]
    assert ("The centred heading's 1 line after the title (the event's name, place and dates) "
            "left out.") in imported.notes


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_the_demo_exported_and_taken_back_as_a_draft_shows_no_change(
        tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    from confdesk.cli import main
    from confdesk.conclusions.queries import get_document, text_of
    from confdesk.db.database import open_database

    db_path = tmp_path / "demo.sqlite"
    assert main(["demo", str(db_path)]) == 0
    exported = tmp_path / f"conclusions{suffix}"
    assert main(["export", "document", "-o", str(exported), "-d", str(db_path)]) == 0
    assert main(["import", "document", str(exported), "-d", str(db_path), "--document", "1",
                 "--draft-name", "Taken back"]) == 0
    capsys.readouterr()
    db = open_database(db_path)
    with db.sessions() as s:
        doc = get_document(s, 1)
        names = [snap.name for snap in doc.snapshots]
        before = names[names.index("Taken back") - 1]
        comparison = compare(text_of(doc, before), text_of(doc, "Taken back"))
        assert comparison.changes()
        assert [c for c in comparison.changes() if c.kind != "kept" or c.changed or c.moved
                or c.renumbered] == []
        assert all(s.status == "kept" and all(seg.op == "equal" for seg in s.lead_in)
                   for s in comparison.sections)
    db.close()
