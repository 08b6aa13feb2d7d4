"""Fixtures of the window tests: a private QSettings file and a database with two events."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from confdesk.app import install_translators
from confdesk.db.database import Database, open_database
from confdesk.registration.models import OrganisationKind, Status
from confdesk.ui.settings import Settings
from tests.factories import (
    make_event,
    make_organisation,
    make_participant,
    make_room,
    make_session,
)


@dataclass(frozen=True)
class Events:
    """Ids of the two events in `two_events`."""

    conference: int
    workshop: int


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box a test did not expect fails that test instead of blocking the run.

    Offscreen, a modal QMessageBox waits forever for a click. Tests that expect one replace
    these with their own answer (monkeypatch again inside the test); any other is a failure
    that names the message.
    """

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {' / '.join(texts)}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))


@pytest.fixture(autouse=True)
def own_default_settings(tmp_path: Path) -> Iterator[None]:
    """Code that opens the default QSettings() (the last export folder, the interface
    language) writes into the test's own folder, never into the user's configuration nor
    into a file shared by other tests or later runs."""
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French window for one test: French translators and the French default locale
    (dates, numbers), both taken back afterwards."""
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    installed = install_translators(qapp, locale)
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Numbers and dates as in the tests' expectations, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def english_translators(qapp: QApplication) -> Iterator[None]:
    """The translators a British desktop gets (English plural forms), as the app installs."""
    installed = install_translators(
        qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an INI file of the test's own, never the user's."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def fill_two_events(db: Database) -> Events:
    """A conference (12 participants, 5 sessions over two days) and a later workshop (3)."""
    with db.sessions() as s:
        conference = make_event(s, title="Conference on Prevention", short_name="CP 2014")
        workshop = make_event(
            s, title="Follow-up Workshop", short_name="WS 2015",
            start_date=date(2015, 5, 4), end_date=date(2015, 5, 4),
        )
        belgium = make_organisation(
            s, name_en="Belgium", kind=OrganisationKind.STATE, country_code="BE"
        )
        rwanda = make_organisation(
            s, name_en="Rwanda", kind=OrganisationKind.STATE, country_code="RW"
        )
        ngo = make_organisation(s, name_en="Aegis Trust", kind=OrganisationKind.CIVIL_SOCIETY)
        for i in range(12):
            make_participant(
                s, conference, organisation=(belgium, rwanda, ngo)[i % 3],
                category="speaker" if i < 4 else "delegate",
                status=Status.DECLINED if i == 11 else Status.CONFIRMED,
            )
        for _ in range(3):
            make_participant(s, workshop, organisation=ngo)
        room = make_room(s, conference, name="Room A")
        for day, hours in ((date(2014, 3, 31), (9, 11, 14)), (date(2014, 4, 1), (9, 11))):
            for hour in hours:
                make_session(s, conference, day=day, room=room,
                             start_time=time(hour, 0), end_time=time(hour + 1, 30))
        s.commit()
        return Events(conference.id, workshop.id)


@pytest.fixture
def two_events(tmp_path: Path) -> tuple[Path, Events]:
    """A closed SQLite file holding the two events, and their ids."""
    path = tmp_path / "events.sqlite"
    db = open_database(path)
    try:
        events = fill_two_events(db)
    finally:
        db.close()
    return path, events


@pytest.fixture
def events_database(two_events: tuple[Path, Events]) -> Iterator[Database]:
    """The two-event database, open."""
    db = open_database(two_events[0])
    try:
        yield db
    finally:
        db.close()
