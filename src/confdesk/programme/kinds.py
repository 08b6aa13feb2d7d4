"""The programme's vocabulary: kinds of session and of role, without SQLAlchemy (see
`confdesk.registration.kinds`); `programme.models` gives the same names."""

from __future__ import annotations

import enum


class SessionKind(enum.StrEnum):
    OPENING = "opening"
    KEYNOTE = "keynote"
    PANEL = "panel"
    PLENARY = "plenary"
    HIGH_LEVEL = "high_level"
    CLOSING = "closing"
    BREAK = "break"
    SIDE_EVENT = "side_event"


class RoleKind(enum.StrEnum):
    """Roles in a session, in the order a programme lists them."""

    CHAIR = "chair"
    MODERATOR = "moderator"
    KEYNOTE_SPEAKER = "keynote_speaker"
    SPEAKER = "speaker"
    DISCUSSANT = "discussant"
    RAPPORTEUR = "rapporteur"
