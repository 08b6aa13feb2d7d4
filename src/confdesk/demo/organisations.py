"""Organisations shared between events: reuse a row that exists, add the ones that do not."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.registration.models import Organisation, OrganisationKind
from confdesk.registration.states import State

K = TypeVar("K", bound=Hashable)


def state_organisation(s: State) -> Organisation:
    """A new (unsaved) Organisation row for a UN Member or observer State."""
    kind = OrganisationKind.STATE if s.status == "member" else OrganisationKind.OBSERVER_STATE
    return Organisation(name_en=s.name_en, name_fr=s.name_fr, kind=kind, country_code=s.code)


def ensure_organisations(session: Session, wanted: Mapping[K, Organisation]) -> dict[K, int]:
    """Ids of the organisations in `wanted`, adding only those not in the database yet.

    Organisations are matched on (kind, English name, country), the table's unique key, so a
    second event in the same database shares the first one's States and bodies.
    """
    existing = {
        (kind, name, country): oid
        for oid, kind, name, country in session.execute(
            select(Organisation.id, Organisation.kind, Organisation.name_en,
                   Organisation.country_code)
        )
    }

    def identity(org: Organisation) -> tuple[OrganisationKind, str, str | None]:
        return (OrganisationKind(org.kind), org.name_en, org.country_code)

    fresh = {key: org for key, org in wanted.items() if identity(org) not in existing}
    session.add_all(fresh.values())
    session.flush()
    return {
        key: fresh[key].id if key in fresh else existing[identity(org)]
        for key, org in wanted.items()
    }
