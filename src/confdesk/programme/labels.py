"""The words for kinds of session, roles and days: the one place they are defined.

Files print them in English or French (`language`); the window translates the English source
texts (context "ProgrammeLabels", see `ui/programme/labels.py`).
"""

from __future__ import annotations

from datetime import date

from confdesk import editions
from confdesk.i18n import QT_TRANSLATE_NOOP
from confdesk.programme.kinds import RoleKind, SessionKind

#: The translation context of these labels (the window translates them, the files print the
#: English source text or the French below).
CONTEXT = "ProgrammeLabels"

#: Kind of session.
KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.OPENING: QT_TRANSLATE_NOOP("ProgrammeLabels", "Opening"),
    SessionKind.KEYNOTE: QT_TRANSLATE_NOOP("ProgrammeLabels", "Keynote"),
    SessionKind.PANEL: QT_TRANSLATE_NOOP("ProgrammeLabels", "Panel"),
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("ProgrammeLabels", "Plenary"),
    SessionKind.HIGH_LEVEL: QT_TRANSLATE_NOOP("ProgrammeLabels", "High-level segment"),
    SessionKind.CLOSING: QT_TRANSLATE_NOOP("ProgrammeLabels", "Closing"),
    SessionKind.BREAK: QT_TRANSLATE_NOOP("ProgrammeLabels", "Break"),
    SessionKind.SIDE_EVENT: QT_TRANSLATE_NOOP("ProgrammeLabels", "Side event"),
}

#: Role as a heading over its holders: (one person, several people).
ROLE_LABELS: dict[RoleKind, tuple[str, str]] = {
    RoleKind.CHAIR: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Chair"),
                     QT_TRANSLATE_NOOP("ProgrammeLabels", "Chairs")),
    RoleKind.MODERATOR: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Moderator"),
                         QT_TRANSLATE_NOOP("ProgrammeLabels", "Moderators")),
    RoleKind.KEYNOTE_SPEAKER: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Keynote speaker"),
                               QT_TRANSLATE_NOOP("ProgrammeLabels", "Keynote speakers")),
    RoleKind.SPEAKER: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Speaker"),
                       QT_TRANSLATE_NOOP("ProgrammeLabels", "Speakers")),
    RoleKind.DISCUSSANT: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Discussant"),
                          QT_TRANSLATE_NOOP("ProgrammeLabels", "Discussants")),
    RoleKind.RAPPORTEUR: (QT_TRANSLATE_NOOP("ProgrammeLabels", "Rapporteur"),
                          QT_TRANSLATE_NOOP("ProgrammeLabels", "Rapporteurs")),
}

#: Role as the window offers it to choose (where it differs from the heading): a panel's
#: speakers are its panellists, which the chooser says so that nobody looks for "Panellist".
ROLE_CHOICE_LABELS: dict[RoleKind, str] = {
    RoleKind.SPEAKER: QT_TRANSLATE_NOOP("ProgrammeLabels", "Speaker / panellist"),
}

#: The kinds as the French editions of the files print them.
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

#: The roles as the French editions of the files print them.
ROLE_LABELS_FR: dict[RoleKind, tuple[str, str]] = {
    RoleKind.CHAIR: ("Présidence", "Présidence"),
    RoleKind.MODERATOR: ("Modération", "Modération"),
    RoleKind.KEYNOTE_SPEAKER: ("Orateur principal", "Orateurs principaux"),
    RoleKind.SPEAKER: ("Intervenant", "Intervenants"),
    RoleKind.DISCUSSANT: ("Discutant", "Discutants"),
    RoleKind.RAPPORTEUR: ("Rapporteur", "Rapporteurs"),
}


def role_choice_label(role: RoleKind) -> str:
    """"Speaker / panellist": the role in the window's lists and choosers (English)."""
    return ROLE_CHOICE_LABELS.get(role) or ROLE_LABELS[role][0]


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
