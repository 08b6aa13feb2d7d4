"""Kinds of session and roles in the user's language (defined in `programme/labels.py`), and
the grid's colours for kinds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from confdesk.programme.conflicts import Finding
from confdesk.programme.labels import CONTEXT, KIND_LABELS, role_choice_label
from confdesk.programme.models import RoleKind, SessionKind

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
    return QCoreApplication.translate(CONTEXT, KIND_LABELS[kind])


def role_text(role: RoleKind) -> str:
    """"Rapporteur", translated."""
    return QCoreApplication.translate(CONTEXT, role_choice_label(role))


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
