"""The order of speaking: the protocol rule, then the chair's moves and swaps as made.

Pure functions over plain records, so that the rule is tested without a database and the
list, the projection window and the printed list agree by construction.

The customary rule: heads of State or Government, vice-presidents and deputy prime
ministers, ministers, vice-ministers, other heads of delegation, then observer States,
intergovernmental organisations, UN entities and civil society; within a level, by order of
inscription; rights of reply after everyone else, in the order they were asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from confdesk.plenary.speakers_models import AdjustmentKind, SpeakerLevel

#: Rank of each level in the protocol order (0 speaks first).
LEVEL_RANK = {level: rank for rank, level in enumerate(SpeakerLevel)}


@dataclass(frozen=True, slots=True)
class Ranked:
    """What the rule needs of an inscription."""

    id: int
    level: SpeakerLevel
    inscribed_at: datetime
    reply: bool = False


@dataclass(frozen=True, slots=True)
class Move:
    """A recorded change of order: a move of `inscription_id` before `other_id` (None: to the
    end), or a swap of the two."""

    kind: AdjustmentKind
    inscription_id: int
    other_id: int | None


def protocol_order(entries: Iterable[Ranked]) -> list[int]:
    """Ids in protocol order: rights of reply last, then by level, then by inscription."""
    return [e.id for e in sorted(
        entries, key=lambda e: (e.reply, LEVEL_RANK[e.level], e.inscribed_at, e.id))]


def replay(order: Sequence[int], moves: Iterable[Move]) -> list[int]:
    """`order` with `moves` applied one after the other.

    A move or swap naming an inscription no longer in `order` (deleted) is skipped; a move
    before one that left (withdrawn, deleted) goes to where that one would have been, at the
    end only when nothing follows.
    """
    result = list(order)
    for move in moves:
        if move.inscription_id not in result:
            continue
        if move.kind == AdjustmentKind.SWAP:
            if move.other_id is None or move.other_id not in result:
                continue
            a, b = result.index(move.inscription_id), result.index(move.other_id)
            result[a], result[b] = result[b], result[a]
        elif move.kind == AdjustmentKind.MOVE:
            result.remove(move.inscription_id)
            if move.other_id is not None and move.other_id in result:
                result.insert(result.index(move.other_id), move.inscription_id)
            else:
                result.append(move.inscription_id)
    return result


def speaking_order(entries: Iterable[Ranked], moves: Iterable[Move],
                   withdrawn: Iterable[int] = ()) -> list[int]:
    """The order of speaking: protocol order, moves and swaps replayed, withdrawn ones out.

    Withdrawn inscriptions take part in the replay (a swap made before a withdrawal still
    holds for the other one) and leave the order only at the end.
    """
    gone = set(withdrawn)
    return [i for i in replay(protocol_order(entries), moves) if i not in gone]
