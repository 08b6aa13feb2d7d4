"""The audit trail's table: one row per change of one record, never updated nor deleted.

On PostgreSQL the migration (0007) adds a trigger that refuses UPDATE and DELETE on it for
everybody, the table's owner included, except inside `confdesk_audit_pseudonymise`, the
function that replaces an erased person's name by a pseudonym (see `team/personal_data.py`).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.db.base import Base, utcnow


class AuditEntry(Base):
    """Who changed which record, when, in which action, from what to what."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity_kind", "entity_id"),
        Index("ix_audit_entries_owner", "owner_kind", "owner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: When the change was made (UTC).
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    #: Who made it (`team.identity.person_of`): PostgreSQL login role or the desk's person.
    person: Mapped[str] = mapped_column(String(200), index=True)
    #: Which open database (one window or command) made it, so that a desk can tell its own
    #: changes from a colleague's in the live refresh.
    desk: Mapped[str] = mapped_column(String(36), default="")
    #: The event the record belongs to (no foreign key: the trail outlives deleted events).
    event_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: "participant", "session", "paragraph", "comment"… (see `team.audit.SUBJECTS`).
    entity_kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: A readable name of the record at the time ("Zoë Martin (K7QX2P)").
    entity_label: Mapped[str] = mapped_column(String(400), default="")
    #: The record this one belongs to, whose History shows it too (a comment's paragraph,
    #: a speaker's session); empty when none.
    owner_kind: Mapped[str] = mapped_column(String(40), default="")
    owner_id: Mapped[int | None] = mapped_column(Integer)
    #: "insert", "update", "delete", or a whole-record act ("export", "erase").
    operation: Mapped[str] = mapped_column(String(16))
    #: The user's action ("Import of registrations.xlsx, 312 people").
    action: Mapped[str] = mapped_column(String(400), default="")
    #: JSON text {field: [before, after]}; written by confdesk as text (not a JSON column),
    #: so that every engine stores the same characters and a pseudonym can replace a name.
    changes: Mapped[str] = mapped_column(Text, default="{}")

    def changed_fields(self) -> dict[str, list[Any]]:
        try:
            value = json.loads(self.changes or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}
