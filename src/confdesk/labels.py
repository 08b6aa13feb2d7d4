"""The words for the stored codes of events and registration: the one place they are defined.

Each enum's English labels are written once here, marked with the Qt-free
`QT_TRANSLATE_NOOP` (confdesk/i18n.py) so that `pyside6-lupdate` extracts them; the window
translates them (`ui/labels.py`), files and the CLI print the English or the stored code.
The programme's kinds and roles live in `programme/labels.py` on the same pattern.

Where one value is shown two ways, the table holds both, side by side, as
`programme.labels.ROLE_LABELS` holds a role's singular and plural: a status is "Confirmed"
for one person (French "Confirmé", context "StatusLabel") and "Confirmed" as the heading of a
count (French "Confirmés", context "Labels"). The contexts are those the translations have
always used, so no translation is lost by moving the texts here.
"""

from __future__ import annotations

from typing import NamedTuple

from confdesk.events.kinds import EventKind
from confdesk.i18n import QT_TRANSLATE_NOOP
from confdesk.registration.kinds import DelegationRole, OrganisationKind, Status


class Label(NamedTuple):
    """An English source text and the translation context it is marked in."""

    context: str
    text: str


#: The context of headings over counts (the summary's figures, sections and rows).
COUNTS = "Labels"
#: The context of one participant's status (lists, the participant dialog, the desk).
ONE_STATUS = "StatusLabel"
#: The context of delegation roles (the participant dialog, the delegations page).
DELEGATION = "ParticipantDialog"
#: The context of the kinds of event (the event dialog).
EVENT = "EventDialog"

#: Registration status: (for one person, as the heading of a count).
STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.INVITED: (QT_TRANSLATE_NOOP("StatusLabel", "Invited"),
                     QT_TRANSLATE_NOOP("Labels", "Invited")),
    Status.REGISTERED: (QT_TRANSLATE_NOOP("StatusLabel", "Registered"),
                        QT_TRANSLATE_NOOP("Labels", "Registered")),
    Status.CONFIRMED: (QT_TRANSLATE_NOOP("StatusLabel", "Confirmed"),
                       QT_TRANSLATE_NOOP("Labels", "Confirmed")),
    Status.CHECKED_IN: (QT_TRANSLATE_NOOP("StatusLabel", "Checked in"),
                        QT_TRANSLATE_NOOP("Labels", "Checked in")),
    Status.DECLINED: (QT_TRANSLATE_NOOP("StatusLabel", "Declined"),
                      QT_TRANSLATE_NOOP("Labels", "Declined")),
    Status.CANCELLED: (QT_TRANSLATE_NOOP("StatusLabel", "Cancelled"),
                       QT_TRANSLATE_NOOP("Labels", "Cancelled")),
}

#: A person's place in a delegation.
DELEGATION_ROLE_LABELS: dict[DelegationRole, str] = {
    DelegationRole.HEAD: QT_TRANSLATE_NOOP("ParticipantDialog", "Head of delegation"),
    DelegationRole.DEPUTY_HEAD: QT_TRANSLATE_NOOP("ParticipantDialog", "Deputy head"),
    DelegationRole.MEMBER: QT_TRANSLATE_NOOP("ParticipantDialog", "Member"),
    DelegationRole.ADVISER: QT_TRANSLATE_NOOP("ParticipantDialog", "Adviser"),
    DelegationRole.SUPPORT: QT_TRANSLATE_NOOP("ParticipantDialog", "Support staff"),
}

#: Kinds of sending body, as headings over the people they sent.
ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.STATE: QT_TRANSLATE_NOOP("Labels", "Member States"),
    OrganisationKind.OBSERVER_STATE: QT_TRANSLATE_NOOP("Labels", "Observer States"),
    OrganisationKind.UN_SYSTEM: QT_TRANSLATE_NOOP("Labels", "United Nations system"),
    OrganisationKind.REGIONAL_ORGANISATION: QT_TRANSLATE_NOOP("Labels",
                                                              "Regional organisations"),
    OrganisationKind.INTERNATIONAL_ORGANISATION: QT_TRANSLATE_NOOP(
        "Labels", "International organisations"),
    OrganisationKind.PARLIAMENT: QT_TRANSLATE_NOOP("Labels", "Parliaments"),
    OrganisationKind.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Labels", "Civil society"),
    OrganisationKind.ACADEMIA: QT_TRANSLATE_NOOP("Labels", "Academia"),
    OrganisationKind.MEDIA: QT_TRANSLATE_NOOP("Labels", "Media"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

#: UN regional groups as `reports.stats` counts them (the group names of the UN list of
#: States, and its two buckets for people of no group), as headings over counts.
REGION_LABELS: dict[str, str] = {
    "African": QT_TRANSLATE_NOOP("Labels", "African States"),
    "Asia-Pacific": QT_TRANSLATE_NOOP("Labels", "Asia-Pacific States"),
    "Eastern European": QT_TRANSLATE_NOOP("Labels", "Eastern European States"),
    "Latin American and Caribbean": QT_TRANSLATE_NOOP(
        "Labels", "Latin American and Caribbean States"),
    "Western European and others": QT_TRANSLATE_NOOP(
        "Labels", "Western European and other States"),
    "Observer States": QT_TRANSLATE_NOOP("Labels", "Observer States"),
    "Other or none": QT_TRANSLATE_NOOP("Labels", "No State"),
}

#: Kinds of event.
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.CONFERENCE: QT_TRANSLATE_NOOP("EventDialog", "Conference"),
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("EventDialog", "Workshop"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("EventDialog", "Meeting"),
}


def status_label(status: Status, *, count: bool = False) -> Label:
    """"Confirmed" for one person, or (`count`) as the heading of a count."""
    one, many = STATUS_LABELS[Status(status)]
    return Label(COUNTS, many) if count else Label(ONE_STATUS, one)


def delegation_role_label(role: DelegationRole) -> Label:
    """"Head of delegation"."""
    return Label(DELEGATION, DELEGATION_ROLE_LABELS[DelegationRole(role)])


def event_kind_label(kind: EventKind) -> Label:
    """"Workshop"."""
    return Label(EVENT, EVENT_KIND_LABELS[EventKind(kind)])


def count_labels() -> dict[str, str]:
    """The headings over counts by stored code (statuses, kinds of organisation, regional
    groups), context `COUNTS`: what the summary's breakdown rows show."""
    codes: dict[str, str] = {status.value: many for status, (_one, many)
                             in STATUS_LABELS.items()}
    codes.update({kind.value: text for kind, text in ORGANISATION_KIND_LABELS.items()})
    codes.update(REGION_LABELS)
    return codes
