"""frab schedule.xml export: valid against the published XSD, stable GUIDs."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.frab import schedule_xml
from confdesk.programme import operations as ops
from confdesk.programme.queries import load_programme
from tests.programme.sample import CHINESE_NAME, build_sample


@pytest.fixture(scope="module")
def schema(shared_dir: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "schedule.xml.xsd"), parser))


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(no_network=True))


def test_schedule_is_valid_and_complete(sqlite_database: Database,
                                        schema: etree.XMLSchema) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        data = schedule_xml(load_programme(SessionReader(s)))
    doc = _parse(data)
    schema.assertValid(doc)
    assert doc.findtext("conference/acronym") == "brussels-2014"
    assert doc.findtext("conference/time_zone_name") == "Europe/Brussels"
    assert [t.get("name") for t in doc.findall("conference/track")] == [
        "Early warning", "Accountability"]
    days = doc.findall("day")
    assert [(d.get("index"), d.get("date"), d.get("start")) for d in days] == [
        ("1", "2014-03-31", "2014-03-31T09:00:00+02:00"),
        ("2", "2014-04-01", "2014-04-01T09:30:00+02:00"),
    ]
    assert [r.get("name") for r in days[0].findall("room")] == [
        "Salle Europe", "Egmont Palace"]
    panel = days[0].find("room/event[title='Panel I: Early warning and early action']")
    assert panel is not None
    assert (panel.findtext("start"), panel.findtext("duration"), panel.findtext("track"),
            panel.findtext("type")) == ("10:15", "01:45", "Early warning", "Panel")
    assert [p.text for p in panel.findall("persons/person")] == [
        "H.E. Mr Didier Reynders", f"Ms {CHINESE_NAME[1]} {CHINESE_NAME[0]}",
        "Dr محمد العربي", "Amélie Øster"]


def test_guids_are_stable_across_exports(sqlite_database: Database,
                                         schema: etree.XMLSchema) -> None:
    with sqlite_database.sessions() as s:
        sample = build_sample(s)
        first = _parse(schedule_xml(load_programme(SessionReader(s))))
        ops.update_session(s, sample.session_ids[0], ops.SessionData(
            "Opening ceremony", sample.event.start_date,
            load_programme(SessionReader(s)).session(sample.session_ids[0]).start_time,
            load_programme(SessionReader(s)).session(sample.session_ids[0]).end_time))
        s.commit()
        second = _parse(schedule_xml(load_programme(SessionReader(s))))
    schema.assertValid(second)

    def guids(doc: etree._Element) -> dict[str, str]:
        return {e.get("id"): e.get("guid") for e in doc.iter("event")}

    assert guids(first) == guids(second)
    assert len(set(guids(first).values())) == 5
    assert first.findtext("version") != second.findtext("version")
    people = {p.get("guid") for p in first.iter("person")}
    assert people == {p.get("guid") for p in second.iter("person")} and len(people) == 4


def test_day_filter_keeps_real_day_index(sqlite_database: Database,
                                         schema: etree.XMLSchema) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        doc = _parse(schedule_xml(load_programme(SessionReader(s)).only_day(2)))
    schema.assertValid(doc)
    assert [d.get("index") for d in doc.findall("day")] == ["2"]
