"""Who holds which role: one row per person, role and event (or all events).

On SQLite the rows are what the window shows and what the service check consults; on
PostgreSQL they are mirrored by membership of the `confdesk_<role>` group roles (which give
the table privileges) and read by the row-level security policies (which give the per-event
limits), see `team/postgres.py`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.db.base import Base, enum_column, utcnow
from confdesk.team.roles import Role

#: PostgreSQL's limit on a role name (NAMEDATALEN - 1).
PERSON_LENGTH = 63


class RoleGrant(Base):
    """One role held by one person, for one event or (event_id None) for all events."""

    __tablename__ = "team_role_grant"
    __table_args__ = (UniqueConstraint("person", "role", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The person: their PostgreSQL login role, or the name at an SQLite desk.
    person: Mapped[str] = mapped_column(String(PERSON_LENGTH), index=True)
    role: Mapped[Role] = enum_column(Role)
    #: The event the role is held for; None: every event, present and future.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True)
    #: Who granted it, and when (UTC).
    granted_by: Mapped[str] = mapped_column(String(PERSON_LENGTH), default="")
    granted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    def __repr__(self) -> str:
        return f"<RoleGrant {self.person} {self.role} event={self.event_id}>"
