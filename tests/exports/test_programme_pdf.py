"""Printed programme and speakers list: text read back by pdftotext, fonts by pdffonts."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.exports.pdf.speakers import speakers_pdf
from confdesk.programme.queries import load_programme
from tests.programme.sample import ARABIC_NAME, CHINESE_NAME, build_sample

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    # Arabic comes back as presentation forms wrapped in bidi marks: normalise both away.
    return unicodedata.normalize("NFKC", out).translate(_BIDI_CONTROLS)


def _pages(path: Path) -> list[str]:
    return _text(path).split("\f")


def _fonts_embedded(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in out]


def _page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert match
    return f"{round(float(match[1]))}x{round(float(match[2]))}"


def test_programme_pdf(sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s))
    seen: list[tuple[int, int]] = []
    path = tmp_path / "programme.pdf"
    path.write_bytes(programme_pdf(snapshot, progress=lambda i, n: seen.append((i, n))))
    pages = _pages(path)
    cover, day1, day2 = pages[0], pages[1], pages[2]
    assert "International Conference on" in cover and "31 March – 1 April 2014" in cover
    assert "Egmont Palace, Brussels" in cover
    assert "In partnership with Switzerland, Tanzania and Argentina" in cover
    assert "Convened by the Government of Belgium" in cover
    # Running head with the day, and page numbers.
    assert "Brussels 2014 · Programme" in day1 and "Monday 31 March 2014" in day1
    assert re.search(r"^\s*2\s*$", day1, re.M) and re.search(r"^\s*3\s*$", day2, re.M)
    lines = [" ".join(line.split()) for line in day1.splitlines() if line.strip()]
    panel = next(i for i, line in enumerate(lines) if "Panel I: Early warning" in line)
    after = lines[panel:]
    # Speakers in speaking order: the Chinese name first, then the Arabic one.
    chinese = next(i for i, line in enumerate(after) if CHINESE_NAME[0] in line)
    arabic = next(i for i, line in enumerate(after) if f"{ARABIC_NAME[0]} {ARABIC_NAME[1]}" in line)
    assert chinese < arabic
    chinese_line = f"Ms {CHINESE_NAME[1]} {CHINESE_NAME[0]}, Special Adviser, United Nations"
    assert chinese_line in after[chinese]
    assert "Professor of Law" in after[arabic]
    assert any("10:15–12:00" in line for line in lines)
    assert "How warning reaches those who can act." in day1
    assert "Coffee break" in day1
    assert "Tuesday 1 April 2014" in day2 and "Panel II: Accountability" in day2
    assert all(emb == "yes" for _, emb in _fonts_embedded(path))
    assert {name.split("+")[-1] for name, _ in _fonts_embedded(path)} >= {
        "NotoSans-Regular", "NotoSansArabic-Bold", "DroidSansFallback"}
    assert _page_size(path) == "595x842"
    assert seen and seen[-1] == (5, 5)


def test_programme_pdf_a5_one_day(sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s)).only_day(2)
    path = tmp_path / "programme.pdf"
    path.write_bytes(programme_pdf(snapshot, a5=True))
    assert _page_size(path) == "420x595"
    text = _text(path)
    assert "Panel II: Accountability" in text and "Panel I:" not in text


def test_speakers_pdf(sqlite_database: Database, tmp_path: Path) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s))
    path = tmp_path / "speakers.pdf"
    path.write_bytes(speakers_pdf(snapshot))
    text = _text(path)
    assert "List of speakers" in text and "4 people" in text
    flat = " ".join(text.split())
    assert ("H.E. Mr Didier Reynders Deputy Prime Minister, Belgium "
            "Mon 31 Mar 09:00–09:45 · Chair · Opening of the Conference") in flat
    assert f"{ARABIC_NAME[0]} {ARABIC_NAME[1]}" in flat and CHINESE_NAME[0] in flat
    assert all(emb == "yes" for _, emb in _fonts_embedded(path))


def test_session_longer_than_a_page_runs_on(sqlite_database: Database, tmp_path: Path) -> None:
    from confdesk.programme.models import RoleKind, SessionKind
    from tests.factories import add_role, make_event, make_participant, make_session

    with sqlite_database.sessions() as s:
        event = make_event(s, title="Conference " * 30, short_name="")
        item = make_session(s, event, kind=SessionKind.PANEL, title="Marathon",
                            description=" ".join(f"w{i}" for i in range(3000)))
        for i in range(40):
            add_role(s, item, make_participant(s, event, family_name=f"Speaker{i:02d}"),
                     RoleKind.SPEAKER, i)
        s.commit()
        snapshot = load_programme(SessionReader(s))
    path = tmp_path / "long.pdf"
    path.write_bytes(programme_pdf(snapshot, a5=True))
    pages = _pages(path)
    text = " ".join(" ".join(pages).split())
    assert "w0 w1" in text and "w2999" in text and "Speaker39" in text
    assert len([p for p in pages if p.strip()]) >= 4
    # The day's heading shares its page with the start of the session.
    day_page = next(p for p in pages if "Day 1 ·" in p)
    assert "Marathon" in day_page
    # The running head is shortened to fit beside the day, never overprinted.
    head = day_page.splitlines()[0]
    assert "Conference Conference" in head and "..." in head  # "…" after NFKC
    assert head.rstrip().endswith("Monday 31 March 2014")
