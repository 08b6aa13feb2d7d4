"""Badges: text a reader gets back, fonts, layout per page, shrinking, cancel."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.badges import (
    NAME_FLOOR,
    WIDTH,
    Badge,
    ExportCancelledError,
    name_layout,
    write_badges,
)
from confdesk.registration.models import DEFAULT_CATEGORIES

_CODES = [code for code, *_ in DEFAULT_CATEGORIES]

NAMES = ["Thorbjørn Jagland", "محمد العلي", "习近平", "Κυριάκος Μητσοτάκης", "Сергей Лавров",
         "Nguyễn Thị Bình", "Maria Alexandrovna Konstantinopolskaya-Rimsky-Korsakova",
         "Ana", "Jean-Baptiste Kpoghomou", "Zeid Ra'ad Al Hussein", "Adama Dieng"]


def badges(n: int | None = None) -> list[Badge]:
    names = NAMES if n is None else [f"Person Number{i}" for i in range(n)]
    return [Badge(f"C{i:05d}", name, "Office of the United Nations High Commissioner for "
                  "Human Rights" if i == 3 else "Genocide Watch", "Greece" if i == 3 else "",
                  _CODES[i % len(_CODES)], "DELEGATE", "Genocide Prevention 2014")
            for i, name in enumerate(names)]


def pdf(path: Path, *args: str) -> str:
    return subprocess.run([args[0], *args[1:], str(path), *(["-"] if args[0] == "pdftotext"
                                                            else [])],
                          capture_output=True, text=True, check=True).stdout


def test_every_name_and_code_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "badges.pdf"
    assert write_badges(path, badges()) == 2  # ten per A4 page
    text = unicodedata.normalize("NFKC", pdf(path, "pdftotext", "-enc", "UTF-8"))
    for name in NAMES:
        if fonts.has_arabic(name):
            assert all(w in text or w[::-1] in text for w in name.split()), name
        else:
            assert all(word in text for word in name.split()), name
    assert "C00010" in text and "Genocide Prevention 2014" in text
    assert "Commissioner for Human Rights" in text
    info = pdf(path, "pdfinfo")
    assert "Pages:           2" in info and "595.276 x 841.89" in info
    for line in pdf(path, "pdffonts").splitlines()[2:]:
        assert line.split()[-5] == "yes", line


def test_one_per_page_is_badge_sized(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    assert write_badges(path, badges()[:3], one_per_page=True) == 3
    info = pdf(path, "pdfinfo")
    assert "Pages:           3" in info and "255.118 x 155.905" in info  # 90 × 55 mm


def test_long_names_wrap_then_shrink_never_overflow() -> None:
    inner = WIDTH - 6 * 2.8346
    lines, size = name_layout("Ana", inner)
    assert lines == ["Ana"] and size == 22
    long = "Maria Alexandrovna Konstantinopolskaya"
    lines, size = name_layout(long, inner)
    assert len(lines) == 2 and size >= NAME_FLOOR
    word = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
    lines, size = name_layout(word, inner)
    assert lines == [word] and size < NAME_FLOOR
    for text in (long, word, NAMES[6]):
        lines, size = name_layout(text, inner)
        assert all(fonts.text_width(li, size, bold=True) <= inner + 0.01 for li in lines)


def test_cancel_writes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.pdf"
    seen: list[int] = []
    with pytest.raises(ExportCancelledError):
        write_badges(path, badges(35), progress=lambda done, total: seen.append(done),
                     cancelled=lambda: len(seen) >= 2)
    assert seen == [10, 20]
    assert not path.exists()


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_qr_codes_scan_back_to_the_participant_codes(tmp_path: Path) -> None:
    # one badge per image: zbar misses some codes when a page holds ten of them
    path = tmp_path / "qr.pdf"
    write_badges(path, badges()[:10], one_per_page=True)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "page")],
                   check=True)
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", *sorted(str(p) for p in tmp_path.glob("page-*.png"))],
        capture_output=True, text=True, check=False).stdout.split()
    assert sorted(scanned) == [f"C{i:05d}" for i in range(10)]
