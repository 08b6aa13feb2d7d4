"""The chair's list as it stands, shared by the Floor screen and the projection window."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from confdesk.exports.floor_rows import clock
from confdesk.plenary.speakers_labels import CONTEXT, LEVEL_LABELS, RIGHT_OF_REPLY, STATUS_LABELS
from confdesk.plenary.speakers_service import FloorRow, FloorService, FloorSnapshot


def now_utc() -> datetime:
    """The stored times' clock: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def level_text(row: FloorRow) -> str:
    text = RIGHT_OF_REPLY if row.reply else LEVEL_LABELS[row.level]
    return QCoreApplication.translate(CONTEXT, text)


def status_text(row: FloorRow) -> str:
    if row.speaking:
        return QCoreApplication.translate("FloorScreen", "Speaking")
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[row.status])


def running_clock(row: FloorRow, now: datetime | None = None) -> str:
    """"2:13 / 5:00": time spoken and the limit."""
    return f"{clock(row.elapsed(now or now_utc()))} / {clock(row.limit_seconds)}"


class FloorLive(QObject):
    """The list of one session, read again after every change; `changed` tells the views.

    The projection window follows the chair's list through this signal: one process, no
    polling of the database.
    """

    changed = Signal(object)  # FloorSnapshot | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: FloorService | None = None
        self.session_id: int | None = None
        self.snapshot: FloorSnapshot | None = None
        #: The language of delegations' names (View → List Language).
        self.language = "en"

    def show_session(self, service: FloorService | None, session_id: int | None) -> None:
        self.service, self.session_id = service, session_id
        self.reload()

    def reload(self) -> None:
        """Read the list again and tell the views."""
        if self.service is None or self.session_id is None:
            self.snapshot = None
        else:
            self.snapshot = self.service.snapshot(self.session_id, self.language)
        self.changed.emit(self.snapshot)
