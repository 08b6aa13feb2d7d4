"""Translatable names of kinds of session and roles, and the grid's colours for kinds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from confdesk.programme.conflicts import Finding
from confdesk.programme.models import RoleKind, SessionKind

_CONTEXT = "ProgrammeLabels"

_KINDS: dict[SessionKind, object] = {
    SessionKind.OPENING: QT_TRANSLATE_NOOP("ProgrammeLabels", "Opening"),
    SessionKind.KEYNOTE: QT_TRANSLATE_NOOP("ProgrammeLabels", "Keynote"),
    SessionKind.PANEL: QT_TRANSLATE_NOOP("ProgrammeLabels", "Panel"),
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("ProgrammeLabels", "Plenary"),
    SessionKind.HIGH_LEVEL: QT_TRANSLATE_NOOP("ProgrammeLabels", "High-level segment"),
    SessionKind.CLOSING: QT_TRANSLATE_NOOP("ProgrammeLabels", "Closing"),
    SessionKind.BREAK: QT_TRANSLATE_NOOP("ProgrammeLabels", "Break"),
    SessionKind.SIDE_EVENT: QT_TRANSLATE_NOOP("ProgrammeLabels", "Side event"),
}

_ROLES: dict[RoleKind, object] = {
    RoleKind.CHAIR: QT_TRANSLATE_NOOP("ProgrammeLabels", "Chair"),
    RoleKind.MODERATOR: QT_TRANSLATE_NOOP("ProgrammeLabels", "Moderator"),
    RoleKind.KEYNOTE_SPEAKER: QT_TRANSLATE_NOOP("ProgrammeLabels", "Keynote speaker"),
    RoleKind.SPEAKER: QT_TRANSLATE_NOOP("ProgrammeLabels", "Speaker / panellist"),
    RoleKind.DISCUSSANT: QT_TRANSLATE_NOOP("ProgrammeLabels", "Discussant"),
    RoleKind.RAPPORTEUR: QT_TRANSLATE_NOOP("ProgrammeLabels", "Rapporteur"),
}

#: Block colours when the grid is coloured by kind of session.
KIND_COLOURS: dict[SessionKind, str] = {
    SessionKind.OPENING: "#5b7fb3",
    SessionKind.KEYNOTE: "#8a62a8",
    SessionKind.PANEL: "#3f9a8c",
    SessionKind.PLENARY: "#c2813a",
    SessionKind.HIGH_LEVEL: "#b04a5a",
    SessionKind.CLOSING: "#5b7fb3",
    SessionKind.BREAK: "#b9bec4",
    SessionKind.SIDE_EVENT: "#7d8f3c",
}
#: Colour of a session without a theme when the grid is coloured by theme.
NO_THEME_COLOUR = "#8d99a6"


def kind_text(kind: SessionKind) -> str:
    """"High-level segment", translated."""
    return QCoreApplication.translate(_CONTEXT, str(_KINDS[kind]))


def role_text(role: RoleKind) -> str:
    """"Rapporteur", translated."""
    return QCoreApplication.translate(_CONTEXT, str(_ROLES[role]))


def finding_text(finding: Finding) -> str:
    """A conflict finding's sentence, translated when a translation of its template exists."""
    template = QCoreApplication.translate("Findings", finding.template)
    try:
        return template.format(**finding.params)
    except (KeyError, IndexError, ValueError):
        return finding.message


def short_day(day: date) -> str:
    """"Mon 31 Mar" in the user's language, for day tabs and lists."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_day(day: date) -> str:
    """"Monday 31 March 2014" in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
