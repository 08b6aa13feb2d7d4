"""Display names of stored codes (categories, statuses, kinds, regions), translatable."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

#: Source texts by code; QT_TRANSLATE_NOOP marks them for pyside6-lupdate.
_TEXTS: dict[str, object] = {
    # headline figures
    "participants": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "active_participants": QT_TRANSLATE_NOOP("Labels", "Attending"),
    "states": QT_TRANSLATE_NOOP("Labels", "States"),
    "other_organisations": QT_TRANSLATE_NOOP("Labels", "Organisations"),
    "sessions": QT_TRANSLATE_NOOP("Labels", "Sessions"),
    "rooms": QT_TRANSLATE_NOOP("Labels", "Rooms"),
    # sections
    "participants_by_status": QT_TRANSLATE_NOOP("Labels", "Participants by status"),
    "participants_by_category": QT_TRANSLATE_NOOP("Labels", "Participants by category"),
    "participants_by_kind": QT_TRANSLATE_NOOP("Labels", "Attending, by kind of organisation"),
    "participants_by_region": QT_TRANSLATE_NOOP("Labels", "Attending, by regional group"),
    "sessions_per_day": QT_TRANSLATE_NOOP("Labels", "Sessions per day"),
    # statuses
    "invited": QT_TRANSLATE_NOOP("Labels", "Invited"),
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "checked_in": QT_TRANSLATE_NOOP("Labels", "Checked in"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    # categories
    "delegate": QT_TRANSLATE_NOOP("Labels", "Delegates"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Speakers"),
    "observer": QT_TRANSLATE_NOOP("Labels", "Observers"),
    "press": QT_TRANSLATE_NOOP("Labels", "Press"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Guests"),
    # kinds of organisation
    "state": QT_TRANSLATE_NOOP("Labels", "Member States"),
    "observer_state": QT_TRANSLATE_NOOP("Labels", "Observer States"),
    "un_system": QT_TRANSLATE_NOOP("Labels", "United Nations system"),
    "regional_organisation": QT_TRANSLATE_NOOP("Labels", "Regional organisations"),
    "international_organisation": QT_TRANSLATE_NOOP("Labels", "International organisations"),
    "parliament": QT_TRANSLATE_NOOP("Labels", "Parliaments"),
    "civil_society": QT_TRANSLATE_NOOP("Labels", "Civil society"),
    "academia": QT_TRANSLATE_NOOP("Labels", "Academia"),
    "media": QT_TRANSLATE_NOOP("Labels", "Media"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # UN regional groups
    "African": QT_TRANSLATE_NOOP("Labels", "African States"),
    "Asia-Pacific": QT_TRANSLATE_NOOP("Labels", "Asia-Pacific States"),
    "Eastern European": QT_TRANSLATE_NOOP("Labels", "Eastern European States"),
    "Latin American and Caribbean": QT_TRANSLATE_NOOP(
        "Labels", "Latin American and Caribbean States"
    ),
    "Western European and others": QT_TRANSLATE_NOOP(
        "Labels", "Western European and other States"
    ),
    "Observer States": QT_TRANSLATE_NOOP("Labels", "Observer States"),
    "Other or none": QT_TRANSLATE_NOOP("Labels", "No State"),
}


def label(code: str) -> str:
    """The translated display name of `code` (the code itself, tidied, if unknown)."""
    text = _TEXTS.get(code)
    if text is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, str(text))


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone, for display."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
