"""The speakers' list as rows of text, shared by its PDF and its workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from confdesk.plenary.speakers_labels import LEVEL_LABELS, STATUS_LABELS
from confdesk.plenary.speakers_service import FloorRow, FloorSnapshot

#: The columns, in order.
HEADERS = ("No.", "Delegation or observer", "Speaker", "Level", "Time limit", "Status",
           "Started", "Spoke", "Rapporteur's note")


def clock(seconds: float) -> str:
    """"4:05": minutes and seconds."""
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def local(moment: datetime, zone: str) -> datetime:
    """A stored moment (UTC, naive or aware) in the event's time zone."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        return aware.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return aware


def _time(moment: datetime | None, zone: str = "UTC") -> str:
    """"14:32:05" in the event's time zone ("… UTC" for an event kept in UTC)."""
    if moment is None:
        return ""
    shown = local(moment, zone)
    return f"{shown:%H:%M:%S}" + (" UTC" if zone == "UTC" else "")


@dataclass(frozen=True)
class TextRow:
    number: str
    delegation: str
    speaker: str
    level: str
    limit: str
    status: str
    started: str
    spoke: str
    note: str
    reply: bool
    withdrawn: bool

    def cells(self) -> tuple[str, ...]:
        return (self.number, self.delegation, self.speaker, self.level, self.limit,
                self.status, self.started, self.spoke, self.note)


def text_row(row: FloorRow, zone: str = "UTC") -> TextRow:
    status = STATUS_LABELS[row.status]
    if row.speaking:
        status = "Speaking"
    elif row.moved:
        status += " (moved by the chair)"
    return TextRow(
        str(row.number) if row.number is not None else "—", row.delegation, row.speaker,
        "Right of reply" if row.reply else LEVEL_LABELS[row.level],
        clock(row.limit_seconds), status, _time(row.started_at, zone),
        clock(row.elapsed()) if row.started_at and row.ended_at else "",
        row.note_text, row.reply, row.number is None)


def text_rows(snapshot: FloorSnapshot) -> list[TextRow]:
    return [text_row(r, snapshot.timezone) for r in snapshot.rows]


def limits_line(snapshot: FloorSnapshot) -> str:
    limits = snapshot.limits
    return (f"Time limits: States {limits.state_minutes} min, observers "
            f"{limits.observer_minutes} min, rights of reply {limits.reply_minutes} min")


def session_line(snapshot: FloorSnapshot) -> str:
    parts = [f"{snapshot.day:%A %-d %B %Y}",
             f"{snapshot.start_time:%H:%M}–{snapshot.end_time:%H:%M}", snapshot.room]
    return " · ".join(p for p in parts if p)


def history_lines(snapshot: FloorSnapshot) -> list[str]:
    """The chair's recorded changes, oldest first."""
    lines = []
    for a in snapshot.adjustments:
        what = {"move": f"{a.delegation} moved before {a.other}" if a.other
                else f"{a.delegation} moved to the end",
                "swap": f"{a.delegation} and {a.other} swapped",
                "withdraw": f"{a.delegation} withdrew"}[a.kind.value]
        by = f" ({a.made_by})" if a.made_by else ""
        zone = snapshot.timezone
        when = local(a.made_at, zone)
        lines.append(f"{when:%d %b %H:%M}{' UTC' if zone == 'UTC' else ''}: {what}{by}")
    return lines
