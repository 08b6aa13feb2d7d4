"""The demo conference's programme in every format, each read back by a real parser."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import vobject
from lxml import etree

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.builder import build_demo
from confdesk.exports.frab import schedule_xml
from confdesk.exports.ics import programme_calendar
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.exports.pdf.speakers import speakers_pdf
from confdesk.exports.programme_xlsx import programme_workbook, speakers_workbook
from confdesk.programme.conflicts import Severity, check_programme
from confdesk.programme.models import SessionKind
from confdesk.programme.queries import ProgrammeSnapshot, load_programme


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeSnapshot]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    with db.sessions() as s:
        event = build_demo(s)
        s.commit()
        snapshot = load_programme(SessionReader(s), event.id)
    db.close()
    yield snapshot


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_demo_programme_has_no_errors(demo: ProgrammeSnapshot) -> None:
    assert [f.message for f in check_programme(demo) if f.severity == Severity.ERROR] == []
    assert len(demo.days) == 2 and len(demo.sessions) > 10


def test_demo_in_every_format(demo: ProgrammeSnapshot, tmp_path: Path,
                              shared_dir: Path) -> None:
    panels = [s for s in demo.sessions if s.kind == SessionKind.PANEL]
    title, chair = panels[0].title, panels[0].roles[0].person.display_name
    text = " ".join(_pdf_text(programme_pdf(demo), tmp_path).split())
    assert title in text and chair in text and demo.event.title in text
    assert title in " ".join(_pdf_text(programme_pdf(demo, a5=True), tmp_path).split())
    assert chair in " ".join(_pdf_text(speakers_pdf(demo), tmp_path).split())
    wb = openpyxl.load_workbook(io.BytesIO(programme_workbook(demo)))
    assert len(wb.sheetnames) == 3
    assert title in [c.value for c in wb["All sessions"]["G"]]
    speakers = openpyxl.load_workbook(io.BytesIO(speakers_workbook(demo)))["Speakers"]
    assert speakers.max_row - 1 == len(demo.speakers())
    calendar = vobject.readOne(programme_calendar(demo).decode(), validate=True)
    non_breaks = [s for s in demo.sessions if s.kind != SessionKind.BREAK]
    assert len(calendar.vevent_list) == len(non_breaks)
    schema = etree.XMLSchema(etree.parse(
        str(shared_dir / "schemas" / "schedule.xml.xsd"), etree.XMLParser(no_network=True)))
    doc = etree.fromstring(schedule_xml(demo), etree.XMLParser(no_network=True))
    schema.assertValid(doc)
    assert len(doc.findall("day/room/event")) == len(demo.sessions)
