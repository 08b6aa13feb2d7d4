"""The words for the speakers' list's stored codes: levels and statuses (see confdesk/labels.py).

Marked with the Qt-free `QT_TRANSLATE_NOOP`; the window translates them (context
"FloorLabel"), files and the CLI print the English.
"""

from __future__ import annotations

from confdesk.i18n import QT_TRANSLATE_NOOP
from confdesk.plenary.speakers_models import SpeakerLevel, SpeakerStatus

#: The translation context of every label here.
CONTEXT = "FloorLabel"

LEVEL_LABELS: dict[SpeakerLevel, str] = {
    SpeakerLevel.HEAD_OF_STATE: QT_TRANSLATE_NOOP("FloorLabel", "Head of State or Government"),
    SpeakerLevel.VICE_PRESIDENT: QT_TRANSLATE_NOOP(
        "FloorLabel", "Vice-President or Deputy Prime Minister"),
    SpeakerLevel.MINISTER: QT_TRANSLATE_NOOP("FloorLabel", "Minister"),
    SpeakerLevel.VICE_MINISTER: QT_TRANSLATE_NOOP("FloorLabel", "Vice-Minister"),
    SpeakerLevel.HEAD_OF_DELEGATION: QT_TRANSLATE_NOOP("FloorLabel", "Head of delegation"),
    SpeakerLevel.OBSERVER_STATE: QT_TRANSLATE_NOOP("FloorLabel", "Observer State"),
    SpeakerLevel.INTERGOVERNMENTAL: QT_TRANSLATE_NOOP(
        "FloorLabel", "Intergovernmental organisation"),
    SpeakerLevel.UN_ENTITY: QT_TRANSLATE_NOOP("FloorLabel", "United Nations entity"),
    SpeakerLevel.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("FloorLabel", "Civil society"),
}

STATUS_LABELS: dict[SpeakerStatus, str] = {
    SpeakerStatus.TO_SPEAK: QT_TRANSLATE_NOOP("FloorLabel", "To speak"),
    SpeakerStatus.SPOKE: QT_TRANSLATE_NOOP("FloorLabel", "Spoke"),
    SpeakerStatus.ABSENT: QT_TRANSLATE_NOOP("FloorLabel", "Absent"),
    SpeakerStatus.DEFERRED: QT_TRANSLATE_NOOP("FloorLabel", "Deferred"),
    SpeakerStatus.WITHDRAWN: QT_TRANSLATE_NOOP("FloorLabel", "Withdrawn"),
}

#: Heading of rights of reply.
RIGHT_OF_REPLY = QT_TRANSLATE_NOOP("FloorLabel", "Right of reply")
