"""Setting a session's languages: the one writer of `SessionLanguages` (Qt-free)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.events.models import Event
from confdesk.plenary import plenary_messages as msg
from confdesk.plenary.interpretation import Languages, check_language, default_languages
from confdesk.plenary.interpretation_models import SessionLanguages
from confdesk.programme.models import Session as ProgrammeSession


class InterpretationService:
    """Reads and changes the languages of one event's sessions, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    def languages(self, session_id: int) -> Languages:
        with self.database.sessions() as s:
            item = self._session(s, session_id)
            row = s.get(SessionLanguages, session_id)
            if row is not None:
                return Languages(row.floor_language, tuple(row.interpretation or ()), own=True)
            return default_languages(item.event.working_languages or ["en"], item.kind)

    def set_languages(self, session_id: int, floor: str | None,
                      interpretation: Sequence[str] | None) -> Languages | None:
        """Give a session its own languages (None for both: back to the event's); returns its
        own languages before (None: it had the event's), for undo."""
        with self.database.sessions.begin() as s:
            self._session(s, session_id)
            row = s.get(SessionLanguages, session_id)
            before = Languages(row.floor_language, tuple(row.interpretation or ()), own=True) \
                if row is not None else None
            if floor is None and interpretation is None:
                if row is not None:
                    s.delete(row)
                return before
            if floor is None or interpretation is None:
                current = before or default_languages(
                    self._event(s).working_languages or ["en"])
                floor = floor if floor is not None else current.floor
                interpretation = interpretation if interpretation is not None \
                    else current.interpretation
            codes = tuple(dict.fromkeys(check_language(c) for c in interpretation if c.strip()))
            floor_code = check_language(floor)
            if row is None:
                row = SessionLanguages(session_id=session_id)
                s.add(row)
            row.floor_language, row.interpretation = floor_code, list(codes)
            s.flush()
            return before

    def _event(self, s: Session) -> Event:
        event = s.get(Event, self.event_id)
        assert event is not None
        return event

    def _session(self, s: Session, session_id: int) -> ProgrammeSession:
        item = s.get(ProgrammeSession, session_id)
        if item is None or item.event_id != self.event_id:
            raise UserError(msg.NO_SESSION, code="interpretation.no_session",
                            session=session_id)
        return item
