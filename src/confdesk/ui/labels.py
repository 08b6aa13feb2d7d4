"""Display names of stored codes (categories, statuses, kinds, regions), translated.

The labels of the enums are defined once, Qt-free, in `confdesk/labels.py` (statuses, kinds
of organisation, regional groups, delegation roles, kinds of event); this module translates
them and adds the summary's own headings.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from confdesk.labels import COUNTS, Label, count_labels, delegation_role_label
from confdesk.registration.kinds import DelegationRole

_CONTEXT = COUNTS

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
    # categories
    "delegate": QT_TRANSLATE_NOOP("Labels", "Delegates"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Speakers"),
    "observer": QT_TRANSLATE_NOOP("Labels", "Observers"),
    "press": QT_TRANSLATE_NOOP("Labels", "Press"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Guests"),
    # statuses, kinds of organisation, UN regional groups
    **count_labels(),
}


def label(code: str) -> str:
    """The translated display name of `code` (the code itself, tidied, if unknown)."""
    text = _TEXTS.get(code)
    if text is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, str(text))


def translated(label: Label) -> str:
    """A label of `confdesk.labels` in the user's language."""
    return QCoreApplication.translate(label.context, label.text)


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone, for display."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def role_label(role: DelegationRole) -> str:
    """A delegation role in the user's language ("Head of delegation")."""
    return translated(delegation_role_label(role))
