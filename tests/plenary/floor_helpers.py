"""A plenary session with a speakers' list, shared by the speakers' list tests."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from confdesk.conclusions.models import Recommendation
from confdesk.db.database import Database
from confdesk.plenary.speakers_models import SpeakerLevel
from confdesk.plenary.speakers_service import FloorService, InscriptionData
from confdesk.programme.models import SessionKind
from tests.factories import make_event, make_room, make_session

#: (delegation, speaker, level, reply) in the protocol order the list must come out in:
#: levels first, then the order of inscription (the minutes after T0 below).
EXPECTED = [
    ("Ghana", "H.E. Mr John Mensah, President", SpeakerLevel.HEAD_OF_STATE, False, 7),
    ("Türkiye", "H.E. Mr Ali Demir, Prime Minister", SpeakerLevel.HEAD_OF_STATE, False, 9),
    ("Argentina", "H.E. Ms Ana Ruiz, Vice-President", SpeakerLevel.VICE_PRESIDENT, False, 2),
    ("Rwanda", "H.E. Mr Louis Mugabo, Minister of Foreign Affairs",
     SpeakerLevel.MINISTER, False, 1),
    ("Bosnia and Herzegovina", "H.E. Ms Ena Kovač, Minister of Foreign Affairs",
     SpeakerLevel.MINISTER, False, 4),
    ("Senegal", "H.E. Mr Amadou Diop, Minister for Foreign Affairs",
     SpeakerLevel.MINISTER, False, 11),
    ("China", "H.E. Mr 王伟, Vice-Minister", SpeakerLevel.VICE_MINISTER, False, 3),
    ("Denmark", "Ms Karen Holm, Ambassador", SpeakerLevel.HEAD_OF_DELEGATION, False, 5),
    ("Holy See", "H.E. Archbishop Paolo Rossi", SpeakerLevel.OBSERVER_STATE, False, 12),
    ("Council of Europe", "Mr Thorbjørn Jagland, Secretary General",
     SpeakerLevel.INTERGOVERNMENTAL, False, 6),
    ("African Union", "Ms Nkosazana Dlamini-Zuma", SpeakerLevel.INTERGOVERNMENTAL, False, 10),
    ("OHCHR", "Mr Ivan Šimonović", SpeakerLevel.UN_ENTITY, False, 8),
    ("Early Warning Watch", "Ms Sara Lind", SpeakerLevel.CIVIL_SOCIETY, False, 0),
    ("Egypt", "Mr Omar Farouk", SpeakerLevel.HEAD_OF_DELEGATION, True, 13),
    ("Saudi Arabia", "Mr Faisal Al-Saud", SpeakerLevel.HEAD_OF_DELEGATION, True, 14),
]

T0 = datetime(2014, 4, 1, 9, 0)


@dataclass
class Plenary:
    service: FloorService
    session_id: int
    ids: dict[str, int]
    note_id: int


def plenary(database: Database, *, seed: int = 7) -> Plenary:
    """A high-level session whose list holds EXPECTED, inscribed in a shuffled order."""
    with database.sessions.begin() as s:
        event = make_event(s)
        room = make_room(s, event, name="Main Hall")
        item = make_session(s, event, title="High Level Political Session",
                            kind=SessionKind.HIGH_LEVEL, room=room,
                            start_time=time(14, 30), end_time=time(17, 0))
        other = make_session(s, event, title="Panel")
        note = Recommendation(session=item, text="Rwanda: national focal points by 2015.")
        s.add_all([note, Recommendation(session=other, text="Elsewhere")])
        s.flush()
        event_id, session_id, note_id = event.id, item.id, note.id
    service = FloorService(database, event_id)
    shuffled = list(EXPECTED)
    random.Random(seed).shuffle(shuffled)
    ids = {}
    for delegation, speaker, level, reply, minute in shuffled:
        ids[delegation] = service.inscribe(session_id, InscriptionData(
            delegation, level, speaker, reply, inscribed_at=T0 + timedelta(minutes=minute)))
    return Plenary(service, session_id, ids, note_id)


def delegations(service: FloorService, session_id: int) -> list[str]:
    """The delegations in the order of speaking (withdrawn ones left out)."""
    return [r.delegation for r in service.snapshot(session_id).rows if r.number is not None]
