"""The formal PDF's page breaks: no lead-in or heading left at a page's foot, no paragraph
leaving a single line at the foot or the top of a page, "Page n of N", the symbol header.

The reference text is laid out again and again with the opening pushed down by a few lines
each time, so that every lead-in and many paragraphs meet a page break somewhere.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from confdesk.conclusions.tree import DocumentText, EventInfo, ParagraphText, SectionText
from confdesk.exports.conclusions.common import printed_items
from confdesk.exports.conclusions.pdf import to_pdf
from confdesk.imports.document_text import parse_text

EVENT = EventInfo("International Conference on Genocide Prevention", "Brussels",
                  "31 March – 1 April 2014")
FILLER = ("The participants recalled the work done since the last conference and thanked "
          "the host country for its hospitality and for the excellent organisation. ")


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> DocumentText:
    text = (shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt").read_text(
        encoding="utf-8")
    doc = parse_text(text, title="Chair's Conclusions")
    first = doc.sections[1]
    # A heading too, and sub-paragraphs, so that those meet page breaks as well.
    para = first.paragraphs[1]
    subs = tuple(ParagraphText(f"sub{n}", f"{FILLER[:60 + 9 * n]}", number=c, label=f"({c})")
                 for n, c in enumerate("abc"))
    first = replace(first, title="Findings",
                    paragraphs=(first.paragraphs[0], replace(para, children=subs),
                                *first.paragraphs[2:]))
    return replace(doc, sections=(doc.sections[0], first, *doc.sections[2:]), final=True,
                   draft_name="Final")


def pages_of(pdf: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [[line for line in page.splitlines() if line.strip()]
            for page in text.split("\f") if page.strip()]


def padded(doc: DocumentText, lines: int) -> DocumentText:
    opening = doc.sections[0]
    extra = ParagraphText("pad", " ".join([FILLER] * lines)[: 95 * lines])
    return replace(doc, sections=(replace(opening, paragraphs=(extra, *opening.paragraphs)),
                                  *doc.sections[1:]))


def owners(doc: DocumentText, event: EventInfo, pages: list[list[str]]) -> list[list[int]]:
    """For every printed line, the index of the printed item it belongs to (-1: the heading
    block and the page decoration)."""
    stream: list[tuple[int, str]] = []
    for index, (label, text, _depth, _numbered) in enumerate(printed_items(doc)):
        stream += [(index, word) for word in f"{label} {text}".split()]
    head = set(f"{doc.title} {event.title} {event.place}, {event.dates}".split())
    at, found = 0, []
    for page in pages:
        row = []
        for line in page:
            words = line.split()
            if words[:1] == ["Page"] and "of" in words:
                row.append(-1)
                continue
            if at < len(stream) and words[0] == stream[at][1]:
                row.append(stream[at][0])
                at += len(words)
            else:
                assert set(words) <= head, f"unexpected line {line!r}"
                row.append(-1)
        found.append(row)
    assert at == len(stream), "every printed word was found in order"
    return found


def test_no_lead_in_at_a_page_foot_and_no_widows_or_orphans(reference: DocumentText,
                                                            tmp_path: Path) -> None:
    items = list(printed_items(reference))
    # Headings, lead-ins, paragraphs ending with a colon, paragraphs with sub-paragraphs.
    introducing = {i for i, (_label, text, depth, _numbered) in enumerate(items)
                   if depth == -1 or text.endswith(":")
                   or (depth == 0 and i + 1 < len(items) and items[i + 1][2] == 1)}
    assert len(introducing) >= 6
    breaks_seen = set()
    for lines in range(0, 40, 3):
        doc = padded(reference, lines)
        pdf = tmp_path / f"padded-{lines}.pdf"
        pdf.write_bytes(to_pdf(doc, EVENT))
        pages = pages_of(pdf)
        assert [" ".join(p[-1].split()) for p in pages] == [f"Page {n} of {len(pages)}"
                                         for n in range(1, len(pages) + 1)]
        per_page = owners(doc, EVENT, pages)
        for number, row in enumerate(per_page[:-1]):
            body = [i for i in row if i >= 0]
            last, following = body[-1], [i for i in per_page[number + 1] if i >= 0]
            shifted = last - 1  # the padding paragraph is item 0
            assert shifted not in introducing, (lines, number, items[shifted][1][:40])
            breaks_seen.add(shifted)
            if following and following[0] == last:  # a paragraph split across the break
                assert body.count(last) >= 2 and following.count(last) >= 2, (lines, number)
    assert len(breaks_seen) >= 5


def test_the_symbol_header_is_on_every_page(reference: DocumentText, tmp_path: Path) -> None:
    from datetime import datetime

    doc = replace(reference, draft_name="Final", final=True,
                  draft_date=datetime(2014, 4, 1, 17, 0))
    pdf = tmp_path / "symbol.pdf"
    pdf.write_bytes(to_pdf(doc, EVENT, symbol="GPC/2014/1"))
    pages = pages_of(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert page[0].split() == ["GPC/2014/1", "1", "April", "2014"]
    assert pages_of(tmp_path / "symbol.pdf") != pages_of_plain(doc, tmp_path)


def pages_of_plain(doc: DocumentText, tmp_path: Path) -> list[list[str]]:
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(to_pdf(doc, EVENT))
    pages = pages_of(pdf)
    assert "GPC/2014/1" not in " ".join(" ".join(p) for p in pages)
    return pages


def test_sections_stay_whole_when_short(tmp_path: Path) -> None:
    """A heading, its lead-in and its first paragraph share a page."""
    para = ParagraphText("p", FILLER, number="1", label="1.")
    sections = tuple(SectionText(f"s{n}", "numbered_list", lead_in=f"Lead-in number {n}:",
                                 title=f"Heading {n}", paragraphs=(para,) * 3)
                     for n in range(12))
    doc = DocumentText("Title", sections)
    pdf = tmp_path / "sections.pdf"
    pdf.write_bytes(to_pdf(doc, EVENT))
    for page in pages_of(pdf)[:-1]:
        body = [line for line in page if not line.startswith("Page ")]
        assert not body[-1].startswith(("Heading", "Lead-in")), body[-1]
