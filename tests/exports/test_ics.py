"""iCalendar export: strict parse by vobject, round trip through icalendar, stable UIDs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import vobject

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.ics import programme_calendar
from confdesk.programme.queries import load_programme
from tests.programme.sample import ARABIC_NAME, build_sample


def test_calendar_is_strictly_valid_with_stable_uids(sqlite_database: Database) -> None:
    with sqlite_database.sessions() as s:
        sample = build_sample(s)
        snapshot = load_programme(SessionReader(s))
    data = programme_calendar(snapshot)
    text = data.decode()
    parsed = vobject.readOne(text, validate=True)
    entries = parsed.vevent_list
    # Four sessions; the coffee break is left out by default.
    assert [e.summary.value for e in entries] == [
        "Opening of the Conference", "Panel I: Early warning and early action",
        "Panel II: Accountability", "Closing",
    ]
    panel = entries[1]
    brussels = ZoneInfo("Europe/Brussels")
    assert panel.dtstart.value == datetime(2014, 3, 31, 10, 15, tzinfo=brussels)
    assert panel.dtstart.value.utcoffset().total_seconds() == 7200
    assert panel.location.value == "Salle Europe, Egmont Palace, Brussels"
    description = panel.description.value
    assert "Moderator:\n- H.E. Mr Didier Reynders, Deputy Prime Minister, Belgium" in description
    assert "Speakers:\n- Ms 王 伟, Special Adviser, United Nations" in description
    assert f"{ARABIC_NAME[0]} {ARABIC_NAME[1]}" in description
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Brussels" in text
    cal = icalendar.Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert [str(e["categories"].cats[0]) for e in events if "categories" in e] == [
        "Early warning", "Accountability"]
    assert all("DTSTAMP" in e for e in events)
    assert icalendar.Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()
    # A second export gives the same UIDs, so calendars update rather than duplicate entries.
    again = vobject.readOne(programme_calendar(snapshot).decode(), validate=True)
    assert [e.uid.value for e in again.vevent_list] == [e.uid.value for e in entries]
    assert len({e.uid.value for e in entries}) == 4
    with_breaks = vobject.readOne(
        programme_calendar(snapshot, include_breaks=True).decode(), validate=True)
    assert "Coffee break" in [e.summary.value for e in with_breaks.vevent_list]
    assert sample.session_ids


def test_one_day_only(sqlite_database: Database) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s)).only_day(2)
    parsed = vobject.readOne(programme_calendar(snapshot).decode(), validate=True)
    assert [e.summary.value for e in parsed.vevent_list] == ["Panel II: Accountability",
                                                             "Closing"]
