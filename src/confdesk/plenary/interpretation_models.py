"""The languages of a session: the floor language and the interpretation offered."""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.db.base import Base, Versioned


class SessionLanguages(Versioned, Base):
    """A session's languages where they differ from the event's (no row: the event's).

    The event's working languages are the default: the first is the floor language and
    every one of them is interpreted.
    """

    __tablename__ = "session_languages"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    #: ISO 639-1 code of the language most speakers use ("en").
    floor_language: Mapped[str] = mapped_column(String(8), default="en")
    #: ISO 639-1 codes of the languages interpreted into (one booth each); empty: none.
    interpretation: Mapped[list[str]] = mapped_column(JSON, default=list)
