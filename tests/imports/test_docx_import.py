"""Word drafts as rapporteurs send them: tracked changes, automatic numbering, headings,
footnotes, comments and tables, checked word for word against what LibreOffice shows."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.conclusions.models import OutcomeDocument, ParagraphComment
from confdesk.conclusions.tree import DocumentText
from confdesk.db.database import open_database
from confdesk.imports.document_text import (
    TrackedChangesError,
    import_document,
    read_document,
)
from tests.factories import make_event
from tests.imports.word_files import (
    libreoffice_convert,
    libreoffice_text,
    tracked_changes_file,
)


def shown(doc: DocumentText) -> list[str]:
    """The document as the reader sees it: title, section titles, lead-ins, labelled items."""
    lines = [doc.title] if doc.title else []
    for section in doc.sections:
        lines += [t for t in (section.title, section.lead_in) if t]
        for para in section.paragraphs:
            lines.append(f"{para.label} {para.text}".strip())
            lines += [f"{c.label} {c.text}" for c in para.children]
    return lines


def words(lines: list[str]) -> list[str]:
    """Words in order, list labels in one spelling ("(a)", "a." → "a"), table bars dropped."""
    out = []
    for word in " ".join(lines).split():
        if word == "|":
            continue
        label = re.fullmatch(r"\(?([0-9]+|[a-z]{1,3}|[ivxlIVXL]+)[.)]", word)
        out.append(label.group(1) if label else word)
    return out


# -- tracked changes ------------------------------------------------------------------------------


def test_tracked_changes_are_refused_by_default_with_their_count(tmp_path: Path) -> None:
    path = tracked_changes_file(tmp_path / "draft.docx")
    with pytest.raises(TrackedChangesError) as caught:
        read_document(path)
    assert caught.value.count == 8
    message = str(caught.value)
    assert "8 tracked changes (2 insertions, 5 deletions, 1 move)" in message
    assert "--changes accept" in message and "--changes reject" in message


def test_accept_all_gives_the_text_word_shows_after_accepting(tmp_path: Path) -> None:
    imported = import_document(tracked_changes_file(tmp_path / "draft.docx"), changes="accept")
    assert shown(imported.tree) == [
        "The participants note that:",
        "1. The participants warmly welcome the report;",
        # The deleted paragraph mark joins the two halves.
        "2. First half of a sentence;",
        # The inserted paragraph mark splits "Alpha beta;".
        "3. Alpha",
        "beta;",
        # The moved paragraph is at its new place, and only there.
        "Early warning works.",
    ]
    assert "8 tracked changes (2 insertions, 5 deletions, 1 move) accepted." in imported.notes


def test_reject_all_gives_the_text_before_the_changes(tmp_path: Path) -> None:
    imported = import_document(tracked_changes_file(tmp_path / "draft.docx"), changes="reject")
    assert shown(imported.tree) == [
        "The participants note that:",
        "1. The participants welcome the the the report;",
        "Early warning works.",
        "2. First half of a long",
        "sentence;",
        "3. Alpha beta;",
        "4. A deleted paragraph.",
    ]


def test_the_cli_refuses_tracked_changes_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite"
    db = open_database(db_path)
    with db.sessions.begin() as s:
        make_event(s)
    path = tracked_changes_file(tmp_path / "draft.docx")
    code = main(["import", "document", str(path), "--database", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "8 tracked changes" in err and "Traceback" not in err
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutcomeDocument)) == 0
    code = main(["import", "document", str(path), "--database", str(db_path),
                 "--changes", "accept"])
    out, err = capsys.readouterr()
    assert code == 0 and out.strip() == "1"
    assert "Note: 8 tracked changes" in err
    db.close()


# -- numbering, headings, soft breaks --------------------------------------------------------------


def _styled_word_file(path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("Chair's Conclusions", style="Title")
    word.add_heading("I. Findings", level=1)
    word.add_paragraph("The participants note that:")
    word.add_paragraph("Genocide is the gravest crime;", style="List Number")
    soft = word.add_paragraph("Prevention is possible", style="List Number")
    soft.add_run().add_break()  # Shift+Enter: a line break inside the paragraph
    soft.add_run("and it is a duty;")
    word.add_paragraph("Early warning works.", style="List Number")
    word.add_heading("II. Resolve", level=1)
    word.add_paragraph("They also note:")
    word.add_paragraph("one thing;", style="List Bullet")
    word.add_paragraph("another thing.", style="List Bullet")
    word.add_paragraph("Closing words.")
    word.save(path)
    return path


def test_list_number_styles_headings_and_soft_breaks_as_libreoffice_shows_them(
        tmp_path: Path) -> None:
    path = _styled_word_file(tmp_path / "styled.docx")
    imported = import_document(path)
    doc = imported.tree
    assert doc.title == "Chair's Conclusions"
    findings, resolve, closing = doc.sections
    assert (findings.title, findings.lead_in) == ("I. Findings", "The participants note that:")
    assert [p.label for p in findings.paragraphs] == ["1.", "2.", "3."]
    # The soft line break stays inside the paragraph.
    assert findings.paragraphs[1].text == "Prevention is possible and it is a duty;"
    assert (resolve.title, resolve.numbering) == ("II. Resolve", "bullet")
    assert [p.label for p in resolve.paragraphs] == ["•", "•"]
    assert closing.kind == "free_text" and closing.paragraphs[0].text == "Closing words."
    assert words(shown(doc)) == words(libreoffice_text(path, tmp_path))
    assert "2 headings taken as section titles." in imported.notes


def test_a_list_inside_a_list_becomes_sub_paragraphs_and_numbering_continues(
        tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("The participants note that:")
    word.add_paragraph("Genocide is the gravest crime;", style="List Number")
    word.add_paragraph("Prevention is possible:", style="List Number")
    word.add_paragraph("through focal points;", style="List Number 2")
    word.add_paragraph("through education;", style="List Number 2")
    word.add_paragraph("Early warning works.", style="List Number")
    path = tmp_path / "nested.docx"
    word.save(path)
    doc = read_document(path)
    items = doc.sections[0].paragraphs
    assert [p.label for p in items] == ["1.", "2.", "3."]
    assert [c.text for c in items[1].children] == ["through focal points;", "through education;"]
    assert "3. Early warning works." in libreoffice_text(path, tmp_path)


HTML_LISTS = """<html><body>
<p>The participants note that:</p>
<ol><li>Genocide is the gravest crime;</li><li>Prevention is possible:<ol type="a">
<li>through focal points;</li><li>through education;</li></ol></li>
<li>Early warning works.</li></ol>
<p>They resolve to:</p>
<ol start="4"><li>Act early;</li><li>Report yearly.</li></ol>
<p>They also note:</p>
<ul><li>one thing;</li><li>another thing.</li></ul>
<p>They recall:</p>
<ol type="a"><li>the Convention;</li><li>the Statute.</li></ol>
<p>Closing words.</p>
</body></html>"""


def test_an_html_list_converted_by_libreoffice(tmp_path: Path) -> None:
    html = tmp_path / "lists.html"
    html.write_text(HTML_LISTS, encoding="utf-8")
    path = libreoffice_convert(html, "docx:MS Word 2007 XML", tmp_path)
    doc = read_document(path)
    noted, resolved, bullets, recalled, closing = doc.sections
    assert [p.label for p in noted.paragraphs] == ["1.", "2.", "3."]
    assert [c.label for c in noted.paragraphs[1].children] == ["(a)", "(b)"]
    # <ol start="4">: the list starts at 4 as in Word.
    assert [p.label for p in resolved.paragraphs] == ["4.", "5."]
    assert resolved.lead_in == "They resolve to:"
    assert [p.label for p in bullets.paragraphs] == ["•", "•"]
    # Letters straight under a lead-in are the list's own items, not "1." with sub-items.
    assert recalled.numbering == "lower-letter"
    assert [(p.label, p.text) for p in recalled.paragraphs] == [
        ("(a)", "the Convention;"), ("(b)", "the Statute.")]
    assert closing.kind == "free_text"
    assert words(shown(doc)) == words(libreoffice_text(path, tmp_path))


HTML_STYLES = """<html><body>
<p>They recall:</p>
<ol type="i"><li>the Convention;</li><li>the Statute;</li><li>the Charter.</li></ol>
<p>Chapters:</p>
<ol type="I"><li>Prevention;</li><li>Protection.</li></ol>
<ol><li>A first list;</li><li>of two items.</li></ol>
<ol><li>A second list right after;</li><li>restarting at one.</li></ol>
<p>Annexes:</p>
<ol type="A"><li>Programme;</li><li>Participants.</li></ol>
</body></html>"""


def test_roman_and_capital_lists_and_a_restart_as_libreoffice_shows_them(
        tmp_path: Path) -> None:
    html = tmp_path / "styles.html"
    html.write_text(HTML_STYLES, encoding="utf-8")
    path = libreoffice_convert(html, "docx:MS Word 2007 XML", tmp_path)
    doc = read_document(path)
    assert [(s.numbering, [p.label for p in s.paragraphs]) for s in doc.sections] == [
        ("lower-roman", ["(i)", "(ii)", "(iii)"]), ("upper-roman", ["I.", "II."]),
        ("decimal", ["1.", "2."]), ("decimal", ["1.", "2."]), ("upper-letter", ["A.", "B."])]
    assert words(shown(doc)) == words(libreoffice_text(path, tmp_path))


# -- footnotes, comments, tables ------------------------------------------------------------------

NOTES_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>The participants note that:</text:p>
<text:p>1. Genocide is the gravest crime<text:note text:id="n1" text:note-class="footnote">
<text:note-citation>1</text:note-citation><text:note-body>
<text:p>See the 1948 Convention, article II.</text:p></text:note-body></text:note>;</text:p>
<text:p>2. Prevention is possible<office:annotation><dc:creator>Legal adviser</dc:creator>
<text:p>Say “a duty” instead?</text:p></office:annotation>;</text:p>
<text:p>3. Early warning works.<text:note text:id="n2" text:note-class="endnote">
<text:note-citation>i</text:note-citation><text:note-body>
<text:p>Rapporteurs’ report, p. 4.</text:p></text:note-body></text:note></text:p>
<table:table table:name="Pledges"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>State</text:p></table:table-cell>
<table:table-cell><text:p>Pledge</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Belgium</text:p></table:table-cell>
<table:table-cell><text:p>A focal point</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>Closing words.</text:p>
</office:text></office:body></office:document>"""


def _notes_file(tmp_path: Path) -> Path:
    source = tmp_path / "notes.fodt"
    source.write_text(NOTES_FODT, encoding="utf-8")
    return libreoffice_convert(source, "docx:MS Word 2007 XML", tmp_path)


def test_footnotes_comments_and_tables_are_kept_and_reported(tmp_path: Path) -> None:
    path = _notes_file(tmp_path)
    imported = import_document(path)
    items = imported.tree.sections[0].paragraphs
    assert imported.remarks[items[0].uid] == [
        ("Footnote 1", "See the 1948 Convention, article II.")]
    assert imported.remarks[items[1].uid] == [("Legal adviser", "Say “a duty” instead?")]
    assert imported.remarks[items[2].uid] == [("Endnote 1", "Rapporteurs’ report, p. 4.")]
    table = imported.tree.sections[1].paragraphs
    assert [p.text for p in table] == ["State | Pledge", "Belgium | A focal point",
                                       "Closing words."]
    assert imported.notes == [
        "1 footnote kept as a comment on the paragraph where it is anchored.",
        "1 endnote kept as a comment on the paragraph where it is anchored.",
        "1 Word comment kept as a comment on the paragraph where it is anchored.",
        "1 table converted to text: 2 paragraphs, one per row, cells separated by “ | ”.",
    ]
    # LibreOffice writes the note citations into the text ("crime1;"); Word shows them raised.
    reference = [re.sub(r"(crime)1;|(works\.)i$", r"\1\2;", line).replace("works.;", "works.")
                 for line in libreoffice_text(path, tmp_path)]
    assert words(shown(imported.tree)) == words(reference)


def test_the_cli_stores_footnotes_and_comments_as_paragraph_comments(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite"
    db = open_database(db_path)
    with db.sessions.begin() as s:
        make_event(s)
    path = _notes_file(tmp_path)
    assert main(["import", "document", str(path), "--database", str(db_path)]) == 0
    _out, err = capsys.readouterr()
    assert "Note: 1 table converted to text" in err
    with db.sessions() as s:
        comments = s.scalars(select(ParagraphComment).order_by(ParagraphComment.id)).all()
        assert [(c.author, c.text, c.paragraph.text) for c in comments] == [
            ("Footnote 1", "See the 1948 Convention, article II.",
             "Genocide is the gravest crime;"),
            ("Legal adviser", "Say “a duty” instead?", "Prevention is possible;"),
            ("Endnote 1", "Rapporteurs’ report, p. 4.", "Early warning works."),
        ]
    # Taken in again as a new draft of the same document: the comments are not doubled.
    assert main(["import", "document", str(path), "--database", str(db_path),
                 "--document", "1"]) == 0
    capsys.readouterr()
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ParagraphComment)) == 3
    db.close()


def test_numbered_headings_keep_their_number_and_hidden_text_is_left_out(
        tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = docx.Document()
    num_id = word.styles["List Number"].element.pPr.numPr.numId.val
    word.add_heading("Chair's Conclusions", level=0)  # the Title style

    def numbered_heading(text: str) -> None:
        heading = word.add_heading(text, level=1)
        heading._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"))

    numbered_heading("Introduction")
    para = word.add_paragraph("Some text ")
    para.add_run("a hidden remark ").font.hidden = True
    para.add_run("after.")
    numbered_heading("Findings")
    word.add_paragraph("More text.")
    path = tmp_path / "headings.docx"
    word.save(path)
    imported = import_document(path)
    doc = imported.tree
    assert doc.title == "Chair's Conclusions"
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("1. Introduction", ["Some text after."]), ("2. Findings", ["More text."])]
    assert ("1 stretch of hidden text (formatted as hidden, which Word neither shows nor "
            "prints) left out.") in imported.notes
    # LibreOffice's text export shows the numbers as Word does (it keeps hidden text).
    shown_by_libreoffice = libreoffice_text(path, tmp_path)
    assert "1. Introduction" in shown_by_libreoffice and "2. Findings" in shown_by_libreoffice


def test_a_heading_1_over_heading_2_sections_is_the_title(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Chair's Summary", level=1)
    word.add_heading("Opening", level=2)
    word.add_paragraph("Words.")
    word.add_heading("Closing", level=2)
    word.add_paragraph("More words.")
    path = tmp_path / "levels.docx"
    word.save(path)
    doc = read_document(path)
    assert doc.title == "Chair's Summary"
    assert [s.title for s in doc.sections] == ["Opening", "Closing"]


def test_dry_run_shows_the_structure_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite"
    db = open_database(db_path)
    with db.sessions.begin() as s:
        make_event(s)
    path = _styled_word_file(tmp_path / "styled.docx")
    assert main(["import", "document", str(path), "--database", str(db_path),
                 "--dry-run"]) == 0
    out, _err = capsys.readouterr()
    assert out.splitlines() == [
        "Title: Chair's Conclusions",
        "Part 1: list, numbered (3 paragraphs)",
        "    Title: I. Findings",
        "    Lead-in: The participants note that:",
        "    1. Genocide is the gravest crime;",
        "    2. Prevention is possible and it is a duty;",
        "    3. Early warning works.",
        "Part 2: list, bullets (2 paragraphs)",
        "    Title: II. Resolve",
        "    Lead-in: They also note:",
        "    • one thing;",
        "    • another thing.",
        "Part 3: free text (1 paragraph)",
        "    Closing words.",
        "Note: Word list numbering read on 3 paragraphs and 2 bullets.",
        "Note: 2 headings taken as section titles.",
    ]
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutcomeDocument)) == 0
    db.close()


def test_a_comment_on_deleted_text_follows_the_choice_and_is_reported(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    word = docx.Document()
    para = word.add_paragraph("They note the report ")
    run = para.add_run("of 2013")
    word.add_comment(run, text="Which report?", author="Legal adviser")
    runs = [r for r in para._p if r.tag == qn("w:r")][1:]  # the commented run and the mark
    deleted = parse_xml(f'<w:del {nsdecls("w")} w:id="7" w:author="Chair" '
                        'w:date="2014-04-01T09:00:00Z"/>')
    runs[0].addprevious(deleted)
    for element in runs:
        deleted.append(element)
        for text in element.iter(qn("w:t")):
            text.tag = qn("w:delText")
    para.add_run(".")
    path = tmp_path / "commented.docx"
    word.save(path)

    accepted = import_document(path, changes="accept")
    assert [p.text for _s, p, _d in accepted.tree.paragraphs()] == ["They note the report ."]
    assert accepted.remarks == {}
    assert ("1 Word comment anchored in no text that is kept (deleted by tracked changes, or in "
            "a header) left out.") in accepted.notes
    rejected = import_document(path, changes="reject")
    (kept,) = [p for _s, p, _d in rejected.tree.paragraphs()]
    assert kept.text == "They note the report of 2013."
    assert rejected.remarks == {kept.uid: [("Legal adviser", "Which report?")]}


def test_a_numbered_paragraph_deleted_whole_takes_no_number(tmp_path: Path) -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    word = docx.Document()
    word.add_paragraph("The participants note that:")
    for text in ("First;", "Second, deleted;", "Third."):
        word.add_paragraph(text, style="List Number")
    second = word.paragraphs[2]._p
    run = second.find(qn("w:r"))
    deleted = etree.SubElement(second, qn("w:del"))
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "Chair")
    deleted.append(run)
    run.find(qn("w:t")).tag = qn("w:delText")
    rpr = etree.SubElement(second.pPr, qn("w:rPr"))
    mark = etree.SubElement(rpr, qn("w:del"))
    mark.set(qn("w:id"), "2")
    mark.set(qn("w:author"), "Chair")
    path = tmp_path / "deleted.docx"
    word.save(path)
    accepted = read_document(path, changes="accept")
    assert shown(accepted) == ["The participants note that:", "1. First;", "2. Third."]
    rejected = read_document(path, changes="reject")
    assert shown(rejected) == ["The participants note that:", "1. First;",
                               "2. Second, deleted;", "3. Third."]


def test_table_rows_inserted_or_deleted_follow_the_choice(tmp_path: Path) -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    word = docx.Document()
    table = word.add_table(rows=3, cols=2)
    for row, (state, pledge) in zip(table.rows, [("State", "Pledge"), ("Belgium", "Focal point"),
                                                  ("Rwanda", "Education")], strict=True):
        row.cells[0].text, row.cells[1].text = state, pledge
    for row, mark in ((table.rows[1]._tr, "del"), (table.rows[2]._tr, "ins")):
        props = row.get_or_add_trPr()
        change = etree.SubElement(props, qn(f"w:{mark}"))
        change.set(qn("w:id"), "3" if mark == "del" else "4")
        change.set(qn("w:author"), "Chair")
    path = tmp_path / "rows.docx"
    word.save(path)
    with pytest.raises(TrackedChangesError):
        read_document(path)
    accepted = read_document(path, changes="accept")
    assert [p.text for _s, p, _d in accepted.paragraphs()] == [
        "State | Pledge", "Rwanda | Education"]
    rejected = read_document(path, changes="reject")
    assert [p.text for _s, p, _d in rejected.paragraphs()] == [
        "State | Pledge", "Belgium | Focal point"]


def test_a_whole_paragraph_in_a_heading_style_is_a_paragraph(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Findings", level=1)
    word.add_heading("A very long paragraph set in a heading style by mistake. " * 10, level=1)
    word.add_paragraph("More text.")
    path = tmp_path / "long-heading.docx"
    word.save(path)
    doc = read_document(path)
    assert [s.title for s in doc.sections] == ["Findings"]
    assert doc.sections[0].paragraphs[0].text.startswith("A very long paragraph")
