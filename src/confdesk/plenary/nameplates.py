"""Which name plates to print, and what each face says (the PDF is `exports.pdf.nameplates`).

Delegations: every delegation of the published list of participants, in the order of a
room's seating plan when one is given (the plates are laid out place by place), else in the
published list's order; a State's plate carries its UN short name. People: everyone who
chairs, moderates, speaks or reports in a session of the programme (who will attend), with
honorific, name and title.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from confdesk.db.reader import SessionReader
from confdesk.editions import honorific as edition_honorific
from confdesk.events.queries import resolve_event
from confdesk.exports.pdf.nameplates import NamePlate, PlateFace, faces
from confdesk.plenary.seating import SeatDelegation
from confdesk.plenary.seating_service import SeatingService, list_delegations
from confdesk.programme.queries import PersonInfo, load_programme
from confdesk.registration import names


def delegation_plates(delegations: Sequence[SeatDelegation], language: str) -> list[NamePlate]:
    """One plate per delegation in the given order."""
    return [faces({"en": PlateFace(d.name_en), "fr": PlateFace(d.name_fr or d.name_en)},
                  language) for d in delegations]


def person_face(person: PersonInfo, language: str) -> PlateFace:
    """Honorific and name, then the title and the organisation (in the face's language)."""
    title = edition_honorific(person.honorific, language)
    name = names.display_name(person.given_name, person.family_name,
                              family_first=person.family_name_first, honorific=title)
    organisation = (person.organisation_fr or person.organisation) if language == "fr" \
        else person.organisation
    detail = tuple(t for t in (person.function, organisation) if t)
    if person.function and organisation and organisation.casefold() in person.function.casefold():
        detail = (person.function,)
    return PlateFace(name, detail)


def person_plates(people: Sequence[PersonInfo], language: str) -> list[NamePlate]:
    return [faces({"en": person_face(p, "en"), "fr": person_face(p, "fr")}, language)
            for p in people]


def plated_delegations(session: Session, event_id: int | None,
                       service: SeatingService | None = None,
                       room_id: int | None = None) -> list[SeatDelegation]:
    """The delegations to print plates for: the room's seating order, else the list's."""
    if service is not None and room_id is not None:
        plan = service.plan(room_id)
        seated = [p.delegation for p in plan.places if p.delegation is not None]
        if seated:
            return seated + list(plan.unseated)
    return list_delegations(session, resolve_event(session, event_id))


def plated_people(session: Session, event_id: int | None) -> list[PersonInfo]:
    """Everyone in a role of the programme who will attend, by family name."""
    snapshot = load_programme(SessionReader(session), event_id)
    return [entry.person for entry in snapshot.speakers() if not entry.person.is_inactive]
