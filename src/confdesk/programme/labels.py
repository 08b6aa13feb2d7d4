"""The words a programme prints for kinds of session and roles (English; one place to translate)."""

from __future__ import annotations

from datetime import date

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


def day_label(day: date) -> str:
    """"Monday 31 March 2014"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def date_range(start: date, end: date) -> str:
    """"31 March – 1 April 2014", "1–3 April 2014", "31 December 2014 – 2 January 2015"."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if start.year != end.year:
        return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day}–{end.day} {end:%B %Y}"
