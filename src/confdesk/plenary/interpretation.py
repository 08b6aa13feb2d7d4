"""Languages of the sessions and the interpretation booths they need (pure functions).

A session has a floor language (the one most speakers use) and the languages interpreted
into, one booth each. Without a choice of its own a session has the event's working
languages: the first on the floor, all of them interpreted when there are two or more.
Breaks have none. Booths are counted per day and room: a room needs a booth for each
language any of its sessions that day is interpreted into.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from confdesk.errors import UserError
from confdesk.plenary import plenary_messages as msg
from confdesk.programme.kinds import SessionKind
from confdesk.programme.queries import json_list

if TYPE_CHECKING:
    from confdesk.db.reader import Reader

# babel is imported by `_names` only for a language whose names are not shipped (English
# and French are): `confdesk check` and the exports load the session languages without it.

#: Words of the programme's languages line and of the needs sheet, by language.
WORDS = {
    "en": {"floor": "Floor: {floor}", "into": "interpretation into {langs}",
           "none": "no interpretation"},
    "fr": {"floor": "Langue de la salle : {floor}", "into": "interprétation vers {langs}",
           "none": "sans interprétation"},
}


@cache
def _names(language: str) -> dict[str, str]:
    shipped = _shipped_names()
    if language in shipped:
        return shipped[language]
    from babel import Locale

    try:
        return dict(Locale(language).languages)
    except (ValueError, LookupError):
        return _names("en")


@cache
def _shipped_names() -> dict[str, dict[str, str]]:
    """babel's names of the languages in English and French, as shipped in
    `resources/reference/language_names.json` (tests/plenary/test_language_names.py holds
    them to babel's): loading babel's locale data for them took 40 ms of every programme
    export."""
    import json

    from confdesk.paths import resource

    with resource("reference", "language_names.json").open(encoding="utf-8") as f:
        data = json.load(f)
    return {language: data[language] for language in ("en", "fr")}


def language_name(code: str, language: str = "en") -> str:
    """"French" / "français" for "fr"; the code itself when babel does not know it."""
    name = _names(language).get(code, code)
    return name[:1].upper() + name[1:] if language == "en" else name


def check_language(code: str) -> str:
    """An ISO 639 code as stored ("fr"), refused with a message when unknown."""
    clean = code.strip().lower().replace("_", "-")
    if clean not in _names("en"):
        raise UserError(msg.NOT_A_LANGUAGE, code="interpretation.language", given=code)
    return clean


@dataclass(frozen=True, slots=True)
class Languages:
    """A session's languages: floor and the ones interpreted into, in the event's order."""

    floor: str
    interpretation: tuple[str, ...]
    #: True when the session has its own choice (False: the event's default).
    own: bool = False

    @property
    def booths(self) -> tuple[str, ...]:
        """The languages that need a booth: none unless two languages are in play."""
        if len({self.floor, *self.interpretation}) < 2:
            return ()
        return self.interpretation

    def line(self, language: str = "en") -> str:
        """"Floor: English · interpretation into English, French" in an edition's language."""
        words = WORDS.get(language, WORDS["en"])
        floor = words["floor"].format(floor=language_name(self.floor, language))
        booths = self.booths
        tail = words["into"].format(langs=", ".join(language_name(c, language)
                                                    for c in booths)) if booths \
            else words["none"]
        return f"{floor} · {tail}"


def default_languages(working: Sequence[str], kind: SessionKind | None = None) -> Languages:
    """The event's languages as a session's default (a break has no interpretation)."""
    codes = tuple(dict.fromkeys(c for c in working if c)) or ("en",)
    interpreted = codes if len(codes) > 1 and kind != SessionKind.BREAK else ()
    return Languages(codes[0], interpreted)


def session_languages(reader: Reader, event_id: int,
                      working: Sequence[str]) -> dict[int, Languages]:
    """Every session's languages (its own, or the event's), by session id; one SELECT each."""
    own = {sid: (floor, tuple(json_list(interp))) for sid, floor, interp in reader.rows(
        "SELECT l.session_id, l.floor_language, l.interpretation FROM session_languages l "
        "JOIN session s ON s.id = l.session_id WHERE s.event_id = ?", (event_id,))}
    found = {}
    for sid, kind in reader.rows("SELECT id, kind FROM session WHERE event_id = ?",
                                 (event_id,)):
        if sid in own:
            floor, interp = own[sid]
            found[sid] = Languages(floor, interp, own=True)
        else:
            found[sid] = default_languages(working, SessionKind(kind))
    return found


@dataclass(frozen=True, slots=True)
class BoothNeed:
    """The booths of one room on one day, with the hours each language is interpreted."""

    day: date
    room: str
    #: language code → minutes of interpretation into it that day in that room.
    minutes: tuple[tuple[str, int], ...]

    @property
    def booths(self) -> int:
        return len(self.minutes)


@dataclass(frozen=True, slots=True)
class TimedSession:
    """What the count needs of a session: day, room, length, languages."""

    day: date
    room: str
    minutes: int
    languages: Languages


def booth_needs(sessions: Iterable[TimedSession]) -> list[BoothNeed]:
    """Booths per day and room, in day then first-appearance order of the rooms."""
    table: dict[tuple[date, str], dict[str, int]] = {}
    for s in sessions:
        booths = s.languages.booths
        if not booths:
            continue
        cell = table.setdefault((s.day, s.room), {})
        for code in booths:
            cell[code] = cell.get(code, 0) + max(s.minutes, 0)
    return [BoothNeed(day, room, tuple(minutes.items()))
            for (day, room), minutes in sorted(table.items(), key=lambda kv: kv[0][0])]


def booths_per_day(needs: Iterable[BoothNeed]) -> dict[date, int]:
    """Total booths to set up each day (rooms in use at once each need their own)."""
    totals: dict[date, int] = {}
    for need in needs:
        totals[need.day] = totals.get(need.day, 0) + need.booths
    return totals


def programme_line(floor: str, interpretation: Sequence[str], working: Sequence[str],
                   kind: SessionKind, language: str = "en") -> str:
    """The languages line a programme prints under a session ("" when there is nothing to
    say: an event of one language whose session keeps it, or a break)."""
    if not floor or kind == SessionKind.BREAK:
        return ""
    languages = Languages(floor, tuple(interpretation))
    default = default_languages(working, kind)
    if len(set(working)) < 2 and (languages.floor, languages.booths) == (default.floor,
                                                                         default.booths):
        return ""
    return languages.line(language)
