"""Imports every mapped class, so that the metadata is complete (for Alembic and create_all)."""

from confdesk.conclusions.models import OutcomeDocument, Recommendation, Snapshot
from confdesk.db.base import Base
from confdesk.events.models import Event, Room
from confdesk.plenary.interpretation_models import SessionLanguages
from confdesk.plenary.seating_models import SeatingLayout, SeatingPlace
from confdesk.plenary.speakers_models import Adjustment, Inscription, SpeakersList
from confdesk.programme.models import Session, SessionRole, Theme
from confdesk.registration.models import Organisation, Participant, ParticipantCategory
from confdesk.registration.revisions import ListRevision
from confdesk.team import audit as _audit_hooks  # noqa: F401  (records every change)
from confdesk.team.audit_models import AuditEntry
from confdesk.team.models import RoleGrant

__all__ = [
    "Base", "Event", "Organisation", "Participant", "ParticipantCategory", "Room", "Session",
    "SessionRole", "Theme",
    "OutcomeDocument", "Recommendation", "Snapshot", "ListRevision", "AuditEntry",
    "RoleGrant",
    "Adjustment", "Inscription", "SpeakersList",
    "SeatingLayout", "SeatingPlace", "SessionLanguages",
]
