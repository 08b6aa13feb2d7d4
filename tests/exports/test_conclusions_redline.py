"""The redline of the demo's Draft 2 against the final text, in PDF and Word."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from confdesk.conclusions.diff import compare
from confdesk.exports.conclusions.redline import (
    DELETE_HEX,
    INSERT_HEX,
    MOVE_HEX,
    to_redline_pdf,
)
from tests.conclusions.helpers import demo_texts


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    from confdesk.db.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        texts = demo_texts(db)
    finally:
        db.close()
    return compare(texts["draft2"], texts["final"]), texts["info"]


def test_the_demo_drafts_differ_in_every_way(comparison: tuple) -> None:
    result, _ = comparison
    assert result.uids("added") and result.uids("moved") and result.uids("changed")
    assert result.uids("renumbered")


def test_redline_pdf_marks_insertions_and_moves(comparison: tuple, tmp_path: Path) -> None:
    result, info = comparison
    path = tmp_path / "redline.pdf"
    path.write_bytes(to_redline_pdf(result, info))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Changes from “Draft 2 — 1 April 2014 09:00” to “Final”" in flat
    assert "[moved, was 3.]" in flat
    # The new words and the old ones are both there: a redline shows what went.
    assert "Remind Member States that under the Genocide Convention" in flat
    assert "This responsibility entails the prevention of such crimes" in flat
    # What the reader sees: the inserted words in the insertion colour and underlined, the
    # move tag in the move colour, an unchanged word in black.
    page = _page_image(path, tmp_path)
    inserted = _word_box(path, "entails")
    assert _share(page, inserted, INSERT_HEX) > 0.15
    assert _underlined(page, inserted, INSERT_HEX)
    assert _share(page, _word_box(path, "[moved,"), MOVE_HEX) > 0.15
    plain = _word_box(path, "Genocide,")
    assert _share(page, plain, INSERT_HEX) == 0 and _share(page, plain, DELETE_HEX) == 0
    assert not _underlined(page, plain, INSERT_HEX)


def test_redline_pdf_underlines_follow_wrapped_lines_and_says_what_moved(
        comparison: tuple, tmp_path: Path) -> None:
    result, info = comparison
    path = tmp_path / "redline.pdf"
    path.write_bytes(to_redline_pdf(result, info))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    # Renumbered paragraphs say their old number; a moved one's old place says where it went.
    assert "[was 2.] Protect and promote" in flat
    assert "[3. moved to 4.]" in flat and "[moved, was 3.] International Human Rights" in flat
    # An inserted paragraph (the second of the second list): its wrapped lines are
    # underlined under their own words, to their last word, not under the number.
    page = _page_image(path, tmp_path, 2)
    for word in ("obligation", "bringing", "Council;"):
        assert _underlined(page, _word_box(path, word, 2), INSERT_HEX), word
    x0, _y0, _x1, y1 = _word_box(path, "obligation", 2)  # the start of a wrapped line
    left_of_it = (x0 - 20 * SCALE, y1 - 5 * SCALE, x0 - SCALE, y1 + 3 * SCALE)
    assert _share_or_zero(page, left_of_it, INSERT_HEX) == 0


def _share_or_zero(page: Image.Image, box: Box, colour: str) -> float:
    x0, y0, x1, y1 = (round(v) for v in box)
    pixels = [page.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
    return sum(_near(p, colour) for p in pixels) / max(len(pixels), 1)  # type: ignore[arg-type]


Box = tuple[float, float, float, float]
#: Pixels a PDF point in the rendered page.
SCALE = 2


def _page_image(pdf: Path, folder: Path, page: int = 1) -> Image.Image:
    """A page rendered at 144 dpi: two pixels a PDF point (see `_word_box`)."""
    subprocess.run(["pdftoppm", "-png", "-r", str(72 * SCALE), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(folder / f"page{page}")], check=True)
    return Image.open(folder / f"page{page}.png").convert("RGB")


def _word_box(pdf: Path, word: str, page: int = 1) -> Box:
    """The box (x0, y0, x1, y1, in pixels of `_page_image`) of the first `word` on a page
    (pdftotext -bbox gives points)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                            "-"], check=True, capture_output=True, text=True).stdout
    found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      r'yMax="([\d.]+)">' + re.escape(word) + "</word>", xhtml)
    assert found, f"{word!r} is not on page {page}"
    x0, y0, x1, y1 = (float(v) * SCALE for v in found.groups())
    return x0, y0, x1, y1


def _near(pixel: tuple[int, int, int], colour: str, tolerance: int = 60) -> bool:
    wanted = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return sum(abs(a - b) for a, b in zip(pixel, wanted, strict=True)) <= tolerance


def _share(page: Image.Image, box: Box, colour: str) -> float:
    """The share of the inked pixels inside `box` that are drawn in `colour`."""
    x0, y0, x1, y1 = (round(v) for v in box)
    inked = [page.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)
             if sum(page.getpixel((x, y))) < 600]  # type: ignore[arg-type]
    return sum(_near(p, colour) for p in inked) / len(inked)  # type: ignore[arg-type]


def _underlined(page: Image.Image, box: Box, colour: str) -> bool:
    """Whether a line in `colour` runs under most of the word, near its baseline."""
    x0, _y0, x1, y1 = (round(v) for v in box)
    for y in range(y1 - 5 * SCALE, y1 + 3 * SCALE):
        row = [page.getpixel((x, y)) for x in range(x0, x1)]
        if sum(_near(p, colour) for p in row) > 0.8 * len(row):  # type: ignore[arg-type]
            return True
    return False
