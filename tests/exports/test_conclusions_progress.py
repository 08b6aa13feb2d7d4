"""PDF and Word exports of an outcome document tell their progress and stop when asked."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from confdesk.conclusions.diff import Comparison, compare
from confdesk.conclusions.tree import DocumentText, EventInfo
from confdesk.exports.conclusions.common import ExportCancelled, printed_items
from confdesk.exports.conclusions.docx import to_docx
from confdesk.exports.conclusions.pdf import to_pdf
from confdesk.exports.conclusions.redline import to_redline_docx, to_redline_pdf
from confdesk.imports.document_text import parse_text

EVENT = EventInfo("International Conference on Genocide Prevention", "Brussels",
                  "31 March – 1 April 2014")
Writer = Callable[..., bytes]


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> DocumentText:
    text = (shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt").read_text(
        encoding="utf-8")
    return parse_text(text, title="Chair's Conclusions")


def test_printed_items_are_the_lead_ins_and_paragraphs(reference: DocumentText) -> None:
    items = list(printed_items(reference))
    # The reference: opening paragraphs, two lead-ins, 5 + 15 numbered paragraphs.
    assert sum(1 for _l, _t, _d, numbered in items if numbered) == 20
    lead_ins = [t for label, t, _d, numbered in items if not numbered and not label]
    assert any(t.endswith("note that:") for t in lead_ins)
    assert any(t.endswith("resolve to:") for t in lead_ins)


@pytest.mark.parametrize("writer", [to_pdf, to_docx], ids=["pdf", "docx"])
def test_progress_counts_every_paragraph_up_to_the_total(reference: DocumentText,
                                                         writer: Writer) -> None:
    told: list[tuple[int, int]] = []
    data = writer(reference, EVENT, progress=lambda done, total: told.append((done, total)))
    total = len(list(printed_items(reference)))
    assert data
    assert {t for _d, t in told} == {total}
    dones = [d for d, _t in told]
    assert dones == sorted(dones) and dones[-1] == total
    # Paragraph by paragraph, not one jump at the end.
    assert len(set(dones)) >= total - 1


@pytest.mark.parametrize("writer", [to_pdf, to_docx], ids=["pdf", "docx"])
def test_cancel_stops_mid_way(reference: DocumentText, writer: Writer) -> None:
    told: list[int] = []
    with pytest.raises(ExportCancelled):
        writer(reference, EVENT, progress=lambda done, _total: told.append(done),
               cancelled=lambda: len(told) >= 5)
    assert told[-1] == 5


def test_without_callbacks_the_output_is_unchanged(reference: DocumentText,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(to_pdf(reference, EVENT, progress=lambda _d, _t: None))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "15. Remain seized of the matter." in " ".join(text.split())
    word = docx.Document(io.BytesIO(to_docx(reference, EVENT)))
    assert word.paragraphs[-1].text == "Remain seized of the matter."
    assert word.paragraphs[-1].style.name == "Numbered Paragraph"


@pytest.fixture(scope="module")
def comparison(reference: DocumentText) -> Comparison:
    sections = list(reference.sections)
    last = sections[-1]
    changed = replace(last, paragraphs=last.paragraphs[:-1])  # the last paragraph deleted
    return compare(reference, replace(reference, sections=(*sections[:-1], changed)))


@pytest.mark.parametrize("writer", [to_redline_pdf, to_redline_docx], ids=["pdf", "docx"])
def test_redline_progress_and_cancel(reference: DocumentText, comparison: Comparison,
                                     writer: Writer) -> None:
    told: list[tuple[int, int]] = []
    assert writer(comparison, EVENT, progress=lambda d, t: told.append((d, t)))
    total = told[-1][1]
    # Every lead-in and paragraph of the comparison, the deleted one included (shown struck).
    assert total == len(list(printed_items(reference)))
    assert told[-1] == (total, total) and len({d for d, _t in told}) >= total - 1
    stopped: list[int] = []
    with pytest.raises(ExportCancelled):
        writer(comparison, EVENT, progress=lambda d, _t: stopped.append(d),
               cancelled=lambda: len(stopped) >= 4)
    assert stopped[-1] == 4
