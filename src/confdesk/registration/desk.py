"""The registration desk's rules, without a screen: who a typed text designates, and what to
ask before checking someone in.

The window's desk and any command-line check-in share them, so that both read a scanned code
the same way and neither checks in one of several matches without being told which.

Badge scanners type like a keyboard with a US layout. On a French or Belgian AZERTY keyboard
the digit row without Shift gives `& é " ' ( - § è _ ! ç à` instead of digits, so the code
"123450" arrives as `&é"'(à`; the letters A/Q and Z/W are swapped and M sits where the US
comma is. `code_candidates` undoes this, and the caller keeps the candidates that are codes of
real participants, so a text that happens to be both readings never picks one silently.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from confdesk.registration.codes import InvalidCodeError, normalise_code
from confdesk.registration.kinds import INACTIVE_STATUSES, Status
from confdesk.registration.queries import ParticipantFilter, ParticipantRow

#: Most matches a search returns (a name typed in full narrows them down).
MAX_MATCHES = 50

#: The digit row of AZERTY keyboards, French and Belgian, without Shift (and with Caps Lock,
#: which gives capitals of the accented letters on some systems). "-" (French 6) is handled
#: apart: it is also the separator people type in codes ("NRW-001").
_AZERTY_DIGITS = {
    "&": "1", "é": "2", "É": "2", '"': "3", "'": "4", "(": "5", "§": "6", "è": "7",
    "È": "7", "_": "8", "!": "8", "ç": "9", "Ç": "9", "à": "0", "À": "0",
}
#: Letters a US-layout scanner types on an AZERTY keyboard, back to what it meant.
_AZERTY_LETTERS = {"A": "Q", "Q": "A", "Z": "W", "W": "Z", ",": "M", "?": "M", ";": "M"}


def _azerty(text: str, *, dash: str, letters: bool) -> str:
    out = []
    for ch in text:
        if ch in _AZERTY_DIGITS:
            out.append(_AZERTY_DIGITS[ch])
        elif ch == "-":
            out.append(dash)
        elif letters and ch.upper() in _AZERTY_LETTERS:
            out.append(_AZERTY_LETTERS[ch.upper()])
        else:
            out.append(ch)
    return "".join(out)


def code_candidates(text: str) -> list[str]:
    """The participant codes a typed or scanned text may stand for, most likely first.

    The text as typed comes first; when it holds characters of the AZERTY digit row, its
    readings as digits follow (with "-" as a separator or as the French 6, with the letters
    as typed or as a US-layout scanner meant them). Texts that cannot be a code give none.
    """
    text = (text or "").strip()
    readings = [text]
    if any(ch in _AZERTY_DIGITS for ch in text):
        for letters in (False, True):
            for dash in ("", "6"):
                readings.append(_azerty(text, dash=dash, letters=letters))
    found: list[str] = []
    for reading in readings:
        try:
            code = normalise_code(reading)
        except InvalidCodeError:
            continue
        if code not in found:
            found.append(code)
    return found


def read_code(text: str, known: Iterable[str]) -> list[str]:
    """The codes among `known` that `text` may stand for (usually one, or none)."""
    known_set = known if isinstance(known, (set, frozenset)) else set(known)
    return [c for c in code_candidates(text) if c in known_set]


@dataclass(frozen=True, slots=True)
class DeskSearch:
    """What a text typed at the desk finds.

    `chosen` is the person Enter may check in without asking which: the holder of a scanned or
    typed code, or the only person whose name matches. With several matches it is None and
    the desk must let the user choose.
    """

    text: str
    matches: tuple[ParticipantRow, ...]
    #: True when the matches hold the code that was typed (not a name).
    by_code: bool
    #: How many people matched before the list was cut to `MAX_MATCHES`.
    total: int

    @property
    def chosen(self) -> ParticipantRow | None:
        """The one person designated, or None when there are none or several."""
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def ambiguous(self) -> bool:
        """True when several people match and one must be chosen."""
        return len(self.matches) > 1


def search(rows: Sequence[ParticipantRow], text: str, *, limit: int = MAX_MATCHES
           ) -> DeskSearch:
    """The people a text designates: the holder of the code, else everyone whose name (or
    organisation, e-mail, country) holds every typed word."""
    text = text.strip()
    if not text:
        return DeskSearch(text, (), False, 0)
    codes = read_code(text, {r.code for r in rows})
    if codes:
        by_code = [r for c in codes for r in rows if r.code == c]
        return DeskSearch(text, tuple(by_code[:limit]), True, len(by_code))
    flt = ParticipantFilter(text=text)
    words = flt.words
    found = [r for r in rows if flt.matches(r, words)]
    return DeskSearch(text, tuple(found[:limit]), False, len(found))


class Caution(enum.StrEnum):
    """What the desk asks before checking someone in, by registration status."""

    #: Confirmed (or already checked in: the check-in says when it was): no question.
    NONE = "none"
    #: Invited or registered but not confirmed: ask, Check in is the default answer.
    UNCONFIRMED = "unconfirmed"
    #: Declined or cancelled: ask, Cancel is the default; the check-in must be forced.
    INACTIVE = "inactive"

    @property
    def needs_force(self) -> bool:
        """True when `operations.check_in` refuses unless forced."""
        return self is Caution.INACTIVE


def caution(status: Status) -> Caution:
    """The question to ask before checking in someone of this status."""
    if status in INACTIVE_STATUSES:
        return Caution.INACTIVE
    if status in (Status.INVITED, Status.REGISTERED):
        return Caution.UNCONFIRMED
    return Caution.NONE
