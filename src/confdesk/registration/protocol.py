"""Protocol order for lists of participants, and the delegations summary.

States come first in alphabetical order of their name in the list's language, then observer
States, the UN system, other intergovernmental organisations (regional, then international),
parliaments, civil society, academia, media and others; people without an organisation last.
Within a delegation: the head first, then by delegation role, then by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from confdesk.registration import names
from confdesk.registration.models import DelegationRole, OrganisationKind
from confdesk.registration.queries import ParticipantRow

_KIND_RANK = {kind: i for i, kind in enumerate(OrganisationKind)}
_ROLE_RANK = {role: i for i, role in enumerate(DelegationRole)}
_NO_ORGANISATION = len(_KIND_RANK)


def delegation_key(row: ParticipantRow) -> tuple[int, str, int]:
    """Where a person's delegation stands: kind of organisation, then its folded name.

    The name is the one the row carries, which `load_rows` gives in the list's language.
    """
    if row.organisation_id is None or row.organisation_kind is None:
        return (_NO_ORGANISATION, "", 0)
    return (_KIND_RANK[row.organisation_kind], names.fold(row.organisation_name),
            row.organisation_id)


def member_key(row: ParticipantRow) -> tuple[int, str, int]:
    """A person's place within the delegation: head, deputy, members, advisers, support."""
    return (_ROLE_RANK[row.delegation_role], row.sort_key, row.id)


def protocol_sorted(rows: Iterable[ParticipantRow]) -> list[ParticipantRow]:
    """Rows in protocol order (load them in the list's language first)."""
    return sorted(rows, key=lambda r: (delegation_key(r), member_key(r)))


@dataclass(frozen=True, slots=True)
class Delegation:
    """One organisation at the event and its people, in protocol order."""

    organisation_id: int | None
    name: str
    kind: OrganisationKind | None
    country_code: str | None
    members: tuple[ParticipantRow, ...]

    @property
    def head(self) -> ParticipantRow | None:
        """The head of delegation, if there is one."""
        return next((m for m in self.members if m.delegation_role == DelegationRole.HEAD), None)

    @property
    def count(self) -> int:
        """How many people the delegation has."""
        return len(self.members)


def delegations(rows: Iterable[ParticipantRow], *, no_organisation: str = "Individual participants"
                ) -> list[Delegation]:
    """The delegations of the given rows in protocol order, each with its members."""
    groups: list[Delegation] = []
    current: list[ParticipantRow] = []
    for row in protocol_sorted(rows):
        if current and current[0].organisation_id != row.organisation_id:
            groups.append(_delegation(current, no_organisation))
            current = []
        current.append(row)
    if current:
        groups.append(_delegation(current, no_organisation))
    return groups


def _delegation(members: list[ParticipantRow], no_organisation: str) -> Delegation:
    first = members[0]
    return Delegation(
        organisation_id=first.organisation_id,
        name=first.organisation_name or no_organisation,
        kind=first.organisation_kind,
        country_code=first.country_code if first.organisation_id else None,
        members=tuple(members),
    )
