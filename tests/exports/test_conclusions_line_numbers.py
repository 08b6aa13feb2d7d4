"""Line numbers in print (issue 13): PDF margin numbers and Word's own line numbering, as
pdftotext and LibreOffice show them; off by default, and the text unchanged without them."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from confdesk.cli import main
from confdesk.conclusions.tree import DocumentText, EventInfo, ParagraphText
from confdesk.db.database import open_database
from confdesk.exports.conclusions.docx import to_docx
from confdesk.exports.conclusions.pdf import LineCounter, NumberedParagraph, styles, to_pdf
from confdesk.imports.document_text import parse_text
from tests.factories import make_event

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
EVENT = EventInfo("International Conference on Genocide Prevention", "Brussels",
                  "31 March – 1 April 2014")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NUMBERED = re.compile(r"^\s*(\d+)\s{2,}(\S.*)$")


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> DocumentText:
    text = (shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt").read_text(
        encoding="utf-8")
    doc = parse_text(text, title="Chair's Conclusions")
    # A long opening paragraph, so that a paragraph is split across the first page break.
    opening = doc.sections[0]
    long = ParagraphText("pad", " ".join(["The participants recalled the work done since "
                                          "the last conference."] * 60))
    return replace(doc, sections=(replace(opening, paragraphs=(long, *opening.paragraphs)),
                                  *doc.sections[1:]), final=True, draft_name="Final")


def layout(pdf: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [[line for line in page.splitlines() if line.strip()]
            for page in text.split("\f") if page.strip()]


def test_pdf_numbers_every_body_line_continuously_across_pages(
        reference: DocumentText, tmp_path: Path) -> None:
    plain, numbered = tmp_path / "plain.pdf", tmp_path / "numbered.pdf"
    plain.write_bytes(to_pdf(reference, EVENT))
    numbered.write_bytes(to_pdf(reference, EVENT, line_numbers=True))
    with_numbers, without = layout(numbered), layout(plain)
    assert len(with_numbers) == len(without) >= 2
    numbers: list[int] = []
    for page, bare in zip(with_numbers, without, strict=True):
        assert len(page) == len(bare)  # the same lines, nothing added or moved
        for line, plain_line in zip(page, bare, strict=True):
            found = NUMBERED.match(line)
            if found is None:  # the heading block, section headings and "Page n of N"
                assert line.strip() == plain_line.strip()
                continue
            numbers.append(int(found.group(1)))
            assert found.group(2).split() == plain_line.split()
    # 1, 2, 3 … through the whole document, a split paragraph included.
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) > 60
    first_page = with_numbers[0]
    assert not any(NUMBERED.match(line) for line in first_page[:3])  # title, event, place
    assert NUMBERED.match(first_page[3]) and "recalled" in first_page[3]
    # The last line of page 1 and the first of page 2 are one paragraph's, numbered on.
    last_on_1 = [int(m.group(1)) for m in map(NUMBERED.match, with_numbers[0]) if m][-1]
    first_on_2 = [int(m.group(1)) for m in map(NUMBERED.match, with_numbers[1]) if m][0]
    assert first_on_2 == last_on_1 + 1


def test_pdf_without_line_numbers_has_no_margin_numbers(
        reference: DocumentText, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(to_pdf(reference, EVENT))
    assert not [line for page in layout(plain) for line in page
                if re.match(r"^\s*\d+\s{2,}[A-Za-z]", line)]


def test_split_parts_are_numbered_paragraphs_sharing_the_counter() -> None:
    counter = LineCounter()
    para = NumberedParagraph("word " * 400, styles()["body"], counter=counter)
    para.wrap(400, 10_000)
    parts = para.split(400, 100)
    assert len(parts) == 2
    assert all(isinstance(p, NumberedParagraph) and p.counter is counter for p in parts)


def _sect_pr_line_numbering(data: bytes, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "check.docx"
    path.write_bytes(data)
    word = docx.Document(str(path))
    return [dict(node.attrib) for section in word.sections
            for node in section._sectPr.findall(f"{W}lnNumType")]


def test_docx_has_word_line_numbering_only_when_asked(
        reference: DocumentText, tmp_path: Path) -> None:
    assert _sect_pr_line_numbering(to_docx(reference, EVENT), tmp_path) == []
    data = to_docx(reference, EVENT, line_numbers=True)
    assert _sect_pr_line_numbering(data, tmp_path) == [
        {f"{W}countBy": "1", f"{W}restart": "continuous", f"{W}distance": "283"}]
    word = docx.Document(str(tmp_path / "check.docx"))
    suppressed = {style.name for style in word.styles
                  if style.element.pPr is not None
                  and style.element.pPr.find(f"{W}suppressLineNumbers") is not None}
    assert suppressed == {"Document Title", "Event Name", "Event Place", "Heading 2"}
    numbers = word.styles["Line Number"]  # the character style Word draws them in
    assert numbers.font.size.pt == 7.5 and str(numbers.font.color.rgb) == "707070"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_word_line_numbers(reference: DocumentText,
                                                  tmp_path: Path) -> None:
    source = tmp_path / "numbered.docx"
    source.write_bytes(to_docx(reference, EVENT, line_numbers=True))
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    pages = layout(tmp_path / "out" / "numbered.pdf")
    numbers = [int(m.group(1)) for page in pages for m in map(NUMBERED.match, page) if m]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 60
    first = pages[0]
    heading = [line for line in first if "Chair's Conclusions" in line
               or "Genocide Prevention" in line]
    assert heading and not any(NUMBERED.match(line) for line in heading)
    assert any(NUMBERED.match(line) and "recalled" in line for line in first)


def test_cli_line_numbers_option(tmp_path: Path, shared_dir: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        make_event(s, title="International Conference on Genocide Prevention")
    db.close()
    d = ["--database", str(path)]
    reference = shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt"
    assert main(["import", "document", str(reference), *d, "--title",
                 "Chair's Conclusions"]) == 0
    pdf, word = tmp_path / "numbered.pdf", tmp_path / "numbered.docx"
    assert main(["export", "document", "-o", str(pdf), "--line-numbers", *d]) == 0
    assert main(["export", "document", "-o", str(word), "--line-numbers", *d]) == 0
    numbers = [int(m.group(1)) for page in layout(pdf) for m in map(NUMBERED.match, page)
               if m]
    assert numbers[:5] == [1, 2, 3, 4, 5]
    assert _sect_pr_line_numbering(word.read_bytes(), tmp_path)
    plain = tmp_path / "plain.docx"
    assert main(["export", "document", "-o", str(plain), *d]) == 0
    assert not _sect_pr_line_numbering(plain.read_bytes(), tmp_path)
    capsys.readouterr()
