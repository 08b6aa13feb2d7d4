"""Protocol order for lists of participants, and the delegations summary.

Delegations stand in the groups that UN lists of participants use, in this order unless the
event sets another (`Event.protocol_groups`): Member States, non-member observer States,
intergovernmental and regional organisations, the United Nations system, other entities,
civil society, academia, media; people without an organisation last. States are in
alphabetical order of their UN short name in the list's language ("Republic of Korea" under
R in English, "République de Corée" under R in French); the other groups by name.
Within a delegation: the head first, then by delegation role, then by name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from confdesk.registration import names
from confdesk.registration.kinds import DelegationRole, OrganisationKind
from confdesk.registration.queries import ParticipantRow
from confdesk.registration.states import state


class Group(enum.StrEnum):
    """The groups of a UN list of participants, in their usual order."""

    MEMBER_STATES = "member_states"
    OBSERVER_STATES = "observer_states"
    INTERGOVERNMENTAL = "intergovernmental"
    UN_SYSTEM = "un_system"
    OTHER_ENTITIES = "other_entities"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    MEDIA = "media"


#: The usual order, as UN lists of participants print their groups.
UN_ORDER: tuple[Group, ...] = tuple(Group)

#: Group headings as printed, by language.
GROUP_TITLES: dict[str, dict[Group, str]] = {
    "en": {
        Group.MEMBER_STATES: "Member States",
        Group.OBSERVER_STATES: "Non-member observer States",
        Group.INTERGOVERNMENTAL: "Intergovernmental and regional organizations",
        Group.UN_SYSTEM: "United Nations system",
        Group.OTHER_ENTITIES: "Other entities",
        Group.CIVIL_SOCIETY: "Civil society",
        Group.ACADEMIA: "Academia",
        Group.MEDIA: "Media",
    },
    "fr": {
        Group.MEMBER_STATES: "États Membres",
        Group.OBSERVER_STATES: "États non membres ayant le statut d'observateur",
        Group.INTERGOVERNMENTAL: "Organisations intergouvernementales et régionales",
        Group.UN_SYSTEM: "Système des Nations Unies",
        Group.OTHER_ENTITIES: "Autres entités",
        Group.CIVIL_SOCIETY: "Société civile",
        Group.ACADEMIA: "Milieux universitaires",
        Group.MEDIA: "Médias",
    },
}

_GROUP_OF_KIND = {
    OrganisationKind.STATE: Group.MEMBER_STATES,
    OrganisationKind.OBSERVER_STATE: Group.OBSERVER_STATES,
    OrganisationKind.REGIONAL_ORGANISATION: Group.INTERGOVERNMENTAL,
    OrganisationKind.INTERNATIONAL_ORGANISATION: Group.INTERGOVERNMENTAL,
    OrganisationKind.UN_SYSTEM: Group.UN_SYSTEM,
    OrganisationKind.PARLIAMENT: Group.OTHER_ENTITIES,
    OrganisationKind.OTHER: Group.OTHER_ENTITIES,
    OrganisationKind.CIVIL_SOCIETY: Group.CIVIL_SOCIETY,
    OrganisationKind.ACADEMIA: Group.ACADEMIA,
    OrganisationKind.MEDIA: Group.MEDIA,
}
_ROLE_RANK = {role: i for i, role in enumerate(DelegationRole)}


def group_title(group: Group | None, language: str = "en") -> str:
    """"Member States", "États Membres"; "" for people without an organisation."""
    if group is None:
        return ""
    return GROUP_TITLES.get(language, GROUP_TITLES["en"])[group]


def group_order(configured: Sequence[str] | None = None) -> tuple[Group, ...]:
    """An event's order of groups: the configured ones first (unknown names are ignored),
    then any group it leaves out, in UN order."""
    chosen: list[Group] = []
    for value in configured or ():
        try:
            group = Group(value)
        except ValueError:
            continue
        if group not in chosen:
            chosen.append(group)
    return tuple(chosen + [g for g in UN_ORDER if g not in chosen])


def group_of(row: ParticipantRow) -> Group | None:
    """The group of a person's delegation; None without an organisation. A State stands
    with the Members or the observers as the UN lists it, whatever kind it was typed as."""
    kind = row.organisation_kind
    if row.organisation_id is None or kind is None:
        return None
    if kind in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE):
        known = state(row.country_code)
        if known is not None:
            return Group.MEMBER_STATES if known.is_member else Group.OBSERVER_STATES
    return _GROUP_OF_KIND[kind]


class ProtocolOrder:
    """Sort keys of one list: its groups' order (the event's setting, or UN order)."""

    def __init__(self, configured: Sequence[str] | None = None) -> None:
        self.groups = group_order(configured)
        self._rank = {g: i for i, g in enumerate(self.groups)}

    def delegation_key(self, row: ParticipantRow) -> tuple[int, str, int]:
        """Where a person's delegation stands: group, then its folded name (loaded in the
        list's language, so French lists follow French names)."""
        group = group_of(row)
        if group is None:
            return (len(self._rank), "", 0)
        return (self._rank[group], names.fold(row.organisation_name), row.organisation_id or 0)

    def key(self, row: ParticipantRow) -> tuple[tuple[int, str, int], tuple[int, str, int]]:
        return (self.delegation_key(row), member_key(row))


def delegation_key(row: ParticipantRow) -> tuple[int, str, int]:
    """Where a person's delegation stands in UN order."""
    return ProtocolOrder().delegation_key(row)


def member_key(row: ParticipantRow) -> tuple[int, str, int]:
    """A person's place within the delegation: head, deputy, members, advisers, support."""
    return (_ROLE_RANK[row.delegation_role], row.sort_key, row.id)


def protocol_sorted(rows: Iterable[ParticipantRow], *,
                    groups: Sequence[str] | None = None) -> list[ParticipantRow]:
    """Rows in protocol order (load them in the list's language first)."""
    return sorted(rows, key=ProtocolOrder(groups).key)


@dataclass(frozen=True, slots=True)
class Delegation:
    """One organisation at the event and its people, in protocol order."""

    organisation_id: int | None
    name: str
    kind: OrganisationKind | None
    country_code: str | None
    members: tuple[ParticipantRow, ...]
    #: The group of the list it stands in (None: people without an organisation).
    group: Group | None = None

    @property
    def head(self) -> ParticipantRow | None:
        """The head of delegation, if there is one."""
        return next((m for m in self.members if m.delegation_role == DelegationRole.HEAD), None)

    @property
    def count(self) -> int:
        """How many people the delegation has."""
        return len(self.members)


def delegations(rows: Iterable[ParticipantRow], *, no_organisation: str = "Individual participants",
                groups: Sequence[str] | None = None) -> list[Delegation]:
    """The delegations of the given rows in protocol order, each with its members; `groups`
    is the event's order of groups (default: UN order)."""
    found: list[Delegation] = []
    current: list[ParticipantRow] = []
    for row in protocol_sorted(rows, groups=groups):
        if current and current[0].organisation_id != row.organisation_id:
            found.append(_delegation(current, no_organisation))
            current = []
        current.append(row)
    if current:
        found.append(_delegation(current, no_organisation))
    return found


def _delegation(members: list[ParticipantRow], no_organisation: str) -> Delegation:
    first = members[0]
    return Delegation(
        organisation_id=first.organisation_id,
        name=first.organisation_name or no_organisation,
        kind=first.organisation_kind,
        country_code=first.country_code if first.organisation_id else None,
        members=tuple(members),
        group=group_of(first),
    )
