"""The words a programme prints for kinds of session and roles (English; one place to translate)."""

from __future__ import annotations

from confdesk.programme.models import RoleKind, SessionKind

#: Kind of session as printed.
KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.OPENING: "Opening",
    SessionKind.KEYNOTE: "Keynote",
    SessionKind.PANEL: "Panel",
    SessionKind.PLENARY: "Plenary",
    SessionKind.HIGH_LEVEL: "High-level segment",
    SessionKind.CLOSING: "Closing",
    SessionKind.BREAK: "Break",
    SessionKind.SIDE_EVENT: "Side event",
}

#: Role as printed: (one person, several people).
ROLE_LABELS: dict[RoleKind, tuple[str, str]] = {
    RoleKind.CHAIR: ("Chair", "Chairs"),
    RoleKind.MODERATOR: ("Moderator", "Moderators"),
    RoleKind.KEYNOTE_SPEAKER: ("Keynote speaker", "Keynote speakers"),
    RoleKind.SPEAKER: ("Speaker", "Speakers"),
    RoleKind.DISCUSSANT: ("Discussant", "Discussants"),
    RoleKind.RAPPORTEUR: ("Rapporteur", "Rapporteurs"),
}


def kind_label(kind: SessionKind) -> str:
    """"High-level segment"."""
    return KIND_LABELS[kind]


def role_label(role: RoleKind, count: int = 1) -> str:
    """"Chair" for one person, "Chairs" for several."""
    one, many = ROLE_LABELS[role]
    return one if count == 1 else many
