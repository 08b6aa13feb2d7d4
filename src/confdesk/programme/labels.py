"""The words a programme prints for kinds of session, roles and days, in English or French."""

from __future__ import annotations

from datetime import date

from confdesk import editions
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


#: The same in French.
KIND_LABELS_FR: dict[SessionKind, str] = {
    SessionKind.OPENING: "Ouverture",
    SessionKind.KEYNOTE: "Discours liminaire",
    SessionKind.PANEL: "Table ronde",
    SessionKind.PLENARY: "Séance plénière",
    SessionKind.HIGH_LEVEL: "Segment de haut niveau",
    SessionKind.CLOSING: "Clôture",
    SessionKind.BREAK: "Pause",
    SessionKind.SIDE_EVENT: "Manifestation parallèle",
}

ROLE_LABELS_FR: dict[RoleKind, tuple[str, str]] = {
    RoleKind.CHAIR: ("Présidence", "Présidence"),
    RoleKind.MODERATOR: ("Modération", "Modération"),
    RoleKind.KEYNOTE_SPEAKER: ("Orateur principal", "Orateurs principaux"),
    RoleKind.SPEAKER: ("Intervenant", "Intervenants"),
    RoleKind.DISCUSSANT: ("Discutant", "Discutants"),
    RoleKind.RAPPORTEUR: ("Rapporteur", "Rapporteurs"),
}


def kind_label(kind: SessionKind, language: str = "en") -> str:
    """"High-level segment", "Segment de haut niveau"."""
    return (KIND_LABELS_FR if language == "fr" else KIND_LABELS)[kind]


def role_label(role: RoleKind, count: int = 1, language: str = "en") -> str:
    """"Chair" for one person, "Chairs" for several (French: "Présidence")."""
    one, many = (ROLE_LABELS_FR if language == "fr" else ROLE_LABELS)[role]
    return one if count == 1 else many


def day_label(day: date, language: str = "en") -> str:
    """"Monday 31 March 2014", "lundi 31 mars 2014"."""
    return editions.long_date(day, language, weekday=True)


def date_range(start: date, end: date, language: str = "en") -> str:
    """"31 March – 1 April 2014", "1–3 April 2014", "31 December 2014 – 2 January 2015";
    French "31 mars – 1er avril 2014"."""
    return editions.date_range(start, end, language)
