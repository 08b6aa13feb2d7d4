"""The programme's sessions drawn on the canvas (issue 14) print what the platypus tables
printed: the same pages, the same words on each, the same picture. Held against the old
layout (`platypus_programme`) on the demo conference, the Brussels sample, a synthetic event
with names in every script, and a session longer than a page; in English and French, on A4
and A5."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from sqlalchemy.orm import Session

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.demo.synthetic import generate_event
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.queries import ProgrammeSnapshot, load_programme
from tests.exports.platypus_programme import platypus_programme_pdf
from tests.factories import add_role, make_event, make_participant, make_session
from tests.programme.sample import build_sample


def _marathon(s: Session) -> None:
    event = make_event(s, title="Conference " * 30, short_name="")
    item = make_session(s, event, kind=SessionKind.PANEL, title="Marathon",
                        description=" ".join(f"w{i}" for i in range(3000)))
    for i in range(40):
        add_role(s, item, make_participant(s, event, family_name=f"Speaker{i:02d}"),
                 RoleKind.SPEAKER, i)


BUILDERS = {
    "demo": build_demo,
    "sample": build_sample,
    "synthetic": lambda s: generate_event(s, participants=600, sessions=48, days=2, rooms=4),
    "marathon": _marathon,
}


@pytest.fixture(scope="module", params=sorted(BUILDERS))
def snapshot(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[ProgrammeSnapshot]:
    db = open_database(tmp_path_factory.mktemp(request.param) / "programme.sqlite")
    with db.sessions() as s:
        BUILDERS[request.param](s)
        s.commit()
        yield load_programme(SessionReader(s))
    db.close()


def _pages(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [page.split() for page in out.split("\f")]


def _pictures(path: Path, folder: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(folder / path.stem)],
                   check=True)
    return sorted(folder.glob(f"{path.stem}-*.png"))


def _fonts(path: Path) -> list[tuple[str, str]]:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    return [(line.split()[0].split("+")[-1], line.split()[-5]) for line in lines]


@pytest.mark.parametrize(("language", "a5"), [("en", False), ("fr", True)])
def test_same_pages_words_and_picture_as_the_tables(snapshot: ProgrammeSnapshot,
                                                    language: str, a5: bool,
                                                    tmp_path: Path) -> None:
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    old.write_bytes(platypus_programme_pdf(snapshot, a5=a5, language=language))
    new.write_bytes(programme_pdf(snapshot, a5=a5, language=language))
    old_pages, new_pages = _pages(old), _pages(new)
    assert len(new_pages) == len(old_pages)
    for n, (was, now) in enumerate(zip(old_pages, new_pages, strict=True), 1):
        assert now == was, f"page {n}"
    assert sorted(_fonts(new)) == sorted(_fonts(old))
    assert all(embedded == "yes" for _, embedded in _fonts(new))
    for old_png, new_png in zip(_pictures(old, tmp_path), _pictures(new, tmp_path),
                                strict=True):
        a, b = Image.open(old_png).convert("L"), Image.open(new_png).convert("L")
        assert a.size == b.size
        differing = sum(ImageChops.difference(a, b).point(lambda v: v > 64).histogram()[1:])
        # Word spacing narrowed by a hair's breadth differently can move a pixel or two.
        assert differing <= a.size[0] * a.size[1] // 2000, f"{new_png.name}: {differing}"


def test_sessions_share_pages(snapshot: ProgrammeSnapshot, tmp_path: Path) -> None:
    """No page per session where a page holds several: the pages after the cover are fewer
    than the sessions when days hold several, and each day's heading is printed once."""
    path = tmp_path / "programme.pdf"
    path.write_bytes(programme_pdf(snapshot))
    pages = [" ".join(words) for words in _pages(path)[1:-1]]
    if len(snapshot.sessions) > 3 * len(snapshot.days):
        assert len(pages) < len(snapshot.sessions)
    for n in range(1, len(snapshot.event.days) + 1):
        if any(day == snapshot.event.days[n - 1] for day in snapshot.days):
            assert sum(f"Day {n} ·" in page for page in pages) == 1
