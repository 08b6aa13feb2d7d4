"""Interpretation: session languages (the event's by default), booths, exports that show them."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
import vobject
from lxml import etree
from openpyxl import load_workbook

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.errors import UserError
from confdesk.exports.frab import schedule_xml
from confdesk.exports.ics import programme_calendar
from confdesk.exports.interpretation_sheet import interpretation_workbook
from confdesk.plenary.interpretation_service import InterpretationService
from confdesk.programme.models import SessionKind
from confdesk.programme.queries import load_programme
from tests.factories import make_event, make_room, make_session


def _programme(database: Database) -> tuple[int, list[int]]:
    with database.sessions.begin() as s:
        event = make_event(s, working_languages=["en", "fr"])
        hall, annex = make_room(s, event, name="Main Hall"), make_room(s, event, name="Annex")
        day = date(2014, 3, 31)
        ids = [make_session(s, event, title=t, day=day, start_time=a, end_time=b, room=r,
                            kind=k).id
               for t, a, b, r, k in [
                   ("Opening", time(9), time(10), hall, SessionKind.OPENING),
                   ("Coffee", time(10), time(10, 30), hall, SessionKind.BREAK),
                   ("Panel", time(10, 30), time(12), annex, SessionKind.PANEL),
                   ("High Level Political Session", time(14), time(17), hall,
                    SessionKind.HIGH_LEVEL)]]
        return event.id, ids


def test_defaults_own_choices_and_booths(database: Database) -> None:
    event_id, (opening, coffee, panel, high) = _programme(database)
    service = InterpretationService(database, event_id)
    assert service.languages(opening).interpretation == ("en", "fr")
    assert service.languages(coffee).booths == ()
    assert service.set_languages(high, "fr", ["en", "fr", "es", "ar"]) is None
    assert service.set_languages(panel, "en", []) is None  # no interpretation in the annex
    with pytest.raises(UserError, match="not a language code"):
        service.set_languages(panel, "english", ["fr"])
    with database.sessions() as s:
        snapshot = load_programme(SessionReader(s), event_id)
    high_info = snapshot.session(high)
    assert (high_info.floor_language, high_info.interpretation) == ("fr", ("en", "fr", "es", "ar"))
    book = load_workbook(io.BytesIO(interpretation_workbook(snapshot)))
    booths = list(book["Booths"].iter_rows(values_only=True))
    assert booths[0][:3] == ("Day", "Room", "Booths")
    assert "Spanish (hours)" in booths[0] and "Arabic (hours)" in booths[0]
    hall = next(r for r in booths[1:] if r[1] == "Main Hall")
    assert hall[2] == 4  # English, French, Spanish, Arabic
    english = booths[0].index("English (hours)")
    assert hall[english] == 4.0  # 1 h of opening + 3 h of the high-level session
    assert not any(r[1] == "Annex" for r in booths[1:])
    sessions = list(book["Sessions"].iter_rows(values_only=True))
    row = next(r for r in sessions if r[4] == "High Level Political Session")
    assert row[5:] == ("French", "English, French, Spanish, Arabic", 4)
    assert "Coffee" not in [r[4] for r in sessions]
    # back to the event's languages
    assert service.set_languages(high, None, None) is not None
    assert not service.languages(high).own


def test_frab_and_ics_carry_the_languages(database: Database, shared_dir: Path) -> None:
    event_id, (_opening, _coffee, panel, high) = _programme(database)
    service = InterpretationService(database, event_id)
    service.set_languages(high, "fr", ["en", "fr", "es"])
    service.set_languages(panel, "en", [])
    with database.sessions() as s:
        snapshot = load_programme(SessionReader(s), event_id)
    parser = etree.XMLParser(no_network=True)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "schedule.xml.xsd"),
                                         parser))
    doc = etree.fromstring(schedule_xml(snapshot), parser)
    schema.assertValid(doc)
    by_title = {e.findtext("title"): e for e in doc.iter("event")}
    assert by_title["High Level Political Session"].findtext("language") == "fr"
    assert "Floor: French · interpretation into English, French, Spanish" in \
        by_title["High Level Political Session"].findtext("description")
    assert "no interpretation" in by_title["Panel"].findtext("description")
    calendar = vobject.readOne(programme_calendar(snapshot).decode(), validate=True)
    entries = {e.summary.value: e for e in calendar.vevent_list}
    high_entry = entries["High Level Political Session"]
    assert "Floor: French · interpretation into English, French, Spanish" in \
        high_entry.description.value
    assert [r.value for r in high_entry.contents["resources"]] == [
        ["Interpretation into English"], ["Interpretation into French"],
        ["Interpretation into Spanish"]]
    assert high_entry.contents["x-confdesk-floor-language"][0].value == "fr"
    assert "resources" not in entries["Panel"].contents


def test_the_programme_workbook_shows_the_languages(database: Database) -> None:
    from confdesk.exports.programme_xlsx import programme_workbook

    event_id, (_opening, coffee, _panel, high) = _programme(database)
    InterpretationService(database, event_id).set_languages(high, "fr", ["en", "fr", "ru"])
    with database.sessions() as s:
        snapshot = load_programme(SessionReader(s), event_id)
    sheet = load_workbook(io.BytesIO(programme_workbook(snapshot)))["All sessions"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    by_title = {r[header.index("Title")]: r for r in rows[1:]}
    high_row = by_title["High Level Political Session"]
    assert high_row[header.index("Floor language")] == "French"
    assert high_row[header.index("Interpretation into")] == "English, French, Russian"
    assert by_title["Coffee"][header.index("Interpretation into")] in ("", None)
    assert by_title["Opening"][header.index("Interpretation into")] == "English, French"
