"""Short unique participant codes for badges (QR) and the check-in desk.

A code is six characters of Crockford's base 32 alphabet (digits and capitals without I, L, O
and U), so that nobody has to tell 0 from O or 1 from I/L: what a person types at the desk is
read back with `normalise_code`, which maps the look-alikes onto the digits. Six characters
give about a billion codes, so a random draw almost never collides; the functions below still
make sure it does not.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TYPE_CHECKING

from confdesk.errors import CODE_EMPTY, CODE_INVALID, UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Crockford's base 32: no I, L, O or U.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Characters of a code.
LENGTH = 6

_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, " ": None})
_ALLOWED = frozenset(ALPHABET)
_SYSTEM_RANDOM = random.SystemRandom()


class InvalidCodeError(UserError):
    """A typed participant code that cannot be one."""


def new_code(rng: random.Random | None = None, length: int = LENGTH) -> str:
    """One random code; deterministic when `rng` is a seeded `random.Random`."""
    draw = rng or _SYSTEM_RANDOM
    return "".join(draw.choices(ALPHABET, k=length))  # one call, not one per character


def generate_codes(
    count: int,
    *,
    existing: Iterable[str] = (),
    rng: random.Random | None = None,
    length: int = LENGTH,
) -> list[str]:
    """`count` distinct new codes, none of them in `existing` (for bulk imports): the codes
    `new_code` would draw one after the other with `rng` (a code already taken drawn again),
    their characters drawn in bulk (one `choices` a round: the same draws, one per character,
    in the same order)."""
    if count < 0:
        raise ValueError("count must not be negative")
    taken = set(existing)
    if count > len(ALPHABET) ** length - len(taken):
        raise ValueError(f"not enough {length}-character codes left for {count} more")
    draw = rng or _SYSTEM_RANDOM
    codes: list[str] = []
    while len(codes) < count:
        chars = "".join(draw.choices(ALPHABET, k=(count - len(codes)) * length))
        for start in range(0, len(chars), length):
            code = chars[start:start + length]
            if code not in taken:
                taken.add(code)
                codes.append(code)
    return codes


def existing_codes(session: Session) -> set[str]:
    """Every participant code in the database (codes are unique across events)."""
    from sqlalchemy import select

    from confdesk.registration.models import Participant

    return set(session.scalars(select(Participant.code)))


def unique_code(
    session: Session, *, rng: random.Random | None = None, length: int = LENGTH
) -> str:
    """One new code that no participant in the database has yet (for adding one person).

    Participants added to the session but not yet flushed are checked too.
    """
    from sqlalchemy import select

    from confdesk.registration.models import Participant

    pending = {obj.code for obj in session.new if isinstance(obj, Participant)}
    while True:
        code = new_code(rng, length)
        if code in pending:
            continue
        clash = session.scalar(select(Participant.id).where(Participant.code == code).limit(1))
        if clash is None:
            return code


def normalise_code(text: str) -> str:
    """The code a person meant: upper case, spaces and dashes dropped, O→0, I/L→1.

    Raises `InvalidCodeError` for text that cannot be a code (a U, punctuation, a name).
    """
    code = (text or "").strip().upper().translate(_LOOK_ALIKES)
    if not code:
        raise InvalidCodeError(CODE_EMPTY, code="code.empty")
    bad = sorted({ch for ch in code if ch not in _ALLOWED})
    if bad:
        raise InvalidCodeError(CODE_INVALID, code="code.invalid", text=text.strip(),
                               characters="".join(bad))
    return code


def is_code(text: str, length: int = LENGTH) -> bool:
    """True when `text` is exactly a well-formed code (already normalised)."""
    return len(text) == length and all(ch in _ALLOWED for ch in text)
