"""Kinds of event, without SQLAlchemy (see `confdesk.registration.kinds`); `events.models`
gives the same name."""

from __future__ import annotations

import enum


class EventKind(enum.StrEnum):
    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    MEETING = "meeting"
