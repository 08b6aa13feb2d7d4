"""Badges and the list of participants written page by page (issue 14: 100,000 people in
under 300 MB): the same file as reportlab's own canvas writes, the same text as before the
change (golden lines written by the previous version), a story made as it is laid out.
The memory itself is measured by tests/benchmarks/bench_scale.py (`--only memory`)."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.list_header import ListHeader
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.badges import (
    COLUMNS,
    HEIGHT,
    MARGIN_X,
    MARGIN_Y,
    ROWS,
    WIDTH,
    Badge,
    _cut_marks,
    draw_badge,
    write_badges,
)
from confdesk.exports.pdf.participants_list import _Story, write_participants_list
from confdesk.exports.pdf.streaming import StreamingCanvas
from confdesk.registration.models import DelegationRole, OrganisationKind
from confdesk.registration.operations import state_organisation
from confdesk.registration.protocol import delegations
from confdesk.registration.queries import load_rows
from tests.factories import make_event, make_organisation, make_participant

GOLDEN = Path(__file__).parent / "golden"

GIVEN = ["Didier", "Élodie", "Сергей", "Κυριάκος", "محمد", "近平", "Nguyễn Thị", "Thorbjørn",
         "Maria Alexandrovna", "Zeid", "Adama", "Ana"]
FAMILY = ["Reynders", "Lefèvre", "Лавров", "Μητσοτάκης", "العلي", "习", "Bình", "Jagland",
          "Konstantinopolskaya-Rimsky-Korsakova", "Ra'ad Al Hussein", "Dieng", "Lima"]
STATES = ["BE", "FR", "RU", "GR", "QA", "CN", "VN", "NO", "BR", "JO", "SN"]
ROLES = [DelegationRole.HEAD, DelegationRole.DEPUTY_HEAD, DelegationRole.MEMBER,
         DelegationRole.ADVISER]


def people() -> Iterator[tuple[str, str, str, str | None, DelegationRole, str]]:
    """240 people: eleven States' delegations, an NGO's, and people on their own."""
    for i in range(240):
        where = STATES[i % len(STATES)] if i % 13 else ("ngo" if i % 2 else None)
        yield (GIVEN[i % len(GIVEN)], f"{FAMILY[(i * 7) % len(FAMILY)]} {i:03d}",
               ("H.E. Mr", "Ms", "Dr", "")[i % 4], where, ROLES[i % len(ROLES)],
               "" if i % 3 == 0 else f"Counsellor for item {i % 17}, Permanent Mission")


def fill(session: Session) -> int:
    event = make_event(session, title="Summit on the Prevention of Genocide")
    ngo = make_organisation(session, name_en="Genocide Watch",
                            kind=OrganisationKind.CIVIL_SOCIETY)
    for n, (given, family, hon, where, role, function) in enumerate(people()):
        org = ngo if where == "ngo" else state_organisation(session, where) if where else None
        make_participant(session, event, code=f"G{n:05d}", given_name=given,
                         family_name=family, honorific=hon,
                         organisation_id=org.id if org else None, delegation_role=role,
                         function=function, family_name_first=where == "CN")
    session.commit()
    return event.id


HEADER = ListHeader("Summit on the Prevention of Genocide", "31 March – 1 April 2014",
                    "Egmont Palace, Brussels", "Rev.1", "1 April 2014")


def list_pdf(database: Database, path: Path, language: str) -> int:
    with database.sessions() as s:
        rows = load_rows(SessionReader(s), fill(s), language=language)
    return write_participants_list(
        path, HEADER, delegations(rows, no_organisation="Individual participants"),
        language=language)


def golden_badges() -> list[Badge]:
    return [Badge(f"G{i:05d}", f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i * 5) % len(FAMILY)]}",
                  "Office of the United Nations High Commissioner for Human Rights"
                  if i % 4 == 0 else "Permanent Mission", "Greece" if i % 3 == 0 else "",
                  "delegate", "STATE DELEGATE" if i % 2 else "OBSERVER",
                  "Genocide Prevention 2014", "#7A1F1F" if i % 2 else "#1F4E79")
            for i in range(37)]


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", out)


def fonts_of(path: Path) -> list[str]:
    """pdffonts' lines without the object numbers: names, types, embedded, subset."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [" ".join(line.split()[:-2]) for line in out.splitlines()[2:]]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_list_reads_as_before(sqlite_database: Database, tmp_path: Path,
                              language: str) -> None:
    path = tmp_path / "list.pdf"
    assert list_pdf(sqlite_database, path, language) == 240
    text = text_of(path)
    assert text == (GOLDEN / f"participants_list_{language}.txt").read_text(encoding="utf-8")
    assert text.count("\f") >= 4  # several pages, each "Page N of M"
    assert fonts_of(path) == (GOLDEN / "participants_list_fonts.txt").read_text(
        encoding="utf-8").splitlines()


def test_badges_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "badges.pdf"
    assert write_badges(path, golden_badges()) == 4
    assert text_of(path) == (GOLDEN / "badges.txt").read_text(encoding="utf-8")
    assert fonts_of(path) == (GOLDEN / "badges_fonts.txt").read_text(
        encoding="utf-8").splitlines()
    one = tmp_path / "one.pdf"
    assert write_badges(one, golden_badges()[:3], one_per_page=True) == 3
    assert text_of(one) == (GOLDEN / "badges_one_per_page.txt").read_text(encoding="utf-8")


def _draw_badge_pages(canvas: Any, pages: int) -> None:
    badges = golden_badges()
    for page in range(pages):
        for i in range(COLUMNS * ROWS):
            draw_badge(canvas, badges[(page * 10 + i) % len(badges)],
                       MARGIN_X + i % COLUMNS * WIDTH, MARGIN_Y + (ROWS - 1 - i // 2) * HEIGHT)
        _cut_marks(canvas)
        canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("compression", [1, 0])
def test_streaming_canvas_writes_the_bytes_of_reportlabs_canvas(
        tmp_path: Path, compression: int) -> None:
    fonts.register_fonts()
    files = []
    for maker in (rl_canvas.Canvas, StreamingCanvas):
        path = tmp_path / f"{maker.__name__}.pdf"
        canvas = maker(str(path), pagesize=A4, initialFontName=fonts.SANS, invariant=1,
                       pageCompression=compression)
        canvas.setTitle("Badges")
        _draw_badge_pages(canvas, 5)
        files.append(path.read_bytes())
    assert len(files[0]) > 10_000
    assert files[0] == files[1]


def test_list_written_with_and_without_streaming_is_the_same_file(
        sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbered canvas over reportlab's plain one and over the streaming one."""
    from confdesk.exports.pdf import participants_list, streaming

    monkeypatch.setattr(rl_config, "invariant", 1)
    with sqlite_database.sessions() as s:
        groups = delegations(load_rows(SessionReader(s), fill(s)),
                             no_organisation="Individual participants")
    first, second = tmp_path / "streaming.pdf", tmp_path / "plain.pdf"
    participants_list.write_participants_list(first, HEADER, groups)
    monkeypatch.setattr(streaming.StreamingCanvas, "showPage", rl_canvas.Canvas.showPage)
    monkeypatch.setattr(streaming.StreamingCanvas, "save", rl_canvas.Canvas.save)
    monkeypatch.setattr(streaming._StreamingDocument, "SaveToFile",
                        pdfdoc.PDFDocument.SaveToFile)
    participants_list.write_participants_list(second, HEADER, groups)
    assert b"/Producer" in first.read_bytes()
    assert first.read_bytes() == second.read_bytes()


def test_the_list_story_is_made_as_it_is_laid_out(tmp_path: Path) -> None:
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=9, leading=11)
    made = 0
    longest = 0

    def flowables() -> Iterator[Paragraph]:
        nonlocal made
        for i in range(3000):
            made += 1
            yield Paragraph(f"Participant {i}", style)

    class Watched(_Story):
        def __delitem__(self, key: Any) -> None:
            nonlocal longest
            longest = max(longest, len(self))
            super().__delitem__(key)

    SimpleDocTemplate(str(tmp_path / "s.pdf"), pagesize=A4).build(Watched(flowables()))
    assert made == 3000
    assert longest <= _Story.AHEAD + 4  # a split paragraph puts its parts back
    text = text_of(tmp_path / "s.pdf")
    assert "Participant 0" in text and "Participant 2999" in text
