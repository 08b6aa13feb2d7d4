"""Reading outcome documents from text and Word files: markers, lead-ins, joined paragraphs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from confdesk.imports.document_text import (
    DocumentImportError,
    import_document,
    parse_text,
    read_document,
)
from tests.conclusions.helpers import normalise, reference_text


def _shape(doc) -> list[tuple[str, int]]:
    return [(s.kind, len(s.paragraphs)) for s in doc.sections]


def test_the_reference_imports_into_exactly_its_structure(shared_dir: Path) -> None:
    doc = read_document(shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt")
    assert _shape(doc) == [("free_text", 3), ("numbered_list", 5), ("numbered_list", 15)]
    opening, noted, resolved = doc.sections
    assert opening.paragraphs[2].text == (
        "The Brussels Genocide Prevention Conference can be summarized as follows:")
    assert noted.lead_in.startswith("65 years after the adoption of the UN Convention")
    assert noted.lead_in.endswith("and the United Nations note that:")
    assert resolved.lead_in.startswith("Participating States, regional organizations")
    assert resolved.lead_in.endswith("express their strong resolve to:")
    # Marked items ending with ":" stay items, not lead-ins.
    assert noted.paragraphs[3].text.endswith("role in preventing mass atrocities:")
    assert resolved.paragraphs[3].text.endswith("promote national cohesion:")
    # Paragraph 5, split by a page break before "(ICGLR)", is whole again.
    assert "International Conference on the Great Lakes (ICGLR) protocol on the prevention" in (
        noted.paragraphs[4].text)
    assert [p.label for p in resolved.paragraphs] == [f"{n}." for n in range(1, 16)]
    assert resolved.paragraphs[14].text == "Remain seized of the matter."
    # Nothing lost, nothing added: the words are the reference's, in order.
    words = " ".join(
        [s.lead_in for s in doc.sections if s.lead_in]
        + [p.text for _, p, _ in doc.paragraphs()]
    )
    assert sorted(normalise(words).split()) == sorted(normalise(reference_text(shared_dir)).split())
    assert len({p.uid for _, p, _ in doc.paragraphs()}) == 23


def test_markers_sub_paragraphs_and_bullets() -> None:
    text = (
        "Chair’s Summary\n\n"
        "The participants — from 40 States — met in Genève.\n\n"
        "They agreed:\n"
        "1) to act;\n"
        "2) to report on:\n"
        "(a) the “first” point;\n"
        "b) the second point;\n"
        "3. to meet again.\n\n"
        "They also noted:\n"
        "• one thing;\n"
        "- another thing.\n\n"
        "Closing words of the chair.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Chair’s Summary"
    assert _shape(doc) == [("free_text", 1), ("numbered_list", 3), ("numbered_list", 2),
                           ("free_text", 1)]
    opening = doc.sections[0].paragraphs[0].text
    assert opening == "The participants — from 40 States — met in Genève."
    second = doc.sections[1].paragraphs[1]
    assert second.text == "to report on:"
    assert [(c.label, c.text) for c in second.children] == [
        ("(a)", "the “first” point;"), ("(b)", "the second point;")]
    assert doc.sections[1].paragraphs[2].label == "3."
    assert [p.text for p in doc.sections[2].paragraphs] == ["one thing;", "another thing."]


def test_wrapped_lines_and_page_breaks_are_joined() -> None:
    text = (
        "The participants note that:\n"
        "1. The first paragraph is\nwrapped over\nthree lines;\n"
        "2. The second one is cut by a page break before\n\f\n(ICGLR) and goes on;\n"
        "3. The third ends here.\n\n"
        "The Closing text starts a new paragraph.\n"
    )
    doc = parse_text(text)
    items = doc.sections[0].paragraphs
    assert [p.text for p in items] == [
        "The first paragraph is wrapped over three lines;",
        "The second one is cut by a page break before (ICGLR) and goes on;",
        "The third ends here.",
    ]
    assert doc.sections[1].paragraphs[0].text == "The Closing text starts a new paragraph."


def test_a_word_file_with_list_numbering_and_typed_numbers(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("The participants note that:")
    word.add_paragraph("Genocide is the gravest crime;", style="List Number")
    word.add_paragraph("Prevention is possible;", style="List Number")
    word.add_paragraph("They resolve to:")
    word.add_paragraph("1.\tAct early;")
    word.add_paragraph("(a)\tthrough focal points;")
    path = tmp_path / "draft.docx"
    word.save(path)
    doc = read_document(path)
    assert _shape(doc) == [("numbered_list", 2), ("numbered_list", 1)]
    assert doc.sections[0].paragraphs[1].text == "Prevention is possible;"
    assert doc.sections[1].paragraphs[0].children[0].text == "through focal points;"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"\n\n  \n", "no paragraph"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "not a text file"),
    ("fake.docx", b"not a zip", "not a Word"),
    ("old.doc", b"\xd0\xcf\x11\xe0", "save it as .docx"),
    ("draft.txt", b"{\\rtf1\\ansi The participants}", "Rich Text"),
    ("draft.txt", b"%PDF-1.7\n1 0 obj", "is a PDF file"),
    ("renamed.txt", b"PK\x03\x04rest", "zip package"),
])
def test_unreadable_files_are_refused_clearly(tmp_path: Path, name: str, data: bytes,
                                              message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentImportError, match=message):
        read_document(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentImportError, match="No such file"):
        read_document(tmp_path / "nothing.txt")


# -- the heuristics that used to go wrong ---------------------------------------------------------


def test_the_first_line_does_not_swallow_the_next_heading() -> None:
    doc = parse_text("Chair’s Conclusions\nInternational Conference on Genocide Prevention\n\n"
                     "The participants met in Brussels.\n")
    assert doc.title == "Chair’s Conclusions"
    assert doc.sections[0].title == "International Conference on Genocide Prevention"
    assert doc.sections[0].paragraphs[0].text == "The participants met in Brussels."


def test_a_wrapped_first_paragraph_is_still_one_paragraph() -> None:
    doc = parse_text("On the initiative of the Government of Belgium and with the cooperation\n"
                     "of the African Union, a conference gathered in Brussels.\n\nThen more.\n")
    assert [p.text for p in doc.sections[0].paragraphs][0].startswith(
        "On the initiative of the Government of Belgium and with the cooperation of the")


def test_letters_straight_under_a_lead_in_are_the_list_items() -> None:
    doc = parse_text("They recall:\n(a) the Convention;\n(b) the Statute;\n(c) the Charter.\n")
    (recalled,) = doc.sections
    assert recalled.numbering == "lower-letter"
    assert [(p.label, p.text, p.children) for p in recalled.paragraphs] == [
        ("(a)", "the Convention;", ()), ("(b)", "the Statute;", ()), ("(c)", "the Charter.", ())]


def test_a_lead_in_without_a_colon_is_a_lead_in() -> None:
    doc = parse_text("Opening words.\n\nThe participants express their strong resolve to\n\n"
                     "1. Act early;\n2. Report.\n")
    opening, resolved = doc.sections
    assert [p.text for p in opening.paragraphs] == ["Opening words."]
    assert resolved.lead_in == "The participants express their strong resolve to"
    assert [p.label for p in resolved.paragraphs] == ["1.", "2."]


def test_two_lists_in_a_row_stay_two_lists() -> None:
    doc = parse_text("They note that:\n\n1. One;\n\n2. Two;\n\n1. Another list;\n\n"
                     "2. still the other.\n")
    assert [[p.text for p in s.paragraphs] for s in doc.sections] == [
        ["One;", "Two;"], ["Another list;", "still the other."]]


def test_a_list_may_start_at_another_number_and_roman_numerals_are_read() -> None:
    doc = parse_text("They resolve to:\n6. Act;\n7. Report.\n\nThey recall:\n(i) one;\n"
                     "(ii) two;\n(iii) three.\n")
    resolved, recalled = doc.sections
    assert [p.label for p in resolved.paragraphs] == ["6.", "7."]
    assert recalled.numbering == "lower-roman"
    assert [p.label for p in recalled.paragraphs] == ["(i)", "(ii)", "(iii)"]


def test_letter_i_after_h_is_a_letter() -> None:
    items = "".join(f"({c}) item {c};\n" for c in "abcdefghij")
    doc = parse_text(f"They recall:\n{items}")
    assert [p.label for p in doc.sections[0].paragraphs] == [f"({c})" for c in "abcdefghij"]


# -- encodings ------------------------------------------------------------------------------------

TEXT = "Chair’s Summary\n\nThe participants — in Genève — note that:\n1. “Prevention” works;\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "UTF-8"),
    (TEXT.encode("utf-8-sig"), "UTF-8 with a byte-order mark"),
    (TEXT.encode("utf-16"), "UTF-16 (little-endian)"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "UTF-16 (big-endian)"),
    (TEXT.encode("utf-16-le"), "UTF-16 (little-endian, without a byte-order mark)"),
    (TEXT.replace("\n", "\r\n").encode("cp1252"), "Windows-1252 (Western European)"),
])
def test_text_files_in_every_encoding_word_and_notepad_save(tmp_path: Path, data: bytes,
                                                            encoding: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    imported = import_document(path)
    assert imported.notes[0] == f"Read as {encoding} text."
    doc = imported.tree
    assert doc.title == "Chair’s Summary"
    assert doc.sections[0].lead_in == "The participants — in Genève — note that:"
    assert doc.sections[0].paragraphs[0].text == "“Prevention” works;"


def test_control_characters_are_cleaned_on_the_way_in() -> None:
    doc = parse_text("They note that:\n1. Bell\x07 and escape\x1b[31m text\ufffe;\n")
    assert doc.sections[0].paragraphs[0].text == "Bell and escape[31m text;"


def test_a_huge_text_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(DocumentImportError, match="too large for an outcome document"):
        read_document(path)


def test_a_first_line_that_introduces_a_list_is_its_lead_in_not_the_title() -> None:
    doc = parse_text("The participants express their strong resolve to\n1. Act early;\n"
                     "2. Report.\n")
    assert doc.title == ""
    assert doc.sections[0].lead_in == "The participants express their strong resolve to"
