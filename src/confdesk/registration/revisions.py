"""Issues of the published list of participants: "Rev.1" of 2 April 2014, and what changed.

Each issue is stored with the entries it printed, so a later issue can say who was added,
who was removed and whose entry changed since the previous one, as protocol offices expect
from a revised list. The first issue is the original (no "Rev."); the next ones are Rev.1,
Rev.2…
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Mapped, Session, mapped_column

from confdesk.db.base import Base

if TYPE_CHECKING:
    from collections.abc import Iterable

    from confdesk.registration.protocol import Delegation


class ListRevision(Base):
    """One issue of an event's published list of participants."""

    __tablename__ = "participants_list_revision"
    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    #: 0 for the original issue, then 1 for Rev.1, 2 for Rev.2…
    number: Mapped[int] = mapped_column(Integer)
    #: The date of issue printed on the list.
    issued_on: Mapped[date] = mapped_column(Date)
    #: Language of the issue ("en", "fr").
    language: Mapped[str] = mapped_column(String(8), default="en")
    #: What the issue printed, one dict per person (see `Entry`).
    entries: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    @property
    def label(self) -> str:
        """"Rev.2"; "" for the original issue."""
        return revision_label(self.number)


def revision_label(number: int) -> str:
    """"Rev.1" for 1; the original issue (0) has none."""
    return f"Rev.{number}" if number > 0 else ""


@dataclass(frozen=True, slots=True)
class Entry:
    """A person as one issue of the list printed them."""

    id: int
    name: str
    delegation: str
    organisation_id: int | None
    function: str
    role: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "delegation": self.delegation,
                "organisation_id": self.organisation_id, "function": self.function,
                "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        return cls(int(data["id"]), str(data.get("name", "")), str(data.get("delegation", "")),
                   data.get("organisation_id"), str(data.get("function", "")),
                   str(data.get("role", "")))

    def differs_from(self, other: Entry) -> bool:
        """True when a reader would see a different entry (delegations compared by
        organisation, so that an English and a French issue compare alike)."""
        return (self.name, self.organisation_id, self.function, self.role) != (
            other.name, other.organisation_id, other.function, other.role)


def entries_of(delegations: Iterable[Delegation]) -> list[Entry]:
    """The entries a list of delegations prints, in its order."""
    return [
        Entry(m.id, m.display_name, d.name, d.organisation_id, m.function,
              m.delegation_role.value)
        for d in delegations for m in d.members
    ]


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed between two issues, each in the newer list's order (removed: the
    older one's)."""

    since: str  #: "the list of 31 March 2014", "Rev.1 of 1 April 2014"
    added: tuple[Entry, ...]
    removed: tuple[Entry, ...]
    changed: tuple[tuple[Entry, Entry], ...]  #: (before, now)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def compare(before: Iterable[Entry], now: Iterable[Entry], since: str = "") -> Changes:
    """The people added, removed and changed from one issue to the next."""
    old = {e.id: e for e in before}
    new = list(now)
    new_ids = {e.id for e in new}
    return Changes(
        since=since,
        added=tuple(e for e in new if e.id not in old),
        removed=tuple(e for e in old.values() if e.id not in new_ids),
        changed=tuple((old[e.id], e) for e in new if e.id in old and e.differs_from(old[e.id])),
    )


def latest(session: Session, event_id: int) -> ListRevision | None:
    """The event's last issue of the list, or None before the first."""
    return session.scalars(
        sa_select(ListRevision).where(ListRevision.event_id == event_id)
        .order_by(ListRevision.number.desc()).limit(1)
    ).first()


def issue(session: Session, event_id: int, entries: Iterable[Entry], *, issued_on: date,
          language: str = "en") -> ListRevision:
    """Record a new issue of the list (the original, then Rev.1, Rev.2…); flushes, the caller
    commits once the file is written."""
    previous = latest(session, event_id)
    revision = ListRevision(
        event_id=event_id, number=0 if previous is None else previous.number + 1,
        issued_on=issued_on, language=language, entries=[e.as_dict() for e in entries],
    )
    session.add(revision)
    session.flush()
    return revision
