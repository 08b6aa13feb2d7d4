"""An event's figures (`confdesk stats`, the summary screen) read in plain SQL: the same
figures through the light sqlite3 reader and through a session, on SQLite and PostgreSQL,
and the command's output as a user reads it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from confdesk.conclusions.models import DocumentKind, ParagraphStatus, SectionKind
from confdesk.conclusions.operations import (
    add_paragraph,
    add_section,
    create_document,
    take_snapshot,
)
from confdesk.db.database import Database
from confdesk.db.reader import SessionReader, open_sqlite_reader
from confdesk.errors import UserError
from confdesk.registration.categories import CategoryData, add_category
from confdesk.registration.models import OrganisationKind, Status
from confdesk.reports.stats import EventStats, event_stats
from confdesk.ui.summary.view_model import load_summary
from tests.factories import (
    make_event,
    make_organisation,
    make_participant,
    make_room,
    make_session,
)


def build_events(database: Database) -> tuple[int, int, int]:
    """An older event and the event the figures concern (the most recent), with every case
    the figures distinguish: States and observer States, organisations with and without a
    country, people without one, people who will not attend, a category code the event does
    not have, and an outcome document with deleted paragraphs and sub-paragraphs.
    Returns (older event, event, its first document)."""
    with database.sessions.begin() as s:
        older = make_event(s, title="Preparatory meeting", short_name="Prep",
                           start_date=date(2013, 10, 1), end_date=date(2013, 10, 1))
        event = make_event(s, title="Conference on Prevention", short_name="CP 2014")
        add_category(s, event.id, CategoryData("Youth delegate", "Jeune délégué(e)"))

        belgium = make_organisation(s, name_en="Belgium", kind=OrganisationKind.STATE,
                                    country_code="BE")
        rwanda = make_organisation(s, name_en="Rwanda", kind=OrganisationKind.STATE,
                                   country_code="RW")
        holy_see = make_organisation(s, name_en="Holy See",
                                     kind=OrganisationKind.OBSERVER_STATE, country_code="VA")
        atlantis = make_organisation(s, name_en="Atlantis", kind=OrganisationKind.STATE,
                                     country_code="XA")
        ngo = make_organisation(s, name_en="Prevention Network")  # no country
        agency = make_organisation(s, name_en="UN Agency", kind=OrganisationKind.UN_SYSTEM)
        absent = make_organisation(s, name_en="Absent Institute",
                                   kind=OrganisationKind.ACADEMIA, country_code="DE")

        make_participant(s, event, organisation=belgium, status=Status.CONFIRMED)
        make_participant(s, event, organisation=belgium, status=Status.CHECKED_IN,
                         category="speaker")
        make_participant(s, event, organisation=belgium, status=Status.DECLINED)
        make_participant(s, event, organisation=rwanda, status=Status.REGISTERED,
                         category="vip")
        make_participant(s, event, organisation=holy_see, status=Status.INVITED,
                         category="observer")
        make_participant(s, event, organisation=atlantis, status=Status.CONFIRMED)
        # An organisation's country wins over the person's; without one, the person's counts.
        make_participant(s, event, organisation=ngo, status=Status.CONFIRMED,
                         country_code="FR", category="civil_society")
        make_participant(s, event, organisation=ngo, status=Status.CONFIRMED,
                         category="civil_society")
        make_participant(s, event, organisation=agency, status=Status.CHECKED_IN,
                         country_code="KE", category="international_organisation")
        make_participant(s, event, status=Status.CHECKED_IN, country_code="JP",
                         category="press")
        make_participant(s, event, organisation=absent, status=Status.CANCELLED,
                         category="academia")
        make_participant(s, event, status=Status.CANCELLED, country_code="BR")
        make_participant(s, older, organisation=rwanda, status=Status.CONFIRMED)

        for _ in range(2):
            make_room(s, event)
        make_room(s, older)
        make_session(s, event, day=date(2014, 3, 31))
        make_session(s, event, day=date(2014, 3, 31), start_time=time(11), end_time=time(12))
        make_session(s, event, day=date(2014, 4, 1))
        make_session(s, older, day=date(2013, 10, 1))

        doc = create_document(s, event, "Chair’s Conclusions")
        findings = add_section(s, doc, SectionKind.NUMBERED_LIST, "The participants:")
        findings.title = "Findings"
        add_paragraph(s, findings, "One two three", status=ParagraphStatus.AGREED)
        gone = add_paragraph(s, findings, "Gone words", status=ParagraphStatus.DELETED)
        add_paragraph(s, findings, "child of a deleted paragraph", parent=gone)
        kept = add_paragraph(s, findings, "Four-five six’s")
        add_paragraph(s, findings, "seven", parent=kept)
        add_paragraph(s, findings, "struck out", parent=kept, status=ParagraphStatus.DELETED)
        closing = add_section(s, doc, SectionKind.FREE_TEXT)
        add_paragraph(s, closing, "Closing words here", status=ParagraphStatus.BRACKETED)
        take_snapshot(s, doc, "Draft 1")
        take_snapshot(s, doc, "Draft 2")
        create_document(s, event, "Declaration", kind=DocumentKind.DECLARATION)
        create_document(s, older, "Notes of the preparatory meeting")
        return older.id, event.id, doc.id


CATEGORY_NAMES = {
    "delegate": "Delegate", "observer": "Observer", "speaker": "Speaker",
    "international_organisation": "International organisation",
    "civil_society": "Civil society / NGO", "academia": "Academia", "press": "Media",
    "interpreter": "Interpreter", "staff": "Staff / secretariat", "guest": "Guest",
    "youth_delegate": "Youth delegate",
}


def expected_json(event_id: int, doc_id: int) -> dict[str, Any]:
    return {
        "event": {"id": event_id, "title": "Conference on Prevention", "short_name": "CP 2014",
                  "start_date": "2014-03-31", "end_date": "2014-04-01"},
        "events": 2,
        "participants": 12,
        "active_participants": 9,
        # Belgium, Rwanda, Holy See and Atlantis (a code no list knows is still a State's).
        "states": 4,
        # …and the network and the agency; the institute's only participant cancelled.
        "organisations": 6,
        "rooms": 2,
        "sessions": 3,
        "sessions_per_day": {"2014-03-31": 2, "2014-04-01": 1},
        "participants_by_category": {
            "delegate": 4, "observer": 1, "speaker": 1, "international_organisation": 1,
            "civil_society": 2, "academia": 1, "press": 1, "interpreter": 0, "staff": 0,
            "guest": 0, "youth_delegate": 0, "vip": 1},
        "category_names": CATEGORY_NAMES,
        "participants_by_status": {"invited": 1, "registered": 1, "confirmed": 4,
                                   "checked_in": 3, "declined": 1, "cancelled": 2},
        "participants_by_kind": {
            "state": 4, "observer_state": 1, "un_system": 1, "regional_organisation": 0,
            "international_organisation": 0, "parliament": 0, "civil_society": 2,
            "academia": 0, "media": 0, "other": 0},
        "participants_by_region": {
            # Kenya through the person (the agency has no country); Atlantis and the network's
            # second participant: no region.
            "African": 2, "Asia-Pacific": 1, "Observer States": 1, "Other or none": 2,
            "Western European and others": 3},
        "documents": [
            # Paragraphs: 1, 3, its (a), and the closing words; the deleted paragraph's
            # sub-paragraph goes with it. Words: title 1, lead-in 2, then 3 + 2 + 1 + 3.
            {"id": doc_id, "title": "Chair’s Conclusions", "kind": "chairs_conclusions",
             "drafts": 2, "paragraphs": 4, "words": 12},
            {"id": doc_id + 1, "title": "Declaration", "kind": "declaration", "drafts": 0,
             "paragraphs": 0, "words": 0},
        ],
        "summary": "9 participants from 4 States and 2 organisations",
    }


def test_the_figures_of_an_event_through_a_session(database: Database) -> None:
    older, event_id, doc_id = build_events(database)
    with database.sessions() as s:
        stats = event_stats(SessionReader(s))  # the most recent event
        assert stats.as_json() == expected_json(event_id, doc_id)
        assert event_stats(SessionReader(s), event_id) == stats
        before = event_stats(SessionReader(s), older)
    assert (before.participants, before.rooms, before.sessions, before.states) == (1, 1, 1, 1)
    assert [d["title"] for d in before.documents] == ["Notes of the preparatory meeting"]
    assert before.participants_by_region == {"African": 1}


def test_sqlite3_reads_the_same_figures_as_the_session(sqlite_database: Database) -> None:
    older, event_id, _doc_id = build_events(sqlite_database)
    with sqlite_database.sessions() as s:
        through_session = [event_stats(SessionReader(s), e) for e in (None, older, event_id)]
    assert sqlite_database.path is not None
    reader = open_sqlite_reader(sqlite_database.path)
    assert reader is not None
    with reader:
        light = [event_stats(reader, e) for e in (None, older, event_id)]
    assert light == through_session
    assert all(isinstance(stats, EventStats) for stats in light)


def test_a_missing_event_or_none_at_all_is_a_clear_message(database: Database) -> None:
    with database.sessions() as s, pytest.raises(UserError) as none_yet:
        event_stats(SessionReader(s))
    assert "holds no event yet" in str(none_yet.value)
    build_events(database)
    with database.sessions() as s, pytest.raises(UserError) as missing:
        event_stats(SessionReader(s), 999_999)
    assert str(missing.value) == "There is no event with id 999999."


def test_the_summary_screen_shows_the_same_figures(database: Database) -> None:
    _older, event_id, _doc_id = build_events(database)
    summary = load_summary(database.sessions, event_id)
    assert (summary.title, summary.short_name) == ("Conference on Prevention", "CP 2014")
    assert {f.key: f.value for f in summary.figures} == {
        "participants": 12, "active_participants": 9, "states": 4, "other_organisations": 2,
        "sessions": 3, "rooms": 2}
    categories = next(sec for sec in summary.sections if sec.key == "participants_by_category")
    assert [(row.key, row.count, row.name) for row in categories.rows][-2:] == [
        ("youth_delegate", 0, "Youth delegate"), ("vip", 1, "")]
    assert [(d.title, d.drafts, d.paragraphs) for d in summary.documents] == [
        ("Chair’s Conclusions", 2, 4), ("Declaration", 0, 0)]


EXPECTED_TEXT = """\
Conference on Prevention (2014-03-31 – 2014-04-01), event {event} of 2
9 participants from 4 States and 2 organisations.
Participants: 12 registered, 9 attending
Delegations: 6 (4 States, 2 organisations)   Rooms: 2   Sessions: 3
Sessions per day:
  2014-03-31       2
  2014-04-01       1
Participants by category:
  Delegate                         4
  Observer                         1
  Speaker                          1
  International organisation       1
  Civil society / NGO              2
  Academia                         1
  Media                            1
  Interpreter                      0
  Staff / secretariat              0
  Guest                            0
  Youth delegate                   0
  vip                              1
Participants by status:
  invited          1
  registered       1
  confirmed        4
  checked in       3
  declined         1
  cancelled        2
Attending by kind of organisation:
  state                            4
  observer state                   1
  un system                        1
  regional organisation            0
  international organisation       0
  parliament                       0
  civil society                    2
  academia                         0
  media                            0
  other                            0
Attending by region:
  African                           2
  Asia-Pacific                      1
  Observer States                   1
  Other or none                     2
  Western European and others       3
Outcome documents:
  [{doc}] Chair’s Conclusions: 2 drafts, 4 paragraphs
  [{doc2}] Declaration: 0 drafts, 0 paragraphs
"""


def test_the_command_prints_the_figures_on_either_engine(database: Database,
                                                         tmp_path: Path) -> None:
    """`confdesk stats` in a process of its own: sqlite3 on the file, the usual opening on
    the server; the same text and JSON either way."""
    _older, event_id, doc_id = build_events(database)
    target = str(database.path) if database.path else database.url.render_as_string(
        hide_password=False)

    def stats(*words: str) -> str:
        done = subprocess.run([sys.executable, "-m", "confdesk", "stats", "-d", target, *words],
                              capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                              timeout=120, check=True)
        assert done.stderr == ""
        return done.stdout

    assert stats() == EXPECTED_TEXT.format(event=event_id, doc=doc_id, doc2=doc_id + 1)
    assert json.loads(stats("--json")) == expected_json(event_id, doc_id)
    assert stats("--event", str(event_id), "--json") == stats("--json")
