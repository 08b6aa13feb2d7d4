"""Registration's vocabulary: kinds of body, places in a delegation, statuses, categories.

Plain enumerations, without SQLAlchemy: the light readers (`confdesk.db.reader`) and the
commands that only read use them without loading the models; `registration.models` gives
the same names.
"""

from __future__ import annotations

import enum


class OrganisationKind(enum.StrEnum):
    """Kinds of sending body, in protocol order."""

    STATE = "state"
    OBSERVER_STATE = "observer_state"
    UN_SYSTEM = "un_system"
    REGIONAL_ORGANISATION = "regional_organisation"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    PARLIAMENT = "parliament"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    MEDIA = "media"
    OTHER = "other"


class DelegationRole(enum.StrEnum):
    """A person's place in a delegation, in protocol order."""

    HEAD = "head"
    DEPUTY_HEAD = "deputy_head"
    MEMBER = "member"
    ADVISER = "adviser"
    SUPPORT = "support"


#: The category of a new participant when nothing says otherwise (one of every event's
#: default categories; see `registration.categories`).
DEFAULT_CATEGORY = "delegate"

#: The categories every new event starts with: (code, English, French, badge colour, in the
#: published list). Colours stay distinct at a glance and in grey print; media, interpreters
#: and the secretariat are usually left out of a published list of participants.
DEFAULT_CATEGORIES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("delegate", "Delegate", "Délégué(e)", "#1F4E79", True),
    ("observer", "Observer", "Observateur(trice)", "#2E7D32", True),
    ("speaker", "Speaker", "Intervenant(e)", "#B22222", True),
    ("international_organisation", "International organisation",
     "Organisation internationale", "#00838F", True),
    ("civil_society", "Civil society / NGO", "Société civile / ONG", "#9E7C0C", True),
    ("academia", "Academia", "Milieu universitaire", "#3949AB", True),
    ("press", "Media", "Médias", "#E07000", False),
    ("interpreter", "Interpreter", "Interprète", "#6D4C41", False),
    ("staff", "Staff / secretariat", "Secrétariat", "#505050", False),
    ("guest", "Guest", "Invité(e)", "#6A1B9A", True),
)


class Status(enum.StrEnum):
    """Registration status. The usual path is invited → registered → confirmed → checked in."""

    INVITED = "invited"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    DECLINED = "declined"
    CANCELLED = "cancelled"


#: Statuses of people who will not attend.
INACTIVE_STATUSES = frozenset({Status.DECLINED, Status.CANCELLED})

#: Suggested honorifics; the field takes any text.
HONORIFICS = (
    "H.E. Mr", "H.E. Ms", "H.E.", "Ambassador", "Mr", "Ms", "Mrs", "Dr", "Prof.", "Judge",
    "Hon.", "Rev.", "Sir", "Dame",
)
