"""Organisation (a delegation's sending body) and Participant."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    insert,
)
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship, validates

from confdesk.db.base import Base, Versioned, enum_column
from confdesk.db.cleaning import KEEP_AS_GIVEN
from confdesk.events.models import Event
from confdesk.registration import names
from confdesk.registration.kinds import DEFAULT_CATEGORIES as DEFAULT_CATEGORIES
from confdesk.registration.kinds import DEFAULT_CATEGORY as DEFAULT_CATEGORY
from confdesk.registration.kinds import HONORIFICS as HONORIFICS
from confdesk.registration.kinds import INACTIVE_STATUSES as INACTIVE_STATUSES
from confdesk.registration.kinds import DelegationRole as DelegationRole
from confdesk.registration.kinds import OrganisationKind as OrganisationKind
from confdesk.registration.kinds import Status as Status

if TYPE_CHECKING:
    from confdesk.programme.models import SessionRole


class ParticipantCategory(Versioned, Base):
    """A category of participant of one event: delegate, observer, media…, with its badge colour.

    Participants name their category by `code` (stable: the names may change) rather than by a
    foreign key, so that a bulk import writes plain text; `registration.categories` refuses a
    code the event does not have and the deletion of a category still in use.
    """

    __tablename__ = "participant_category"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    #: Short stable key ("delegate", "civil_society"): lower-case letters, digits, "_".
    code: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(String(100))
    #: French name; empty when it is the same as the English one.
    name_fr: Mapped[str] = mapped_column(String(100), default="")
    #: Colour of the badge's band, "#RRGGBB".
    colour: Mapped[str] = mapped_column(String(7), default="#1F4E79")
    #: Whether people of this category appear in the published list of participants.
    in_published_list: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Order in lists, filters and counts (0 first).
    position: Mapped[int] = mapped_column(Integer, default=0)

    def name(self, language: str = "en") -> str:
        return (self.name_fr or self.name_en) if language == "fr" else self.name_en

    def __repr__(self) -> str:
        return f"<ParticipantCategory {self.code!r}>"


class Organisation(Versioned, Base):
    """A State, an international organisation, an NGO, a university, a parliament, a newspaper."""

    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("kind", "name_en", "country_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300))
    #: French name; empty when it is the same as the English one.
    name_fr: Mapped[str] = mapped_column(String(300), default="")
    #: Abbreviation ("AU", "OHCHR").
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind)
    #: ISO 3166-1 alpha-2 code: the State itself, or where the organisation is based.
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)

    participants: Mapped[list[Participant]] = relationship(back_populates="organisation")

    def name(self, language: str = "en") -> str:
        return (self.name_fr or self.name_en) if language == "fr" else self.name_en

    @property
    def is_state(self) -> bool:
        return self.kind in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE)

    def __repr__(self) -> str:
        return f"<Organisation {self.name_en!r}>"


class Participant(names.PersonNames, Versioned, Base):
    """One person registered for one event."""

    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_event_sort", "event_id", "sort_key"),
        Index("ix_participant_event_email", "event_id", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    #: Short unique code printed on the badge (QR) and typed at the registration desk.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    #: "H.E. Mr", "Prof.", "Dr": any text.
    honorific: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(150), default="")
    #: May be empty for people known by one name only.
    family_name: Mapped[str] = mapped_column(String(150), default="")
    #: True where the family name is written first (Chinese, Hungarian, Korean…).
    family_name_first: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Position or title ("Minister of Foreign Affairs").
    function: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    delegation_role: Mapped[DelegationRole] = enum_column(
        DelegationRole, default=DelegationRole.MEMBER
    )
    #: Code of one of the event's categories (`ParticipantCategory.code`).
    category: Mapped[str] = mapped_column(String(32), default=DEFAULT_CATEGORY)
    status: Mapped[Status] = enum_column(Status, default=Status.REGISTERED, index=True)
    #: ISO code of the person's country when no State organisation says it.
    country_code: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    access_needs: Mapped[str] = mapped_column(Text, default="")
    dietary_needs: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The person declined to appear in the published list of participants.
    do_not_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    badge_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: Folded family+given name for ordering (see `names.sort_key`); kept in step by validators.
    sort_key: Mapped[str] = mapped_column(String(320), default="", info=KEEP_AS_GIVEN)
    #: Folded names, e-mail and code for accent-blind search; kept in step by validators.
    search_text: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participants")
    organisation: Mapped[Organisation | None] = relationship(back_populates="participants")
    session_roles: Mapped[list[SessionRole]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    @validates("given_name", "family_name", "email", "code")
    def _keep_derived(self, key: str, value: str | None) -> str:
        value = names.clean(value)
        current = {
            "given_name": self.given_name, "family_name": self.family_name,
            "email": self.email, "code": self.code,
        }
        current[key] = value
        self.sort_key = names.sort_key(current["given_name"], current["family_name"])
        self.search_text = search_text(
            current["given_name"], current["family_name"], current["email"], current["code"]
        )
        return value

    @property
    def effective_country_code(self) -> str | None:
        org = self.organisation
        if org is not None and org.is_state and org.country_code:
            return org.country_code
        return self.country_code or (org.country_code if org is not None else None)

    def __repr__(self) -> str:
        return f"<Participant {self.code} {self.plain_name!r}>"


def search_text(given: str | None, family: str | None, email: str | None, code: str | None) -> str:
    """The folded text that search-as-you-type matches against."""
    return search_text_of_folded(names.fold(given), names.fold(family), names.fold(email),
                                 names.fold(code))


def search_text_of_folded(given: str, family: str, email: str, code: str) -> str:
    """`search_text` of parts folded already (`names.fold`)."""
    return " ".join(part for part in (given, family, email, code) if part)


def default_category_rows(event_id: int) -> list[dict[str, object]]:
    """The rows of `DEFAULT_CATEGORIES` for one event, ready for a Core INSERT."""
    return [
        {"event_id": event_id, "code": code, "name_en": en, "name_fr": fr, "colour": colour,
         "in_published_list": published, "position": i}
        for i, (code, en, fr, colour, published) in enumerate(DEFAULT_CATEGORIES)
    ]


@sa_event.listens_for(Event, "after_insert")
def _give_new_event_its_categories(_mapper: Mapper[Event], connection: Connection,
                                   target: Event) -> None:
    """Every event, however created (window, CLI, demo, tests), starts with the default set."""
    connection.execute(insert(ParticipantCategory), default_category_rows(target.id))
