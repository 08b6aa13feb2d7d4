"""What colleagues changed since this desk last looked: the live refresh's Qt-free half.

A `ChangeFeed` holds one connection of its own and is polled (the window does it from a
timer): on PostgreSQL that connection LISTENs on `confdesk_changes`, which every flush that
recorded something notifies when its transaction commits (see `team.audit`); on SQLite it
reads `PRAGMA data_version`, which moves when another connection commits, and then reads the
new audit entries (SQLite commits one writer at a time, so entry ids grow in commit order).
Either way a poll costs no query of the tables while nothing happens, and this desk's own
changes are left out (each open database writes its own desk id).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from confdesk.db.base import utcnow
from confdesk.db.database import Database
from confdesk.team.audit import CHANNEL, desk_of
from confdesk.team.audit_models import AuditEntry

#: Which screens show which kinds of record (for the window to refresh only what changed).
PARTICIPANT_KINDS = frozenset({"participant", "organisation", "category", "list_revision"})
PROGRAMME_KINDS = frozenset({"session", "session_role", "room", "theme", "event",
                             "recommendation"})
DOCUMENT_KINDS = frozenset({"document", "section", "paragraph", "comment", "snapshot",
                            "recommendation"})


@dataclass(frozen=True)
class Change:
    """One colleague's committed work: who, when (UTC), what kinds of record (with ids)."""

    person: str
    at: datetime
    action: str
    kinds: dict[str, tuple[int, ...]] = field(default_factory=dict)
    events: tuple[int, ...] = ()
    count: int = 0

    def touches(self, kinds: Iterable[str]) -> bool:
        return bool(set(self.kinds) & set(kinds))

    def ids(self, kind: str) -> tuple[int, ...]:
        return self.kinds.get(kind, ())


class ChangeFeed:
    """Polled for colleagues' changes to one open database (see the module's docstring)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.desk = desk_of(database.engine)
        self._postgresql = database.engine.dialect.name == "postgresql"
        #: True once the feed's connection failed; it then reports nothing.
        self.broken = False
        raw = database.engine.raw_connection()
        driver: Any = raw.driver_connection
        self._driver = driver
        raw.detach()  # a connection of the feed's own, never handed to anyone else
        if self._postgresql:
            self._driver.autocommit = True
            self._driver.execute(f"LISTEN {CHANNEL}")
            self._data_version = 0
        else:
            self._data_version = self._read_data_version()
        with database.sessions() as s:
            self._last_id = int(s.scalar(select(func.max(AuditEntry.id))) or 0)

    def _read_data_version(self) -> int:
        cursor = self._driver.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def poll(self) -> list[Change]:
        """Colleagues' changes committed since the last poll, oldest first. A feed whose
        connection broke (a server gone) reports nothing from then on (`broken`): the live
        refresh is a convenience, and the desk's own next action says what went wrong."""
        if self.broken:
            return []
        try:
            if self._postgresql:
                return self._notified()
            version = self._read_data_version()
            if version == self._data_version:
                return []
            self._data_version = version
            return self._new_entries()
        except Exception:  # noqa: BLE001 - any driver's error: the feed stops, see above
            self.broken = True
            return []

    def _notified(self) -> list[Change]:
        found: list[Change] = []
        for note in self._driver.notifies(timeout=0, stop_after=None):
            try:
                data = json.loads(note.payload)
            except ValueError:
                continue
            if not isinstance(data, dict) or data.get("desk") == self.desk:
                continue
            kinds = {str(k): tuple(int(i) for i in v)
                     for k, v in dict(data.get("kinds") or {}).items()}
            found.append(Change(str(data.get("person", "")), utcnow(),
                                str(data.get("action", "")), kinds,
                                tuple(int(e) for e in data.get("events") or ()),
                                int(data.get("count") or 0)))
        return found

    def _new_entries(self) -> list[Change]:
        with self.database.sessions() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.id > self._last_id)
                             .order_by(AuditEntry.id)).all()
        if rows:
            self._last_id = rows[-1].id
        grouped: dict[tuple[str, str, str], list[AuditEntry]] = {}
        for row in rows:
            if row.desk != self.desk:
                grouped.setdefault((row.desk, row.person, row.action), []).append(row)
        changes = []
        for (_desk, person, act), group in grouped.items():
            kinds: dict[str, list[int]] = {}
            for row in group:
                ids = kinds.setdefault(row.entity_kind, [])
                if row.entity_id is not None:
                    ids.append(row.entity_id)
            changes.append(Change(person, group[-1].at, act,
                                  {k: tuple(v) for k, v in kinds.items()},
                                  tuple(sorted({r.event_id for r in group
                                                if r.event_id is not None})), len(group)))
        return changes

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a connection the server already dropped
            self._driver.close()
