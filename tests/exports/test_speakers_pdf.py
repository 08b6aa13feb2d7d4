"""The speakers list PDF tells its progress person by person, and stops when told to."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.exports.pdf.speakers import speakers_pdf
from confdesk.programme.queries import ProgrammeSnapshot, load_programme


class Stop(Exception):  # noqa: N818 (a stop request)
    """Raised by a progress callback, as the GUI's Cancel does."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeSnapshot]:
    db = open_database(tmp_path_factory.mktemp("speakers") / "demo.sqlite")
    with db.sessions() as s:
        event = build_demo(s)
        s.commit()
        snapshot = load_programme(SessionReader(s), event.id)
    db.close()
    yield snapshot


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "speakers.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_progress_counts_every_person_once_up_to_the_total(demo: ProgrammeSnapshot,
                                                           tmp_path: Path) -> None:
    people = [entry.person.display_name for entry in demo.speakers()]
    assert len(people) > 10
    calls: list[tuple[int, int]] = []
    data = speakers_pdf(demo, progress=lambda done, total: calls.append((done, total)))
    assert {total for _done, total in calls} == {len(people)}
    dones = [done for done, _total in calls]
    assert dones[0] == 1 and dones[-1] == len(people)
    assert dones == sorted(dones)
    assert set(range(1, len(people) + 1)) <= set(dones)  # one step per person, none skipped
    text = _text(data, tmp_path)
    assert f"{len(people)} people" in text
    assert all(name in text for name in people)


def test_a_progress_callback_that_raises_stops_the_build(demo: ProgrammeSnapshot) -> None:
    seen: list[int] = []

    def stop_at_three(done: int, _total: int) -> None:
        seen.append(done)
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        speakers_pdf(demo, progress=stop_at_three)
    assert seen == [1, 2, 3]


def test_without_progress_the_file_is_the_same_list(demo: ProgrammeSnapshot,
                                                    tmp_path: Path) -> None:
    text = _text(speakers_pdf(demo, a5=True), tmp_path)
    assert "List of speakers" in text
    assert demo.speakers()[0].person.display_name in text
