"""The speakers' list as rows of text, shared by its PDF and its workbook, in English or
French (the same record printed in either edition)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from confdesk.editions import colon, long_date
from confdesk.plenary.speakers_labels import LEVEL_LABELS, STATUS_LABELS
from confdesk.plenary.speakers_models import SpeakerLevel, SpeakerStatus
from confdesk.plenary.speakers_service import FloorRow, FloorSnapshot

#: The columns, in order (English edition).
HEADERS = ("No.", "Delegation or observer", "Speaker", "Level", "Time limit", "Status",
           "Started", "Spoke", "Rapporteur's note")

#: What each edition prints. French follows UN French usage (liste des orateurs, droit de
#: réponse, temps de parole).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "List of speakers", "replies": "Rights of reply", "withdrawn": "Withdrawn",
        "changes": "Changes made by the chair", "nobody": "Nobody is inscribed yet.",
        "reply": "Right of reply", "speaking": "Speaking", "moved": " (moved by the chair)",
        "limits": "Time limits: States {s} min, observers {o} min, rights of reply {r} min",
        "move_before": "{a} moved before {b}", "move_end": "{a} moved to the end",
        "swap": "{a} and {b} swapped", "withdraw": "{a} withdrew",
        "yes": "yes", "sheet": "Speakers", "changes_sheet": "Changes",
        "change": "Recorded change",
    },
    "fr": {
        "title": "Liste des orateurs", "replies": "Droits de réponse", "withdrawn": "Retirés",
        "changes": "Modifications apportées par la présidence",
        "nobody": "Aucun orateur n’est encore inscrit.",
        "reply": "Droit de réponse", "speaking": "A la parole",
        "moved": " (déplacé par la présidence)",
        "limits": "Temps de parole\u00a0: États {s}\u00a0min, observateurs {o}\u00a0min, "
                  "droits de réponse {r}\u00a0min",
        "move_before": "{a} placé avant {b}", "move_end": "{a} placé en fin de liste",
        "swap": "{a} et {b} intervertis", "withdraw": "{a} s’est retiré",
        "yes": "oui", "sheet": "Orateurs", "changes_sheet": "Modifications",
        "change": "Modification enregistrée",
    },
}

_HEADERS_FR = ("N°", "Délégation ou observateur", "Orateur", "Niveau", "Temps de parole",
               "Statut", "Début", "Durée", "Note du rapporteur")

_LEVELS_FR: dict[SpeakerLevel, str] = {
    SpeakerLevel.HEAD_OF_STATE: "Chef d’État ou de gouvernement",
    SpeakerLevel.VICE_PRESIDENT: "Vice-président ou vice-premier ministre",
    SpeakerLevel.MINISTER: "Ministre",
    SpeakerLevel.VICE_MINISTER: "Vice-ministre",
    SpeakerLevel.HEAD_OF_DELEGATION: "Chef de délégation",
    SpeakerLevel.OBSERVER_STATE: "État observateur",
    SpeakerLevel.INTERGOVERNMENTAL: "Organisation intergouvernementale",
    SpeakerLevel.UN_ENTITY: "Entité des Nations Unies",
    SpeakerLevel.CIVIL_SOCIETY: "Société civile",
}

_STATUSES_FR: dict[SpeakerStatus, str] = {
    SpeakerStatus.TO_SPEAK: "Inscrit",
    SpeakerStatus.SPOKE: "A pris la parole",
    SpeakerStatus.ABSENT: "Absent",
    SpeakerStatus.DEFERRED: "Reporté",
    SpeakerStatus.WITHDRAWN: "Retiré",
}


def words(language: str = "en") -> dict[str, str]:
    """The texts of an edition ("en" for a language confdesk does not print)."""
    return WORDS.get(language, WORDS["en"])


def headers(language: str = "en") -> tuple[str, ...]:
    return _HEADERS_FR if language == "fr" else HEADERS


def level_label(level: SpeakerLevel, language: str = "en") -> str:
    return _LEVELS_FR[level] if language == "fr" else LEVEL_LABELS[level]


def status_label(status: SpeakerStatus, language: str = "en") -> str:
    return _STATUSES_FR[status] if language == "fr" else STATUS_LABELS[status]


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


def text_row(row: FloorRow, zone: str = "UTC", language: str = "en") -> TextRow:
    said = words(language)
    status = status_label(row.status, language)
    if row.speaking:
        status = said["speaking"]
    elif row.moved:
        status += said["moved"]
    return TextRow(
        str(row.number) if row.number is not None else "—", row.delegation, row.speaker,
        said["reply"] if row.reply else level_label(row.level, language),
        clock(row.limit_seconds), status, _time(row.started_at, zone),
        clock(row.elapsed()) if row.started_at and row.ended_at else "",
        row.note_text, row.reply, row.number is None)


def text_rows(snapshot: FloorSnapshot, language: str = "en") -> list[TextRow]:
    return [text_row(r, snapshot.timezone, language) for r in snapshot.rows]


def limits_line(snapshot: FloorSnapshot, language: str = "en") -> str:
    limits = snapshot.limits
    return words(language)["limits"].format(
        s=limits.state_minutes, o=limits.observer_minutes, r=limits.reply_minutes)


def session_line(snapshot: FloorSnapshot, language: str = "en") -> str:
    parts = [long_date(snapshot.day, language, weekday=True),
             f"{snapshot.start_time:%H:%M}–{snapshot.end_time:%H:%M}", snapshot.room]
    return " · ".join(p for p in parts if p)


def history_lines(snapshot: FloorSnapshot, language: str = "en") -> list[str]:
    """The chair's recorded changes, oldest first."""
    said = words(language)
    lines = []
    for a in snapshot.adjustments:
        kind = a.kind.value
        if kind == "move":
            kind = "move_before" if a.other else "move_end"
        what = said[kind].format(a=a.delegation, b=a.other)
        by = f" ({a.made_by})" if a.made_by else ""
        zone = snapshot.timezone
        when = local(a.made_at, zone)
        day = long_date(when.date(), language)
        lines.append(f"{day} {when:%H:%M}{' UTC' if zone == 'UTC' else ''}{colon(language)} "
                     f"{what}{by}")
    return lines
